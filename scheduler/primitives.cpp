// The concurrency builtins of the user's concurrency document: run, gather, sleep,
// frame, receive, with_timeout, cancel. Each is a thin check of its arguments over the
// Scheduler; the ones that wait park the calling task and return a placeholder the
// scheduler replaces when the task wakes up.
//
// They need to know which function object was called (only the callee the
// interpreter is calling directly may park), hence fn_with_callee.
#include <cmath>

#include "scheduler/scheduler.h"
#include "vm/args.h"
#include "vm/frame.h"
#include "vm/ops.h"
#include "vm/types/dict.h"
#include "vm/types/float.h"
#include "vm/types/function.h"
#include "vm/types/generator.h"
#include "vm/types/list.h"
#include "vm/vm.h"

namespace edge::sched {

namespace {

using vm::BuiltinFunction;
using vm::CallArgs;
using vm::Result;
using vm::Value;

Value callee_value(BuiltinFunction* f) { return Value::from_object(f); }

vm::Status no_keywords(vm::VM& vm, CallArgs args, const char* name) {
  if (args.nkw() != 0) return vm.raise_fmt(vm.exc.TypeError, "{}() takes no keyword arguments", name);
  return vm::Status::ok();
}

// The coroutine objects among `args`, as tasks (scheduling those not yet scheduled).
vm::Fallible<std::vector<Task*>> tasks_of(vm::VM& vm, CallArgs args, uint32_t first, const char* name) {
  std::vector<Task*> tasks;
  for (uint32_t i = first; i < args.nargs; ++i) {
    Value c = args[i];
    if (!vm::is_generator(c) || c.as_object()->type != vm.types.coroutine) {
      return vm.raise_fmt(vm.exc.TypeError, "{}() expects coroutines (from calling an async def), got '{}'", name,
                          vm::type_name(vm, c));
    }
    tasks.push_back(EDGE_TRY(vm.scheduler->task_for(vm::as_generator(c))));
  }
  return tasks;
}

// Seconds as a non-negative number -> nanoseconds.
vm::Fallible<uint64_t> duration_ns(vm::VM& vm, Value seconds, const char* name) {
  double s = 0;
  vm::Fallible<bool> ok = vm::to_double_operand(vm, seconds, s);
  if (ok.failed()) return vm::Error{};
  if (!ok.value()) {
    return vm.raise_fmt(vm.exc.TypeError, "{}() argument must be a number of seconds, not '{}'", name,
                        vm::type_name(vm, seconds));
  }
  if (std::isnan(s)) return vm.raise_fmt(vm.exc.ValueError, "{}() length must not be NaN", name);
  if (s < 0) return vm.raise_fmt(vm.exc.ValueError, "{}() length must be non-negative", name);
  double ns = s * 1e9;
  if (ns >= 1.8e19) return UINT64_MAX;
  return static_cast<uint64_t>(ns);
}

// The scheduler's clock `duration` from now, saturating.
uint64_t deadline_after(vm::VM& vm, uint64_t duration) {
  uint64_t now = vm.scheduler->now_ns();
  return duration >= UINT64_MAX - now ? UINT64_MAX : now + duration;
}

Result prim_run(vm::VM& vm, BuiltinFunction* f, CallArgs args) {
  EDGE_TRY(no_keywords(vm, args, "run"));
  if (args.nargs == 0) return vm.raise(vm.exc.TypeError, "run() expects at least one coroutine");
  std::vector<Task*> tasks = EDGE_TRY(tasks_of(vm, args, 0, "run"));
  return vm.scheduler->join(callee_value(f), JoinKind::Run, std::move(tasks), 0, "run");
}

Result prim_gather(vm::VM& vm, BuiltinFunction* f, CallArgs args) {
  EDGE_TRY(no_keywords(vm, args, "gather"));
  std::vector<Task*> tasks = EDGE_TRY(tasks_of(vm, args, 0, "gather"));
  if (tasks.empty()) return Value::from_object(vm::make_list(vm));
  return vm.scheduler->join(callee_value(f), JoinKind::Gather, std::move(tasks), 0, "gather");
}

Result prim_with_timeout(vm::VM& vm, BuiltinFunction* f, CallArgs args) {
  EDGE_TRY(no_keywords(vm, args, "with_timeout"));
  if (args.nargs != 2) {
    return vm.raise_fmt(vm.exc.TypeError, "with_timeout() takes 2 arguments (seconds, coroutine), got {}", args.nargs);
  }
  uint64_t deadline = deadline_after(vm, EDGE_TRY(duration_ns(vm, args[0], "with_timeout")));
  std::vector<Task*> tasks = EDGE_TRY(tasks_of(vm, args, 1, "with_timeout"));
  return vm.scheduler->join(callee_value(f), JoinKind::Timeout, std::move(tasks), deadline, "with_timeout");
}

Result prim_sleep(vm::VM& vm, BuiltinFunction* f, CallArgs args) {
  EDGE_TRY(no_keywords(vm, args, "sleep"));
  if (args.nargs != 1) return vm.raise_fmt(vm.exc.TypeError, "sleep() takes exactly one argument ({} given)", args.nargs);
  Scheduler& s = *vm.scheduler;
  uint64_t duration = EDGE_TRY(duration_ns(vm, args[0], "sleep"));
  if (duration == 0) return s.park(callee_value(f), TaskState::Ready, "sleep");  // sleep(0): just yield
  uint64_t deadline = deadline_after(vm, duration);
  Value placeholder = EDGE_TRY(s.park(callee_value(f), TaskState::Sleeping, "sleep"));
  if (s.current()->state == TaskState::Sleeping) s.current()->deadline_ns = deadline;
  return placeholder;
}

Result prim_frame(vm::VM& vm, BuiltinFunction* f, CallArgs args) {
  EDGE_TRY(no_keywords(vm, args, "frame"));
  if (args.nargs != 0) return vm.raise_fmt(vm.exc.TypeError, "frame() takes no arguments ({} given)", args.nargs);
  return vm.scheduler->park(callee_value(f), TaskState::WaitingFrame, "frame");
}

Result prim_receive(vm::VM& vm, BuiltinFunction* f, CallArgs args) {
  EDGE_TRY(no_keywords(vm, args, "receive"));
  if (args.nargs != 0) return vm.raise_fmt(vm.exc.TypeError, "receive() takes no arguments ({} given)", args.nargs);
  Scheduler& s = *vm.scheduler;
  Value event = s.take_event();
  if (!event.is_null()) {
    // Nothing to wait for; `await receive()` still passes the value through.
    Task* t = s.current();
    if (t != nullptr && t->frame != nullptr) {
      t->passthrough_frame = t->frame;
      t->passthrough_ip = t->frame->ip - 1;
    }
    return event;
  }
  return s.park(callee_value(f), TaskState::WaitingEvent, "receive");
}

Result prim_cancel(vm::VM& vm, BuiltinFunction*, CallArgs args) {
  EDGE_TRY(no_keywords(vm, args, "cancel"));
  if (args.nargs != 1) return vm.raise_fmt(vm.exc.TypeError, "cancel() takes exactly one argument ({} given)", args.nargs);
  std::vector<Task*> tasks = EDGE_TRY(tasks_of(vm, args, 0, "cancel"));
  vm.scheduler->cancel(tasks.front());
  return Value::none();
}

const vm::NativeMethodDef kPrimitives[] = {
    {"run", nullptr, "run(c1, c2, ...): run coroutines concurrently; the first one's result", prim_run},
    {"gather", nullptr, "gather(*coros): run coroutines concurrently; their results in order", prim_gather},
    {"with_timeout", nullptr, "with_timeout(seconds, coro): its result, or TimeoutError", prim_with_timeout},
    {"sleep", nullptr, "sleep(seconds): wait; sleep(0) lets other tasks run", prim_sleep},
    {"frame", nullptr, "frame(): wait for the next animation frame", prim_frame},
    {"receive", nullptr, "receive(): the next event the host pushes", prim_receive},
    {"cancel", nullptr, "cancel(coro): CancelledError at its next suspension", prim_cancel},
};

}  // namespace

void install_primitives(vm::VM& vm) {
  for (const vm::NativeMethodDef& def : kPrimitives) {
    BuiltinFunction* f = vm::make_builtin_function(vm, &def);
    vm::dict_set_str(vm, vm.builtins, f->name, Value::from_object(f));
  }
}

}  // namespace edge::sched
