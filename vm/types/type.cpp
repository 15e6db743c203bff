// `type` and `object`, and the bootstrap of every built-in type.
//
// Built-in types are listed once in kBuiltinTypeTable (name, layout, base). Phase 1
// allocates them all so that strs and dicts can be created; phase 2 gives them names,
// dicts and MROs, then lets each type file install its slots and methods.
//
// Attribute lookup on a type (type.__getattribute__): data descriptors of the
// metatype win (e.g. __name__), then the type's own MRO (where functions are returned
// unbound and classmethods bind to the type), then other metatype attributes.
#include "vm/types/type.h"

#include "vm/code.h"

#include "vm/args.h"
#include "vm/heap.h"
#include "vm/ops.h"
#include "vm/types/class.h"
#include "vm/types/dict.h"
#include "vm/types/exception.h"
#include "vm/types/function.h"
#include "vm/types/instance.h"
#include "vm/types/str.h"
#include "vm/types/tuple.h"
#include "vm/vm.h"

// Install functions of the individual type files.
#include "vm/types/bytes.h"
#include "vm/types/float.h"
#include "vm/types/generator.h"
#include "vm/types/int.h"
#include "vm/types/list.h"
#include "vm/types/misc.h"
#include "vm/types/module.h"
#include "vm/types/set.h"
#include "vm/types/singletons.h"

