// Replacements for the few libc paths that would make compiler_lib.wasm import WASI
// functions. The module runs without a filesystem or process: its only imports are
// the env.host_* functions of docs/embedding.md.
//
// - exit/abort end in _Exit, which would import wasi proc_exit: trap instead (the host
//   sees a RuntimeError from the wasm engine and can reinstantiate).
// - libc++abi's abort_message would print to stderr (wasi fd_write): trap instead.
// - Memory growth notifications need no host action: the runtime re-reads
//   memory.buffer after each call.
extern "C" {

void _Exit(int) { __builtin_trap(); }

void abort_message(const char*, ...) { __builtin_trap(); }

void emscripten_notify_memory_growth(int) {}

}  // extern "C"
