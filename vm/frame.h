// Frames: the activation record of one running (or suspended) piece of code. Frames
// live on the heap, never on the C++ stack, and form a chain through `back`; the chain
// of the running task is walked by the collector and by traceback rendering.
//
// A frame is one allocation: the header below, then `nlocalsplus` local slots, then
// the value stack (code->stacksize slots). The interpreter caches ip and the stack
// pointer in registers and writes them back (ip, sp) before anything that can observe
// the frame: calls, raises, safe points, suspension.
//
// Ownership: an ordinary call's frame is freed when it returns; a generator's frame
// belongs to the generator and outlives each resume.
#pragma once

#include "vm/object.h"

namespace edge::vm {

struct Code;
struct Dict;
struct Function;
struct Generator;

enum FrameFlags : uint16_t {
  // Returning from this frame returns from the C++ call that started it
  // (interpreter entry from native code: run_frame, call_rpy, generator_send_rpy).
  kFrameEntry = 1u << 0,
  // An __init__ called by instantiating a class from bytecode: on return, the caller
  // receives `init_instance` (and __init__ must have returned None).
  kFrameInit = 1u << 1,
  // Started by exec() from bytecode: on return, the caller receives None rather than
  // the code's own result.
  kFrameResultNone = 1u << 2,
};

struct Frame {
  Frame* back = nullptr;
  Code* code = nullptr;
  Function* function = nullptr;    // null for module bodies
  Dict* globals = nullptr;
  Dict* locals = nullptr;          // namespace for LoadName/StoreName (module/class/exec);
                                   // for a function frame, the dict locals() returned (CPython's
                                   // f_locals: one per frame, refreshed by each locals() call)
  Dict* builtins = nullptr;        // where global lookups fall back to: vm.builtins unless the
                                   // code came from exec/eval with a `__builtins__` of its own
  Generator* generator = nullptr;  // the owner, for generator frames
  Value init_instance;             // the instance being initialised, for kFrameInit frames
  uint32_t ip = 0;                 // next instruction to execute
  uint32_t sp = 0;                 // number of values on the stack
  uint32_t slot_count = 0;         // nlocalsplus + stacksize
  uint16_t flags = 0;

  Value* localsplus() { return reinterpret_cast<Value*>(this + 1); }
  Value* stack_base() { return localsplus() + nlocalsplus_; }
  uint32_t nlocalsplus() const { return nlocalsplus_; }

  void trace(Tracer& t);

  uint32_t nlocalsplus_ = 0;
};

// A frame for `code` with every local unbound, its builtins those of `function` (or
// vm.builtins). Returns null (with MemoryError
// raised) only if allocation fails.
Frame* new_frame(VM& vm, Code* code, Function* function, Dict* globals);
void free_frame(VM& vm, Frame* frame);

}  // namespace edge::vm
