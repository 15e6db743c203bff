// The exports of compiler_lib.wasm: the embedder ABI the JavaScript runtime drives
// (docs/embedding.md is its specification; tests/js check the module against it).
//
// Memory protocol: the host writes UTF-8 source into the 1 MiB buffer at src_ptr() and
// passes its length; results that are text (tracebacks, import lists) come back in
// the 1 MiB buffer at out_ptr(), with their length in the return value. Other byte
// arrays are exchanged through wasm_alloc/wasm_free.
//
// Status word (run_start / run_resume): see vm/abi.def. A waiting status leaves the
// run's VM alive for run_resume; an ended one (DONE / ERROR / EXIT) frees it.
//
// Invariant: nothing unwinds across this boundary (the VM has no C++ exceptions); a
// trap (a VM bug, or memory exhausted) aborts the instance, and the host creates a
// new one.
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "compiler/compile.h"
#include "vm/abi.h"
#include "scheduler/scheduler.h"
#include "vm/api.h"
#include "vm/types/str.h"
#include "vm/unicode.h"
#include "vm/vm.h"

#define EDGE_EXPORT(name) extern "C" __attribute__((export_name(#name)))
#define EDGE_IMPORT(name) extern "C" __attribute__((import_module("env"), import_name(#name)))

// --- imports (provided by js/, see docs/embedding.md) -----------------------------------------
EDGE_IMPORT(host_print) void host_print(const char* ptr, uint32_t len);
EDGE_IMPORT(host_now_ns) uint64_t host_now_ns();
EDGE_IMPORT(host_fetch_bytes) uint8_t* host_fetch_bytes(const char* spec, uint32_t spec_len, const uint8_t* hash,
                                                        uint32_t* out_len);
EDGE_IMPORT(host_call_native) int32_t host_call_native(uint32_t id, uint32_t call_id, const uint32_t* argv,
                                                       uint32_t argc, uint32_t* out);

namespace {

using edge::abi::StatusKind;
constexpr uint32_t kBufferSize = edge::abi::k_BUFFER_SIZE;
// A program whose live heap passes this gets MemoryError (wasm32 memory tops out at
// 4 GiB and browsers often refuse far less).
constexpr uint64_t kDefaultMaxHeapBytes = uint64_t{1} << 30;

alignas(16) char g_src[kBufferSize];
alignas(16) char g_out[kBufferSize];

// Module sources the host registered, by path relative to the main script's folder
// ("helpers/mod_a.py"), plus the main script's path.
std::map<std::string, std::string>& registered_modules() {
  static std::map<std::string, std::string> modules;
  return modules;
}
// Native modules the host registered, by the name Python imports.
std::map<std::string, edge::vm::NativeModuleSpec, std::less<>>& native_modules() {
  static std::map<std::string, edge::vm::NativeModuleSpec, std::less<>> modules;
  return modules;
}
std::string& main_path() {
  static std::string path = "main.py";
  return path;
}

uint32_t status(StatusKind kind, uint32_t payload) { return edge::abi::make_status(kind, payload); }

uint32_t write_out(std::string_view text) {
  uint32_t n = text.size() < kBufferSize ? static_cast<uint32_t>(text.size()) : kBufferSize;
  std::memcpy(g_out, text.data(), n);
  return n;
}

bool read_registered(const std::string& path, std::string& text) {
  auto& modules = registered_modules();
  auto it = modules.find(path);
  if (it != modules.end()) {
    text = it->second;
    return true;
  }
  // Not pre-registered: the host may still have the bytes (it answers synchronously).
  uint32_t len = 0;
  uint8_t* bytes = host_fetch_bytes(path.data(), static_cast<uint32_t>(path.size()), nullptr, &len);
  if (bytes == nullptr) return false;
  text.assign(reinterpret_cast<const char*>(bytes), len);
  std::free(bytes);
  return true;
}

}  // namespace

