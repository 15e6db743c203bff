// Generator objects: next()/send()/throw()/close() from native code (a nested
// interpreter loop), repr and introspection. throw() and close() follow `yield from`
// delegation (PEP 380): the exception goes to the innermost delegate first. Resumption from bytecode (for-loops, yield from)
// is done inline by the interpreter without going through here.
#include "vm/types/generator.h"

#include "scheduler/task.h"
#include "vm/args.h"
#include "vm/code.h"
#include "vm/frame.h"
#include "vm/interpreter.h"
#include "vm/opcodes.h"
#include "vm/ops.h"
#include "vm/types/exception.h"
#include "vm/types/function.h"
#include "vm/types/str.h"
#include "vm/types/tuple.h"
#include "vm/types/type.h"
#include "vm/vm.h"

namespace edge::vm {

Generator::~Generator() {
  // A generator collected while suspended owns its frame. (It cannot go through the
  // VM's frame pool here: destruction happens during a sweep with no VM at hand.)
  if (frame != nullptr) ::operator delete(frame);
}

void Generator::trace(Tracer& t) const {
  t.visit(name);
  t.visit(qualname);
  if (frame != nullptr) frame->trace(t);
}

Generator* make_generator(VM& vm, Frame* frame) {
  Code* code = frame->code;
  Str* qualname = frame->function ? frame->function->qualname : code->qualname;
  Type* type = (code->flags & kCodeCoroutine)          ? vm.types.coroutine
               : (code->flags & kCodeAsyncGenerator) ? vm.types.async_generator
                                                     : vm.types.generator;
  Generator* g = vm.heap.make<Generator>(type, frame, code->name, qualname);
  frame->generator = g;
  return g;
}

namespace {

// Runs a suspended or new generator's frame until it yields, returns or raises:
// the yielded value, null when it returned (value in vm.generator_return_value), or
// Error. With `throwing`, the pending exception is raised at the suspension point.
Result resume_rpy(VM& vm, Generator* gen, bool throwing) {
  NativeDepthGuard guard(vm);
  if (guard.failed()) return Error{};
  gen->state = GeneratorState::Running;
  TempRoot root(vm, Value::from_object(gen));
  Result r = throwing ? run_frame_throwing(vm, gen->frame) : run_frame(vm, gen->frame);
  if (r.failed()) return Error{};
  if (gen->state == GeneratorState::Suspended) return r;
  return Value::null();  // finished: the return value is in vm.generator_return_value
}

// Marks a generator that never ran (or already finished) as finished.
void finish_unstarted(VM& vm, Generator* gen) {
  if (gen->frame != nullptr) {
    free_frame(vm, gen->frame);
    gen->frame = nullptr;
  }
  gen->state = GeneratorState::Finished;
}

// Code generated for `yield from` is `Send; YieldValue` in a loop, so a generator
// suspended right after that YieldValue is delegating to the iterator on its stack.
Value delegate_of(Generator* gen) {
  if (gen->state != GeneratorState::Suspended || gen->frame == nullptr) return Value::null();
  Frame* f = gen->frame;
  const uint32_t* ins = f->code->instructions.data();
  if (f->ip < 2 || decode_op(ins[f->ip - 1]) != Op::YieldValue || decode_op(ins[f->ip - 2]) != Op::Send) {
    return Value::null();
  }
  return f->stack_base()[f->sp - 1];
}

// The delegate finished with `value`: the `yield from` expression evaluates to it, so
// the generator continues after the loop (the Send's jump target) with value in place
// of the delegate.
Result resume_after_delegate_rpy(VM& vm, Generator* gen, Value value) {
  Frame* f = gen->frame;
  const uint32_t* ins = f->code->instructions.data();
  f->stack_base()[f->sp - 1] = value;
  f->ip = decode_arg(ins[f->ip - 2]);
  return resume_rpy(vm, gen, false);
}

// Closes a `yield from` delegate: close() on generators, else its close method if any.
Status close_delegate_rpy(VM& vm, Value sub) {
  if (is_generator(sub)) {
    EDGE_TRY(generator_close_rpy(vm, as_generator(sub)));
    return Status::ok();
  }
  Value close = EDGE_TRY(getattr_opt(vm, sub, vm.names.close));
  if (close.is_null()) return Status::ok();
  TempRoot root(vm, close);
  EDGE_TRY(call(vm, close, CallArgs{}));
  return Status::ok();
}

}  // namespace

Result generator_send_rpy(VM& vm, Generator* gen, Value value) {
  if (gen->state == GeneratorState::Running) return vm.raise(vm.exc.ValueError, "generator already executing");
  if (gen->state == GeneratorState::Finished) {
    vm.generator_return_value = Value::none();
    return Value::null();
  }
  if (gen->state == GeneratorState::Created && !value.is_none()) {
    return vm.raise(vm.exc.TypeError, "can't send non-None value to a just-started generator");
  }
  Frame* frame = gen->frame;
  if (gen->state == GeneratorState::Suspended) frame->stack_base()[frame->sp++] = value;
  return resume_rpy(vm, gen, false);
}

Result generator_throw_rpy(VM& vm, Generator* gen, Value exc, CallArgs as_given) {
  if (gen->state == GeneratorState::Running) return vm.raise(vm.exc.ValueError, "generator already executing");
  TempRoot gen_root(vm, Value::from_object(gen));
  TempRoot exc_root(vm, exc);
  if (gen->state != GeneratorState::Suspended) {
    // Nothing to unwind: the exception comes straight out (and a new generator is
    // finished, as CPython does).
    finish_unstarted(vm, gen);
    return vm.raise_value(exc);
  }
  Value sub = delegate_of(gen);
  if (!sub.is_null()) {
    TempRoot sub_root(vm, sub);
    if (isinstance(vm, exc, vm.exc.GeneratorExit)) {
      // Close the delegate first; an error while closing replaces GeneratorExit.
      gen->state = GeneratorState::Running;
      Status closed = close_delegate_rpy(vm, sub);
      gen->state = GeneratorState::Suspended;
      if (closed.failed()) return resume_rpy(vm, gen, true);
    } else {
      Result r = Value::null();
      gen->state = GeneratorState::Running;
      if (is_generator(sub)) {
        r = generator_throw_rpy(vm, as_generator(sub), exc, as_given);
      } else {
        Value method = EDGE_TRY(getattr_opt(vm, sub, vm.names.throw_));
        if (method.is_null()) {
          gen->state = GeneratorState::Suspended;
          (void)vm.raise_value(exc);
          return resume_rpy(vm, gen, true);
        }
        TempRoot method_root(vm, method);
        // CPython hands the delegate throw()'s arguments as they were given.
        r = as_given.nargs > 0 ? call(vm, method, as_given) : call(vm, method, CallArgs{&exc, 1, nullptr});
      }
      gen->state = GeneratorState::Suspended;
      if (!r.failed() && !r.value().is_null()) return r;  // the delegate yielded: still delegating
      if (!r.failed()) {                                  // a generator delegate returned
        Value v = vm.generator_return_value;
        vm.generator_return_value = Value::null();
        return resume_after_delegate_rpy(vm, gen, v.is_null() ? Value::none() : v);
      }
      if (vm.pending_is(vm.exc.StopIteration)) {  // an iterator's throw() finished it
        Value stop = vm.take_pending_exception();
        Value v = as_exception(stop)->args->length > 0 ? as_exception(stop)->args->items()[0] : Value::none();
        return resume_after_delegate_rpy(vm, gen, v);
      }
      return resume_rpy(vm, gen, true);  // the delegate's exception continues in gen
    }
  }
  (void)vm.raise_value(exc);
  return resume_rpy(vm, gen, true);
}

Result generator_close_rpy(VM& vm, Generator* gen) {
  if (gen->state == GeneratorState::Running) return vm.raise(vm.exc.ValueError, "generator already executing");
  if (gen->state != GeneratorState::Suspended) {
    finish_unstarted(vm, gen);
    return Value::none();
  }
  Exception* exit = make_exception(vm, vm.exc.GeneratorExit, as_tuple(vm.empty_tuple));
  Result r = generator_throw_rpy(vm, gen, Value::from_object(exit), CallArgs{});
  if (!r.failed()) {
    if (r.value().is_null()) {  // returned: fine
      vm.generator_return_value = Value::null();
      return Value::none();
    }
    return vm.raise(vm.exc.RuntimeError, "generator ignored GeneratorExit");
  }
  if (vm.pending_is(vm.exc.GeneratorExit) || vm.pending_is(vm.exc.StopIteration)) {
    (void)vm.take_pending_exception();
    return Value::none();
  }
  return Error{};
}

namespace {

Result generator_repr(VM& vm, Value self) {
  Generator* g = as_generator(self);
  const char* kind = g->type == vm.types.coroutine ? "coroutine" : g->type == vm.types.async_generator ? "async_generator" : "generator";
  return Value::from_object(make_str(vm, fmt::format("<{} object {} at {:#x}>", kind, g->qualname->view(),
                                                     reinterpret_cast<uintptr_t>(g))));
}

Result generator_iter(VM&, Value self) { return self; }

Result generator_next(VM& vm, Value self) { return generator_send_rpy(vm, as_generator(self), Value::none()); }

// StopIteration(value) for a generator that returned `value` from send() or throw().
Error raise_stop_iteration(VM& vm) {
  Value v = vm.generator_return_value;
  vm.generator_return_value = Value::null();
  Tuple* args = v.is_none() || v.is_null() ? as_tuple(vm.empty_tuple) : make_tuple(vm, {v});
  Value e = EDGE_TRY(call(vm, Value::from_object(vm.exc.StopIteration), CallArgs{args->items(), args->length, nullptr}));
  return vm.raise_value(e);
}

Result generator_send(VM& vm, CallArgs args) {
  EDGE_TRY(check_arg_count(vm, args, "generator.send", 2, 2));
  Value r = EDGE_TRY(generator_send_rpy(vm, as_generator(args[0]), args[1]));
  if (r.is_null()) return raise_stop_iteration(vm);
  return r;
}

// throw(exc), throw(type[, value]): the (deprecated but accepted) signatures of 3.11.
Result exception_to_throw(VM& vm, CallArgs args) {
  Value typ = args[1];
  Value val = args.nargs > 2 ? args[2] : Value::none();
  if (is_exception(typ)) {
    if (!val.is_none()) return vm.raise(vm.exc.TypeError, "instance exception may not have a separate value");
    return typ;
  }
  if (!is_exception_type(typ)) {
    return vm.raise_fmt(vm.exc.TypeError, "exceptions must be classes or instances deriving from BaseException, not {}",
                        type_name(vm, typ));
  }
  if (is_exception(val) && isinstance(vm, val, as_type(typ))) return val;
  Value made;
  if (val.is_none()) {
    made = EDGE_TRY(call(vm, typ, CallArgs{}));
  } else if (is_tuple(val)) {
    made = EDGE_TRY(call(vm, typ, CallArgs{as_tuple(val)->items(), as_tuple(val)->length, nullptr}));
  } else {
    made = EDGE_TRY(call(vm, typ, CallArgs{&val, 1, nullptr}));
  }
  if (!is_exception(made)) {
    return vm.raise_fmt(vm.exc.TypeError, "calling {} should have returned an instance of BaseException, not {}",
                        type_name(vm, typ), type_name(vm, made));
  }
  return made;
}

Result generator_throw(VM& vm, CallArgs args) {
  EDGE_TRY(check_arg_count(vm, args, "throw", 2, 4));
  Value exc = EDGE_TRY(exception_to_throw(vm, args));
  CallArgs as_given{args.args + 1, args.nargs - 1, nullptr};
  Value r = EDGE_TRY(generator_throw_rpy(vm, as_generator(args[0]), exc, as_given));
  if (r.is_null()) return raise_stop_iteration(vm);
  return r;
}

Result generator_close(VM& vm, CallArgs args) {
  EDGE_TRY(check_arg_count(vm, args, "generator.close", 1, 1));
  return generator_close_rpy(vm, as_generator(args[0]));
}

Result generator_get_name(VM&, Value self) { return Value::from_object(as_generator(self)->name); }
Result generator_get_qualname(VM&, Value self) { return Value::from_object(as_generator(self)->qualname); }
Result generator_get_running(VM&, Value self) {
  return Value::boolean(as_generator(self)->state == GeneratorState::Running);
}
Result generator_get_suspended(VM&, Value self) {
  return Value::boolean(as_generator(self)->state == GeneratorState::Suspended);
}
Result generator_get_yieldfrom(VM&, Value self) {
  Value sub = delegate_of(as_generator(self));
  return sub.is_null() ? Value::none() : sub;
}

const NativeMethodDef kGeneratorMethods[] = {
    {"send", generator_send},
    {"throw", generator_throw},
    {"close", generator_close},
    {nullptr, nullptr},
};

}  // namespace

Result get_awaitable_iterator(VM& vm, Value x) {
  if (type_lookup(type_of(vm, x), vm.names.dunder_await).is_null()) {
    return vm.raise_fmt(vm.exc.TypeError, "object {} can't be used in 'await' expression", type_name(vm, x));
  }
  Value it = EDGE_TRY(call_method(vm, x, vm.names.dunder_await, CallArgs{}));
  if (type_of(vm, it)->slots.next == nullptr && !is_generator(it)) {
    return vm.raise_fmt(vm.exc.TypeError, "__await__() returned non-iterator of type '{}'", type_name(vm, it));
  }
  return it;
}

Value make_awaited_value(VM& vm, Value v) {
  Descriptor* d = vm.heap.make<Descriptor>(vm.types.awaited_value);
  d->a = v;
  return Value::from_object(d);
}

namespace {

// The exit of a sync manager under `async with`: calls __exit__ and hands back its
// result as an already-done awaitable.
Result awaited_sync_exit(VM& vm, CallArgs args) {
  Value r = EDGE_TRY(call(vm, args[0], CallArgs{args.args + 1, args.nargs - 1, args.kwnames}));
  return make_awaited_value(vm, r);
}
const NativeMethodDef kAwaitedSyncExit = {"__exit__", awaited_sync_exit};

}  // namespace

Result before_async_with(VM& vm, Value mgr, Value& exit) {
  Type* t = type_of(vm, mgr);
  if (!type_lookup(t, vm.names.dunder_aenter).is_null() && !type_lookup(t, vm.names.dunder_aexit).is_null()) {
    exit = EDGE_TRY(getattr(vm, mgr, vm.names.dunder_aexit));
    TempRoot root(vm, exit);
    return call_method(vm, mgr, vm.names.dunder_aenter, CallArgs{});
  }
  if (type_lookup(t, vm.names.dunder_enter).is_null() || type_lookup(t, vm.names.dunder_exit).is_null()) {
    return vm.raise_fmt(vm.exc.TypeError,
                        "'{}' object does not support the asynchronous context manager protocol", type_name_of(t));
  }
  Value bound_exit = EDGE_TRY(getattr(vm, mgr, vm.names.dunder_exit));
  TempRoot root(vm, bound_exit);
  exit = Value::from_object(make_builtin_function(vm, &kAwaitedSyncExit, bound_exit));
  TempRoot exit_root(vm, exit);
  Value entered = EDGE_TRY(call_method(vm, mgr, vm.names.dunder_enter, CallArgs{}));
  return make_awaited_value(vm, entered);
}

Result get_async_for_iterator(VM& vm, Value x) {
  Type* t = type_of(vm, x);
  if (t->slots.iter == nullptr && !type_lookup(t, vm.names.dunder_aiter).is_null()) {
    return vm.raise_fmt(vm.exc.TypeError,
                        "'async for' over '{}' (an __aiter__ class) is not supported: use an async generator",
                        type_name_of(t));
  }
  if (t->slots.iter == nullptr && t->slots.getitem == nullptr) {
    return vm.raise_fmt(vm.exc.TypeError, "'async for' requires an async generator or an iterable, not '{}'",
                        type_name_of(t));
  }
  return get_iter(vm, x);
}

void install_generator_type(VM& vm) {
  Type* t = vm.types.generator;
  t->slots.repr = generator_repr;
  t->slots.iter = generator_iter;
  t->slots.next = generator_next;
  add_methods(vm, t, kGeneratorMethods);
  add_getset(vm, t, "__name__", generator_get_name);
  add_getset(vm, t, "__qualname__", generator_get_qualname);
  add_getset(vm, t, "gi_running", generator_get_running);
  add_getset(vm, t, "gi_suspended", generator_get_suspended);
  add_getset(vm, t, "gi_yieldfrom", generator_get_yieldfrom);

  // Coroutines (async def): the same object without iteration; run by the scheduler
  // (run, gather, ...) or inline by `await`.
  Type* c = vm.types.coroutine;
  c->slots.repr = generator_repr;
  add_methods(vm, c, kGeneratorMethods);
  add_getset(vm, c, "__name__", generator_get_name);
  add_getset(vm, c, "__qualname__", generator_get_qualname);
  add_getset(vm, c, "cr_running", generator_get_running);
  add_getset(vm, c, "cr_suspended", generator_get_suspended);

  // Async generators: iterated by `async for` (resumed inline, like generators).
  Type* ag = vm.types.async_generator;
  ag->slots.repr = generator_repr;
  add_getset(vm, ag, "__name__", generator_get_name);
  add_getset(vm, ag, "__qualname__", generator_get_qualname);
  add_getset(vm, ag, "ag_running", generator_get_running);
}

}  // namespace edge::vm
