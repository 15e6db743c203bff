// The generic object protocol: what Python operations mean for any pair of values,
// dispatched through type slots (vm/object.h). The interpreter handles the hottest
// cases (small ints, floats) inline and calls these for everything else; built-in
// functions and methods use them too.
//
// Every function here may run Python code (user dunder methods), and so may trigger a
// collection: a caller that holds Values reachable from nowhere else must keep them in
// a TempRoot across the call (docs/notes/gc-safety.md). Errors are raised with
// CPython's messages.
#pragma once

#include <string>
#include <string_view>

#include "vm/object.h"
#include "vm/vm.h"

namespace edge::vm {

// --- types ---------------------------------------------------------------------------
Type* type_of(const VM& vm, Value v);
std::string_view type_name(const VM& vm, Value v);  // __name__ of type_of(v)
bool isinstance(const VM& vm, Value v, const Type* type);
bool is_subtype(const Type* type, const Type* base);
// isinstance(v, spec) where spec is a type or a (nested) tuple of types.
Fallible<bool> isinstance_spec(VM& vm, Value v, Value spec, const char* function_name);

// --- conversions to text -------------------------------------------------------------
Result repr(VM& vm, Value v);               // a str
Result str(VM& vm, Value v);                // a str
Fallible<std::string> repr_string(VM& vm, Value v);
Fallible<std::string> str_string(VM& vm, Value v);
Result ascii(VM& vm, Value v);              // repr with non-ASCII escaped
Result format(VM& vm, Value v, Str* spec);  // format(v, spec)

// --- truth, hashing, comparison -------------------------------------------------------
Fallible<bool> truthy(VM& vm, Value v);
Fallible<int64_t> hash(VM& vm, Value v);
Fallible<bool> equal(VM& vm, Value a, Value b);
Result compare(VM& vm, Value a, Value b, CompareOp op);
Fallible<bool> compare_bool(VM& vm, Value a, Value b, CompareOp op);

// --- arithmetic ----------------------------------------------------------------------
Result binary_op(VM& vm, BinaryOp op, Value a, Value b);
Result inplace_op(VM& vm, BinaryOp op, Value a, Value b);
Result unary_op(VM& vm, UnaryOp op, Value v);
// operator.index(v): an int, or TypeError "'T' object cannot be interpreted as an integer".
Result index_value(VM& vm, Value v);
Fallible<int64_t> index_int64(VM& vm, Value v);
// operator.index(v) as a sequence index or size; beyond 64 bits raises `error` (IndexError
// for subscripts, OverflowError for sizes) "cannot fit 'int' into an index-sized integer".
Fallible<int64_t> index_ssize(VM& vm, Value v, Type* error);

// --- containers ----------------------------------------------------------------------
Fallible<int64_t> length(VM& vm, Value v);
Result getitem(VM& vm, Value container, Value key);
Status setitem(VM& vm, Value container, Value key, Value value);
Status delitem(VM& vm, Value container, Value key);
Fallible<bool> contains(VM& vm, Value container, Value item);

// --- iteration -----------------------------------------------------------------------
Result get_iter(VM& vm, Value iterable);
// The next item, or null when the iterator is exhausted (no StopIteration raised).
Result iter_next(VM& vm, Value iterator);

// --- attributes ----------------------------------------------------------------------
Result getattr(VM& vm, Value obj, Str* name);      // AttributeError if absent
Result getattr_opt(VM& vm, Value obj, Str* name);  // null if absent
Status setattr(VM& vm, Value obj, Str* name, Value value);
Status delattr(VM& vm, Value obj, Str* name);
// Attribute lookup along a type's MRO without descriptors: null if absent.
Value type_lookup(const Type* type, Str* name);
// object.__getattribute__: data descriptors, instance dict, then other class attributes.
Result generic_getattr(VM& vm, Value obj, Str* name);
Status generic_setattr(VM& vm, Value obj, Str* name, Value value);
// The instance dict of an object that has one, else null.
Dict* instance_dict(VM& vm, Value obj, bool create);

// --- calls ---------------------------------------------------------------------------
// Calls any callable from native code; Python functions run in a nested interpreter
// loop (a Python function that suspends there raises RuntimeError).
Result call(VM& vm, Value callable, CallArgs args);
Result call0(VM& vm, Value callable);
Result call1(VM& vm, Value callable, Value a);
Result call2(VM& vm, Value callable, Value a, Value b);
Result call_method(VM& vm, Value obj, Str* name, CallArgs args);
bool is_callable(const VM& vm, Value v);
// Calls a native function object (bound or unbound) -- the interpreter's path for
// builtins, which never needs a frame.
Result call_builtin(VM& vm, struct BuiltinFunction* f, CallArgs args);

// --- errors with CPython's wording ---------------------------------------------------
Error raise_attribute_error(VM& vm, Value obj, Str* name);
Error raise_unsupported_binary(VM& vm, BinaryOp op, Value a, Value b, bool inplace = false);

}  // namespace edge::vm
