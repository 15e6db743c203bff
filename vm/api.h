// The embedding API: what a host (the native `edge` runner, the wasm exports) needs to
// run a Python program on a VM and learn how it ended. Everything below this header is
// internal to the VM.
#pragma once

#include <functional>
#include <string>
#include <string_view>

#include "vm/vm.h"

namespace edge::vm {

// How a program ended, as a command-line runner reports it.
struct ProgramOutcome {
  int exit_code = 0;                // 0 success, 1 uncaught exception, or SystemExit's code
  bool uncaught_exception = false;  // ended by an exception other than SystemExit
  std::string error_text;           // what goes to stderr: a traceback, or SystemExit's message
};

// What a blocking host (the native runner) does while the program waits.
struct ProgramHost {
  std::function<void(uint64_t deadline_ns)> wait_until;  // sleep until the scheduler's clock reads this
  std::function<void()> wait_frame;                      // until the next animation frame
  std::function<bool(std::string& event)> next_event;    // the next event for receive(), if any
};

// Runs `source` as the __main__ module (`path` names it in tracebacks and anchors
// imports: sys.path[0] is its folder) to its end, driving the scheduler.
ProgramOutcome run_program(VM& vm, const std::string& path, std::string source, const ProgramHost& host = {});

// For hosts that drive the scheduler themselves (the wasm exports): compiles the
// program and makes it the scheduler's main task. Fails with the SyntaxError pending.
Status start_program(VM& vm, const std::string& path, std::string source);

// How a program that ended by `exception` (SystemExit or another) exits.
ProgramOutcome outcome_of_failure(VM& vm, Value exception);

// The module search both hosts use: `name` ("a.b") is looked up as <dir>/a/b.py, then
// <dir>/a/b/__init__.py, where <dir> is the main script's folder. `read` fetches a
// file's text (from disk, or from what the wasm host registered).
using ReadFile = std::function<bool(const std::string& path, std::string& text)>;
bool find_module_in_folder(std::string_view name, std::string_view main_path, const ReadFile& read, ModuleSource& out);

// The folder part of a path ("" for a bare file name).
std::string folder_of(std::string_view path);

}  // namespace edge::vm
