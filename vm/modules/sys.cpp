// The `sys` module: the interpreter's settings and streams as Python sees them.
//
// Values a program can act on match CPython 3.11 (version_info, maxsize, float_info,
// hash_info.modulus, the recursion and int/str digit limits with CPython's errors), so
// programs that print them print what python3 prints. Values that describe the
// implementation say Edge Python: version, implementation.name, int_info.bits_per_digit,
// hash_info.algorithm, getsizeof(); docs/language.md lists every such difference.
//
// Invariant: the settings live in VMConfig (recursion_limit, int_max_str_digits), never
// in this module, so the interpreter and int conversions read them without importing
// sys; the streams write through VMConfig::write_stdout/write_stderr at once, the same
// path print() takes, so their output interleaves with print()'s in program order.
#include <algorithm>
#include <cfloat>
#include <string>
#include <vector>

#include "scheduler/task.h"
#include "vm/api.h"
#include "vm/args.h"
#include "vm/modules/registry.h"
#include "vm/modules/struct_seq.h"
#include "vm/ops.h"
#include "vm/types/dict.h"
#include "vm/types/exception.h"
#include "vm/types/function.h"
#include "vm/types/instance.h"
#include "vm/types/int.h"
#include "vm/types/list.h"
#include "vm/types/module.h"
#include "vm/types/str.h"
#include "vm/types/tuple.h"
#include "vm/types/type.h"
#include "vm/vm.h"

