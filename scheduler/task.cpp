// Task tracing (every frame in the chain and every value a task holds is a GC root)
// and state names for diagnostics.
#include "scheduler/task.h"

#include "vm/frame.h"
#include "vm/heap.h"
#include "vm/types/generator.h"

namespace edge::sched {

const char* task_state_name(TaskState state) {
  switch (state) {
    case TaskState::New: return "new";
    case TaskState::Ready: return "ready";
    case TaskState::Running: return "running";
    case TaskState::Sleeping: return "sleeping";
    case TaskState::WaitingFrame: return "waiting_frame";
    case TaskState::WaitingEvent: return "waiting_event";
    case TaskState::WaitingHostCall: return "waiting_host_call";
    case TaskState::WaitingChildren: return "waiting_for_children";
    case TaskState::Done: return "done";
    case TaskState::Failed: return "failed";
    case TaskState::Cancelled: return "cancelled";
  }
  return "?";
}

void Task::trace(vm::Tracer& tracer) {
  for (vm::Frame* f = frame; f != nullptr; f = f->back) f->trace(tracer);
  if (base != nullptr && frame == nullptr) base->trace(tracer);
  tracer.visit(handled_exception);
  if (coroutine != nullptr) tracer.visit(coroutine);
  tracer.visit(resume_value);
  tracer.visit(resume_error);
  tracer.visit(result);
}

}  // namespace edge::sched
