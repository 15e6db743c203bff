// The VM: one Python world. It owns the heap, the built-in types and exceptions, the
// interned names, the module table (sys.modules) and the builtins module, the task
// whose frames are running, and the exception currently being raised.
//
// A VM is single-threaded and self-contained: two VMs in one process share nothing
// (the native test runner creates many). The embedder talks to it through vm/api.h;
// everything else in vm/ receives a VM& explicitly.
//
// Exceptions: VM::raise* store the exception object as "pending" and return Error,
// which the caller propagates (vm/status.h). The interpreter takes the pending
// exception when it unwinds to a handler; the embedder takes it when a run fails.
#pragma once

#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "vm/fmt.h"
#include "vm/heap.h"
#include "vm/host_bridge.h"
#include "vm/object.h"
#include "vm/status.h"

namespace edge::sched {
struct Task;
class Scheduler;
}

namespace edge::vm {

struct Str;
struct Dict;
struct Module;
struct Exception;
struct Frame;
struct Generator;
struct NativeMethodDef;

struct BuiltinTypes {
  Type* object = nullptr;
  Type* type = nullptr;
  Type* none = nullptr;
  Type* not_implemented = nullptr;
  Type* ellipsis = nullptr;
  Type* bool_ = nullptr;
  Type* int_ = nullptr;
  Type* float_ = nullptr;
  Type* str = nullptr;
  Type* bytes = nullptr;
  Type* bytearray = nullptr;
  Type* tuple = nullptr;
  Type* list = nullptr;
  Type* dict = nullptr;
  Type* set = nullptr;
  Type* frozenset = nullptr;
  Type* range = nullptr;
  Type* slice = nullptr;
  Type* cell = nullptr;
  Type* code = nullptr;
  Type* function = nullptr;
  Type* builtin_function = nullptr;  // builtin_function_or_method
  Type* method_descriptor = nullptr; // unbound methods of built-in types (str.join)
  Type* classmethod_descriptor = nullptr;  // dict.fromkeys, int.from_bytes
  Type* getset_descriptor = nullptr; // computed attributes of built-in types
  Type* method = nullptr;            // bound Python method
  Type* property = nullptr;
  Type* staticmethod = nullptr;
  Type* classmethod = nullptr;
  Type* module = nullptr;
  Type* generator = nullptr;
  Type* coroutine = nullptr;
  Type* async_generator = nullptr;
  Type* awaited_value = nullptr;  // an awaitable that is already done (async with over sync managers)
  Type* dict_keys = nullptr;
  Type* dict_values = nullptr;
  Type* dict_items = nullptr;
  // Iterator types (all use the IterState layout).
  Type* str_iterator = nullptr;
  Type* bytes_iterator = nullptr;
  Type* list_iterator = nullptr;
  Type* list_reverseiterator = nullptr;
  Type* tuple_iterator = nullptr;
  Type* range_iterator = nullptr;
  Type* set_iterator = nullptr;
  Type* dict_keyiterator = nullptr;
  Type* dict_valueiterator = nullptr;
  Type* dict_itemiterator = nullptr;
  Type* dict_reversekeyiterator = nullptr;
  Type* seq_iterator = nullptr;       // iter() over __getitem__
  Type* callable_iterator = nullptr;  // iter(callable, sentinel)
  Type* enumerate = nullptr;
  Type* zip = nullptr;
  Type* map = nullptr;
  Type* filter = nullptr;
  Type* reversed = nullptr;
  Type* super = nullptr;
  Type* generic_alias = nullptr;  // types.GenericAlias: list[int] in annotations
  Type* union_type = nullptr;     // types.UnionType: int | None
};

struct ExceptionTypes {
#define EXCEPTION_TYPE(name, parent) Type* name = nullptr;
#include "vm/types/exception_types.def"
#undef EXCEPTION_TYPE
};

struct Names {
#define NAME(field, text) Str* field = nullptr;
#include "vm/names.def"
#undef NAME
};

// Where an imported module's source comes from. The embedder decides: the native
// runner reads files next to the importing file, the wasm build asks the host.
struct ModuleSource {
  std::string path;  // shown in tracebacks, becomes __file__
  std::string text;
};
// (module name, path of the importing file) -> source, or false if there is none.
using ModuleFinder = std::function<bool(std::string_view name, std::string_view importer_path, ModuleSource& out)>;
// A module the host implements (vm/host_bridge.h), by the name Python imports.
using NativeModuleFinder = std::function<bool(std::string_view name, NativeModuleSpec& out)>;

struct VMConfig {
  std::function<void(std::string_view)> write_stdout;
  std::function<void(std::string_view)> write_stderr;
  // One line of standard input (with its newline), or false at end of input.
  std::function<bool(std::string&)> read_line;
  ModuleFinder find_module;
  NativeModuleFinder find_native_module;  // consulted before find_module
  CallNative call_native;                 // runs the functions of native modules
  // Wall clock in nanoseconds, when the host has one (the scheduler's timers use it;
  // without it they run on a virtual clock).
  std::function<uint64_t()> now_ns;
  std::vector<std::string> argv;
  uint32_t recursion_limit = 1000;  // Python frames per task (sys.getrecursionlimit())
  // Longest decimal int str() and int() convert, as sys.set_int_max_str_digits() sets it
  // (CPython 3.11's default; 0 = unlimited).
  uint32_t int_max_str_digits = 4300;
  bool gc_stress = false;           // collect at every safe point (testing only)
  // Preemption: hand control back to the embedder every `preempt_interval` ticks (loop
  // back-edges and Python calls) when the task can suspend there; 0 = never.
  uint64_t preempt_interval = 0;
  // Total ticks a program may run; past it every tick raises RuntimeError. 0 = no limit.
  uint64_t max_instructions = 0;
  // Live heap bytes past which a safe point raises MemoryError; 0 = no limit.
  uint64_t max_heap_bytes = 0;
};

class VM {
 public:
  explicit VM(VMConfig config);
  ~VM();
  VM(const VM&) = delete;
  VM& operator=(const VM&) = delete;

