// A task: one thread of Python execution -- the main module body, or a coroutine the
// scheduler runs. It owns nothing on the C++ stack: its state is the chain of heap
// frames ending at `frame`, the exception its innermost `except` block is handling,
// and what it waits for. Switching tasks is swapping VM::current_task.
//
// Invariant: a task that is not running has no interpreter loop on the C++ stack
// (interp_nesting == 0); a suspended one is resumed from its top frame.
#pragma once

#include <cstdint>
#include <vector>

#include "vm/value.h"

namespace edge::vm {
struct Frame;
struct Generator;
class Tracer;
}  // namespace edge::vm

namespace edge::sched {

enum class TaskState : uint8_t {
  New,              // scheduled, not started
  Ready,            // in the ready queue
  Running,
  Sleeping,         // until deadline_ns
  WaitingFrame,     // frame(): the next animation frame
  WaitingEvent,     // receive() with an empty queue
  WaitingHostCall,  // a deferred host call, answered by host_call_id
  WaitingChildren,  // run() / gather() / with_timeout()
  Done,             // returned `result`
  Failed,           // raised `result`
  Cancelled,        // ended by CancelledError after cancel()
};

const char* task_state_name(TaskState state);

// What a task waiting on children waits for.
enum class JoinKind : uint8_t { None, Run, Gather, Timeout };

struct Task {
  vm::Frame* frame = nullptr;          // innermost frame of this task, or null when idle
  vm::Value handled_exception;         // what bare `raise` re-raises (null: none)
  uint32_t depth = 0;                  // Python frames in the chain, for RecursionError
  uint32_t interp_nesting = 0;         // interpreter loops running it on the C++ stack

  // `await <yielding builtin call>`: the call site whose result GetAwaitable passes
  // through unchanged (the builtin already waited).
  vm::Frame* passthrough_frame = nullptr;
  uint32_t passthrough_ip = 0;

  // --- scheduling (scheduler/scheduler.cpp) ---
  uint32_t id = 0;
  TaskState state = TaskState::New;
  vm::Generator* coroutine = nullptr;  // what it runs; null for the main module body
  vm::Frame* base = nullptr;           // its outermost frame until started
  uint64_t deadline_ns = 0;            // Sleeping, or a Timeout join's deadline
  uint64_t host_call_id = 0;           // WaitingHostCall
  bool placeholder = false;            // a suspended call left a value for the wake-up to replace
  vm::Value resume_value;              // the suspended call's return value on wake-up
  vm::Value resume_error;              // or the exception it raises instead
  vm::Value result;                    // Done: return value; Failed/Cancelled: the exception
  bool cancel_requested = false;       // cancel(): CancelledError at the next suspension
  JoinKind join = JoinKind::None;
  std::vector<Task*> children;         // what the join waits for, in argument order
  std::vector<Task*> joiners;          // tasks whose join includes this one

  bool finished() const {
    return state == TaskState::Done || state == TaskState::Failed || state == TaskState::Cancelled;
  }
  void trace(vm::Tracer& tracer);
};

}  // namespace edge::sched
