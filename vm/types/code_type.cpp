// The Python face of code objects (what compile() returns and function.__code__ is):
// CPython's repr and the read-only co_* attributes whose values mean the same here.
// Attributes that describe CPython's bytecode itself (co_code, co_consts, co_names,
// co_flags, co_lnotab, ...) are not offered: this VM's bytecode is different.
#include "vm/code.h"
#include "vm/fmt.h"
#include "vm/types/function.h"
#include "vm/types/int.h"
#include "vm/types/str.h"
#include "vm/types/tuple.h"
#include "vm/vm.h"

namespace edge::vm {
namespace {

Code* self_code(Value self) { return as_code(self); }

Result code_repr(VM& vm, Value self) {
  Code* c = self_code(self);
  std::string text = fmt::format("<code object {} at {:#x}, file \"{}\", line {}>", c->name->view(),
                                 reinterpret_cast<uintptr_t>(c), c->filename->view(), c->first_line);
  return Value::from_object(make_str(vm, text));
}

Value names_tuple(VM& vm, const std::vector<Str*>& names) {
  Tuple* t = make_tuple(vm, static_cast<uint32_t>(names.size()));
  for (size_t i = 0; i < names.size(); ++i) t->items()[i] = Value::from_object(names[i]);
  return Value::from_object(t);
}

Result co_name(VM&, Value self) { return Value::from_object(self_code(self)->name); }
Result co_qualname(VM&, Value self) { return Value::from_object(self_code(self)->qualname); }
Result co_filename(VM&, Value self) { return Value::from_object(self_code(self)->filename); }
Result co_firstlineno(VM& vm, Value self) { return make_int(vm, self_code(self)->first_line); }
Result co_argcount(VM& vm, Value self) { return make_int(vm, self_code(self)->argcount); }
Result co_posonlyargcount(VM& vm, Value self) { return make_int(vm, self_code(self)->posonlyargcount); }
Result co_kwonlyargcount(VM& vm, Value self) { return make_int(vm, self_code(self)->kwonlyargcount); }
Result co_nlocals(VM& vm, Value self) { return make_int(vm, self_code(self)->nlocals()); }
Result co_varnames(VM& vm, Value self) { return names_tuple(vm, self_code(self)->varnames); }
Result co_cellvars(VM& vm, Value self) { return names_tuple(vm, self_code(self)->cellvars); }
Result co_freevars(VM& vm, Value self) { return names_tuple(vm, self_code(self)->freevars); }

}  // namespace

void install_code_type(VM& vm) {
  Type* t = vm.types.code;
  t->slots.repr = code_repr;
  add_getset(vm, t, "co_name", co_name);
  add_getset(vm, t, "co_qualname", co_qualname);
  add_getset(vm, t, "co_filename", co_filename);
  add_getset(vm, t, "co_firstlineno", co_firstlineno);
  add_getset(vm, t, "co_argcount", co_argcount);
  add_getset(vm, t, "co_posonlyargcount", co_posonlyargcount);
  add_getset(vm, t, "co_kwonlyargcount", co_kwonlyargcount);
  add_getset(vm, t, "co_nlocals", co_nlocals);
  add_getset(vm, t, "co_varnames", co_varnames);
  add_getset(vm, t, "co_cellvars", co_cellvars);
  add_getset(vm, t, "co_freevars", co_freevars);
}

}  // namespace edge::vm
