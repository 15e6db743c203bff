// Generators (and, later, coroutines): a suspended Python frame plus its state.
//
// A generator owns its Frame while suspended. Resuming links the frame on top of the
// running frame chain (frame->back = the resumer) and the interpreter continues in it
// -- no C++ recursion when the resume comes from bytecode (for-loops, next() from
// Python is handled the same way). Native callers (list(gen), sum(gen)) resume
// through generator_send_rpy, which runs a nested interpreter loop.
#pragma once

#include "vm/object.h"

namespace edge::vm {

struct Frame;
struct Str;

enum class GeneratorState : uint8_t { Created, Suspended, Running, Finished };

struct Generator : Object {
  Frame* frame;           // null once finished
  Str* name;
  Str* qualname;
  GeneratorState state = GeneratorState::Created;

  Generator(Type* t, Frame* f, Str* n, Str* qn) : Object(t, ObjectKind::Generator), frame(f), name(n), qualname(qn) {}
  ~Generator();
  void trace(Tracer& t) const;
};

inline bool is_generator(Value v) { return is_kind(v, ObjectKind::Generator); }
inline Generator* as_generator(Value v) { return static_cast<Generator*>(v.as_object()); }

Generator* make_generator(VM& vm, Frame* frame);

// Resumes `gen` with `value` (None for next()) from native code. Returns the yielded
// value; on return of the generator, null (its return value is stored for
// StopIteration in vm via generator_return_value).
Result generator_send_rpy(VM& vm, Generator* gen, Value value);

// Raises the exception instance `exc` inside `gen` where it is suspended (delegating
// to a `yield from` sub-iterator first). Same results as generator_send_rpy.
// `as_given` are throw()'s own arguments, passed on to a delegate that is not a
// generator but has a throw method (empty: pass `exc`).
Result generator_throw_rpy(VM& vm, Generator* gen, Value exc, CallArgs as_given);

// generator.close(): GeneratorExit at the suspension point; None, or RuntimeError if
// the generator yields again, or the exception it raised instead.
Result generator_close_rpy(VM& vm, Generator* gen);

// `await x` for x other than a coroutine: the iterator x.__await__() returns, or
// TypeError.
Result get_awaitable_iterator(VM& vm, Value x);

// An awaitable that is already done: `await` gives `v` without waiting.
Value make_awaited_value(VM& vm, Value v);
// `async with mgr`: the awaitable to await for the entered value, and in `exit` the
// callable whose call result is awaited on exit -- __aenter__/__aexit__ when the type
// defines them, else the sync __enter__/__exit__ wrapped as already-done awaitables.
Result before_async_with(VM& vm, Value mgr, Value& exit);
// The iterator `async for` uses over `x` (not an async generator): iter(x).
Result get_async_for_iterator(VM& vm, Value x);

void install_generator_type(VM& vm);

}  // namespace edge::vm
