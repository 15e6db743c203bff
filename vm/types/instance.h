// Instances of `object` and of user classes that do not inherit a built-in layout:
// just an attribute dict (created on the first attribute store).
#pragma once

#include "vm/object.h"

namespace edge::vm {

struct Dict;

struct Instance : Object {
  Dict* dict = nullptr;
  Instance(Type* t) : Object(t, ObjectKind::Instance) {}
  void trace(Tracer& t) const;
};

inline bool is_instance_layout(Value v) { return is_kind(v, ObjectKind::Instance); }
inline Instance* as_instance(Value v) { return static_cast<Instance*>(v.as_object()); }

}  // namespace edge::vm
