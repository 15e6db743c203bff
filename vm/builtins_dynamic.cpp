// The dynamic builtins: exec, eval, compile, locals, vars, dir and __import__ -- the
// ones that compile source at run time or look at the caller's namespaces.
//
// exec and eval never run their code in a nested interpreter when called from
// bytecode: their `frame_fn` hands the interpreter a frame that it pushes like a Python
// call's (vm/types/function.h), so exec'd code may suspend and raise like any frame.
// Their plain `fn` entry (calls from native code, e.g. map(eval, ...)) runs the same
// frame in a nested loop.
//
// Invariant: a frame handed out by prepare_code_frame holds (traces) its code, globals,
// locals and builtins; nothing is allocated between its creation and the caller
// linking it into the task.
#include <memory>
#include <string>

#include "compiler/compile.h"
#include "scheduler/task.h"
#include "vm/args.h"
#include "vm/code.h"
#include "vm/frame.h"
#include "vm/import.h"
#include "vm/interpreter.h"
#include "vm/ops.h"
#include "vm/types/bytes.h"
#include "vm/types/dict.h"
#include "vm/types/function.h"
#include "vm/types/list.h"
#include "vm/types/module.h"
#include "vm/types/str.h"
#include "vm/types/tuple.h"
#include "vm/types/type.h"
#include "vm/vm.h"

