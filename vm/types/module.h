// module objects: a name and a namespace dict. A module is registered in vm.modules
// before its body runs, so circular imports see the partially initialised module (as
// in CPython).
#pragma once

#include "vm/object.h"

namespace edge::vm {

struct Dict;
struct Str;

struct Module : Object {
  Str* name;
  Dict* dict;
  Module(Type* t, Str* n, Dict* d) : Object(t, ObjectKind::Module), name(n), dict(d) {}
  void trace(Tracer& t) const;
};

inline bool is_module(Value v) { return is_kind(v, ObjectKind::Module); }
inline Module* as_module(Value v) { return static_cast<Module*>(v.as_object()); }

// A module named `name` with __name__, __doc__ (None), __builtins__ set.
Module* make_module(VM& vm, Str* name);

void install_module_type(VM& vm);

}  // namespace edge::vm
