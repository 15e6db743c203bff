// User-defined classes: the `class` statement (__build_class__), type(name, bases,
// dict), the C3 method resolution order, super(), and the bridge between Python's
// special methods and the C++ type slots.
//
// The bridge runs both ways:
//   - a class that defines `__add__` gets a slot that looks the method up and calls it
//     (update_slots), so the interpreter and the generic protocol treat user types
//     and built-in types alike;
//   - every built-in type exposes its slots as methods (`int.__add__`, `list.__init__`,
//     `object.__setattr__`: "slot wrappers"), so `super().__init__(...)` and
//     `int.__add__(a, b)` reach the C++ implementation.
//
// Invariant: for every heap type, `slots` agrees with the special methods found along
// its MRO; it is recomputed when a class attribute whose name is a dunder changes.
#pragma once

#include "vm/object.h"

namespace edge::vm {

struct Dict;
struct Str;
struct Tuple;

// type(name, bases, namespace) and the tail of the class statement: creates the
// class, runs __set_name__ and __init_subclass__, fills __class__ cells.
Result type_new(VM& vm, Type* metatype, Str* name, Tuple* bases, Dict* namespace_dict, CallArgs kwargs_only);

// The C3 linearisation of `bases` for a new class (TypeError if inconsistent).
Fallible<Tuple*> compute_mro(VM& vm, Type* type, Tuple* bases);

// Re-derives `type`'s slots from its MRO (and its subclasses' slots).
void update_slots(VM& vm, Type* type);

// Is `name` defined by a class statement along type's MRO (not by a built-in type)?
bool type_overrides(const Type* type, Str* name);

// Attribute lookup along the MRO, also reporting which class defined it.
Value type_lookup_owner(const Type* type, Str* name, const Type** owner);

// Instance creation for heap types: __new__ then __init__. This is also the
// `construct` slot of every heap type (the interpreter recognises it).
Result construct_instance(VM& vm, Type* type, CallArgs args);
// The two halves, for the interpreter's frame-based __init__ call: a new instance (or
// whatever a user __new__ returned), and the user __init__ *function* to run on it
// (null when there is nothing left to run: no user __init__, or one that is not a
// plain function, which has then been called already).
Result new_instance_for_init(VM& vm, Type* type, CallArgs args, Value& user_init);

// Installs __build_class__, super, and the slot wrappers of every built-in type.
void install_class_support(VM& vm);

}  // namespace edge::vm
