// The dispatch loop (see interpreter.h for the contract).
//
// Registers: `frame` is the running frame, `pc` points at the next instruction, `sp`
// one past the top of the value stack, `locals` at the frame's local slots. They are
// written back to the frame (SAVE) before anything that may look at the frame -- a
// call out of the loop, an exception, a safe point -- and reloaded (LOAD) after the
// running frame changes.
//
// Exceptions: every failing operation jumps to `error`, which records a traceback
// entry, then looks for a handler in the frame's exception table; with none, the frame
// is popped and the search continues in its caller, until the entry frame is left.
//
// Safe points (where the collector may run): backward jumps and Python calls. Every
// live value is then in some frame's slots or stack, or in a root the VM traces.
#include "vm/interpreter.h"

#include <vector>

#include "scheduler/task.h"
#include "vm/code.h"
#include "vm/frame.h"
#include "vm/import.h"
#include "vm/match.h"
#include "vm/opcodes.h"
#include "vm/ops.h"
#include "vm/types/class.h"
#include "vm/types/dict.h"
#include "vm/types/exception.h"
#include "vm/types/float.h"
#include "vm/types/function.h"
#include "vm/types/generator.h"
#include "vm/types/int.h"
#include "vm/types/list.h"
#include "vm/types/misc.h"
#include "vm/types/module.h"
#include "vm/types/set.h"
#include "vm/types/str.h"
#include "vm/types/tuple.h"
#include "vm/types/type.h"
#include "vm/vm.h"

namespace edge::vm {
namespace {

// --- slow paths kept out of the loop -------------------------------------------------------

Error raise_unbound_local(VM& vm, Code* code, uint32_t index) {
  return vm.raise_fmt(vm.exc.UnboundLocalError,
                      "cannot access local variable '{}' where it is not associated with a value",
                      code->varnames[index]->view());
}

Error raise_unbound_deref(VM& vm, Code* code, uint32_t index) {
  uint32_t ncells = code->ncells();
  if (index < ncells) {
    return vm.raise_fmt(vm.exc.UnboundLocalError,
                        "cannot access local variable '{}' where it is not associated with a value",
                        code->cellvars[index]->view());
  }
  return vm.raise_fmt(vm.exc.NameError,
                      "cannot access free variable '{}' where it is not associated with a value in enclosing scope",
                      code->freevars[index - ncells]->view());
}

// Global (and module-level) name lookup through the code object's cache; null if the
// name is in neither the globals nor the builtins.
Value load_global_cached(VM& vm, Code* code, uint32_t name_index, Dict* globals, Dict* builtins) {
  if (code->global_cache.empty()) code->global_cache.resize(code->names.size());
  GlobalCacheEntry& c = code->global_cache[name_index];
  if (c.globals == globals && c.globals_version == globals->version) {
    if (c.globals_index >= 0) return globals->entries[c.globals_index].value;
    if (c.builtins == builtins && c.builtins_version == builtins->version) {
      return builtins->entries[c.builtins_index].value;
    }
  }
  Str* name = code->names[name_index];
  int32_t i = dict_find_str(globals, name);
  c.globals = globals;
  c.globals_version = globals->version;
  c.globals_index = i;
  if (i >= 0) return globals->entries[i].value;
  int32_t j = dict_find_str(builtins, name);
  if (j < 0) {
    c.globals = nullptr;  // nothing worth remembering
    return Value::null();
  }
  c.builtins_index = j;
  c.builtins_version = builtins->version;
  c.builtins = builtins;
  return builtins->entries[j].value;
}

void store_global_cached(VM& vm, Code* code, uint32_t name_index, Dict* globals, Value v) {
  if (!code->global_cache.empty()) {
    GlobalCacheEntry& c = code->global_cache[name_index];
    if (c.globals == globals && c.globals_version == globals->version && c.globals_index >= 0) {
      globals->entries[c.globals_index].value = v;
      return;
    }
  }
  dict_set_str(vm, globals, code->names[name_index], v);
}

Error raise_name_error(VM& vm, Str* name) {
  return vm.raise_fmt(vm.exc.NameError, "name '{}' is not defined", name->view());
}

// Pushes the items of `seq` for UnpackSequence: exactly `n` items, the first on top.
Status unpack_sequence(VM& vm, Value seq, uint32_t n, Value* out_top) {
  // out_top[-1] receives item 0 ... out_top[-n] receives item n-1 (stack order).
  // Exact tuples and lists only: a subclass may override __iter__.
  Type* exact = seq.is_object() ? seq.as_object()->type : nullptr;
  if ((is_tuple(seq) && exact == vm.types.tuple) || (is_list(seq) && exact == vm.types.list)) {
    const Value* items;
    size_t len;
    if (is_tuple(seq)) {
      items = as_tuple(seq)->items();
      len = as_tuple(seq)->length;
    } else {
      items = as_list(seq)->items.data();
      len = as_list(seq)->items.size();
    }
    if (len != n) {
      if (len < n) {
        return vm.raise_fmt(vm.exc.ValueError, "not enough values to unpack (expected {}, got {})", n, len);
      }
      return vm.raise_fmt(vm.exc.ValueError, "too many values to unpack (expected {})", n);
    }
    for (uint32_t i = 0; i < n; ++i) out_top[-1 - static_cast<int64_t>(i)] = items[i];
    return Status::ok();
  }
  Type* t = type_of(vm, seq);
  if (t->slots.iter == nullptr && t->slots.getitem == nullptr) {
    return vm.raise_fmt(vm.exc.TypeError, "cannot unpack non-iterable {} object", type_name_of(t));
  }
  Value it = EDGE_TRY(get_iter(vm, seq));
  TempRoot root(vm, it);
  std::vector<Value> items;
  for (;;) {
    Value x = EDGE_TRY(iter_next(vm, it));
    if (x.is_null()) break;
    if (items.size() == n) {
      return vm.raise_fmt(vm.exc.ValueError, "too many values to unpack (expected {})", n);
    }
    items.push_back(x);
    // The collected items are rooted by storing them in the frame's stack right away.
    out_top[-static_cast<int64_t>(items.size())] = x;
  }
  if (items.size() < n) {
    return vm.raise_fmt(vm.exc.ValueError, "not enough values to unpack (expected {}, got {})", n, items.size());
  }
  return Status::ok();
}

// UnpackEx: `before` items, a list of the middle, `after` items.
Status unpack_ex(VM& vm, Value seq, uint32_t before, uint32_t after, Value* out_top) {
  Type* t = type_of(vm, seq);
  if (t->slots.iter == nullptr && t->slots.getitem == nullptr) {
    return vm.raise_fmt(vm.exc.TypeError, "cannot unpack non-iterable {} object", type_name_of(t));
  }
  List* all = make_list(vm);
  TempRoot root(vm, Value::from_object(all));
  EDGE_TRY(list_extend_rpy(vm, all, seq));
  size_t len = all->items.size();
  if (len < before + after) {
    return vm.raise_fmt(vm.exc.ValueError, "not enough values to unpack (expected at least {}, got {})",
                        before + after, len);
  }
  uint32_t total = before + 1 + after;
  // Stack order: item 0 on top.
  Value* slot = out_top - 1;
  for (uint32_t i = 0; i < before; ++i) *slot-- = all->items[i];
  List* middle = make_list(vm, all->items.data() + before, len - before - after);
  *slot-- = Value::from_object(middle);
  for (uint32_t i = 0; i < after; ++i) *slot-- = all->items[len - after + i];
  (void)total;
  return Status::ok();
}

Result format_value(VM& vm, Value v, uint32_t flags, Value spec) {
  switch (flags & 3) {
    case 1: v = EDGE_TRY(str(vm, v)); break;
    case 2: v = EDGE_TRY(repr(vm, v)); break;
    case 3: v = EDGE_TRY(ascii(vm, v)); break;
    default: break;
  }
  if (spec.is_null()) {
    if (is_str(v) && as_str(v)->type == vm.types.str) return v;
    return format(vm, v, vm.names.empty);
  }
  return format(vm, v, as_str(spec));
}

Result build_string(VM& vm, const Value* parts, uint32_t n) {
  size_t total = 0;
  for (uint32_t i = 0; i < n; ++i) total += as_str(parts[i])->byte_length;
  Str* s = alloc_str(vm, static_cast<uint32_t>(total));
  char* out = s->mutable_data();
  for (uint32_t i = 0; i < n; ++i) {
    Str* p = as_str(parts[i]);
    std::memcpy(out, p->data(), p->byte_length);
    out += p->byte_length;
  }
  return Value::from_object(finish_str(s));
}

Result build_map(VM& vm, const Value* items, uint32_t pairs) {
  Dict* d = make_dict(vm);
  for (uint32_t i = 0; i < pairs; ++i) EDGE_TRY(dict_set(vm, d, items[2 * i], items[2 * i + 1]));
  return Value::from_object(d);
}

Result build_set(VM& vm, const Value* items, uint32_t n) {
  Set* s = make_set(vm);
  for (uint32_t i = 0; i < n; ++i) EDGE_TRY(set_add(vm, s, items[i]));
  return Value::from_object(s);
}

// `except X:` matching: X must be an exception class or a tuple of them.
Fallible<bool> exception_matches(VM& vm, Value exc, Value spec) {
  if (is_tuple(spec)) {
    Tuple* t = as_tuple(spec);
    for (uint32_t i = 0; i < t->length; ++i) {
      if (EDGE_TRY(exception_matches(vm, exc, t->item(i)))) return true;
    }
    return false;
  }
  if (!is_exception_type(spec)) {
    return vm.raise(vm.exc.TypeError, "catching classes that do not inherit from BaseException is not allowed");
  }
  return isinstance(vm, exc, as_type(spec));
}

// `raise exc from cause`.
Status raise_with_cause(VM& vm, Value exc, Value cause) {
  Value instance;
  if (is_exception_type(exc)) {
    instance = EDGE_TRY(call0(vm, exc));
    if (!is_exception(instance)) return vm.raise(vm.exc.TypeError, "exceptions must derive from BaseException");
  } else if (is_exception(exc)) {
    instance = exc;
  } else {
    return vm.raise(vm.exc.TypeError, "exceptions must derive from BaseException");
  }
  TempRoot root(vm, instance);
  Value cause_value;
  if (cause.is_none()) {
    cause_value = Value::null();
  } else if (is_exception_type(cause)) {
    cause_value = EDGE_TRY(call0(vm, cause));
  } else if (is_exception(cause)) {
    cause_value = cause;
  } else {
    return vm.raise(vm.exc.TypeError, "exception causes must derive from BaseException");
  }
  Exception* e = as_exception(instance);
  e->cause = cause_value;
  e->suppress_context = true;
  return vm.raise_value(instance);
}

Result make_function_from_stack(VM& vm, uint32_t flags, Value* top) {
  // Stack: [(defaults,)(kwdefaults,)(annotations,)(closure,) code]; `top` points one
  // past the code.
  Value* p = top - 1;
  Code* code = as_code(*p);
  Value closure = (flags & 8) ? *--p : Value::null();
  Value annotations = (flags & 4) ? *--p : Value::null();
  Value kwdefaults = (flags & 2) ? *--p : Value::null();
  Value defaults = (flags & 1) ? *--p : Value::null();
  Function* f = make_function(vm, code, nullptr, code->qualname);
  f->doc = code->doc;
  if (!defaults.is_null()) f->defaults = as_tuple(defaults);
  if (!kwdefaults.is_null()) f->kwdefaults = as_dict(kwdefaults);
  if (!closure.is_null()) f->closure = as_tuple(closure);
  if (!annotations.is_null()) f->annotations = as_dict(annotations);
  return Value::from_object(f);
}

Status import_star(VM& vm, Value module, Frame* frame) {
  Dict* target = frame->locals ? frame->locals : frame->globals;
  if (!is_module(module)) return vm.raise(vm.exc.TypeError, "import * needs a module");
  Module* m = as_module(module);
  Value all = dict_get_str(m->dict, vm.names.dunder_all);
  if (!all.is_null()) {
    Value it = EDGE_TRY(get_iter(vm, all));
    TempRoot root(vm, it);
    for (;;) {
      Value name = EDGE_TRY(iter_next(vm, it));
      if (name.is_null()) break;
      if (!is_str(name)) return vm.raise(vm.exc.TypeError, "Item in __all__ must be str");
      Value v = EDGE_TRY(getattr(vm, module, as_str(name)));
      EDGE_TRY(dict_set(vm, target, name, v));
    }
    return Status::ok();
  }
  uint32_t pos = 0;
  Value key, value;
  while (dict_next(m->dict, pos, key, value)) {
    if (is_str(key) && (as_str(key)->byte_length == 0 || as_str(key)->data()[0] != '_')) {
      EDGE_TRY(dict_set(vm, target, key, value));
    }
  }
  return Status::ok();
}

// Keyword arguments from a `**mapping` call: names into a tuple, values after the
// positional ones.
Status collect_call_ex_args(VM& vm, Value args_tuple, Value kwargs, std::vector<Value>& values, Value& kwnames) {
  Tuple* t = as_tuple(args_tuple);
  values.assign(t->items(), t->items() + t->length);
  kwnames = Value::null();
  if (kwargs.is_null()) return Status::ok();
  Dict* d = as_dict(kwargs);
  Tuple* names = make_tuple(vm, d->size());
  uint32_t pos = 0, i = 0;
  Value key, value;
  while (dict_next(d, pos, key, value)) {
    if (!is_str(key)) return vm.raise(vm.exc.TypeError, "keywords must be strings");
    names->items()[i++] = key;
    values.push_back(value);
  }
  kwnames = Value::from_object(names);
  return Status::ok();
}

}  // namespace

// --- the loop -------------------------------------------------------------------------------

namespace {
Result interpret(VM& vm, Frame* start, bool throw_on_entry);

// Counts the interpreter loops running the current task on the C++ stack: only the
// outermost one may suspend the task (an inner one has native callers waiting on it).
class InterpreterNesting {
 public:
  explicit InterpreterNesting(sched::Task* task) : task_(task) { ++task_->interp_nesting; }
  ~InterpreterNesting() { --task_->interp_nesting; }

