// Named tuple types for the C++ modules (sys.version_info, sys.float_info, ...), what
// CPython calls struct sequences, plus the small namespace type behind
// sys.implementation (types.SimpleNamespace in CPython).
//
// A struct sequence instance is a real tuple (Tuple layout, its type a subtype of
// tuple): indexing, unpacking, comparison and hashing are tuple's. Its items can also be
// read by field name; the names live in the type's __match_args__ tuple (as in CPython
// 3.10+), the one place the attribute lookup consults. Instances are created from C++
// only: calling the type from Python raises TypeError.
#pragma once

#include <initializer_list>
#include <string_view>

#include "vm/object.h"

namespace edge::vm {

struct Tuple;

// A tuple subtype named `module.name` whose items are called `fields`, in order.
Type* make_struct_seq_type(VM& vm, std::string_view module, std::string_view name,
                           std::initializer_list<const char*> fields);
// An instance; `items` has one value per field.
Tuple* make_struct_seq(VM& vm, Type* type, std::initializer_list<Value> items);

// A namespace object (repr "namespace(a=1, b='x')") whose attributes are the given
// pairs; more can be set from Python.
Value make_namespace(VM& vm, std::initializer_list<std::pair<const char*, Value>> attributes);

}  // namespace edge::vm
