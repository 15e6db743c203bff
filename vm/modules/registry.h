// The modules implemented in C++ (sys, math, ...): each is created the first time a
// program imports it (vm/import.h register_builtin_module).
#pragma once

namespace edge::vm {
class VM;
struct Module;
// Registers every C++ module with the VM's import system. Called once per VM.
void register_builtin_modules(VM& vm);

// Module builders, one per file in vm/modules/. Each returns the new module, or null
// with an exception pending.
Module* make_sys_module(VM& vm);   // vm/modules/sys.cpp
Module* make_math_module(VM& vm);  // vm/modules/math.cpp
}  // namespace edge::vm
