// Exception instances (BaseException and every subclass share this layout).
//
// `traceback` lists the frames the exception passed through, innermost first: an entry
// is added where it is raised and each time it propagates into a caller. Bare `raise`
// and internal re-raises (finally, with) add none, so the printed traceback matches
// CPython's. Extra attributes (StopIteration.value, SystemExit.code, SyntaxError
// fields, user attributes) live in `dict`.
#pragma once

#include <string>
#include <vector>

#include "vm/object.h"

namespace edge::vm {

struct Code;
struct Dict;
struct Tuple;

struct TracebackEntry {
  Code* code;
  uint32_t ip;  // index of the instruction that was executing
};

struct Exception : Object {
  Tuple* args;
  Value cause;                  // __cause__ (null = None)
  Value context;                // __context__ (null = None)
  bool suppress_context = false;
  Dict* dict = nullptr;
  std::vector<TracebackEntry> traceback;

  Exception(Type* t, Tuple* a) : Object(t, ObjectKind::Exception), args(a) {}
  void trace(Tracer& t) const;
};

inline bool is_exception(Value v) { return is_kind(v, ObjectKind::Exception); }
inline Exception* as_exception(Value v) { return static_cast<Exception*>(v.as_object()); }

// An instance of exception type `type` with the given args.
Exception* make_exception(VM& vm, Type* type, Tuple* args);
Exception* make_exception(VM& vm, Type* type, std::string_view message);
bool is_subtype(const Type* type, const Type* base);
bool is_exception_type(Value v);

// str(e) as CPython prints it after "Type: " (KeyError uses repr of its key).
Result exception_str(VM& vm, Exception* e);
// The complete "Traceback (most recent call last): ..." text, chained exceptions
// included, as the CLI prints it for an uncaught exception.
std::string format_exception(VM& vm, Value exception);

void install_exception_types(VM& vm);

}  // namespace edge::vm