// --- memory --------------------------------------------------------------------------------------
EDGE_EXPORT(src_ptr) char* src_ptr() { return g_src; }
EDGE_EXPORT(out_ptr) char* out_ptr() { return g_out; }
EDGE_EXPORT(wasm_alloc) void* wasm_alloc(uint32_t size) { return std::malloc(size == 0 ? 1 : size); }
EDGE_EXPORT(wasm_free) void wasm_free(void* ptr, uint32_t) { std::free(ptr); }

// --- modules -------------------------------------------------------------------------------------
// `spec` is the module's path relative to the main script's folder.
EDGE_EXPORT(register_code_module) int32_t register_code_module(const char* spec, uint32_t spec_len, const char* src,
                                                                uint32_t src_len) {
  std::string key(spec, spec_len);
  std::string folder = edge::vm::folder_of(main_path());
  if (!folder.empty()) key = folder + "/" + key;
  registered_modules()[key] = std::string(src, src_len);
  return 0;
}

// Makes a module of host-implemented functions importable: `names` ('\n'-separated)
// become its functions, the k-th calling host_call_native with id `base_id + k`.
// `spec` is the name Python imports; a leading "mt:" (a main-thread host module) is
// dropped. Returns 0, or 1 for an empty name.
EDGE_EXPORT(register_native_module) int32_t register_native_module(const char* spec, uint32_t spec_len,
                                                                    const char* names, uint32_t names_len,
                                                                    uint32_t base_id) {
  std::string_view name(spec, spec_len);
  if (name.rfind("mt:", 0) == 0) name.remove_prefix(3);
  if (name.empty()) return 1;
  edge::vm::NativeModuleSpec module;
  module.base_id = base_id;
  std::string_view list(names, names_len);
  while (!list.empty()) {
    size_t nl = list.find('\n');
    std::string_view one = list.substr(0, nl);
    if (!one.empty()) module.names.emplace_back(one);
    if (nl == std::string_view::npos) break;
    list.remove_prefix(nl + 1);
  }
  native_modules()[std::string(name)] = std::move(module);
  return 0;
}

EDGE_EXPORT(reset_modules) void reset_modules() {
  registered_modules().clear();
  native_modules().clear();
}

// The path tracebacks show for the main program; imports are relative to its folder.
EDGE_EXPORT(set_main_path) void set_main_path(const char* ptr, uint32_t len) { main_path().assign(ptr, len); }

// Lists the imports of the source in the src buffer, one per line in the out buffer:
//   "b\t<dotted name>" for `import a.b` / `from a.b import x`
//   "r\t<level>\t<dotted name>" for relative imports (`from ..a import x`)
// Returns the text's length, or -(length) of a rendered SyntaxError.
EDGE_EXPORT(extract_imports) int32_t extract_imports(uint32_t len) {
  auto source = std::make_shared<edge::compiler::SourceFile>(main_path(), std::string(g_src, len));
  std::vector<edge::compiler::ImportRef> refs;
  std::optional<edge::compiler::Diagnostic> error;
  if (!edge::compiler::extract_imports(*source, refs, error)) {
    return -static_cast<int32_t>(write_out(edge::compiler::render_diagnostic(*source, *error)));
  }
  std::string text;
  for (const auto& ref : refs) {
    if (ref.level == 0) {
      text += "b\t" + ref.module + "\n";
    } else {
      text += "r\t" + std::to_string(ref.level) + "\t" + ref.module + "\n";
    }
  }
  return static_cast<int32_t>(write_out(text));
}