 private:
  sched::Task* task_;
};

Result enter_frame(VM& vm, Frame* entry, bool throw_on_entry) {
  sched::Task* task = vm.current_task;
  entry->flags |= kFrameEntry;
  entry->back = task->frame;
  task->frame = entry;
  if (++task->depth > vm.config.recursion_limit) {
    task->frame = entry->back;
    --task->depth;
    entry->flags &= ~kFrameEntry;
    return vm.raise(vm.exc.RecursionError, "maximum recursion depth exceeded");
  }
  InterpreterNesting nesting(task);
  return interpret(vm, entry, throw_on_entry);
}

}  // namespace

Result run_frame(VM& vm, Frame* entry) { return enter_frame(vm, entry, false); }

Result run_frame_throwing(VM& vm, Frame* entry) { return enter_frame(vm, entry, true); }

Result resume_task_frames(VM& vm, bool throwing) {
  InterpreterNesting nesting(vm.current_task);
  return interpret(vm, vm.current_task->frame, throwing);
}

namespace {

// The interpreter proper: runs from `start` (the top of the current task's chain) until
// a frame flagged kFrameEntry returns or yields, an exception escapes it, or the task
// suspends (vm.suspend_requested; the frames stay linked for resume_task_frames). With
// `throw_on_entry`, the pending exception is raised in `start` at its current
// instruction before anything runs (generator.throw(), a wake-up with an error).
Result interpret(VM& vm, Frame* start, bool throw_on_entry) {
  sched::Task* task = vm.current_task;
  Frame* frame = start;
  const uint32_t* code_base;
  const uint32_t* pc;
  Value* sp;
  Value* locals;
  const Value* consts;
  Code* code;
  Tuple* kwnames = nullptr;     // set by KwNames for the next Call
  bool add_traceback = true;    // false for re-raises, which keep the traceback as is
  Value result;

#define LOAD_FRAME()                                 \
  do {                                               \
    code = frame->code;                              \
    code_base = code->instructions.data();           \
    pc = code_base + frame->ip;                      \
    locals = frame->localsplus();                    \
    sp = frame->stack_base() + frame->sp;            \
    consts = code->constants.data();                 \
  } while (0)
#define SAVE_FRAME()                                            \
  do {                                                          \
    frame->ip = static_cast<uint32_t>(pc - code_base);          \
    frame->sp = static_cast<uint32_t>(sp - frame->stack_base()); \
  } while (0)
#define PUSH(v) (*sp++ = (v))
#define POP() (*--sp)
#define TOP() (sp[-1])
#define PEEK(n) (sp[-static_cast<ptrdiff_t>(n)])
#define TRY_VALUE(expr)                 \
  ({                                    \
    auto r_ = (expr);                   \
    if (r_.failed()) goto error;        \
    r_.value();                         \
  })
#define TRY_STATUS(expr)            \
  do {                              \
    if ((expr).failed()) goto error; \
  } while (0)
// A Python call runs as a frame of this loop, never by C++ recursion. These enter a
// new frame `nf` (already bound): RecursionError past the task's limit (the frame is
// released), else `nf` becomes the innermost frame and execution continues in it.
#define CHECK_DEPTH_OR_RELEASE(nf)                                                  \
  do {                                                                              \
    if (task->depth + 1 > vm.config.recursion_limit) {                              \
      free_frame(vm, nf);                                                           \
      SAVE_FRAME();                                                                 \
      (void)vm.raise(vm.exc.RecursionError, "maximum recursion depth exceeded");    \
      goto error;                                                                   \
    }                                                                               \
  } while (0)
#define LINK_FRAME(nf)       \
  do {                       \
    SAVE_FRAME();            \
    (nf)->back = frame;      \
    frame = (nf);            \
    task->frame = frame;     \
    ++task->depth;           \
    LOAD_FRAME();            \
  } while (0)
#define ENTER_FRAME(nf)             \
  do {                              \
    CHECK_DEPTH_OR_RELEASE(nf);     \
    LINK_FRAME(nf);                 \
  } while (0)

// Dispatch: natively, each handler jumps straight to the next one through a table of
// label addresses (GNU "labels as values"); WebAssembly has no indirect branch to a
// label, so the wasm build uses the switch (an indirect br_table either way).
#if defined(__GNUC__) && !defined(__EMSCRIPTEN__)
  static void* const kHandlers[] = {
#define OPCODE(name, flow, effect, jump_effect, doc) &&handler_##name,
#include "vm/opcodes.def"
#undef OPCODE
  };
#define CASE(name) \
  case Op::name:   \
  handler_##name:
#define NEXT()                         \
  do {                                 \
    word = *pc++;                      \
    arg = decode_arg(word);            \
    goto* kHandlers[word & 0xFF];      \
  } while (0)
#else
#define CASE(name) case Op::name:
#define NEXT() continue
#endif

  LOAD_FRAME();

  uint32_t word;
  uint32_t arg;
  if (throw_on_entry) goto error;
  for (;;) {
    word = *pc++;
    arg = decode_arg(word);
    switch (decode_op(word)) {
      CASE(Nop)
        NEXT();
      CASE(PopTop)
        --sp;
        NEXT();
      CASE(PushNull)
        PUSH(Value::null());
        NEXT();
      CASE(Copy) {
        Value v = PEEK(arg);
        PUSH(v);
        NEXT();
      }
      CASE(Swap) {
        Value v = TOP();
        TOP() = PEEK(arg);
        PEEK(arg) = v;
        NEXT();
      }
      CASE(LoadConst)
        PUSH(consts[arg]);
        NEXT();

      // --- variables ---------------------------------------------------------------------
      CASE(LoadFast) {
        Value v = locals[arg];
        if (v.is_null()) {
          SAVE_FRAME();
          (void)raise_unbound_local(vm, code, arg);
          goto error;
        }
        PUSH(v);
        NEXT();
      }
      CASE(StoreFast)
        locals[arg] = POP();
        NEXT();
      CASE(DeleteFast)
        if (locals[arg].is_null()) {
          SAVE_FRAME();
          (void)raise_unbound_local(vm, code, arg);
          goto error;
        }
        locals[arg] = Value::null();
        NEXT();
      CASE(LoadDeref) {
        Value v = as_cell(locals[code->nlocals() + arg])->value;
        if (v.is_null()) {
          SAVE_FRAME();
          (void)raise_unbound_deref(vm, code, arg);
          goto error;
        }
        PUSH(v);
        NEXT();
      }
      CASE(StoreDeref)
        as_cell(locals[code->nlocals() + arg])->value = POP();
        NEXT();
      CASE(DeleteDeref) {
        Cell* cell = as_cell(locals[code->nlocals() + arg]);
        if (cell->value.is_null()) {
          SAVE_FRAME();
          (void)raise_unbound_deref(vm, code, arg);
          goto error;
        }
        cell->value = Value::null();
        NEXT();
      }
      CASE(LoadClosure)
        PUSH(locals[code->nlocals() + arg]);
        NEXT();
      CASE(LoadGlobal) {
        Value v = load_global_cached(vm, code, arg, frame->globals, frame->builtins);
        if (v.is_null()) {
          SAVE_FRAME();
          (void)raise_name_error(vm, code->names[arg]);
          goto error;
        }
        PUSH(v);
        NEXT();
      }
      CASE(StoreGlobal)
        SAVE_FRAME();
        store_global_cached(vm, code, arg, frame->globals, POP());
        NEXT();
      CASE(DeleteGlobal) {
        SAVE_FRAME();
        Value removed = TRY_VALUE(dict_pop(vm, frame->globals, Value::from_object(code->names[arg])));
        if (removed.is_null()) {
          (void)raise_name_error(vm, code->names[arg]);
          goto error;
        }
        NEXT();
      }
      CASE(LoadName) {
        Str* name = code->names[arg];
        Value v = Value::null();
        if (frame->locals != nullptr) {
          SAVE_FRAME();
          v = TRY_VALUE(dict_get(vm, frame->locals, Value::from_object(name)));
          if (v.is_null()) v = load_global_cached(vm, code, arg, frame->globals, frame->builtins);
        } else {
          v = load_global_cached(vm, code, arg, frame->globals, frame->builtins);
        }
        if (v.is_null()) {
          SAVE_FRAME();
          (void)raise_name_error(vm, name);
          goto error;
        }
        PUSH(v);
        NEXT();
      }
      CASE(LoadClassDeref) {
        // A class body reading a variable of an enclosing function: the class
        // namespace wins if the body assigned the name.
        uint32_t ncells = code->ncells();
        Str* name = arg < ncells ? code->cellvars[arg] : code->freevars[arg - ncells];
        Value v = Value::null();
        if (frame->locals != nullptr) {
          SAVE_FRAME();
          v = TRY_VALUE(dict_get(vm, frame->locals, Value::from_object(name)));
        }
        if (v.is_null()) v = as_cell(locals[code->nlocals() + arg])->value;
        if (v.is_null()) {
          SAVE_FRAME();
          (void)raise_unbound_deref(vm, code, arg);
          goto error;
        }
        PUSH(v);
        NEXT();
      }
      CASE(SetupAnnotations) {
        SAVE_FRAME();
        Dict* ns = frame->locals ? frame->locals : frame->globals;
        if (dict_get_str(ns, vm.names.dunder_annotations).is_null()) {
          TRY_STATUS(dict_set(vm, ns, Value::from_object(vm.names.dunder_annotations), Value::from_object(make_dict(vm))));
        }
        NEXT();
      }
      CASE(LoadBuildClass) {
        Value v = dict_get_str(frame->builtins, vm.names.dunder_build_class);
        if (v.is_null()) {
          SAVE_FRAME();
          (void)vm.raise(vm.exc.NameError, "__build_class__ not found");
          goto error;
        }
        PUSH(v);
        NEXT();
      }
      CASE(StoreName) {
        SAVE_FRAME();
        Value v = POP();
        if (frame->locals != nullptr) {
          TRY_STATUS(dict_set(vm, frame->locals, Value::from_object(code->names[arg]), v));
        } else {
          store_global_cached(vm, code, arg, frame->globals, v);
        }
        NEXT();
      }
      CASE(DeleteName) {
        SAVE_FRAME();
        Dict* ns = frame->locals ? frame->locals : frame->globals;
        Value removed = TRY_VALUE(dict_pop(vm, ns, Value::from_object(code->names[arg])));
        if (removed.is_null()) {
          (void)raise_name_error(vm, code->names[arg]);
          goto error;
        }
        NEXT();
      }

      // --- attributes and items -------------------------------------------------------------
      CASE(LoadAttr) {
        SAVE_FRAME();
        Value obj = TOP();
        Str* name = code->names[arg];
        Value v;
        if (is_module(obj)) {
          v = dict_get_str(as_module(obj)->dict, name);
          if (v.is_null()) v = TRY_VALUE(getattr(vm, obj, name));
        } else {
          v = TRY_VALUE(getattr(vm, obj, name));
        }
        TOP() = v;
        NEXT();
      }
      CASE(StoreAttr) {
        SAVE_FRAME();
        Value obj = POP();
        Value v = POP();
        TRY_STATUS(setattr(vm, obj, code->names[arg], v));
        NEXT();
      }
      CASE(DeleteAttr) {
        SAVE_FRAME();
        Value obj = POP();
        TRY_STATUS(delattr(vm, obj, code->names[arg]));
        NEXT();
      }
      CASE(LoadMethod) {
        SAVE_FRAME();
        Value obj = TOP();
        Str* name = code->names[arg];
        Type* t = type_of(vm, obj);
        if (t->slots.getattr == generic_getattr) {
          Value attr = type_lookup(t, name);
          if (!attr.is_null()) {
            bool plain_method = is_function(attr) ||
                                (is_builtin_function(attr) && as_builtin_function(attr)->type == vm.types.method_descriptor);
            if (plain_method) {
              Dict* d = instance_dict(vm, obj, false);
              if (d == nullptr || dict_get_str(d, name).is_null()) {
                TOP() = attr;
                PUSH(obj);
                NEXT();
              }
            }
          }
        }
        Value v = TRY_VALUE(getattr(vm, obj, name));
        TOP() = v;
        PUSH(Value::null());
        NEXT();
      }
      CASE(BinarySubscr) {
        Value key = TOP();
        Value container = PEEK(2);
        // Exact lists only: a subclass may override __getitem__.
        if (is_list(container) && container.as_object()->type == vm.types.list && key.is_small_int()) {
          List* l = as_list(container);
          int64_t i = key.as_small_int();
          int64_t n = static_cast<int64_t>(l->items.size());
          if (i < 0) i += n;
          if (i >= 0 && i < n) {
            --sp;
            TOP() = l->items[i];
            NEXT();
          }
        }
        SAVE_FRAME();
        Value v = TRY_VALUE(getitem(vm, container, key));
        --sp;
        TOP() = v;
        NEXT();
      }
      CASE(StoreSubscr) {
        Value key = TOP();
        Value container = PEEK(2);
        Value v = PEEK(3);
        if (is_list(container) && container.as_object()->type == vm.types.list && key.is_small_int()) {
          List* l = as_list(container);
          int64_t i = key.as_small_int();
          int64_t n = static_cast<int64_t>(l->items.size());
          if (i < 0) i += n;
          if (i >= 0 && i < n) {
            l->items[i] = v;
            sp -= 3;
            NEXT();
          }
        }
        SAVE_FRAME();
        TRY_STATUS(setitem(vm, container, key, v));
        sp -= 3;
        NEXT();
      }
      CASE(DeleteSubscr) {
        SAVE_FRAME();
        TRY_STATUS(delitem(vm, PEEK(2), TOP()));
        sp -= 2;
        NEXT();
      }
      CASE(BuildSlice) {
        Value step = arg == 3 ? POP() : Value::none();
        Value stop = POP();
        Value start = TOP();
        TOP() = Value::from_object(make_slice(vm, start, stop, step));
        NEXT();
      }

      // --- operators ----------------------------------------------------------------------
      CASE(BinaryOp) {
        Value b = TOP();
        Value a = PEEK(2);
        BinaryOp op = static_cast<BinaryOp>(arg & 0xF);
        if (a.is_small_int() && b.is_small_int()) {
          int64_t x = a.as_small_int(), y = b.as_small_int(), z;
          switch (op) {
            case BinaryOp::Add:
              z = x + y;
              break;
            case BinaryOp::Sub:
              z = x - y;
              break;
            case BinaryOp::Mul:
              if (__builtin_mul_overflow(x, y, &z)) goto binary_slow;
              break;
            case BinaryOp::FloorDiv:
              if (y == 0) goto binary_slow;
              z = x / y;
              if ((x % y != 0) && ((x < 0) != (y < 0))) --z;
              break;
            case BinaryOp::Mod:
              if (y == 0) goto binary_slow;
              z = x % y;
              if (z != 0 && ((z < 0) != (y < 0))) z += y;
              break;
            case BinaryOp::And:
              z = x & y;
              break;
            case BinaryOp::Or:
              z = x | y;
              break;
            case BinaryOp::Xor:
              z = x ^ y;
              break;
            default:
              goto binary_slow;
          }
          if (!Value::fits_small_int(z)) goto binary_slow;
          --sp;
          TOP() = Value::small_int(z);
          NEXT();
        }
        if (a.is_float() && b.is_float()) {
          double x = a.as_float(), y = b.as_float();
          double z;
          switch (op) {
            case BinaryOp::Add: z = x + y; break;
            case BinaryOp::Sub: z = x - y; break;
            case BinaryOp::Mul: z = x * y; break;
            case BinaryOp::TrueDiv:
              if (y == 0.0) goto binary_slow;
              z = x / y;
              break;
            default: goto binary_slow;
          }
          --sp;
          TOP() = Value::from_float(z);
          NEXT();
        }
      binary_slow:
        SAVE_FRAME();
        Value r = TRY_VALUE((arg & kInPlace) ? inplace_op(vm, op, a, b) : binary_op(vm, op, a, b));
        --sp;
        TOP() = r;
        NEXT();
      }
      CASE(UnaryOp) {
        Value v = TOP();
        if (v.is_small_int() && arg == static_cast<uint32_t>(UnaryOp::Neg)) {
          int64_t z = -v.as_small_int();
          if (Value::fits_small_int(z)) {
            TOP() = Value::small_int(z);
            NEXT();
          }
        }
        SAVE_FRAME();
        TOP() = TRY_VALUE(unary_op(vm, static_cast<UnaryOp>(arg), v));
        NEXT();
      }
      CASE(UnaryNot) {
        Value v = TOP();
        if (v.is_bool()) {
          TOP() = Value::boolean(!v.as_bool());
          NEXT();
        }
        SAVE_FRAME();
        Fallible<bool> t = truthy(vm, v);
        if (t.failed()) goto error;
        TOP() = Value::boolean(!t.value());
        NEXT();
      }
      CASE(CompareOp) {
        Value b = TOP();
        Value a = PEEK(2);
        CompareOp op = static_cast<CompareOp>(arg);
        if (a.is_small_int() && b.is_small_int()) {
          int64_t x = a.as_small_int(), y = b.as_small_int();
          bool r = false;
          switch (op) {
            case CompareOp::Lt: r = x < y; break;
            case CompareOp::Le: r = x <= y; break;
            case CompareOp::Eq: r = x == y; break;
            case CompareOp::Ne: r = x != y; break;
            case CompareOp::Gt: r = x > y; break;
            case CompareOp::Ge: r = x >= y; break;
          }
          --sp;
          TOP() = Value::boolean(r);
          NEXT();
        }
        if (a.is_float() && b.is_float()) {
          double x = a.as_float(), y = b.as_float();
          bool r = false;
          switch (op) {
            case CompareOp::Lt: r = x < y; break;
            case CompareOp::Le: r = x <= y; break;
            case CompareOp::Eq: r = x == y; break;
            case CompareOp::Ne: r = x != y; break;
            case CompareOp::Gt: r = x > y; break;
            case CompareOp::Ge: r = x >= y; break;
          }
          --sp;
          TOP() = Value::boolean(r);
          NEXT();
        }
        SAVE_FRAME();
        Value r = TRY_VALUE(compare(vm, a, b, op));
        --sp;
        TOP() = r;
        NEXT();
      }
      CASE(IsOp) {
        bool same = PEEK(2).is(TOP());
        --sp;
        TOP() = Value::boolean(arg ? !same : same);
        NEXT();
      }
      CASE(ContainsOp) {
        SAVE_FRAME();
        Fallible<bool> r = contains(vm, TOP(), PEEK(2));
        if (r.failed()) goto error;
        --sp;
        TOP() = Value::boolean(arg ? !r.value() : r.value());
        NEXT();
      }

      // --- containers ------------------------------------------------------------------------
      CASE(BuildTuple) {
        Tuple* t = make_tuple(vm, sp - arg, arg);
        sp -= arg;
        PUSH(Value::from_object(t));
        NEXT();
      }
      CASE(BuildList) {
        List* l = make_list(vm, sp - arg, arg);
        sp -= arg;
        PUSH(Value::from_object(l));
        NEXT();
      }
      CASE(BuildSet) {
        SAVE_FRAME();
        Value s = TRY_VALUE(build_set(vm, sp - arg, arg));
        sp -= arg;
        PUSH(s);
        NEXT();
      }
      CASE(BuildMap) {
        SAVE_FRAME();
        Value d = TRY_VALUE(build_map(vm, sp - 2 * arg, arg));
        sp -= 2 * arg;
        PUSH(d);
        NEXT();
      }
      CASE(BuildString) {
        Value s = TRY_VALUE(build_string(vm, sp - arg, arg));
        sp -= arg;
        PUSH(s);
        NEXT();
      }
      CASE(ListAppend) {
        Value v = POP();
        list_append(vm, as_list(PEEK(arg)), v);
        NEXT();
      }
      CASE(SetAdd) {
        SAVE_FRAME();
        TRY_STATUS(set_add(vm, as_set(PEEK(arg + 1)), TOP()));
        --sp;
        NEXT();
      }
      CASE(MapAdd) {
        SAVE_FRAME();
        TRY_STATUS(dict_set(vm, as_dict(PEEK(arg + 2)), PEEK(2), TOP()));
        sp -= 2;
        NEXT();
      }
      CASE(ListExtend) {
        SAVE_FRAME();
        Value it = TOP();
        Status s = list_extend_rpy(vm, as_list(PEEK(arg + 1)), it);
        if (s.failed()) {
          if (vm.pending_is(vm.exc.TypeError) && type_of(vm, it)->slots.iter == nullptr &&
              type_of(vm, it)->slots.getitem == nullptr) {
            (void)vm.take_pending_exception();
            (void)vm.raise_fmt(vm.exc.TypeError, "Value after * must be an iterable, not {}", type_name(vm, it));
          }
          goto error;
        }
        --sp;
        NEXT();
      }
      CASE(SetUpdate) {
        SAVE_FRAME();
        TRY_STATUS(set_update_rpy(vm, as_set(PEEK(arg + 1)), TOP()));
        --sp;
        NEXT();
      }
      CASE(DictUpdate) {
        SAVE_FRAME();
        Value m = TOP();
        if (!is_dict(m) && getattr_opt(vm, m, vm.names.keys).value().is_null()) {
          (void)vm.raise_fmt(vm.exc.TypeError, "'{}' object is not a mapping", type_name(vm, m));
          goto error;
        }
        TRY_STATUS(dict_update_rpy(vm, as_dict(PEEK(arg + 1)), m));
        --sp;
        NEXT();
      }
      CASE(DictMerge) {
        SAVE_FRAME();
        // The callable sits below the dict being built: [callable, null, args, dict, .., m].
        TRY_STATUS(dict_merge_kwargs_rpy(vm, as_dict(PEEK(arg + 1)), TOP(), PEEK(arg + 4)));
        --sp;
        NEXT();
      }
      CASE(ListToTuple) {
        List* l = as_list(TOP());
        TOP() = Value::from_object(make_tuple(vm, l->items.data(), static_cast<uint32_t>(l->items.size())));
        NEXT();
      }
      CASE(UnpackSequence) {
        Value seq = POP();
        if (is_tuple(seq) && as_tuple(seq)->length == arg) {
          Tuple* t = as_tuple(seq);
          for (uint32_t i = arg; i-- > 0;) PUSH(t->item(i));
          NEXT();
        }
        // Reserve the target slots (valid values, for the collector) and unpack into
        // them while `seq` is kept alive by a temporary root.
        TempRoot root(vm, seq);
        for (uint32_t i = 0; i < arg; ++i) PUSH(Value::none());
        SAVE_FRAME();
        if (unpack_sequence(vm, seq, arg, sp).failed()) {
          sp -= arg;
          goto error;
        }
        NEXT();
      }
      CASE(UnpackEx) {
        uint32_t before = arg & 0xFF, after = arg >> 8;
        Value seq = TOP();
        TempRoot root(vm, seq);
        --sp;
        uint32_t total = before + 1 + after;
        for (uint32_t i = 0; i < total; ++i) PUSH(Value::none());
        SAVE_FRAME();
        if (unpack_ex(vm, seq, before, after, sp).failed()) {
          sp -= total;
          goto error;
        }
        NEXT();
      }
      CASE(FormatValue) {
        SAVE_FRAME();
        Value spec = (arg & 4) ? POP() : Value::null();
        Value v = TOP();
        TOP() = TRY_VALUE(format_value(vm, v, arg, spec));
        NEXT();
      }

      // --- control flow -----------------------------------------------------------------------
      CASE(Jump)
        if (code_base + arg < pc) {
          // A loop back-edge: a safe point. An error raised here belongs to the Jump
          // (pc is still past it), so the loop's own handlers see it.
          if (vm.heap.wants_collection()) {
            SAVE_FRAME();
            TRY_STATUS(vm.collect_at_safe_point());
          }
          if (--vm.ticks_left == 0) {
            SAVE_FRAME();
            TRY_STATUS(vm.budget_exhausted(task->interp_nesting == 1));
            if (vm.suspend_requested) {  // preempted: resumes at the loop's top
              pc = code_base + arg;
              SAVE_FRAME();
              return Value::null();
            }
          }
          pc = code_base + arg;
        } else {
          pc = code_base + arg;
        }
        NEXT();
      CASE(PopJumpIfFalse) {
        Value v = POP();
        if (v.is_bool()) {
          if (!v.as_bool()) pc = code_base + arg;
          NEXT();
        }
        SAVE_FRAME();
        Fallible<bool> t = truthy(vm, v);
        if (t.failed()) goto error;
        if (!t.value()) pc = code_base + arg;
        NEXT();
      }
      CASE(PopJumpIfTrue) {
        Value v = POP();
        if (v.is_bool()) {
          if (v.as_bool()) pc = code_base + arg;
          NEXT();
        }
        SAVE_FRAME();
        Fallible<bool> t = truthy(vm, v);
        if (t.failed()) goto error;
        if (t.value()) pc = code_base + arg;
        NEXT();
      }
      CASE(JumpIfFalseOrPop) {
        SAVE_FRAME();
        Fallible<bool> t = truthy(vm, TOP());
        if (t.failed()) goto error;
        if (!t.value()) {
          pc = code_base + arg;
        } else {
          --sp;
        }
        NEXT();
      }
      CASE(JumpIfTrueOrPop) {
        SAVE_FRAME();
        Fallible<bool> t = truthy(vm, TOP());
        if (t.failed()) goto error;
        if (t.value()) {
          pc = code_base + arg;
        } else {
          --sp;
        }
        NEXT();
      }
      CASE(PopJumpIfNone)
        if (POP().is_none()) pc = code_base + arg;
        NEXT();
      CASE(PopJumpIfNotNone)
        if (!POP().is_none()) pc = code_base + arg;
        NEXT();
      CASE(GetIter) {
        Value v = TOP();
        if (is_generator(v) && v.as_object()->type == vm.types.generator) NEXT();
        SAVE_FRAME();
        TOP() = TRY_VALUE(get_iter(vm, v));
        NEXT();
      }
      CASE(ForIter) {
        Value it = TOP();
        if (it.is_object()) {
          Object* o = it.as_object();
          if (o->type == vm.types.range_iterator) {
            // range_iterator: i = next value, j = step, k = values left.
            IterState* s = static_cast<IterState*>(o);
            if (s->k > 0) {
              int64_t current = s->i;
              s->i = static_cast<int64_t>(static_cast<uint64_t>(current) + static_cast<uint64_t>(s->j));
              --s->k;
              PUSH(Value::fits_small_int(current) ? Value::small_int(current) : make_int(vm, current));
              NEXT();
            }
            --sp;
            pc = code_base + arg;
            NEXT();
          }
          if (o->type == vm.types.list_iterator) {
            IterState* s = static_cast<IterState*>(o);
            if (!s->a.is_null()) {
              List* l = as_list(s->a);
              if (static_cast<size_t>(s->i) < l->items.size()) {
                PUSH(l->items[s->i++]);
                NEXT();
              }
              s->a = Value::null();
            }
            --sp;
            pc = code_base + arg;
            NEXT();
          }
          if (o->kind == ObjectKind::Generator) {
            Generator* gen = static_cast<Generator*>(o);
            if (gen->state == GeneratorState::Running) {
              SAVE_FRAME();
              (void)vm.raise(vm.exc.ValueError, "generator already executing");
              goto error;
            }
            if (gen->state == GeneratorState::Finished) {
              --sp;
              pc = code_base + arg;
              NEXT();
            }
            // Resume the generator inline: its frame runs on top of this one.
            SAVE_FRAME();
            if (task->depth + 1 > vm.config.recursion_limit) {
              (void)vm.raise(vm.exc.RecursionError, "maximum recursion depth exceeded");
              goto error;
            }
            Frame* gf = gen->frame;
            if (gen->state == GeneratorState::Suspended) gf->stack_base()[gf->sp++] = Value::none();
            gen->state = GeneratorState::Running;
            LINK_FRAME(gf);
            NEXT();
          }
        }
        SAVE_FRAME();
        Value v = TRY_VALUE(iter_next(vm, it));
        if (v.is_null()) {
          --sp;
          pc = code_base + arg;
          NEXT();
        }
        PUSH(v);
        NEXT();
      }
      CASE(ReturnValue) {
        result = POP();
        SAVE_FRAME();
        Frame* done = frame;
        uint16_t done_flags = done->flags;
        Generator* gen = done->generator;
        frame = done->back;
        task->frame = frame;
        --task->depth;
        if (gen != nullptr) {
          gen->state = GeneratorState::Finished;
          gen->frame = nullptr;
          done->back = nullptr;
          done->flags &= ~kFrameEntry;
          free_frame(vm, done);
          if (done_flags & kFrameEntry) {
            vm.generator_return_value = result;
            return Value::null();
          }
          // Resumed inline by ForIter (exhausted: pop the iterator and jump) or by Send
          // (the `yield from` result replaces [sub, value]).
          LOAD_FRAME();
          uint32_t resumer = pc[-1];
          if (decode_op(resumer) == Op::ForIter) {
            --sp;
            pc = code_base + decode_arg(resumer);
          } else {
            TOP() = result;  // Send left [sub]; the result takes its place
            pc = code_base + decode_arg(resumer);
          }
          NEXT();
        }
        if (done_flags & kFrameEntry) {
          done->back = nullptr;
          return result;
        }
        Value instance = done->init_instance;
        free_frame(vm, done);
        LOAD_FRAME();
        if (done_flags & kFrameResultNone) result = Value::none();
        if (done_flags & kFrameInit) {
          if (!result.is_none()) {
            (void)vm.raise_fmt(vm.exc.TypeError, "__init__() should return None, not '{}'", type_name(vm, result));
            goto error;
          }
          result = instance;
        }
        PUSH(result);
        NEXT();
      }

      // --- calls ------------------------------------------------------------------------------
      CASE(KwNames)
        kwnames = as_tuple(consts[arg]);
        NEXT();
      CASE(Call) {
        uint32_t argc = arg;
        Value* args = sp - argc;
        Value callable = args[-2];
        Value self = args[-1];
        Tuple* names = kwnames;
        kwnames = nullptr;
        uint32_t nkw = names ? names->length : 0;
        uint32_t npos = argc - nkw;
        Value* argv = args;
        if (!self.is_null()) {
          argv = args - 1;
          ++npos;
        } else if (is_bound_method(callable) && is_function(as_bound_method(callable)->function)) {
          // Unpack a bound Python method into the self slot so the call needs no copy.
          BoundMethod* m = as_bound_method(callable);
          args[-2] = callable = m->function;
          args[-1] = m->self;
          argv = args - 1;
          ++npos;
        }
        SAVE_FRAME();
        if (is_function(callable)) {
          Function* f = as_function(callable);
          Code* fc = f->code;
          Frame* nf;
          if (names == nullptr && (fc->flags & kCodeSimpleArgs) && npos == fc->argcount) {
            // The common case: positional arguments straight into the new frame.
            nf = new_frame(vm, fc, f, f->globals);
            Value* slots = nf->localsplus();
            for (uint32_t i = 0; i < npos; ++i) slots[i] = argv[i];
            uint32_t nfree = fc->nfree();
            if (nfree != 0) {
              Value* free = slots + fc->nlocals();
              for (uint32_t i = 0; i < nfree; ++i) free[i] = f->closure->item(i);
            }
          } else {
            Fallible<Frame*> bound = bind_arguments(vm, f, CallArgs{argv, npos, names});
            if (bound.failed()) goto error;
            nf = bound.value();
          }
          sp = args - 2;
          if (f->code->flags & kCodeGenerator) {
            PUSH(Value::from_object(make_generator(vm, nf)));
            NEXT();
          }
          ENTER_FRAME(nf);
          if (vm.heap.wants_collection()) TRY_STATUS(vm.collect_at_safe_point());
          if (--vm.ticks_left == 0) {
            TRY_STATUS(vm.budget_exhausted(task->interp_nesting == 1));
            if (vm.suspend_requested) return Value::null();  // preempted at the callee's entry
          }
          NEXT();
        }
        if (is_type(callable) && as_type(callable)->slots.construct == construct_instance && self.is_null() &&
            callable.as_object()->type == vm.types.type) {
          // Instantiating a class: run its Python __init__ as a frame of this loop
          // (no C++ recursion, so __init__ may call anything, even suspend).
          Value init;
          Value obj = TRY_VALUE(new_instance_for_init(vm, as_type(callable), CallArgs{argv, npos, names}, init));
          if (!init.is_null()) {
            args[-1] = obj;  // the empty self slot takes the instance
            Fallible<Frame*> bound = bind_arguments(vm, as_function(init), CallArgs{args - 1, npos + 1, names});
            if (bound.failed()) goto error;
            Frame* nf = bound.value();
            sp = args - 2;
            CHECK_DEPTH_OR_RELEASE(nf);
            nf->flags |= kFrameInit;
            nf->init_instance = obj;
            LINK_FRAME(nf);
            NEXT();
          }
          sp = args - 2;
          PUSH(obj);
          NEXT();
        }
        if (is_builtin_function(callable) && as_builtin_function(callable)->def->frame_fn != nullptr &&
            self.is_null()) {
          // exec/eval: the code they run is a frame of this loop, as a Python call's
          // would be (it may suspend; its exceptions unwind through here).
          Fallible<Frame*> prepared = as_builtin_function(callable)->def->frame_fn(vm, CallArgs{argv, npos, names});
          if (prepared.failed()) goto error;
          Frame* nf = prepared.value();
          sp = args - 2;
          ENTER_FRAME(nf);
          NEXT();
        }
        vm.suspendable_callee = task->interp_nesting == 1 ? callable : Value::null();
        Value r = TRY_VALUE(call(vm, callable, CallArgs{argv, npos, names}));
        vm.suspendable_callee = Value::null();
        sp = args - 2;
        PUSH(r);
        if (vm.suspend_requested) {
          // A yielding builtin parked the task: r is a placeholder the wake-up replaces.
          SAVE_FRAME();
          return Value::null();
        }
        NEXT();
      }
      CASE(CallFunctionEx) {
        Value kwargs = (arg & 1) ? POP() : Value::null();
        Value args_tuple = POP();
        Value callable = PEEK(2);
        PUSH(args_tuple);
        if (!kwargs.is_null()) PUSH(kwargs);
        SAVE_FRAME();
        std::vector<Value> values;
        Value names;
        TRY_STATUS(collect_call_ex_args(vm, args_tuple, kwargs, values, names));
        TempRoot root(vm, names);
        Tuple* name_tuple = names.is_null() ? nullptr : as_tuple(names);
        CallArgs call_args{values.data(), as_tuple(args_tuple)->length, name_tuple};
        if (is_function(callable)) {
          Fallible<Frame*> bound = bind_arguments(vm, as_function(callable), call_args);
          if (bound.failed()) goto error;
          Frame* nf = bound.value();
          sp -= 3 + (arg & 1);
          if (as_function(callable)->code->flags & kCodeGenerator) {
            PUSH(Value::from_object(make_generator(vm, nf)));
            NEXT();
          }
          ENTER_FRAME(nf);
          NEXT();
        }
        if (is_builtin_function(callable) && as_builtin_function(callable)->def->frame_fn != nullptr &&
            as_builtin_function(callable)->self.is_null()) {
          // exec(*args) / eval(*args): pushed like the Call case above.
          Fallible<Frame*> prepared = as_builtin_function(callable)->def->frame_fn(vm, call_args);
          if (prepared.failed()) goto error;
          Frame* nf = prepared.value();
          sp -= 3 + (arg & 1);
          ENTER_FRAME(nf);
          NEXT();
        }
        vm.suspendable_callee = task->interp_nesting == 1 ? callable : Value::null();
        Value r = TRY_VALUE(call(vm, callable, call_args));
        vm.suspendable_callee = Value::null();
        sp -= 3 + (arg & 1);
        PUSH(r);
        if (vm.suspend_requested) {
          SAVE_FRAME();
          return Value::null();
        }
        NEXT();
      }
      CASE(MakeFunction) {
        int popped = ((arg & 1) != 0) + ((arg & 2) != 0) + ((arg & 4) != 0) + ((arg & 8) != 0) + 1;
        Value f = TRY_VALUE(make_function_from_stack(vm, arg, sp));
        as_function(f)->globals = frame->globals;
        if (frame->builtins != vm.builtins) as_function(f)->builtins = frame->builtins;
        Value module_name = dict_get_str(frame->globals, vm.names.dunder_name);
        as_function(f)->module_name = module_name.is_null() ? Value::none() : module_name;
        sp -= popped;
        PUSH(f);
        NEXT();
      }

      // --- exceptions ---------------------------------------------------------------------------
      CASE(RaiseVarargs) {
        SAVE_FRAME();
        if (arg == 0) {
          Value handled = task->handled_exception;
          if (handled.is_null()) {
            (void)vm.raise(vm.exc.RuntimeError, "No active exception to reraise");
            goto error;
          }
          vm.set_pending_exception(handled);
          add_traceback = false;
          goto error;
        }
        if (arg == 2) {
          Value cause = POP();
          Value exc = POP();
          (void)raise_with_cause(vm, exc, cause);
          goto error;
        }
        Value exc = POP();
        (void)vm.raise_object(exc);
        goto error;
      }
      CASE(PushExcInfo) {
        Value exc = TOP();
        TOP() = task->handled_exception;
        PUSH(exc);
        task->handled_exception = exc;
        NEXT();
      }
      CASE(PopExcept)
        task->handled_exception = POP();
        NEXT();
      CASE(CheckExcMatch) {
        SAVE_FRAME();
        Value spec = TOP();
        Fallible<bool> m = exception_matches(vm, PEEK(2), spec);
        if (m.failed()) goto error;
        TOP() = Value::boolean(m.value());
        NEXT();
      }
      CASE(Reraise) {
        SAVE_FRAME();
        vm.set_pending_exception(POP());
        add_traceback = false;
        goto error;
      }
      CASE(LoadAssertionError)
        PUSH(Value::from_object(vm.exc.AssertionError));
        NEXT();
      CASE(BeforeWith) {
        SAVE_FRAME();
        Value mgr = TOP();
        Type* t = type_of(vm, mgr);
        Value enter = type_lookup(t, vm.names.dunder_enter);
        Value exit = type_lookup(t, vm.names.dunder_exit);
        if (enter.is_null() || exit.is_null()) {
          (void)vm.raise_fmt(vm.exc.TypeError, "'{}' object does not support the context manager protocol",
                             type_name_of(t));
          goto error;
        }
        Value bound_exit = TRY_VALUE(getattr(vm, mgr, vm.names.dunder_exit));
        TOP() = bound_exit;
        Value entered = TRY_VALUE(call_method(vm, mgr, vm.names.dunder_enter, CallArgs{}));
        PUSH(entered);
        NEXT();
      }
      CASE(WithExceptStart) {
        SAVE_FRAME();
        Value exc = TOP();
        Value exit = PEEK(3);
        Value argv[3] = {Value::from_object(type_of(vm, exc)), exc, Value::none()};
        Value r = TRY_VALUE(call(vm, exit, CallArgs{argv, 3, nullptr}));
        PUSH(r);
        NEXT();
      }

      // --- generators -----------------------------------------------------------------------------
      CASE(YieldValue) {
        Value v = POP();
        SAVE_FRAME();
        Generator* gen = frame->generator;
        if (gen == nullptr || gen->type == vm.types.coroutine) {
          // An awaited object's iterator yielded: there is no event loop to yield to
          // (coroutines wait through the concurrency builtins instead).
          (void)vm.raise(vm.exc.RuntimeError, "an awaitable yielded a value; only coroutines and the "
                                              "concurrency builtins (sleep, receive, ...) can be awaited here");
          goto error;
        }
        Frame* done = frame;
        gen->state = GeneratorState::Suspended;
        frame = done->back;
        task->frame = frame;
        --task->depth;
        done->back = nullptr;
        if (done->flags & kFrameEntry) {
          done->flags &= ~kFrameEntry;
          return v;
        }
        LOAD_FRAME();
        PUSH(v);
        NEXT();
      }
      CASE(GetAwaitable) {
        SAVE_FRAME();
        Value v = TOP();
        if (is_generator(v) && v.as_object()->type == vm.types.coroutine) {
          Generator* c = as_generator(v);
          if (c->state == GeneratorState::Finished) {
            (void)vm.raise(vm.exc.RuntimeError, "cannot reuse already awaited coroutine");
            goto error;
          }
          if (c->state != GeneratorState::Created || vm.scheduler_owns(c)) {
            (void)vm.raise(vm.exc.RuntimeError, "coroutine is being awaited already");
            goto error;
          }
          NEXT();
        }
        if (v.is_object() && v.as_object()->type == vm.types.awaited_value) {
          TOP() = static_cast<Descriptor*>(v.as_object())->a;  // already done: its value
          pc = code_base + arg;
          NEXT();
        }
        if (task->passthrough_frame == frame && task->passthrough_ip + 2 == frame->ip) {
          // `await sleep(0)`: the value of a yielding builtin, which already waited.
          task->passthrough_frame = nullptr;
          pc = code_base + arg;
          NEXT();
        }
        TOP() = TRY_VALUE(get_awaitable_iterator(vm, v));
        NEXT();
      }
      CASE(GetAIter) {
        SAVE_FRAME();
        Value v = TOP();
        if (v.is_object() && v.as_object()->type == vm.types.async_generator) NEXT();
        TOP() = TRY_VALUE(get_async_for_iterator(vm, v));
        NEXT();
      }
      CASE(BeforeAsyncWith) {
        SAVE_FRAME();
        Value mgr = TOP();
        Value exit;
        Value entered = TRY_VALUE(before_async_with(vm, mgr, exit));
        TOP() = exit;
        PUSH(entered);
        NEXT();
      }
      CASE(GetYieldFromIter) {
        Value v = TOP();
        if (!is_generator(v)) {
          SAVE_FRAME();
          TOP() = TRY_VALUE(get_iter(vm, v));
        }
        NEXT();
      }
      CASE(Send) {
        Value v = TOP();
        Value sub = PEEK(2);
        SAVE_FRAME();
        if (is_generator(sub)) {
          Generator* gen = as_generator(sub);
          if (gen->state == GeneratorState::Running) {
            (void)vm.raise(vm.exc.ValueError, "generator already executing");
            goto error;
          }
          if (gen->state == GeneratorState::Finished) {
            sp -= 1;
            TOP() = Value::none();
            pc = code_base + arg;
            NEXT();
          }
          if (gen->state == GeneratorState::Created && !v.is_none()) {
            (void)vm.raise(vm.exc.TypeError, "can't send non-None value to a just-started generator");
            goto error;
          }
          --sp;  // the sent value moves into the generator
          SAVE_FRAME();
          Frame* gf = gen->frame;
          if (gen->state == GeneratorState::Suspended) gf->stack_base()[gf->sp++] = v;
          gen->state = GeneratorState::Running;
          LINK_FRAME(gf);
          NEXT();
        }
        // Any other iterator: next() or its send method. Exhaustion carries the value
        // the `yield from` expression evaluates to (a StopIteration's first argument).
        vm.generator_return_value = Value::null();
        Result r = v.is_none() ? iter_next(vm, sub) : call_method(vm, sub, vm.names.send, CallArgs{&v, 1, nullptr});
        if (r.failed()) {
          if (!vm.pending_is(vm.exc.StopIteration)) goto error;
          Exception* stop = as_exception(vm.take_pending_exception());
          vm.generator_return_value = stop->args->length > 0 ? stop->args->item(0) : Value::none();
          r = Value::null();
        }
        if (r.value().is_null()) {
          Value returned = vm.generator_return_value;
          vm.generator_return_value = Value::null();
          sp -= 1;
          TOP() = returned.is_null() ? Value::none() : returned;
          pc = code_base + arg;
          NEXT();
        }
        TOP() = r.value();
        NEXT();
      }

      // --- pattern matching -----------------------------------------------------------------------
      CASE(MatchSequence) {
        bool is_sequence = match_is_sequence(vm, TOP());
        PUSH(Value::boolean(is_sequence));
        NEXT();
      }
      CASE(MatchMapping) {
        bool is_mapping = match_is_mapping(vm, TOP());
        PUSH(Value::boolean(is_mapping));
        NEXT();
      }
      CASE(GetLen) {
        SAVE_FRAME();
        Fallible<int64_t> n = length(vm, TOP());
        if (n.failed()) goto error;
        PUSH(make_int(vm, n.value()));
        NEXT();
      }
      CASE(MatchKeys) {
        SAVE_FRAME();
        Value values = TRY_VALUE(match_keys_rpy(vm, PEEK(2), TOP()));
        PUSH(values);
        NEXT();
      }
      CASE(CopyDictWithoutKeys) {
        SAVE_FRAME();
        TOP() = TRY_VALUE(match_copy_without_keys_rpy(vm, PEEK(2), TOP()));
        NEXT();
      }
      CASE(MatchClass) {
        SAVE_FRAME();
        Value r = TRY_VALUE(match_class_rpy(vm, PEEK(3), PEEK(2), TOP(), arg));
        sp -= 2;
        TOP() = r;
        NEXT();
      }

      // --- modules --------------------------------------------------------------------------------
      CASE(ImportName) {
        SAVE_FRAME();
        Value fromlist = TOP();
        Value level = PEEK(2);
        Value m = TRY_VALUE(import_name(vm, code->names[arg], fromlist, level, frame));
        --sp;
        TOP() = m;
        NEXT();
      }
      CASE(ImportFrom) {
        SAVE_FRAME();
        Value m = TRY_VALUE(import_from(vm, TOP(), code->names[arg]));
        PUSH(m);
        NEXT();
      }
      CASE(ImportStar) {
        SAVE_FRAME();
        TRY_STATUS(import_star(vm, TOP(), frame));
        --sp;
        NEXT();
      }
    }
    // Unknown opcode: a compiler bug, never input-dependent.
    __builtin_trap();

  error:
    SAVE_FRAME();  // frame->ip now points past the failing instruction
    {
      Value exc = vm.pending_exception();
      if (add_traceback && is_exception(exc)) {
        as_exception(exc)->traceback.push_back(TracebackEntry{frame->code, frame->ip - 1});
      }
      add_traceback = true;
      kwnames = nullptr;
      for (;;) {
        // A program past its instruction limit is being stopped: no handler runs.
        const ExceptionTableEntry* handler = vm.terminating ? nullptr : frame->code->find_handler(frame->ip - 1);
        if (handler != nullptr) {
          LOAD_FRAME();
          sp = frame->stack_base() + handler->depth;
          PUSH(vm.take_pending_exception());
          pc = code_base + handler->handler;
          break;
        }
        // No handler here: the frame is done.
        Frame* done = frame;
        uint16_t done_flags = done->flags;
        Generator* gen = done->generator;
        frame = done->back;
        task->frame = frame;
        --task->depth;
        done->back = nullptr;
        if (gen != nullptr) {
          gen->state = GeneratorState::Finished;
          gen->frame = nullptr;
          done->flags &= ~kFrameEntry;
          free_frame(vm, done);
          // PEP 479: StopIteration escaping a generator becomes RuntimeError.
          Value pending = vm.pending_exception();
          if (isinstance(vm, pending, vm.exc.StopIteration)) {
            (void)vm.take_pending_exception();
            Exception* e = make_exception(vm, vm.exc.RuntimeError, "generator raised StopIteration");
            e->cause = pending;
            e->context = pending;
            vm.set_pending_exception(Value::from_object(e));
          }
        } else if (!(done_flags & kFrameEntry)) {
          free_frame(vm, done);
        }
        if (done_flags & kFrameEntry) return Error{};
        Value e = vm.pending_exception();
        if (is_exception(e)) as_exception(e)->traceback.push_back(TracebackEntry{frame->code, frame->ip - 1});
      }
    }
  }

#undef LOAD_FRAME
#undef SAVE_FRAME
#undef PUSH
#undef POP
#undef TOP
#undef PEEK
#undef TRY_VALUE
#undef TRY_STATUS
#undef CHECK_DEPTH_OR_RELEASE
#undef LINK_FRAME
#undef ENTER_FRAME
#undef CASE
#undef NEXT
}

}  // namespace

Result run_function_rpy(VM& vm, Function* function, CallArgs args) {
  Frame* frame = EDGE_TRY(bind_arguments(vm, function, args));
  if (function->code->flags & kCodeGenerator) return Value::from_object(make_generator(vm, frame));
  // Each native -> Python call nests a C++ interpreter loop: bound them.
  NativeDepthGuard guard(vm);
  if (guard.failed()) {
    free_frame(vm, frame);
    return Error{};
  }
  Result r = run_frame(vm, frame);
  free_frame(vm, frame);
  return r;
}

Result run_module_code(VM& vm, Code* code, Dict* globals) {
  Frame* frame = new_frame(vm, code, nullptr, globals);
  frame->locals = nullptr;
  Result r = run_frame(vm, frame);
  free_frame(vm, frame);
  return r;
}

}  // namespace edge::vm
