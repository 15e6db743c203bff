// Running a main program and turning its end into an exit code and stderr text, the
// way the `python3` command does (SystemExit(None) -> 0, SystemExit(int) -> that code,
// SystemExit(other) -> print it and exit 1, any other exception -> traceback and 1).
#include "vm/api.h"

#include "scheduler/scheduler.h"
#include "scheduler/task.h"
#include "vm/import.h"
#include "vm/ops.h"
#include "vm/types/dict.h"
#include "vm/types/exception.h"
#include "vm/types/int.h"
#include "vm/types/module.h"
#include "vm/types/str.h"

namespace edge::vm {

std::string folder_of(std::string_view path) {
  size_t slash = path.rfind('/');
  if (slash == std::string_view::npos) return "";
  return std::string(path.substr(0, slash));
}

bool find_module_in_folder(std::string_view name, std::string_view main_path, const ReadFile& read, ModuleSource& out) {
  std::string relative(name);
  for (char& c : relative) {
    if (c == '.') c = '/';
  }
  std::string folder = folder_of(main_path);
  std::string base = folder.empty() ? relative : folder + "/" + relative;
  for (const std::string& candidate : {base + ".py", base + "/__init__.py"}) {
    std::string text;
    if (read(candidate, text)) {
      out.path = candidate;
      out.text = std::move(text);
      return true;
    }
  }
  return false;
}

namespace {

ProgramOutcome outcome_of_exception(VM& vm, Value exc) {
  ProgramOutcome outcome;
  if (isinstance(vm, exc, vm.exc.SystemExit)) {
    Exception* e = as_exception(exc);
    Value code = e->dict ? dict_get_str(e->dict, vm.names.code) : Value::none();
    if (code.is_null() || code.is_none()) return outcome;
    int64_t n;
    if (is_int(code) && int_fits_int64(code, n)) {
      outcome.exit_code = static_cast<int>(n & 0xFF);
      return outcome;
    }
    Result text = str(vm, code);
    outcome.exit_code = 1;
    if (!text.failed()) outcome.error_text = std::string(as_str(text.value())->view()) + "\n";
    (void)vm.take_pending_exception();
    return outcome;
  }
  outcome.exit_code = 1;
  outcome.uncaught_exception = true;
  outcome.error_text = format_exception(vm, exc);
  return outcome;
}

// The program cannot go on: no event or host answer can arrive. The main task is
// reported as failed with a RuntimeError saying why.
ProgramOutcome stalled(VM& vm, std::string_view why) {
  Exception* e = make_exception(vm, vm.exc.RuntimeError, why);
  return outcome_of_exception(vm, Value::from_object(e));
}

}  // namespace

Status start_program(VM& vm, const std::string& path, std::string source) {
  vm.main_path = path;
  PreparedModule prepared = EDGE_TRY(prepare_module_source(vm, "__main__", path, std::move(source)));
  vm.scheduler->start_main(prepared.code, prepared.module->dict);
  return Status::ok();
}

ProgramOutcome outcome_of_failure(VM& vm, Value exception) {
  TempRoot root(vm, exception);
  return outcome_of_exception(vm, exception);
}

ProgramOutcome run_program(VM& vm, const std::string& path, std::string source, const ProgramHost& host) {
  if (start_program(vm, path, std::move(source)).failed()) return outcome_of_failure(vm, vm.take_pending_exception());
  sched::Scheduler& scheduler = *vm.scheduler;
  for (;;) {
    sched::Step step = scheduler.step();
    switch (step.kind) {
      case sched::StepKind::Done:
        return ProgramOutcome{};
      case sched::StepKind::Failed:
        return outcome_of_failure(vm, scheduler.main_error());
      case sched::StepKind::Preempted:
        break;
      case sched::StepKind::WaitTimer:
        if (host.wait_until) host.wait_until(step.deadline_ns);
        break;
      case sched::StepKind::WaitFrame:
        if (host.wait_frame) host.wait_frame();
        scheduler.frame_passed();
        break;
      case sched::StepKind::WaitEvent: {
        std::string event;
        if (!host.next_event || !host.next_event(event)) {
          return stalled(vm, "the program waits in receive() and no more events will come");
        }
        scheduler.push_event(Value::from_object(make_str(vm, event)));
        break;
      }
      case sched::StepKind::WaitHostCall:
        return stalled(vm, "the program waits for a host call and this host makes none");
    }
  }
}

}  // namespace edge::vm
