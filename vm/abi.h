// C++ view of the constants in vm/abi.def (shared with js/abi_constants.js).
#pragma once

#include <cstdint>

namespace edge::abi {

enum class StatusKind : uint32_t {
#define ABI_STATUS(name, value, doc) name = value,
#define ABI_CONSTANT(name, value, doc)
#include "vm/abi.def"
#undef ABI_STATUS
#undef ABI_CONSTANT
};

#define ABI_STATUS(name, value, doc)
#define ABI_CONSTANT(name, value, doc) inline constexpr uint32_t k_##name = value;
#include "vm/abi.def"
#undef ABI_STATUS
#undef ABI_CONSTANT

inline uint32_t make_status(StatusKind kind, uint32_t payload) {
  return (static_cast<uint32_t>(kind) << k_STATUS_KIND_SHIFT) | (payload & k_STATUS_PAYLOAD_MASK);
}

}  // namespace edge::abi
