// list: mutable sequence of Values in a std::vector. Mutation during sort is detected
// (CPython raises "list modified during sort").
#pragma once

#include <vector>

#include "vm/object.h"

namespace edge::vm {

struct List : Object {
  std::vector<Value> items;
  List(Type* t) : Object(t, ObjectKind::List) {}
  void trace(Tracer& t) const;
  size_t owned_bytes() const { return items.capacity() * sizeof(Value); }
};

inline bool is_list(Value v) { return is_kind(v, ObjectKind::List); }
inline List* as_list(Value v) { return static_cast<List*>(v.as_object()); }

List* make_list(VM& vm, size_t reserve = 0);
List* make_list(VM& vm, const Value* items, size_t n);
void list_append(VM& vm, List* list, Value v);
// list.extend semantics for any iterable.
Status list_extend_rpy(VM& vm, List* list, Value iterable);
// Sort in place with optional key function; stable (merge sort).
Status list_sort_rpy(VM& vm, List* list, Value key, bool reverse);
Status parse_sort_reverse(VM& vm, Value v, bool& out);  // the `reverse=` argument

void install_list_type(VM& vm);

}  // namespace edge::vm
