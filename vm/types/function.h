// Callables: Python functions, native (C++) functions and methods, bound methods,
// closure cells, and the descriptor objects that make attributes of types work
// (property, staticmethod, classmethod, and the getset/method descriptors of built-in
// types).
//
// Native functions take CallArgs; for methods of built-in types args[0] is the
// receiver, already checked to be an instance of the owning type by the descriptor.
#pragma once

#include "vm/object.h"

namespace edge::vm {

struct Code;
struct Dict;
struct Frame;
struct Str;
struct Tuple;

struct Function : Object {
  Code* code;
  Dict* globals;
  Str* name;
  Str* qualname;
  Value module_name;           // __module__
  Value doc;                   // __doc__
  Tuple* defaults = nullptr;   // __defaults__ (positional), or null
  Dict* kwdefaults = nullptr;  // __kwdefaults__, or null
  Tuple* closure = nullptr;    // cells for the code's free variables, or null
  Dict* annotations = nullptr; // __annotations__, created on first access if absent
  Dict* dict = nullptr;        // function attributes, created on first store
  Dict* builtins = nullptr;    // builtins of the defining frame when not vm.builtins (exec/eval
                               // with a restricted `__builtins__`), else null

  Function(Type* t, Code* c, Dict* g, Str* n, Str* qn)
      : Object(t, ObjectKind::Function), code(c), globals(g), name(n), qualname(qn) {}
  void trace(Tracer& t) const;
};

using NativeFn = Result (*)(VM&, CallArgs);

struct BuiltinFunction;
// A native that needs to know which function object was called (the slot wrappers of
// vm/types/class.cpp: one C++ function serves every type's `__add__`, and the callee's
// `owner` says whose slot to use).
using NativeFnWithCallee = Result (*)(VM&, BuiltinFunction*, CallArgs);

// A native whose work is running Python code (exec, eval): it returns a frame ready to
// run, and the interpreter pushes it on the current task like a Python call, so the
// code may suspend and its exceptions unwind like any frame's. `fn` remains the entry
// for calls from native code (it runs the same frame in a nested loop).
using NativeFrameFn = Fallible<Frame*> (*)(VM&, CallArgs);

struct NativeMethodDef {
  const char* name;
  NativeFn fn;
  const char* doc = nullptr;
  NativeFnWithCallee fn_with_callee = nullptr;  // used when `fn` is null
  NativeFrameFn frame_fn = nullptr;
};

struct BuiltinFunction : Object {
  const NativeMethodDef* def;
  Value self;                 // bound receiver; null for plain builtins and unbound methods
  Type* owner = nullptr;      // for methods of types: the type that defines them
  Str* name;

  BuiltinFunction(Type* t, const NativeMethodDef* d, Str* n) : Object(t, ObjectKind::BuiltinFunction), def(d), name(n) {}
  void trace(Tracer& t) const;
};

struct BoundMethod : Object {
  Value function;
  Value self;
  BoundMethod(Type* t, Value f, Value s) : Object(t, ObjectKind::BoundMethod), function(f), self(s) {}
  void trace(Tracer& t) const;
};

struct Cell : Object {
  Value value;  // null: empty
  Cell(Type* t, Value v) : Object(t, ObjectKind::Cell), value(v) {}
  void trace(Tracer& t) const;
};

// One layout for every descriptor type; which fields matter depends on the type:
//   property:                 a = fget, b = fset, c = fdel, d = doc
//   staticmethod/classmethod: a = the wrapped callable
//   getset_descriptor:        getter/setter C++ functions, name
struct Descriptor : Object {
  using Getter = Result (*)(VM&, Value self);
  using Setter = Status (*)(VM&, Value self, Value value);  // value null = delete

  Value a, b, c, d;
  Getter getter = nullptr;
  Setter setter = nullptr;
  Str* name = nullptr;
  Type* owner = nullptr;

  Descriptor(Type* t) : Object(t, ObjectKind::Descriptor) {}
  void trace(Tracer& t) const;
};

inline bool is_function(Value v) { return is_kind(v, ObjectKind::Function); }
inline Function* as_function(Value v) { return static_cast<Function*>(v.as_object()); }
inline bool is_builtin_function(Value v) { return is_kind(v, ObjectKind::BuiltinFunction); }
inline BuiltinFunction* as_builtin_function(Value v) { return static_cast<BuiltinFunction*>(v.as_object()); }
inline bool is_bound_method(Value v) { return is_kind(v, ObjectKind::BoundMethod); }
inline BoundMethod* as_bound_method(Value v) { return static_cast<BoundMethod*>(v.as_object()); }
inline bool is_cell(Value v) { return is_kind(v, ObjectKind::Cell); }
inline Cell* as_cell(Value v) { return static_cast<Cell*>(v.as_object()); }

Function* make_function(VM& vm, Code* code, Dict* globals, Str* qualname);
// A plain builtin (e.g. len): not bound, callable directly.
BuiltinFunction* make_builtin_function(VM& vm, const NativeMethodDef* def, Value self = Value::null());

// Registers native methods/attributes on a built-in type's dict.
void add_methods(VM& vm, Type* type, const NativeMethodDef* defs);           // terminated by {nullptr}
void add_class_methods(VM& vm, Type* type, const NativeMethodDef* defs);     // dict.fromkeys style
void add_static_methods(VM& vm, Type* type, const NativeMethodDef* defs);    // str.maketrans style
void add_getset(VM& vm, Type* type, const char* name, Descriptor::Getter get, Descriptor::Setter set = nullptr);

void install_function_types(VM& vm);

}  // namespace edge::vm
