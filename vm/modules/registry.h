// The modules implemented in C++ (sys, math, ...): each is created the first time a
// program imports it (vm/import.h register_builtin_module).
#pragma once

namespace edge::vm {
class VM;
// Registers every C++ module with the VM's import system. Called once per VM.
void register_builtin_modules(VM& vm);
}  // namespace edge::vm
