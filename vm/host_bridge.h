// The value bridge between the VM and its host (docs/embedding.md, "Values across the
// boundary"): a table of handles naming Python values, the tagged byte codec that turns
// plain data into values and back, the error a host or plugin raises, the operations
// a plugin may apply to values (host_edge_op), and modules whose functions the host
// implements (native modules: `.wasm` plugins and main-thread host modules).
//
// Invariants: a handle is an index + 1 (0 is never valid) into a table the collector
// treats as roots; a handle lives until it is released once (a free slot holds null).
// Decoding never runs Python code.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "vm/abi.h"
#include "vm/object.h"

namespace edge::vm {

class Tracer;

class HostHandles {
 public:
  uint32_t put(Value v);            // a new handle for `v` (never null)
  Value get(uint32_t handle) const;  // null if invalid
  bool release(uint32_t handle);     // false if invalid (a double release is harmless)
  void clear();
  void trace(Tracer& tracer) const;

 private:
  std::vector<Value> slots_;
  std::vector<uint32_t> free_;
};

// The error a host function or plugin reported (host_edge_throw), until taken.
struct HostError {
  bool pending = false;
  abi::ErrorKind kind = abi::ErrorKind::RUNTIME;
  std::string message;
};

// Tagged payload -> value. Fails with a Python exception (ValueError naming the
// problem: truncated node, bad UTF-8, nesting past 32, count larger than the payload).
Result decode_payload(VM& vm, abi::Tag tag, std::string_view payload);
// Value -> tagged payload, or false when the value cannot cross (TAG_INVALID).
bool encode_value(VM& vm, Value v, abi::Tag& tag, std::string& payload);

// host_edge_op on values: 0 and the result in `out`, or 1 with the error set as a
// HostError (the Python exception converted, as plugins see it).
int32_t host_value_op(VM& vm, abi::Op op, Value recv, std::string_view name, const std::vector<Value>& argv,
                      Value& out);

// The exception a host error becomes in Python.
Error raise_host_error(VM& vm, abi::ErrorKind kind, std::string_view message);
// The kind and message a Python exception becomes for the host.
void describe_exception(VM& vm, Value exception, abi::ErrorKind& kind, std::string& message);

// A module the host implements: `names[k]` is called as native function `base_id + k`.
// Names `__const_<n>` are called once at import and bound as the value `<n>`.
struct NativeModuleSpec {
  std::vector<std::string> names;
  uint32_t base_id = 0;
};

// Calls native function `id` with argument handles (positionals plus one trailing
// kwargs-dict handle, 0 when there are none); returns CALL_OK / CALL_ERROR /
// CALL_DEFERRED (then `call_id` is answered later through the scheduler).
using CallNative = std::function<int32_t(uint32_t id, uint64_t call_id, const uint32_t* argv, uint32_t argc,
                                         uint32_t* out)>;

// Builds the module object for `spec` (called by the import system).
Result make_native_module(VM& vm, std::string_view name, const NativeModuleSpec& spec);

}  // namespace edge::vm
