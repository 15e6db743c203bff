// The scheduler's state machine (see scheduler.h for the embedder's loop).
//
// A task runs until its base frame returns or raises, or until a yielding builtin
// parks it (VM::suspend_requested): the interpreter then returns with the task's frame
// chain intact, and the wake-up later replaces the parked call's placeholder result
// with the real one (or raises an exception at that call: a host error, CancelledError,
// TimeoutError). Nothing about a waiting task lives on the C++ stack.
#include "scheduler/scheduler.h"

#include <algorithm>

#include "vm/frame.h"
#include "vm/interpreter.h"
#include "vm/ops.h"
#include "vm/types/exception.h"
#include "vm/types/generator.h"
#include "vm/types/list.h"
#include "vm/types/tuple.h"
#include "vm/vm.h"

namespace edge::sched {

using vm::Value;

Scheduler::Scheduler(vm::VM& vm) : vm_(vm) {}
Scheduler::~Scheduler() = default;

bool Scheduler::has_host_clock() const { return static_cast<bool>(vm_.config.now_ns); }

uint64_t Scheduler::now_ns() const { return has_host_clock() ? vm_.config.now_ns() : virtual_now_; }

Task* Scheduler::current() const { return running_; }

void Scheduler::start_main(vm::Code* code, vm::Dict* globals) {
  auto task = std::make_unique<Task>();
  main_ = task.get();
  main_->id = next_task_id_++;
  main_->base = vm::new_frame(vm_, code, nullptr, globals);
  main_->base->locals = nullptr;
  main_->state = TaskState::Ready;
  tasks_.push_back(std::move(task));
  ready_.push_back(main_);
}

Value Scheduler::main_error() const {
  return main_ != nullptr && main_->state != TaskState::Done ? main_->result : Value::null();
}

bool Scheduler::owns(const vm::Generator* c) const {
  for (const auto& t : tasks_) {
    if (t->coroutine == c) return true;
  }
  return false;
}

vm::Fallible<Task*> Scheduler::task_for(vm::Generator* c) {
  for (const auto& t : tasks_) {
    if (t->coroutine == c) return t.get();
  }
  if (c->state == vm::GeneratorState::Finished) {
    return vm_.raise(vm_.exc.RuntimeError, "cannot reuse already awaited coroutine");
  }
  if (c->state != vm::GeneratorState::Created) {
    return vm_.raise(vm_.exc.RuntimeError, "coroutine is being awaited already");
  }
  auto task = std::make_unique<Task>();
  Task* t = task.get();
  t->id = next_task_id_++;
  t->coroutine = c;
  t->base = c->frame;
  t->state = TaskState::New;
  tasks_.push_back(std::move(task));
  ready_.push_back(t);
  return t;
}

Value Scheduler::cancelled_error() {
  return Value::from_object(vm::make_exception(vm_, vm_.exc.CancelledError, vm::as_tuple(vm_.empty_tuple)));
}

Value Scheduler::take_event() {
  if (events_.empty()) return Value::null();
  Value v = events_.front();
  events_.pop_front();
  return v;
}

// --- running one task -------------------------------------------------------------------

void Scheduler::run_task(Task* t) {
  vm::Result r = Value::none();
  sched::Task* outside = vm_.current_task;
  running_ = t;
  vm_.current_task = t;
  if (t->frame == nullptr) {
    vm::Frame* base = t->base;
    t->base = nullptr;
    if (t->cancel_requested) {
      // Cancelled before it ever ran: its body never starts.
      if (t->coroutine != nullptr) (void)vm::generator_close_rpy(vm_, t->coroutine);
      running_ = nullptr;
      vm_.current_task = outside;
      finish(t, TaskState::Cancelled, cancelled_error());
      return;
    }
    t->state = TaskState::Running;
    if (t->coroutine != nullptr) t->coroutine->state = vm::GeneratorState::Running;
    r = vm::run_frame(vm_, base);
    if (t == main_ && !vm_.suspend_requested) vm::free_frame(vm_, base);
  } else {
    t->state = TaskState::Running;
    bool throwing = !t->resume_error.is_null();
    if (t->placeholder) {
      vm::Frame* top = t->frame;
      if (throwing) {
        --top->sp;
      } else {
        top->stack_base()[top->sp - 1] = t->resume_value.is_null() ? Value::none() : t->resume_value;
      }
    }
    t->placeholder = false;
    Value error = t->resume_error;
    t->resume_value = Value::null();
    t->resume_error = Value::null();
    if (throwing) (void)vm_.raise_value(error);
    vm::Frame* base = t->frame;
    while (base->back != nullptr) base = base->back;
    r = vm::resume_task_frames(vm_, throwing);
    if (t == main_ && !vm_.suspend_requested) vm::free_frame(vm_, base);
  }
  running_ = nullptr;
  vm_.current_task = outside;
  if (vm_.suspend_requested) {
    vm_.suspend_requested = false;  // parked: park() or preempt_current() queued it
    return;
  }
  if (r.failed()) {
    Value exc = vm_.take_pending_exception();
    bool cancelled = vm::isinstance(vm_, exc, vm_.exc.CancelledError);
    finish(t, cancelled ? TaskState::Cancelled : TaskState::Failed, exc);
    return;
  }
  Value result = r.value();
  if (t->coroutine != nullptr) {
    result = vm_.generator_return_value.is_null() ? Value::none() : vm_.generator_return_value;
    vm_.generator_return_value = Value::null();
  }
  finish(t, TaskState::Done, result);
}

void Scheduler::finish(Task* t, TaskState state, Value result) {
  t->state = state;
  t->result = result;
  t->frame = nullptr;
  std::vector<Task*> joiners = t->joiners;
  for (Task* j : joiners) check_join(j);
}

void Scheduler::detach_join(Task* joiner) {
  for (Task* c : joiner->children) {
    auto& js = c->joiners;
    js.erase(std::remove(js.begin(), js.end(), joiner), js.end());
  }
  joiner->children.clear();
  joiner->join = JoinKind::None;
}

void Scheduler::wake(Task* t, Value value, Value error) {
  if (t->join != JoinKind::None) detach_join(t);
  t->resume_value = value.is_null() ? Value::none() : value;
  t->resume_error = error;
  t->state = TaskState::Ready;
  ready_.push_back(t);
}

// The error a finished child hands to whoever waits for it.
static Value outcome_error(Task* c) { return c->state == TaskState::Done ? Value::null() : c->result; }

void Scheduler::check_join(Task* j) {
  if (j->state != TaskState::WaitingChildren) return;
  if (j->join == JoinKind::Run || j->join == JoinKind::Timeout) {
    Task* c = j->children.front();
    if (!c->finished()) return;
    wake(j, c->state == TaskState::Done ? c->result : Value::null(), outcome_error(c));
    return;
  }
  // Gather: every child finished; the first error in argument order wins.
  for (Task* c : j->children) {
    if (!c->finished()) return;
  }
  for (Task* c : j->children) {
    if (c->state != TaskState::Done) {
      wake(j, Value::null(), c->result);
      return;
    }
  }
  vm::List* results = vm::make_list(vm_);
  for (Task* c : j->children) vm::list_append(vm_, results, c->result);
  wake(j, Value::from_object(results), Value::null());
}

// --- parking --------------------------------------------------------------------------

vm::Result Scheduler::park(Value callee, TaskState state, const char* what) {
  Task* t = running_;
  if (t == nullptr || callee.is_null() || !vm_.suspendable_callee.is(callee) || t->frame == nullptr) {
    return vm_.raise_fmt(vm_.exc.RuntimeError,
                         "{}() cannot wait here: it was not called directly by Python code of a running task "
                         "(called from a builtin such as map() or sorted(), a method the VM calls for an "
                         "operator, a generator driven by next(), or an imported module's top level)",
                         what);
  }
  vm_.suspendable_callee = Value::null();
  vm_.suspend_requested = true;
  t->placeholder = true;
  t->passthrough_frame = t->frame;
  t->passthrough_ip = t->frame->ip - 1;
  t->state = state;
  if (t->cancel_requested) {
    // cancel() while it ran: CancelledError comes out of this call.
    t->cancel_requested = false;
    t->state = TaskState::Ready;
    t->resume_error = cancelled_error();
    ready_.push_back(t);
  } else if (state == TaskState::Ready) {
    ready_.push_back(t);  // sleep(0): after everything already waiting to run
  }
  return Value::none();
}

vm::Result Scheduler::join(Value callee, JoinKind kind, std::vector<Task*> children, uint64_t deadline_ns,
                           const char* what) {
  EDGE_TRY(park(callee, TaskState::WaitingChildren, what));
  Task* t = running_;
  if (t->state != TaskState::WaitingChildren) return Value::none();  // cancelled instead
  t->join = kind;
  t->deadline_ns = deadline_ns;
  for (Task* c : children) c->joiners.push_back(t);
  t->children = std::move(children);
  check_join(t);
  return Value::none();
}

void Scheduler::preempt_current() {
  Task* t = running_;
  vm_.suspend_requested = true;
  preempted_ = true;
  t->placeholder = false;
  t->state = TaskState::Ready;
  ready_.push_front(t);  // continues first: preemption never reorders tasks
}

void Scheduler::cancel(Task* t) {
  if (t->finished()) return;
  if (t == running_ || t->state == TaskState::New) {
    t->cancel_requested = true;  // at its next suspension (or instead of starting)
    return;
  }
  if (t->state == TaskState::Ready) {
    if (t->placeholder) {
      t->resume_error = cancelled_error();
    } else {
      t->cancel_requested = true;  // preempted in a loop: at its next suspension
    }
    return;
  }
  // Parked: it wakes now with CancelledError at its suspension point.
  wake(t, Value::null(), cancelled_error());
}

// --- the embedder's loop ----------------------------------------------------------------

bool Scheduler::earliest_deadline(uint64_t& deadline) const {
  bool found = false;
  for (const auto& t : tasks_) {
    bool timed = t->state == TaskState::Sleeping ||
                 (t->state == TaskState::WaitingChildren && t->join == JoinKind::Timeout);
    if (timed && (!found || t->deadline_ns < deadline)) {
      deadline = t->deadline_ns;
      found = true;
    }
  }
  return found;
}

bool Scheduler::wake_expired_timers() {
  uint64_t now = now_ns();
  std::vector<Task*> expired;
  for (const auto& t : tasks_) {
    bool timed = t->state == TaskState::Sleeping ||
                 (t->state == TaskState::WaitingChildren && t->join == JoinKind::Timeout);
    if (timed && t->deadline_ns <= now) expired.push_back(t.get());
  }
  std::stable_sort(expired.begin(), expired.end(), [](Task* a, Task* b) { return a->deadline_ns < b->deadline_ns; });
  for (Task* t : expired) {
    if (t->state == TaskState::Sleeping) {
      wake(t, Value::none(), Value::null());
    } else if (t->state == TaskState::WaitingChildren) {
      Task* child = t->children.front();
      cancel(child);
      Value timeout = Value::from_object(vm::make_exception(vm_, vm_.exc.TimeoutError, vm::as_tuple(vm_.empty_tuple)));
      wake(t, Value::null(), timeout);
    }
  }
  return !expired.empty();
}

Step Scheduler::step() {
  preempted_ = false;
  for (;;) {
    if (main_ == nullptr || main_->finished()) {
      return Step{main_ != nullptr && main_->state == TaskState::Done ? StepKind::Done : StepKind::Failed, 0};
    }
    if (!ready_.empty()) {
      Task* t = ready_.front();
      ready_.pop_front();
      if (t->finished()) continue;
      run_task(t);
      if (preempted_) return Step{StepKind::Preempted, 0};
      continue;
    }
    bool frame_waiters = false, host_waiters = false, event_waiters = false;
    for (const auto& t : tasks_) {
      frame_waiters |= t->state == TaskState::WaitingFrame;
      host_waiters |= t->state == TaskState::WaitingHostCall;
      event_waiters |= t->state == TaskState::WaitingEvent;
    }
    if (frame_waiters) return Step{StepKind::WaitFrame, 0};
    uint64_t deadline = 0;
    if (earliest_deadline(deadline)) {
      if (!has_host_clock() && virtual_now_ < deadline) virtual_now_ = deadline;
      if (now_ns() >= deadline) {
        wake_expired_timers();
        continue;
      }
      return Step{StepKind::WaitTimer, deadline};
    }
    if (host_waiters) return Step{StepKind::WaitHostCall, 0};
    if (event_waiters) return Step{StepKind::WaitEvent, 0};
    // Nothing is ready and nothing can wake anyone: only possible if the main task
    // waits on itself through other tasks.
    main_->state = TaskState::Failed;
    main_->result = Value::from_object(
        vm::make_exception(vm_, vm_.exc.RuntimeError, "deadlock: every task waits for another task"));
  }
}

void Scheduler::frame_passed() {
  for (const auto& t : tasks_) {
    if (t->state == TaskState::WaitingFrame) wake(t.get(), Value::none(), Value::null());
  }
}

void Scheduler::push_event(Value event) {
  for (const auto& t : tasks_) {
    if (t->state == TaskState::WaitingEvent) {
      wake(t.get(), event, Value::null());
      return;
    }
  }
  events_.push_back(event);
}

bool Scheduler::host_result(uint64_t id, Value value) {
  for (const auto& t : tasks_) {
    if (t->state == TaskState::WaitingHostCall && t->host_call_id == id) {
      wake(t.get(), value, Value::null());
      return true;
    }
  }
  return false;
}

bool Scheduler::host_error(uint64_t id, Value exception) {
  for (const auto& t : tasks_) {
    if (t->state == TaskState::WaitingHostCall && t->host_call_id == id) {
      wake(t.get(), Value::null(), exception);
      return true;
    }
  }
  return false;
}

void Scheduler::trace(vm::Tracer& tracer) {
  for (const auto& t : tasks_) t->trace(tracer);
  for (Value v : events_) tracer.visit(v);
}

}  // namespace edge::sched

namespace edge::vm {

bool VM::scheduler_owns(const Generator* c) const { return scheduler != nullptr && scheduler->owns(c); }

Status VM::budget_exhausted(bool can_suspend) {
  uint64_t period = config.preempt_interval != 0 ? config.preempt_interval : UINT64_MAX;
  if (config.max_instructions != 0) {
    ticks_used += last_budget_period;
    if (ticks_used >= config.max_instructions) {
      ticks_left = 1;  // every further tick fails too: the program cannot go on
      last_budget_period = 1;
      terminating = true;
      return raise_fmt(exc.RuntimeError, "instruction limit exceeded ({} ticks)", config.max_instructions);
    }
    period = std::min(period, config.max_instructions - ticks_used);
  }
  ticks_left = period;
  last_budget_period = period;
  if (config.preempt_interval != 0 && can_suspend && scheduler != nullptr && scheduler->current() != nullptr &&
      scheduler->current() == current_task) {
    scheduler->preempt_current();
  }
  return Status::ok();
}

}  // namespace edge::vm
