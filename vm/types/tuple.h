// tuple: immutable sequence; items live in trailing storage and are fixed at creation.
// The empty tuple is one shared object (vm.empty_tuple).
#pragma once

#include <initializer_list>

#include "vm/object.h"

namespace edge::vm {

struct Tuple : Object {
  int64_t hash_cache = -1;  // unused until hashed (-1 = not computed)
  uint32_t length = 0;

  Tuple(Type* t, uint32_t n) : Object(t, ObjectKind::Tuple), length(n) {}

  Value* items() { return reinterpret_cast<Value*>(this + 1); }
  const Value* items() const { return reinterpret_cast<const Value*>(this + 1); }
  Value item(uint32_t i) const { return items()[i]; }
  Value* begin() { return items(); }
  Value* end() { return items() + length; }

  void trace(Tracer& t) const;
};

inline bool is_tuple(Value v) { return is_kind(v, ObjectKind::Tuple); }
inline Tuple* as_tuple(Value v) { return static_cast<Tuple*>(v.as_object()); }

// A tuple of `n` items, all None, for the caller to fill before anyone sees it.
Tuple* make_tuple(VM& vm, uint32_t n);
Tuple* make_tuple(VM& vm, const Value* items, uint32_t n);
Tuple* make_tuple(VM& vm, std::initializer_list<Value> items);

void install_tuple_type(VM& vm);

}  // namespace edge::vm
