// The cooperative scheduler: runs tasks (the main module body and the coroutines
// handed to run / gather / with_timeout) one at a time, parks them while they wait
// (a timer, an animation frame, an event, a host call, other tasks), and tells the
// embedder what it is waiting for when nothing can run.
//
// The embedder's loop (vm/api.cpp natively, vm/wasm_exports.cpp in the browser):
//   start_main(...); then repeat step(): Done / Failed end the program; WaitTimer ->
//   call step() again at `deadline_ns`; WaitFrame -> frame_passed() then step();
//   WaitEvent -> push_event(...) then step(); WaitHostCall -> host_result/host_error
//   by call id, then step(); Preempted -> step() again whenever convenient.
//
// Invariants: the ready queue is FIFO, and a preempted task goes back to its front,
// so preemption never changes the order in which tasks interleave. Time comes from
// VMConfig::now_ns when the host has a clock; otherwise a virtual clock jumps to the
// next deadline whenever every task waits, so programs are deterministic and instant.
#pragma once

#include <cstdint>
#include <deque>
#include <memory>
#include <string>
#include <vector>

#include "scheduler/task.h"
#include "vm/status.h"

namespace edge::vm {
class VM;
class Tracer;
struct Code;
struct Dict;
struct Generator;
}  // namespace edge::vm

namespace edge::sched {

enum class StepKind : uint8_t { Done, Failed, WaitTimer, WaitFrame, WaitEvent, WaitHostCall, Preempted };

struct Step {
  StepKind kind = StepKind::Done;
  uint64_t deadline_ns = 0;  // WaitTimer: when to call step() again (the scheduler's clock)
};

class Scheduler {
 public:
  explicit Scheduler(vm::VM& vm);
  ~Scheduler();
  Scheduler(const Scheduler&) = delete;
  Scheduler& operator=(const Scheduler&) = delete;

  // --- the embedder's side ---
  // Makes the module body `code` (namespace `globals`) the main task.
  void start_main(vm::Code* code, vm::Dict* globals);
  // Runs tasks until the main task ends or everything waits.
  Step step();
  // The exception that ended the main task (Failed), or null.
  vm::Value main_error() const;
  // An animation frame passed: wakes every frame() waiter.
  void frame_passed();
  // Delivers an event to the first receive() waiter, or queues it.
  void push_event(vm::Value event);
  // Answers deferred host call `id` with a value, or an exception to raise in the
  // coroutine that made it. False if no task waits for that id.
  bool host_result(uint64_t id, vm::Value value);
  bool host_error(uint64_t id, vm::Value exception);
  // The scheduler's clock (host clock, or virtual), in nanoseconds.
  uint64_t now_ns() const;
  bool has_host_clock() const;

  // --- the primitives' side (scheduler/primitives.cpp) ---
  Task* current() const;
  // The task running coroutine `c`, created (New, in the ready queue) on first use.
  vm::Fallible<Task*> task_for(vm::Generator* c);
  bool owns(const vm::Generator* c) const;
  // Parks the current task in `state` if the calling builtin (`callee`) may suspend
  // here; the builtin then returns the placeholder this returns. `what` names the
  // builtin in the error raised when it may not.
  vm::Result park(vm::Value callee, TaskState state, const char* what);
  // Parks the current task until its join over `children` completes.
  vm::Result join(vm::Value callee, JoinKind kind, std::vector<Task*> children, uint64_t deadline_ns, const char* what);
  // Flags `t` for cancellation: CancelledError at its suspension point.
  void cancel(Task* t);
  // Queues a deferred host call for the current task; returns its id (call park next).
  uint64_t new_host_call_id() { return next_host_call_id_++; }
  // Takes the next queued event, or null.
  vm::Value take_event();
  // Preemption: park the running task at a back-edge (it goes to the queue's front).
  void preempt_current();

  void trace(vm::Tracer& tracer);

 private:
  void run_task(Task* t);
  void finish(Task* t, TaskState state, vm::Value result);
  void wake(Task* t, vm::Value value, vm::Value error);
  void check_join(Task* joiner);
  bool wake_expired_timers();
  bool earliest_deadline(uint64_t& deadline) const;
  vm::Value cancelled_error();
  void detach_join(Task* joiner);

  vm::VM& vm_;
  std::vector<std::unique_ptr<Task>> tasks_;
  std::deque<Task*> ready_;
  std::deque<vm::Value> events_;
  Task* main_ = nullptr;
  Task* running_ = nullptr;
  bool preempted_ = false;
  uint64_t virtual_now_ = 0;
  uint64_t next_host_call_id_ = 1;
  uint32_t next_task_id_ = 0;
};

// Registers run, gather, sleep, frame, receive, with_timeout and cancel as builtins.
void install_primitives(vm::VM& vm);

}  // namespace edge::sched
