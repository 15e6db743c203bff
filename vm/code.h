// Code objects: the output of the compiler for one function, lambda, comprehension,
// class body or module. Immutable once built (the compiler fills it, then publishes
// it). Frames execute code; functions pair code with globals, defaults and closure.
//
// Local storage of a frame ("localsplus") is laid out as varnames, then cellvars, then
// freevars; the value stack follows. A cellvar that is also a parameter starts out
// holding the argument (cell_param_index).
//
// Exception handling uses a table, not runtime setup instructions: each entry covers
// instructions [start, end) and names the handler and the stack depth to unwind to.
// Entries are ordered so that the first entry containing an instruction is the
// innermost handler.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "vm/object.h"

namespace edge::compiler {
class SourceFile;
}

namespace edge::vm {

struct Str;
struct Dict;

enum CodeFlags : uint32_t {
  kCodeVarArgs = 1u << 0,     // has *args
  kCodeVarKeywords = 1u << 1, // has **kwargs
  kCodeGenerator = 1u << 2,   // contains yield
  kCodeCoroutine = 1u << 3,   // async def
  kCodeModule = 1u << 4,      // a module body (locals are globals)
  kCodeClassBody = 1u << 5,   // a class body (LoadName/StoreName on a namespace dict)
  kCodeComprehension = 1u << 6,
  // Only plain positional parameters, no cells, not a generator: a call with exactly
  // `argcount` positional arguments can copy them into the frame as they are.
  kCodeSimpleArgs = 1u << 7,
  kCodeAsyncGenerator = 1u << 8,  // async def with yield, or an async generator expression
};

// Where a global name was last found, per name of a code object: an entry position in
// the globals dict, or (index -1) in the builtins dict. Valid while both dicts keep
// the recorded versions (vm/types/dict.h).
struct GlobalCacheEntry {
  const Dict* globals = nullptr;
  uint64_t globals_version = 0;
  int32_t globals_index = -1;
  int32_t builtins_index = -1;
  uint64_t builtins_version = 0;
  const Dict* builtins = nullptr;  // which builtins dict builtins_index is for
};

struct ExceptionTableEntry {
  uint32_t start;    // first covered instruction
  uint32_t end;      // one past the last covered instruction
  uint32_t handler;  // where to continue, with the exception pushed
  uint32_t depth;    // stack depth (above the frame's stack base) to unwind to
};

struct Code : Object {
  std::vector<uint32_t> instructions;
  std::vector<uint32_t> lines;       // source line of each instruction
  std::vector<Value> constants;
  std::vector<Str*> names;           // globals, attributes, imports
  std::vector<Str*> varnames;        // parameters first, then other locals
  std::vector<Str*> cellvars;
  std::vector<Str*> freevars;
  std::vector<int32_t> cell_param_index;  // per cellvar: parameter index, or -1
  std::vector<ExceptionTableEntry> exception_table;
  std::vector<GlobalCacheEntry> global_cache;  // by name index; sized on first use

  uint32_t argcount = 0;             // positional parameters (including positional-only)
  uint32_t posonlyargcount = 0;
  uint32_t kwonlyargcount = 0;
  uint32_t flags = 0;
  uint32_t stacksize = 0;
  uint32_t first_line = 1;
  Str* name = nullptr;
  Str* qualname = nullptr;
  Str* filename = nullptr;
  Value doc = Value::none();         // the docstring, copied to __doc__ by MakeFunction
  std::shared_ptr<const compiler::SourceFile> source;  // for traceback source lines

  Code(Type* t) : Object(t, ObjectKind::Code) {}
  void trace(Tracer& t) const;

  uint32_t nlocals() const { return static_cast<uint32_t>(varnames.size()); }
  uint32_t ncells() const { return static_cast<uint32_t>(cellvars.size()); }
  uint32_t nfree() const { return static_cast<uint32_t>(freevars.size()); }
  uint32_t nlocalsplus() const { return nlocals() + ncells() + nfree(); }
  // Number of parameters including *args and **kwargs.
  uint32_t total_params() const {
    return argcount + kwonlyargcount + ((flags & kCodeVarArgs) ? 1 : 0) + ((flags & kCodeVarKeywords) ? 1 : 0);
  }
  uint32_t line_of(uint32_t ip) const { return ip < lines.size() ? lines[ip] : first_line; }
  const ExceptionTableEntry* find_handler(uint32_t ip) const;
};

inline bool is_code(Value v) { return is_kind(v, ObjectKind::Code); }
inline Code* as_code(Value v) { return static_cast<Code*>(v.as_object()); }

Code* make_code(VM& vm);
// The code type's repr and co_* attributes (vm/types/code_type.cpp).
void install_code_type(VM& vm);
// Human-readable listing of `code` and the code objects among its constants.
std::string disassemble(const Code* code);

}  // namespace edge::vm