// --- running ---------------------------------------------------------------------------------------
// One run at a time: run_start replaces the VM, run_resume and the calls below act on it.
namespace {

struct ActiveRun {
  std::unique_ptr<edge::vm::VM> vm;
  uint32_t last_kind = 0;         // the StatusKind of the last status returned
  uint64_t deadline_ns = 0;       // PENDING_TIMER: when to resume (host_now_ns scale)
  uint64_t preempt_interval = 0;  // set_preempt_interval(), applied to the next run_start
};

ActiveRun& active() {
  static ActiveRun run;
  return run;
}


uint32_t ended_status(const edge::vm::ProgramOutcome& outcome) {
  if (outcome.uncaught_exception) return status(StatusKind::ERROR, write_out(outcome.error_text));
  if (outcome.exit_code == 0 && outcome.error_text.empty()) return status(StatusKind::DONE, 0);
  uint32_t n = write_out(outcome.error_text);
  return status(StatusKind::EXIT, static_cast<uint32_t>(outcome.exit_code & 0xFF) | (n << 8));
}

// Runs the scheduler until the program ends or waits, as a status word.
uint32_t step_status() {
  ActiveRun& run = active();
  edge::vm::VM& vm = *run.vm;
  edge::sched::Step step = vm.scheduler->step();
  uint32_t result = 0;
  switch (step.kind) {
    case edge::sched::StepKind::Done: result = status(StatusKind::DONE, 0); break;
    case edge::sched::StepKind::Failed:
      result = ended_status(edge::vm::outcome_of_failure(vm, vm.scheduler->main_error()));
      break;
    case edge::sched::StepKind::WaitTimer:
      run.deadline_ns = step.deadline_ns;
      result = status(StatusKind::PENDING_TIMER, 0);
      break;
    case edge::sched::StepKind::WaitFrame: result = status(StatusKind::PENDING_FRAME, 0); break;
    case edge::sched::StepKind::WaitEvent: result = status(StatusKind::PENDING_EVENT, 0); break;
    case edge::sched::StepKind::WaitHostCall: result = status(StatusKind::PENDING_HOST_CALL, 0); break;
    case edge::sched::StepKind::Preempted: result = status(StatusKind::PREEMPTED, 0); break;
  }
  run.last_kind = result >> edge::abi::k_STATUS_KIND_SHIFT;
  if (run.last_kind == static_cast<uint32_t>(StatusKind::DONE) ||
      run.last_kind == static_cast<uint32_t>(StatusKind::ERROR) ||
      run.last_kind == static_cast<uint32_t>(StatusKind::EXIT)) {
    run.vm.reset();  // finished: nothing left to resume
  }
  return result;
}

}  // namespace

// Starts the UTF-8 program of `len` bytes in the src buffer on a fresh VM and runs it
// until it ends or waits.
EDGE_EXPORT(run_start) uint32_t run_start(uint32_t len) {
  edge::vm::VMConfig config;
  config.write_stdout = [](std::string_view text) { host_print(text.data(), static_cast<uint32_t>(text.size())); };
  config.find_module = [](std::string_view name, std::string_view main, edge::vm::ModuleSource& out) {
    return edge::vm::find_module_in_folder(name, main, read_registered, out);
  };
  config.now_ns = [] { return host_now_ns(); };
  config.find_native_module = [](std::string_view name, edge::vm::NativeModuleSpec& out) {
    auto it = native_modules().find(name);
    if (it == native_modules().end()) return false;
    out = it->second;
    return true;
  };
  config.call_native = [](uint32_t id, uint64_t call_id, const uint32_t* argv, uint32_t argc, uint32_t* out) {
    return host_call_native(id, static_cast<uint32_t>(call_id), argv, argc, out);
  };
  config.argv.push_back(main_path());
  config.preempt_interval = active().preempt_interval;
  config.max_heap_bytes = kDefaultMaxHeapBytes;
  ActiveRun& run = active();
  run.vm.reset();
  run.vm = std::make_unique<edge::vm::VM>(std::move(config));
  edge::vm::VM& vm = *run.vm;
  if (edge::vm::start_program(vm, main_path(), std::string(g_src, len)).failed()) {
    uint32_t result = ended_status(edge::vm::outcome_of_failure(vm, vm.take_pending_exception()));
    run.vm.reset();
    return result;
  }
  return step_status();
}