namespace edge::vm {
namespace {

Frame* caller_frame(VM& vm) { return vm.current_task != nullptr ? vm.current_task->frame : nullptr; }

bool is_namespace_code(const Frame* f) {
  return f->function == nullptr || (f->code->flags & (kCodeModule | kCodeClassBody)) != 0;
}

// locals() of `f`. Module, class and exec frames have a namespace dict. A function's
// locals live in slots, so, as CPython 3.11 does, the frame keeps one dict (its
// f_locals) that each call refreshes from the slots: names bound since are added,
// unbound ones removed, other keys (e.g. stored there by exec) left alone. Writes to
// the dict never reach the slots.
Fallible<Dict*> frame_locals(VM& vm, Frame* f) {
  if (f == nullptr) return make_dict(vm);
  if (is_namespace_code(f)) return f->locals != nullptr ? f->locals : f->globals;
  if (f->locals == nullptr) f->locals = make_dict(vm);  // rooted by the frame from here on
  Dict* d = f->locals;
  Code* code = f->code;
  Value* slots = f->localsplus();
  uint32_t nlocals = code->nlocals(), ncells = code->ncells(), nfree = code->nfree();
  auto cell_value = [](Value v) { return is_cell(v) ? as_cell(v)->value : Value::null(); };
  auto put = [&](Str* name, Value v) -> Status {
    if (v.is_null()) {
      EDGE_TRY(dict_pop(vm, d, Value::from_object(name)));
    } else {
      dict_set_str(vm, d, name, v);
    }
    return Status::ok();
  };
  // CPython's order: parameters and locals (a parameter captured by a closure shows
  // its cell's value), then the other cells, then the free variables.
  for (uint32_t i = 0; i < nlocals; ++i) {
    Value v = slots[i];
    for (uint32_t j = 0; j < ncells; ++j) {
      if (code->cell_param_index[j] == static_cast<int32_t>(i)) v = cell_value(slots[nlocals + j]);
    }
    EDGE_TRY(put(code->varnames[i], v));
  }
  for (uint32_t j = 0; j < ncells; ++j) {
    if (code->cell_param_index[j] >= 0) continue;
    EDGE_TRY(put(code->cellvars[j], cell_value(slots[nlocals + j])));
  }
  for (uint32_t k = 0; k < nfree; ++k) EDGE_TRY(put(code->freevars[k], cell_value(slots[nlocals + ncells + k])));
  return d;
}

Fallible<Dict*> caller_globals(VM& vm) {
  Frame* f = caller_frame(vm);
  if (f == nullptr) return make_dict(vm);
  return f->globals;
}

// --- source to code -----------------------------------------------------------------------------

// sys.displayhook's job for compile(..., 'single'): echo a non-None value's repr and
// remember it as builtins._ (set to None first, as CPython does, so a failing repr
// leaves no stale value).
Result display_hook(VM& vm, CallArgs args) {
  EDGE_TRY(check_arg_count(vm, args, "displayhook", 1, 1));
  Value v = args[0];
  if (v.is_none()) return Value::none();
  Str* underscore = intern(vm, "_");
  dict_set_str(vm, vm.builtins, underscore, Value::none());
  Value text = EDGE_TRY(repr(vm, v));
  std::string line(as_str(text)->view());
  line += '\n';
  if (vm.config.write_stdout) vm.config.write_stdout(line);
  dict_set_str(vm, vm.builtins, underscore, v);
  return Value::none();
}

const NativeMethodDef kDisplayHook = {"displayhook", display_hook};

// The text of a str or bytes source, or false (nothing raised) for any other type.
bool source_text(Value source, std::string& out) {
  if (is_str(source)) {
    out = std::string(as_str(source)->view());
    return true;
  }
  if (is_kind(source, ObjectKind::Bytes) || is_kind(source, ObjectKind::ByteArray)) {
    out = std::string(as_bytes(source)->view());
    return true;
  }
  return false;
}

// CPython's tracebacks read source lines from the file a code object names; text given
// to exec/eval/compile has no file, so its frames show no line.
void drop_source_lines(Code* code) {
  code->source = nullptr;
  for (Value c : code->constants) {
    if (is_code(c)) drop_source_lines(as_code(c));
  }
}

Fallible<Code*> compile_text(VM& vm, std::string text, const std::string& filename, compiler::CompileMode mode) {
  if (text.find('\0') != std::string::npos) {
    return vm.raise(vm.exc.SyntaxError, "source code string cannot contain null bytes");
  }
  if (mode == compiler::CompileMode::Eval) {
    // eval() ignores leading blanks (CPython strips spaces and tabs before parsing).
    size_t skip = text.find_first_not_of(" \t");
    text.erase(0, skip == std::string::npos ? text.size() : skip);
  }
  auto source = std::make_shared<compiler::SourceFile>(filename, std::move(text));
  Value hook = Value::null();
  if (mode == compiler::CompileMode::Single) hook = Value::from_object(make_builtin_function(vm, &kDisplayHook));
  TempRoot hook_root(vm, hook);
  Code* code = EDGE_TRY(compiler::compile_source(vm, source, mode, hook));
  drop_source_lines(code);
  return code;
}

// --- exec and eval ------------------------------------------------------------------------------

// Checks exec/eval arguments and builds the frame that runs the code: globals and
// locals default to the caller's (locals is globals when only globals is given), and
// globals without `__builtins__` get the caller's builtins under that key.
Fallible<Frame*> prepare_code_frame(VM& vm, CallArgs args, bool is_eval) {
  const char* name = is_eval ? "eval" : "exec";
  if (args.nkw() != 0) {
    if (is_eval) return vm.raise(vm.exc.TypeError, "eval() takes no keyword arguments");
    std::string_view key = as_str(args.kwnames->item(0))->view();
    if (key != "closure") return vm.raise_fmt(vm.exc.TypeError, "'{}' is an invalid keyword argument for exec()", key);
    // Binding a tuple of cells to a code object's free variables is not supported
    // (docs/language.md); closure=None is accepted, as CPython does.
    if (!args.args[args.nargs].is_none()) {
      return vm.raise(vm.exc.TypeError, "exec(): closure= is not supported");
    }
  }
  if (args.nargs < 1 || args.nargs > 3) {
    if (is_eval) {
      if (args.nargs < 1) return vm.raise(vm.exc.TypeError, "eval expected at least 1 argument, got 0");
      return vm.raise_fmt(vm.exc.TypeError, "eval expected at most 3 arguments, got {}", args.nargs);
    }
    if (args.nargs < 1) return vm.raise(vm.exc.TypeError, "exec() takes at least 1 positional argument (0 given)");
    return vm.raise_fmt(vm.exc.TypeError, "exec() takes at most 3 positional arguments ({} given)", args.nargs);
  }
  Value source = args[0];
  Value globals_arg = args.nargs > 1 ? args[1] : Value::none();
  Value locals_arg = args.nargs > 2 ? args[2] : Value::none();
  if (!globals_arg.is_none() && !is_dict(globals_arg)) {
    if (is_eval) return vm.raise(vm.exc.TypeError, "globals must be a real dict; try eval(expr, {}, mapping)");
    return vm.raise_fmt(vm.exc.TypeError, "exec() globals must be a dict, not {}", type_name(vm, globals_arg));
  }
  if (!locals_arg.is_none() && !is_dict(locals_arg)) {
    // CPython accepts any mapping here; frames keep their namespace in a dict.
    if (is_eval) return vm.raise(vm.exc.TypeError, "locals must be a mapping");
    return vm.raise_fmt(vm.exc.TypeError, "locals must be a mapping or None, not {}", type_name(vm, locals_arg));
  }
  Dict* globals;
  Dict* locals;
  if (globals_arg.is_none()) {
    Frame* f = caller_frame(vm);
    globals = EDGE_TRY(caller_globals(vm));
    TempRoot globals_root(vm, Value::from_object(globals));
    locals = globals;
    if (!locals_arg.is_none()) {
      locals = as_dict(locals_arg);
    } else if (f != nullptr) {
      locals = EDGE_TRY(frame_locals(vm, f));
    }
  } else {
    globals = as_dict(globals_arg);
    locals = locals_arg.is_none() ? globals : as_dict(locals_arg);
  }
  TempRoot globals_root(vm, Value::from_object(globals));
  TempRoot locals_root(vm, Value::from_object(locals));

  Code* code;
  if (is_code(source)) {
    code = as_code(source);
  } else {
    std::string text;
    if (!source_text(source, text)) {
      return vm.raise_fmt(vm.exc.TypeError, "{}() arg 1 must be a string, bytes or code object", name);
    }
    code = EDGE_TRY(compile_text(vm, std::move(text), "<string>",
                                 is_eval ? compiler::CompileMode::Eval : compiler::CompileMode::Exec));
  }
  TempRoot code_root(vm, Value::from_object(code));
  if (code->nfree() != 0) {
    return vm.raise_fmt(vm.exc.TypeError, "code object passed to {}() may not contain free variables", name);
  }
  if ((code->flags & (kCodeGenerator | kCodeCoroutine | kCodeAsyncGenerator)) != 0) {
    // CPython would return a new generator; the frame this hands out must run now.
    return vm.raise_fmt(vm.exc.TypeError, "{}() of a generator's code object is not supported", name);
  }

  Frame* caller = caller_frame(vm);
  Dict* caller_builtins = caller != nullptr && caller->builtins != nullptr ? caller->builtins : vm.builtins;
  Value declared = dict_get_str(globals, vm.names.dunder_builtins);
  if (declared.is_null()) {
    declared = Value::from_object(caller_builtins);
    dict_set_str(vm, globals, vm.names.dunder_builtins, declared);
  }
  // The frame looks names up in the builtins its globals declare, as CPython does: a
  // restricted `{"__builtins__": {...}}` namespace sees only what it lists.
  Dict* builtins = vm.builtins;
  if (is_dict(declared)) {
    builtins = as_dict(declared);
  } else if (is_module(declared)) {
    builtins = as_module(declared)->dict;
  }

  Frame* frame;
  if ((code->flags & kCodeModule) == 0) {
    // A function's code (f.__code__): run as a call with no arguments would be, which
    // sets up its cells and reports its missing parameters with CPython's message.
    Function* fn = make_function(vm, code, globals, code->qualname);
    TempRoot fn_root(vm, Value::from_object(fn));
    frame = EDGE_TRY(bind_arguments(vm, fn, CallArgs{}));
  } else {
    frame = new_frame(vm, code, nullptr, globals);
    frame->locals = locals == globals ? nullptr : locals;
  }
  frame->builtins = builtins;
  if (!is_eval) frame->flags |= kFrameResultNone;
  return frame;
}

Fallible<Frame*> exec_frame(VM& vm, CallArgs args) { return prepare_code_frame(vm, args, false); }
Fallible<Frame*> eval_frame(VM& vm, CallArgs args) { return prepare_code_frame(vm, args, true); }

// The entry for calls from native code: the same frame in a nested interpreter loop.
Result run_prepared(VM& vm, CallArgs args, bool is_eval) {
  Frame* frame = EDGE_TRY(prepare_code_frame(vm, args, is_eval));
  NativeDepthGuard guard(vm);
  if (guard.failed()) {
    free_frame(vm, frame);
    return Error{};
  }
  frame->flags &= ~kFrameResultNone;
  Result r = run_frame(vm, frame);
  free_frame(vm, frame);
  if (r.failed()) return Error{};
  return is_eval ? r.value() : Value::none();
}

Result builtin_exec(VM& vm, CallArgs args) { return run_prepared(vm, args, false); }
Result builtin_eval(VM& vm, CallArgs args) { return run_prepared(vm, args, true); }

Result builtin_compile(VM& vm, CallArgs args) {
  static const Signature kSig("compile(source, filename, mode, flags=, dont_inherit=, optimize=, *, _feature_version=)");
  Value a[7];
  EDGE_TRY(parse_args(vm, args, kSig, a));
  std::string text;
  if (!source_text(a[0], text)) {
    return vm.raise(vm.exc.TypeError, "compile() arg 1 must be a string, bytes or AST object");
  }
  if (!is_str(a[1])) {
    return vm.raise_fmt(vm.exc.TypeError, "compile() argument 'filename' must be str, not {}", type_name(vm, a[1]));
  }
  if (!is_str(a[2])) {
    return vm.raise_fmt(vm.exc.TypeError, "compile() argument 'mode' must be str, not {}", type_name(vm, a[2]));
  }
  if (!a[3].is_null() && !(a[3].is_small_int() && a[3].as_small_int() == 0)) {
    // No compiler flag (PyCF_*, __future__ features) is modelled.
    return vm.raise(vm.exc.ValueError, "compile(): unrecognised flags");
  }
  std::string_view mode_name = as_str(a[2])->view();
  compiler::CompileMode mode;
  if (mode_name == "exec") {
    mode = compiler::CompileMode::Exec;
  } else if (mode_name == "eval") {
    mode = compiler::CompileMode::Eval;
  } else if (mode_name == "single") {
    mode = compiler::CompileMode::Single;
  } else {
    return vm.raise(vm.exc.ValueError, "compile() mode must be 'exec', 'eval' or 'single'");
  }
  Code* code = EDGE_TRY(compile_text(vm, std::move(text), std::string(as_str(a[1])->view()), mode));
  return Value::from_object(code);
}

// --- namespaces -----------------------------------------------------------------------------------

Result builtin_globals(VM& vm, CallArgs args) {
  EDGE_TRY(check_arg_count(vm, args, "globals", 0, 0));
  return Value::from_object(EDGE_TRY(caller_globals(vm)));
}

Result builtin_locals(VM& vm, CallArgs args) {
  if (args.nkw() != 0) return vm.raise(vm.exc.TypeError, "locals() takes no keyword arguments");
  if (args.nargs != 0) return vm.raise_fmt(vm.exc.TypeError, "locals() takes no arguments ({} given)", args.nargs);
  Dict* d = EDGE_TRY(frame_locals(vm, caller_frame(vm)));
  return Value::from_object(d);
}

Result builtin_vars(VM& vm, CallArgs args) {
  EDGE_TRY(check_arg_count(vm, args, "vars", 0, 1));
  if (args.nargs == 0) {
    Dict* d = EDGE_TRY(frame_locals(vm, caller_frame(vm)));
    return Value::from_object(d);
  }
  Result r = getattr(vm, args[0], vm.names.dunder_dict);
  if (r.failed()) {
    if (!vm.pending_is(vm.exc.AttributeError)) return Error{};
    (void)vm.take_pending_exception();
    return vm.raise(vm.exc.TypeError, "vars() argument must have __dict__ attribute");
  }
  return r.value();
}

// Adds the keys of `d` to `names` (a set-like dict: name -> None).
void add_keys(VM& vm, Dict* names, Dict* d) {
  if (d == nullptr) return;
  uint32_t pos = 0;
  Value key, value;
  while (dict_next(d, pos, key, value)) {
    if (is_str(key)) dict_set_str(vm, names, as_str(key), Value::none());
  }
}

// The attribute names of a class and its bases (CPython's type.__dir__): the keys of
// every dict on the MRO.
void add_class_names(VM& vm, Dict* names, Type* t) {
  Tuple* mro = t->mro;
  for (uint32_t i = 0; i < mro->length; ++i) add_keys(vm, names, as_type(mro->item(i))->dict);
}

// dir(obj) without a user __dir__: a module's namespace; a class's names and its
// bases'; for other objects their own __dict__ plus their class's names.
Fallible<Dict*> default_dir(VM& vm, Value obj) {
  Dict* names = make_dict(vm);
  TempRoot root(vm, Value::from_object(names));
  if (is_module(obj)) {
    add_keys(vm, names, as_module(obj)->dict);
  } else if (is_type(obj)) {
    add_class_names(vm, names, as_type(obj));
  } else {
    Result d = getattr_opt(vm, obj, vm.names.dunder_dict);
    if (d.failed()) {
      if (!vm.pending_is(vm.exc.AttributeError)) return Error{};
      (void)vm.take_pending_exception();
    } else if (!d.value().is_null() && is_dict(d.value())) {
      TempRoot d_root(vm, d.value());  // a __dict__ property may return a fresh dict
      add_keys(vm, names, as_dict(d.value()));
    }
    add_class_names(vm, names, type_of(vm, obj));
  }
  return names;
}

Result sorted_keys(VM& vm, Dict* d) {
  List* l = make_list(vm);
  TempRoot root(vm, Value::from_object(l));
  uint32_t pos = 0;
  Value key, value;
  while (dict_next(d, pos, key, value)) list_append(vm, l, key);
  EDGE_TRY(list_sort_rpy(vm, l, Value::null(), false));
  return Value::from_object(l);
}

Result builtin_dir(VM& vm, CallArgs args) {
  EDGE_TRY(check_arg_count(vm, args, "dir", 0, 1));
  if (args.nargs == 0) {
    Dict* d = EDGE_TRY(frame_locals(vm, caller_frame(vm)));
    return sorted_keys(vm, d);
  }
  Value obj = args[0];
  Type* t = type_of(vm, obj);
  // A class's own __dir__ (looked up on the type, as special methods are) decides.
  Value method = type_lookup(t, intern(vm, "__dir__"));
  if (!method.is_null() && !is_builtin_function(method)) {
    Value listed = EDGE_TRY(call_method(vm, obj, intern(vm, "__dir__"), CallArgs{}));
    TempRoot listed_root(vm, listed);
    List* l = make_list(vm);
    TempRoot root(vm, Value::from_object(l));
    EDGE_TRY(list_extend_rpy(vm, l, listed));
    EDGE_TRY(list_sort_rpy(vm, l, Value::null(), false));
    return Value::from_object(l);
  }
  Dict* names = EDGE_TRY(default_dir(vm, obj));
  TempRoot root(vm, Value::from_object(names));
  return sorted_keys(vm, names);
}

// object.__dir__: the default listing, unsorted (dir() sorts it).
Result object_dir(VM& vm, CallArgs args) {
  EDGE_TRY(check_arg_count(vm, args, "__dir__", 1, 1));
  Dict* names = EDGE_TRY(default_dir(vm, args[0]));
  TempRoot root(vm, Value::from_object(names));
  List* l = make_list(vm);
  TempRoot list_root(vm, Value::from_object(l));
  uint32_t pos = 0;
  Value key, value;
  while (dict_next(names, pos, key, value)) list_append(vm, l, key);
  return Value::from_object(l);
}

// --- __import__ --------------------------------------------------------------------------------------

Result builtin_import(VM& vm, CallArgs args) {
  static const Signature kSig("__import__(name, globals=, locals=, fromlist=, level=)");
  Value a[5];
  EDGE_TRY(parse_args(vm, args, kSig, a));
  if (!is_str(a[0])) {
    return vm.raise_fmt(vm.exc.TypeError, "__import__() argument 1 must be str, not {}", type_name(vm, a[0]));
  }
  Value level = a[4].is_null() ? Value::small_int(0) : a[4];
  if (!level.is_small_int()) {
    return vm.raise_fmt(vm.exc.TypeError, "'{}' object cannot be interpreted as an integer", type_name(vm, level));
  }
  if (level.as_small_int() < 0) return vm.raise(vm.exc.ValueError, "level must be >= 0");
  Str* name = as_str(a[0]);
  if (name->byte_length == 0 && level.as_small_int() == 0) return vm.raise(vm.exc.ValueError, "Empty module name");
  Dict* globals = nullptr;
  if (!a[1].is_null() && is_dict(a[1])) {
    globals = as_dict(a[1]);
  } else {
    globals = EDGE_TRY(caller_globals(vm));
  }
  TempRoot globals_root(vm, Value::from_object(globals));
  Value fromlist = a[3].is_null() ? Value::none() : a[3];
  if (!fromlist.is_none() && !is_tuple(fromlist)) {
    // The import machinery only asks whether the fromlist is empty.
    int64_t n = EDGE_TRY(length(vm, fromlist));
    fromlist = n == 0 ? Value::none() : Value::small_int(1);
  }
  return import_name_in(vm, intern(vm, name->view()), fromlist, level, globals);
}

const NativeMethodDef kDynamicBuiltins[] = {
    {"exec", builtin_exec, nullptr, nullptr, exec_frame},
    {"eval", builtin_eval, nullptr, nullptr, eval_frame},
    {"compile", builtin_compile},
    {"globals", builtin_globals},
    {"locals", builtin_locals},
    {"vars", builtin_vars},
    {"dir", builtin_dir},
    {"__import__", builtin_import},
    {nullptr, nullptr},
};

const NativeMethodDef kObjectDir[] = {
    {"__dir__", object_dir},
    {nullptr, nullptr},
};

}  // namespace

void install_dynamic_builtins(VM& vm, Dict* builtins) {
  for (const NativeMethodDef* def = kDynamicBuiltins; def->name != nullptr; ++def) {
    BuiltinFunction* f = make_builtin_function(vm, def);
    dict_set_str(vm, builtins, f->name, Value::from_object(f));
  }
  add_methods(vm, vm.types.object, kObjectDir);
}

}  // namespace edge::vm
