// The generic object protocol (see ops.h): slot dispatch with CPython's rules for
// reflected operands, identity fallbacks and error messages.
#include "vm/ops.h"

#include <vector>

#include "vm/interpreter.h"
#include "vm/types/bytes.h"
#include "vm/types/dict.h"
#include "vm/types/exception.h"
#include "vm/types/float.h"
#include "vm/types/function.h"
#include "vm/types/instance.h"
#include "vm/types/int.h"
#include "vm/types/list.h"
#include "vm/types/misc.h"
#include "vm/types/module.h"
#include "vm/types/str.h"
#include "vm/types/tuple.h"
#include "vm/types/type.h"

namespace edge::vm {

// --- types -------------------------------------------------------------------------------

Type* type_of(const VM& vm, Value v) {
  if (v.is_object()) return v.as_object()->type;
  if (v.is_small_int()) return vm.types.int_;
  if (v.is_float()) return vm.types.float_;
  if (v.is_bool()) return vm.types.bool_;
  return vm.types.none;
}

std::string_view type_name(const VM& vm, Value v) { return type_name_of(type_of(vm, v)); }

bool is_subtype(const Type* type, const Type* base) {
  if (type == base) return true;
  if (type->mro == nullptr) return false;
  const Tuple* mro = type->mro;
  for (uint32_t i = 0; i < mro->length; ++i) {
    if (mro->item(i).as_object() == base) return true;
  }
  return false;
}

bool isinstance(const VM& vm, Value v, const Type* type) { return is_subtype(type_of(vm, v), type); }

namespace {

// A metaclass's __instancecheck__ / __subclasscheck__ hook, or null: CPython consults it
// for every class whose metaclass is not exactly `type`.
Value metaclass_check_hook(VM& vm, Value cls, const char* name) {
  Type* meta = type_of(vm, cls);
  if (meta == vm.types.type) return Value::null();
  return type_lookup(meta, intern(vm, name));
}

Fallible<bool> call_check_hook(VM& vm, Value cls, const char* name, Value arg) {
  Value argv[1] = {arg};
  Value r = EDGE_TRY(call_method(vm, cls, intern(vm, name), CallArgs{argv, 1, nullptr}));
  TempRoot root(vm, r);
  return truthy(vm, r);
}

}  // namespace

Fallible<bool> isinstance_spec(VM& vm, Value v, Value spec, const char* function_name) {
  if (is_type(spec)) {
    if (type_of(vm, v) != as_type(spec) && !metaclass_check_hook(vm, spec, "__instancecheck__").is_null()) {
      return call_check_hook(vm, spec, "__instancecheck__", v);
    }
    return isinstance(vm, v, as_type(spec));
  }
  // isinstance(x, int | None) checks each member.
  if (Tuple* members = union_args(vm, spec)) return isinstance_spec(vm, v, Value::from_object(members), function_name);
  if (is_tuple(spec)) {
    NativeDepthGuard guard(vm);
    if (guard.failed()) return Error{};
    Tuple* t = as_tuple(spec);
    for (uint32_t i = 0; i < t->length; ++i) {
      if (EDGE_TRY(isinstance_spec(vm, v, t->item(i), function_name))) return true;
    }
    return false;
  }
  return vm.raise_fmt(vm.exc.TypeError, "{}() arg 2 must be a type, a tuple of types, or a union", function_name);
}

// --- text --------------------------------------------------------------------------------

Result repr(VM& vm, Value v) {
  NativeDepthGuard guard(vm);
  if (guard.failed()) {
    // CPython names what it was doing when the limit hit (Py_EnterRecursiveCall's
    // " while getting the repr of an object").
    (void)vm.take_pending_exception();
    return vm.raise(vm.exc.RecursionError, "maximum recursion depth exceeded while getting the repr of an object");
  }
  Type* t = type_of(vm, v);
  Value r = EDGE_TRY(t->slots.repr(vm, v));
  if (!is_str(r)) {
    return vm.raise_fmt(vm.exc.TypeError, "__repr__ returned non-string (type {})", type_name(vm, r));
  }
  return r;
}

Result str(VM& vm, Value v) {
  if (is_str(v) && as_str(v)->type == vm.types.str) return v;
  NativeDepthGuard guard(vm);
  if (guard.failed()) return Error{};
  Type* t = type_of(vm, v);
  Value r = EDGE_TRY(t->slots.str ? t->slots.str(vm, v) : t->slots.repr(vm, v));
  if (!is_str(r)) {
    return vm.raise_fmt(vm.exc.TypeError, "__str__ returned non-string (type {})", type_name(vm, r));
  }
  return r;
}

Fallible<std::string> repr_string(VM& vm, Value v) {
  Value r = EDGE_TRY(repr(vm, v));
  return std::string(as_str(r)->view());
}

Fallible<std::string> str_string(VM& vm, Value v) {
  Value r = EDGE_TRY(str(vm, v));
  return std::string(as_str(r)->view());
}

Result ascii(VM& vm, Value v) {
  Value r = EDGE_TRY(repr(vm, v));
  Str* s = as_str(r);
  if (s->is_ascii()) return r;
  std::string out;
  const char* p = s->data();
  const char* end = p + s->byte_length;
  while (p < end) {
    uint32_t c = utf8_decode(p, end);
    if (c < 0x80) {
      out += static_cast<char>(c);
    } else if (c < 0x100) {
      out += fmt::format("\\x{:02x}", c);
    } else if (c < 0x10000) {
      out += fmt::format("\\u{:04x}", c);
    } else {
      out += fmt::format("\\U{:08x}", c);
    }
  }
  return Value::from_object(make_str_ascii(vm, out));
}

Result format(VM& vm, Value v, Str* spec) {
  Type* t = type_of(vm, v);
  if (t->slots.format != nullptr) return t->slots.format(vm, v, spec);
  if (spec->byte_length != 0) {
    return vm.raise_fmt(vm.exc.TypeError, "unsupported format string passed to {}.__format__", type_name(vm, v));
  }
  return str(vm, v);
}

// --- truth, hash, comparison ----------------------------------------------------------------

Fallible<bool> truthy(VM& vm, Value v) {
  if (v.is_bool()) return v.as_bool();
  if (v.is_none()) return false;
  if (v.is_small_int()) return v.as_small_int() != 0;
  if (v.is_float()) return v.as_float() != 0.0;
  Type* t = type_of(vm, v);
  if (t->slots.truthy != nullptr) return t->slots.truthy(vm, v);
  if (t->slots.length != nullptr) {
    int64_t n = EDGE_TRY(t->slots.length(vm, v));
    return n != 0;
  }
  return true;
}

Fallible<int64_t> hash(VM& vm, Value v) {
  if (v.is_small_int()) return int_hash(v);
  if (v.is_float()) return float_hash(v.as_float());
  if (is_str(v)) return str_hash(as_str(v));
  Type* t = type_of(vm, v);
  if (t->slots.hash == nullptr) {
    return vm.raise_fmt(vm.exc.TypeError, "unhashable type: '{}'", type_name_of(t));
  }
  return t->slots.hash(vm, v);
}

Result compare(VM& vm, Value a, Value b, CompareOp op) {
  NativeDepthGuard guard(vm);
  if (guard.failed()) return Error{};
  Type* ta = type_of(vm, a);
  Type* tb = type_of(vm, b);
  bool tried_b = false;
  // A subclass of the left operand's type gets the first say (CPython's rule for
  // reflected comparisons).
  if (ta != tb && tb->slots.compare != nullptr && is_subtype(tb, ta)) {
    tried_b = true;
    Value r = EDGE_TRY(tb->slots.compare(vm, b, a, reflect(op)));
    if (!r.is(Value::from_object(vm.not_implemented))) return r;
  }
  if (ta->slots.compare != nullptr) {
    Value r = EDGE_TRY(ta->slots.compare(vm, a, b, op));
    if (!r.is(Value::from_object(vm.not_implemented))) return r;
  }
  if (!tried_b && tb->slots.compare != nullptr) {
    Value r = EDGE_TRY(tb->slots.compare(vm, b, a, reflect(op)));
    if (!r.is(Value::from_object(vm.not_implemented))) return r;
  }
  if (op == CompareOp::Eq) return Value::boolean(a.is(b));
  if (op == CompareOp::Ne) return Value::boolean(!a.is(b));
  return vm.raise_fmt(vm.exc.TypeError, "'{}' not supported between instances of '{}' and '{}'", compare_op_symbol(op),
                      type_name_of(ta), type_name_of(tb));
}

Fallible<bool> compare_bool(VM& vm, Value a, Value b, CompareOp op) {
  if (a.is_small_int() && b.is_small_int()) {
    int64_t x = a.as_small_int(), y = b.as_small_int();
    switch (op) {
      case CompareOp::Lt: return x < y;
      case CompareOp::Le: return x <= y;
      case CompareOp::Eq: return x == y;
      case CompareOp::Ne: return x != y;
      case CompareOp::Gt: return x > y;
      case CompareOp::Ge: return x >= y;
    }
  }
  Value r = EDGE_TRY(compare(vm, a, b, op));
  return truthy(vm, r);
}

Fallible<bool> equal(VM& vm, Value a, Value b) {
  // Identity implies equality for container membership and comparison, as in CPython
  // (so [nan] == [nan] although nan != nan).
  if (a.is(b)) return true;
  if (a.is_small_int() && b.is_small_int()) return false;
  if (is_str(a) && is_str(b)) return str_equal(as_str(a), as_str(b));
  return compare_bool(vm, a, b, CompareOp::Eq);
}

// --- arithmetic ------------------------------------------------------------------------------

namespace {

bool is_sequence_for_errors(const VM& vm, Value v) {
  return is_str(v) || is_list(v) || is_tuple(v) || is_bytes(v) || is_bytearray(v);
}

}  // namespace

Error raise_unsupported_binary(VM& vm, BinaryOp op, Value a, Value b, bool inplace) {
  // Sequences report concatenation and repetition errors in their own words.
  if (op == BinaryOp::Add && is_sequence_for_errors(vm, a)) {
    std::string_view ta = type_name(vm, a);
    if (is_str(a)) {
      return vm.raise_fmt(vm.exc.TypeError, "can only concatenate str (not \"{}\") to str", type_name(vm, b));
    }
    if (is_bytes(a) || is_bytearray(a)) {
      return vm.raise_fmt(vm.exc.TypeError, "can't concat {} to {}", type_name(vm, b), ta);
    }
    return vm.raise_fmt(vm.exc.TypeError, "can only concatenate {} (not \"{}\") to {}", ta, type_name(vm, b), ta);
  }
  if (op == BinaryOp::Mul && (is_sequence_for_errors(vm, a) || is_sequence_for_errors(vm, b))) {
    Value other = is_sequence_for_errors(vm, a) ? b : a;
    return vm.raise_fmt(vm.exc.TypeError, "can't multiply sequence by non-int of type '{}'", type_name(vm, other));
  }
  std::string symbol = binary_op_symbol(op);
  if (inplace) {
    symbol += "=";
  } else if (op == BinaryOp::Pow) {
    symbol = "** or pow()";
  }
  return vm.raise_fmt(vm.exc.TypeError, "unsupported operand type(s) for {}: '{}' and '{}'", symbol, type_name(vm, a),
                      type_name(vm, b));
}

namespace {

Result binary_dispatch(VM& vm, BinaryOp op, Value a, Value b, bool inplace) {
  Type* ta = type_of(vm, a);
  Type* tb = type_of(vm, b);
  int index = static_cast<int>(op);
  auto slot_a = ta->slots.binary[index];
  auto slot_b = tb != ta ? tb->slots.binary[index] : nullptr;
  if (slot_b == slot_a) slot_b = nullptr;
  Value ni = Value::from_object(vm.not_implemented);
  if (slot_a != nullptr) {
    if (slot_b != nullptr && is_subtype(tb, ta)) {
      Value r = EDGE_TRY(slot_b(vm, a, b));
      if (!r.is(ni)) return r;
      slot_b = nullptr;
    }
    Value r = EDGE_TRY(slot_a(vm, a, b));
    if (!r.is(ni)) return r;
  }
  if (slot_b != nullptr) {
    Value r = EDGE_TRY(slot_b(vm, a, b));
    if (!r.is(ni)) return r;
  }
  // Sequence repetition takes any object with __index__ once the numeric slots
  // declined (CPython's sq_repeat fallback): "ab" * Idx(2).
  if (op == BinaryOp::Mul) {
    bool seq_a = is_sequence_for_errors(vm, a);
    Value count = seq_a ? b : a;
    Type* tc = seq_a ? tb : ta;
    if ((seq_a || is_sequence_for_errors(vm, b)) && !is_int(count) && tc->slots.index != nullptr) {
      // Converted once (and range-checked against the original type's name).
      int64_t count64 = EDGE_TRY(index_ssize(vm, count, vm.exc.OverflowError));
      Value n = make_int(vm, count64);
      TempRoot n_root(vm, n);
      Type* ts = seq_a ? ta : tb;
      auto repeat = inplace && seq_a && ts->slots.inplace[index] != nullptr ? ts->slots.inplace[index] : ts->slots.binary[index];
      if (repeat != nullptr) {
        Value r = EDGE_TRY(seq_a ? repeat(vm, a, n) : repeat(vm, n, b));
        if (!r.is(ni)) return r;
      }
    }
  }
  return raise_unsupported_binary(vm, op, a, b, inplace);
}

}  // namespace

Result binary_op(VM& vm, BinaryOp op, Value a, Value b) { return binary_dispatch(vm, op, a, b, false); }

Result inplace_op(VM& vm, BinaryOp op, Value a, Value b) {
  Type* ta = type_of(vm, a);
  auto slot = ta->slots.inplace[static_cast<int>(op)];
  if (slot != nullptr) {
    Value r = EDGE_TRY(slot(vm, a, b));
    if (!r.is(Value::from_object(vm.not_implemented))) return r;
  }
  return binary_dispatch(vm, op, a, b, true);
}

Result unary_op(VM& vm, UnaryOp op, Value v) {
  Type* t = type_of(vm, v);
  auto slot = t->slots.unary[static_cast<int>(op)];
  if (slot != nullptr) return slot(vm, v);
  const char* symbol = op == UnaryOp::Neg ? "-" : op == UnaryOp::Pos ? "+" : "~";
  return vm.raise_fmt(vm.exc.TypeError, "bad operand type for unary {}: '{}'", symbol, type_name_of(t));
}

Result index_value(VM& vm, Value v) {
  if (v.is_small_int()) return v;
  if (v.is_bool()) return Value::small_int(v.as_bool() ? 1 : 0);
  if (is_big_int(v)) return v;
  Type* t = type_of(vm, v);
  if (t->slots.index != nullptr) {
    Value r = EDGE_TRY(t->slots.index(vm, v));
    if (!is_int(r)) {
      return vm.raise_fmt(vm.exc.TypeError, "__index__ returned non-int (type {})", type_name(vm, r));
    }
    return r;
  }
  return vm.raise_fmt(vm.exc.TypeError, "'{}' object cannot be interpreted as an integer", type_name_of(t));
}

Fallible<int64_t> index_int64(VM& vm, Value v) {
  if (v.is_small_int()) return v.as_small_int();
  Value i = EDGE_TRY(index_value(vm, v));
  return int_to_int64(vm, i);
}

Fallible<int64_t> index_ssize(VM& vm, Value v, Type* overflow_type) {
  if (v.is_small_int()) return v.as_small_int();
  Value i = EDGE_TRY(index_value(vm, v));
  int64_t out = 0;
  if (!int_fits_int64(i, out)) {
    return vm.raise_fmt(overflow_type, "cannot fit '{}' into an index-sized integer", type_name(vm, v));
  }
  return out;
}

bool is_repeat_count(VM& vm, Value v) {
  if (is_int(v)) return true;
  Type* t = type_of(vm, v);
  return t->slots.index != nullptr && t->slots.binary[static_cast<int>(BinaryOp::Mul)] == nullptr;
}

// --- containers --------------------------------------------------------------------------------

Fallible<int64_t> length(VM& vm, Value v) {
  Type* t = type_of(vm, v);
  if (t->slots.length == nullptr) {
    return vm.raise_fmt(vm.exc.TypeError, "object of type '{}' has no len()", type_name_of(t));
  }
  return t->slots.length(vm, v);
}

Result getitem(VM& vm, Value container, Value key) {
  Type* t = type_of(vm, container);
  if (t->slots.getitem != nullptr) return t->slots.getitem(vm, container, key);
  if (is_type(container)) {
    // PEP 560: C[key] on a class calls its __class_getitem__ (a class method).
    Value hook = type_lookup(as_type(container), vm.names.dunder_class_getitem);
    if (!hook.is_null()) {
      Type* hook_type = type_of(vm, hook);
      Value bound = hook;
      if (hook_type->slots.descr_get != nullptr) {
        bound = EDGE_TRY(hook_type->slots.descr_get(vm, hook, Value::null(), as_type(container)));
      }
      TempRoot root(vm, bound);
      return call(vm, bound, CallArgs{&key, 1, nullptr});
    }
    // list[int] and the other built-in generics (PEP 585).
    Value alias = EDGE_TRY(generic_alias_for(vm, as_type(container), key));
    if (!alias.is_null()) return alias;
    return vm.raise_fmt(vm.exc.TypeError, "type '{}' is not subscriptable", type_name_of(as_type(container)));
  }
  return vm.raise_fmt(vm.exc.TypeError, "'{}' object is not subscriptable", type_name_of(t));
}

Status setitem(VM& vm, Value container, Value key, Value value) {
  Type* t = type_of(vm, container);
  if (t->slots.setitem != nullptr) return t->slots.setitem(vm, container, key, value);
  return vm.raise_fmt(vm.exc.TypeError, "'{}' object does not support item assignment", type_name_of(t));
}

Status delitem(VM& vm, Value container, Value key) {
  Type* t = type_of(vm, container);
  if (t->slots.setitem != nullptr) return t->slots.setitem(vm, container, key, Value::null());
  if (t->slots.getitem != nullptr) {
    return vm.raise_fmt(vm.exc.TypeError, "'{}' object doesn't support item deletion", type_name_of(t));
  }
  return vm.raise_fmt(vm.exc.TypeError, "'{}' object does not support item deletion", type_name_of(t));
}

Fallible<bool> contains(VM& vm, Value container, Value item) {
  Type* t = type_of(vm, container);
  if (t->slots.contains != nullptr) return t->slots.contains(vm, container, item);
  if (t->slots.iter == nullptr && t->slots.getitem == nullptr) {
    return vm.raise_fmt(vm.exc.TypeError, "argument of type '{}' is not iterable", type_name_of(t));
  }
  Value it = EDGE_TRY(get_iter(vm, container));
  TempRoot root(vm, it);
  for (;;) {
    Value x = EDGE_TRY(iter_next(vm, it));
    if (x.is_null()) return false;
    if (EDGE_TRY(equal(vm, x, item))) return true;
  }
}

// --- iteration ---------------------------------------------------------------------------------

Result get_iter(VM& vm, Value iterable) {
  Type* t = type_of(vm, iterable);
  if (t->slots.iter != nullptr) {
    Value it = EDGE_TRY(t->slots.iter(vm, iterable));
    if (type_of(vm, it)->slots.next == nullptr) {
      return vm.raise_fmt(vm.exc.TypeError, "iter() returned non-iterator of type '{}'", type_name(vm, it));
    }
    return it;
  }
  if (t->slots.getitem != nullptr && !is_dict(iterable)) {
    return Value::from_object(make_iter_state(vm, vm.types.seq_iterator, iterable));
  }
  return vm.raise_fmt(vm.exc.TypeError, "'{}' object is not iterable", type_name_of(t));
}

Result iter_next(VM& vm, Value iterator) {
  Type* t = type_of(vm, iterator);
  if (t->slots.next == nullptr) {
    return vm.raise_fmt(vm.exc.TypeError, "'{}' object is not an iterator", type_name_of(t));
  }
  return t->slots.next(vm, iterator);
}

// --- attributes -------------------------------------------------------------------------------

Value type_lookup(const Type* type, Str* name) {
  const Tuple* mro = type->mro;
  if (mro == nullptr) return dict_get_str(type->dict, name);
  for (uint32_t i = 0; i < mro->length; ++i) {
    const Type* t = static_cast<const Type*>(mro->item(i).as_object());
    Value v = dict_get_str(t->dict, name);
    if (!v.is_null()) return v;
  }
  return Value::null();
}

Dict* instance_dict(VM& vm, Value obj, bool create) {
  if (!obj.is_object()) return nullptr;
  Object* o = obj.as_object();
  switch (o->kind) {
    case ObjectKind::Instance: {
      Instance* inst = static_cast<Instance*>(o);
      if (inst->type == vm.types.object) return nullptr;  // object() has no __dict__
      if (inst->dict == nullptr && create) inst->dict = make_dict(vm);
      return inst->dict;
    }
    case ObjectKind::Function: {
      Function* f = static_cast<Function*>(o);
      if (f->dict == nullptr && create) f->dict = make_dict(vm);
      return f->dict;
    }
    case ObjectKind::Module:
      return static_cast<Module*>(o)->dict;
    case ObjectKind::Exception: {
      Exception* e = static_cast<Exception*>(o);
      if (e->dict == nullptr && create) e->dict = make_dict(vm);
      return e->dict;
    }
    default: {
      // Instances of user subclasses of built-in types keep their dict aside.
      if (!o->type->has_flag(kTypeHeapType)) return nullptr;
      auto it = vm.extra_dicts.find(o);
      if (it != vm.extra_dicts.end()) return it->second;
      if (!create) return nullptr;
      Dict* d = make_dict(vm);
      vm.extra_dicts.emplace(o, d);
      return d;
    }
  }
}

Result generic_getattr(VM& vm, Value obj, Str* name) {
  Type* t = type_of(vm, obj);
  Value attr = type_lookup(t, name);
  Type* attr_type = nullptr;
  if (!attr.is_null()) {
    attr_type = type_of(vm, attr);
    if (attr_type->slots.descr_get != nullptr && attr_type->slots.descr_set != nullptr) {
      return attr_type->slots.descr_get(vm, attr, obj, t);
    }
  }
  if (Dict* d = instance_dict(vm, obj, false)) {
    Value v = EDGE_TRY(dict_get(vm, d, Value::from_object(name)));
    if (!v.is_null()) return v;
  }
  if (!attr.is_null()) {
    if (attr_type->slots.descr_get != nullptr) return attr_type->slots.descr_get(vm, attr, obj, t);
    return attr;
  }
  return Value::null();
}

Status generic_setattr(VM& vm, Value obj, Str* name, Value value) {
  Type* t = type_of(vm, obj);
  Value attr = type_lookup(t, name);
  if (!attr.is_null()) {
    Type* attr_type = type_of(vm, attr);
    if (attr_type->slots.descr_set != nullptr) return attr_type->slots.descr_set(vm, attr, obj, value);
  }
  Dict* d = instance_dict(vm, obj, !value.is_null());
  if (d == nullptr) {
    if (!attr.is_null()) {
      return vm.raise_fmt(vm.exc.AttributeError, "'{}' object attribute '{}' is read-only", type_name_of(t),
                          name->view());
    }
    return vm.raise_fmt(vm.exc.AttributeError, "'{}' object has no attribute '{}'", type_name_of(t), name->view());
  }
  if (value.is_null()) {
    Value removed = EDGE_TRY(dict_pop(vm, d, Value::from_object(name)));
    if (removed.is_null()) return raise_attribute_error(vm, obj, name);
    return Status::ok();
  }
  return dict_set(vm, d, Value::from_object(name), value);
}

Error raise_attribute_error(VM& vm, Value obj, Str* name) {
  if (is_module(obj)) {
    return vm.raise_fmt(vm.exc.AttributeError, "module '{}' has no attribute '{}'", as_module(obj)->name->view(),
                        name->view());
  }
  if (is_type(obj)) {
    return vm.raise_fmt(vm.exc.AttributeError, "type object '{}' has no attribute '{}'",
                        type_name_of(as_type(obj)), name->view());
  }
  return vm.raise_fmt(vm.exc.AttributeError, "'{}' object has no attribute '{}'", type_name(vm, obj), name->view());
}

Result getattr_opt(VM& vm, Value obj, Str* name) {
  Type* t = type_of(vm, obj);
  if (t->slots.getattr == nullptr) return Value::null();
  return t->slots.getattr(vm, obj, name);
}

Result getattr(VM& vm, Value obj, Str* name) {
  Value v = EDGE_TRY(getattr_opt(vm, obj, name));
  if (v.is_null()) return raise_attribute_error(vm, obj, name);
  return v;
}

Status setattr(VM& vm, Value obj, Str* name, Value value) {
  Type* t = type_of(vm, obj);
  if (t->slots.setattr == nullptr) {
    return vm.raise_fmt(vm.exc.AttributeError, "'{}' object has no attribute '{}'", type_name_of(t), name->view());
  }
  return t->slots.setattr(vm, obj, name, value);
}

Status delattr(VM& vm, Value obj, Str* name) { return setattr(vm, obj, name, Value::null()); }

// --- calls -----------------------------------------------------------------------------------

namespace {

// Calls `fn` with `self` prepended to `args`.
Result call_with_self(VM& vm, Value fn, Value self, CallArgs args) {
  uint32_t total = args.nargs + args.nkw();
  Value small[16];
  std::vector<Value> large;
  Value* buffer = small;
  if (total + 1 > 16) {
    large.resize(total + 1);
    buffer = large.data();
  }
  buffer[0] = self;
  for (uint32_t i = 0; i < total; ++i) buffer[i + 1] = args.args[i];
  return call(vm, fn, CallArgs{buffer, args.nargs + 1, args.kwnames});
}

}  // namespace

Result call_builtin(VM& vm, BuiltinFunction* f, CallArgs args) {
  if (!f->self.is_null()) {
    uint32_t total = args.nargs + args.nkw();
    Value small[16];
    std::vector<Value> large;
    Value* buffer = small;
    if (total + 1 > 16) {
      large.resize(total + 1);
      buffer = large.data();
    }
    buffer[0] = f->self;
    for (uint32_t i = 0; i < total; ++i) buffer[i + 1] = args.args[i];
    if (f->def->fn == nullptr) return f->def->fn_with_callee(vm, f, CallArgs{buffer, args.nargs + 1, args.kwnames});
    return f->def->fn(vm, CallArgs{buffer, args.nargs + 1, args.kwnames});
  }
  if (f->owner != nullptr) {
    // An unbound method of a built-in type, e.g. str.join(",", parts).
    if (args.nargs == 0) {
      return vm.raise_fmt(vm.exc.TypeError, "unbound method {}.{}() needs an argument", type_name_of(f->owner),
                          f->name->view());
    }
    if (f->type == vm.types.method_descriptor && !isinstance(vm, args[0], f->owner)) {
      return vm.raise_fmt(vm.exc.TypeError, "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
                          f->name->view(), type_name_of(f->owner), type_name(vm, args[0]));
    }
  }
  if (f->def->fn == nullptr) return f->def->fn_with_callee(vm, f, args);
  return f->def->fn(vm, args);
}

Result call(VM& vm, Value callable, CallArgs args) {
  if (callable.is_object()) {
    Object* o = callable.as_object();
    switch (o->kind) {
      case ObjectKind::Function:
        return run_function_rpy(vm, static_cast<Function*>(o), args);
      case ObjectKind::BuiltinFunction:
        return call_builtin(vm, static_cast<BuiltinFunction*>(o), args);
      case ObjectKind::BoundMethod: {
        BoundMethod* m = static_cast<BoundMethod*>(o);
        return call_with_self(vm, m->function, m->self, args);
      }
      default:
        break;
    }
  }
  Type* t = type_of(vm, callable);
  if (t->slots.call == nullptr) {
    return vm.raise_fmt(vm.exc.TypeError, "'{}' object is not callable", type_name_of(t));
  }
  NativeDepthGuard guard(vm);
  if (guard.failed()) return Error{};
  return t->slots.call(vm, callable, args);
}

Result call0(VM& vm, Value callable) { return call(vm, callable, CallArgs{nullptr, 0, nullptr}); }

Result call1(VM& vm, Value callable, Value a) {
  Value argv[1] = {a};
  return call(vm, callable, CallArgs{argv, 1, nullptr});
}

Result call2(VM& vm, Value callable, Value a, Value b) {
  Value argv[2] = {a, b};
  return call(vm, callable, CallArgs{argv, 2, nullptr});
}

Result call_method(VM& vm, Value obj, Str* name, CallArgs args) {
  Value method = EDGE_TRY(getattr(vm, obj, name));
  TempRoot root(vm, method);
  return call(vm, method, args);
}

bool is_callable(const VM& vm, Value v) {
  if (!v.is_object()) return false;
  switch (v.as_object()->kind) {
    case ObjectKind::Function:
    case ObjectKind::BuiltinFunction:
    case ObjectKind::BoundMethod:
    case ObjectKind::Type:
      return true;
    default:
      return type_of(vm, v)->slots.call != nullptr;
  }
}

}  // namespace edge::vm