  Heap heap;
  BuiltinTypes types;
  ExceptionTypes exc;
  Names names;
  // Interned "__add__", "__radd__", "__iadd__" ... by BinaryOp.
  Str* op_dunders[kBinaryOpCount][3] = {};
  VMConfig config;

  Object* not_implemented = nullptr;  // the NotImplemented singleton
  Object* ellipsis = nullptr;         // the Ellipsis singleton
  Value empty_tuple;                  // () is shared, as in CPython

  // Set when a generator resumed from native code returns (its StopIteration value).
  Value generator_return_value;

  Module* builtins_module = nullptr;
  Dict* builtins = nullptr;           // builtins_module's namespace
  Dict* modules = nullptr;            // sys.modules: name -> module

  // The task whose frames run now (the module body is one task), and every other
  // live task (the scheduler registers them so their frames stay reachable).
  sched::Task* current_task = nullptr;
  std::vector<sched::Task*> tasks;
  // Runs Python called by the host outside any scheduled task (printing a traceback,
  // SystemExit's message): the current task whenever the scheduler runs none.
  std::unique_ptr<sched::Task> host_task;
  // The coroutine scheduler (scheduler/scheduler.h), created with the VM.
  std::unique_ptr<sched::Scheduler> scheduler;
  // Is coroutine `c` a task of the scheduler (so it must not be awaited directly)?
  bool scheduler_owns(const Generator* c) const;

  // --- suspension and ticks (scheduler/scheduler.cpp) -------------------------------
  // Set by a yielding builtin that parked the current task; the interpreter then
  // returns to the scheduler with the task's frames still linked.
  bool suspend_requested = false;
  // The callable the interpreter is calling directly from the task's outermost loop:
  // only that callee may suspend (a builtin called from native code may not).
  Value suspendable_callee;
  // Counts down on loop back-edges and Python calls; at zero, budget_exhausted().
  uint64_t ticks_left = UINT64_MAX;
  uint64_t ticks_used = 0;          // ticks spent in finished countdowns
  uint64_t last_budget_period = 0;  // length of the current countdown
  // Set once max_instructions is exceeded: the error unwinds every frame, skipping
  // except and finally blocks, so a runaway program really stops.
  bool terminating = false;
  // Preempts (if `can_suspend`) or enforces max_instructions, then restarts the count.
  Status budget_exhausted(bool can_suspend);

