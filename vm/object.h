// The heap object header, the Type object and the protocol "slots" every type fills in.
//
// Every heap object starts with an Object header: its Python type, its C++ layout kind
// (vm/object_kinds.def), the collector's mark bit and a link in the heap's list of all
// objects. Objects never move (the collector is mark-sweep, non-moving), so raw
// pointers stay valid while an object is reachable.
//
// A Type carries Python-level behaviour as C++ function pointers (TypeSlots): the
// interpreter and the generic operations in vm/ops.h call a slot rather than switching
// on types. Built-in types fill the slots with C++ implementations; user classes get
// slots that look up dunder methods. Type attributes visible from Python (methods,
// properties, class attributes) live in the type's `dict`; the slots are a cache of the
// protocol, never a second source of truth for user classes.
#pragma once

#include <cstdint>

#include "vm/status.h"
#include "vm/value.h"

namespace edge::vm {

class VM;
class Tracer;
struct Type;
struct Str;
struct Tuple;
struct Dict;

enum class ObjectKind : uint8_t {
#define OBJECT_KIND(kind, cpp_type) kind,
#include "vm/object_kinds.def"
#undef OBJECT_KIND
};

struct Object {
  Type* type;
  Object* gc_next = nullptr;  // intrusive list of every object the heap owns
  ObjectKind kind;
  uint8_t gc_marked = 0;
  uint16_t object_flags = 0;  // per-layout bits (e.g. Str: interned, ascii)
  uint32_t gc_size = 0;       // bytes of the allocation (header + trailing storage)

  Object(Type* t, ObjectKind k) : type(t), kind(k) {}
};

inline bool is_kind(Value v, ObjectKind kind) { return v.is_object() && v.as_object()->kind == kind; }

// Operators with a binary slot. The order matches compiler::BinOpKind so the code
// generator can pass the AST operator straight through.
enum class BinaryOp : uint8_t {
  Add, Sub, Mul, MatMul, TrueDiv, Mod, Pow, LShift, RShift, Or, Xor, And, FloorDiv,
};
constexpr int kBinaryOpCount = 13;
const char* binary_op_symbol(BinaryOp op);         // "+", "-", ...
const char* binary_op_dunder(BinaryOp op);         // "__add__", ...
const char* binary_op_reflected_dunder(BinaryOp op);  // "__radd__", ...
const char* binary_op_inplace_dunder(BinaryOp op);    // "__iadd__", ...

enum class CompareOp : uint8_t { Lt, Le, Eq, Ne, Gt, Ge };
const char* compare_op_symbol(CompareOp op);
CompareOp reflect(CompareOp op);  // a < b  <=>  b > a

enum class UnaryOp : uint8_t { Neg, Pos, Invert };

// Arguments of a call as they sit on the interpreter's value stack: `nargs`
// positional values followed by one value per name in `kwnames`.
struct CallArgs {
  const Value* args = nullptr;
  uint32_t nargs = 0;
  Tuple* kwnames = nullptr;

  uint32_t nkw() const;
  Value operator[](uint32_t i) const { return args[i]; }
};

// The protocol of a type. A null slot means "not supported" unless noted.
// Conventions shared by all slots:
//   - `Result` slots return the exception marker on error;
//   - getattr and next return Value::null() for "absent"/"exhausted" without
//     raising, so hasattr() and for-loops do not allocate exceptions;
//   - binary and compare slots receive both operands in source order and return
//     the NotImplemented singleton for operand types they do not handle; the
//     generic operation then tries the other operand's slot (reflected).
struct TypeSlots {
  Result (*repr)(VM&, Value) = nullptr;
  Result (*str)(VM&, Value) = nullptr;                      // null: use repr
  Fallible<int64_t> (*hash)(VM&, Value) = nullptr;          // null: unhashable
  Result (*compare)(VM&, Value, Value, CompareOp) = nullptr;  // null: identity for ==/!=
  Fallible<bool> (*truthy)(VM&, Value) = nullptr;           // null: use length, else true
  Fallible<int64_t> (*length)(VM&, Value) = nullptr;
  Result (*iter)(VM&, Value) = nullptr;
  Result (*next)(VM&, Value) = nullptr;                     // null value = exhausted
  Result (*getitem)(VM&, Value, Value) = nullptr;
  Status (*setitem)(VM&, Value, Value, Value) = nullptr;    // value null = delete
  Fallible<bool> (*contains)(VM&, Value, Value) = nullptr;  // null: iterate and compare
  Result (*getattr)(VM&, Value, Str*) = nullptr;            // null value = absent
  Status (*setattr)(VM&, Value, Str*, Value) = nullptr;     // value null = delete
  Result (*call)(VM&, Value, CallArgs) = nullptr;
  Result (*binary[kBinaryOpCount])(VM&, Value, Value) = {};
  Result (*inplace[kBinaryOpCount])(VM&, Value, Value) = {};  // null: use binary
  Result (*unary[3])(VM&, Value) = {};
  Result (*index)(VM&, Value) = nullptr;                    // __index__, returns an int
  Result (*to_float)(VM&, Value) = nullptr;                 // __float__
  Result (*format)(VM&, Value, Str*) = nullptr;             // null: str() + spec check
  // Descriptor protocol for objects found on a type: `obj` is null when the attribute
  // was looked up on the type itself.
  Result (*descr_get)(VM&, Value descr, Value obj, Type* owner) = nullptr;
  Status (*descr_set)(VM&, Value descr, Value obj, Value value) = nullptr;
  // type(...) call: create and initialise an instance.
  Result (*construct)(VM&, Type*, CallArgs) = nullptr;
  // Instance creation for subclasses (vm/types/class.cpp): `new_` allocates an
  // instance of the given (sub)type, doing all the work for immutable types (int,
  // str, tuple, ...); `init` initialises a mutable one (list, dict, ...) from the
  // call's arguments. Calling a built-in type directly uses `construct` instead.
  Result (*new_)(VM&, Type*, CallArgs) = nullptr;
  Status (*init)(VM&, Value, CallArgs) = nullptr;
};

enum TypeFlags : uint32_t {
  kTypeBaseType = 1u << 0,   // may be subclassed
  kTypeHeapType = 1u << 1,   // created by a class statement (mutable, has __dict__ entries)
  kTypeException = 1u << 2,  // BaseException or a subclass
};

struct Type : Object {
  Str* name = nullptr;       // __name__
  Str* qualname = nullptr;   // __qualname__
  Str* module = nullptr;     // __module__ ("builtins" for built-in types)
  Type* base = nullptr;      // __base__ (the layout base); null only for `object`
  Tuple* bases = nullptr;    // __bases__
  Tuple* mro = nullptr;      // __mro__, starting with this type
  Dict* dict = nullptr;      // attributes
  ObjectKind instance_kind;  // layout of instances
  uint32_t flags = 0;
  TypeSlots slots;

  Type(Type* metatype, ObjectKind instance_kind) : Object(metatype, ObjectKind::Type), instance_kind(instance_kind) {}

  bool has_flag(TypeFlags f) const { return (flags & f) != 0; }
  void trace(Tracer& t) const;  // vm/types/type.cpp
};

// The built-in singletons that are not None/True/False (NotImplemented, Ellipsis).
struct Singleton : Object {
  using Object::Object;
  void trace(Tracer&) const {}
};

}  // namespace edge::vm
