// Generator objects: next()/send() from native code (a nested interpreter loop),
// close(), repr and introspection. Resumption from bytecode (for-loops, yield from)
// is done inline by the interpreter without going through here.
#include "vm/types/generator.h"

#include "scheduler/task.h"
#include "vm/args.h"
#include "vm/code.h"
#include "vm/frame.h"
#include "vm/interpreter.h"
#include "vm/ops.h"
#include "vm/types/exception.h"
#include "vm/types/function.h"
#include "vm/types/str.h"
#include "vm/types/tuple.h"
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
  t.visit(yield_from);
  if (frame != nullptr) frame->trace(t);
}

Generator* make_generator(VM& vm, Frame* frame) {
  Code* code = frame->code;
  Str* qualname = frame->function ? frame->function->qualname : code->qualname;
  Generator* g = vm.heap.make<Generator>(vm.types.generator, frame, code->name, qualname);
  frame->generator = g;
  return g;
}

Result generator_send_rpy(VM& vm, Generator* gen, Value value) {
  if (gen->state == GeneratorState::Running) return vm.raise(vm.exc.ValueError, "generator already executing");
  if (gen->state == GeneratorState::Finished) {
    vm.generator_return_value = Value::none();
    return Value::null();
  }
  if (gen->state == GeneratorState::Created && !value.is_none()) {
    return vm.raise(vm.exc.TypeError, "can't send non-None value to a just-started generator");
  }
  NativeDepthGuard guard(vm);
  if (guard.failed()) return Error{};
  Frame* frame = gen->frame;
  if (gen->state == GeneratorState::Suspended) frame->stack_base()[frame->sp++] = value;
  gen->state = GeneratorState::Running;
  TempRoot root(vm, Value::from_object(gen));
  Result r = run_frame(vm, frame);
  if (r.failed()) return Error{};
  if (gen->state == GeneratorState::Suspended) return r;
  return Value::null();  // finished: the return value is in vm.generator_return_value
}

namespace {

Result generator_repr(VM& vm, Value self) {
  Generator* g = as_generator(self);
  return Value::from_object(make_str(vm, fmt::format("<generator object {} at {:#x}>", g->qualname->view(),
                                                     reinterpret_cast<uintptr_t>(g))));
}

Result generator_iter(VM&, Value self) { return self; }

Result generator_next(VM& vm, Value self) { return generator_send_rpy(vm, as_generator(self), Value::none()); }

// StopIteration(value) for a generator that returned `value` from send().
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

Result generator_close(VM& vm, CallArgs args) {
  EDGE_TRY(check_arg_count(vm, args, "generator.close", 1, 1));
  Generator* g = as_generator(args[0]);
  if (g->state == GeneratorState::Created || g->state == GeneratorState::Finished) {
    if (g->frame != nullptr) {
      free_frame(vm, g->frame);
      g->frame = nullptr;
    }
    g->state = GeneratorState::Finished;
    return Value::none();
  }
  if (g->state == GeneratorState::Running) return vm.raise(vm.exc.ValueError, "generator already executing");
  // Raise GeneratorExit at the suspension point: finally blocks run.
  // (Full throw() support lands with the rest of the generator protocol.)
  free_frame(vm, g->frame);
  g->frame = nullptr;
  g->state = GeneratorState::Finished;
  return Value::none();
}

Result generator_get_name(VM&, Value self) { return Value::from_object(as_generator(self)->name); }
Result generator_get_qualname(VM&, Value self) { return Value::from_object(as_generator(self)->qualname); }
Result generator_get_running(VM&, Value self) {
  return Value::boolean(as_generator(self)->state == GeneratorState::Running);
}

const NativeMethodDef kGeneratorMethods[] = {
    {"send", generator_send},
    {"close", generator_close},
    {nullptr, nullptr},
};

}  // namespace

void install_generator_type(VM& vm) {
  Type* t = vm.types.generator;
  t->slots.repr = generator_repr;
  t->slots.iter = generator_iter;
  t->slots.next = generator_next;
  add_methods(vm, t, kGeneratorMethods);
  add_getset(vm, t, "__name__", generator_get_name);
  add_getset(vm, t, "__qualname__", generator_get_qualname);
  add_getset(vm, t, "gi_running", generator_get_running);
}

}  // namespace edge::vm
