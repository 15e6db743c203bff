// Task tracing: every frame in the chain and the handled exception are GC roots.
#include "scheduler/task.h"

#include "vm/frame.h"
#include "vm/heap.h"

namespace edge::sched {

void Task::trace(vm::Tracer& tracer) {
  for (vm::Frame* f = frame; f != nullptr; f = f->back) f->trace(tracer);
  tracer.visit(handled_exception);
}

}  // namespace edge::sched
