// The table of modules implemented in C++. Each entry's init function builds the module
// object on first import (see vm/import.h).
#include "vm/modules/registry.h"

#include "vm/import.h"

namespace edge::vm {

void register_builtin_modules(VM& vm) {
  register_builtin_module(vm, "sys", make_sys_module);
  register_builtin_module(vm, "math", make_math_module);
}

}  // namespace edge::vm
