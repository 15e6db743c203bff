// Module loading: the module table, relative-name resolution, submodule binding and
// CPython's ImportError wording.
#include "vm/import.h"

#include <memory>

#include "compiler/compile.h"
#include "vm/code.h"
#include "vm/frame.h"
#include "vm/interpreter.h"
#include "vm/ops.h"
#include "vm/types/dict.h"
#include "vm/types/exception.h"
#include "vm/types/int.h"
#include "vm/types/list.h"
#include "vm/types/module.h"
#include "vm/types/str.h"
#include "vm/types/tuple.h"
#include "vm/vm.h"

namespace edge::vm {
namespace {

std::string_view str_or_empty(Value v) { return is_str(v) ? as_str(v)->view() : std::string_view(); }

// ImportError/ModuleNotFoundError with its `name` (and `path`) attributes set.
Error raise_import_error(VM& vm, Type* type, const std::string& message, std::string_view name,
                         std::string_view path) {
  Exception* e = make_exception(vm, type, message);
  dict_set_str(vm, e->dict, intern(vm, "name"), Value::from_object(make_str(vm, name)));
  if (!path.empty()) dict_set_str(vm, e->dict, intern(vm, "path"), Value::from_object(make_str(vm, path)));
  return vm.raise_value(Value::from_object(e));
}

// The package a relative import is relative to: __package__, else derived from
// __name__ (a module's package is its name without the last component).
Fallible<std::string> resolve_relative(VM& vm, std::string_view name, int64_t level, Dict* globals) {
  std::string package(str_or_empty(dict_get_str(globals, vm.names.dunder_package)));
  if (package.empty()) {
    std::string_view module_name = str_or_empty(dict_get_str(globals, vm.names.dunder_name));
    bool is_package = !dict_get_str(globals, vm.names.dunder_path).is_null();
    if (is_package) {
      package = module_name;
    } else {
      size_t dot = module_name.rfind('.');
      package = dot == std::string_view::npos ? "" : std::string(module_name.substr(0, dot));
    }
  }
  if (package.empty()) {
    return vm.raise(vm.exc.ImportError, "attempted relative import with no known parent package");
  }
  std::string base = package;
  for (int64_t i = 1; i < level; ++i) {
    size_t dot = base.rfind('.');
    if (dot == std::string::npos) {
      return vm.raise(vm.exc.ImportError, "attempted relative import beyond top-level package");
    }
    base.resize(dot);
  }
  if (name.empty()) return base;
  return base + "." + std::string(name);
}

Result load_one(VM& vm, std::string_view full_name) {
  Value existing = dict_get_str(vm.modules, intern(vm, full_name));
  if (!existing.is_null()) return existing;

  auto builtin = vm.builtin_module_inits.find(std::string(full_name));
  if (builtin != vm.builtin_module_inits.end()) {
    Module* m = builtin->second(vm);
    if (m == nullptr) return Error{};
    dict_set_str(vm, vm.modules, intern(vm, full_name), Value::from_object(m));
    return Value::from_object(m);
  }

  NativeModuleSpec native;
  if (vm.config.find_native_module && vm.config.find_native_module(full_name, native)) {
    Value m = EDGE_TRY(make_native_module(vm, full_name, native));
    dict_set_str(vm, vm.modules, intern(vm, full_name), m);
    return m;
  }

  ModuleSource source;
  if (!vm.config.find_module || !vm.config.find_module(full_name, vm.main_path, source)) {
    return raise_import_error(vm, vm.exc.ModuleNotFoundError, fmt::format("No module named '{}'", full_name),
                              full_name, std::string_view());
  }
  return exec_module_source(vm, full_name, source.path, std::move(source.text));
}

}  // namespace

void register_builtin_module(VM& vm, std::string_view name, BuiltinModuleInit init) {
  vm.builtin_module_inits[std::string(name)] = init;
}

Fallible<PreparedModule> prepare_module_source(VM& vm, std::string_view name, const std::string& path,
                                               std::string text) {
  auto source = std::make_shared<compiler::SourceFile>(path, std::move(text));
  Str* name_str = intern(vm, name);
  Module* m = make_module(vm, name_str);
  Value module_value = Value::from_object(m);
  TempRoot root(vm, module_value);
  dict_set_str(vm, m->dict, vm.names.dunder_file, Value::from_object(make_str(vm, path)));
  bool is_package = path.size() >= 11 && path.compare(path.size() - 11, 11, "__init__.py") == 0;
  if (is_package) {
    // A package: submodules are found in its folder, and it is its own __package__.
    std::string folder = path.substr(0, path.size() - 11);
    if (!folder.empty() && folder.back() == '/') folder.pop_back();
    List* search = make_list(vm);
    list_append(vm, search, Value::from_object(make_str(vm, folder)));
    dict_set_str(vm, m->dict, vm.names.dunder_path, Value::from_object(search));
    dict_set_str(vm, m->dict, vm.names.dunder_package, Value::from_object(name_str));
  } else {
    size_t dot = name.rfind('.');
    dict_set_str(vm, m->dict, vm.names.dunder_package,
                 Value::from_object(make_str(vm, dot == std::string_view::npos ? std::string_view() : name.substr(0, dot))));
  }
  // Register before running: circular imports see the partial module.
  dict_set_str(vm, vm.modules, name_str, module_value);
  Fallible<Code*> code = compiler::compile_module(vm, source);
  if (code.failed()) {
    (void)dict_pop(vm, vm.modules, Value::from_object(name_str));
    return Error{};
  }
  return PreparedModule{m, code.value()};
}

Result exec_module_source(VM& vm, std::string_view name, const std::string& path, std::string text) {
  PreparedModule prepared = EDGE_TRY(prepare_module_source(vm, name, path, std::move(text)));
  Module* m = prepared.module;
  Value module_value = Value::from_object(m);
  TempRoot root(vm, module_value);
  TempRoot code_root(vm, Value::from_object(prepared.code));
  std::string key(name);
  vm.initializing_modules.insert(key);
  Result r = run_module_code(vm, prepared.code, m->dict);
  vm.initializing_modules.erase(key);
  if (r.failed()) {
    Value saved = vm.take_pending_exception();
    (void)dict_pop(vm, vm.modules, Value::from_object(m->name));
    vm.set_pending_exception(saved);
    return Error{};
  }
  return module_value;
}

Result import_module(VM& vm, std::string_view name) {
  // Import every prefix of a dotted name, binding each submodule on its parent.
  Value parent = Value::null();
  size_t start = 0;
  for (;;) {
    size_t dot = name.find('.', start);
    std::string_view prefix = name.substr(0, dot);
    Value m = EDGE_TRY(load_one(vm, prefix));
    if (!parent.is_null()) {
      std::string_view last = prefix.substr(start);
      dict_set_str(vm, as_module(parent)->dict, intern(vm, last), m);
    }
    parent = m;
    if (dot == std::string_view::npos) return m;
    start = dot + 1;
  }
}

Result import_name(VM& vm, Str* name, Value fromlist, Value level, Frame* importer) {
  return import_name_in(vm, name, fromlist, level, importer->globals);
}

Result import_name_in(VM& vm, Str* name, Value fromlist, Value level, Dict* globals) {
  int64_t lvl = level.is_small_int() ? level.as_small_int() : 0;
  std::string full(name->view());
  if (lvl > 0) full = EDGE_TRY(resolve_relative(vm, name->view(), lvl, globals));
  Value leaf = EDGE_TRY(import_module(vm, full));
  bool has_fromlist = !fromlist.is_none() && !(is_tuple(fromlist) && as_tuple(fromlist)->length == 0);
  if (has_fromlist || lvl > 0) {
    return leaf;
  }
  // `import a.b.c` binds `a`.
  size_t dot = full.find('.');
  if (dot == std::string::npos) return leaf;
  return dict_get_str(vm.modules, intern(vm, std::string_view(full).substr(0, dot)));
}

Result import_from(VM& vm, Value module, Str* name) {
  Value v = EDGE_TRY(getattr_opt(vm, module, name));
  if (!v.is_null()) return v;
  std::string_view module_name = is_module(module) ? as_module(module)->name->view() : std::string_view("?");
  // A submodule not imported yet: `from pkg import sub`.
  if (is_module(module) && !dict_get_str(as_module(module)->dict, vm.names.dunder_path).is_null()) {
    std::string sub = std::string(module_name) + "." + std::string(name->view());
    Result r = import_module(vm, sub);
    if (!r.failed()) return r;
    if (!vm.pending_is(vm.exc.ModuleNotFoundError)) return Error{};
    (void)vm.take_pending_exception();
  }
  std::string_view file;
  if (is_module(module)) file = str_or_empty(dict_get_str(as_module(module)->dict, vm.names.dunder_file));
  if (vm.initializing_modules.count(std::string(module_name))) {
    return raise_import_error(vm, vm.exc.ImportError,
                              fmt::format("cannot import name '{}' from partially initialized module '{}' (most likely "
                                          "due to a circular import) ({})",
                                          name->view(), module_name, file),
                              module_name, file);
  }
  if (file.empty()) {
    return raise_import_error(
        vm, vm.exc.ImportError,
        fmt::format("cannot import name '{}' from '{}' (unknown location)", name->view(), module_name), module_name, file);
  }
  return raise_import_error(vm, vm.exc.ImportError,
                            fmt::format("cannot import name '{}' from '{}' ({})", name->view(), module_name, file),
                            module_name, file);
}

}  // namespace edge::vm
