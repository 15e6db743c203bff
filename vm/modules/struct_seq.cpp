// Struct sequences (named tuples of the C++ modules) and the namespace type; see
// struct_seq.h. Repr, attribute and construction behaviour follow CPython 3.11's
// structseq.c and types.SimpleNamespace as observed from Python.
#include "vm/modules/struct_seq.h"

#include <string>

#include "vm/ops.h"
#include "vm/types/dict.h"
#include "vm/types/instance.h"
#include "vm/types/int.h"
#include "vm/types/str.h"
#include "vm/types/tuple.h"
#include "vm/types/type.h"
#include "vm/vm.h"

namespace edge::vm {
namespace {

Tuple* field_names(VM& vm, Type* type) {
  Value names = type_lookup(type, intern(vm, "__match_args__"));
  return is_tuple(names) ? as_tuple(names) : nullptr;
}

std::string qualified_name(const Type* type) {
  return std::string(type->module->view()) + "." + std::string(type->name->view());
}

Result struct_seq_repr(VM& vm, Value self) {
  Tuple* t = as_tuple(self);
  Tuple* names = field_names(vm, t->type);
  std::string out = qualified_name(t->type) + "(";
  for (uint32_t i = 0; i < t->length; ++i) {
    if (i) out += ", ";
    if (names != nullptr && i < names->length) {
      out += as_str(names->item(i))->view();
      out += '=';
    }
    out += EDGE_TRY(repr_string(vm, t->item(i)));
  }
  out += ')';
  return Value::from_object(make_str(vm, out));
}

Result struct_seq_getattr(VM& vm, Value self, Str* name) {
  Tuple* t = as_tuple(self);
  if (Tuple* names = field_names(vm, t->type)) {
    for (uint32_t i = 0; i < names->length && i < t->length; ++i) {
      if (str_equal(as_str(names->item(i)), name)) return t->item(i);
    }
  }
  return generic_getattr(vm, self, name);
}

Result struct_seq_construct(VM& vm, Type* type, CallArgs) {
  return vm.raise_fmt(vm.exc.TypeError, "cannot create '{}' instances", qualified_name(type));
}

Result namespace_repr(VM& vm, Value self) {
  Dict* d = instance_dict(vm, self, false);
  std::string out = "namespace(";
  if (d != nullptr) {
    uint32_t pos = 0;
    Value key, value;
    bool first = true;
    while (dict_next(d, pos, key, value)) {
      if (!first) out += ", ";
      first = false;
      out += EDGE_TRY(str_string(vm, key));
      out += '=';
      out += EDGE_TRY(repr_string(vm, value));
    }
  }
  out += ')';
  return Value::from_object(make_str(vm, out));
}

}  // namespace

Type* make_struct_seq_type(VM& vm, std::string_view module, std::string_view name,
                           std::initializer_list<const char*> fields) {
  Type* t = make_builtin_type(vm, name, vm.types.tuple, ObjectKind::Tuple);
  t->module = intern(vm, module);
  t->slots.repr = struct_seq_repr;
  t->slots.getattr = struct_seq_getattr;
  t->slots.construct = struct_seq_construct;
  Tuple* names = make_tuple(vm, static_cast<uint32_t>(fields.size()));
  uint32_t i = 0;
  for (const char* f : fields) names->items()[i++] = Value::from_object(intern(vm, f));
  dict_set_str(vm, t->dict, intern(vm, "__match_args__"), Value::from_object(names));
  Value n = make_int(vm, static_cast<int64_t>(fields.size()));
  dict_set_str(vm, t->dict, intern(vm, "n_fields"), n);
  dict_set_str(vm, t->dict, intern(vm, "n_sequence_fields"), n);
  dict_set_str(vm, t->dict, intern(vm, "n_unnamed_fields"), Value::small_int(0));
  return t;
}

Tuple* make_struct_seq(VM& vm, Type* type, std::initializer_list<Value> items) {
  uint32_t n = static_cast<uint32_t>(items.size());
  Tuple* t = vm.heap.make_with_extra<Tuple>(sizeof(Value) * n, type, n);
  uint32_t i = 0;
  for (Value v : items) t->items()[i++] = v;
  return t;
}

Value make_namespace(VM& vm, std::initializer_list<std::pair<const char*, Value>> attributes) {
  Type* t = make_builtin_type(vm, "SimpleNamespace", vm.types.object, ObjectKind::Instance);
  t->module = intern(vm, "types");
  t->slots.repr = namespace_repr;
  t->slots.construct = struct_seq_construct;
  Instance* inst = vm.heap.make<Instance>(t);
  inst->dict = make_dict(vm);
  for (const auto& [key, value] : attributes) dict_set_str(vm, inst->dict, intern(vm, key), value);
  return Value::from_object(inst);
}

}  // namespace edge::vm
