// Callable and descriptor types: function, builtin_function_or_method,
// method_descriptor, classmethod_descriptor, getset_descriptor, method (bound),
// property, staticmethod, classmethod and cell. Descriptors implement attribute
// binding (Python Language Reference 3.3.2.2, "Implementing Descriptors").
#include "vm/types/function.h"

#include "vm/args.h"
#include "vm/code.h"
#include "vm/interpreter.h"
#include "vm/ops.h"
#include "vm/types/dict.h"
#include "vm/types/module.h"
#include "vm/types/str.h"
#include "vm/types/tuple.h"
#include "vm/types/type.h"
#include "vm/vm.h"

namespace edge::vm {

void Function::trace(Tracer& t) const {
  t.visit(code);
  t.visit(globals);
  t.visit(name);
  t.visit(qualname);
  t.visit(module_name);
  t.visit(doc);
  t.visit(defaults);
  t.visit(kwdefaults);
  t.visit(closure);
  t.visit(annotations);
  t.visit(dict);
  t.visit(builtins);
}

void BuiltinFunction::trace(Tracer& t) const {
  t.visit(self);
  t.visit(owner);
  t.visit(name);
}

void BoundMethod::trace(Tracer& t) const {
  t.visit(function);
  t.visit(self);
}

void Cell::trace(Tracer& t) const { t.visit(value); }

void Descriptor::trace(Tracer& t) const {
  t.visit(a);
  t.visit(b);
  t.visit(c);
  t.visit(d);
  t.visit(name);
  t.visit(owner);
}

Function* make_function(VM& vm, Code* code, Dict* globals, Str* qualname) {
  Function* f = vm.heap.make<Function>(vm.types.function, code, globals, code->name, qualname);
  f->module_name = Value::none();
  f->doc = Value::none();
  return f;
}

BuiltinFunction* make_builtin_function(VM& vm, const NativeMethodDef* def, Value self) {
  BuiltinFunction* f = vm.heap.make<BuiltinFunction>(vm.types.builtin_function, def, intern(vm, def->name));
  f->self = self;
  return f;
}

void add_methods(VM& vm, Type* type, const NativeMethodDef* defs) {
  for (const NativeMethodDef* d = defs; d->name != nullptr; ++d) {
    BuiltinFunction* f = vm.heap.make<BuiltinFunction>(vm.types.method_descriptor, d, intern(vm, d->name));
    f->owner = type;
    dict_set_str(vm, type->dict, f->name, Value::from_object(f));
  }
}

void add_class_methods(VM& vm, Type* type, const NativeMethodDef* defs) {
  for (const NativeMethodDef* d = defs; d->name != nullptr; ++d) {
    BuiltinFunction* f = vm.heap.make<BuiltinFunction>(vm.types.classmethod_descriptor, d, intern(vm, d->name));
    f->owner = type;
    dict_set_str(vm, type->dict, f->name, Value::from_object(f));
  }
}

void add_static_methods(VM& vm, Type* type, const NativeMethodDef* defs) {
  for (const NativeMethodDef* d = defs; d->name != nullptr; ++d) {
    BuiltinFunction* f = make_builtin_function(vm, d);
    dict_set_str(vm, type->dict, f->name, Value::from_object(f));
  }
}

void add_getset(VM& vm, Type* type, const char* name, Descriptor::Getter get, Descriptor::Setter set) {
  Descriptor* d = vm.heap.make<Descriptor>(vm.types.getset_descriptor);
  d->getter = get;
  d->setter = set;
  d->name = intern(vm, name);
  d->owner = type;
  dict_set_str(vm, type->dict, d->name, Value::from_object(d));
}

namespace {

std::string_view owner_name(Value v, VM& vm) { return type_name(vm, v); }

// --- function ---------------------------------------------------------------------------------------

Result function_repr(VM& vm, Value self) {
  Function* f = as_function(self);
  return Value::from_object(make_str(vm, fmt::format("<function {} at {:#x}>", f->qualname->view(),
                                                     reinterpret_cast<uintptr_t>(f))));
}

Result function_descr_get(VM& vm, Value descr, Value obj, Type*) {
  if (obj.is_null() || obj.is_none()) return descr;
  return Value::from_object(vm.heap.make<BoundMethod>(vm.types.method, descr, obj));
}

Result function_call(VM& vm, Value self, CallArgs args) { return run_function_rpy(vm, as_function(self), args); }

Result fn_get_name(VM&, Value self) { return Value::from_object(as_function(self)->name); }
Status fn_set_name(VM& vm, Value self, Value v) {
  if (!is_str(v)) return vm.raise(vm.exc.TypeError, "__name__ must be set to a string object");
  as_function(self)->name = as_str(v);
  return Status::ok();
}
Result fn_get_qualname(VM&, Value self) { return Value::from_object(as_function(self)->qualname); }
Status fn_set_qualname(VM& vm, Value self, Value v) {
  if (!is_str(v)) return vm.raise(vm.exc.TypeError, "__qualname__ must be set to a string object");
  as_function(self)->qualname = as_str(v);
  return Status::ok();
}
Result fn_get_module(VM&, Value self) { return as_function(self)->module_name; }
Status fn_set_module(VM&, Value self, Value v) {
  as_function(self)->module_name = v.is_null() ? Value::none() : v;
  return Status::ok();
}
Result fn_get_doc(VM&, Value self) { return as_function(self)->doc; }
Status fn_set_doc(VM&, Value self, Value v) {
  as_function(self)->doc = v.is_null() ? Value::none() : v;
  return Status::ok();
}
Result fn_get_defaults(VM&, Value self) {
  Function* f = as_function(self);
  return f->defaults ? Value::from_object(f->defaults) : Value::none();
}
Status fn_set_defaults(VM& vm, Value self, Value v) {
  if (v.is_null() || v.is_none()) {
    as_function(self)->defaults = nullptr;
    return Status::ok();
  }
  if (!is_tuple(v)) return vm.raise(vm.exc.TypeError, "__defaults__ must be set to a tuple object");
  as_function(self)->defaults = as_tuple(v);
  return Status::ok();
}
Result fn_get_kwdefaults(VM&, Value self) {
  Function* f = as_function(self);
  return f->kwdefaults ? Value::from_object(f->kwdefaults) : Value::none();
}
Status fn_set_kwdefaults(VM& vm, Value self, Value v) {
  if (v.is_null() || v.is_none()) {
    as_function(self)->kwdefaults = nullptr;
    return Status::ok();
  }
  if (!is_dict(v)) return vm.raise(vm.exc.TypeError, "__kwdefaults__ must be set to a dict object");
  as_function(self)->kwdefaults = as_dict(v);
  return Status::ok();
}
Result fn_get_code(VM&, Value self) { return Value::from_object(as_function(self)->code); }
Result fn_get_globals(VM&, Value self) { return Value::from_object(as_function(self)->globals); }
Result fn_get_closure(VM&, Value self) {
  Function* f = as_function(self);
  return f->closure ? Value::from_object(f->closure) : Value::none();
}
Result fn_get_dict(VM& vm, Value self) { return Value::from_object(instance_dict(vm, self, true)); }
Result fn_get_annotations(VM& vm, Value self) {
  Function* f = as_function(self);
  if (f->annotations == nullptr) f->annotations = make_dict(vm);
  return Value::from_object(f->annotations);
}
Status fn_set_annotations(VM& vm, Value self, Value v) {
  if (v.is_null() || v.is_none()) {
    as_function(self)->annotations = nullptr;
    return Status::ok();
  }
  if (!is_dict(v)) return vm.raise(vm.exc.TypeError, "__annotations__ must be set to a dict object");
  as_function(self)->annotations = as_dict(v);
  return Status::ok();
}

// --- builtin functions and method descriptors ---------------------------------------------------------

Result builtin_repr(VM& vm, Value self) {
  BuiltinFunction* f = as_builtin_function(self);
  if (f->self.is_null()) return Value::from_object(make_str(vm, fmt::format("<built-in function {}>", f->name->view())));
  if (is_type(f->self)) {
    return Value::from_object(make_str(vm, fmt::format("<built-in method {} of type object at {:#x}>", f->name->view(),
                                                       reinterpret_cast<uintptr_t>(f->self.as_object()))));
  }
  std::string address = f->self.is_object() ? fmt::format("{:#x}", reinterpret_cast<uintptr_t>(f->self.as_object()))
                                            : fmt::format("{:#x}", f->self.identity_bits());
  return Value::from_object(make_str(vm, fmt::format("<built-in method {} of {} object at {}>", f->name->view(),
                                                     owner_name(f->self, vm), address)));
}

Result method_descriptor_repr(VM& vm, Value self) {
  BuiltinFunction* f = as_builtin_function(self);
  return Value::from_object(
      make_str(vm, fmt::format("<method '{}' of '{}' objects>", f->name->view(), type_name_of(f->owner))));
}

Result classmethod_descriptor_repr(VM& vm, Value self) {
  BuiltinFunction* f = as_builtin_function(self);
  return Value::from_object(
      make_str(vm, fmt::format("<method '{}' of '{}' objects>", f->name->view(), type_name_of(f->owner))));
}

Result builtin_call(VM& vm, Value self, CallArgs args) { return call_builtin(vm, as_builtin_function(self), args); }

Result method_descriptor_get(VM& vm, Value descr, Value obj, Type*) {
  if (obj.is_null()) return descr;
  BuiltinFunction* f = as_builtin_function(descr);
  BuiltinFunction* bound = vm.heap.make<BuiltinFunction>(vm.types.builtin_function, f->def, f->name);
  bound->self = obj;
  bound->owner = f->owner;
  return Value::from_object(bound);
}

Result classmethod_descriptor_get(VM& vm, Value descr, Value obj, Type* owner) {
  BuiltinFunction* f = as_builtin_function(descr);
  Type* cls = obj.is_null() ? owner : (is_type(obj) ? as_type(obj) : type_of(vm, obj));
  BuiltinFunction* bound = vm.heap.make<BuiltinFunction>(vm.types.builtin_function, f->def, f->name);
  bound->self = Value::from_object(cls);
  bound->owner = f->owner;
  return Value::from_object(bound);
}

Result builtin_get_name(VM&, Value self) { return Value::from_object(as_builtin_function(self)->name); }
Result builtin_get_qualname(VM& vm, Value self) {
  BuiltinFunction* f = as_builtin_function(self);
  if (f->owner == nullptr) return Value::from_object(f->name);
  return Value::from_object(make_str(vm, fmt::format("{}.{}", type_name_of(f->owner), f->name->view())));
}
Result builtin_get_self(VM& vm, Value self) {
  BuiltinFunction* f = as_builtin_function(self);
  if (f->self.is_null()) return Value::from_object(vm.builtins_module);
  return f->self;
}
Result builtin_get_doc(VM& vm, Value self) {
  BuiltinFunction* f = as_builtin_function(self);
  if (f->def->doc == nullptr) return Value::none();
  return Value::from_object(make_str(vm, f->def->doc));
}

// --- getset descriptors -----------------------------------------------------------------------------

Result getset_repr(VM& vm, Value self) {
  Descriptor* d = static_cast<Descriptor*>(self.as_object());
  return Value::from_object(
      make_str(vm, fmt::format("<attribute '{}' of '{}' objects>", d->name->view(), type_name_of(d->owner))));
}

Result getset_get(VM& vm, Value descr, Value obj, Type*) {
  if (obj.is_null()) return descr;
  Descriptor* d = static_cast<Descriptor*>(descr.as_object());
  if (!isinstance(vm, obj, d->owner)) {
    return vm.raise_fmt(vm.exc.TypeError, "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
                        d->name->view(), type_name_of(d->owner), type_name(vm, obj));
  }
  return d->getter(vm, obj);
}

Status getset_set(VM& vm, Value descr, Value obj, Value value) {
  Descriptor* d = static_cast<Descriptor*>(descr.as_object());
  if (d->setter == nullptr) {
    if (value.is_null()) {
      return vm.raise_fmt(vm.exc.AttributeError, "attribute '{}' of '{}' objects is not writable", d->name->view(),
                          type_name_of(d->owner));
    }
    return vm.raise_fmt(vm.exc.AttributeError, "attribute '{}' of '{}' objects is not writable", d->name->view(),
                        type_name_of(d->owner));
  }
  return d->setter(vm, obj, value);
}

// --- bound methods ----------------------------------------------------------------------------------

Result method_repr(VM& vm, Value self) {
  BoundMethod* m = as_bound_method(self);
  Value name = EDGE_TRY(getattr_opt(vm, m->function, vm.names.dunder_qualname));
  std::string_view n = is_str(name) ? as_str(name)->view() : std::string_view("?");
  Value r = EDGE_TRY(repr(vm, m->self));
  return Value::from_object(make_str(vm, fmt::format("<bound method {} of {}>", n, as_str(r)->view())));
}

Result method_call(VM& vm, Value self, CallArgs args) { return call(vm, self, args); }

Result method_getattr(VM& vm, Value self, Str* name) {
  BoundMethod* m = as_bound_method(self);
  if (name == vm.names.dunder_self) return m->self;
  if (name == vm.names.dunder_func) return m->function;
  Value v = EDGE_TRY(generic_getattr(vm, self, name));
  if (!v.is_null()) return v;
  return getattr_opt(vm, m->function, name);
}

Result method_compare(VM& vm, Value a, Value b, CompareOp op) {
  if (!is_bound_method(b) || (op != CompareOp::Eq && op != CompareOp::Ne)) {
    return Value::from_object(vm.not_implemented);
  }
  BoundMethod* x = as_bound_method(a);
  BoundMethod* y = as_bound_method(b);
  bool same = x->self.is(y->self) && EDGE_TRY(equal(vm, x->function, y->function));
  return Value::boolean(op == CompareOp::Eq ? same : !same);
}

// --- property, staticmethod, classmethod -------------------------------------------------------------

Result property_construct(VM& vm, Type* type, CallArgs args) {
  static const Signature kSig("property(fget=, fset=, fdel=, doc=)");
  Value a[4];
  EDGE_TRY(parse_args(vm, args, kSig, a));
  Descriptor* d = vm.heap.make<Descriptor>(type);
  d->a = a[0].is_null() ? Value::none() : a[0];
  d->b = a[1].is_null() ? Value::none() : a[1];
  d->c = a[2].is_null() ? Value::none() : a[2];
  d->d = a[3];
  if (d->d.is_null() || d->d.is_none()) {
    d->d = Value::none();
    if (!d->a.is_none()) {
      Value doc = EDGE_TRY(getattr_opt(vm, d->a, vm.names.dunder_doc));
      if (!doc.is_null()) d->d = doc;
    }
  }
  return Value::from_object(d);
}

// "property 'x' of 'C' object has no setter" (the name is known once __set_name__ ran).
Error raise_property_missing(VM& vm, Descriptor* d, Value obj, const char* which) {
  if (d->name == nullptr) {
    return vm.raise_fmt(vm.exc.AttributeError, "property of '{}' object has no {}", type_name(vm, obj), which);
  }
  return vm.raise_fmt(vm.exc.AttributeError, "property '{}' of '{}' object has no {}", d->name->view(),
                      type_name(vm, obj), which);
}

Result property_get(VM& vm, Value descr, Value obj, Type*) {
  if (obj.is_null()) return descr;
  Descriptor* d = static_cast<Descriptor*>(descr.as_object());
  if (d->a.is_none()) return raise_property_missing(vm, d, obj, "getter");
  return call1(vm, d->a, obj);
}

Status property_set(VM& vm, Value descr, Value obj, Value value) {
  Descriptor* d = static_cast<Descriptor*>(descr.as_object());
  if (value.is_null()) {
    if (d->c.is_none()) return raise_property_missing(vm, d, obj, "deleter");
    EDGE_TRY(call1(vm, d->c, obj));
    return Status::ok();
  }
  if (d->b.is_none()) return raise_property_missing(vm, d, obj, "setter");
  EDGE_TRY(call2(vm, d->b, obj, value));
  return Status::ok();
}

Result property_copy_with(VM& vm, Value self, int slot, Value fn) {
  Descriptor* old = static_cast<Descriptor*>(self.as_object());
  Descriptor* d = vm.heap.make<Descriptor>(old->type);
  d->a = old->a;
  d->b = old->b;
  d->c = old->c;
  d->d = old->d;
  d->name = old->name;
  (slot == 0 ? d->a : slot == 1 ? d->b : d->c) = fn;
  return Value::from_object(d);
}

Result property_getter(VM& vm, CallArgs args) {
  EDGE_TRY(check_arg_count(vm, args, "property.getter", 2, 2));
  return property_copy_with(vm, args[0], 0, args[1]);
}
Result property_setter(VM& vm, CallArgs args) {
  EDGE_TRY(check_arg_count(vm, args, "property.setter", 2, 2));
  return property_copy_with(vm, args[0], 1, args[1]);
}
Result property_deleter(VM& vm, CallArgs args) {
  EDGE_TRY(check_arg_count(vm, args, "property.deleter", 2, 2));
  return property_copy_with(vm, args[0], 2, args[1]);
}

Result property_get_fget(VM&, Value self) { return static_cast<Descriptor*>(self.as_object())->a; }
Result property_get_fset(VM&, Value self) { return static_cast<Descriptor*>(self.as_object())->b; }
Result property_get_fdel(VM&, Value self) { return static_cast<Descriptor*>(self.as_object())->c; }
Result property_get_doc(VM&, Value self) { return static_cast<Descriptor*>(self.as_object())->d; }

// property.__set_name__(owner, name): remembered for error messages.
Result property_set_name(VM& vm, CallArgs args) {
  EDGE_TRY(check_arg_count(vm, args, "__set_name__", 3, 3));
  if (is_str(args[2])) static_cast<Descriptor*>(args[0].as_object())->name = as_str(args[2]);
  return Value::none();
}

const NativeMethodDef kPropertyMethods[] = {
    {"__set_name__", property_set_name},
    {"getter", property_getter},
    {"setter", property_setter},
    {"deleter", property_deleter},
    {nullptr, nullptr},
};

Result wrapper_construct(VM& vm, Type* type, CallArgs args) {
  EDGE_TRY(check_no_kwargs(vm, args, type_name_of(type).data()));
  if (args.nargs != 1) {
    return vm.raise_fmt(vm.exc.TypeError, "{} expected 1 argument, got {}", type_name_of(type), args.nargs);
  }
  Descriptor* d = vm.heap.make<Descriptor>(type);
  d->a = args[0];
  return Value::from_object(d);
}

Result staticmethod_get(VM&, Value descr, Value, Type*) { return static_cast<Descriptor*>(descr.as_object())->a; }

Result staticmethod_call(VM& vm, Value self, CallArgs args) {
  return call(vm, static_cast<Descriptor*>(self.as_object())->a, args);
}

Result classmethod_get(VM& vm, Value descr, Value obj, Type* owner) {
  Value cls = obj.is_null() ? Value::from_object(owner) : Value::from_object(type_of(vm, obj));
  if (!obj.is_null() && is_type(obj) && owner == nullptr) cls = obj;
  return Value::from_object(vm.heap.make<BoundMethod>(vm.types.method, static_cast<Descriptor*>(descr.as_object())->a, cls));
}

Result wrapped_get_func(VM&, Value self) { return static_cast<Descriptor*>(self.as_object())->a; }

// --- cell ---------------------------------------------------------------------------------------------

Result cell_repr(VM& vm, Value self) {
  Cell* c = as_cell(self);
  if (c->value.is_null()) {
    return Value::from_object(make_str(vm, fmt::format("<cell at {:#x}: empty>", reinterpret_cast<uintptr_t>(c))));
  }
  return Value::from_object(make_str(vm, fmt::format("<cell at {:#x}: {} object at {:#x}>",
                                                     reinterpret_cast<uintptr_t>(c), type_name(vm, c->value),
                                                     c->value.identity_bits())));
}

Result cell_get_contents(VM& vm, Value self) {
  Cell* c = as_cell(self);
  if (c->value.is_null()) return vm.raise(vm.exc.ValueError, "Cell is empty");
  return c->value;
}

}  // namespace

void install_function_types(VM& vm) {
  Type* fn = vm.types.function;
  fn->slots.repr = function_repr;
  fn->slots.descr_get = function_descr_get;
  fn->slots.call = function_call;
  add_getset(vm, fn, "__name__", fn_get_name, fn_set_name);
  add_getset(vm, fn, "__qualname__", fn_get_qualname, fn_set_qualname);
  add_getset(vm, fn, "__module__", fn_get_module, fn_set_module);
  add_getset(vm, fn, "__doc__", fn_get_doc, fn_set_doc);
  add_getset(vm, fn, "__defaults__", fn_get_defaults, fn_set_defaults);
  add_getset(vm, fn, "__kwdefaults__", fn_get_kwdefaults, fn_set_kwdefaults);
  add_getset(vm, fn, "__code__", fn_get_code);
  add_getset(vm, fn, "__globals__", fn_get_globals);
  add_getset(vm, fn, "__closure__", fn_get_closure);
  add_getset(vm, fn, "__dict__", fn_get_dict);
  add_getset(vm, fn, "__annotations__", fn_get_annotations, fn_set_annotations);

  Type* bf = vm.types.builtin_function;
  bf->slots.repr = builtin_repr;
  bf->slots.call = builtin_call;
  bf->slots.setattr = nullptr;
  add_getset(vm, bf, "__name__", builtin_get_name);
  add_getset(vm, bf, "__qualname__", builtin_get_qualname);
  add_getset(vm, bf, "__self__", builtin_get_self);
  add_getset(vm, bf, "__doc__", builtin_get_doc);

  Type* md = vm.types.method_descriptor;
  md->slots.repr = method_descriptor_repr;
  md->slots.call = builtin_call;
  md->slots.descr_get = method_descriptor_get;
  add_getset(vm, md, "__name__", builtin_get_name);
  add_getset(vm, md, "__qualname__", builtin_get_qualname);
  add_getset(vm, md, "__doc__", builtin_get_doc);

  Type* cd = vm.types.classmethod_descriptor;
  cd->slots.repr = classmethod_descriptor_repr;
  cd->slots.call = builtin_call;
  cd->slots.descr_get = classmethod_descriptor_get;
  add_getset(vm, cd, "__name__", builtin_get_name);

  Type* gs = vm.types.getset_descriptor;
  gs->slots.repr = getset_repr;
  gs->slots.descr_get = getset_get;
  gs->slots.descr_set = getset_set;

  Type* m = vm.types.method;
  m->slots.repr = method_repr;
  m->slots.call = method_call;
  m->slots.getattr = method_getattr;
  m->slots.compare = method_compare;

  Type* prop = vm.types.property;
  prop->slots.construct = property_construct;
  prop->slots.descr_get = property_get;
  prop->slots.descr_set = property_set;
  add_methods(vm, prop, kPropertyMethods);
  add_getset(vm, prop, "fget", property_get_fget);
  add_getset(vm, prop, "fset", property_get_fset);
  add_getset(vm, prop, "fdel", property_get_fdel);
  add_getset(vm, prop, "__doc__", property_get_doc);

  Type* sm = vm.types.staticmethod;
  sm->slots.construct = wrapper_construct;
  sm->slots.descr_get = staticmethod_get;
  sm->slots.call = staticmethod_call;
  add_getset(vm, sm, "__func__", wrapped_get_func);

  Type* cm = vm.types.classmethod;
  cm->slots.construct = wrapper_construct;
  cm->slots.descr_get = classmethod_get;
  add_getset(vm, cm, "__func__", wrapped_get_func);

  Type* cell = vm.types.cell;
  cell->slots.repr = cell_repr;
  add_getset(vm, cell, "cell_contents", cell_get_contents);
}

}  // namespace edge::vm
