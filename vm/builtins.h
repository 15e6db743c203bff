// The builtins module (print, len, range, the built-in types and exceptions, ...).
#pragma once

namespace edge::vm {
class VM;
// Creates the builtins module and registers it as vm.builtins / sys.modules["builtins"].
void install_builtins(VM& vm);
}  // namespace edge::vm
