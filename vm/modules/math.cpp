// The `math` module: every function and constant of CPython 3.11's math module.
//
// Semantics and messages are CPython's (https://docs.python.org/3.11/library/math.html):
// arguments convert like PyFloat_AsDouble (float, int with exact rounding, __float__,
// __index__), integer functions take anything with __index__, and results that leave the
// real line raise ValueError "math domain error" while finite inputs with infinite
// results raise OverflowError "math range error".
//
// Invariant: a float result is bit-identical to CPython's on the same libm. Where
// CPython calls the C library (sin, exp, log, erf, ...) so do we. Where it computes
// itself we reproduce its result by the same mathematics: gamma/lgamma use the same
// Lanczos approximation (vm/modules/math_gamma.cpp), hypot/dist return the correctly
// rounded norm (CPython's accurate algorithm rounds correctly in practice; ours is exact
// by construction, with big-int arithmetic), fsum is exactly rounded (Shewchuk's
// partials with a final half-even correction), and the integer functions are exact.
#include <cfloat>
#include <cmath>
#include <vector>

#include "vm/args.h"
#include "vm/modules/math_gamma.h"
#include "vm/modules/registry.h"
#include "vm/ops.h"
#include "vm/types/dict.h"
#include "vm/types/float.h"
#include "vm/types/function.h"
#include "vm/types/int.h"
#include "vm/types/module.h"
#include "vm/types/str.h"
#include "vm/types/tuple.h"
#include "vm/vm.h"

