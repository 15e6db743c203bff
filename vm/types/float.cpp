// float: arithmetic with CPython's semantics (floor division and modulo take the sign
// of the divisor; division by zero raises), exact comparison with ints, the numeric
// hash shared with int, conversions and formatting.
#include "vm/types/float.h"

#include <cmath>
#include <cstring>

#include "vm/args.h"
#include "vm/bigint.h"
#include "vm/float_format.h"
#include "vm/format_spec.h"
#include "vm/ops.h"
#include "vm/types/bytes.h"
#include "vm/types/dict.h"
#include "vm/types/function.h"
#include "vm/types/int.h"
#include "vm/types/str.h"
#include "vm/types/tuple.h"
#include "vm/types/type.h"
#include "vm/vm.h"

namespace edge::vm {

int64_t float_hash(double d) {
  // Python's numeric hash: the value of the rational number d modulo 2**61 - 1, so
  // that equal ints and floats hash equal (Python Library Reference, "Hashing of
  // numeric types").
  if (std::isinf(d)) return d > 0 ? 314159 : -314159;
  if (std::isnan(d)) return 0;  // CPython hashes NaN by identity; all our NaNs are one value
  constexpr uint64_t kModulus = (uint64_t{1} << 61) - 1;
  int exponent;
  double m = std::frexp(d, &exponent);
  int sign = 1;
  if (m < 0) {
    sign = -1;
    m = -m;
  }
  uint64_t x = 0;
  while (m != 0.0) {
    // Take 28 bits of mantissa at a time.
    x = ((x << 28) & kModulus) | (x >> (61 - 28));
    m *= 268435456.0;
    exponent -= 28;
    uint64_t y = static_cast<uint64_t>(m);
    m -= static_cast<double>(y);
    x += y;
    if (x >= kModulus) x -= kModulus;
  }
  exponent = exponent >= 0 ? exponent % 61 : 61 - 1 - ((-1 - exponent) % 61);
  x = ((x << exponent) & kModulus) | (x >> (61 - exponent));
  int64_t h = static_cast<int64_t>(x) * sign;
  return h == -1 ? -2 : h;
}

Fallible<bool> to_double_operand(VM& vm, Value v, double& out) {
  if (v.is_float()) {
    out = v.as_float();
    return true;
  }
  if (is_int(v)) {
    out = EDGE_TRY(int_to_double(vm, v));
    return true;
  }
  return false;
}

void float_divmod(double a, double b, double& div, double& mod) {
  mod = std::fmod(a, b);
  div = (a - mod) / b;
  if (mod != 0.0) {
    if ((b < 0) != (mod < 0)) {
      mod += b;
      div -= 1.0;
    }
  } else {
    mod = std::copysign(0.0, b);
  }
  if (div != 0.0) {
    double floor_div = std::floor(div);
    if (div - floor_div > 0.5) floor_div += 1.0;
    div = floor_div;
  } else {
    div = std::copysign(0.0, a / b);
  }
}

Result float_binary(VM& vm, BinaryOp op, Value a, Value b) {
  double x, y;
  if (!EDGE_TRY(to_double_operand(vm, a, x)) || !EDGE_TRY(to_double_operand(vm, b, y))) {
    return Value::from_object(vm.not_implemented);
  }
  switch (op) {
    case BinaryOp::Add: return Value::from_float(x + y);
    case BinaryOp::Sub: return Value::from_float(x - y);
    case BinaryOp::Mul: return Value::from_float(x * y);
    case BinaryOp::TrueDiv:
      if (y == 0.0) return vm.raise(vm.exc.ZeroDivisionError, "float division by zero");
      return Value::from_float(x / y);
    case BinaryOp::FloorDiv: {
      if (y == 0.0) return vm.raise(vm.exc.ZeroDivisionError, "float floor division by zero");
      double div, mod;
      float_divmod(x, y, div, mod);
      return Value::from_float(div);
    }
    case BinaryOp::Mod: {
      if (y == 0.0) return vm.raise(vm.exc.ZeroDivisionError, "float modulo");
      double div, mod;
      float_divmod(x, y, div, mod);
      return Value::from_float(mod);
    }
    case BinaryOp::Pow: {
      if (x == 0.0 && y < 0.0) return vm.raise(vm.exc.ZeroDivisionError, "0.0 cannot be raised to a negative power");
      if (x < 0.0 && y != std::floor(y) && std::isfinite(y)) {
        return vm.raise(vm.exc.ValueError, "complex numbers are not supported (negative number raised to a fractional power)");
      }
      double r = std::pow(x, y);
      if (std::isinf(r) && std::isfinite(x) && std::isfinite(y)) {
        return vm.raise(vm.exc.OverflowError, "(34, 'Numerical result out of range')");
      }
      return Value::from_float(r);
    }
    default:
      return Value::from_object(vm.not_implemented);
  }
}

Result float_from_value(VM& vm, Value v) {
  if (v.is_float()) return v;
  if (is_int(v)) {
    double d = EDGE_TRY(int_to_double(vm, v));
    return Value::from_float(d);
  }
  std::string_view text;
  if (is_str(v)) {
    text = as_str(v)->view();
  } else if (is_bytes(v)) {
    text = as_bytes(v)->view();
  } else {
    Type* t = type_of(vm, v);
    if (t->slots.to_float != nullptr) return t->slots.to_float(vm, v);
    if (t->slots.index != nullptr) {
      Value i = EDGE_TRY(index_value(vm, v));
      return float_from_value(vm, i);
    }
    return vm.raise_fmt(vm.exc.TypeError, "float() argument must be a string or a real number, not '{}'",
                        type_name_of(t));
  }
  double d;
  if (!parse_float(text, d)) {
    std::string shown = is_str(v) ? str_repr(text) : bytes_repr(text);
    return vm.raise_fmt(vm.exc.ValueError, "could not convert string to float: {}", shown);
  }
  return Value::from_float(d);
}

namespace {

Result float_repr_slot(VM& vm, Value self) {
  return Value::from_object(make_str_ascii(vm, float_repr(self.as_float())));
}

Fallible<int64_t> float_hash_slot(VM&, Value self) { return float_hash(self.as_float()); }

Result float_compare(VM& vm, Value a, Value b, CompareOp op) {
  double x = a.as_float();
  int c;
  if (b.is_float()) {
    double y = b.as_float();
    switch (op) {
      case CompareOp::Lt: return Value::boolean(x < y);
      case CompareOp::Le: return Value::boolean(x <= y);
      case CompareOp::Eq: return Value::boolean(x == y);
      case CompareOp::Ne: return Value::boolean(x != y);
      case CompareOp::Gt: return Value::boolean(x > y);
      case CompareOp::Ge: return Value::boolean(x >= y);
    }
  }
  if (!is_int(b)) return Value::from_object(vm.not_implemented);
  if (std::isnan(x)) return Value::boolean(op == CompareOp::Ne);
  c = -int_compare_double(b, x);
  switch (op) {
    case CompareOp::Lt: return Value::boolean(c < 0);
    case CompareOp::Le: return Value::boolean(c <= 0);
    case CompareOp::Eq: return Value::boolean(c == 0);
    case CompareOp::Ne: return Value::boolean(c != 0);
    case CompareOp::Gt: return Value::boolean(c > 0);
    case CompareOp::Ge: return Value::boolean(c >= 0);
  }
  return Value::boolean(false);
}

Fallible<bool> float_truthy(VM&, Value self) { return self.as_float() != 0.0; }

template <BinaryOp kOp> Result float_binary_slot(VM& vm, Value a, Value b) { return float_binary(vm, kOp, a, b); }

Result float_neg(VM&, Value self) { return Value::from_float(-self.as_float()); }
Result float_pos(VM&, Value self) { return self; }
Result float_to_float(VM&, Value self) { return self; }

Result float_format_slot(VM& vm, Value self, Str* spec) {
  if (spec->byte_length == 0) return float_repr_slot(vm, self);
  FormatSpec parsed;
  std::string error;
  if (!parse_format_spec(spec->view(), parsed, error, "float")) return vm.raise(vm.exc.ValueError, error);
  std::string out;
  if (!format_float(self.as_float(), parsed, out, error, "float")) {
    return vm.raise(format_error_kind(error) == FormatErrorKind::MemoryError ? vm.exc.MemoryError : vm.exc.ValueError,
                    error);
  }
  return Value::from_object(make_str(vm, out));
}

Result float_construct(VM& vm, Type*, CallArgs args) {
  EDGE_TRY(check_no_kwargs(vm, args, "float"));
  EDGE_TRY(check_arg_count(vm, args, "float", 0, 1));
  if (args.nargs == 0) return Value::from_float(0.0);
  return float_from_value(vm, args[0]);
}

Result float_is_integer(VM& vm, CallArgs args) {
  EDGE_TRY(check_arg_count(vm, args, "float.is_integer", 1, 1));
  double d = args[0].as_float();
  return Value::boolean(std::isfinite(d) && d == std::floor(d));
}

Result float_as_integer_ratio(VM& vm, CallArgs args) {
  EDGE_TRY(check_arg_count(vm, args, "float.as_integer_ratio", 1, 1));
  double d = args[0].as_float();
  if (std::isinf(d)) return vm.raise(vm.exc.OverflowError, "cannot convert Infinity to integer ratio");
  if (std::isnan(d)) return vm.raise(vm.exc.ValueError, "cannot convert NaN to integer ratio");
  int exponent;
  double m = std::frexp(d, &exponent);
  // Scale the mantissa to an integer.
  for (int i = 0; i < 300 && m != std::floor(m); ++i) {
    m *= 2.0;
    --exponent;
  }
  BigInt numerator = BigInt::from_double(m);
  BigInt denominator(1);
  if (exponent > 0) {
    numerator = numerator.shift_left(static_cast<uint64_t>(exponent));
  } else {
    denominator = denominator.shift_left(static_cast<uint64_t>(-exponent));
  }
  // Reduce by the common power of two.
  BigInt g = BigInt::gcd(numerator, denominator);
  if (!g.is_zero() && !(g == BigInt(1))) {
    numerator = BigInt::floor_div(numerator, g);
    denominator = BigInt::floor_div(denominator, g);
  }
  Value n = make_int(vm, std::move(numerator));
  TempRoot root(vm, n);
  Value dd = make_int(vm, std::move(denominator));
  return Value::from_object(make_tuple(vm, {n, dd}));
}

Result float_hex(VM& vm, CallArgs args) {
  EDGE_TRY(check_arg_count(vm, args, "float.hex", 1, 1));
  return Value::from_object(make_str_ascii(vm, float_to_hex(args[0].as_float())));
}

Result float_fromhex(VM& vm, CallArgs args) {
  EDGE_TRY(check_arg_count(vm, args, "float.fromhex", 2, 2));
  if (!is_str(args[1])) {
    return vm.raise_fmt(vm.exc.TypeError, "fromhex() argument must be str, not {}", type_name(vm, args[1]));
  }
  double out;
  std::string error;
  if (!float_from_hex(as_str(args[1])->view(), out, error)) {
    return vm.raise(error == kFromHexOverflowMessage ? vm.exc.OverflowError : vm.exc.ValueError, error);
  }
  return Value::from_float(out);
}

Result float_conjugate(VM& vm, CallArgs args) {
  EDGE_TRY(check_arg_count(vm, args, "float.conjugate", 1, 1));
  return args[0];
}

Result float_get_real(VM&, Value self) { return self; }
Result float_get_imag(VM&, Value) { return Value::from_float(0.0); }

// The numeric protocol methods CPython's float has (abs(), int(), math.trunc/floor/
// ceil, round() and divmod() reach the same results through their own paths).
Result float_dunder_abs(VM& vm, CallArgs args) {
  EDGE_TRY(check_arg_count(vm, args, "__abs__", 1, 1));
  return Value::from_float(std::fabs(args[0].as_float()));
}


// __int__ and __trunc__: int() truncates, with its errors for NaN and infinities.
Result float_dunder_trunc(VM& vm, CallArgs args) {
  EDGE_TRY(check_arg_count(vm, args, "__trunc__", 1, 1));
  return float_to_int(vm, args[0].as_float());
}

template <bool kCeil> Result float_dunder_floor_ceil(VM& vm, CallArgs args) {
  EDGE_TRY(check_arg_count(vm, args, kCeil ? "__ceil__" : "__floor__", 1, 1));
  double d = args[0].as_float();
  return float_to_int(vm, kCeil ? std::ceil(d) : std::floor(d));
}

Result float_dunder_round(VM& vm, CallArgs args) {
  EDGE_TRY(check_arg_count(vm, args, "__round__", 1, 2));
  return call(vm, dict_get_str(vm.builtins, intern(vm, "round")), CallArgs{args.args, args.nargs, nullptr});
}

template <bool kReflected> Result float_dunder_divmod(VM& vm, CallArgs args) {
  EDGE_TRY(check_arg_count(vm, args, kReflected ? "__rdivmod__" : "__divmod__", 2, 2));
  if (!args[1].is_float() && !is_int(args[1])) return Value::from_object(vm.not_implemented);
  Value divmod = dict_get_str(vm.builtins, intern(vm, "divmod"));
  return kReflected ? call2(vm, divmod, args[1], args[0]) : call2(vm, divmod, args[0], args[1]);
}

Result float_getnewargs(VM& vm, CallArgs args) {
  EDGE_TRY(check_arg_count(vm, args, "__getnewargs__", 1, 1));
  return Value::from_object(make_tuple(vm, {args[0]}));
}

// float.__getformat__: how doubles are stored (always IEEE 754, little-endian on every
// target this VM is built for: x86-64, arm64 and wasm).
Result float_getformat(VM& vm, CallArgs args) {
  EDGE_TRY(check_arg_count(vm, args, "__getformat__", 2, 2));
  if (!is_str(args[1])) {
    return vm.raise_fmt(vm.exc.TypeError, "__getformat__() argument must be str, not {}", type_name(vm, args[1]));
  }
  std::string_view kind = as_str(args[1])->view();
  if (kind != "double" && kind != "float") {
    return vm.raise(vm.exc.ValueError, "__getformat__() argument 1 must be 'double' or 'float'");
  }
  return Value::from_object(make_str(vm, "IEEE, little-endian"));
}

const NativeMethodDef kFloatMethods[] = {
    {"is_integer", float_is_integer},
    {"as_integer_ratio", float_as_integer_ratio},
    {"hex", float_hex},
    {"conjugate", float_conjugate},
    {"__abs__", float_dunder_abs},
    {"__int__", float_dunder_trunc},
    {"__trunc__", float_dunder_trunc},
    {"__floor__", float_dunder_floor_ceil<false>},
    {"__ceil__", float_dunder_floor_ceil<true>},
    {"__round__", float_dunder_round},
    {"__divmod__", float_dunder_divmod<false>},
    {"__rdivmod__", float_dunder_divmod<true>},
    {"__getnewargs__", float_getnewargs},
    {nullptr, nullptr},
};

const NativeMethodDef kFloatClassMethods[] = {
    {"fromhex", float_fromhex},
    {"__getformat__", float_getformat},
    {nullptr, nullptr},
};

}  // namespace

void install_float_type(VM& vm) {
  Type* t = vm.types.float_;
  t->slots.repr = float_repr_slot;
  t->slots.hash = float_hash_slot;
  t->slots.compare = float_compare;
  t->slots.truthy = float_truthy;
  t->slots.to_float = float_to_float;
  t->slots.format = float_format_slot;
  t->slots.construct = float_construct;
  t->slots.unary[static_cast<int>(UnaryOp::Neg)] = float_neg;
  t->slots.unary[static_cast<int>(UnaryOp::Pos)] = float_pos;
#define EDGE_FLOAT_OP(op) t->slots.binary[static_cast<int>(BinaryOp::op)] = float_binary_slot<BinaryOp::op>;
  EDGE_FLOAT_OP(Add)
  EDGE_FLOAT_OP(Sub)
  EDGE_FLOAT_OP(Mul)
  EDGE_FLOAT_OP(TrueDiv)
  EDGE_FLOAT_OP(FloorDiv)
  EDGE_FLOAT_OP(Mod)
  EDGE_FLOAT_OP(Pow)
#undef EDGE_FLOAT_OP
  add_methods(vm, t, kFloatMethods);
  add_class_methods(vm, t, kFloatClassMethods);
  add_getset(vm, t, "real", float_get_real);
  add_getset(vm, t, "imag", float_get_imag);
}

Result float_to_int(VM& vm, double d) {
  if (std::isnan(d)) return vm.raise(vm.exc.ValueError, "cannot convert float NaN to integer");
  if (std::isinf(d)) return vm.raise(vm.exc.OverflowError, "cannot convert float infinity to integer");
  if (std::fabs(d) < 1e15) return make_int(vm, static_cast<int64_t>(d));
  return make_int(vm, BigInt::from_double(std::trunc(d)));
}

}  // namespace edge::vm
