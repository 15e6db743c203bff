// A task: one thread of Python execution -- the module body, and later each coroutine
// the scheduler runs. It owns nothing on the C++ stack: its state is the chain of heap
// frames ending at `frame`, the exception its innermost `except` block is handling,
// and its frame depth. Switching tasks is swapping VM::current_task.
#pragma once

#include <cstdint>

#include "vm/value.h"

namespace edge::vm {
struct Frame;
class Tracer;
}  // namespace edge::vm

namespace edge::sched {

struct Task {
  vm::Frame* frame = nullptr;          // innermost frame of this task, or null when idle
  vm::Value handled_exception;         // what bare `raise` re-raises (null: none)
  uint32_t depth = 0;                  // Python frames in the chain, for RecursionError

  void trace(vm::Tracer& tracer);
};

}  // namespace edge::sched
