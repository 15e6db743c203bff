// `edge`: the native command-line runner. `edge FILE.py [ARGS...]` runs a program the
// way `python3 FILE.py` does: stdout/stderr, exit status 0 / 1 (uncaught exception) /
// SystemExit's code, imports from the script's folder. `edge --dis FILE.py` prints the
// bytecode instead of running it (a debugging aid).
//
// The scheduler's waits: timers sleep on the real clock (EDGE_VIRTUAL_CLOCK=1 uses the
// virtual clock instead: instant and deterministic), an animation frame is 1/60 s,
// receive() takes the next line of the file named by `--events FILE` (a str event per
// line). EDGE_PREEMPT=N preempts every N ticks (a stress test: output must not change),
// EDGE_MAX_TICKS=N bounds the run, EDGE_MAX_HEAP=BYTES the live heap (MemoryError).
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <thread>
#include <unistd.h>

#include "compiler/compile.h"
#include "compiler/diagnostics.h"
#include "vm/api.h"
#include "vm/code.h"
#include "vm/types/exception.h"
#include "vm/vm.h"

namespace {

bool read_file(const std::string& path, std::string& out) {
  FILE* f = std::fopen(path.c_str(), "rb");
  if (f == nullptr) return false;
  out.clear();
  char buffer[65536];
  size_t n;
  while ((n = std::fread(buffer, 1, sizeof buffer, f)) > 0) out.append(buffer, n);
  std::fclose(f);
  return true;
}

// CPython shows the main script as an absolute path in tracebacks.
std::string absolute_path(const std::string& path) {
  if (!path.empty() && path[0] == '/') return path;
  char cwd[4096];
  if (getcwd(cwd, sizeof cwd) == nullptr) return path;
  std::string p = path;
  while (p.rfind("./", 0) == 0) p = p.substr(2);
  return std::string(cwd) + "/" + p;
}

int usage() {
  std::fprintf(stderr, "usage: edge [--dis] [--events FILE] FILE.py [ARGS...]\n");
  return 2;
}

}  // namespace

int main(int argc, char** argv) {
  bool disassemble = false;
  int first = 1;
  std::string events_path;
  for (;;) {
    if (first < argc && std::strcmp(argv[first], "--dis") == 0) {
      disassemble = true;
      ++first;
    } else if (first + 1 < argc && std::strcmp(argv[first], "--events") == 0) {
      events_path = argv[first + 1];
      first += 2;
    } else {
      break;
    }
  }
  if (first >= argc) return usage();
  std::string path = absolute_path(argv[first]);
  std::string source;
  if (!read_file(path, source)) {
    std::fprintf(stderr, "edge: can't open file '%s': [Errno 2] No such file or directory\n", argv[first]);
    return 2;
  }

  edge::vm::VMConfig config;
  config.write_stdout = [](std::string_view text) { std::fwrite(text.data(), 1, text.size(), stdout); };
  config.write_stderr = [](std::string_view text) {
    std::fflush(stdout);
    std::fwrite(text.data(), 1, text.size(), stderr);
  };
  config.read_line = [](std::string& line) {
    std::fflush(stdout);
    char buffer[4096];
    line.clear();
    while (std::fgets(buffer, sizeof buffer, stdin) != nullptr) {
      line += buffer;
      if (!line.empty() && line.back() == '\n') return true;
    }
    return !line.empty();
  };
  config.find_module = [](std::string_view name, std::string_view main_path, edge::vm::ModuleSource& out) {
    return edge::vm::find_module_in_folder(name, main_path, read_file, out);
  };
  for (int i = first; i < argc; ++i) config.argv.push_back(i == first ? path : argv[i]);
  // EDGE_GC_STRESS=1 collects at every safe point: slow, and finds objects that native
  // code forgot to root (tests run the corpus this way).
  const char* stress = std::getenv("EDGE_GC_STRESS");
  config.gc_stress = stress != nullptr && stress[0] == '1';
  if (const char* preempt = std::getenv("EDGE_PREEMPT")) config.preempt_interval = std::strtoull(preempt, nullptr, 10);
  if (const char* ticks = std::getenv("EDGE_MAX_TICKS")) config.max_instructions = std::strtoull(ticks, nullptr, 10);
  if (const char* heap = std::getenv("EDGE_MAX_HEAP")) config.max_heap_bytes = std::strtoull(heap, nullptr, 10);
  const char* virtual_clock = std::getenv("EDGE_VIRTUAL_CLOCK");
  auto start = std::chrono::steady_clock::now();
  if (virtual_clock == nullptr || virtual_clock[0] != '1') {
    config.now_ns = [start] {
      auto elapsed = std::chrono::steady_clock::now() - start;
      return static_cast<uint64_t>(std::chrono::duration_cast<std::chrono::nanoseconds>(elapsed).count());
    };
  }
  std::string events_text;
  if (!events_path.empty() && !read_file(events_path, events_text)) {
    std::fprintf(stderr, "edge: can't open events file '%s'\n", events_path.c_str());
    return 2;
  }

  edge::vm::VM vm(std::move(config));
  if (disassemble) {
    auto file = std::make_shared<edge::compiler::SourceFile>(path, source);
    edge::vm::Fallible<edge::vm::Code*> code = edge::compiler::compile_module(vm, file);
    if (code.failed()) {
      std::string text = edge::vm::format_exception(vm, vm.take_pending_exception());
      std::fputs(text.c_str(), stderr);
      return 1;
    }
    std::fputs(edge::vm::disassemble(code.value()).c_str(), stdout);
    return 0;
  }
  edge::vm::ProgramHost host;
  host.wait_until = [start](uint64_t deadline_ns) {
    std::this_thread::sleep_until(start + std::chrono::nanoseconds(deadline_ns));
  };
  host.wait_frame = [] { std::this_thread::sleep_for(std::chrono::microseconds(16667)); };
  size_t event_pos = 0;
  host.next_event = [&events_text, &event_pos](std::string& event) {
    if (event_pos >= events_text.size()) return false;
    size_t end = events_text.find('\n', event_pos);
    if (end == std::string::npos) end = events_text.size();
    event = events_text.substr(event_pos, end - event_pos);
    event_pos = end + 1;
    return true;
  };
  edge::vm::ProgramOutcome outcome = edge::vm::run_program(vm, path, std::move(source), host);
  std::fflush(stdout);
  if (!outcome.error_text.empty()) std::fputs(outcome.error_text.c_str(), stderr);
  return outcome.exit_code;
}
