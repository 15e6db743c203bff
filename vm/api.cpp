// Running a main program and turning its end into an exit code and stderr text, the
// way the `python3` command does (SystemExit(None) -> 0, SystemExit(int) -> that code,
// SystemExit(other) -> print it and exit 1, any other exception -> traceback and 1).
#include "vm/api.h"

#include "scheduler/task.h"
#include "vm/import.h"
#include "vm/ops.h"
#include "vm/types/dict.h"
#include "vm/types/exception.h"
#include "vm/types/int.h"
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

}  // namespace

ProgramOutcome run_program(VM& vm, const std::string& path, std::string source) {
  sched::Task task;
  sched::Task* saved = vm.current_task;
  vm.current_task = &task;
  vm.main_path = path;
  Result r = exec_module_source(vm, "__main__", path, std::move(source));
  ProgramOutcome outcome;
  if (r.failed()) {
    Value exc = vm.take_pending_exception();
    TempRoot root(vm, exc);
    outcome = outcome_of_exception(vm, exc);
  }
  vm.current_task = saved;
  return outcome;
}

}  // namespace edge::vm
