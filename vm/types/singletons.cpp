// NoneType, NotImplementedType and ellipsis. None is an immediate Value (no object);
// NotImplemented and Ellipsis are Singleton objects created at bootstrap. None of the
// three can be instantiated again: calling the type returns the singleton, as in
// CPython.
#include "vm/types/singletons.h"

#include "vm/args.h"
#include "vm/ops.h"
#include "vm/types/str.h"
#include "vm/vm.h"

namespace edge::vm {
namespace {

Result none_repr(VM& vm, Value) { return Value::from_object(intern(vm, "None")); }
Fallible<bool> none_truthy(VM&, Value) { return false; }
Result none_construct(VM& vm, Type*, CallArgs args) {
  if (args.nargs + args.nkw() != 0) return vm.raise(vm.exc.TypeError, "NoneType takes no arguments");
  return Value::none();
}
Fallible<int64_t> none_hash(VM&, Value) { return int64_t{0xFCA86420}; }

Result not_implemented_repr(VM& vm, Value) { return Value::from_object(intern(vm, "NotImplemented")); }
Result not_implemented_construct(VM& vm, Type*, CallArgs args) {
  if (args.nargs + args.nkw() != 0) return vm.raise(vm.exc.TypeError, "NotImplementedType takes no arguments");
  return Value::from_object(vm.not_implemented);
}

Result ellipsis_repr(VM& vm, Value) { return Value::from_object(intern(vm, "Ellipsis")); }
Result ellipsis_construct(VM& vm, Type*, CallArgs args) {
  if (args.nargs + args.nkw() != 0) return vm.raise(vm.exc.TypeError, "ellipsis takes no arguments");
  return Value::from_object(vm.ellipsis);
}

}  // namespace

void install_singleton_types(VM& vm) {
  Type* none = vm.types.none;
  none->slots.repr = none_repr;
  none->slots.truthy = none_truthy;
  none->slots.construct = none_construct;
  none->slots.hash = none_hash;

  Type* ni = vm.types.not_implemented;
  ni->slots.repr = not_implemented_repr;
  ni->slots.construct = not_implemented_construct;

  Type* el = vm.types.ellipsis;
  el->slots.repr = ellipsis_repr;
  el->slots.construct = ellipsis_construct;
}

}  // namespace edge::vm
