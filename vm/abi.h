// C++ view of the constants in vm/abi.def (shared with js/abi_constants.js).
#pragma once

#include <cstdint>


namespace edge::abi {

// Each X-macro kind of vm/abi.def becomes an enum here; the others are ignored.
#define ABI_STATUS(name, value, doc)
#define ABI_CONSTANT(name, value, doc)
#define ABI_TAG(name, value, doc)
#define ABI_OP(name, value, doc)
#define ABI_ERROR(name, value, doc)

enum class StatusKind : uint32_t {
#undef ABI_STATUS
#define ABI_STATUS(name, value, doc) name = value,
#include "vm/abi.def"
#undef ABI_STATUS
#define ABI_STATUS(name, value, doc)
};

// Tags of the value handle codec.
enum class Tag : uint32_t {
#undef ABI_TAG
#define ABI_TAG(name, value, doc) name = value,
#include "vm/abi.def"
#undef ABI_TAG
#define ABI_TAG(name, value, doc)
};

// Operations of host_edge_op.
enum class Op : uint32_t {
#undef ABI_OP
#define ABI_OP(name, value, doc) name = value,
#include "vm/abi.def"
#undef ABI_OP
#define ABI_OP(name, value, doc)
};

// Error kinds crossing the boundary.
enum class ErrorKind : uint32_t {
#undef ABI_ERROR
#define ABI_ERROR(name, value, doc) name = value,
#include "vm/abi.def"
#undef ABI_ERROR
#define ABI_ERROR(name, value, doc)
};

#undef ABI_CONSTANT
#define ABI_CONSTANT(name, value, doc) inline constexpr uint32_t k_##name = value;
#include "vm/abi.def"

#undef ABI_STATUS
#undef ABI_CONSTANT
#undef ABI_TAG
#undef ABI_OP
#undef ABI_ERROR

inline uint32_t make_status(StatusKind kind, uint32_t payload) {
  return (static_cast<uint32_t>(kind) << k_STATUS_KIND_SHIFT) | (payload & k_STATUS_PAYLOAD_MASK);
}

}  // namespace edge::abi
