// bytes (immutable, trailing storage) and bytearray (mutable, std::vector).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "vm/object.h"

namespace edge::vm {

struct Bytes : Object {
  int64_t hash_cache = -1;
  uint32_t length = 0;
  Bytes(Type* t, uint32_t n) : Object(t, ObjectKind::Bytes), length(n) {}
  const uint8_t* data() const { return reinterpret_cast<const uint8_t*>(this + 1); }
  uint8_t* mutable_data() { return reinterpret_cast<uint8_t*>(this + 1); }
  std::string_view view() const { return {reinterpret_cast<const char*>(data()), length}; }
  void trace(Tracer&) const {}
};

struct ByteArray : Object {
  std::vector<uint8_t> bytes;
  ByteArray(Type* t) : Object(t, ObjectKind::ByteArray) {}
  std::string_view view() const { return {reinterpret_cast<const char*>(bytes.data()), bytes.size()}; }
  void trace(Tracer&) const {}
};

inline bool is_bytes(Value v) { return is_kind(v, ObjectKind::Bytes); }
inline Bytes* as_bytes(Value v) { return static_cast<Bytes*>(v.as_object()); }
inline bool is_bytearray(Value v) { return is_kind(v, ObjectKind::ByteArray); }

Bytes* make_bytes(VM& vm, std::string_view data);
std::string bytes_repr(std::string_view data);  // b'...' with CPython's escapes

void install_bytes_types(VM& vm);

}  // namespace edge::vm