// Continues a run that returned a waiting status. After PENDING_FRAME it counts as the
// next animation frame; after PENDING_TIMER the host calls it at the deadline. With
// no run in progress it returns DONE.
EDGE_EXPORT(run_resume) uint32_t run_resume() {
  ActiveRun& run = active();
  if (!run.vm) return status(StatusKind::DONE, 0);
  if (run.last_kind == static_cast<uint32_t>(StatusKind::PENDING_FRAME)) run.vm->scheduler->frame_passed();
  return step_status();
}

// The deadline of the last PENDING_TIMER, on host_now_ns()'s clock.
EDGE_EXPORT(last_yield_deadline_ns) uint64_t last_yield_deadline_ns() { return active().deadline_ns; }

// Delivers a str event (UTF-8 `len` bytes at `ptr`) to receive(): 0 ok, 1 no run in
// progress, 2 not valid UTF-8. The host then calls run_resume().
EDGE_EXPORT(run_push_event) int32_t run_push_event(const char* ptr, uint32_t len) {
  ActiveRun& run = active();
  if (!run.vm) return 1;
  edge::vm::VM& vm = *run.vm;
  std::string_view text(ptr, len);
  if (!edge::vm::unicode::is_valid_utf8(text)) return 2;
  vm.scheduler->push_event(edge::vm::Value::from_object(edge::vm::make_str(vm, text)));
  return 0;
}

// Preempt every `n` ticks (loop back-edges and calls) in the runs started after this
// call, returning PREEMPTED so the host stays responsive; 0 turns it off.
EDGE_EXPORT(set_preempt_interval) void set_preempt_interval(uint32_t n) { active().preempt_interval = n; }

// --- host calls and the value bridge -------------------------------------------------------------
// Handles name values of the current run (0 = invalid; no run, no handles). The six
// host_edge_* exports are the plugin ABI's edge_* imports over this module's memory.
namespace {

edge::vm::VM* run_vm() { return active().vm.get(); }

}  // namespace

// Answers deferred host call `id` with the value of `handle`: 0 ok, 1 stale handle,
// 2 no coroutine waits for that id, 3 no run in progress. Then call run_resume().
EDGE_EXPORT(set_host_result_by_id) int32_t set_host_result_by_id(uint32_t id, uint32_t handle) {
  edge::vm::VM* vm = run_vm();
  if (vm == nullptr) return 3;
  edge::vm::Value v = vm->host_handles.get(handle);
  if (v.is_null()) return 1;
  bool delivered = vm->scheduler->host_result(id, v);
  vm->host_handles.release(handle);
  return delivered ? 0 : 2;
}

// Fails deferred host call `id`: the exception (ErrorKind `kind`, message = the str
// behind `msg_handle`, or none) is raised only in the coroutine that made the call.
EDGE_EXPORT(set_host_error_by_id) int32_t set_host_error_by_id(uint32_t id, uint32_t kind, uint32_t msg_handle) {
  edge::vm::VM* vm = run_vm();
  if (vm == nullptr) return 3;
  edge::vm::Value msg = msg_handle == 0 ? edge::vm::Value::none() : vm->host_handles.get(msg_handle);
  if (msg.is_null()) return 1;
  std::string text;
  if (edge::vm::is_str(msg)) text = std::string(edge::vm::as_str(msg)->view());
  if (msg_handle != 0) vm->host_handles.release(msg_handle);
  (void)edge::vm::raise_host_error(*vm, static_cast<edge::abi::ErrorKind>(kind), text);
  edge::vm::Value exc = vm->take_pending_exception();
  return vm->scheduler->host_error(id, exc) ? 0 : 2;
}

// A handle for the value a tagged payload describes (docs/embedding.md), or 0 if the
// payload is malformed or no run is in progress.
EDGE_EXPORT(host_edge_encode) uint32_t host_edge_encode(uint32_t tag, const char* ptr, uint32_t len) {
  edge::vm::VM* vm = run_vm();
  if (vm == nullptr) return 0;
  edge::vm::Result v = edge::vm::decode_payload(*vm, static_cast<edge::abi::Tag>(tag), std::string_view(ptr, len));
  if (v.failed()) {
    (void)vm->take_pending_exception();
    return 0;
  }
  return vm->host_handles.put(v.value());
}

