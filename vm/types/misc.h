// Small built-in types that need only a few fields: range, slice, and IterState, the
// one layout shared by every iterator type implemented in C++ (list_iterator,
// range_iterator, enumerate, zip, map, ...). Each iterator type documents which of
// the generic fields it uses.
#pragma once

#include "vm/object.h"

namespace edge::vm {

// range with int64 bounds. (Ranges beyond int64 raise OverflowError when created;
// see docs/language.md.)
struct Range : Object {
  int64_t start, stop, step, length;
  Range(Type* t, int64_t a, int64_t b, int64_t s, int64_t n)
      : Object(t, ObjectKind::Range), start(a), stop(b), step(s), length(n) {}
  void trace(Tracer&) const {}
};

struct Slice : Object {
  Value start, stop, step;  // None when omitted
  Slice(Type* t, Value a, Value b, Value c) : Object(t, ObjectKind::Slice), start(a), stop(b), step(c) {}
  void trace(Tracer& t) const;
};

struct IterState : Object {
  Value a, b, c;
  int64_t i = 0, j = 0, k = 0;
  IterState(Type* t) : Object(t, ObjectKind::IterState) {}
  void trace(Tracer& t) const;
};

inline bool is_range(Value v) { return is_kind(v, ObjectKind::Range); }
inline Range* as_range(Value v) { return static_cast<Range*>(v.as_object()); }
inline bool is_slice(Value v) { return is_kind(v, ObjectKind::Slice); }
inline Slice* as_slice(Value v) { return static_cast<Slice*>(v.as_object()); }

IterState* make_iter_state(VM& vm, Type* type, Value a = Value::null(), Value b = Value::null());
Slice* make_slice(VM& vm, Value start, Value stop, Value step);

// Normalised slice indices for a sequence of `length` (PySlice_AdjustIndices
// semantics). Returns the number of items selected.
struct SliceIndices {
  int64_t start, stop, step, count;
};
Fallible<SliceIndices> slice_indices(VM& vm, Slice* s, int64_t length);

void install_range_type(VM& vm);
void install_slice_type(VM& vm);
void install_iterator_types(VM& vm);
void install_generic_alias_type(VM& vm);
// origin[args] for the built-in generic classes (list[int], dict[str, int], ...), or
// null when `origin` is not one of them.
Result generic_alias_for(VM& vm, Type* origin, Value args);
// A types.UnionType value: its __args__ tuple, else null.
Tuple* union_args(VM& vm, Value v);

}  // namespace edge::vm
