// Handles, the tagged value codec, host errors, value operations for plugins, and
// native modules (see host_bridge.h). Everything here is reached from the wasm
// exports (vm/wasm_exports.cpp) or from a native function call made by Python.
#include "vm/host_bridge.h"

#include <cstring>

#include "scheduler/scheduler.h"
#include "vm/heap.h"
#include "vm/ops.h"
#include "vm/types/bytes.h"
#include "vm/types/dict.h"
#include "vm/types/exception.h"
#include "vm/types/function.h"
#include "vm/types/int.h"
#include "vm/types/list.h"
#include "vm/types/module.h"
#include "vm/types/set.h"
#include "vm/types/str.h"
#include "vm/types/tuple.h"
#include "vm/types/type.h"
#include "vm/unicode.h"
#include "vm/vm.h"

namespace edge::vm {

using abi::ErrorKind;
using abi::Tag;

// --- handles ------------------------------------------------------------------------------

uint32_t HostHandles::put(Value v) {
  uint32_t index;
  if (!free_.empty()) {
    index = free_.back();
    free_.pop_back();
  } else {
    index = static_cast<uint32_t>(slots_.size());
    slots_.push_back(Value::null());
  }
  slots_[index] = v;
  return index + 1;
}

Value HostHandles::get(uint32_t handle) const {
  if (handle == 0 || handle > slots_.size()) return Value::null();
  return slots_[handle - 1];
}

bool HostHandles::release(uint32_t handle) {
  if (handle == 0 || handle > slots_.size() || slots_[handle - 1].is_null()) return false;
  slots_[handle - 1] = Value::null();
  free_.push_back(handle - 1);
  return true;
}

void HostHandles::clear() {
  slots_.clear();
  free_.clear();
}

void HostHandles::trace(Tracer& tracer) const {
  for (Value v : slots_) {
    if (!v.is_null()) tracer.visit(v);
  }
}

// --- decoding: payload -> value -------------------------------------------------------------

namespace {

constexpr uint32_t kMaxNesting = abi::k_MAX_NESTING;

uint32_t read_u32(std::string_view bytes, size_t at) {
  uint32_t v;
  std::memcpy(&v, bytes.data() + at, 4);  // wasm and every host we build for are little-endian
  return v;
}

void append_u32(std::string& out, uint32_t v) {
  char b[4];
  std::memcpy(b, &v, 4);
  out.append(b, 4);
}


Error bad_payload(VM& vm, std::string_view what) {
  return vm.raise_fmt(vm.exc.ValueError, "invalid value from the host: {}", what);
}

Result decode_at(VM& vm, Tag tag, std::string_view payload, uint32_t depth);

// The nodes of a LIST or DICT payload: u32 count, then (tag u32, len u32, payload)*.
Fallible<std::vector<std::pair<Tag, std::string_view>>> split_nodes(VM& vm, std::string_view payload,
                                                                    uint32_t per_item) {
  if (payload.size() < 4) return bad_payload(vm, "container payload shorter than its count");
  uint32_t count = read_u32(payload, 0);
  // Every node needs at least 8 header bytes: refuse counts the payload cannot hold.
  if (static_cast<uint64_t>(count) * per_item > (payload.size() - 4) / 8) {
    return bad_payload(vm, "container count larger than its payload");
  }
  std::vector<std::pair<Tag, std::string_view>> nodes;
  size_t at = 4;
  for (uint64_t i = 0; i < static_cast<uint64_t>(count) * per_item; ++i) {
    if (payload.size() - at < 8) return bad_payload(vm, "truncated container node header");
    uint32_t t = read_u32(payload, at);
    uint32_t len = read_u32(payload, at + 4);
    at += 8;
    if (payload.size() - at < len) return bad_payload(vm, "container node longer than the payload");
    nodes.emplace_back(static_cast<Tag>(t), payload.substr(at, len));
    at += len;
  }
  if (at != payload.size()) return bad_payload(vm, "trailing bytes after the container's nodes");
  return nodes;
}

Result decode_at(VM& vm, Tag tag, std::string_view payload, uint32_t depth) {
  switch (tag) {
    case Tag::NONE:
      return Value::none();
    case Tag::BOOL:
      if (payload.size() != 1) return bad_payload(vm, "BOOL payload must be 1 byte");
      return Value::boolean(payload[0] != 0);
    case Tag::INT:
      if (payload.size() != 16) return bad_payload(vm, "INT payload must be 16 bytes");
      return make_int(vm, BigInt::from_bytes(payload, true, true));
    case Tag::FLOAT: {
      if (payload.size() != 8) return bad_payload(vm, "FLOAT payload must be 8 bytes");
      double d;
      std::memcpy(&d, payload.data(), 8);
      return Value::from_float(d);  // canonicalises NaNs
    }
    case Tag::BYTES:
      if (!unicode::is_valid_utf8(payload)) return bad_payload(vm, "BYTES (str) payload is not valid UTF-8");
      return Value::from_object(make_str(vm, payload));
    case Tag::RAW:
      return Value::from_object(make_bytes(vm, payload));
    case Tag::LIST:
    case Tag::DICT: {
      if (depth >= kMaxNesting) return bad_payload(vm, "containers nested deeper than 32");
      bool is_dict = tag == Tag::DICT;
      auto nodes = EDGE_TRY(split_nodes(vm, payload, is_dict ? 2 : 1));
      if (!is_dict) {
        List* list = make_list(vm, nodes.size());
        TempRoot root(vm, Value::from_object(list));
        for (auto& [t, p] : nodes) list->items.push_back(EDGE_TRY(decode_at(vm, t, p, depth + 1)));
        return Value::from_object(list);
      }
      Dict* dict = make_dict(vm);
      TempRoot root(vm, Value::from_object(dict));
      for (size_t i = 0; i < nodes.size(); i += 2) {
        if (nodes[i].first != Tag::BYTES) return bad_payload(vm, "DICT keys must be str (BYTES)");
        Value key = EDGE_TRY(decode_at(vm, nodes[i].first, nodes[i].second, depth + 1));
        TempRoot key_root(vm, key);
        Value value = EDGE_TRY(decode_at(vm, nodes[i + 1].first, nodes[i + 1].second, depth + 1));
        TempRoot value_root(vm, value);
        EDGE_TRY(dict_set(vm, dict, key, value));
      }
      return Value::from_object(dict);
    }
  }
  return bad_payload(vm, fmt::format("unknown tag {}", static_cast<uint32_t>(tag)));
}

// --- encoding: value -> payload ---------------------------------------------------------------

bool encode_at(VM& vm, Value v, Tag& tag, std::string& out, uint32_t depth) {
  if (depth > kMaxNesting) return false;
  if (v.is_none()) {
    tag = Tag::NONE;
    return true;
  }
  if (v.is_bool()) {
    tag = Tag::BOOL;
    out.push_back(v.as_bool() ? 1 : 0);
    return true;
  }
  if (is_int(v)) {
    tag = Tag::INT;
    return int_to_bigint(v).to_bytes(16, true, true, out) == ToBytesStatus::Ok;
  }
  if (v.is_float()) {
    tag = Tag::FLOAT;
    double d = v.as_float();
    char b[8];
    std::memcpy(b, &d, 8);
    out.append(b, 8);
    return true;
  }
  if (is_str(v)) {
    tag = Tag::BYTES;
    out += as_str(v)->view();
    return true;
  }
  if (is_bytes(v)) {
    tag = Tag::RAW;
    const Bytes* b = static_cast<const Bytes*>(v.as_object());
    out.append(reinterpret_cast<const char*>(b->data()), b->length);
    return true;
  }
  auto node = [&](Value item) {
    Tag t;
    std::string payload;
    if (!encode_at(vm, item, t, payload, depth + 1)) return false;
    append_u32(out, static_cast<uint32_t>(t));
    append_u32(out, static_cast<uint32_t>(payload.size()));
    out += payload;
    return true;
  };
  if (is_list(v) || is_tuple(v)) {
    tag = Tag::LIST;
    const Value* items = is_list(v) ? as_list(v)->items.data() : as_tuple(v)->items();
    uint32_t n = is_list(v) ? static_cast<uint32_t>(as_list(v)->items.size()) : as_tuple(v)->length;
    append_u32(out, n);
    for (uint32_t i = 0; i < n; ++i) {
      if (!node(items[i])) return false;
    }
    return true;
  }
  if (is_dict(v)) {
    tag = Tag::DICT;
    Dict* d = as_dict(v);
    append_u32(out, d->size());
    for (const DictEntry& e : d->entries) {
      if (e.key.is_null()) continue;
      if (!is_str(e.key) || !node(e.key) || !node(e.value)) return false;
    }
    return true;
  }
  return false;
}

}  // namespace

Result decode_payload(VM& vm, Tag tag, std::string_view payload) { return decode_at(vm, tag, payload, 0); }

bool encode_value(VM& vm, Value v, Tag& tag, std::string& payload) {
  payload.clear();
  if (encode_at(vm, v, tag, payload, 0)) return true;
  payload.clear();
  return false;
}

// --- errors -------------------------------------------------------------------------------------

Error raise_host_error(VM& vm, ErrorKind kind, std::string_view message) {
  switch (kind) {
    case ErrorKind::TYPE: return vm.raise(vm.exc.TypeError, message);
    case ErrorKind::VALUE: return vm.raise(vm.exc.ValueError, message);
    case ErrorKind::ATTRIBUTE: return vm.raise(vm.exc.AttributeError, message);
    case ErrorKind::INDEX: return vm.raise(vm.exc.IndexError, message);
    case ErrorKind::KEY: return vm.raise(vm.exc.KeyError, message);
    case ErrorKind::CUSTOM: {
      // "ClassName: text": a built-in exception class by that name, else RuntimeError.
      size_t colon = message.find(": ");
      if (colon != std::string_view::npos) {
        Value cls = dict_get_str(vm.builtins, intern(vm, message.substr(0, colon)));
        if (is_exception_type(cls)) return vm.raise(as_type(cls), message.substr(colon + 2));
      }
      return vm.raise(vm.exc.RuntimeError, message);
    }
    case ErrorKind::RUNTIME:
      break;
  }
  return vm.raise(vm.exc.RuntimeError, message);
}

void describe_exception(VM& vm, Value exception, ErrorKind& kind, std::string& message) {
  Type* t = type_of(vm, exception);
  kind = ErrorKind::CUSTOM;
  if (t == vm.exc.TypeError) kind = ErrorKind::TYPE;
  if (t == vm.exc.ValueError) kind = ErrorKind::VALUE;
  if (t == vm.exc.RuntimeError) kind = ErrorKind::RUNTIME;
  if (t == vm.exc.AttributeError) kind = ErrorKind::ATTRIBUTE;
  if (t == vm.exc.IndexError) kind = ErrorKind::INDEX;
  if (t == vm.exc.KeyError) kind = ErrorKind::KEY;
  Result text = str(vm, exception);
  std::string body = text.failed() ? std::string() : std::string(as_str(text.value())->view());
  if (text.failed()) (void)vm.take_pending_exception();
  message = kind == ErrorKind::CUSTOM ? std::string(type_name_of(t)) + ": " + body : body;
}

// --- value operations -------------------------------------------------------------------------------

int32_t host_value_op(VM& vm, abi::Op op, Value recv, std::string_view name, const std::vector<Value>& argv,
                      Value& out) {
  auto arg = [&](size_t i) { return i < argv.size() ? argv[i] : Value::none(); };
  Result r = Value::none();
  switch (op) {
    case abi::Op::CALL: {
      CallArgs args{argv.data(), static_cast<uint32_t>(argv.size()), nullptr};
      r = name == "__call__" ? call(vm, recv, args) : call_method(vm, recv, intern(vm, name), args);
      break;
    }
    case abi::Op::GET_ATTR: r = getattr(vm, recv, intern(vm, name)); break;
    case abi::Op::SET_ATTR: {
      Status s = setattr(vm, recv, intern(vm, name), arg(0));
      r = s.failed() ? Result(Error{}) : Result(Value::none());
      break;
    }
    case abi::Op::GET_ITEM: r = getitem(vm, recv, arg(0)); break;
    case abi::Op::SET_ITEM: {
      Status s = setitem(vm, recv, arg(0), arg(1));
      r = s.failed() ? Result(Error{}) : Result(Value::none());
      break;
    }
    case abi::Op::LEN: {
      Fallible<int64_t> n = length(vm, recv);
      r = n.failed() ? Result(Error{}) : Result(make_int(vm, n.value()));
      break;
    }
    case abi::Op::ITER: r = call(vm, Value::from_object(vm.types.list), CallArgs{&recv, 1, nullptr}); break;
    case abi::Op::ITER_NEXT:
      if (!is_list(recv)) {
        r = vm.raise(vm.exc.TypeError, "IterNext needs the list Iter returned");
      } else if (as_list(recv)->items.empty()) {
        r = vm.raise_no_args(vm.exc.StopIteration);
      } else {
        List* l = as_list(recv);
        r = l->items.front();
        l->items.erase(l->items.begin());
      }
      break;
    case abi::Op::NEW_DICT: r = Value::from_object(make_dict(vm)); break;
    case abi::Op::NEW_LIST: r = Value::from_object(make_list(vm, argv.data(), argv.size())); break;
    case abi::Op::TYPE_OF: r = Value::from_object(make_str(vm, type_name(vm, recv))); break;
    case abi::Op::NEW_TUPLE:
      r = Value::from_object(make_tuple(vm, argv.data(), static_cast<uint32_t>(argv.size())));
      break;
    case abi::Op::NEW_SET:
    case abi::Op::NEW_FROZENSET: {
      Set* s = op == abi::Op::NEW_SET ? make_set(vm) : make_frozenset(vm);
      TempRoot root(vm, Value::from_object(s));
      bool failed = false;
      for (Value v : argv) failed = failed || set_add(vm, s, v).failed();
      r = failed ? Result(Error{}) : Result(Value::from_object(s));
      break;
    }
    default:
      vm.host_error = HostError{true, ErrorKind::RUNTIME, fmt::format("unknown edge_op {}", static_cast<uint32_t>(op))};
      return 1;
  }
  if (r.failed()) {
    Value e = vm.take_pending_exception();
    TempRoot root(vm, e);
    HostError err;
    err.pending = true;
    describe_exception(vm, e, err.kind, err.message);
    vm.host_error = std::move(err);
    return 1;
  }
  out = r.value();
  return 0;
}

// --- native modules -------------------------------------------------------------------------------

namespace {

// A native function object: `self` holds its id, so calls arrive with it as args[0].
Result call_native_function(VM& vm, BuiltinFunction* f, CallArgs args) {
  if (!vm.config.call_native) return vm.raise(vm.exc.RuntimeError, "this host runs no native functions");
  uint32_t id = static_cast<uint32_t>(args[0].as_small_int());
  // Arguments as handles: positionals, then the kwargs dict (0 when there are none).
  std::vector<uint32_t> handles;
  for (uint32_t i = 1; i < args.nargs; ++i) handles.push_back(vm.host_handles.put(args[i]));
  uint32_t nkw = args.nkw();
  if (nkw == 0) {
    handles.push_back(0);
  } else {
    Dict* kw = make_dict(vm);
    TempRoot root(vm, Value::from_object(kw));
    for (uint32_t i = 0; i < nkw; ++i) EDGE_TRY(dict_set(vm, kw, args.kwnames->item(i), args.args[args.nargs + i]));
    handles.push_back(vm.host_handles.put(Value::from_object(kw)));
  }
  sched::Scheduler& s = *vm.scheduler;
  uint64_t call_id = s.new_host_call_id();
  uint32_t out = 0;
  vm.host_error = HostError{};
  int32_t status = vm.config.call_native(id, call_id, handles.data(), static_cast<uint32_t>(handles.size()), &out);
  for (uint32_t h : handles) vm.host_handles.release(h);
  if (status == static_cast<int32_t>(abi::k_CALL_OK)) {
    Value result = vm.host_handles.get(out);
    vm.host_handles.release(out);
    return result.is_null() ? Value::none() : result;
  }
  if (status == static_cast<int32_t>(abi::k_CALL_DEFERRED)) {
    // The answer comes later by call_id: park the calling task until then.
    Value placeholder = EDGE_TRY(s.park(Value::from_object(f), sched::TaskState::WaitingHostCall, f->def->name));
    if (s.current()->state == sched::TaskState::WaitingHostCall) s.current()->host_call_id = call_id;
    return placeholder;
  }
  HostError err = std::move(vm.host_error);
  vm.host_error = HostError{};
  if (!err.pending) return vm.raise_fmt(vm.exc.RuntimeError, "native function {}() failed", f->name->view());
  return raise_host_error(vm, err.kind, err.message);
}

}  // namespace

Result make_native_module(VM& vm, std::string_view name, const NativeModuleSpec& spec) {
  Module* m = make_module(vm, intern(vm, name));
  Value mv = Value::from_object(m);
  TempRoot root(vm, mv);
  for (size_t k = 0; k < spec.names.size(); ++k) {
    const std::string& fname = spec.names[k];
    // One definition per function: its name must outlive the module.
    auto* def = new NativeMethodDef{nullptr, nullptr, nullptr, call_native_function};
    vm.native_defs.emplace_back(def);
    vm.native_names.push_back(std::make_unique<std::string>(fname));
    def->name = vm.native_names.back()->c_str();
    Value id = Value::small_int(spec.base_id + static_cast<uint32_t>(k));
    BuiltinFunction* f = make_builtin_function(vm, def, id);
    Value fv = Value::from_object(f);
    static constexpr std::string_view kConst = "__const_";
    if (fname.rfind(kConst, 0) == 0) {
      // A constant: computed once, now.
      TempRoot f_root(vm, fv);
      Value value = EDGE_TRY(call(vm, fv, CallArgs{}));
      dict_set_str(vm, m->dict, intern(vm, std::string_view(fname).substr(kConst.size())), value);
    } else {
      dict_set_str(vm, m->dict, intern(vm, fname), fv);
    }
  }
  return mv;
}

}  // namespace edge::vm