namespace edge::vm {
namespace {

constexpr double kPi = 3.141592653589793238462643383279502884;
constexpr double kE = 2.718281828459045235360287471352662498;
// degrees()/radians() multiply by these (rounded once, as CPython does).
constexpr double kRadiansToDegrees = 180.0 / kPi;
constexpr double kDegreesToRadians = kPi / 180.0;

// --- errors and argument checks ---------------------------------------------------------

Error domain_error(VM& vm) { return vm.raise(vm.exc.ValueError, "math domain error"); }
Error range_error(VM& vm) { return vm.raise(vm.exc.OverflowError, "math range error"); }

// A one-argument function (METH_O in CPython): "math.sqrt() takes exactly one argument".
Status check_one(VM& vm, CallArgs args, const char* name) {
  if (args.nkw() != 0) return vm.raise_fmt(vm.exc.TypeError, "math.{}() takes no keyword arguments", name);
  if (args.nargs != 1) {
    return vm.raise_fmt(vm.exc.TypeError, "math.{}() takes exactly one argument ({} given)", name, args.nargs);
  }
  return Status::ok();
}

// A positional-only function with `min`..`max` arguments: "atan2 expected 2 arguments".
Status check_count(VM& vm, CallArgs args, const char* name, uint32_t min, uint32_t max) {
  if (args.nkw() != 0) return vm.raise_fmt(vm.exc.TypeError, "math.{}() takes no keyword arguments", name);
  if (args.nargs >= min && args.nargs <= max) return Status::ok();
  if (min == max) return vm.raise_fmt(vm.exc.TypeError, "{} expected {} arguments, got {}", name, min, args.nargs);
  if (args.nargs < min) {
    return vm.raise_fmt(vm.exc.TypeError, "{} expected at least {} argument{}, got {}", name, min, min == 1 ? "" : "s",
                        args.nargs);
  }
  return vm.raise_fmt(vm.exc.TypeError, "{} expected at most {} argument{}, got {}", name, max, max == 1 ? "" : "s",
                      args.nargs);
}

Status check_no_keywords(VM& vm, CallArgs args, const char* name) {
  if (args.nkw() != 0) return vm.raise_fmt(vm.exc.TypeError, "math.{}() takes no keyword arguments", name);
  return Status::ok();
}

// --- conversions ------------------------------------------------------------------------

// PyFloat_AsDouble: a float, an int (OverflowError past DBL_MAX), __float__, __index__.
Fallible<double> to_double(VM& vm, Value v) {
  if (v.is_float()) return v.as_float();
  if (is_int(v)) return int_to_double(vm, v);
  Type* t = type_of(vm, v);
  if (t->slots.to_float != nullptr) {
    Value f = EDGE_TRY(t->slots.to_float(vm, v));
    if (!f.is_float()) {
      return vm.raise_fmt(vm.exc.TypeError, "{}.__float__ returned non-float (type {})", type_name(vm, v),
                          type_name(vm, f));
    }
    return f.as_float();
  }
  if (t->slots.index != nullptr) {
    Value i = EDGE_TRY(index_value(vm, v));
    return int_to_double(vm, i);
  }
  return vm.raise_fmt(vm.exc.TypeError, "must be real number, not {}", type_name(vm, v));
}


Value float_value(double d) { return Value::from_float(d); }

// --- functions of one float ---------------------------------------------------------------

// CPython's math_1: NaN from a non-NaN argument is a domain error; an infinite result
// from a finite argument is a range error for functions that can overflow (exp, cosh)
// and a domain error for the others (atanh(1), log1p(-1)).
Result apply_unary(VM& vm, CallArgs args, const char* name, double (*fn)(double), bool can_overflow) {
  EDGE_TRY(check_one(vm, args, name));
  double x = EDGE_TRY(to_double(vm, args[0]));
  double r = fn(x);
  if (std::isnan(r) && !std::isnan(x)) return domain_error(vm);
  if (std::isinf(r) && std::isfinite(x)) return can_overflow ? range_error(vm) : domain_error(vm);
  return float_value(r);
}

// Plain functions (std:: names are overloaded; these pin the double versions).
double c_acos(double x) { return std::acos(x); }
double c_acosh(double x) { return std::acosh(x); }
double c_asin(double x) { return std::asin(x); }
double c_asinh(double x) { return std::asinh(x); }
double c_atan(double x) { return std::atan(x); }
double c_atanh(double x) { return std::atanh(x); }
double c_cbrt(double x) { return std::cbrt(x); }
double c_cos(double x) { return std::cos(x); }
double c_cosh(double x) { return std::cosh(x); }
double c_erf(double x) { return std::erf(x); }
double c_erfc(double x) { return std::erfc(x); }
double c_exp(double x) { return std::exp(x); }
double c_exp2(double x) { return std::exp2(x); }
double c_expm1(double x) { return std::expm1(x); }
double c_fabs(double x) { return std::fabs(x); }
double c_log1p(double x) { return std::log1p(x); }
double c_sin(double x) { return std::sin(x); }
double c_sinh(double x) { return std::sinh(x); }
double c_sqrt(double x) { return std::sqrt(x); }
double c_tan(double x) { return std::tan(x); }
double c_tanh(double x) { return std::tanh(x); }

Result math_acos(VM& vm, CallArgs a) { return apply_unary(vm, a, "acos", c_acos, false); }
Result math_acosh(VM& vm, CallArgs a) { return apply_unary(vm, a, "acosh", c_acosh, false); }
Result math_asin(VM& vm, CallArgs a) { return apply_unary(vm, a, "asin", c_asin, false); }
Result math_asinh(VM& vm, CallArgs a) { return apply_unary(vm, a, "asinh", c_asinh, false); }
Result math_atan(VM& vm, CallArgs a) { return apply_unary(vm, a, "atan", c_atan, false); }
Result math_atanh(VM& vm, CallArgs a) { return apply_unary(vm, a, "atanh", c_atanh, false); }
Result math_cbrt(VM& vm, CallArgs a) { return apply_unary(vm, a, "cbrt", c_cbrt, false); }
Result math_cos(VM& vm, CallArgs a) { return apply_unary(vm, a, "cos", c_cos, false); }
Result math_cosh(VM& vm, CallArgs a) { return apply_unary(vm, a, "cosh", c_cosh, true); }
Result math_erf(VM& vm, CallArgs a) { return apply_unary(vm, a, "erf", c_erf, false); }
Result math_erfc(VM& vm, CallArgs a) { return apply_unary(vm, a, "erfc", c_erfc, false); }
Result math_exp(VM& vm, CallArgs a) { return apply_unary(vm, a, "exp", c_exp, true); }
Result math_exp2(VM& vm, CallArgs a) { return apply_unary(vm, a, "exp2", c_exp2, true); }
Result math_expm1(VM& vm, CallArgs a) { return apply_unary(vm, a, "expm1", c_expm1, true); }
Result math_fabs(VM& vm, CallArgs a) { return apply_unary(vm, a, "fabs", c_fabs, false); }
Result math_log1p(VM& vm, CallArgs a) { return apply_unary(vm, a, "log1p", c_log1p, false); }
Result math_sin(VM& vm, CallArgs a) { return apply_unary(vm, a, "sin", c_sin, false); }
Result math_sinh(VM& vm, CallArgs a) { return apply_unary(vm, a, "sinh", c_sinh, true); }
Result math_sqrt(VM& vm, CallArgs a) { return apply_unary(vm, a, "sqrt", c_sqrt, false); }
Result math_tan(VM& vm, CallArgs a) { return apply_unary(vm, a, "tan", c_tan, false); }
Result math_tanh(VM& vm, CallArgs a) { return apply_unary(vm, a, "tanh", c_tanh, false); }

Result gamma_result(VM& vm, GammaResult r) {
  switch (r.error) {
    case GammaError::None: return float_value(r.value);
    case GammaError::Domain: return domain_error(vm);
    case GammaError::Range: return range_error(vm);
  }
  return float_value(r.value);
}

Result math_gamma(VM& vm, CallArgs args) {
  EDGE_TRY(check_one(vm, args, "gamma"));
  double x = EDGE_TRY(to_double(vm, args[0]));
  return gamma_result(vm, lanczos_gamma(x));
}

Result math_lgamma(VM& vm, CallArgs args) {
  EDGE_TRY(check_one(vm, args, "lgamma"));
  double x = EDGE_TRY(to_double(vm, args[0]));
  return gamma_result(vm, lanczos_lgamma(x));
}

Result math_degrees(VM& vm, CallArgs args) {
  EDGE_TRY(check_one(vm, args, "degrees"));
  double x = EDGE_TRY(to_double(vm, args[0]));
  return float_value(x * kRadiansToDegrees);
}

Result math_radians(VM& vm, CallArgs args) {
  EDGE_TRY(check_one(vm, args, "radians"));
  double x = EDGE_TRY(to_double(vm, args[0]));
  return float_value(x * kDegreesToRadians);
}

Result math_isfinite(VM& vm, CallArgs args) {
  EDGE_TRY(check_one(vm, args, "isfinite"));
  double x = EDGE_TRY(to_double(vm, args[0]));
  return Value::boolean(std::isfinite(x));
}

Result math_isinf(VM& vm, CallArgs args) {
  EDGE_TRY(check_one(vm, args, "isinf"));
  double x = EDGE_TRY(to_double(vm, args[0]));
  return Value::boolean(std::isinf(x));
}

Result math_isnan(VM& vm, CallArgs args) {
  EDGE_TRY(check_one(vm, args, "isnan"));
  double x = EDGE_TRY(to_double(vm, args[0]));
  return Value::boolean(std::isnan(x));
}

// ulp(x): the gap from |x| to the next float away from zero (toward zero at DBL_MAX).
Result math_ulp(VM& vm, CallArgs args) {
  EDGE_TRY(check_one(vm, args, "ulp"));
  double x = EDGE_TRY(to_double(vm, args[0]));
  if (std::isnan(x) || std::isinf(x)) return float_value(std::fabs(x));
  x = std::fabs(x);
  double next = std::nextafter(x, INFINITY);
  if (std::isinf(next)) return float_value(x - std::nextafter(x, -INFINITY));
  return float_value(next - x);
}

Result math_frexp(VM& vm, CallArgs args) {
  EDGE_TRY(check_one(vm, args, "frexp"));
  double x = EDGE_TRY(to_double(vm, args[0]));
  int e = 0;
  double m = x;
  if (std::isfinite(x) && x != 0.0) m = std::frexp(x, &e);
  return Value::from_object(make_tuple(vm, {float_value(m), Value::small_int(e)}));
}

Result math_modf(VM& vm, CallArgs args) {
  EDGE_TRY(check_one(vm, args, "modf"));
  double x = EDGE_TRY(to_double(vm, args[0]));
  double whole, fraction;
  if (std::isinf(x)) {
    whole = x;
    fraction = std::copysign(0.0, x);
  } else if (std::isnan(x)) {
    whole = fraction = x;
  } else {
    fraction = std::modf(x, &whole);
  }
  return Value::from_object(make_tuple(vm, {float_value(fraction), float_value(whole)}));
}

// --- rounding to ints -----------------------------------------------------------------------

// floor/ceil: a float rounds directly; an int is itself; any other type's __floor__ /
// __ceil__ is used when it has one, else its float value is rounded.
Result round_to_int(VM& vm, CallArgs args, const char* name, const char* dunder, double (*fn)(double)) {
  EDGE_TRY(check_one(vm, args, name));
  Value x = args[0];
  if (x.is_float()) return float_to_int(vm, fn(x.as_float()));
  if (is_int(x) && type_of(vm, x) == vm.types.int_) return x;
  if (x.is_bool()) return Value::small_int(x.as_bool() ? 1 : 0);
  Str* method = intern(vm, dunder);
  if (!type_lookup(type_of(vm, x), method).is_null()) return call_method(vm, x, method, CallArgs{});
  double d = EDGE_TRY(to_double(vm, x));
  return float_to_int(vm, fn(d));
}

double c_floor(double x) { return std::floor(x); }
double c_ceil(double x) { return std::ceil(x); }
double c_trunc(double x) { return std::trunc(x); }

Result math_floor(VM& vm, CallArgs args) { return round_to_int(vm, args, "floor", "__floor__", c_floor); }
Result math_ceil(VM& vm, CallArgs args) { return round_to_int(vm, args, "ceil", "__ceil__", c_ceil); }

// trunc() has no float fallback: a type without __trunc__ is a TypeError.
Result math_trunc(VM& vm, CallArgs args) {
  EDGE_TRY(check_one(vm, args, "trunc"));
  Value x = args[0];
  if (x.is_float()) return float_to_int(vm, c_trunc(x.as_float()));
  if (is_int(x) && type_of(vm, x) == vm.types.int_) return x;
  if (x.is_bool()) return Value::small_int(x.as_bool() ? 1 : 0);
  Str* method = intern(vm, "__trunc__");
  if (type_lookup(type_of(vm, x), method).is_null()) {
    return vm.raise_fmt(vm.exc.TypeError, "type {} doesn't define __trunc__ method", type_name(vm, x));
  }
  return call_method(vm, x, method, CallArgs{});
}

// --- functions of two floats ------------------------------------------------------------

Result math_copysign(VM& vm, CallArgs args) {
  EDGE_TRY(check_count(vm, args, "copysign", 2, 2));
  double x = EDGE_TRY(to_double(vm, args[0]));
  double y = EDGE_TRY(to_double(vm, args[1]));
  return float_value(std::copysign(x, y));
}

Result math_atan2(VM& vm, CallArgs args) {
  EDGE_TRY(check_count(vm, args, "atan2", 2, 2));
  double y = EDGE_TRY(to_double(vm, args[0]));
  double x = EDGE_TRY(to_double(vm, args[1]));
  return float_value(std::atan2(y, x));
}

Result math_fmod(VM& vm, CallArgs args) {
  EDGE_TRY(check_count(vm, args, "fmod", 2, 2));
  double x = EDGE_TRY(to_double(vm, args[0]));
  double y = EDGE_TRY(to_double(vm, args[1]));
  // fmod(x, inf) is x for finite x (C leaves it to the platform).
  if (std::isinf(y) && std::isfinite(x)) return float_value(x);
  double r = std::fmod(x, y);
  if (std::isnan(r) && !std::isnan(x) && !std::isnan(y)) return domain_error(vm);
  return float_value(r);
}

// IEEE remainder: exact, so the C library's result is the only correct one.
Result math_remainder(VM& vm, CallArgs args) {
  EDGE_TRY(check_count(vm, args, "remainder", 2, 2));
  double x = EDGE_TRY(to_double(vm, args[0]));
  double y = EDGE_TRY(to_double(vm, args[1]));
  if (std::isnan(x) || std::isnan(y)) return float_value(std::isnan(x) ? x : y);
  if (std::isinf(x) || y == 0.0) return domain_error(vm);
  if (std::isinf(y)) return float_value(x);
  return float_value(std::remainder(x, y));
}

Result math_nextafter(VM& vm, CallArgs args) {
  EDGE_TRY(check_count(vm, args, "nextafter", 2, 2));
  double x = EDGE_TRY(to_double(vm, args[0]));
  double y = EDGE_TRY(to_double(vm, args[1]));
  return float_value(std::nextafter(x, y));
}

// math.pow: C99 Annex F for the special values (pow(nan, 0) == 1, pow(-inf, 3) ==
// -inf, ...), then the library's pow with NaN a domain error and an infinite result a
// domain error for 0 ** negative and a range error otherwise.
Result math_pow(VM& vm, CallArgs args) {
  EDGE_TRY(check_count(vm, args, "pow", 2, 2));
  double x = EDGE_TRY(to_double(vm, args[0]));
  double y = EDGE_TRY(to_double(vm, args[1]));
  if (!std::isfinite(x) || !std::isfinite(y)) {
    if (std::isnan(x)) return float_value(y == 0.0 ? 1.0 : x);
    if (std::isnan(y)) return float_value(x == 1.0 ? 1.0 : y);
    if (std::isinf(x)) {
      bool odd_y = std::isfinite(y) && std::fmod(std::fabs(y), 2.0) == 1.0;
      if (y > 0.0) return float_value(odd_y ? x : std::fabs(x));
      if (y == 0.0) return float_value(1.0);
      return float_value(odd_y ? std::copysign(0.0, x) : 0.0);
    }
    // y is infinite, x finite.
    if (std::fabs(x) == 1.0) return float_value(1.0);
    if (y > 0.0 && std::fabs(x) > 1.0) return float_value(y);
    if (y < 0.0 && std::fabs(x) < 1.0) return float_value(-y);
    return float_value(0.0);
  }
  double r = std::pow(x, y);
  if (std::isnan(r)) return domain_error(vm);
  if (std::isinf(r)) return x == 0.0 ? domain_error(vm) : range_error(vm);
  return float_value(r);
}

Result math_ldexp(VM& vm, CallArgs args) {
  EDGE_TRY(check_count(vm, args, "ldexp", 2, 2));
  double x = EDGE_TRY(to_double(vm, args[0]));
  if (!is_int(args[1])) return vm.raise(vm.exc.TypeError, "Expected an int as second argument to ldexp.");
  int64_t e;
  if (!int_fits_int64(args[1], e)) e = int_sign(args[1]) < 0 ? INT64_MIN : INT64_MAX;
  if (x == 0.0 || !std::isfinite(x)) return float_value(x);
  if (e > INT32_MAX) return range_error(vm);
  if (e < INT32_MIN) return float_value(std::copysign(0.0, x));
  double r = std::ldexp(x, static_cast<int>(e));
  if (std::isinf(r)) return range_error(vm);
  return float_value(r);
}

Result math_isclose(VM& vm, CallArgs args) {
  static const Signature kSig("isclose(a, b, *, rel_tol=, abs_tol=)");
  if (args.nargs > 2) {
    return vm.raise_fmt(vm.exc.TypeError, "isclose() takes exactly 2 positional arguments ({} given)", args.nargs);
  }
  Value a[4];
  EDGE_TRY(parse_args(vm, args, kSig, a));
  double x = EDGE_TRY(to_double(vm, a[0]));
  double y = EDGE_TRY(to_double(vm, a[1]));
  double rel_tol = a[2].is_null() ? 1e-09 : EDGE_TRY(to_double(vm, a[2]));
  double abs_tol = a[3].is_null() ? 0.0 : EDGE_TRY(to_double(vm, a[3]));
  if (rel_tol < 0.0 || abs_tol < 0.0) return vm.raise(vm.exc.ValueError, "tolerances must be non-negative");
  if (x == y) return Value::boolean(true);
  // Infinities of the same sign were caught above; any other infinity is not close.
  if (std::isinf(x) || std::isinf(y)) return Value::boolean(false);
  double diff = std::fabs(y - x);
  bool close = diff <= std::fabs(rel_tol * y) || diff <= std::fabs(rel_tol * x) || diff <= abs_tol;
  return Value::boolean(close);
}

// --- logarithms -------------------------------------------------------------------------

enum class LogBase { E, Two, Ten };

double log_in(LogBase base, double x) {
  switch (base) {
    case LogBase::E: return std::log(x);
    case LogBase::Two: return std::log2(x);
    case LogBase::Ten: return std::log10(x);
  }
  return std::log(x);
}

// The logarithm of any positive int or real: an int too large for a float is split as
// m * 2**e (m in [0.5, 1), correctly rounded) and its log is log(m) + e*log(2), so
// log(10**1000) works as in CPython.
Fallible<double> logarithm(VM& vm, Value v, LogBase base) {
  if (is_int(v)) {
    if (int_sign(v) <= 0) return domain_error(vm);
    if (!is_big_int(v)) return log_in(base, EDGE_TRY(int_to_double(vm, v)));
    const BigInt& n = int_to_bigint(v);
    bool overflow = false;
    double d = n.to_double(overflow);
    if (!overflow) return log_in(base, d);
    int64_t bits = n.bit_length();
    // The top 64 bits, with any lower one bit folded into the last place so that the
    // uint64 -> double conversion rounds exactly as the whole number would.
    BigInt top = n.shift_right(static_cast<uint64_t>(bits - 64));
    bool sticky = !(top.shift_left(static_cast<uint64_t>(bits - 64)) == n);
    uint64_t top_bits = top.to_uint64() | (sticky ? 1 : 0);
    double m = std::ldexp(static_cast<double>(top_bits), -64);
    int64_t e = bits;
    if (m == 1.0) {
      m = 0.5;
      ++e;
    }
    return log_in(base, m) + log_in(base, 2.0) * static_cast<double>(e);
  }
  double x = EDGE_TRY(to_double(vm, v));
  if (std::isnan(x)) return x;
  if (x <= 0.0) return domain_error(vm);
  return log_in(base, x);
}

Result math_log(VM& vm, CallArgs args) {
  if (args.nkw() != 0) return vm.raise(vm.exc.TypeError, "log() takes no keyword arguments");
  if (args.nargs < 1 || args.nargs > 2) return vm.raise(vm.exc.TypeError, "math.log requires 1 to 2 arguments");
  double num = EDGE_TRY(logarithm(vm, args[0], LogBase::E));
  if (args.nargs == 1) return float_value(num);
  double den = EDGE_TRY(logarithm(vm, args[1], LogBase::E));
  if (den == 0.0) return vm.raise(vm.exc.ZeroDivisionError, "float division by zero");
  return float_value(num / den);
}

Result math_log2(VM& vm, CallArgs args) {
  EDGE_TRY(check_one(vm, args, "log2"));
  return float_value(EDGE_TRY(logarithm(vm, args[0], LogBase::Two)));
}

Result math_log10(VM& vm, CallArgs args) {
  EDGE_TRY(check_one(vm, args, "log10"));
  return float_value(EDGE_TRY(logarithm(vm, args[0], LogBase::Ten)));
}

// --- norms: hypot and dist ----------------------------------------------------------------

// (r + f) * 2**exp, 0 <= f < 1 (f > 0 iff `inexact`), rounded half-even to a double:
// to 53 bits, or fewer where the result is subnormal. Overflow gives infinity.
double round_scaled(const BigInt& r, int64_t exp, bool inexact) {
  int64_t bits = r.bit_length();
  if (bits == 0) return 0.0;
  int64_t top = bits - 1 + exp;  // binary exponent of the leading bit
  int64_t keep = DBL_MANT_DIG;
  if (top < DBL_MIN_EXP - 1) keep -= (DBL_MIN_EXP - 1) - top;
  int64_t drop = bits - keep;
  if (drop <= 0) return std::ldexp(static_cast<double>(r.to_uint64()), static_cast<int>(exp));
  BigInt q = r.shift_right(static_cast<uint64_t>(drop));
  BigInt rest = r - q.shift_left(static_cast<uint64_t>(drop));
  int c = rest.compare(BigInt(1).shift_left(static_cast<uint64_t>(drop - 1)));
  if (c > 0 || (c == 0 && (inexact || q.is_odd()))) q += BigInt(1);
  int64_t scale = exp + drop;
  if (scale > 4096) return INFINITY;
  return std::ldexp(static_cast<double>(q.to_uint64()), static_cast<int>(scale));
}

// sqrt(sum of squares) correctly rounded. Each |x| is M * 2**E with M a 53-bit
// integer; the sum is computed exactly as an integer times 2**(2*Emin), and its integer
// square root is taken with enough extra bits to round once. Infinity wins over NaN,
// as in CPython.
double exact_norm(const std::vector<double>& values) {
  double max = 0.0;
  bool found_nan = false;
  for (double v : values) {
    if (std::isnan(v)) {
      found_nan = true;
    } else if (v > max) {
      max = v;
    }
  }
  if (std::isinf(max)) return max;
  if (found_nan) return NAN;
  if (max == 0.0 || values.size() <= 1) return max;
  int64_t min_exp = INT64_MAX;
  struct Part {
    uint64_t mantissa;
    int64_t exp;
  };
  std::vector<Part> parts;
  for (double v : values) {
    if (v == 0.0) continue;
    int e;
    double m = std::frexp(v, &e);
    Part p{static_cast<uint64_t>(std::ldexp(m, DBL_MANT_DIG)), static_cast<int64_t>(e) - DBL_MANT_DIG};
    min_exp = std::min(min_exp, p.exp);
    parts.push_back(p);
  }
  BigInt sum;
  for (const Part& p : parts) {
    BigInt m = BigInt::from_uint64(p.mantissa);
    sum += (m * m).shift_left(static_cast<uint64_t>(2 * (p.exp - min_exp)));
  }
  // Scale by 4**s so the root has about 60 bits; scaling down records lost bits.
  int64_t shift = (120 - sum.bit_length()) / 2;
  BigInt scaled;
  bool inexact = false;
  if (shift >= 0) {
    scaled = sum.shift_left(static_cast<uint64_t>(2 * shift));
  } else {
    scaled = sum.shift_right(static_cast<uint64_t>(-2 * shift));
    inexact = !(scaled.shift_left(static_cast<uint64_t>(-2 * shift)) == sum);
  }
  BigInt root = BigInt::isqrt(scaled);
  if (!(root * root == scaled)) inexact = true;
  return round_scaled(root, min_exp - shift, inexact);
}

Result math_hypot(VM& vm, CallArgs args) {
  EDGE_TRY(check_no_keywords(vm, args, "hypot"));
  std::vector<double> values;
  values.reserve(args.nargs);
  for (uint32_t i = 0; i < args.nargs; ++i) values.push_back(std::fabs(EDGE_TRY(to_double(vm, args[i]))));
  return float_value(exact_norm(values));
}

// The items of any iterable (dist() accepts sequences of any kind).
Fallible<std::vector<Value>> collect_items(VM& vm, Value iterable) {
  std::vector<Value> items;
  if (is_tuple(iterable)) {
    Tuple* t = as_tuple(iterable);
    items.assign(t->items(), t->items() + t->length);
    return items;
  }
  Value list = EDGE_TRY(call1(vm, Value::from_object(vm.types.tuple), iterable));
  Tuple* t = as_tuple(list);
  items.assign(t->items(), t->items() + t->length);
  vm.temp_roots.push_back(list);  // popped by the caller's TempRoot scope end
  return items;
}

Result math_dist(VM& vm, CallArgs args) {
  EDGE_TRY(check_count(vm, args, "dist", 2, 2));
  size_t roots = vm.temp_roots.size();
  Fallible<std::vector<Value>> p = collect_items(vm, args[0]);
  if (p.failed()) return Error{};
  Fallible<std::vector<Value>> q = collect_items(vm, args[1]);
  if (q.failed()) {
    vm.temp_roots.resize(roots);
    return Error{};
  }
  if (p.value().size() != q.value().size()) {
    vm.temp_roots.resize(roots);
    return vm.raise(vm.exc.ValueError, "both points must have the same number of dimensions");
  }
  std::vector<double> diffs;
  for (size_t i = 0; i < p.value().size(); ++i) {
    Fallible<double> px = to_double(vm, p.value()[i]);
    Fallible<double> qx = px.failed() ? Fallible<double>(Error{}) : to_double(vm, q.value()[i]);
    if (qx.failed()) {
      vm.temp_roots.resize(roots);
      return Error{};
    }
    diffs.push_back(std::fabs(px.value() - qx.value()));
  }
  vm.temp_roots.resize(roots);
  return float_value(exact_norm(diffs));
}

// --- fsum ----------------------------------------------------------------------------------

// Exactly rounded sum (Shewchuk, "Adaptive Precision Floating-Point Arithmetic", 1997):
// `partials` holds non-overlapping floats, increasing in magnitude, whose exact sum is
// the running total. Infinities and NaNs are summed aside; a finite overflow is an
// error, as in CPython.
Result math_fsum(VM& vm, CallArgs args) {
  EDGE_TRY(check_one(vm, args, "fsum"));
  Value it = EDGE_TRY(get_iter(vm, args[0]));
  TempRoot root(vm, it);
  std::vector<double> partials;
  double special_sum = 0.0, inf_sum = 0.0;
  for (;;) {
    Value item = EDGE_TRY(iter_next(vm, it));
    if (item.is_null()) break;
    double x = EDGE_TRY(to_double(vm, item));
    double original = x;
    size_t kept = 0;
    for (double y : partials) {
      if (std::fabs(x) < std::fabs(y)) std::swap(x, y);
      double hi = x + y;
      double lo = y - (hi - x);
      if (lo != 0.0) partials[kept++] = lo;
      x = hi;
    }
    partials.resize(kept);
    if (x == 0.0) continue;
    if (!std::isfinite(x)) {
      if (std::isfinite(original)) return vm.raise(vm.exc.OverflowError, "intermediate overflow in fsum");
      if (std::isinf(original)) inf_sum += original;
      special_sum += original;
      partials.clear();
    } else {
      partials.push_back(x);
    }
  }
  if (special_sum != 0.0 || std::isnan(special_sum)) {
    if (std::isnan(inf_sum)) return vm.raise(vm.exc.ValueError, "-inf + inf in fsum");
    return float_value(special_sum);
  }
  // Add the partials from the largest down until the sum stops being exact; if the
  // remainder below is exactly half an ulp, the next partial decides the rounding.
  double hi = 0.0;
  size_t n = partials.size();
  if (n > 0) {
    hi = partials[--n];
    double lo = 0.0;
    while (n > 0) {
      double x = hi;
      double y = partials[--n];
      hi = x + y;
      lo = y - (hi - x);
      if (lo != 0.0) break;
    }
    if (n > 0 && ((lo < 0.0 && partials[n - 1] < 0.0) || (lo > 0.0 && partials[n - 1] > 0.0))) {
      double y = lo * 2.0;
      double x = hi + y;
      if (y == x - hi) hi = x;
    }
  }
  return float_value(hi);
}

// --- integer functions ------------------------------------------------------------------

// Product of `count` consecutive integers starting at `first`, by balanced splitting so
// the big multiplications are between numbers of similar size (Karatsuba-friendly).
BigInt range_product(uint64_t first, uint64_t count) {
  if (count <= 16) {
    BigInt result(1);
    uint64_t acc = 1;
    for (uint64_t i = 0; i < count; ++i) {
      uint64_t term = first + i;
      if (acc > UINT64_MAX / term) {
        result *= BigInt::from_uint64(acc);
        acc = 1;
      }
      acc *= term;
    }
    if (acc != 1) result *= BigInt::from_uint64(acc);
    return result;
  }
  uint64_t half = count / 2;
  return range_product(first, half) * range_product(first + half, count - half);
}

// Product of the odd numbers in (lo, hi], lo and hi >= 0.
BigInt odd_product(uint64_t lo, uint64_t hi) {
  uint64_t first = lo + 1 + (lo % 2 == 0 ? 1 : 0) - 1;  // smallest odd > lo
  first = (lo % 2 == 0) ? lo + 1 : lo + 2;
  if (first > hi) return BigInt(1);
  uint64_t count = (hi - first) / 2 + 1;
  if (count <= 16) {
    BigInt result(1);
    uint64_t acc = 1;
    for (uint64_t i = 0; i < count; ++i) {
      uint64_t term = first + 2 * i;
      if (acc > UINT64_MAX / term) {
        result *= BigInt::from_uint64(acc);
        acc = 1;
      }
      acc *= term;
    }
    if (acc != 1) result *= BigInt::from_uint64(acc);
    return result;
  }
  uint64_t mid = first + 2 * (count / 2) - 1;  // an even split point, odd count each side
  return odd_product(lo, mid) * odd_product(mid, hi);
}

// n! = (odd part) * 2**(n - popcount(n)), where the odd part is the product over j >= 0
// of (the odd numbers <= n >> j): each odd m contributes once per power of two m*2**j
// that stays <= n. Accumulating from the largest j down shares the partial products.
BigInt factorial_of(uint64_t n) {
  BigInt inner(1), outer(1);
  int top = 0;
  while ((n >> top) > 1) ++top;
  uint64_t previous = 1;
  for (int j = top; j >= 0; --j) {
    uint64_t upper = n >> j;
    if (upper > previous) inner *= odd_product(previous, upper);
    previous = upper;
    outer *= inner;
  }
  int64_t twos = static_cast<int64_t>(n) - __builtin_popcountll(n);
  return outer.shift_left(static_cast<uint64_t>(twos));
}

// Product of count consecutive integers from `first` (any size).
BigInt big_range_product(const BigInt& first, uint64_t count) {
  if (count == 0) return BigInt(1);
  if (count == 1) return first;
  if (count <= 8) {
    BigInt result = first;
    for (uint64_t i = 1; i < count; ++i) result *= first + BigInt(static_cast<int64_t>(i));
    return result;
  }
  uint64_t half = count / 2;
  return big_range_product(first, half) * big_range_product(first + BigInt(static_cast<int64_t>(half)), count - half);
}

// n * (n-1) * ... * (n-k+1), for 0 <= k <= n.
BigInt falling_product(const BigInt& n, uint64_t k) {
  if (k == 0) return BigInt(1);
  BigInt first = n - BigInt(static_cast<int64_t>(k)) + BigInt(1);
  if (n.fits_uint64()) return range_product(first.to_uint64(), k);
  return big_range_product(first, k);
}

Result math_factorial(VM& vm, CallArgs args) {
  EDGE_TRY(check_one(vm, args, "factorial"));
  Value n = EDGE_TRY(index_value(vm, args[0]));
  int64_t x;
  if (!int_fits_int64(n, x)) {
    if (int_sign(n) > 0) {
      return vm.raise(vm.exc.OverflowError, "factorial() argument should not exceed 9223372036854775807");
    }
    return vm.raise(vm.exc.ValueError, "factorial() not defined for negative values");
  }
  if (x < 0) return vm.raise(vm.exc.ValueError, "factorial() not defined for negative values");
  return make_int(vm, factorial_of(static_cast<uint64_t>(x)));
}

Result math_isqrt(VM& vm, CallArgs args) {
  EDGE_TRY(check_one(vm, args, "isqrt"));
  Value n = EDGE_TRY(index_value(vm, args[0]));
  if (int_sign(n) < 0) return vm.raise(vm.exc.ValueError, "isqrt() argument must be nonnegative");
  return make_int(vm, BigInt::isqrt(int_to_bigint(n)));
}

Result math_gcd(VM& vm, CallArgs args) {
  EDGE_TRY(check_no_keywords(vm, args, "gcd"));
  BigInt g;
  for (uint32_t i = 0; i < args.nargs; ++i) {
    Value v = EDGE_TRY(index_value(vm, args[i]));
    g = BigInt::gcd(g, int_to_bigint(v));
  }
  return make_int(vm, std::move(g));
}

Result math_lcm(VM& vm, CallArgs args) {
  EDGE_TRY(check_no_keywords(vm, args, "lcm"));
  BigInt l(1);
  bool zero = false;
  for (uint32_t i = 0; i < args.nargs; ++i) {
    Value v = EDGE_TRY(index_value(vm, args[i]));
    if (zero) continue;  // later arguments are still checked, as in CPython
    BigInt b = int_to_bigint(v).abs();
    if (b.is_zero()) {
      zero = true;
      continue;
    }
    l = BigInt::floor_div(l, BigInt::gcd(l, b)) * b;
  }
  if (zero) return Value::small_int(0);
  return make_int(vm, std::move(l));
}

// comb/perm arguments: non-negative ints (n may be any size).
Status nonnegative_ints(VM& vm, Value n_arg, Value k_arg, BigInt& n, BigInt& k) {
  Value nv = EDGE_TRY(index_value(vm, n_arg));
  Value kv = EDGE_TRY(index_value(vm, k_arg));
  n = int_to_bigint(nv);
  k = int_to_bigint(kv);
  if (n.is_negative()) return vm.raise(vm.exc.ValueError, "n must be a non-negative integer");
  if (k.is_negative()) return vm.raise(vm.exc.ValueError, "k must be a non-negative integer");
  return Status::ok();
}

Result math_perm(VM& vm, CallArgs args) {
  EDGE_TRY(check_count(vm, args, "perm", 1, 2));
  if (args.nargs == 1 || args[1].is_none()) return math_factorial(vm, CallArgs{args.args, 1, nullptr});
  BigInt n, k;
  EDGE_TRY(nonnegative_ints(vm, args[0], args[1], n, k));
  if (k > n) return Value::small_int(0);
  if (!k.fits_int64()) return vm.raise(vm.exc.OverflowError, "k must not exceed 9223372036854775807");
  return make_int(vm, falling_product(n, static_cast<uint64_t>(k.to_int64())));
}

Result math_comb(VM& vm, CallArgs args) {
  EDGE_TRY(check_count(vm, args, "comb", 2, 2));
  BigInt n, k;
  EDGE_TRY(nonnegative_ints(vm, args[0], args[1], n, k));
  if (k > n) return Value::small_int(0);
  BigInt other = n - k;
  if (other < k) k = other;
  if (!k.fits_int64()) {
    return vm.raise(vm.exc.OverflowError, "min(n - k, k) must not exceed 9223372036854775807");
  }
  uint64_t kk = static_cast<uint64_t>(k.to_int64());
  return make_int(vm, BigInt::floor_div(falling_product(n, kk), factorial_of(kk)));
}

Result math_prod(VM& vm, CallArgs args) {
  static const Signature kSig("prod(iterable, /, *, start=)");
  if (args.nargs != 1) {
    if (args.nargs == 0) return vm.raise(vm.exc.TypeError, "prod() takes exactly 1 positional argument (0 given)");
    if (args.nargs + args.nkw() > 2) {
      return vm.raise_fmt(vm.exc.TypeError, "prod() takes at most 2 arguments ({} given)", args.nargs + args.nkw());
    }
    return vm.raise_fmt(vm.exc.TypeError, "prod() takes exactly 1 positional argument ({} given)", args.nargs);
  }
  for (uint32_t k = 0; k < args.nkw(); ++k) {
    std::string_view key = as_str(args.kwnames->item(k))->view();
    if (key != "start") return vm.raise_fmt(vm.exc.TypeError, "'{}' is an invalid keyword argument for prod()", key);
  }
  Value a[2];
  EDGE_TRY(parse_args(vm, args, kSig, a));
  Value total = a[1].is_null() ? Value::small_int(1) : a[1];
  Value it = EDGE_TRY(get_iter(vm, a[0]));
  TempRoot it_root(vm, it);
  TempRoot total_root(vm, total);
  for (;;) {
    Value x = EDGE_TRY(iter_next(vm, it));
    if (x.is_null()) return total;
    if (total.is_float() && x.is_float()) {
      total = float_value(total.as_float() * x.as_float());
    } else {
      total = EDGE_TRY(binary_op(vm, BinaryOp::Mul, total, x));
    }
    total_root.set(total);
  }
}

const NativeMethodDef kMathFunctions[] = {
    {"acos", math_acos},
    {"acosh", math_acosh},
    {"asin", math_asin},
    {"asinh", math_asinh},
    {"atan", math_atan},
    {"atan2", math_atan2},
    {"atanh", math_atanh},
    {"cbrt", math_cbrt},
    {"ceil", math_ceil},
    {"comb", math_comb},
    {"copysign", math_copysign},
    {"cos", math_cos},
    {"cosh", math_cosh},
    {"degrees", math_degrees},
    {"dist", math_dist},
    {"erf", math_erf},
    {"erfc", math_erfc},
    {"exp", math_exp},
    {"exp2", math_exp2},
    {"expm1", math_expm1},
    {"fabs", math_fabs},
    {"factorial", math_factorial},
    {"floor", math_floor},
    {"fmod", math_fmod},
    {"frexp", math_frexp},
    {"fsum", math_fsum},
    {"gamma", math_gamma},
    {"gcd", math_gcd},
    {"hypot", math_hypot},
    {"isclose", math_isclose},
    {"isfinite", math_isfinite},
    {"isinf", math_isinf},
    {"isnan", math_isnan},
    {"isqrt", math_isqrt},
    {"lcm", math_lcm},
    {"ldexp", math_ldexp},
    {"lgamma", math_lgamma},
    {"log", math_log},
    {"log10", math_log10},
    {"log1p", math_log1p},
    {"log2", math_log2},
    {"modf", math_modf},
    {"nextafter", math_nextafter},
    {"perm", math_perm},
    {"pow", math_pow},
    {"prod", math_prod},
    {"radians", math_radians},
    {"remainder", math_remainder},
    {"sin", math_sin},
    {"sinh", math_sinh},
    {"sqrt", math_sqrt},
    {"tan", math_tan},
    {"tanh", math_tanh},
    {"trunc", math_trunc},
    {"ulp", math_ulp},
    {nullptr, nullptr},
};

}  // namespace

Module* make_math_module(VM& vm) {
  Module* m = make_module(vm, intern(vm, "math"));
  Dict* d = m->dict;
  for (const NativeMethodDef* def = kMathFunctions; def->name != nullptr; ++def) {
    dict_set_str(vm, d, intern(vm, def->name), Value::from_object(make_builtin_function(vm, def)));
  }
  dict_set_str(vm, d, intern(vm, "pi"), float_value(kPi));
  dict_set_str(vm, d, intern(vm, "e"), float_value(kE));
  dict_set_str(vm, d, intern(vm, "tau"), float_value(2.0 * kPi));
  dict_set_str(vm, d, intern(vm, "inf"), float_value(INFINITY));
  dict_set_str(vm, d, intern(vm, "nan"), float_value(NAN));
  return m;
}

}  // namespace edge::vm