namespace edge::vm {
namespace {

// The language version Edge Python implements (sys.version_info, sys.hexversion).
constexpr int kMajor = 3, kMinor = 11, kMicro = 7;
constexpr int64_t kHexVersion = (kMajor << 24) | (kMinor << 16) | (kMicro << 8) | 0xF0;  // "final", serial 0
// CPython's floor for a non-zero int/str digit limit (_PY_LONG_MAX_STR_DIGITS_THRESHOLD).
constexpr int64_t kStrDigitsThreshold = 640;

#if defined(__EMSCRIPTEN__)
constexpr const char* kPlatform = "emscripten";
#elif defined(__APPLE__)
constexpr const char* kPlatform = "darwin";
#elif defined(_WIN32)
constexpr const char* kPlatform = "win32";
#else
constexpr const char* kPlatform = "linux";
#endif

// --- the standard streams ----------------------------------------------------------------
// One type (_io.TextIOWrapper, as in CPython) for all three; which host stream an
// object stands for is kept in its header's per-layout flags, not in an attribute a
// program could overwrite.

enum StreamKind : uint16_t { kStdin = 1, kStdout = 2, kStderr = 3 };

StreamKind stream_kind(Value self) { return static_cast<StreamKind>(self.as_object()->object_flags); }

Error raise_unsupported(VM& vm, const char* what) { return vm.raise(vm.exc.OSError, what); }

Result stream_write(VM& vm, CallArgs args) {
  EDGE_TRY(check_arg_count(vm, args, "TextIOWrapper.write", 2, 2));
  Value text = args[1];
  if (!is_str(text)) {
    return vm.raise_fmt(vm.exc.TypeError, "write() argument must be str, not {}", type_name(vm, text));
  }
  StreamKind kind = stream_kind(args[0]);
  if (kind == kStdin) return raise_unsupported(vm, "not writable");
  const auto& sink = kind == kStdout ? vm.config.write_stdout : vm.config.write_stderr;
  if (sink) sink(as_str(text)->view());
  return make_int(vm, static_cast<int64_t>(as_str(text)->char_length));
}

Result stream_flush(VM& vm, CallArgs args) {
  EDGE_TRY(check_arg_count(vm, args, "TextIOWrapper.flush", 1, 1));
  return Value::none();
}

// One line with its newline, or "" at end of input.
Fallible<std::string> read_one_line(VM& vm, Value self) {
  if (stream_kind(self) != kStdin) return raise_unsupported(vm, "not readable");
  std::string line;
  if (!vm.config.read_line || !vm.config.read_line(line)) line.clear();
  return line;
}

Result stream_readline(VM& vm, CallArgs args) {
  EDGE_TRY(check_arg_count(vm, args, "TextIOWrapper.readline", 1, 2));
  std::string line = EDGE_TRY(read_one_line(vm, args[0]));
  if (args.nargs == 2 && !args[1].is_none()) {
    // readline(size): at most `size` characters (a negative size means no limit).
    int64_t size = EDGE_TRY(index_int64(vm, args[1]));
    Str* whole = make_str(vm, line);
    if (size >= 0 && size < whole->char_length) {
      return Value::from_object(str_substring(vm, whole, 0, static_cast<uint32_t>(size)));
    }
    return Value::from_object(whole);
  }
  return Value::from_object(make_str(vm, line));
}

Result stream_read(VM& vm, CallArgs args) {
  EDGE_TRY(check_arg_count(vm, args, "TextIOWrapper.read", 1, 1));
  std::string all;
  for (;;) {
    std::string line = EDGE_TRY(read_one_line(vm, args[0]));
    if (line.empty()) break;
    all += line;
  }
  return Value::from_object(make_str(vm, all));
}

Result stream_readlines(VM& vm, CallArgs args) {
  EDGE_TRY(check_arg_count(vm, args, "TextIOWrapper.readlines", 1, 1));
  List* lines = make_list(vm);
  for (;;) {
    std::string line = EDGE_TRY(read_one_line(vm, args[0]));
    if (line.empty()) break;
    list_append(vm, lines, Value::from_object(make_str(vm, line)));
  }
  return Value::from_object(lines);
}

Result stream_isatty(VM& vm, CallArgs args) {
  EDGE_TRY(check_arg_count(vm, args, "TextIOWrapper.isatty", 1, 1));
  return Value::boolean(false);
}

Result stream_readable(VM& vm, CallArgs args) {
  EDGE_TRY(check_arg_count(vm, args, "TextIOWrapper.readable", 1, 1));
  return Value::boolean(stream_kind(args[0]) == kStdin);
}

Result stream_writable(VM& vm, CallArgs args) {
  EDGE_TRY(check_arg_count(vm, args, "TextIOWrapper.writable", 1, 1));
  return Value::boolean(stream_kind(args[0]) != kStdin);
}

const NativeMethodDef kStreamMethods[] = {
    {"write", stream_write},       {"flush", stream_flush},       {"readline", stream_readline},
    {"read", stream_read},         {"readlines", stream_readlines}, {"isatty", stream_isatty},
    {"readable", stream_readable}, {"writable", stream_writable}, {nullptr, nullptr},
};

Result stream_repr(VM& vm, Value self) {
  StreamKind kind = stream_kind(self);
  const char* name = kind == kStdin ? "<stdin>" : kind == kStdout ? "<stdout>" : "<stderr>";
  return Value::from_object(make_str(
      vm, fmt::format("<_io.TextIOWrapper name='{}' mode='{}' encoding='utf-8'>", name, kind == kStdin ? "r" : "w")));
}

Result stream_iter(VM&, Value self) { return self; }

// for line in sys.stdin: ends at end of input.
Result stream_next(VM& vm, Value self) {
  std::string line = EDGE_TRY(read_one_line(vm, self));
  if (line.empty()) return Value::null();
  return Value::from_object(make_str(vm, line));
}

Value make_stream(VM& vm, Type* type, StreamKind kind) {
  Instance* s = vm.heap.make<Instance>(type);
  s->object_flags = kind;
  s->dict = make_dict(vm);
  const char* name = kind == kStdin ? "<stdin>" : kind == kStdout ? "<stdout>" : "<stderr>";
  dict_set_str(vm, s->dict, intern(vm, "name"), Value::from_object(make_str(vm, name)));
  dict_set_str(vm, s->dict, intern(vm, "mode"), Value::from_object(make_str(vm, kind == kStdin ? "r" : "w")));
  dict_set_str(vm, s->dict, intern(vm, "encoding"), Value::from_object(make_str(vm, "utf-8")));
  return Value::from_object(s);
}

// --- functions ---------------------------------------------------------------------------

Result sys_exit(VM& vm, CallArgs args) {
  EDGE_TRY(check_arg_count(vm, args, "exit", 0, 1));
  if (args.nargs == 0) return vm.raise_no_args(vm.exc.SystemExit);
  Value e = EDGE_TRY(call1(vm, Value::from_object(vm.exc.SystemExit), args[0]));
  return vm.raise_value(e);
}

Result sys_getrecursionlimit(VM& vm, CallArgs args) {
  EDGE_TRY(check_arg_count(vm, args, "getrecursionlimit", 0, 0));
  return make_int(vm, static_cast<int64_t>(vm.config.recursion_limit));
}

// An int argument that must fit a C int, as CPython's `i` argument format demands.
Fallible<int64_t> c_int_argument(VM& vm, Value v) {
  Value i = EDGE_TRY(index_value(vm, v));
  int64_t n;
  if (!int_fits_int64(i, n) || n > INT32_MAX || n < INT32_MIN) {
    return vm.raise(vm.exc.OverflowError, "Python int too large to convert to C int");
  }
  return n;
}

Result sys_setrecursionlimit(VM& vm, CallArgs args) {
  EDGE_TRY(check_arg_count(vm, args, "setrecursionlimit", 1, 1));
  int64_t limit = EDGE_TRY(c_int_argument(vm, args[0]));
  if (limit < 1) return vm.raise(vm.exc.ValueError, "recursion limit must be greater or equal than 1");
  // CPython 3.11 counts this native call as one level on top of the Python frames.
  int64_t depth = (vm.current_task != nullptr ? vm.current_task->depth : 0) + 1;
  if (depth >= limit) {
    return vm.raise_fmt(vm.exc.RecursionError,
                        "cannot set the recursion limit to {} at the recursion depth {}: the limit is too low", limit,
                        depth);
  }
  vm.config.recursion_limit = static_cast<uint32_t>(limit);
  return Value::none();
}

Result sys_get_int_max_str_digits(VM& vm, CallArgs args) {
  EDGE_TRY(check_arg_count(vm, args, "get_int_max_str_digits", 0, 0));
  return make_int(vm, static_cast<int64_t>(vm.config.int_max_str_digits));
}

Result sys_set_int_max_str_digits(VM& vm, CallArgs args) {
  static const Signature kSig("set_int_max_str_digits(maxdigits)");
  Value a[1];
  EDGE_TRY(parse_args(vm, args, kSig, a));
  int64_t digits = EDGE_TRY(c_int_argument(vm, a[0]));
  if (digits != 0 && digits < kStrDigitsThreshold) {
    return vm.raise(vm.exc.ValueError, "maxdigits must be 0 or larger than 640");
  }
  vm.config.int_max_str_digits = static_cast<uint32_t>(digits);
  return Value::none();
}

// An approximation: the bytes of the object's allocation (header, trailing storage and
// owned buffers as the collector accounts them), CPython's sizes for unboxed values.
// The numbers differ from CPython's; programs can only compare them.
int64_t approximate_size(VM& vm, Value v) {
  if (v.is_object()) {
    Object* o = v.as_object();
    int64_t size = o->gc_size;
    if (is_list(v)) size += static_cast<int64_t>(as_list(v)->items.capacity() * sizeof(Value));
    if (is_dict(v)) size += static_cast<int64_t>(as_dict(v)->entries.capacity() * sizeof(DictEntry));
    return size;
  }
  if (v.is_float()) return 24;
  if (v.is_none()) return 16;
  if (v.is_bool()) return v.as_bool() ? 28 : 24;
  return int_sign(v) == 0 ? 24 : 28;  // small ints, as CPython's one-digit ints
}

Result sys_getsizeof(VM& vm, CallArgs args) {
  static const Signature kSig("getsizeof(object, default=)");
  Value a[2];
  EDGE_TRY(parse_args(vm, args, kSig, a));
  return make_int(vm, approximate_size(vm, a[0]));
}

Result sys_intern(VM& vm, CallArgs args) {
  EDGE_TRY(check_arg_count(vm, args, "intern", 1, 1));
  if (!is_str(args[0])) {
    return vm.raise_fmt(vm.exc.TypeError, "intern() argument must be str, not {}", type_name(vm, args[0]));
  }
  Str* s = as_str(args[0]);
  if (s->is_interned()) return args[0];
  return Value::from_object(intern(vm, s->view()));
}

// (type, value, traceback) of the exception being handled; tracebacks are not objects
// in Edge Python, so the third item is None.
Result sys_exc_info(VM& vm, CallArgs args) {
  EDGE_TRY(check_arg_count(vm, args, "exc_info", 0, 0));
  Value handled = vm.current_task != nullptr ? vm.current_task->handled_exception : Value::null();
  if (!is_exception(handled)) return Value::from_object(make_tuple(vm, {Value::none(), Value::none(), Value::none()}));
  return Value::from_object(make_tuple(vm, {Value::from_object(type_of(vm, handled)), handled, Value::none()}));
}

Result sys_getdefaultencoding(VM& vm, CallArgs args) {
  EDGE_TRY(check_arg_count(vm, args, "getdefaultencoding", 0, 0));
  return Value::from_object(make_str(vm, "utf-8"));
}

Result sys_getfilesystemencoding(VM& vm, CallArgs args) {
  EDGE_TRY(check_arg_count(vm, args, "getfilesystemencoding", 0, 0));
  return Value::from_object(make_str(vm, "utf-8"));
}

const NativeMethodDef kSysFunctions[] = {
    {"exit", sys_exit},
    {"getrecursionlimit", sys_getrecursionlimit},
    {"setrecursionlimit", sys_setrecursionlimit},
    {"get_int_max_str_digits", sys_get_int_max_str_digits},
    {"set_int_max_str_digits", sys_set_int_max_str_digits},
    {"getsizeof", sys_getsizeof},
    {"intern", sys_intern},
    {"exc_info", sys_exc_info},
    {"getdefaultencoding", sys_getdefaultencoding},
    {"getfilesystemencoding", sys_getfilesystemencoding},
    {nullptr, nullptr},
};

Value str_value(VM& vm, std::string_view text) { return Value::from_object(make_str(vm, text)); }

}  // namespace

Module* make_sys_module(VM& vm) {
  Module* m = make_module(vm, intern(vm, "sys"));
  TempRoot root(vm, Value::from_object(m));
  Dict* d = m->dict;
  auto set = [&](const char* name, Value v) { dict_set_str(vm, d, intern(vm, name), v); };
  for (const NativeMethodDef* def = kSysFunctions; def->name != nullptr; ++def) {
    set(def->name, Value::from_object(make_builtin_function(vm, def)));
  }

  List* argv = make_list(vm);
  set("argv", Value::from_object(argv));
  for (const std::string& arg : vm.config.argv) list_append(vm, argv, str_value(vm, arg));
  List* path = make_list(vm);
  set("path", Value::from_object(path));
  list_append(vm, path, str_value(vm, folder_of(vm.main_path)));
  set("modules", Value::from_object(vm.modules));
  set("executable", str_value(vm, ""));
  set("platform", str_value(vm, kPlatform));
  set("byteorder", str_value(vm, "little"));
  set("maxsize", make_int(vm, INT64_MAX));
  set("maxunicode", make_int(vm, 0x10FFFF));
  set("float_repr_style", str_value(vm, "short"));
  set("version", str_value(vm, fmt::format("{}.{}.{} (edge-python) [C++]", kMajor, kMinor, kMicro)));
  set("hexversion", make_int(vm, kHexVersion));

  // Sorted, as CPython's sys.builtin_module_names is.
  std::vector<std::string> module_names{"builtins"};
  for (const auto& entry : vm.builtin_module_inits) module_names.push_back(entry.first);
  std::sort(module_names.begin(), module_names.end());
  Tuple* builtin_names = make_tuple(vm, static_cast<uint32_t>(module_names.size()));
  for (size_t i = 0; i < module_names.size(); ++i) {
    builtin_names->items()[i] = Value::from_object(intern(vm, module_names[i]));
  }
  set("builtin_module_names", Value::from_object(builtin_names));

  Type* version_type = make_struct_seq_type(vm, "sys", "version_info", {"major", "minor", "micro", "releaselevel", "serial"});
  Value version_info = Value::from_object(make_struct_seq(
      vm, version_type,
      {Value::small_int(kMajor), Value::small_int(kMinor), Value::small_int(kMicro), str_value(vm, "final"),
       Value::small_int(0)}));
  set("version_info", version_info);
  set("implementation", make_namespace(vm, {{"name", str_value(vm, "edge-python")},
                                            {"cache_tag", Value::none()},
                                            {"version", version_info},
                                            {"hexversion", make_int(vm, kHexVersion)}}));

  Type* float_info_type = make_struct_seq_type(vm, "sys", "float_info",
                                               {"max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp", "dig",
                                                "mant_dig", "epsilon", "radix", "rounds"});
  set("float_info",
      Value::from_object(make_struct_seq(
          vm, float_info_type,
          {Value::from_float(DBL_MAX), Value::small_int(DBL_MAX_EXP), Value::small_int(DBL_MAX_10_EXP),
           Value::from_float(DBL_MIN), Value::small_int(DBL_MIN_EXP), Value::small_int(DBL_MIN_10_EXP),
           Value::small_int(DBL_DIG), Value::small_int(DBL_MANT_DIG), Value::from_float(DBL_EPSILON),
           Value::small_int(FLT_RADIX), Value::small_int(1)})));

  // Edge Python's big ints use 32-bit limbs (CPython: 30-bit digits).
  Type* int_info_type = make_struct_seq_type(
      vm, "sys", "int_info", {"bits_per_digit", "sizeof_digit", "default_max_str_digits", "str_digits_check_threshold"});
  set("int_info", Value::from_object(make_struct_seq(vm, int_info_type,
                                                     {Value::small_int(32), Value::small_int(4), Value::small_int(4300),
                                                      Value::small_int(kStrDigitsThreshold)})));

  // The numeric hash is CPython's (vm/types/float.cpp, int.cpp); str and bytes hashes
  // are FNV-1a based and not randomised, hence algorithm, seed_bits and cutoff.
  Type* hash_info_type = make_struct_seq_type(
      vm, "sys", "hash_info", {"width", "modulus", "inf", "nan", "imag", "algorithm", "hash_bits", "seed_bits", "cutoff"});
  set("hash_info", Value::from_object(make_struct_seq(
                       vm, hash_info_type,
                       {Value::small_int(64), make_int(vm, (int64_t{1} << 61) - 1), Value::small_int(314159),
                        Value::small_int(0), Value::small_int(1000003), str_value(vm, "fnv"), Value::small_int(64),
                        Value::small_int(0), Value::small_int(0)})));

  Type* flags_type = make_struct_seq_type(
      vm, "sys", "flags",
      {"debug", "inspect", "interactive", "optimize", "dont_write_bytecode", "no_user_site", "no_site",
       "ignore_environment", "verbose", "bytes_warning", "quiet", "hash_randomization", "isolated", "dev_mode",
       "utf8_mode", "warn_default_encoding", "safe_path", "int_max_str_digits"});
  Value zero = Value::small_int(0);
  set("flags", Value::from_object(make_struct_seq(vm, flags_type,
                                                  {zero, zero, zero, zero, zero, zero, zero, zero, zero, zero, zero,
                                                   zero, zero, Value::boolean(false), zero, zero,
                                                   Value::boolean(false), Value::small_int(-1)})));

  Type* stream_type = make_builtin_type(vm, "TextIOWrapper", vm.types.object, ObjectKind::Instance);
  stream_type->module = intern(vm, "_io");
  stream_type->slots.repr = stream_repr;
  stream_type->slots.iter = stream_iter;
  stream_type->slots.next = stream_next;
  stream_type->slots.construct = nullptr;
  add_methods(vm, stream_type, kStreamMethods);
  Value in = make_stream(vm, stream_type, kStdin);
  Value out = make_stream(vm, stream_type, kStdout);
  Value err = make_stream(vm, stream_type, kStderr);
  set("stdin", in);
  set("stdout", out);
  set("stderr", err);
  set("__stdin__", in);
  set("__stdout__", out);
  set("__stderr__", err);
  return m;
}

}  // namespace edge::vm
