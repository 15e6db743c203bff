// The builtins module: the functions every program sees without importing anything,
// plus the built-in types and exceptions under their Python names. Error messages are
// CPython 3.11's.
#include "vm/builtins.h"

#include <cmath>

#include "scheduler/task.h"
#include "vm/args.h"
#include "vm/float_format.h"
#include "vm/frame.h"
#include "vm/ops.h"
#include "vm/types/dict.h"
#include "vm/types/exception.h"
#include "vm/types/float.h"
#include "vm/types/function.h"
#include "vm/types/int.h"
#include "vm/types/list.h"
#include "vm/types/misc.h"
#include "vm/types/module.h"
#include "vm/types/str.h"
#include "vm/types/tuple.h"
#include "vm/types/type.h"
#include "vm/vm.h"

namespace edge::vm {
namespace {

// --- output and input ------------------------------------------------------------------------------

Result builtin_print(VM& vm, CallArgs args) {
  Value sep = Value::none(), end = Value::none(), file = Value::none(), flush = Value::none();
  for (uint32_t k = 0; k < args.nkw(); ++k) {
    std::string_view key = as_str(args.kwnames->item(k))->view();
    Value v = args.args[args.nargs + k];
    if (key == "sep") {
      sep = v;
    } else if (key == "end") {
      end = v;
    } else if (key == "file") {
      file = v;
    } else if (key == "flush") {
      flush = v;
    } else {
      return vm.raise_fmt(vm.exc.TypeError, "'{}' is an invalid keyword argument for print()", key);
    }
  }
  if (!sep.is_none() && !is_str(sep)) {
    return vm.raise_fmt(vm.exc.TypeError, "sep must be None or a string, not {}", type_name(vm, sep));
  }
  if (!end.is_none() && !is_str(end)) {
    return vm.raise_fmt(vm.exc.TypeError, "end must be None or a string, not {}", type_name(vm, end));
  }
  std::string_view sep_text = sep.is_none() ? std::string_view(" ") : as_str(sep)->view();
  std::string_view end_text = end.is_none() ? std::string_view("\n") : as_str(end)->view();
  std::string out;
  for (uint32_t i = 0; i < args.nargs; ++i) {
    if (i) out += sep_text;
    Value s = EDGE_TRY(str(vm, args[i]));
    out += as_str(s)->view();
  }
  out += end_text;
  if (!file.is_none()) {
    Value text = Value::from_object(make_str(vm, out));
    TempRoot root(vm, text);
    EDGE_TRY(call_method(vm, file, intern(vm, "write"), CallArgs{&text, 1, nullptr}));
    return Value::none();
  }
  if (vm.config.write_stdout) vm.config.write_stdout(out);
  return Value::none();
}

Result builtin_input(VM& vm, CallArgs args) {
  EDGE_TRY(check_arg_count(vm, args, "input", 0, 1));
  if (args.nargs == 1) {
    Value s = EDGE_TRY(str(vm, args[0]));
    if (vm.config.write_stdout) vm.config.write_stdout(as_str(s)->view());
  }
  std::string line;
  if (!vm.config.read_line || !vm.config.read_line(line)) return vm.raise(vm.exc.EOFError, "EOF when reading a line");
  if (!line.empty() && line.back() == '\n') line.pop_back();
  return Value::from_object(make_str(vm, line));
}

// --- numbers ------------------------------------------------------------------------------------------

Result builtin_abs(VM& vm, CallArgs args) {
  EDGE_TRY(check_arg_count(vm, args, "abs", 1, 1));
  Value x = args[0];
  if (x.is_float()) return Value::from_float(std::fabs(x.as_float()));
  if (is_int(x)) return int_sign(x) < 0 ? unary_op(vm, UnaryOp::Neg, x) : unary_op(vm, UnaryOp::Pos, x);
  Value method = type_lookup(type_of(vm, x), intern(vm, "__abs__"));
  if (method.is_null()) return vm.raise_fmt(vm.exc.TypeError, "bad operand type for abs(): '{}'", type_name(vm, x));
  return call_method(vm, x, intern(vm, "__abs__"), CallArgs{});
}

Result builtin_divmod(VM& vm, CallArgs args) {
  EDGE_TRY(check_no_kwargs(vm, args, "divmod"));
  if (args.nargs != 2) return vm.raise_fmt(vm.exc.TypeError, "divmod expected 2 arguments, got {}", args.nargs);
  Value a = args[0], b = args[1];
  if (is_int(a) && is_int(b)) return int_divmod(vm, a, b);
  double x, y;
  if (EDGE_TRY(to_double_operand(vm, a, x)) && EDGE_TRY(to_double_operand(vm, b, y))) {
    if (y == 0.0) return vm.raise(vm.exc.ZeroDivisionError, "float divmod()");
    double div, mod;
    float_divmod(x, y, div, mod);
    return Value::from_object(make_tuple(vm, {Value::from_float(div), Value::from_float(mod)}));
  }
  // Other operands go through __divmod__ / __rdivmod__ like any binary operator: a
  // NotImplemented answer (or a missing method) hands the call to the other side.
  Value roots[2] = {a, b};
  TempRoot root_a(vm, roots[0]), root_b(vm, roots[1]);
  Str* fwd = intern(vm, "__divmod__");
  Str* rev = intern(vm, "__rdivmod__");
  Type* ta = type_of(vm, a);
  Type* tb = type_of(vm, b);
  if (!type_lookup(ta, fwd).is_null()) {
    Value r = EDGE_TRY(call_method(vm, a, fwd, CallArgs{&roots[1], 1, nullptr}));
    if (!(r.is_object() && r.as_object() == vm.not_implemented)) return r;
  }
  if (tb != ta && !type_lookup(tb, rev).is_null()) {
    Value r = EDGE_TRY(call_method(vm, b, rev, CallArgs{&roots[0], 1, nullptr}));
    if (!(r.is_object() && r.as_object() == vm.not_implemented)) return r;
  }
  return vm.raise_fmt(vm.exc.TypeError, "unsupported operand type(s) for divmod(): '{}' and '{}'", type_name(vm, a),
                      type_name(vm, b));
}

Result builtin_pow(VM& vm, CallArgs args) {
  static const Signature kSig("pow(base, exp, mod=)");
  Value a[3];
  EDGE_TRY(parse_args(vm, args, kSig, a));
  if (a[2].is_null() || a[2].is_none()) return binary_op(vm, BinaryOp::Pow, a[0], a[1]);
  if (is_int(a[0]) && is_int(a[1]) && is_int(a[2])) return int_pow_mod(vm, a[0], a[1], a[2]);
  // CPython's ternary power: float's slot refuses a modulus with its own message; a
  // user type's __pow__(exp, mod) is asked only when it is the base; otherwise no
  // type accepts the three operands.
  if (a[0].is_float() || a[1].is_float() || a[2].is_float()) {
    return vm.raise(vm.exc.TypeError, "pow() 3rd argument not allowed unless all arguments are integers");
  }
  if (!is_int(a[0])) {
    Str* name = intern(vm, "__pow__");
    if (!type_lookup(type_of(vm, a[0]), name).is_null()) {
      Value r = EDGE_TRY(call_method(vm, a[0], name, CallArgs{&a[1], 2, nullptr}));
      if (!(r.is_object() && r.as_object() == vm.not_implemented)) return r;
    }
  }
  return vm.raise_fmt(vm.exc.TypeError, "unsupported operand type(s) for ** or pow(): '{}', '{}', '{}'",
                      type_name(vm, a[0]), type_name(vm, a[1]), type_name(vm, a[2]));
}

Result builtin_round(VM& vm, CallArgs args) {
  static const Signature kSig("round(number, ndigits=)");
  Value a[2];
  EDGE_TRY(parse_args(vm, args, kSig, a));
  Value x = a[0];
  bool no_digits = a[1].is_null() || a[1].is_none();
  if (x.is_float()) {
    double d = x.as_float();
    if (no_digits) {
      if (std::isnan(d)) return vm.raise(vm.exc.ValueError, "cannot convert float NaN to integer");
      if (std::isinf(d)) return vm.raise(vm.exc.OverflowError, "cannot convert float infinity to integer");
      double r = round_half_even(d);
      return call1(vm, Value::from_object(vm.types.int_), Value::from_float(r));
    }
    int64_t n = EDGE_TRY(index_int64(vm, a[1]));
    bool overflow = false;
    double r = round_to_ndigits(d, n, overflow);
    if (overflow) return vm.raise(vm.exc.OverflowError, "rounded value too large to represent");
    return Value::from_float(r);
  }
  if (is_int(x)) {
    if (no_digits) return unary_op(vm, UnaryOp::Pos, x);
    int64_t n = EDGE_TRY(index_int64(vm, a[1]));
    if (n >= 0) return unary_op(vm, UnaryOp::Pos, x);
    // Round to a multiple of 10**-n, halves to even.
    if (n < -5000) return Value::small_int(0);
    Value p = EDGE_TRY(int_binary(vm, BinaryOp::Pow, Value::small_int(10), make_int(vm, -n)));
    TempRoot root(vm, p);
    Value pair = EDGE_TRY(int_divmod(vm, x, p));
    Value q = as_tuple(pair)->item(0), r = as_tuple(pair)->item(1);
    TempRoot pair_root(vm, pair);
    Value twice = EDGE_TRY(int_binary(vm, BinaryOp::Mul, r, Value::small_int(2)));
    int c = int_compare(twice, p);
    bool q_odd = (int_to_bigint(q).is_odd());
    if (c > 0 || (c == 0 && q_odd)) q = EDGE_TRY(int_binary(vm, BinaryOp::Add, q, Value::small_int(1)));
    return int_binary(vm, BinaryOp::Mul, q, p);
  }
  Value method = type_lookup(type_of(vm, x), intern(vm, "__round__"));
  if (method.is_null()) {
    return vm.raise_fmt(vm.exc.TypeError, "type {} doesn't define __round__ method", type_name(vm, x));
  }
  if (no_digits) return call_method(vm, x, intern(vm, "__round__"), CallArgs{});
  return call_method(vm, x, intern(vm, "__round__"), CallArgs{&a[1], 1, nullptr});
}

Result int_text(VM& vm, Value x, int base, const char* prefix) {
  Value i = EDGE_TRY(index_value(vm, x));
  std::string digits = int_to_string(i, base);
  if (!digits.empty() && digits[0] == '-') return Value::from_object(make_str_ascii(vm, "-" + std::string(prefix) + digits.substr(1)));
  return Value::from_object(make_str_ascii(vm, prefix + digits));
}

Result builtin_hex(VM& vm, CallArgs args) {
  EDGE_TRY(check_arg_count(vm, args, "hex", 1, 1));
  return int_text(vm, args[0], 16, "0x");
}
Result builtin_oct(VM& vm, CallArgs args) {
  EDGE_TRY(check_arg_count(vm, args, "oct", 1, 1));
  return int_text(vm, args[0], 8, "0o");
}
Result builtin_bin(VM& vm, CallArgs args) {
  EDGE_TRY(check_arg_count(vm, args, "bin", 1, 1));
  return int_text(vm, args[0], 2, "0b");
}

Result builtin_chr(VM& vm, CallArgs args) {
  EDGE_TRY(check_arg_count(vm, args, "chr", 1, 1));
  if (!is_int(args[0]) && type_of(vm, args[0])->slots.index == nullptr) {
    return vm.raise_fmt(vm.exc.TypeError, "'{}' object cannot be interpreted as an integer", type_name(vm, args[0]));
  }
  Value i = EDGE_TRY(index_value(vm, args[0]));
  int64_t c;
  if (!int_fits_int64(i, c)) return vm.raise(vm.exc.OverflowError, "Python int too large to convert to C int");
  if (c < 0 || c > 0x10FFFF) return vm.raise(vm.exc.ValueError, "chr() arg not in range(0x110000)");
  return Value::from_object(make_str_from_code_point(vm, static_cast<uint32_t>(c)));
}

Result builtin_ord(VM& vm, CallArgs args) {
  EDGE_TRY(check_arg_count(vm, args, "ord", 1, 1));
  Value c = args[0];
  if (is_str(c)) {
    Str* s = as_str(c);
    if (s->char_length != 1) {
      return vm.raise_fmt(vm.exc.TypeError, "ord() expected a character, but string of length {} found", s->char_length);
    }
    return make_int(vm, str_char_at(s, 0));
  }
  if (is_kind(c, ObjectKind::Bytes) || is_kind(c, ObjectKind::ByteArray)) {
    int64_t n = EDGE_TRY(length(vm, c));
    if (n != 1) {
      return vm.raise_fmt(vm.exc.TypeError, "ord() expected a character, but string of length {} found", n);
    }
    return getitem(vm, c, Value::small_int(0));
  }
  return vm.raise_fmt(vm.exc.TypeError, "ord() expected string of length 1, but {} found", type_name(vm, c));
}

// --- reductions ---------------------------------------------------------------------------------------

Result builtin_sum(VM& vm, CallArgs args) {
  static const Signature kSig("sum(iterable, /, start=)");
  Value a[2];
  EDGE_TRY(parse_args(vm, args, kSig, a));
  Value total = a[1].is_null() ? Value::small_int(0) : a[1];
  if (is_str(total)) return vm.raise(vm.exc.TypeError, "sum() can't sum strings [use ''.join(seq) instead]");
  if (is_kind(total, ObjectKind::Bytes)) return vm.raise(vm.exc.TypeError, "sum() can't sum bytes [use b''.join(seq) instead]");
  if (is_kind(total, ObjectKind::ByteArray)) {
    return vm.raise(vm.exc.TypeError, "sum() can't sum bytearray [use b''.join(seq) instead]");
  }
  Value it = EDGE_TRY(get_iter(vm, a[0]));
  TempRoot root(vm, it);
  TempRoot total_root(vm, total);
  for (;;) {
    Value x = EDGE_TRY(iter_next(vm, it));
    if (x.is_null()) return total;
    if (total.is_small_int() && x.is_small_int()) {
      int64_t z = total.as_small_int() + x.as_small_int();
      if (Value::fits_small_int(z)) {
        total = Value::small_int(z);
        total_root.set(total);
        continue;
      }
    }
    if (total.is_float() && x.is_float()) {
      total = Value::from_float(total.as_float() + x.as_float());
      continue;
    }
    total = EDGE_TRY(binary_op(vm, BinaryOp::Add, total, x));
    total_root.set(total);
  }
}

Result min_max(VM& vm, CallArgs args, bool is_max) {
  const char* name = is_max ? "max" : "min";
  // The positional count is checked before the keywords, as CPython does.
  if (args.nargs == 0) return vm.raise_fmt(vm.exc.TypeError, "{} expected at least 1 argument, got 0", name);
  Value key = Value::null(), dflt = Value::null();
  for (uint32_t k = 0; k < args.nkw(); ++k) {
    std::string_view kw = as_str(args.kwnames->item(k))->view();
    if (kw == "key") {
      key = args.args[args.nargs + k];
    } else if (kw == "default") {
      dflt = args.args[args.nargs + k];
    } else {
      return vm.raise_fmt(vm.exc.TypeError, "'{}' is an invalid keyword argument for {}()", kw, name);
    }
  }
  if (key.is_none()) key = Value::null();
  if (args.nargs == 0) return vm.raise_fmt(vm.exc.TypeError, "{} expected at least 1 argument, got 0", name);
  Value source;
  if (args.nargs == 1) {
    source = args[0];
  } else {
    if (!dflt.is_null()) {
      return vm.raise_fmt(vm.exc.TypeError, "Cannot specify a default for {}() with multiple positional arguments",
                          name);
    }
    source = Value::from_object(make_tuple(vm, args.args, args.nargs));
  }
  TempRoot source_root(vm, source);
  Value it = EDGE_TRY(get_iter(vm, source));
  TempRoot root(vm, it);
  Value best = Value::null(), best_key = Value::null();
  TempRoot best_root(vm, best), best_key_root(vm, best_key);
  for (;;) {
    Value x = EDGE_TRY(iter_next(vm, it));
    if (x.is_null()) break;
    TempRoot x_root(vm, x);
    Value k = key.is_null() ? x : EDGE_TRY(call1(vm, key, x));
    if (best.is_null()) {
      best = x;
      best_key = k;
    } else {
      bool better = EDGE_TRY(compare_bool(vm, k, best_key, is_max ? CompareOp::Gt : CompareOp::Lt));
      if (better) {
        best = x;
        best_key = k;
      }
    }
    best_root.set(best);
    best_key_root.set(best_key);
  }
  if (best.is_null()) {
    if (!dflt.is_null()) return dflt;
    return vm.raise_fmt(vm.exc.ValueError, "{}() arg is an empty sequence", name);
  }
  return best;
}

Result builtin_min(VM& vm, CallArgs args) { return min_max(vm, args, false); }
Result builtin_max(VM& vm, CallArgs args) { return min_max(vm, args, true); }

Result any_all(VM& vm, CallArgs args, bool want) {
  EDGE_TRY(check_arg_count(vm, args, want ? "any" : "all", 1, 1));
  Value it = EDGE_TRY(get_iter(vm, args[0]));
  TempRoot root(vm, it);
  for (;;) {
    Value x = EDGE_TRY(iter_next(vm, it));
    if (x.is_null()) return Value::boolean(!want);
    if (EDGE_TRY(truthy(vm, x)) == want) return Value::boolean(want);
  }
}

Result builtin_any(VM& vm, CallArgs args) { return any_all(vm, args, true); }
Result builtin_all(VM& vm, CallArgs args) { return any_all(vm, args, false); }

Result builtin_sorted(VM& vm, CallArgs args) {
  if (args.nargs != 1) {
    return vm.raise_fmt(vm.exc.TypeError, "sorted expected 1 argument, got {}", args.nargs);
  }
  Value key = Value::null(), reverse = Value::null();
  for (uint32_t k = 0; k < args.nkw(); ++k) {
    std::string_view kw = as_str(args.kwnames->item(k))->view();
    if (kw == "key") {
      key = args.args[args.nargs + k];
    } else if (kw == "reverse") {
      reverse = args.args[args.nargs + k];
    } else {
      return vm.raise_fmt(vm.exc.TypeError, "'{}' is an invalid keyword argument for sort()", kw);
    }
  }
  List* l = make_list(vm);
  TempRoot root(vm, Value::from_object(l));
  EDGE_TRY(list_extend_rpy(vm, l, args[0]));
  bool rev = false;
  if (!reverse.is_null()) EDGE_TRY(parse_sort_reverse(vm, reverse, rev));
  EDGE_TRY(list_sort_rpy(vm, l, key, rev));
  return Value::from_object(l);
}

Result builtin_len(VM& vm, CallArgs args) {
  EDGE_TRY(check_arg_count(vm, args, "len", 1, 1));
  int64_t n = EDGE_TRY(length(vm, args[0]));
  return make_int(vm, n);
}

// --- identity and introspection -------------------------------------------------------------------------

Result builtin_hash(VM& vm, CallArgs args) {
  EDGE_TRY(check_arg_count(vm, args, "hash", 1, 1));
  int64_t h = EDGE_TRY(hash(vm, args[0]));
  return make_int(vm, h);
}

Result builtin_id(VM& vm, CallArgs args) {
  EDGE_TRY(check_arg_count(vm, args, "id", 1, 1));
  Value v = args[0];
  uint64_t bits = v.is_object() ? reinterpret_cast<uintptr_t>(v.as_object()) : v.identity_bits();
  return make_int(vm, BigInt::from_uint64(bits));
}

Result builtin_repr(VM& vm, CallArgs args) {
  EDGE_TRY(check_arg_count(vm, args, "repr", 1, 1));
  return repr(vm, args[0]);
}

Result builtin_ascii(VM& vm, CallArgs args) {
  EDGE_TRY(check_arg_count(vm, args, "ascii", 1, 1));
  return ascii(vm, args[0]);
}

Result builtin_format(VM& vm, CallArgs args) {
  static const Signature kSig("format(value, format_spec=, /)");
  Value a[2];
  EDGE_TRY(parse_args(vm, args, kSig, a));
  if (a[1].is_null()) return format(vm, a[0], vm.names.empty);
  if (!is_str(a[1])) {
    return vm.raise_fmt(vm.exc.TypeError, "format() argument 2 must be str, not {}", type_name(vm, a[1]));
  }
  return format(vm, a[0], as_str(a[1]));
}

Result builtin_callable(VM& vm, CallArgs args) {
  EDGE_TRY(check_arg_count(vm, args, "callable", 1, 1));
  return Value::boolean(is_callable(vm, args[0]));
}

// A class whose metaclass is a user class may answer isinstance()/issubclass() itself
// through the metaclass's __instancecheck__ / __subclasscheck__ (PEP 3119). Returns
// the hook's verdict in `out`, or false when there is no hook to ask.
Fallible<bool> ask_metaclass_hook_rpy(VM& vm, Value cls, const char* hook, Value arg, bool& out) {
  Type* meta = type_of(vm, cls);
  if (meta == vm.types.type) return false;
  Str* name = intern(vm, hook);
  if (type_lookup(meta, name).is_null()) return false;
  Value r = EDGE_TRY(call_method(vm, cls, name, CallArgs{&arg, 1, nullptr}));
  out = EDGE_TRY(truthy(vm, r));
  return true;
}

Fallible<bool> isinstance_hooked_rpy(VM& vm, Value v, Value spec) {
  if (is_type(spec)) {
    // CPython answers an exact type match without consulting the hook.
    if (type_of(vm, v) == as_type(spec)) return true;
    bool verdict = false;
    if (EDGE_TRY(ask_metaclass_hook_rpy(vm, spec, "__instancecheck__", v, verdict))) return verdict;
    return isinstance(vm, v, as_type(spec));
  }
  if (is_tuple(spec)) {
    Tuple* t = as_tuple(spec);
    for (uint32_t i = 0; i < t->length; ++i) {
      if (EDGE_TRY(isinstance_hooked_rpy(vm, v, t->item(i)))) return true;
    }
    return false;
  }
  return isinstance_spec(vm, v, spec, "isinstance");
}

Result builtin_isinstance(VM& vm, CallArgs args) {
  EDGE_TRY(check_no_kwargs(vm, args, "isinstance"));
  if (args.nargs != 2) return vm.raise_fmt(vm.exc.TypeError, "isinstance expected 2 arguments, got {}", args.nargs);
  bool r = EDGE_TRY(isinstance_hooked_rpy(vm, args[0], args[1]));
  return Value::boolean(r);
}

Fallible<bool> issubclass_spec(VM& vm, Type* cls, Value spec) {
  if (is_type(spec)) {
    bool verdict = false;
    if (EDGE_TRY(ask_metaclass_hook_rpy(vm, spec, "__subclasscheck__", Value::from_object(cls), verdict))) return verdict;
    return is_subtype(cls, as_type(spec));
  }
  if (is_tuple(spec)) {
    Tuple* t = as_tuple(spec);
    for (uint32_t i = 0; i < t->length; ++i) {
      if (EDGE_TRY(issubclass_spec(vm, cls, t->item(i)))) return true;
    }
    return false;
  }
  return vm.raise(vm.exc.TypeError, "issubclass() arg 2 must be a class, a tuple of classes, or a union");
}

Result builtin_issubclass(VM& vm, CallArgs args) {
  EDGE_TRY(check_no_kwargs(vm, args, "issubclass"));
  if (args.nargs != 2) return vm.raise_fmt(vm.exc.TypeError, "issubclass expected 2 arguments, got {}", args.nargs);
  if (!is_type(args[0])) return vm.raise(vm.exc.TypeError, "issubclass() arg 1 must be a class");
  bool r = EDGE_TRY(issubclass_spec(vm, as_type(args[0]), args[1]));
  return Value::boolean(r);
}

Fallible<Str*> attribute_name(VM& vm, Value name) {
  if (!is_str(name)) {
    return vm.raise_fmt(vm.exc.TypeError, "attribute name must be string, not '{}'", type_name(vm, name));
  }
  return intern(vm, as_str(name)->view());
}

Result builtin_getattr(VM& vm, CallArgs args) {
  EDGE_TRY(check_no_kwargs(vm, args, "getattr"));
  if (args.nargs < 2 || args.nargs > 3) {
    return vm.raise_fmt(vm.exc.TypeError, "getattr expected {} arguments, got {}", args.nargs < 2 ? "at least 2" : "at most 3",
                        args.nargs);
  }
  Str* name = EDGE_TRY(attribute_name(vm, args[1]));
  if (args.nargs == 2) return getattr(vm, args[0], name);
  Result r = getattr_opt(vm, args[0], name);
  if (r.failed()) {
    if (!vm.pending_is(vm.exc.AttributeError)) return Error{};
    (void)vm.take_pending_exception();
    return args[2];
  }
  return r.value().is_null() ? args[2] : r.value();
}

Result builtin_setattr(VM& vm, CallArgs args) {
  EDGE_TRY(check_arg_count(vm, args, "setattr", 3, 3));
  Str* name = EDGE_TRY(attribute_name(vm, args[1]));
  EDGE_TRY(setattr(vm, args[0], name, args[2]));
  return Value::none();
}

Result builtin_delattr(VM& vm, CallArgs args) {
  EDGE_TRY(check_arg_count(vm, args, "delattr", 2, 2));
  Str* name = EDGE_TRY(attribute_name(vm, args[1]));
  EDGE_TRY(delattr(vm, args[0], name));
  return Value::none();
}

Result builtin_hasattr(VM& vm, CallArgs args) {
  EDGE_TRY(check_arg_count(vm, args, "hasattr", 2, 2));
  Str* name = EDGE_TRY(attribute_name(vm, args[1]));
  Result r = getattr_opt(vm, args[0], name);
  if (r.failed()) {
    if (!vm.pending_is(vm.exc.AttributeError)) return Error{};
    (void)vm.take_pending_exception();
    return Value::boolean(false);
  }
  return Value::boolean(!r.value().is_null());
}

// --- iteration --------------------------------------------------------------------------------------------

Result builtin_iter(VM& vm, CallArgs args) {
  EDGE_TRY(check_arg_count(vm, args, "iter", 1, 2));
  if (args.nargs == 1) return get_iter(vm, args[0]);
  if (!is_callable(vm, args[0])) return vm.raise(vm.exc.TypeError, "iter(v, w): v must be callable");
  return Value::from_object(make_iter_state(vm, vm.types.callable_iterator, args[0], args[1]));
}

Result builtin_next(VM& vm, CallArgs args) {
  EDGE_TRY(check_arg_count(vm, args, "next", 1, 2));
  Type* t = type_of(vm, args[0]);
  if (t->slots.next == nullptr) {
    return vm.raise_fmt(vm.exc.TypeError, "'{}' object is not an iterator", type_name_of(t));
  }
  Value v = EDGE_TRY(t->slots.next(vm, args[0]));
  if (!v.is_null()) return v;
  if (args.nargs == 2) {
    vm.generator_return_value = Value::null();
    return args[1];
  }
  // A generator's return value travels in StopIteration.value.
  Value ret = vm.generator_return_value;
  vm.generator_return_value = Value::null();
  if (!ret.is_null() && !ret.is_none()) {
    Value e = EDGE_TRY(call1(vm, Value::from_object(vm.exc.StopIteration), ret));
    return vm.raise_value(e);
  }
  return vm.raise_no_args(vm.exc.StopIteration);
}

// --- namespaces -------------------------------------------------------------------------------------------

const NativeMethodDef kBuiltinFunctions[] = {
    {"print", builtin_print},
    {"input", builtin_input},
    {"abs", builtin_abs},
    {"divmod", builtin_divmod},
    {"pow", builtin_pow},
    {"round", builtin_round},
    {"hex", builtin_hex},
    {"oct", builtin_oct},
    {"bin", builtin_bin},
    {"chr", builtin_chr},
    {"ord", builtin_ord},
    {"sum", builtin_sum},
    {"min", builtin_min},
    {"max", builtin_max},
    {"any", builtin_any},
    {"all", builtin_all},
    {"sorted", builtin_sorted},
    {"len", builtin_len},
    {"hash", builtin_hash},
    {"id", builtin_id},
    {"repr", builtin_repr},
    {"ascii", builtin_ascii},
    {"format", builtin_format},
    {"callable", builtin_callable},
    {"isinstance", builtin_isinstance},
    {"issubclass", builtin_issubclass},
    {"getattr", builtin_getattr},
    {"setattr", builtin_setattr},
    {"delattr", builtin_delattr},
    {"hasattr", builtin_hasattr},
    {"iter", builtin_iter},
    {"next", builtin_next},
    {nullptr, nullptr},
};

}  // namespace

void install_builtins(VM& vm) {
  Module* m = make_module(vm, intern(vm, "builtins"));
  vm.builtins_module = m;
  vm.builtins = m->dict;
  Dict* d = m->dict;
  for (const NativeMethodDef* def = kBuiltinFunctions; def->name != nullptr; ++def) {
    BuiltinFunction* f = make_builtin_function(vm, def);
    dict_set_str(vm, d, f->name, Value::from_object(f));
  }
  install_dynamic_builtins(vm, d);
  Type* named_types[] = {
      vm.types.object, vm.types.type, vm.types.int_, vm.types.bool_, vm.types.float_, vm.types.str,
      vm.types.bytes, vm.types.bytearray, vm.types.tuple, vm.types.list, vm.types.dict, vm.types.set,
      vm.types.frozenset, vm.types.range, vm.types.slice, vm.types.enumerate, vm.types.zip, vm.types.map,
      vm.types.filter, vm.types.reversed, vm.types.property, vm.types.staticmethod, vm.types.classmethod,
  };
  for (Type* t : named_types) dict_set_str(vm, d, t->name, Value::from_object(t));
#define EXCEPTION_TYPE(exc_name, parent) \
  dict_set_str(vm, d, vm.exc.exc_name->name, Value::from_object(vm.exc.exc_name));
#include "vm/types/exception_types.def"
#undef EXCEPTION_TYPE
  dict_set_str(vm, d, intern(vm, "IOError"), Value::from_object(vm.exc.OSError));
  dict_set_str(vm, d, intern(vm, "EnvironmentError"), Value::from_object(vm.exc.OSError));
  dict_set_str(vm, d, intern(vm, "Ellipsis"), Value::from_object(vm.ellipsis));
  dict_set_str(vm, d, intern(vm, "NotImplemented"), Value::from_object(vm.not_implemented));
  dict_set_str(vm, d, intern(vm, "__debug__"), Value::boolean(true));
  dict_set_str(vm, vm.modules, m->name, Value::from_object(m));
}

}  // namespace edge::vm
