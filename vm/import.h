// The import system: `import`, `from ... import`, and the module table.
//
// Absolute module names are looked up in vm.modules first, then built-in modules,
// then source found by the embedder's ModuleFinder (the native runner looks next to
// the main script, like sys.path[0]; the wasm runtime serves modules the host
// registered). A module is registered before its body runs, so circular imports see
// the partially initialised module, as in CPython. An imported module's body runs to
// completion in a nested interpreter loop (it cannot suspend; see docs/language.md).
#pragma once

#include <string>
#include <string_view>

#include "vm/object.h"

namespace edge::vm {

struct Dict;
struct Frame;
struct Module;
struct Code;
struct Str;

// IMPORT_NAME: returns the top-level package for `import a.b` (empty fromlist), or
// the module itself when a fromlist is given.
Result import_name(VM& vm, Str* name, Value fromlist, Value level, Frame* importer);
// The same with relative names resolved against `globals` (__import__'s argument).
Result import_name_in(VM& vm, Str* name, Value fromlist, Value level, Dict* globals);
// IMPORT_FROM: an attribute of the module, or a submodule; ImportError otherwise.
Result import_from(VM& vm, Value module, Str* name);
// Imports (or finds already imported) the module with an absolute dotted name.
Result import_module(VM& vm, std::string_view name);
// Runs `source` as the module `name` (registering it first). Used for __main__ too.
Result exec_module_source(VM& vm, std::string_view name, const std::string& path, std::string text);

// The first half of exec_module_source: the module object (registered in sys.modules)
// and its compiled body, not run yet. The main program's body runs as the scheduler's
// main task instead of nested in the caller.
struct PreparedModule {
  Module* module;
  Code* code;
};
Fallible<PreparedModule> prepare_module_source(VM& vm, std::string_view name, const std::string& path,
                                               std::string text);

// A module implemented in C++ (sys, math, ...): created on first import.
using BuiltinModuleInit = Module* (*)(VM&);
void register_builtin_module(VM& vm, std::string_view name, BuiltinModuleInit init);

}  // namespace edge::vm