namespace edge::vm {
namespace {

struct BuiltinTypeInfo {
  Type* BuiltinTypes::*field;
  const char* name;
  ObjectKind kind;
  Type* BuiltinTypes::*base;  // null member pointer: no base (object)
  uint32_t flags;
};

using BT = BuiltinTypes;
constexpr uint32_t kBase = kTypeBaseType;

// Every built-in type, parents before children.
const BuiltinTypeInfo kBuiltinTypeTable[] = {
    {&BT::object, "object", ObjectKind::Instance, nullptr, kBase},
    {&BT::type, "type", ObjectKind::Type, &BT::object, kBase},
    {&BT::none, "NoneType", ObjectKind::Singleton, &BT::object, 0},
    {&BT::not_implemented, "NotImplementedType", ObjectKind::Singleton, &BT::object, 0},
    {&BT::ellipsis, "ellipsis", ObjectKind::Singleton, &BT::object, 0},
    {&BT::int_, "int", ObjectKind::Int, &BT::object, kBase},
    {&BT::bool_, "bool", ObjectKind::Int, &BT::int_, 0},
    {&BT::float_, "float", ObjectKind::Instance, &BT::object, kBase},
    {&BT::str, "str", ObjectKind::Str, &BT::object, kBase},
    {&BT::bytes, "bytes", ObjectKind::Bytes, &BT::object, kBase},
    {&BT::bytearray, "bytearray", ObjectKind::ByteArray, &BT::object, kBase},
    {&BT::tuple, "tuple", ObjectKind::Tuple, &BT::object, kBase},
    {&BT::list, "list", ObjectKind::List, &BT::object, kBase},
    {&BT::dict, "dict", ObjectKind::Dict, &BT::object, kBase},
    {&BT::set, "set", ObjectKind::Set, &BT::object, kBase},
    {&BT::frozenset, "frozenset", ObjectKind::Set, &BT::object, kBase},
    {&BT::range, "range", ObjectKind::Range, &BT::object, 0},
    {&BT::slice, "slice", ObjectKind::Slice, &BT::object, 0},
    {&BT::cell, "cell", ObjectKind::Cell, &BT::object, 0},
    {&BT::code, "code", ObjectKind::Code, &BT::object, 0},
    {&BT::function, "function", ObjectKind::Function, &BT::object, 0},
    {&BT::builtin_function, "builtin_function_or_method", ObjectKind::BuiltinFunction, &BT::object, 0},
    {&BT::method_descriptor, "method_descriptor", ObjectKind::BuiltinFunction, &BT::object, 0},
    {&BT::classmethod_descriptor, "classmethod_descriptor", ObjectKind::BuiltinFunction, &BT::object, 0},
    {&BT::getset_descriptor, "getset_descriptor", ObjectKind::Descriptor, &BT::object, 0},
    {&BT::method, "method", ObjectKind::BoundMethod, &BT::object, 0},
    {&BT::property, "property", ObjectKind::Descriptor, &BT::object, kBase},
    {&BT::staticmethod, "staticmethod", ObjectKind::Descriptor, &BT::object, kBase},
    {&BT::classmethod, "classmethod", ObjectKind::Descriptor, &BT::object, kBase},
    {&BT::module, "module", ObjectKind::Module, &BT::object, kBase},
    {&BT::generator, "generator", ObjectKind::Generator, &BT::object, 0},
    {&BT::coroutine, "coroutine", ObjectKind::Generator, &BT::object, 0},
    {&BT::async_generator, "async_generator", ObjectKind::Generator, &BT::object, 0},
    {&BT::awaited_value, "awaited_value", ObjectKind::Descriptor, &BT::object, 0},
    {&BT::dict_keys, "dict_keys", ObjectKind::DictView, &BT::object, 0},
    {&BT::dict_values, "dict_values", ObjectKind::DictView, &BT::object, 0},
    {&BT::dict_items, "dict_items", ObjectKind::DictView, &BT::object, 0},
    {&BT::str_iterator, "str_ascii_iterator", ObjectKind::IterState, &BT::object, 0},
    {&BT::bytes_iterator, "bytes_iterator", ObjectKind::IterState, &BT::object, 0},
    {&BT::list_iterator, "list_iterator", ObjectKind::IterState, &BT::object, 0},
    {&BT::list_reverseiterator, "list_reverseiterator", ObjectKind::IterState, &BT::object, 0},
    {&BT::tuple_iterator, "tuple_iterator", ObjectKind::IterState, &BT::object, 0},
    {&BT::range_iterator, "range_iterator", ObjectKind::IterState, &BT::object, 0},
    {&BT::set_iterator, "set_iterator", ObjectKind::IterState, &BT::object, 0},
    {&BT::dict_keyiterator, "dict_keyiterator", ObjectKind::IterState, &BT::object, 0},
    {&BT::dict_valueiterator, "dict_valueiterator", ObjectKind::IterState, &BT::object, 0},
    {&BT::dict_itemiterator, "dict_itemiterator", ObjectKind::IterState, &BT::object, 0},
    {&BT::dict_reversekeyiterator, "dict_reversekeyiterator", ObjectKind::IterState, &BT::object, 0},
    {&BT::seq_iterator, "iterator", ObjectKind::IterState, &BT::object, 0},
    {&BT::callable_iterator, "callable_iterator", ObjectKind::IterState, &BT::object, 0},
    {&BT::enumerate, "enumerate", ObjectKind::IterState, &BT::object, kBase},
    {&BT::zip, "zip", ObjectKind::IterState, &BT::object, kBase},
    {&BT::map, "map", ObjectKind::IterState, &BT::object, kBase},
    {&BT::filter, "filter", ObjectKind::IterState, &BT::object, kBase},
    {&BT::reversed, "reversed", ObjectKind::IterState, &BT::object, kBase},
};

// --- object ----------------------------------------------------------------------------

Result object_repr(VM& vm, Value self) {
  Type* t = type_of(vm, self);
  // CPython names the class by its __qualname__ (Outer.Inner), prefixed by the module.
  std::string_view qualname = t->qualname ? t->qualname->view() : type_name_of(t);
  uintptr_t address = reinterpret_cast<uintptr_t>(self.as_object());
  std::string text;
  if (t->module == nullptr || t->module->view() == "builtins") {
    text = fmt::format("<{} object at {:#x}>", qualname, address);
  } else {
    text = fmt::format("<{}.{} object at {:#x}>", t->module->view(), qualname, address);
  }
  return Value::from_object(make_str(vm, text));
}

Fallible<int64_t> object_hash(VM&, Value self) {
  // Identity hash, shuffled like CPython's pointer hash (rotate out the alignment bits).
  uint64_t bits = self.identity_bits();
  uint64_t h = (bits >> 4) | (bits << 60);
  int64_t result = static_cast<int64_t>(h & 0x0000FFFFFFFFFFFFull);
  return result == -1 ? -2 : result;
}

Result object_compare(VM& vm, Value a, Value b, CompareOp op) {
  if (op == CompareOp::Eq) return a.is(b) ? Value::boolean(true) : Value::from_object(vm.not_implemented);
  if (op == CompareOp::Ne) {
    // object.__ne__ inverts the instance's own __eq__ (which a class may define).
    Type* t = type_of(vm, a);
    Value eq = EDGE_TRY(t->slots.compare ? t->slots.compare(vm, a, b, CompareOp::Eq)
                                         : Result(Value::from_object(vm.not_implemented)));
    if (eq.is(Value::from_object(vm.not_implemented))) return eq;
    bool truth = EDGE_TRY(truthy(vm, eq));
    return Value::boolean(!truth);
  }
  return Value::from_object(vm.not_implemented);
}

Result object_construct(VM& vm, Type* type, CallArgs args) {
  if (args.nargs + args.nkw() > 0 && type == vm.types.object) {
    return vm.raise(vm.exc.TypeError, "object() takes no arguments");
  }
  return Value::from_object(vm.heap.make<Instance>(type));
}

// object.__new__ / object.__init__ reject arguments only when the class does not
// replace the other one (so a class with just __init__(self, x), or a subclass of a
// built-in type with its own __new__, works).
bool uses_object_method(VM& vm, Type* type, Str* name) {
  const Type* owner = nullptr;
  Value v = type_lookup_owner(type, name, &owner);
  return v.is_null() || owner == vm.types.object;
}

Result object_new(VM& vm, Type* type, CallArgs args) {
  if (args.nargs + args.nkw() > 0) {
    if (!uses_object_method(vm, type, vm.names.dunder_new)) {
      return vm.raise(vm.exc.TypeError, "object.__new__() takes exactly one argument (the type to instantiate)");
    }
    if (uses_object_method(vm, type, vm.names.dunder_init)) {
      return vm.raise_fmt(vm.exc.TypeError, "{}() takes no arguments", type_name_of(type));
    }
  }
  return Value::from_object(vm.heap.make<Instance>(type));
}

Status object_init(VM& vm, Value self, CallArgs args) {
  if (args.nargs + args.nkw() > 0) {
    Type* type = type_of(vm, self);
    if (!uses_object_method(vm, type, vm.names.dunder_init)) {
      return vm.raise(vm.exc.TypeError, "object.__init__() takes exactly one argument (the instance to initialize)");
    }
    if (uses_object_method(vm, type, vm.names.dunder_new)) {
      return vm.raise_fmt(vm.exc.TypeError, "{}() takes no arguments", type_name_of(type));
    }
  }
  return Status::ok();
}

Result object_get_class(VM& vm, Value self) { return Value::from_object(type_of(vm, self)); }

// obj.__class__ = Other: allowed between classes made by class statements whose
// instances have the same layout (Python reference: __class__ assignment).
Status object_set_class(VM& vm, Value self, Value value) {
  if (value.is_null()) return vm.raise(vm.exc.TypeError, "can't delete __class__ attribute");
  if (!is_type(value)) {
    return vm.raise_fmt(vm.exc.TypeError, "__class__ must be set to a class, not '{}' object", type_name(vm, value));
  }
  Type* old_type = type_of(vm, self);
  Type* new_type = as_type(value);
  if (!self.is_object() || !old_type->has_flag(kTypeHeapType) || !new_type->has_flag(kTypeHeapType)) {
    return vm.raise(vm.exc.TypeError, "__class__ assignment only supported for mutable types or ModuleType subclasses");
  }
  if (old_type->instance_kind != new_type->instance_kind) {
    return vm.raise_fmt(vm.exc.TypeError, "__class__ assignment: '{}' object layout differs from '{}'",
                        type_name_of(new_type), type_name_of(old_type));
  }
  self.as_object()->type = new_type;
  return Status::ok();
}

// --- type ------------------------------------------------------------------------------

Result type_repr(VM& vm, Value self) {
  Type* t = as_type(self);
  std::string_view module = t->module ? as_str(Value::from_object(t->module))->view() : "builtins";
  std::string_view qualname = as_str(Value::from_object(t->qualname ? t->qualname : t->name))->view();
  if (module == "builtins") return Value::from_object(make_str(vm, fmt::format("<class '{}'>", qualname)));
  return Value::from_object(make_str(vm, fmt::format("<class '{}.{}'>", module, qualname)));
}

Result type_getattr(VM& vm, Value self, Str* name) {
  Type* t = as_type(self);
  Type* meta = type_of(vm, self);
  Value meta_attr = type_lookup(meta, name);
  Type* meta_attr_type = nullptr;
  if (!meta_attr.is_null()) {
    meta_attr_type = type_of(vm, meta_attr);
    if (meta_attr_type->slots.descr_get != nullptr && meta_attr_type->slots.descr_set != nullptr) {
      return meta_attr_type->slots.descr_get(vm, meta_attr, self, meta);
    }
  }
  Value attr = type_lookup(t, name);
  if (!attr.is_null()) {
    Type* attr_type = type_of(vm, attr);
    if (attr_type->slots.descr_get != nullptr) return attr_type->slots.descr_get(vm, attr, Value::null(), t);
    return attr;
  }
  if (!meta_attr.is_null()) {
    if (meta_attr_type->slots.descr_get != nullptr) return meta_attr_type->slots.descr_get(vm, meta_attr, self, meta);
    return meta_attr;
  }
  return Value::null();
}

Status type_setattr(VM& vm, Value self, Str* name, Value value) {
  Type* t = as_type(self);
  if (!t->has_flag(kTypeHeapType)) {
    return vm.raise_fmt(vm.exc.TypeError, "cannot set '{}' attribute of immutable type '{}'", name->view(),
                        type_name_of(t));
  }
  // __name__ and __qualname__ live in the type object, not in its dict.
  if (name->view() == "__name__" || name->view() == "__qualname__") {
    if (value.is_null()) return vm.raise_fmt(vm.exc.TypeError, "cannot delete '{}' attribute of type", name->view());
    if (!is_str(value)) {
      return vm.raise_fmt(vm.exc.TypeError, "can only assign string to {}.{}, not '{}'", type_name_of(t), name->view(),
                          type_name(vm, value));
    }
    Str* text = intern(vm, as_str(value)->view());
    if (name->view() == "__name__") {
      t->name = text;
    } else {
      t->qualname = text;
    }
    return Status::ok();
  }
  if (value.is_null()) {
    Value removed = EDGE_TRY(dict_pop(vm, t->dict, Value::from_object(name)));
    if (removed.is_null()) return raise_attribute_error(vm, self, name);
    update_slots(vm, t);
    return Status::ok();
  }
  dict_set_str(vm, t->dict, name, value);
  // A new or changed special method changes the class's (and subclasses') slots.
  std::string_view n = name->view();
  if (n.size() > 4 && n.substr(0, 2) == "__" && n.substr(n.size() - 2) == "__") update_slots(vm, t);
  return Status::ok();
}

Result type_call(VM& vm, Value self, CallArgs args) {
  Type* t = as_type(self);
  if (t == vm.types.type && args.nargs == 1 && args.nkw() == 0) return Value::from_object(type_of(vm, args[0]));
  if (t->slots.construct == nullptr) {
    return vm.raise_fmt(vm.exc.TypeError, "cannot create '{}' instances", type_name_of(t));
  }
  return t->slots.construct(vm, t, args);
}

Result type_construct(VM& vm, Type* metatype, CallArgs args) {
  if (args.nargs == 1 && args.nkw() == 0) return Value::from_object(type_of(vm, args[0]));
  if (args.nargs != 3) return vm.raise(vm.exc.TypeError, "type() takes 1 or 3 arguments");
  if (!is_str(args[0])) {
    return vm.raise_fmt(vm.exc.TypeError, "type.__new__() argument 1 must be str, not {}", type_name(vm, args[0]));
  }
  if (!is_tuple(args[1])) {
    return vm.raise_fmt(vm.exc.TypeError, "type.__new__() argument 2 must be tuple, not {}", type_name(vm, args[1]));
  }
  if (!is_dict(args[2])) {
    return vm.raise_fmt(vm.exc.TypeError, "type.__new__() argument 3 must be dict, not {}", type_name(vm, args[2]));
  }
  CallArgs kwargs{args.args + 3, 0, args.kwnames};
  return type_new(vm, metatype, as_str(args[0]), as_tuple(args[1]), as_dict(args[2]), kwargs);
}

// type.__init__ accepts what type.__new__ accepted and does nothing more.
Status type_init(VM& vm, Value, CallArgs args) {
  if (args.nargs != 1 && args.nargs != 3) return vm.raise(vm.exc.TypeError, "type.__init__() takes 1 or 3 arguments");
  return Status::ok();
}

Result type_get_name(VM&, Value self) { return Value::from_object(as_type(self)->name); }
Result type_get_qualname(VM&, Value self) {
  Type* t = as_type(self);
  return Value::from_object(t->qualname ? t->qualname : t->name);
}
Result type_get_module(VM&, Value self) { return Value::from_object(as_type(self)->module); }
Result type_get_mro(VM&, Value self) { return Value::from_object(as_type(self)->mro); }
Result type_get_bases(VM&, Value self) { return Value::from_object(as_type(self)->bases); }
Result type_get_base(VM&, Value self) {
  Type* t = as_type(self);
  return t->base ? Value::from_object(t->base) : Value::none();
}
Result type_get_dict(VM& vm, Value self) { return Value::from_object(dict_copy(vm, as_type(self)->dict)); }

Result type_method_mro(VM& vm, CallArgs args) {
  EDGE_TRY(check_arg_count(vm, args, "mro", 1, 1));
  if (!is_type(args[0])) return vm.raise(vm.exc.TypeError, "descriptor 'mro' requires a 'type' object");
  Tuple* mro = as_type(args[0])->mro;
  List* list = make_list(vm, mro->items(), mro->length);
  return Value::from_object(list);
}

// The direct subclasses still alive, oldest first. Only classes created by class
// statements (or type()) are tracked; built-in subclasses such as bool are not listed.
Result type_method_subclasses(VM& vm, CallArgs args) {
  EDGE_TRY(check_arg_count(vm, args, "__subclasses__", 1, 1));
  if (!is_type(args[0])) return vm.raise(vm.exc.TypeError, "descriptor '__subclasses__' requires a 'type' object");
  Type* self = as_type(args[0]);
  List* out = make_list(vm);
  for (Type* t : vm.heap_types) {
    if (t->bases == nullptr) continue;
    for (uint32_t i = 0; i < t->bases->length; ++i) {
      if (t->bases->item(i).is(Value::from_object(self))) {
        list_append(vm, out, Value::from_object(t));
        break;
      }
    }
  }
  return Value::from_object(out);
}

// type.__prepare__(name, bases, **kwds): the default class namespace, an empty dict,
// so that a metaclass can extend it through super().__prepare__(...).
Result type_prepare(VM& vm, CallArgs) { return Value::from_object(make_dict(vm)); }

const NativeMethodDef kTypeClassMethods[] = {
    {"__prepare__", type_prepare},
    {nullptr, nullptr},
};

const NativeMethodDef kTypeMethods[] = {
    {"mro", type_method_mro},
    {"__subclasses__", type_method_subclasses},
    {nullptr, nullptr},
};

}  // namespace

void Instance::trace(Tracer& t) const { t.visit(dict); }

void Type::trace(Tracer& t) const {
  t.visit(name);
  t.visit(qualname);
  t.visit(module);
  t.visit(base);
  t.visit(bases);
  t.visit(mro);
  t.visit(dict);
}

std::string_view type_name_of(const Type* t) { return t->name ? t->name->view() : std::string_view("?"); }

void compute_builtin_mro(VM& vm, Type* t) {
  uint32_t n = 0;
  for (Type* walk = t; walk != nullptr; walk = walk->base) ++n;
  Tuple* mro = make_tuple(vm, n);
  uint32_t i = 0;
  for (Type* walk = t; walk != nullptr; walk = walk->base) mro->items()[i++] = Value::from_object(walk);
  t->mro = mro;
}

void bootstrap_types(VM& vm) {
  for (const auto& info : kBuiltinTypeTable) {
    Type* t = vm.heap.make<Type>(nullptr, info.kind);
    t->flags = info.flags;
    vm.types.*(info.field) = t;
  }
  for (const auto& info : kBuiltinTypeTable) {
    Type* t = vm.types.*(info.field);
    t->type = vm.types.type;
    t->base = info.base ? vm.types.*(info.base) : nullptr;
  }
  // The empty tuple is needed by every type's __bases__; create it by hand.
  vm.empty_tuple = Value::from_object(vm.heap.make<Tuple>(vm.types.tuple, 0));
}

void finish_type_bootstrap(VM& vm) {
  Str* builtins_name = intern(vm, "builtins");
  for (const auto& info : kBuiltinTypeTable) {
    Type* t = vm.types.*(info.field);
    t->name = intern(vm, info.name);
    t->qualname = t->name;
    t->module = builtins_name;
    t->dict = make_dict(vm);
    t->bases = t->base ? make_tuple(vm, {Value::from_object(t->base)}) : as_tuple(vm.empty_tuple);
    compute_builtin_mro(vm, t);
  }
  vm.not_implemented = vm.heap.make<Singleton>(vm.types.not_implemented, ObjectKind::Singleton);
  vm.ellipsis = vm.heap.make<Singleton>(vm.types.ellipsis, ObjectKind::Singleton);

  install_object_type(vm);
  // Every other built-in type starts from object's protocol; each install_* then
  // overrides what differs (and clears `hash` for unhashable types).
  for (const auto& info : kBuiltinTypeTable) {
    Type* t = vm.types.*(info.field);
    if (t != vm.types.object) t->slots = vm.types.object->slots;
  }
  install_type_type(vm);
  install_function_types(vm);  // before the others: they add methods
  install_singleton_types(vm);
  install_int_type(vm);
  install_bool_type(vm);
  install_float_type(vm);
  install_str_type(vm);
  install_bytes_types(vm);
  install_tuple_type(vm);
  install_list_type(vm);
  install_dict_type(vm);
  install_set_types(vm);
  install_range_type(vm);
  install_slice_type(vm);
  install_module_type(vm);
  install_generator_type(vm);
  install_iterator_types(vm);
  install_code_type(vm);
  install_generic_alias_type(vm);
}

Type* make_builtin_type(VM& vm, std::string_view name, Type* base, ObjectKind instance_kind, uint32_t flags) {
  Type* t = vm.heap.make<Type>(vm.types.type, instance_kind);
  t->flags = flags;
  t->name = intern(vm, name);
  t->qualname = t->name;
  t->module = intern(vm, "builtins");
  t->base = base;
  t->bases = base ? make_tuple(vm, {Value::from_object(base)}) : as_tuple(vm.empty_tuple);
  t->dict = make_dict(vm);
  if (base != nullptr) t->slots = base->slots;
  compute_builtin_mro(vm, t);
  return t;
}

void install_object_type(VM& vm) {
  Type* t = vm.types.object;
  t->slots.repr = object_repr;
  t->slots.hash = object_hash;
  t->slots.compare = object_compare;
  t->slots.getattr = generic_getattr;
  t->slots.setattr = generic_setattr;
  t->slots.construct = object_construct;
  t->slots.new_ = object_new;
  t->slots.init = object_init;
  add_getset(vm, t, "__class__", object_get_class, object_set_class);
}

void install_type_type(VM& vm) {
  Type* t = vm.types.type;
  t->slots = vm.types.object->slots;
  t->slots.repr = type_repr;
  t->slots.getattr = type_getattr;
  t->slots.setattr = type_setattr;
  t->slots.call = type_call;
  t->slots.construct = type_construct;
  t->slots.new_ = type_construct;
  t->slots.init = type_init;
  add_methods(vm, t, kTypeMethods);
  add_class_methods(vm, t, kTypeClassMethods);
  add_getset(vm, t, "__name__", type_get_name);
  add_getset(vm, t, "__qualname__", type_get_qualname);
  add_getset(vm, t, "__module__", type_get_module);
  add_getset(vm, t, "__mro__", type_get_mro);
  add_getset(vm, t, "__bases__", type_get_bases);
  add_getset(vm, t, "__base__", type_get_base);
  add_getset(vm, t, "__dict__", type_get_dict);
}

}  // namespace edge::vm