  // --- exceptions -------------------------------------------------------------------
  // Raise an instance of `type` with one str argument (or none if `message` is empty
  // and `no_args` is set). Always returns Error so `return vm.raise(...)` reads well.
  Error raise(Type* type, std::string_view message);
  Error raise_no_args(Type* type);
  template <class... A> Error raise_fmt(Type* type, fmt::format_string<A...> format, A&&... args) {
    return raise(type, fmt::format(format, std::forward<A>(args)...));
  }
  Error raise_value(Value exception);  // an exception instance (already validated)
  Error raise_object(Value exception_or_type);  // `raise x`: validates, instantiates types

  bool has_pending_exception() const { return !pending_exception_.is_null(); }
  Value pending_exception() const { return pending_exception_; }
  Value take_pending_exception() {
    Value e = pending_exception_;
    pending_exception_ = Value::null();
    return e;
  }
  void set_pending_exception(Value e) { pending_exception_ = e; }
  bool pending_is(Type* type) const;  // isinstance(pending, type)

  // --- garbage collection ----------------------------------------------------------
  void collect_if_needed() {
    if (heap.wants_collection()) collect();
  }
  void collect();
  // collect(), then MemoryError if the live heap exceeds config.max_heap_bytes (the
  // program can catch it and drop data; the VM stays usable).
  Status collect_at_safe_point();
  void trace_roots(Tracer& tracer);

  // Containers whose repr is being built (recursive containers print as [...]).
  std::vector<Object*> repr_in_progress;

  // Values the host holds by handle, and the error it or a plugin reported.
  HostHandles host_handles;
  HostError host_error;
  // Method definitions made at run time for native module functions.
  std::vector<std::unique_ptr<NativeMethodDef>> native_defs;
  std::vector<std::unique_ptr<std::string>> native_names;

  // Temporary roots for native code that calls back into Python (see heap.h).
  std::vector<Value> temp_roots;

  // --- native recursion guard ------------------------------------------------------
  // C++ recursion (repr of nested containers, native calls back into Python) is
  // bounded separately from Python frames, which live on the heap.
  uint32_t native_depth = 0;
  static constexpr uint32_t kMaxNativeDepth = 200;

  // Interned strings: content -> Str*. Entries live as long as the VM.
  std::unordered_map<std::string_view, Str*> interned;

  // Import system state (vm/import.cpp): the main script's path (sys.path[0] is its
  // folder), modules whose bodies are running, and C++ modules by name.
  std::string main_path;
  std::unordered_set<std::string> initializing_modules;
  std::unordered_map<std::string, Module* (*)(VM&)> builtin_module_inits;

  // Every class created by a class statement or type(), for updating subclasses' slots
  // when a class's special methods change (pruned by the collector).
  std::vector<Type*> heap_types;
  // The __dict__ of instances of user subclasses of built-in types (list, int, ...),
  // whose layouts have no dict field. Weak in the key: an entry lives as long as its
  // instance (the collector treats the pairs as ephemerons).
  std::unordered_map<Object*, Dict*> extra_dicts;

  // Frames recycled by size (vm/frame.cpp).
  std::vector<std::vector<Frame*>> frame_pool;

 private:
  Value pending_exception_;
};

// Keeps `value` reachable by the collector for the lifetime of this object.
class TempRoot {
 public:
  TempRoot(VM& vm, Value value) : vm_(vm), index_(vm.temp_roots.size()) { vm.temp_roots.push_back(value); }
  ~TempRoot() { vm_.temp_roots.resize(index_); }
  TempRoot(const TempRoot&) = delete;
  TempRoot& operator=(const TempRoot&) = delete;
  void set(Value v) { vm_.temp_roots[index_] = v; }

 private:
  VM& vm_;
  size_t index_;
};

// Guards one level of C++ recursion; failed() means RecursionError was raised.
class NativeDepthGuard {
 public:
  explicit NativeDepthGuard(VM& vm);
  ~NativeDepthGuard() {
    if (entered_) --vm_.native_depth;
  }
  bool failed() const { return !entered_; }

 private:
  VM& vm_;
  bool entered_;
};

}  // namespace edge::vm
