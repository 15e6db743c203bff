// User-defined classes (see class.h): class creation, C3 MRO, super(), the special
// method <-> slot bridge, and instance creation.
//
// Special methods are always looked up on the type (never the instance), along the
// MRO, as CPython does (Language Reference 3.3.11, "Special method lookup").
#include "vm/types/class.h"

#include <algorithm>
#include <string>
#include <vector>

#include "scheduler/task.h"
#include "vm/args.h"
#include "vm/code.h"
#include "vm/frame.h"
#include "vm/interpreter.h"
#include "vm/ops.h"
#include "vm/types/bytes.h"
#include "vm/types/dict.h"
#include "vm/types/exception.h"
#include "vm/types/function.h"
#include "vm/types/instance.h"
#include "vm/types/int.h"
#include "vm/types/list.h"
#include "vm/types/str.h"
#include "vm/types/tuple.h"
#include "vm/types/type.h"
#include "vm/vm.h"

namespace edge::vm {

// --- lookup --------------------------------------------------------------------------------------

Value type_lookup_owner(const Type* type, Str* name, const Type** owner) {
  const Tuple* mro = type->mro;
  for (uint32_t i = 0; i < mro->length; ++i) {
    const Type* t = static_cast<const Type*>(mro->item(i).as_object());
    Value v = dict_get_str(t->dict, name);
    if (!v.is_null()) {
      if (owner) *owner = t;
      return v;
    }
  }
  return Value::null();
}

namespace {

bool is_heap(const Type* t) { return t != nullptr && t->has_flag(kTypeHeapType); }

bool user_defines(const Type* type, Str* name, Value* out = nullptr) {
  const Type* owner = nullptr;
  Value v = type_lookup_owner(type, name, &owner);
  if (v.is_null() || !is_heap(owner)) return false;
  if (out) *out = v;
  return true;
}

// Calls the special method `name` of type(self) with self and `args`. Returns null if
// the type has no such method.
Result call_special(VM& vm, Value self, Str* name, std::initializer_list<Value> args) {
  Type* t = type_of(vm, self);
  Value m = type_lookup(t, name);
  if (m.is_null()) return Value::null();
  Value argv[4];
  uint32_t n = 0;
  if (is_function(m) || is_builtin_function(m)) {
    argv[n++] = self;
    for (Value a : args) argv[n++] = a;
    return call(vm, m, CallArgs{argv, n, nullptr});
  }
  Type* mt = type_of(vm, m);
  Value callee = m;
  TempRoot root(vm, m);
  if (mt->slots.descr_get != nullptr) {
    callee = EDGE_TRY(mt->slots.descr_get(vm, m, self, t));
    root.set(callee);
  }
  for (Value a : args) argv[n++] = a;
  return call(vm, callee, CallArgs{argv, n, nullptr});
}

// call_special for a method that must exist (it was found when the slot was set).
Result call_required(VM& vm, Value self, Str* name, std::initializer_list<Value> args) {
  Value r = EDGE_TRY(call_special(vm, self, name, args));
  if (r.is_null()) {
    return vm.raise_fmt(vm.exc.AttributeError, "'{}' object has no attribute '{}'", type_name(vm, self), name->view());
  }
  return r;
}

// --- slots of heap types: each calls the matching special method --------------------------------

Result d_repr(VM& vm, Value self) { return call_required(vm, self, vm.names.dunder_repr, {}); }
Result d_str(VM& vm, Value self) { return call_required(vm, self, vm.names.dunder_str, {}); }

Fallible<int64_t> d_hash(VM& vm, Value self) {
  Value r = EDGE_TRY(call_required(vm, self, vm.names.dunder_hash, {}));
  if (!is_int(r)) return vm.raise(vm.exc.TypeError, "__hash__ method should return an integer");
  return int_hash(r);
}

Str* compare_dunder(VM& vm, CompareOp op) {
  switch (op) {
    case CompareOp::Lt: return vm.names.dunder_lt;
    case CompareOp::Le: return vm.names.dunder_le;
    case CompareOp::Eq: return vm.names.dunder_eq;
    case CompareOp::Ne: return vm.names.dunder_ne;
    case CompareOp::Gt: return vm.names.dunder_gt;
    case CompareOp::Ge: return vm.names.dunder_ge;
  }
  return vm.names.dunder_eq;
}

Result d_compare(VM& vm, Value self, Value other, CompareOp op) {
  Value r = EDGE_TRY(call_special(vm, self, compare_dunder(vm, op), {other}));
  if (r.is_null()) return Value::from_object(vm.not_implemented);
  return r;
}

Fallible<bool> d_truthy(VM& vm, Value self) {
  Value r = EDGE_TRY(call_special(vm, self, vm.names.dunder_bool, {}));
  if (!r.is_null()) {
    if (!r.is_bool()) {
      return vm.raise_fmt(vm.exc.TypeError, "__bool__ should return bool, returned {}", type_name(vm, r));
    }
    return r.as_bool();
  }
  r = EDGE_TRY(call_special(vm, self, vm.names.dunder_len, {}));
  if (r.is_null()) return true;
  int64_t n = EDGE_TRY(index_int64(vm, r));
  if (n < 0) return vm.raise(vm.exc.ValueError, "__len__() should return >= 0");
  return n != 0;
}

Fallible<int64_t> d_length(VM& vm, Value self) {
  Value r = EDGE_TRY(call_required(vm, self, vm.names.dunder_len, {}));
  if (!is_int(r) && type_of(vm, r)->slots.index == nullptr) {
    return vm.raise_fmt(vm.exc.TypeError, "'{}' object cannot be interpreted as an integer", type_name(vm, r));
  }
  Value i = EDGE_TRY(index_value(vm, r));
  if (int_sign(i) < 0) return vm.raise(vm.exc.ValueError, "__len__() should return >= 0");
  int64_t n;
  if (!int_fits_int64(i, n)) return vm.raise(vm.exc.OverflowError, "cannot fit 'int' into an index-sized integer");
  return n;
}

Result d_not_iterable(VM& vm, Value self) {
  return vm.raise_fmt(vm.exc.TypeError, "'{}' object is not iterable", type_name(vm, self));
}
Result d_iter(VM& vm, Value self) { return call_required(vm, self, vm.names.dunder_iter, {}); }

Result d_next(VM& vm, Value self) {
  Result r = call_required(vm, self, vm.names.dunder_next, {});
  if (r.failed() && vm.pending_is(vm.exc.StopIteration)) {
    // Exhaustion: the StopIteration's value is what `yield from` delivers.
    Value e = vm.take_pending_exception();
    Exception* ex = as_exception(e);
    vm.generator_return_value = ex->args->length > 0 ? ex->args->item(0) : Value::none();
    return Value::null();
  }
  return r;
}

Result d_getitem(VM& vm, Value self, Value key) { return call_required(vm, self, vm.names.dunder_getitem, {key}); }

Status d_setitem(VM& vm, Value self, Value key, Value value) {
  if (value.is_null()) {
    Value r = EDGE_TRY(call_special(vm, self, vm.names.dunder_delitem, {key}));
    if (r.is_null()) {
      return vm.raise_fmt(vm.exc.AttributeError, "__delitem__");
    }
    return Status::ok();
  }
  Value r = EDGE_TRY(call_special(vm, self, vm.names.dunder_setitem, {key, value}));
  if (r.is_null()) {
    return vm.raise_fmt(vm.exc.TypeError, "'{}' object does not support item assignment", type_name(vm, self));
  }
  return Status::ok();
}

Fallible<bool> d_contains(VM& vm, Value self, Value item) {
  Value r = EDGE_TRY(call_required(vm, self, vm.names.dunder_contains, {item}));
  return truthy(vm, r);
}

Result d_getattr(VM& vm, Value self, Str* name) {
  Type* t = type_of(vm, self);
  Value name_value = Value::from_object(name);
  Result r = Value::null();
  if (user_defines(t, vm.names.dunder_getattribute)) {
    r = call_required(vm, self, vm.names.dunder_getattribute, {name_value});
  } else {
    r = generic_getattr(vm, self, name);
    if (!r.failed() && r.value().is_null()) {
      r = raise_attribute_error(vm, self, name);
    }
  }
  if (!r.failed()) return r;
  // __getattr__ is the fallback for a failed normal lookup (AttributeError only).
  if (!vm.pending_is(vm.exc.AttributeError) || !user_defines(t, vm.names.dunder_getattr)) return r;
  (void)vm.take_pending_exception();
  return call_required(vm, self, vm.names.dunder_getattr, {name_value});
}

Status d_setattr(VM& vm, Value self, Str* name, Value value) {
  if (value.is_null()) {
    EDGE_TRY(call_required(vm, self, vm.names.dunder_delattr, {Value::from_object(name)}));
  } else {
    EDGE_TRY(call_required(vm, self, vm.names.dunder_setattr, {Value::from_object(name), value}));
  }
  return Status::ok();
}

Result d_call(VM& vm, Value self, CallArgs args) {
  Type* t = type_of(vm, self);
  Value m = type_lookup(t, vm.names.dunder_call);
  if (m.is_null()) return vm.raise_fmt(vm.exc.TypeError, "'{}' object is not callable", type_name(vm, self));
  TempRoot root(vm, m);
  Value bound = m;
  Type* mt = type_of(vm, m);
  if (mt->slots.descr_get != nullptr) {
    bound = EDGE_TRY(mt->slots.descr_get(vm, m, self, t));
    root.set(bound);
  }
  return call(vm, bound, args);
}

template <BinaryOp kOp> Result d_binary(VM& vm, Value a, Value b) {
  Str* forward = vm.op_dunders[static_cast<int>(kOp)][0];
  Str* reflected = vm.op_dunders[static_cast<int>(kOp)][1];
  Type* ta = type_of(vm, a);
  Type* tb = type_of(vm, b);
  Value ni = Value::from_object(vm.not_implemented);
  bool a_here = ta->slots.binary[static_cast<int>(kOp)] == &d_binary<kOp>;
  bool b_here = tb->slots.binary[static_cast<int>(kOp)] == &d_binary<kOp>;
  bool b_tried = false;
  if (a_here) {
    // A subclass that overrides the reflected method gets the first say.
    if (tb != ta && b_here && is_subtype(tb, ta)) {
      Value rb = type_lookup(tb, reflected), ra = type_lookup(ta, reflected);
      if (!rb.is_null() && !rb.is(ra)) {
        b_tried = true;
        Value r = EDGE_TRY(call_special(vm, b, reflected, {a}));
        if (!r.is_null() && !r.is(ni)) return r;
      }
    }
    Value r = EDGE_TRY(call_special(vm, a, forward, {b}));
    if (!r.is_null() && !r.is(ni)) return r;
  }
  // The reflected method of the right operand, unless both have the same type.
  if (b_here && !b_tried && (tb != ta || !a_here)) {
    Value r = EDGE_TRY(call_special(vm, b, reflected, {a}));
    if (!r.is_null() && !r.is(ni)) return r;
  }
  return ni;
}

template <BinaryOp kOp> Result d_inplace(VM& vm, Value a, Value b) {
  Value r = EDGE_TRY(call_special(vm, a, vm.op_dunders[static_cast<int>(kOp)][2], {b}));
  if (r.is_null()) return Value::from_object(vm.not_implemented);
  return r;
}

Str* unary_dunder(VM& vm, UnaryOp op) {
  switch (op) {
    case UnaryOp::Neg: return vm.names.dunder_neg;
    case UnaryOp::Pos: return vm.names.dunder_pos;
    case UnaryOp::Invert: return vm.names.dunder_invert;
  }
  return vm.names.dunder_neg;
}

template <UnaryOp kOp> Result d_unary(VM& vm, Value self) { return call_required(vm, self, unary_dunder(vm, kOp), {}); }

Result d_index(VM& vm, Value self) { return call_required(vm, self, vm.names.dunder_index, {}); }

Result d_to_float(VM& vm, Value self) {
  Value r = EDGE_TRY(call_required(vm, self, vm.names.dunder_float, {}));
  if (!r.is_float()) {
    return vm.raise_fmt(vm.exc.TypeError, "{}.__float__ returned non-float (type {})", type_name(vm, self),
                        type_name(vm, r));
  }
  return r;
}

Result d_format(VM& vm, Value self, Str* spec) {
  Value r = EDGE_TRY(call_required(vm, self, vm.names.dunder_format, {Value::from_object(spec)}));
  if (!is_str(r)) {
    return vm.raise_fmt(vm.exc.TypeError, "__format__ must return a str, not {}", type_name(vm, r));
  }
  return r;
}

Result d_descr_get(VM& vm, Value descr, Value obj, Type* owner) {
  return call_required(vm, descr, vm.names.dunder_get,
                       {obj.is_null() ? Value::none() : obj, owner ? Value::from_object(owner) : Value::none()});
}

Status d_descr_set(VM& vm, Value descr, Value obj, Value value) {
  if (value.is_null()) {
    EDGE_TRY(call_required(vm, descr, vm.names.dunder_delete, {obj}));
  } else {
    EDGE_TRY(call_required(vm, descr, vm.names.dunder_set, {obj, value}));
  }
  return Status::ok();
}

}  // namespace

bool type_overrides(const Type* type, Str* name) { return user_defines(type, name); }

// --- slot computation -------------------------------------------------------------------------

namespace {

// The built-in type whose instance layout (and so whose new_/init) a class inherits.
Type* layout_base(Type* t) {
  Type* walk = t;
  while (walk != nullptr && is_heap(walk)) walk = walk->base;
  return walk;
}

void compute_slots(VM& vm, Type* t) {
  Type* base = layout_base(t);
  TypeSlots s = base->slots;
  auto defines = [&](Str* name) { return user_defines(t, name); };
  auto defines_none = [&](Str* name) {
    Value v;
    return user_defines(t, name, &v) && v.is_none();
  };
  if (defines(vm.names.dunder_repr)) s.repr = d_repr;
  if (defines(vm.names.dunder_str)) s.str = d_str;
  if (defines(vm.names.dunder_hash)) s.hash = defines_none(vm.names.dunder_hash) ? nullptr : d_hash;
  if (defines(vm.names.dunder_eq) || defines(vm.names.dunder_ne) || defines(vm.names.dunder_lt) ||
      defines(vm.names.dunder_le) || defines(vm.names.dunder_gt) || defines(vm.names.dunder_ge)) {
    s.compare = d_compare;
  }
  if (defines(vm.names.dunder_bool) || defines(vm.names.dunder_len)) s.truthy = d_truthy;
  if (defines(vm.names.dunder_len)) s.length = d_length;
  // `__iter__ = None` declares the class not iterable, shutting off the __getitem__
  // fallback too.
  if (defines(vm.names.dunder_iter)) s.iter = defines_none(vm.names.dunder_iter) ? d_not_iterable : d_iter;
  if (defines(vm.names.dunder_next)) s.next = d_next;
  if (defines(vm.names.dunder_getitem)) s.getitem = d_getitem;
  if (defines(vm.names.dunder_setitem) || defines(vm.names.dunder_delitem)) s.setitem = d_setitem;
  if (defines(vm.names.dunder_contains)) s.contains = d_contains;
  if (defines(vm.names.dunder_getattribute) || defines(vm.names.dunder_getattr)) s.getattr = d_getattr;
  if (defines(vm.names.dunder_setattr) || defines(vm.names.dunder_delattr)) s.setattr = d_setattr;
  if (defines(vm.names.dunder_call)) s.call = d_call;
  if (defines(vm.names.dunder_index)) s.index = d_index;
  if (defines(vm.names.dunder_float)) s.to_float = d_to_float;
  if (defines(vm.names.dunder_format)) s.format = d_format;
  if (defines(vm.names.dunder_get)) s.descr_get = d_descr_get;
  if (defines(vm.names.dunder_set) || defines(vm.names.dunder_delete)) s.descr_set = d_descr_set;
  if (defines(vm.names.dunder_neg)) s.unary[static_cast<int>(UnaryOp::Neg)] = d_unary<UnaryOp::Neg>;
  if (defines(vm.names.dunder_pos)) s.unary[static_cast<int>(UnaryOp::Pos)] = d_unary<UnaryOp::Pos>;
  if (defines(vm.names.dunder_invert)) s.unary[static_cast<int>(UnaryOp::Invert)] = d_unary<UnaryOp::Invert>;
#define EDGE_BINARY_SLOT(op)                                                                 \
  if (defines(vm.op_dunders[static_cast<int>(BinaryOp::op)][0]) ||                             \
      defines(vm.op_dunders[static_cast<int>(BinaryOp::op)][1])) {                             \
    s.binary[static_cast<int>(BinaryOp::op)] = d_binary<BinaryOp::op>;                        \
  }                                                                                          \
  if (defines(vm.op_dunders[static_cast<int>(BinaryOp::op)][2])) {                             \
    s.inplace[static_cast<int>(BinaryOp::op)] = d_inplace<BinaryOp::op>;                      \
  }
  EDGE_BINARY_SLOT(Add)
  EDGE_BINARY_SLOT(Sub)
  EDGE_BINARY_SLOT(Mul)
  EDGE_BINARY_SLOT(MatMul)
  EDGE_BINARY_SLOT(TrueDiv)
  EDGE_BINARY_SLOT(Mod)
  EDGE_BINARY_SLOT(Pow)
  EDGE_BINARY_SLOT(LShift)
  EDGE_BINARY_SLOT(RShift)
  EDGE_BINARY_SLOT(Or)
  EDGE_BINARY_SLOT(Xor)
  EDGE_BINARY_SLOT(And)
  EDGE_BINARY_SLOT(FloorDiv)
#undef EDGE_BINARY_SLOT
  s.construct = construct_instance;
  t->slots = s;
}

}  // namespace

void update_slots(VM& vm, Type* type) {
  compute_slots(vm, type);
  // Subclasses inherit through their MRO: recompute every live heap type below `type`.
  for (Type* t : vm.heap_types) {
    if (t != type && is_subtype(t, type)) compute_slots(vm, t);
  }
}

// --- MRO -----------------------------------------------------------------------------------------

Fallible<Tuple*> compute_mro(VM& vm, Type* type, Tuple* bases) {
  // C3: the new class, then a merge of the bases' MROs and the list of bases. At each
  // step take the first head that appears in no other list's tail.
  std::vector<std::vector<Type*>> lists;
  for (uint32_t i = 0; i < bases->length; ++i) {
    Tuple* m = as_type(bases->item(i))->mro;
    std::vector<Type*> l;
    for (uint32_t j = 0; j < m->length; ++j) l.push_back(as_type(m->item(j)));
    lists.push_back(std::move(l));
  }
  std::vector<Type*> base_list;
  for (uint32_t i = 0; i < bases->length; ++i) {
    Type* b = as_type(bases->item(i));
    if (std::find(base_list.begin(), base_list.end(), b) != base_list.end()) {
      return vm.raise_fmt(vm.exc.TypeError, "duplicate base class {}", type_name_of(b));
    }
    base_list.push_back(b);
  }
  lists.push_back(base_list);
  std::vector<Type*> result{type};
  for (;;) {
    bool all_empty = true;
    for (auto& l : lists) all_empty &= l.empty();
    if (all_empty) break;
    Type* chosen = nullptr;
    for (auto& l : lists) {
      if (l.empty()) continue;
      Type* head = l.front();
      bool in_tail = false;
      for (auto& other : lists) {
        if (other.size() > 1 && std::find(other.begin() + 1, other.end(), head) != other.end()) {
          in_tail = true;
          break;
        }
      }
      if (!in_tail) {
        chosen = head;
        break;
      }
    }
    if (chosen == nullptr) {
      std::string names;
      for (uint32_t i = 0; i < bases->length; ++i) {
        if (i) names += ", ";
        names += type_name_of(as_type(bases->item(i)));
      }
      return vm.raise_fmt(vm.exc.TypeError,
                          "Cannot create a consistent method resolution\norder (MRO) for bases {}", names);
    }
    result.push_back(chosen);
    for (auto& l : lists) {
      if (!l.empty() && l.front() == chosen) l.erase(l.begin());
    }
  }
  Tuple* mro = make_tuple(vm, static_cast<uint32_t>(result.size()));
  for (size_t i = 0; i < result.size(); ++i) mro->items()[i] = Value::from_object(result[i]);
  return mro;
}

// --- instance __dict__ ----------------------------------------------------------------------------

namespace {

// The `__dict__` attribute of instances of user classes (the first class in a
// hierarchy that gives its instances a dict carries it, as in CPython).
Result instance_get_dict(VM& vm, Value self) {
  Dict* d = instance_dict(vm, self, true);
  if (d == nullptr) return vm.raise_fmt(vm.exc.AttributeError, "'{}' object has no attribute '__dict__'", type_name(vm, self));
  return Value::from_object(d);
}

Status instance_set_dict(VM& vm, Value self, Value value) {
  if (value.is_null()) return vm.raise(vm.exc.TypeError, "cannot delete __dict__");
  if (!is_dict(value)) {
    return vm.raise_fmt(vm.exc.TypeError, "__dict__ must be set to a dictionary, not a '{}'", type_name(vm, value));
  }
  Object* o = self.as_object();
  if (o->kind == ObjectKind::Instance) {
    static_cast<Instance*>(o)->dict = as_dict(value);
  } else {
    vm.extra_dicts[o] = as_dict(value);
  }
  return Status::ok();
}

bool inherits_attribute(VM& vm, Type* t, Str* name) {
  for (uint32_t i = 1; i < t->mro->length; ++i) {
    if (!dict_get_str(as_type(t->mro->item(i))->dict, name).is_null()) return true;
  }
  return false;
}

bool inherits_dict_attribute(VM& vm, Type* t) { return inherits_attribute(vm, t, vm.names.dunder_dict); }

// `__weakref__`: CPython gives a class this attribute (the instance's first weak
// reference) unless its built-in base has variable-size instances or weak references
// of its own. There are no weak references here, so it is always None; it exists so
// that a class's __dict__ and dir() list what CPython's do.
Result instance_get_weakref(VM&, Value) { return Value::none(); }

bool layout_takes_weakref(VM& vm, Type* layout) {
  for (Type* t : {vm.types.int_, vm.types.tuple, vm.types.bytes, vm.types.set, vm.types.frozenset}) {
    if (is_subtype(layout, t)) return false;
  }
  return true;
}

}  // namespace

// --- class creation ----------------------------------------------------------------------------

Result type_new(VM& vm, Type* metatype, Str* name, Tuple* bases, Dict* ns, CallArgs kwargs) {
  if (bases->length == 0) bases = make_tuple(vm, {Value::from_object(vm.types.object)});
  TempRoot bases_root(vm, Value::from_object(bases));
  // Validate the bases and find the instance layout they imply.
  ObjectKind kind = ObjectKind::Instance;
  Type* layout_type = vm.types.object;
  bool is_exception_class = false;
  for (uint32_t i = 0; i < bases->length; ++i) {
    Value b = bases->item(i);
    if (!is_type(b)) return vm.raise(vm.exc.TypeError, "bases must be types");
    Type* bt = as_type(b);
    if (!bt->has_flag(kTypeBaseType)) {
      return vm.raise_fmt(vm.exc.TypeError, "type '{}' is not an acceptable base type", type_name_of(bt));
    }
    if (bt->has_flag(kTypeException)) is_exception_class = true;
    Type* lb = layout_base(bt);
    if (lb->instance_kind != ObjectKind::Instance) {
      if (kind != ObjectKind::Instance && lb->instance_kind != kind) {
        return vm.raise(vm.exc.TypeError, "multiple bases have instance lay-out conflict");
      }
      if (kind == ObjectKind::Instance || is_subtype(lb, layout_type)) layout_type = lb;
      kind = lb->instance_kind;
    }
  }
  // Floats are unboxed values with no object to carry a subclass's type or __dict__,
  // so a float base is refused here rather than failing later at construction.
  for (uint32_t i = 0; i < bases->length; ++i) {
    if (is_subtype(as_type(bases->item(i)), vm.types.float_)) {
      return vm.raise(vm.exc.TypeError, "subclasses of float are not supported (floats are unboxed values)");
    }
  }
  Type* t = vm.heap.make<Type>(metatype, kind);
  Value tv = Value::from_object(t);
  TempRoot root(vm, tv);
  t->flags = kTypeHeapType | kTypeBaseType | (is_exception_class ? kTypeException : 0);
  t->name = name;
  t->bases = bases;
  // The primary base: the first base carrying the layout (or simply the first base).
  t->base = as_type(bases->item(0));
  for (uint32_t i = 0; i < bases->length; ++i) {
    if (is_subtype(as_type(bases->item(i)), layout_type)) {
      t->base = as_type(bases->item(i));
      break;
    }
  }
  t->dict = dict_copy(vm, ns);
  Value qualname = dict_get_str(t->dict, vm.names.dunder_qualname);
  if (!qualname.is_null()) {
    if (!is_str(qualname)) {
      return vm.raise_fmt(vm.exc.TypeError, "type __qualname__ must be a str, not {}", type_name(vm, qualname));
    }
    t->qualname = as_str(qualname);
    (void)dict_pop(vm, t->dict, Value::from_object(vm.names.dunder_qualname));
  } else {
    t->qualname = name;
  }
  Value module = dict_get_str(t->dict, vm.names.dunder_module);
  if (is_str(module)) {
    t->module = as_str(module);
  } else {
    // type(name, bases, dict) called directly: the calling frame's module.
    Frame* f = vm.current_task ? vm.current_task->frame : nullptr;
    Value caller_module = f ? dict_get_str(f->globals, vm.names.dunder_name) : Value::null();
    t->module = is_str(caller_module) ? as_str(caller_module) : intern(vm, "builtins");
    dict_set_str(vm, t->dict, vm.names.dunder_module, Value::from_object(t->module));
  }
  if (dict_get_str(t->dict, vm.names.dunder_doc).is_null()) dict_set_str(vm, t->dict, vm.names.dunder_doc, Value::none());
  // Implicit wrappers: __new__ is a static method; __init_subclass__ and
  // __class_getitem__ are class methods.
  Value new_fn = dict_get_str(t->dict, vm.names.dunder_new);
  if (is_function(new_fn)) {
    Descriptor* sm = vm.heap.make<Descriptor>(vm.types.staticmethod);
    sm->a = new_fn;
    dict_set_str(vm, t->dict, vm.names.dunder_new, Value::from_object(sm));
  }
  for (Str* n : {vm.names.dunder_init_subclass, vm.names.dunder_class_getitem}) {
    Value f = dict_get_str(t->dict, n);
    if (is_function(f)) {
      Descriptor* cm = vm.heap.make<Descriptor>(vm.types.classmethod);
      cm->a = f;
      dict_set_str(vm, t->dict, n, Value::from_object(cm));
    }
  }
  // Defining __eq__ without __hash__ makes instances unhashable.
  if (!dict_get_str(t->dict, vm.names.dunder_eq).is_null() && dict_get_str(t->dict, vm.names.dunder_hash).is_null()) {
    dict_set_str(vm, t->dict, vm.names.dunder_hash, Value::none());
  }
  Tuple* mro = EDGE_TRY(compute_mro(vm, t, bases));
  t->mro = mro;
  if (!inherits_dict_attribute(vm, t)) add_getset(vm, t, "__dict__", instance_get_dict, instance_set_dict);
  if (!inherits_attribute(vm, t, intern(vm, "__weakref__")) && layout_takes_weakref(vm, layout_base(t))) {
    add_getset(vm, t, "__weakref__", instance_get_weakref);
  }
  compute_slots(vm, t);
  vm.heap_types.push_back(t);

  // The __class__ cell that zero-argument super() reads.
  Value cell = dict_get_str(t->dict, vm.names.dunder_classcell);
  if (!cell.is_null()) {
    if (!is_cell(cell)) {
      return vm.raise_fmt(vm.exc.TypeError, "__classcell__ must be a nonlocal cell, not {}", type_name(vm, cell));
    }
    as_cell(cell)->value = tv;
    (void)dict_pop(vm, t->dict, Value::from_object(vm.names.dunder_classcell));
  }
  // __set_name__ on attributes that want to know their owner and name (descriptors).
  std::vector<DictEntry> entries = t->dict->entries;
  List* keep = make_list(vm);
  TempRoot keep_root(vm, Value::from_object(keep));
  for (const DictEntry& e : entries) {
    if (!e.key.is_null()) {
      list_append(vm, keep, e.key);
      list_append(vm, keep, e.value);
    }
  }
  for (const DictEntry& e : entries) {
    if (e.key.is_null()) continue;
    Value m = type_lookup(type_of(vm, e.value), vm.names.dunder_set_name);
    if (m.is_null()) continue;
    Result r = call_special(vm, e.value, vm.names.dunder_set_name, {tv, e.key});
    if (r.failed()) return Error{};
  }
  // __init_subclass__ of the parent (super(t, t).__init_subclass__(**kwargs)).
  for (uint32_t i = 1; i < mro->length; ++i) {
    Type* parent = as_type(mro->item(i));
    Value hook = dict_get_str(parent->dict, vm.names.dunder_init_subclass);
    if (hook.is_null()) continue;
    Type* ht = type_of(vm, hook);
    Value bound = hook;
    TempRoot hook_root(vm, hook);
    if (ht->slots.descr_get != nullptr) {
      bound = EDGE_TRY(ht->slots.descr_get(vm, hook, Value::null(), t));
      hook_root.set(bound);
    }
    EDGE_TRY(call(vm, bound, kwargs));
    break;
  }
  return tv;
}

// --- instance creation -------------------------------------------------------------------------

namespace {

Value unwrap_static(Value v) {
  if (is_kind(v, ObjectKind::Descriptor)) return static_cast<Descriptor*>(v.as_object())->a;
  return v;
}

// Calls `args` with `first` prepended.
Result call_with_first(VM& vm, Value fn, Value first, CallArgs args) {
  uint32_t total = args.nargs + args.nkw();
  std::vector<Value> argv(total + 1);
  argv[0] = first;
  for (uint32_t i = 0; i < total; ++i) argv[i + 1] = args.args[i];
  return call(vm, fn, CallArgs{argv.data(), args.nargs + 1, args.kwnames});
}

}  // namespace

Result new_instance_for_init(VM& vm, Type* type, CallArgs args, Value& user_init) {
  user_init = Value::null();
  const Type* new_owner = nullptr;
  Value new_fn = type_lookup_owner(type, vm.names.dunder_new, &new_owner);
  Value obj;
  bool user_new = is_heap(new_owner);
  if (user_new) {
    obj = EDGE_TRY(call_with_first(vm, unwrap_static(new_fn), Value::from_object(type), args));
  } else {
    obj = EDGE_TRY(type->slots.new_(vm, type, args));
  }
  if (!isinstance(vm, obj, type)) return obj;
  TempRoot root(vm, obj);
  const Type* init_owner = nullptr;
  Value init = type_lookup_owner(type, vm.names.dunder_init, &init_owner);
  if (is_heap(init_owner)) {
    if (is_function(init)) {
      user_init = init;
      return obj;
    }
    Value r = EDGE_TRY(call_with_first(vm, init, obj, args));
    if (!r.is_none()) {
      return vm.raise_fmt(vm.exc.TypeError, "__init__() should return None, not '{}'", type_name(vm, r));
    }
    return obj;
  }
  if (type->slots.init != nullptr) EDGE_TRY(type->slots.init(vm, obj, args));
  return obj;
}

Result construct_instance(VM& vm, Type* type, CallArgs args) {
  Value init;
  Value obj = EDGE_TRY(new_instance_for_init(vm, type, args, init));
  if (init.is_null()) return obj;
  TempRoot root(vm, obj);
  TempRoot init_root(vm, init);
  Value r = EDGE_TRY(call_with_first(vm, init, obj, args));
  if (!r.is_none()) {
    return vm.raise_fmt(vm.exc.TypeError, "__init__() should return None, not '{}'", type_name(vm, r));
  }
  return obj;
}

// --- super -----------------------------------------------------------------------------------------

namespace {

// super objects use the Descriptor layout: a = the class after which to search,
// b = the instance (or class) bound, c = the type whose MRO is searched.
Result super_construct(VM& vm, Type* type, CallArgs args) {
  EDGE_TRY(check_no_kwargs(vm, args, "super"));
  Value start, obj;
  if (args.nargs == 0) {
    // Zero-argument form: the calling method's first argument and __class__ cell.
    Frame* f = vm.current_task ? vm.current_task->frame : nullptr;
    if (f == nullptr || f->code->argcount == 0) return vm.raise(vm.exc.RuntimeError, "super(): no arguments");
    Code* code = f->code;
    obj = f->localsplus()[0];
    // A first argument captured by a closure lives in its cell.
    for (uint32_t i = 0; i < code->ncells(); ++i) {
      if (code->cell_param_index[i] == 0) obj = as_cell(f->localsplus()[code->nlocals() + i])->value;
    }
    if (obj.is_null()) return vm.raise(vm.exc.RuntimeError, "super(): arg[0] deleted");
    int64_t at = -1;
    for (uint32_t i = 0; i < code->nfree(); ++i) {
      if (code->freevars[i]->view() == "__class__") at = i;
    }
    if (at < 0) return vm.raise(vm.exc.RuntimeError, "super(): __class__ cell not found");
    start = as_cell(f->localsplus()[code->nlocals() + code->ncells() + at])->value;
    if (start.is_null()) return vm.raise(vm.exc.RuntimeError, "super(): empty __class__ cell");
  } else {
    start = args[0];
    obj = args.nargs > 1 ? args[1] : Value::none();
  }
  if (!is_type(start)) {
    return vm.raise_fmt(vm.exc.TypeError, "super() argument 1 must be a type, not {}", type_name(vm, start));
  }
  Type* search;
  if (is_type(obj) && is_subtype(as_type(obj), as_type(start))) {
    search = as_type(obj);
  } else if (isinstance(vm, obj, as_type(start))) {
    search = type_of(vm, obj);
  } else if (args.nargs == 1) {
    return vm.raise(vm.exc.TypeError, "super() with one argument is not supported");
  } else {
    return vm.raise(vm.exc.TypeError, "super(type, obj): obj must be an instance or subtype of type");
  }
  Descriptor* s = vm.heap.make<Descriptor>(type);
  s->a = start;
  s->b = obj;
  s->c = Value::from_object(search);
  return Value::from_object(s);
}

Result super_getattr(VM& vm, Value self, Str* name) {
  Descriptor* s = static_cast<Descriptor*>(self.as_object());
  if (name != vm.names.dunder_class) {
    Type* search = as_type(s->c);
    Tuple* mro = search->mro;
    uint32_t i = 0;
    while (i < mro->length && !mro->item(i).is(s->a)) ++i;
    for (++i; i < mro->length; ++i) {
      Type* t = as_type(mro->item(i));
      Value v = dict_get_str(t->dict, name);
      if (v.is_null()) continue;
      Type* vt = type_of(vm, v);
      if (vt->slots.descr_get != nullptr) {
        Value instance = s->b.is(s->c) ? Value::null() : s->b;
        return vt->slots.descr_get(vm, v, instance, search);
      }
      return v;
    }
  }
  return generic_getattr(vm, self, name);
}

Result super_repr(VM& vm, Value self) {
  Descriptor* s = static_cast<Descriptor*>(self.as_object());
  std::string obj = s->b.is_none() ? "NULL" : fmt::format("<{} object>", type_name(vm, s->b));
  return Value::from_object(
      make_str(vm, fmt::format("<super: <class '{}'>, {}>", type_name_of(as_type(s->a)), obj)));
}

Result super_get_thisclass(VM&, Value self) { return static_cast<Descriptor*>(self.as_object())->a; }
Result super_get_self(VM&, Value self) { return static_cast<Descriptor*>(self.as_object())->b; }

// --- __build_class__ -----------------------------------------------------------------------------

Result build_class(VM& vm, CallArgs args) {
  if (args.nargs < 2) return vm.raise(vm.exc.TypeError, "__build_class__: not enough arguments");
  Value body = args[0];
  Value name = args[1];
  if (!is_function(body)) return vm.raise(vm.exc.TypeError, "__build_class__: func must be a function");
  if (!is_str(name)) return vm.raise(vm.exc.TypeError, "__build_class__: name is not a string");
  Tuple* bases = make_tuple(vm, args.args + 2, args.nargs - 2);
  TempRoot bases_root(vm, Value::from_object(bases));
  // The metaclass: explicit, else the most derived metaclass of the bases.
  Value meta = Value::null();
  std::vector<Value> kw_values;
  std::vector<Value> kw_names;
  for (uint32_t k = 0; k < args.nkw(); ++k) {
    Value key = args.kwnames->item(k);
    if (as_str(key) == vm.names.metaclass || as_str(key)->view() == "metaclass") {
      meta = args.args[args.nargs + k];
    } else {
      kw_names.push_back(key);
      kw_values.push_back(args.args[args.nargs + k]);
    }
  }
  if (meta.is_null()) meta = Value::from_object(vm.types.type);
  if (is_type(meta)) {
    Type* winner = as_type(meta);
    for (uint32_t i = 0; i < bases->length; ++i) {
      Type* bt = type_of(vm, bases->item(i));
      if (is_subtype(winner, bt)) continue;
      if (is_subtype(bt, winner)) {
        winner = bt;
        continue;
      }
      return vm.raise(vm.exc.TypeError,
                      "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of "
                      "the metaclasses of all its bases");
    }
    meta = Value::from_object(winner);
  }
  TempRoot meta_root(vm, meta);
  // Run the class body with a fresh namespace as its locals, or the one the
  // metaclass's __prepare__(name, bases, **kwds) returns.
  Dict* ns = nullptr;
  Str* prepare_name = intern(vm, "__prepare__");
  const Type* prepare_owner = nullptr;
  // type's own __prepare__ only makes an empty dict: skip the call for it.
  if (is_type(meta) && !type_lookup_owner(as_type(meta), prepare_name, &prepare_owner).is_null() &&
      prepare_owner != vm.types.type) {
    Tuple* kw_tuple = kw_names.empty() ? nullptr : make_tuple(vm, kw_names.data(), static_cast<uint32_t>(kw_names.size()));
    TempRoot kw_root(vm, kw_tuple ? Value::from_object(kw_tuple) : Value::null());
    std::vector<Value> pargv{name, Value::from_object(bases)};
    pargv.insert(pargv.end(), kw_values.begin(), kw_values.end());
    Value prepared = EDGE_TRY(call_method(vm, meta, prepare_name, CallArgs{pargv.data(), 2, kw_tuple}));
    if (!is_dict(prepared)) {
      return vm.raise_fmt(vm.exc.TypeError, "{}.__prepare__() must return a mapping, not {}",
                          type_name_of(as_type(meta)), type_name(vm, prepared));
    }
    // Class-body stores write the dict directly, so a dict subclass's __setitem__
    // would be bypassed: refuse it loudly rather than diverge silently.
    if (as_dict(prepared)->type != vm.types.dict) {
      return vm.raise(vm.exc.TypeError, "a __prepare__ namespace other than a plain dict is not supported");
    }
    ns = as_dict(prepared);
  } else {
    ns = make_dict(vm);
  }
  TempRoot ns_root(vm, Value::from_object(ns));
  Function* f = as_function(body);
  Frame* frame = EDGE_TRY(bind_arguments(vm, f, CallArgs{}));
  frame->locals = ns;
  Result r = run_frame(vm, frame);
  free_frame(vm, frame);
  if (r.failed()) return Error{};
  // meta(name, bases, ns, **kwds)
  Tuple* names = kw_names.empty() ? nullptr : make_tuple(vm, kw_names.data(), static_cast<uint32_t>(kw_names.size()));
  TempRoot names_root(vm, names ? Value::from_object(names) : Value::null());
  std::vector<Value> argv{name, Value::from_object(bases), Value::from_object(ns)};
  argv.insert(argv.end(), kw_values.begin(), kw_values.end());
  return call(vm, meta, CallArgs{argv.data(), 3, names});
}

const NativeMethodDef kBuildClass = {"__build_class__", build_class};

}  // namespace

// --- slot wrappers: the slots of built-in types as methods -------------------------------------------

namespace {

Type* owner_of(BuiltinFunction* f) { return f->owner; }

Status need(VM& vm, CallArgs args, uint32_t n, BuiltinFunction* f) {
  if (args.nkw() != 0) return vm.raise_fmt(vm.exc.TypeError, "{}() takes no keyword arguments", f->name->view());
  if (args.nargs != n) {
    return vm.raise_fmt(vm.exc.TypeError, "expected {} argument{}, got {}", n - 1, n == 2 ? "" : "s", args.nargs - 1);
  }
  return Status::ok();
}

Result w_repr(VM& vm, BuiltinFunction* f, CallArgs a) {
  EDGE_TRY(need(vm, a, 1, f));
  return owner_of(f)->slots.repr(vm, a[0]);
}
Result w_str(VM& vm, BuiltinFunction* f, CallArgs a) {
  EDGE_TRY(need(vm, a, 1, f));
  Type* o = owner_of(f);
  // object.__str__ is repr(self): the instance's own __repr__, whatever its class.
  return o->slots.str ? o->slots.str(vm, a[0]) : repr(vm, a[0]);
}
Result w_hash(VM& vm, BuiltinFunction* f, CallArgs a) {
  EDGE_TRY(need(vm, a, 1, f));
  int64_t h = EDGE_TRY(owner_of(f)->slots.hash(vm, a[0]));
  return make_int(vm, h);
}
template <CompareOp kOp> Result w_compare(VM& vm, BuiltinFunction* f, CallArgs a) {
  EDGE_TRY(need(vm, a, 2, f));
  // Edge's int comparison slot also serves `int < float`, which CPython leaves to
  // float's reflected method: int.__eq__(1, 1.0) is NotImplemented there.
  Type* owner = owner_of(f);
  if ((owner == vm.types.int_ || owner == vm.types.bool_) && a[1].is_float()) {
    return Value::from_object(vm.not_implemented);
  }
  return owner->slots.compare(vm, a[0], a[1], kOp);
}
Result w_bool(VM& vm, BuiltinFunction* f, CallArgs a) {
  EDGE_TRY(need(vm, a, 1, f));
  bool b = EDGE_TRY(owner_of(f)->slots.truthy(vm, a[0]));
  return Value::boolean(b);
}
Result w_len(VM& vm, BuiltinFunction* f, CallArgs a) {
  EDGE_TRY(need(vm, a, 1, f));
  int64_t n = EDGE_TRY(owner_of(f)->slots.length(vm, a[0]));
  return make_int(vm, n);
}
Result w_iter(VM& vm, BuiltinFunction* f, CallArgs a) {
  EDGE_TRY(need(vm, a, 1, f));
  return owner_of(f)->slots.iter(vm, a[0]);
}
Result w_next(VM& vm, BuiltinFunction* f, CallArgs a) {
  EDGE_TRY(need(vm, a, 1, f));
  Value v = EDGE_TRY(owner_of(f)->slots.next(vm, a[0]));
  if (v.is_null()) return vm.raise_no_args(vm.exc.StopIteration);
  return v;
}
Result w_getitem(VM& vm, BuiltinFunction* f, CallArgs a) {
  EDGE_TRY(need(vm, a, 2, f));
  return owner_of(f)->slots.getitem(vm, a[0], a[1]);
}
Result w_setitem(VM& vm, BuiltinFunction* f, CallArgs a) {
  EDGE_TRY(need(vm, a, 3, f));
  EDGE_TRY(owner_of(f)->slots.setitem(vm, a[0], a[1], a[2]));
  return Value::none();
}
Result w_delitem(VM& vm, BuiltinFunction* f, CallArgs a) {
  EDGE_TRY(need(vm, a, 2, f));
  EDGE_TRY(owner_of(f)->slots.setitem(vm, a[0], a[1], Value::null()));
  return Value::none();
}
Result w_contains(VM& vm, BuiltinFunction* f, CallArgs a) {
  EDGE_TRY(need(vm, a, 2, f));
  bool b = EDGE_TRY(owner_of(f)->slots.contains(vm, a[0], a[1]));
  return Value::boolean(b);
}
Result w_getattribute(VM& vm, BuiltinFunction* f, CallArgs a) {
  EDGE_TRY(need(vm, a, 2, f));
  if (!is_str(a[1])) {
    return vm.raise_fmt(vm.exc.TypeError, "attribute name must be string, not '{}'", type_name(vm, a[1]));
  }
  Str* name = intern(vm, as_str(a[1])->view());
  Value v = EDGE_TRY(owner_of(f)->slots.getattr(vm, a[0], name));
  if (v.is_null()) return raise_attribute_error(vm, a[0], name);
  return v;
}
Result w_setattr(VM& vm, BuiltinFunction* f, CallArgs a) {
  EDGE_TRY(need(vm, a, 3, f));
  if (!is_str(a[1])) {
    return vm.raise_fmt(vm.exc.TypeError, "attribute name must be string, not '{}'", type_name(vm, a[1]));
  }
  EDGE_TRY(owner_of(f)->slots.setattr(vm, a[0], intern(vm, as_str(a[1])->view()), a[2]));
  return Value::none();
}
Result w_delattr(VM& vm, BuiltinFunction* f, CallArgs a) {
  EDGE_TRY(need(vm, a, 2, f));
  if (!is_str(a[1])) {
    return vm.raise_fmt(vm.exc.TypeError, "attribute name must be string, not '{}'", type_name(vm, a[1]));
  }
  EDGE_TRY(owner_of(f)->slots.setattr(vm, a[0], intern(vm, as_str(a[1])->view()), Value::null()));
  return Value::none();
}
Result w_call(VM& vm, BuiltinFunction* f, CallArgs a) {
  if (a.nargs < 1) return vm.raise(vm.exc.TypeError, "__call__ needs an argument");
  return owner_of(f)->slots.call(vm, a[0], CallArgs{a.args + 1, a.nargs - 1, a.kwnames});
}
template <BinaryOp kOp, int kKind> Result w_binary(VM& vm, BuiltinFunction* f, CallArgs a) {
  EDGE_TRY(need(vm, a, 2, f));
  Type* o = owner_of(f);
  if (kKind == 1) return o->slots.binary[static_cast<int>(kOp)](vm, a[1], a[0]);
  Value r;
  if (kKind == 2 && o->slots.inplace[static_cast<int>(kOp)] != nullptr) {
    r = EDGE_TRY(o->slots.inplace[static_cast<int>(kOp)](vm, a[0], a[1]));
  } else {
    r = EDGE_TRY(o->slots.binary[static_cast<int>(kOp)](vm, a[0], a[1]));
  }
  // A built-in sequence's __add__/__mul__ are its concat/repeat slots in CPython,
  // which raise rather than answer NotImplemented: [].__add__(()) is a TypeError.
  if ((kOp == BinaryOp::Add || kOp == BinaryOp::Mul) && kKind != 1 && r.is(Value::from_object(vm.not_implemented)) &&
      (is_str(a[0]) || is_list(a[0]) || is_tuple(a[0]) || is_bytes(a[0]) || is_bytearray(a[0]))) {
    if (kOp == BinaryOp::Mul) {
      Value n = EDGE_TRY(index_value(vm, a[1]));
      TempRoot root(vm, n);
      return o->slots.binary[static_cast<int>(kOp)](vm, a[0], n);
    }
    return raise_unsupported_binary(vm, kOp, a[0], a[1], false);
  }
  return r;
}
template <UnaryOp kOp> Result w_unary(VM& vm, BuiltinFunction* f, CallArgs a) {
  EDGE_TRY(need(vm, a, 1, f));
  return owner_of(f)->slots.unary[static_cast<int>(kOp)](vm, a[0]);
}
Result w_index(VM& vm, BuiltinFunction* f, CallArgs a) {
  EDGE_TRY(need(vm, a, 1, f));
  return owner_of(f)->slots.index(vm, a[0]);
}
Result w_float(VM& vm, BuiltinFunction* f, CallArgs a) {
  EDGE_TRY(need(vm, a, 1, f));
  return owner_of(f)->slots.to_float(vm, a[0]);
}
Result w_format(VM& vm, BuiltinFunction* f, CallArgs a) {
  EDGE_TRY(need(vm, a, 2, f));
  if (!is_str(a[1])) {
    return vm.raise_fmt(vm.exc.TypeError, "format() argument 2 must be str, not {}", type_name(vm, a[1]));
  }
  return owner_of(f)->slots.format(vm, a[0], as_str(a[1]));
}
Result w_get(VM& vm, BuiltinFunction* f, CallArgs a) {
  if (a.nargs < 2 || a.nargs > 3) return vm.raise(vm.exc.TypeError, "__get__(None, None) is invalid");
  Value obj = a[1].is_none() ? Value::null() : a[1];
  Type* owner = a.nargs == 3 && is_type(a[2]) ? as_type(a[2]) : nullptr;
  if (owner == nullptr && !obj.is_null()) owner = type_of(vm, obj);
  return owner_of(f)->slots.descr_get(vm, a[0], obj, owner);
}
Result w_set(VM& vm, BuiltinFunction* f, CallArgs a) {
  EDGE_TRY(need(vm, a, 3, f));
  EDGE_TRY(owner_of(f)->slots.descr_set(vm, a[0], a[1], a[2]));
  return Value::none();
}
Result w_delete(VM& vm, BuiltinFunction* f, CallArgs a) {
  EDGE_TRY(need(vm, a, 2, f));
  EDGE_TRY(owner_of(f)->slots.descr_set(vm, a[0], a[1], Value::null()));
  return Value::none();
}
Result w_init(VM& vm, BuiltinFunction* f, CallArgs a) {
  if (a.nargs < 1) return vm.raise(vm.exc.TypeError, "descriptor '__init__' needs an argument");
  EDGE_TRY(owner_of(f)->slots.init(vm, a[0], CallArgs{a.args + 1, a.nargs - 1, a.kwnames}));
  return Value::none();
}
Result w_new(VM& vm, BuiltinFunction* f, CallArgs a) {
  Type* o = owner_of(f);
  if (a.nargs < 1) return vm.raise_fmt(vm.exc.TypeError, "{}.__new__(): not enough arguments", type_name_of(o));
  if (!is_type(a[0])) {
    return vm.raise_fmt(vm.exc.TypeError, "{}.__new__(X): X is not a type object ({})", type_name_of(o),
                        type_name(vm, a[0]));
  }
  Type* cls = as_type(a[0]);
  if (!is_subtype(cls, o)) {
    return vm.raise_fmt(vm.exc.TypeError, "{}.__new__({}): {} is not a subtype of {}", type_name_of(o),
                        type_name_of(cls), type_name_of(cls), type_name_of(o));
  }
  return o->slots.new_(vm, cls, CallArgs{a.args + 1, a.nargs - 1, a.kwnames});
}

struct SlotWrapper {
  const char* name;
  NativeFnWithCallee fn;
  bool (*present)(const TypeSlots&, const TypeSlots*);  // defined here, not just inherited
};

template <class T> bool differs(T mine, T base) { return mine != nullptr && mine != base; }

#define EDGE_SLOT_PRESENT(field) \
  [](const TypeSlots& s, const TypeSlots* b) { return differs(s.field, b ? b->field : nullptr); }
#define EDGE_BINARY_WRAPPERS(op, fwd, rev, inp)                                                          \
  {fwd, w_binary<BinaryOp::op, 0>, EDGE_SLOT_PRESENT(binary[static_cast<int>(BinaryOp::op)])},          \
      {rev, w_binary<BinaryOp::op, 1>, EDGE_SLOT_PRESENT(binary[static_cast<int>(BinaryOp::op)])},       \
      {inp, w_binary<BinaryOp::op, 2>, EDGE_SLOT_PRESENT(inplace[static_cast<int>(BinaryOp::op)])},

const SlotWrapper kSlotWrappers[] = {
    {"__repr__", w_repr, EDGE_SLOT_PRESENT(repr)},
    {"__str__", w_str, EDGE_SLOT_PRESENT(str)},
    {"__hash__", w_hash, EDGE_SLOT_PRESENT(hash)},
    {"__eq__", w_compare<CompareOp::Eq>, EDGE_SLOT_PRESENT(compare)},
    {"__ne__", w_compare<CompareOp::Ne>, EDGE_SLOT_PRESENT(compare)},
    {"__lt__", w_compare<CompareOp::Lt>, EDGE_SLOT_PRESENT(compare)},
    {"__le__", w_compare<CompareOp::Le>, EDGE_SLOT_PRESENT(compare)},
    {"__gt__", w_compare<CompareOp::Gt>, EDGE_SLOT_PRESENT(compare)},
    {"__ge__", w_compare<CompareOp::Ge>, EDGE_SLOT_PRESENT(compare)},
    {"__bool__", w_bool, EDGE_SLOT_PRESENT(truthy)},
    {"__len__", w_len, EDGE_SLOT_PRESENT(length)},
    {"__iter__", w_iter, EDGE_SLOT_PRESENT(iter)},
    {"__next__", w_next, EDGE_SLOT_PRESENT(next)},
    {"__getitem__", w_getitem, EDGE_SLOT_PRESENT(getitem)},
    {"__setitem__", w_setitem, EDGE_SLOT_PRESENT(setitem)},
    {"__delitem__", w_delitem, EDGE_SLOT_PRESENT(setitem)},
    {"__contains__", w_contains, EDGE_SLOT_PRESENT(contains)},
    {"__getattribute__", w_getattribute, EDGE_SLOT_PRESENT(getattr)},
    {"__setattr__", w_setattr, EDGE_SLOT_PRESENT(setattr)},
    {"__delattr__", w_delattr, EDGE_SLOT_PRESENT(setattr)},
    {"__call__", w_call, EDGE_SLOT_PRESENT(call)},
    EDGE_BINARY_WRAPPERS(Add, "__add__", "__radd__", "__iadd__")
    EDGE_BINARY_WRAPPERS(Sub, "__sub__", "__rsub__", "__isub__")
    EDGE_BINARY_WRAPPERS(Mul, "__mul__", "__rmul__", "__imul__")
    EDGE_BINARY_WRAPPERS(MatMul, "__matmul__", "__rmatmul__", "__imatmul__")
    EDGE_BINARY_WRAPPERS(TrueDiv, "__truediv__", "__rtruediv__", "__itruediv__")
    EDGE_BINARY_WRAPPERS(Mod, "__mod__", "__rmod__", "__imod__")
    EDGE_BINARY_WRAPPERS(Pow, "__pow__", "__rpow__", "__ipow__")
    EDGE_BINARY_WRAPPERS(LShift, "__lshift__", "__rlshift__", "__ilshift__")
    EDGE_BINARY_WRAPPERS(RShift, "__rshift__", "__rrshift__", "__irshift__")
    EDGE_BINARY_WRAPPERS(Or, "__or__", "__ror__", "__ior__")
    EDGE_BINARY_WRAPPERS(Xor, "__xor__", "__rxor__", "__ixor__")
    EDGE_BINARY_WRAPPERS(And, "__and__", "__rand__", "__iand__")
    EDGE_BINARY_WRAPPERS(FloorDiv, "__floordiv__", "__rfloordiv__", "__ifloordiv__")
    {"__neg__", w_unary<UnaryOp::Neg>, EDGE_SLOT_PRESENT(unary[static_cast<int>(UnaryOp::Neg)])},
    {"__pos__", w_unary<UnaryOp::Pos>, EDGE_SLOT_PRESENT(unary[static_cast<int>(UnaryOp::Pos)])},
    {"__invert__", w_unary<UnaryOp::Invert>, EDGE_SLOT_PRESENT(unary[static_cast<int>(UnaryOp::Invert)])},
    {"__index__", w_index, EDGE_SLOT_PRESENT(index)},
    {"__float__", w_float, EDGE_SLOT_PRESENT(to_float)},
    {"__format__", w_format, EDGE_SLOT_PRESENT(format)},
    {"__get__", w_get, EDGE_SLOT_PRESENT(descr_get)},
    {"__set__", w_set, EDGE_SLOT_PRESENT(descr_set)},
    {"__delete__", w_delete, EDGE_SLOT_PRESENT(descr_set)},
    {"__init__", w_init, EDGE_SLOT_PRESENT(init)},
};

#undef EDGE_SLOT_PRESENT
#undef EDGE_BINARY_WRAPPERS

// Native method tables need stable NativeMethodDef storage: one per wrapper.
std::vector<NativeMethodDef>& wrapper_defs() {
  static std::vector<NativeMethodDef> defs = [] {
    std::vector<NativeMethodDef> d;
    for (const SlotWrapper& w : kSlotWrappers) d.push_back(NativeMethodDef{w.name, nullptr, nullptr, w.fn});
    d.push_back(NativeMethodDef{"__new__", nullptr, nullptr, w_new});
    return d;
  }();
  return defs;
}

void add_slot_wrappers(VM& vm, Type* t) {
  const TypeSlots* base = t->base ? &t->base->slots : nullptr;
  auto& defs = wrapper_defs();
  for (size_t i = 0; i < sizeof(kSlotWrappers) / sizeof(kSlotWrappers[0]); ++i) {
    if (!kSlotWrappers[i].present(t->slots, base)) continue;
    Str* name = intern(vm, defs[i].name);
    if (!dict_get_str(t->dict, name).is_null()) continue;
    BuiltinFunction* f = vm.heap.make<BuiltinFunction>(vm.types.method_descriptor, &defs[i], name);
    f->owner = t;
    dict_set_str(vm, t->dict, name, Value::from_object(f));
  }
  // __new__ is static: found on the class or an instance, it is returned as is.
  if (t->slots.new_ != nullptr && (base == nullptr || t->slots.new_ != base->new_)) {
    Str* name = vm.names.dunder_new;
    if (dict_get_str(t->dict, name).is_null()) {
      BuiltinFunction* f = vm.heap.make<BuiltinFunction>(vm.types.builtin_function, &defs.back(), name);
      f->owner = t;
      dict_set_str(vm, t->dict, name, Value::from_object(f));
    }
  }
}

// object.__init_subclass__: accepts no keyword arguments.
Result object_init_subclass(VM& vm, CallArgs args) {
  if (args.nkw() != 0) {
    std::string_view n = args.nargs > 0 && is_type(args[0]) ? type_name_of(as_type(args[0])) : "object";
    return vm.raise_fmt(vm.exc.TypeError, "{}.__init_subclass__() takes no keyword arguments", n);
  }
  return Value::none();
}

// object.__subclasshook__: no opinion on issubclass().
Result object_subclasshook(VM& vm, CallArgs) { return Value::from_object(vm.not_implemented); }

const NativeMethodDef kObjectClassMethods[] = {
    {"__init_subclass__", object_init_subclass},
    {"__subclasshook__", object_subclasshook},
    {nullptr, nullptr},
};

// The rest of object's methods that no slot stands for, so that every class has the
// attributes CPython's object gives it (and dir() lists them).
Result object_str(VM& vm, CallArgs a) {
  EDGE_TRY(check_arg_count(vm, a, "__str__", 1, 1));
  return repr(vm, a[0]);
}

Result object_format(VM& vm, CallArgs a) {
  EDGE_TRY(check_arg_count(vm, a, "__format__", 2, 2));
  if (!is_str(a[1])) {
    return vm.raise_fmt(vm.exc.TypeError, "__format__() argument must be str, not {}", type_name(vm, a[1]));
  }
  if (as_str(a[1])->byte_length != 0) {
    return vm.raise_fmt(vm.exc.TypeError, "unsupported format string passed to {}.__format__", type_name(vm, a[0]));
  }
  return str(vm, a[0]);
}

// The size of the object header CPython reports for a plain object; there is no
// meaningful per-object size to give here.
Result object_sizeof(VM& vm, CallArgs a) {
  EDGE_TRY(check_arg_count(vm, a, "__sizeof__", 1, 1));
  return Value::small_int(16);
}

// Pickling is not modelled: reducing any object is refused the way CPython refuses an
// object it cannot pickle.
Result object_reduce(VM& vm, CallArgs a) {
  if (a.nargs < 1) return vm.raise(vm.exc.TypeError, "descriptor '__reduce__' of 'object' object needs an argument");
  return vm.raise_fmt(vm.exc.TypeError, "cannot pickle '{}' object", type_name(vm, a[0]));
}

// object.__getstate__ (3.11): the instance __dict__ when it has a non-empty one, else None.
Result object_getstate(VM& vm, CallArgs a) {
  EDGE_TRY(check_arg_count(vm, a, "__getstate__", 1, 1));
  Dict* d = instance_dict(vm, a[0], false);
  if (d == nullptr || d->size() == 0) return Value::none();
  return Value::from_object(d);
}

const NativeMethodDef kObjectMethods[] = {
    {"__str__", object_str},
    {"__format__", object_format},
    {"__sizeof__", object_sizeof},
    {"__reduce__", object_reduce},
    {"__reduce_ex__", object_reduce},
    {"__getstate__", object_getstate},
    {nullptr, nullptr},
};

}  // namespace

void install_class_support(VM& vm) {
  Type* super = make_builtin_type(vm, "super", vm.types.object, ObjectKind::Descriptor, kTypeBaseType);
  super->slots = vm.types.object->slots;
  super->slots.construct = super_construct;
  super->slots.getattr = super_getattr;
  super->slots.repr = super_repr;
  add_getset(vm, super, "__thisclass__", super_get_thisclass);
  add_getset(vm, super, "__self__", super_get_self);
  vm.types.super = super;
  dict_set_str(vm, vm.builtins, super->name, Value::from_object(super));
  BuiltinFunction* build = make_builtin_function(vm, &kBuildClass);
  dict_set_str(vm, vm.builtins, build->name, Value::from_object(build));
  add_class_methods(vm, vm.types.object, kObjectClassMethods);
  add_methods(vm, vm.types.object, kObjectMethods);
  dict_set_str(vm, vm.types.object->dict, vm.names.dunder_doc,
               Value::from_object(make_str(vm,
                                           "The base class of the class hierarchy.\n\nWhen called, it accepts no "
                                           "arguments and returns a new featureless\ninstance that has no instance "
                                           "attributes and cannot be given any.\n")));

  // Slot wrappers for every built-in type (parents first, so `present` can compare
  // with the parent's slots).
  std::vector<Type*> types;
  const Type* const* first = reinterpret_cast<const Type* const*>(&vm.types);
  for (size_t i = 0; i < sizeof(vm.types) / sizeof(Type*); ++i) {
    if (first[i] != nullptr) types.push_back(const_cast<Type*>(first[i]));
  }
  const Type* const* first_exc = reinterpret_cast<const Type* const*>(&vm.exc);
  for (size_t i = 0; i < sizeof(vm.exc) / sizeof(Type*); ++i) types.push_back(const_cast<Type*>(first_exc[i]));
  std::stable_sort(types.begin(), types.end(), [](Type* a, Type* b) { return a->mro->length < b->mro->length; });
  for (Type* t : types) add_slot_wrappers(vm, t);
  // Concatenation is a sequence operation, not a numeric one, in CPython: these types
  // have __add__ but no __radd__ (their binary slot serves both operand orders here).
  Value radd = Value::from_object(intern(vm, "__radd__"));
  for (Type* t : {vm.types.str, vm.types.bytes, vm.types.bytearray, vm.types.list, vm.types.tuple}) {
    (void)dict_pop(vm, t->dict, radd);
  }
}

}  // namespace edge::vm
