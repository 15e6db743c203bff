// The exports of compiler_lib.wasm: the embedder ABI the JavaScript runtime drives
// (docs/embedding.md is its specification; tests/js check the module against it).
//
// Memory protocol: the host writes UTF-8 source into the 1 MiB buffer at src_ptr() and
// passes its length; results that are text (tracebacks, import lists) come back in
// the 1 MiB buffer at out_ptr(), with their length in the return value. Other byte
// arrays are exchanged through wasm_alloc/wasm_free.
//
// Status word (run_start / run_resume): see vm/abi.def. This build returns DONE, ERROR
// and EXIT; the scheduler's waiting kinds arrive with the concurrency work.
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
#include "vm/api.h"
#include "vm/vm.h"

#define EDGE_EXPORT(name) extern "C" __attribute__((export_name(#name)))
#define EDGE_IMPORT(name) extern "C" __attribute__((import_module("env"), import_name(#name)))

// --- imports (provided by js/, see docs/embedding.md) -----------------------------------------
EDGE_IMPORT(host_print) void host_print(const char* ptr, uint32_t len);
EDGE_IMPORT(host_now_ns) uint64_t host_now_ns();
EDGE_IMPORT(host_fetch_bytes) uint8_t* host_fetch_bytes(const char* spec, uint32_t spec_len, const uint8_t* hash,
                                                        uint32_t* out_len);

namespace {

using edge::abi::StatusKind;
constexpr uint32_t kBufferSize = edge::abi::k_BUFFER_SIZE;

alignas(16) char g_src[kBufferSize];
alignas(16) char g_out[kBufferSize];

// Module sources the host registered, by path relative to the main script's folder
// ("helpers/mod_a.py"), plus the main script's path.
std::map<std::string, std::string>& registered_modules() {
  static std::map<std::string, std::string> modules;
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

EDGE_EXPORT(reset_modules) void reset_modules() { registered_modules().clear(); }

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
// Runs the UTF-8 program of `len` bytes in the src buffer to completion on a fresh VM.
EDGE_EXPORT(run_start) uint32_t run_start(uint32_t len) {
  edge::vm::VMConfig config;
  config.write_stdout = [](std::string_view text) { host_print(text.data(), static_cast<uint32_t>(text.size())); };
  config.find_module = [](std::string_view name, std::string_view main, edge::vm::ModuleSource& out) {
    return edge::vm::find_module_in_folder(name, main, read_registered, out);
  };
  config.now_ns = [] { return host_now_ns(); };
  config.argv.push_back(main_path());
  auto vm = std::make_unique<edge::vm::VM>(std::move(config));
  edge::vm::ProgramOutcome outcome = edge::vm::run_program(*vm, main_path(), std::string(g_src, len));
  if (outcome.uncaught_exception) return status(StatusKind::ERROR, write_out(outcome.error_text));
  if (outcome.exit_code == 0 && outcome.error_text.empty()) return status(StatusKind::DONE, 0);
  uint32_t n = write_out(outcome.error_text);
  return status(StatusKind::EXIT, static_cast<uint32_t>(outcome.exit_code & 0xFF) | (n << 8));
}

// Resumes a suspended run (the scheduler's statuses); with nothing suspended it is DONE.
EDGE_EXPORT(run_resume) uint32_t run_resume() { return status(StatusKind::DONE, 0); }
