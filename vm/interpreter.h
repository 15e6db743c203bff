// The bytecode interpreter: one loop that runs frames of the current task.
//
// Python-to-Python calls, returns, generator resumption by for-loops and `yield from`
// all happen inside the loop by switching `frame`; the C++ stack does not grow with
// Python recursion. The loop is entered from C++ (the embedder, native functions
// calling back into Python, native generator resumption) with an entry frame; it
// returns when that frame returns, yields, or an exception escapes it.
#pragma once

#include "vm/object.h"

namespace edge::vm {

struct Frame;
struct Function;
struct Code;
struct Dict;

// Runs `frame` as an entry frame on the current task until it returns (its return
// value), yields (generator frames: the yielded value, generator state Suspended) or
// raises (Error, exception pending). The frame is linked on top of the task's chain
// and unlinked before returning.
Result run_frame(VM& vm, Frame* frame);

// Like run_frame, but first raises the pending exception in `frame` at the instruction
// it is suspended on, so its handlers and finally blocks see it (generator.throw()).
Result run_frame_throwing(VM& vm, Frame* frame);

// Continues the current task where it suspended (vm.current_task->frame, the top of
// its chain), raising the pending exception there first when `throwing`. Returns like
// run_frame for the task's base frame, or with vm.suspend_requested set if it parks
// again.
Result resume_task_frames(VM& vm, bool throwing);

// Calls a Python function from native code (a nested interpreter loop). A generator
// function returns its generator without running it.
Result run_function_rpy(VM& vm, Function* function, CallArgs args);

// Creates the frame for calling `function` with `args` (positional then keyword
// values), binding parameters with CPython's rules and error messages.
Fallible<Frame*> bind_arguments(VM& vm, Function* function, CallArgs args);

// Runs module-level code with `globals` as its namespace.
Result run_module_code(VM& vm, Code* code, Dict* globals);

}  // namespace edge::vm