// Writes the value of `handle` as a tagged payload: its tag at *out_tag and its bytes
// at dst; returns the byte count, or -(bytes needed) if dst_max is too small. A value
// that cannot cross (or an invalid handle) writes TAG_INVALID and returns 0.
EDGE_EXPORT(host_edge_decode) int32_t host_edge_decode(uint32_t handle, uint32_t* out_tag, char* dst,
                                                       uint32_t dst_max) {
  edge::vm::VM* vm = run_vm();
  *out_tag = edge::abi::k_TAG_INVALID;
  if (vm == nullptr) return 0;
  edge::vm::Value v = vm->host_handles.get(handle);
  if (v.is_null()) return 0;
  edge::abi::Tag tag;
  std::string payload;
  if (!edge::vm::encode_value(*vm, v, tag, payload)) return 0;
  *out_tag = static_cast<uint32_t>(tag);
  if (payload.size() > dst_max) return -static_cast<int32_t>(payload.size());
  std::memcpy(dst, payload.data(), payload.size());
  return static_cast<int32_t>(payload.size());
}

EDGE_EXPORT(host_edge_release) void host_edge_release(uint32_t handle) {
  if (edge::vm::VM* vm = run_vm()) vm->host_handles.release(handle);
}

// A native function reports an error (it then returns CALL_ERROR).
EDGE_EXPORT(host_edge_throw) void host_edge_throw(uint32_t kind, const char* ptr, uint32_t len) {
  if (edge::vm::VM* vm = run_vm()) {
    vm->host_error = edge::vm::HostError{true, static_cast<edge::abi::ErrorKind>(kind), std::string(ptr, len)};
  }
}

// Takes the pending error (after host_edge_op returned 1): its kind at *out_kind and
// message at dst; -1 if none, -(bytes needed) if dst_max is too small (kept pending).
EDGE_EXPORT(host_edge_take_error) int32_t host_edge_take_error(uint32_t* out_kind, char* dst, uint32_t dst_max) {
  edge::vm::VM* vm = run_vm();
  if (vm == nullptr || !vm->host_error.pending) return -1;
  const std::string& message = vm->host_error.message;
  if (message.size() > dst_max) return -static_cast<int32_t>(message.size());
  *out_kind = static_cast<uint32_t>(vm->host_error.kind);
  std::memcpy(dst, message.data(), message.size());
  int32_t n = static_cast<int32_t>(message.size());
  vm->host_error = edge::vm::HostError{};
  return n;
}

// Applies operation `op` (vm/abi.def) to the value of handle `recv` with `argc`
// argument handles at argv; 0 and a new handle at *out, or 1 with an error to take.
EDGE_EXPORT(host_edge_op) int32_t host_edge_op(uint32_t op, uint32_t recv, const char* name_ptr, uint32_t name_len,
                                               const uint32_t* argv, uint32_t argc, uint32_t* out) {
  edge::vm::VM* vm = run_vm();
  if (vm == nullptr) return 1;
  edge::vm::Value receiver = recv == 0 ? edge::vm::Value::none() : vm->host_handles.get(recv);
  std::vector<edge::vm::Value> args;
  bool stale = receiver.is_null();
  for (uint32_t i = 0; i < argc && !stale; ++i) {
    edge::vm::Value a = vm->host_handles.get(argv[i]);
    stale = a.is_null();
    args.push_back(a);
  }
  if (stale) {
    vm->host_error = edge::vm::HostError{true, edge::abi::ErrorKind::RUNTIME, "stale or invalid handle"};
    return 1;
  }
  edge::vm::Value result;
  int32_t status = edge::vm::host_value_op(*vm, static_cast<edge::abi::Op>(op), receiver,
                                           std::string_view(name_ptr, name_len), args, result);
  if (status == 0) *out = vm->host_handles.put(result);
  return status;
}
