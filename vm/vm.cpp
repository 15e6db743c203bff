// VM construction (bootstrapping the type system and builtins), raising exceptions,
// and the collector's root set.
//
// Bootstrapping order matters: `type`, `object` and `str` must exist before any name
// can be interned, and names must exist before types get their dicts filled. Each
// install_* function (vm/types/*.cpp) fills one type's slots and methods.
#include "vm/vm.h"

#include "scheduler/scheduler.h"
#include "scheduler/task.h"
#include "vm/builtins.h"
#include "vm/frame.h"
#include "vm/modules/registry.h"
#include "vm/ops.h"
#include "vm/types/class.h"
#include "vm/types/dict.h"
#include "vm/types/exception.h"
#include "vm/types/function.h"
#include "vm/types/module.h"
#include "vm/types/str.h"
#include "vm/types/tuple.h"
#include "vm/types/type.h"

namespace edge::vm {

NativeDepthGuard::NativeDepthGuard(VM& vm) : vm_(vm), entered_(vm.native_depth < VM::kMaxNativeDepth) {
  if (entered_) {
    ++vm.native_depth;
  } else {
    (void)vm.raise(vm.exc.RecursionError, "maximum recursion depth exceeded");
  }
}

VM::VM(VMConfig cfg) : config(std::move(cfg)) {
  if (config.gc_stress) heap.set_collect_threshold(0);
  bootstrap_types(*this);
#define NAME(field, text) names.field = intern(*this, text);
#include "vm/names.def"
#undef NAME
  for (int op = 0; op < kBinaryOpCount; ++op) {
    op_dunders[op][0] = intern(*this, binary_op_dunder(static_cast<BinaryOp>(op)));
    op_dunders[op][1] = intern(*this, binary_op_reflected_dunder(static_cast<BinaryOp>(op)));
    op_dunders[op][2] = intern(*this, binary_op_inplace_dunder(static_cast<BinaryOp>(op)));
  }
  finish_type_bootstrap(*this);
  install_exception_types(*this);
  modules = make_dict(*this);
  install_builtins(*this);
  install_class_support(*this);
  host_task = std::make_unique<sched::Task>();
  current_task = host_task.get();
  scheduler = std::make_unique<sched::Scheduler>(*this);
  sched::install_primitives(*this);
  uint64_t period = config.preempt_interval != 0 ? config.preempt_interval : UINT64_MAX;
  if (config.max_instructions != 0) period = std::min(period, config.max_instructions);
  ticks_left = period;
  last_budget_period = period;
  // With a heap limit, collect often enough to notice crossing it.
  if (config.max_heap_bytes != 0 && !config.gc_stress) heap.set_collect_threshold(std::max<uint64_t>(config.max_heap_bytes / 8, 1u << 16));
  register_builtin_modules(*this);
}

VM::~VM() {
  for (auto& bucket : frame_pool) {
    for (Frame* f : bucket) ::operator delete(f);
  }
}

// --- exceptions -----------------------------------------------------------------------

Error VM::raise(Type* type, std::string_view message) {
  return raise_value(Value::from_object(make_exception(*this, type, message)));
}

Error VM::raise_no_args(Type* type) {
  return raise_value(Value::from_object(make_exception(*this, type, as_tuple(empty_tuple))));
}

Error VM::raise_value(Value exception) {
  // Implicit chaining: an exception raised while another is being handled records it
  // as __context__ (PEP 3134), unless that would make a cycle.
  if (current_task != nullptr && !current_task->handled_exception.is_null() && is_exception(exception)) {
    Value handled = current_task->handled_exception;
    if (!handled.is(exception)) {
      // Break a cycle: if `exception` already appears in handled's context chain, cut it.
      Value walk = handled;
      while (is_exception(walk)) {
        Exception* w = as_exception(walk);
        if (w->context.is(exception)) {
          w->context = Value::null();
          break;
        }
        walk = w->context;
      }
      as_exception(exception)->context = handled;
    }
  }
  pending_exception_ = exception;
  return Error{};
}

Error VM::raise_object(Value raised) {
  if (is_exception_type(raised)) {
    Value instance = EDGE_TRY(call(*this, raised, CallArgs{}));
    if (!is_exception(instance)) {
      return raise_fmt(exc.TypeError, "calling {} should have returned an instance of BaseException, not {}",
                       type_name(*this, instance), type_name(*this, instance));
    }
    return raise_value(instance);
  }
  if (is_exception(raised)) return raise_value(raised);
  return raise(exc.TypeError, "exceptions must derive from BaseException");
}

bool VM::pending_is(Type* type) const {
  return !pending_exception_.is_null() && isinstance(*this, pending_exception_, type);
}

// --- garbage collection ---------------------------------------------------------------

void VM::collect() {
  Tracer tracer;
  trace_roots(tracer);
  heap.mark(tracer);
  // Ephemerons: an extra instance dict is live only if its instance is, which may
  // only become known after marking through other extra dicts.
  for (bool changed = true; changed;) {
    changed = false;
    for (auto& [object, dict] : extra_dicts) {
      if (object->gc_marked && !dict->gc_marked) {
        tracer.visit(dict);
        heap.mark(tracer);
        changed = true;
      }
    }
  }
  for (auto it = extra_dicts.begin(); it != extra_dicts.end();) {
    it = it->first->gc_marked ? std::next(it) : extra_dicts.erase(it);
  }
  std::erase_if(heap_types, [](Type* t) { return !t->gc_marked; });
  heap.sweep();
}

Status VM::collect_at_safe_point() {
  collect();
  if (config.max_heap_bytes != 0 && heap.stats().bytes_live > config.max_heap_bytes) {
    return raise_fmt(exc.MemoryError, "heap limit exceeded ({} bytes live, limit {})", heap.stats().bytes_live,
                     config.max_heap_bytes);
  }
  return Status::ok();
}

void VM::trace_roots(Tracer& tracer) {
  // Built-in types (their dicts hold every built-in method object).
  const Type* const* first = reinterpret_cast<const Type* const*>(&types);
  for (size_t i = 0; i < sizeof(types) / sizeof(Type*); ++i) tracer.visit(first[i]);
  const Type* const* first_exc = reinterpret_cast<const Type* const*>(&exc);
  for (size_t i = 0; i < sizeof(exc) / sizeof(Type*); ++i) tracer.visit(first_exc[i]);
  for (auto& [text, s] : interned) tracer.visit(s);
  tracer.visit(not_implemented);
  tracer.visit(ellipsis);
  tracer.visit(empty_tuple);
  tracer.visit(builtins_module);
  tracer.visit(modules);
  tracer.visit(pending_exception_);
  tracer.visit(generator_return_value);
  tracer.visit_range(temp_roots.begin(), temp_roots.end());
  if (current_task != nullptr) current_task->trace(tracer);
  if (host_task != nullptr) host_task->trace(tracer);
  for (sched::Task* task : tasks) task->trace(tracer);
  if (scheduler != nullptr) scheduler->trace(tracer);
  host_handles.trace(tracer);
  tracer.visit(suspendable_callee);
}

}  // namespace edge::vm
