// The builtins module (print, len, range, the built-in types and exceptions, ...).
#pragma once

namespace edge::vm {
class VM;
struct Dict;
// Creates the builtins module and registers it as vm.builtins / sys.modules["builtins"].
void install_builtins(VM& vm);
// exec, eval, compile, locals, vars, dir, __import__ (vm/builtins_dynamic.cpp), and
// object.__dir__.
void install_dynamic_builtins(VM& vm, Dict* builtins);
}  // namespace edge::vm
