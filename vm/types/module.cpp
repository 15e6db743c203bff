// module objects: attribute access goes to the namespace dict (a module-level
// __getattr__ function is honoured, PEP 562), repr shows name and file.
#include "vm/types/module.h"

#include "vm/ops.h"
#include "vm/types/dict.h"
#include "vm/types/str.h"
#include "vm/vm.h"

namespace edge::vm {

void Module::trace(Tracer& t) const {
  t.visit(name);
  t.visit(dict);
}

Module* make_module(VM& vm, Str* name) {
  Dict* d = make_dict(vm);
  Module* m = vm.heap.make<Module>(vm.types.module, name, d);
  dict_set_str(vm, d, vm.names.dunder_name, Value::from_object(name));
  dict_set_str(vm, d, vm.names.dunder_doc, Value::none());
  if (vm.builtins_module != nullptr) dict_set_str(vm, d, vm.names.dunder_builtins, Value::from_object(vm.builtins_module));
  return m;
}

namespace {

Result module_repr(VM& vm, Value self) {
  Module* m = as_module(self);
  Value file = dict_get_str(m->dict, vm.names.dunder_file);
  if (is_str(file)) {
    return Value::from_object(make_str(vm, fmt::format("<module '{}' from '{}'>", m->name->view(), as_str(file)->view())));
  }
  return Value::from_object(make_str(vm, fmt::format("<module '{}' (built-in)>", m->name->view())));
}

Result module_getattr(VM& vm, Value self, Str* name) {
  Module* m = as_module(self);
  Value v = dict_get_str(m->dict, name);
  if (!v.is_null()) return v;
  if (name == vm.names.dunder_dict) return Value::from_object(m->dict);
  v = EDGE_TRY(generic_getattr(vm, self, name));
  if (!v.is_null()) return v;
  Value hook = dict_get_str(m->dict, intern(vm, "__getattr__"));
  if (!hook.is_null()) {
    Result r = call1(vm, hook, Value::from_object(name));
    if (r.failed() && vm.pending_is(vm.exc.AttributeError)) {
      (void)vm.take_pending_exception();
      return Value::null();
    }
    return r;
  }
  return Value::null();
}

Status module_setattr(VM& vm, Value self, Str* name, Value value) {
  Module* m = as_module(self);
  if (value.is_null()) {
    Value removed = EDGE_TRY(dict_pop(vm, m->dict, Value::from_object(name)));
    if (removed.is_null()) return raise_attribute_error(vm, self, name);
    return Status::ok();
  }
  dict_set_str(vm, m->dict, name, value);
  return Status::ok();
}

}  // namespace

void install_module_type(VM& vm) {
  Type* t = vm.types.module;
  t->slots.repr = module_repr;
  t->slots.getattr = module_getattr;
  t->slots.setattr = module_setattr;
}

}  // namespace edge::vm
