// int and bool: canonical small/big representation, arithmetic with CPython's
// semantics and messages, conversions, hashing, formatting, and the int/bool types.
#include "vm/types/int.h"

#include <cmath>

#include "vm/args.h"
#include "vm/float_format.h"
#include "vm/format_spec.h"
#include "vm/ops.h"
#include "vm/types/bytes.h"
#include "vm/types/dict.h"
#include "vm/types/float.h"
#include "vm/types/function.h"
#include "vm/types/str.h"
#include "vm/types/tuple.h"
#include "vm/types/type.h"
#include "vm/unicode.h"
#include "vm/vm.h"

namespace edge::vm {

namespace {

// Refuse results that would need more memory than a wasm32 heap can offer.
constexpr uint64_t kMaxResultBits = uint64_t{1} << 32;

// The int/str conversion limit (vm.config.int_max_str_digits, set by
// sys.set_int_max_str_digits): digits allowed, or SIZE_MAX when it is 0 (unlimited).
size_t max_str_digits(const VM& vm) {
  return vm.config.int_max_str_digits == 0 ? SIZE_MAX : vm.config.int_max_str_digits;
}

Error raise_str_digits_error(VM& vm) {
  return vm.raise_fmt(vm.exc.ValueError,
                      "Exceeds the limit ({} digits) for integer string conversion; use "
                      "sys.set_int_max_str_digits() to increase the limit",
                      vm.config.int_max_str_digits);
}

// int(text) names the length of the digit run it refused: the digits after optional
// whitespace and sign, underscores not counted (only bases that are not powers of two
// are limited, so there is no prefix to skip).
size_t count_leading_digits(std::string_view text, int base) {
  size_t i = 0, n = text.size(), digits = 0;
  while (i < n && (text[i] == ' ' || (text[i] >= '\t' && text[i] <= '\r'))) ++i;
  if (i < n && (text[i] == '+' || text[i] == '-')) ++i;
  for (; i < n; ++i) {
    char c = text[i];
    if (c == '_') continue;
    int v = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'z' ? c - 'a' + 10 : c >= 'A' && c <= 'Z' ? c - 'A' + 10 : 99;
    if (v >= (base == 0 ? 10 : base)) break;
    ++digits;
  }
  return digits;
}

Value ni(VM& vm) { return Value::from_object(vm.not_implemented); }

}  // namespace

// --- representation -------------------------------------------------------------------------

namespace {

Value make_big(VM& vm, BigInt&& v) {
  Int* i = vm.heap.make<Int>(vm.types.int_, std::move(v));
  vm.heap.account_owned_memory(i, i->value.magnitude().capacity() * sizeof(BigInt::Limb));
  return Value::from_object(i);
}

}  // namespace

Value make_int(VM& vm, int64_t v) {
  if (Value::fits_small_int(v)) return Value::small_int(v);
  return make_big(vm, BigInt(v));
}

Value make_int(VM& vm, BigInt&& v) {
  if (v.fits_int64()) {
    int64_t small = v.to_int64();
    if (Value::fits_small_int(small)) return Value::small_int(small);
  }
  return make_big(vm, std::move(v));
}

Value make_int(VM& vm, const BigInt& v) { return make_int(vm, BigInt(v)); }

BigInt int_to_bigint(Value v) {
  if (v.is_small_int()) return BigInt(v.as_small_int());
  if (v.is_bool()) return BigInt(v.as_bool() ? 1 : 0);
  return static_cast<Int*>(v.as_object())->value;
}

bool int_fits_int64(Value v, int64_t& out) {
  if (v.is_small_int()) {
    out = v.as_small_int();
    return true;
  }
  if (v.is_bool()) {
    out = v.as_bool() ? 1 : 0;
    return true;
  }
  const BigInt& b = static_cast<Int*>(v.as_object())->value;
  if (!b.fits_int64()) return false;
  out = b.to_int64();
  return true;
}

Fallible<int64_t> int_to_int64(VM& vm, Value v) {
  int64_t out;
  if (int_fits_int64(v, out)) return out;
  return vm.raise(vm.exc.OverflowError, "Python int too large to convert to C ssize_t");
}

int int_sign(Value v) {
  if (v.is_small_int()) {
    int64_t x = v.as_small_int();
    return x < 0 ? -1 : x > 0 ? 1 : 0;
  }
  if (v.is_bool()) return v.as_bool() ? 1 : 0;
  return static_cast<Int*>(v.as_object())->value.sign();
}

std::string int_to_string(Value v, int base) {
  if (v.is_small_int() && base == 10) return std::to_string(v.as_small_int());
  return int_to_bigint(v).to_string(base);
}

Result int_to_decimal_str(VM& vm, Value v) {
  if (v.is_small_int()) return Value::from_object(make_str_ascii(vm, std::to_string(v.as_small_int())));
  if (v.is_bool()) return Value::from_object(intern(vm, v.as_bool() ? "1" : "0"));
  const BigInt& b = static_cast<Int*>(v.as_object())->value;
  size_t limit = max_str_digits(vm);
  if (b.decimal_digits_lower_bound() > limit) return raise_str_digits_error(vm);
  std::string text = b.to_string(10);
  size_t digits = text.size() - (b.is_negative() ? 1 : 0);
  if (digits > limit) return raise_str_digits_error(vm);
  return Value::from_object(make_str_ascii(vm, text));
}

int64_t int_hash(Value v) {
  if (v.is_small_int()) {
    // |v| < 2**49 < the hash modulus 2**61 - 1: the hash is the value, except -1.
    int64_t x = v.as_small_int();
    return x == -1 ? -2 : x;
  }
  if (v.is_bool()) return v.as_bool() ? 1 : 0;
  return static_cast<Int*>(v.as_object())->value.python_hash();
}

int int_compare(Value a, Value b) {
  if (a.is_small_int() && b.is_small_int()) {
    int64_t x = a.as_small_int(), y = b.as_small_int();
    return x < y ? -1 : x > y ? 1 : 0;
  }
  if (is_big_int(a) && is_big_int(b)) {
    return static_cast<Int*>(a.as_object())->value.compare(static_cast<Int*>(b.as_object())->value);
  }
  return int_to_bigint(a).compare(int_to_bigint(b));
}

int int_compare_double(Value i, double d) {
  // Precondition: d is not NaN.
  if (std::isinf(d)) return d > 0 ? -1 : 1;
  if (i.is_small_int()) {
    // |i| < 2**49 converts to double exactly.
    double x = static_cast<double>(i.as_small_int());
    return x < d ? -1 : x > d ? 1 : 0;
  }
  return int_to_bigint(i).compare_with_double(d);
}

Fallible<double> int_to_double(VM& vm, Value v) {
  if (v.is_small_int()) return static_cast<double>(v.as_small_int());
  if (v.is_bool()) return v.as_bool() ? 1.0 : 0.0;
  bool overflow = false;
  double d = static_cast<Int*>(v.as_object())->value.to_double(overflow);
  if (overflow) return vm.raise(vm.exc.OverflowError, "int too large to convert to float");
  return d;
}

// --- arithmetic ---------------------------------------------------------------------------------

namespace {

// A BigInt view of an int Value: refers to a big int's value in place, converts small
// ones. Avoids copying the limbs of every operand.
class BigView {
 public:
  explicit BigView(Value v) {
    if (is_big_int(v)) {
      ptr_ = &static_cast<Int*>(v.as_object())->value;
    } else {
      small_ = int_to_bigint(v);
      ptr_ = &small_;
    }
  }
  BigView(const BigView&) = delete;
  BigView& operator=(const BigView&) = delete;
  const BigInt& operator*() const { return *ptr_; }

 private:
  BigInt small_;
  const BigInt* ptr_;
};

Result int_true_divide(VM& vm, Value a, Value b) {
  if (int_sign(b) == 0) return vm.raise(vm.exc.ZeroDivisionError, "division by zero");
  int64_t x, y;
  // Both exactly representable: IEEE division is correctly rounded.
  if (int_fits_int64(a, x) && int_fits_int64(b, y) && x > -(int64_t{1} << 53) && x < (int64_t{1} << 53) &&
      y > -(int64_t{1} << 53) && y < (int64_t{1} << 53)) {
    return Value::from_float(static_cast<double>(x) / static_cast<double>(y));
  }
  double out;
  if (!BigInt::true_divide(int_to_bigint(a), int_to_bigint(b), out)) {
    return vm.raise(vm.exc.OverflowError, "integer division result too large for a float");
  }
  return Value::from_float(out);
}

Result int_power(VM& vm, Value a, Value b) {
  if (int_sign(b) < 0) {
    // A negative exponent gives a float.
    double x = EDGE_TRY(int_to_double(vm, a));
    double y = EDGE_TRY(int_to_double(vm, b));
    if (x == 0.0) return vm.raise(vm.exc.ZeroDivisionError, "0.0 cannot be raised to a negative power");
    return Value::from_float(std::pow(x, y));
  }
  BigInt base = int_to_bigint(a);
  int64_t exp;
  if (!int_fits_int64(b, exp)) {
    // Only 0, 1 and -1 survive astronomically large exponents.
    if (base.is_zero() || base == BigInt(1)) return make_int(vm, base);
    if (base == BigInt(-1)) return Value::small_int(int_to_bigint(b).is_odd() ? -1 : 1);
    return vm.raise_no_args(vm.exc.MemoryError);
  }
  if (base.is_zero() || base == BigInt(1)) return make_int(vm, exp == 0 ? BigInt(1) : base);
  if (base == BigInt(-1)) return Value::small_int((exp & 1) ? -1 : 1);
  if (static_cast<uint64_t>(base.bit_length()) * static_cast<uint64_t>(exp) > kMaxResultBits) {
    return vm.raise_no_args(vm.exc.MemoryError);
  }
  return make_int(vm, BigInt::pow(base, static_cast<uint64_t>(exp)));
}

Result int_shift(VM& vm, Value a, Value b, bool left) {
  if (int_sign(b) < 0) return vm.raise(vm.exc.ValueError, "negative shift count");
  BigInt x = int_to_bigint(a);
  int64_t n;
  if (!int_fits_int64(b, n)) {
    if (left && !x.is_zero()) return vm.raise(vm.exc.OverflowError, "too many digits in integer");
    return Value::small_int(left ? 0 : (x.is_negative() ? -1 : 0));
  }
  if (left) {
    if (x.is_zero()) return Value::small_int(0);
    if (static_cast<uint64_t>(x.bit_length()) + static_cast<uint64_t>(n) > kMaxResultBits) {
      return vm.raise_no_args(vm.exc.MemoryError);
    }
    if (a.is_small_int() && n < 14) {
      int64_t r = a.as_small_int() * (int64_t{1} << n);
      if (Value::fits_small_int(r)) return Value::small_int(r);
    }
    return make_int(vm, x.shift_left(static_cast<uint64_t>(n)));
  }
  if (a.is_small_int()) return Value::small_int(n >= 63 ? (a.as_small_int() < 0 ? -1 : 0) : a.as_small_int() >> n);
  return make_int(vm, x.shift_right(static_cast<uint64_t>(n)));
}

}  // namespace

Result int_binary(VM& vm, BinaryOp op, Value a, Value b) {
  // Fast paths on int64 with overflow checks; BigInt otherwise.
  int64_t x, y, z;
  bool small = int_fits_int64(a, x) && int_fits_int64(b, y);
  switch (op) {
    case BinaryOp::Add:
      if (small && !__builtin_add_overflow(x, y, &z)) return make_int(vm, z);
      return make_int(vm, *BigView(a) + *BigView(b));
    case BinaryOp::Sub:
      if (small && !__builtin_sub_overflow(x, y, &z)) return make_int(vm, z);
      return make_int(vm, *BigView(a) - *BigView(b));
    case BinaryOp::Mul:
      if (small && !__builtin_mul_overflow(x, y, &z)) return make_int(vm, z);
      return make_int(vm, *BigView(a) * *BigView(b));
    case BinaryOp::FloorDiv:
    case BinaryOp::Mod: {
      if (int_sign(b) == 0) {
        return vm.raise(vm.exc.ZeroDivisionError,
                        op == BinaryOp::Mod ? "integer modulo by zero" : "integer division or modulo by zero");
      }
      if (small && !(x == INT64_MIN && y == -1)) {
        int64_t q = x / y, r = x % y;
        if (r != 0 && ((r < 0) != (y < 0))) {
          q -= 1;
          r += y;
        }
        return make_int(vm, op == BinaryOp::Mod ? r : q);
      }
      BigView x(a), y(b);
      return make_int(vm, op == BinaryOp::Mod ? BigInt::floor_mod(*x, *y) : BigInt::floor_div(*x, *y));
    }
    case BinaryOp::TrueDiv:
      return int_true_divide(vm, a, b);
    case BinaryOp::Pow:
      return int_power(vm, a, b);
    case BinaryOp::LShift:
      return int_shift(vm, a, b, true);
    case BinaryOp::RShift:
      return int_shift(vm, a, b, false);
    case BinaryOp::And:
      if (small) return make_int(vm, x & y);
      return make_int(vm, *BigView(a) & *BigView(b));
    case BinaryOp::Or:
      if (small) return make_int(vm, x | y);
      return make_int(vm, *BigView(a) | *BigView(b));
    case BinaryOp::Xor:
      if (small) return make_int(vm, x ^ y);
      return make_int(vm, *BigView(a) ^ *BigView(b));
    case BinaryOp::MatMul:
      break;
  }
  return ni(vm);
}

Result int_divmod(VM& vm, Value a, Value b) {
  if (int_sign(b) == 0) return vm.raise(vm.exc.ZeroDivisionError, "integer division or modulo by zero");
  Value q = EDGE_TRY(int_binary(vm, BinaryOp::FloorDiv, a, b));
  TempRoot root(vm, q);
  Value r = EDGE_TRY(int_binary(vm, BinaryOp::Mod, a, b));
  return Value::from_object(make_tuple(vm, {q, r}));
}

Result int_pow_mod(VM& vm, Value a, Value b, Value m) {
  if (int_sign(m) == 0) return vm.raise(vm.exc.ValueError, "pow() 3rd argument cannot be 0");
  BigInt base = int_to_bigint(a), exp = int_to_bigint(b), mod = int_to_bigint(m);
  if (exp.is_negative()) {
    BigInt inverse;
    if (!BigInt::mod_inverse(base, mod, inverse)) {
      return vm.raise(vm.exc.ValueError, "base is not invertible for the given modulus");
    }
    return make_int(vm, BigInt::pow_mod(inverse, -exp, mod));
  }
  return make_int(vm, BigInt::pow_mod(base, exp, mod));
}

Result int_from_text(VM& vm, std::string_view text, int base, Value original) {
  // int() accepts any Unicode decimal digits and whitespace: map them to ASCII first.
  std::string ascii;
  if (is_str(original) && !as_str(original)->is_ascii()) {
    const char* p = text.data();
    const char* end = p + text.size();
    while (p < end) {
      uint32_t c = utf8_decode(p, end);
      int digit = c < 0x80 ? -1 : unicode::decimal_value(c);
      if (c < 0x80) {
        ascii += static_cast<char>(c);
      } else if (digit >= 0) {
        ascii += static_cast<char>('0' + digit);
      } else if (unicode::is_space(c)) {
        ascii += ' ';
      } else {
        ascii += '\x7f';  // never valid: the literal is rejected with its original text
      }
    }
    text = ascii;
  }
  BigInt out;
  ParseStatus status = BigInt::parse_checked(text, base, vm.config.int_max_str_digits, out);
  if (status == ParseStatus::TooManyDigits) {
    return vm.raise_fmt(vm.exc.ValueError,
                        "Exceeds the limit ({} digits) for integer string conversion: value has {} digits; use "
                        "sys.set_int_max_str_digits() to increase the limit",
                        vm.config.int_max_str_digits, count_leading_digits(text, base));
  }
  if (status == ParseStatus::Invalid) {
    std::string shown = is_str(original) ? str_repr(as_str(original)->view()) : bytes_repr(text);
    return vm.raise_fmt(vm.exc.ValueError, "invalid literal for int() with base {}: {}", base, shown);
  }
  return make_int(vm, std::move(out));
}

// --- the int type ----------------------------------------------------------------------------------

namespace {

Result int_repr(VM& vm, Value self) { return int_to_decimal_str(vm, self); }

Fallible<int64_t> int_hash_slot(VM&, Value self) { return int_hash(self); }

Result int_compare_slot(VM& vm, Value a, Value b, CompareOp op) {
  int c;
  if (is_int(b)) {
    c = int_compare(a, b);
  } else if (b.is_float()) {
    double d = b.as_float();
    if (std::isnan(d)) return Value::boolean(op == CompareOp::Ne);
    c = int_compare_double(a, d);
  } else {
    return ni(vm);
  }
  switch (op) {
    case CompareOp::Lt: return Value::boolean(c < 0);
    case CompareOp::Le: return Value::boolean(c <= 0);
    case CompareOp::Eq: return Value::boolean(c == 0);
    case CompareOp::Ne: return Value::boolean(c != 0);
    case CompareOp::Gt: return Value::boolean(c > 0);
    case CompareOp::Ge: return Value::boolean(c >= 0);
  }
  return ni(vm);
}

Fallible<bool> int_truthy(VM&, Value self) { return int_sign(self) != 0; }

template <BinaryOp kOp> Result int_binary_slot(VM& vm, Value a, Value b) {
  if (!is_int(a) || !is_int(b)) return ni(vm);
  return int_binary(vm, kOp, a, b);
}

Result int_neg(VM& vm, Value self) {
  if (self.is_small_int()) return make_int(vm, -self.as_small_int());
  return make_int(vm, -int_to_bigint(self));
}
Result int_pos(VM& vm, Value self) {
  if (self.is_small_int()) return self;
  if (self.is_bool()) return Value::small_int(self.as_bool() ? 1 : 0);
  // +x, int(x), x.__index__(), x.real ... of an int subclass give a plain int.
  if (type_of(vm, self) != vm.types.int_) return make_int(vm, int_to_bigint(self));
  return self;
}
Result int_invert(VM& vm, Value self) {
  if (self.is_small_int()) return make_int(vm, ~self.as_small_int());
  return make_int(vm, ~int_to_bigint(self));
}
Result int_index(VM& vm, Value self) { return int_pos(vm, self); }
Result int_to_float_slot(VM& vm, Value self) {
  double d = EDGE_TRY(int_to_double(vm, self));
  return Value::from_float(d);
}

Result int_format(VM& vm, Value self, Str* spec) {
  if (spec->byte_length == 0) return str(vm, self);
  FormatSpec parsed;
  std::string error;
  std::string_view tname = type_name(vm, self);
  if (!parse_format_spec(spec->view(), parsed, error, tname)) return vm.raise(vm.exc.ValueError, error);
  std::string out;
  if (format_spec_wants_float(parsed)) {
    double d = EDGE_TRY(int_to_double(vm, self));
    if (!format_float(d, parsed, out, error, tname)) return vm.raise(vm.exc.ValueError, error);
    return Value::from_object(make_str(vm, out));
  }
  BigInt value = int_to_bigint(self);
  bool negative = value.is_negative();
  BigInt magnitude = value.abs();
  if (!parsed.has_type || parsed.type == 'd' || parsed.type == 'n') {
    if (magnitude.decimal_digits_lower_bound() > max_str_digits(vm)) return raise_str_digits_error(vm);
  }
  auto digits = [&](int base) { return magnitude.to_string(base); };
  if (!format_int(negative, digits, parsed, out, error, tname)) {
    Type* kind = vm.exc.ValueError;
    switch (format_error_kind(error)) {
      case FormatErrorKind::OverflowError: kind = vm.exc.OverflowError; break;
      case FormatErrorKind::MemoryError: kind = vm.exc.MemoryError; break;
      default: break;
    }
    return vm.raise(kind, error);
  }
  return Value::from_object(make_str(vm, out));
}

Result int_construct(VM& vm, Type* type, CallArgs args) {
  static const Signature kSig("int(x=, /, base=)");
  Value a[2];
  EDGE_TRY(parse_args(vm, args, kSig, a));
  Value x = a[0];
  (void)type;
  if (x.is_null()) {
    if (!a[1].is_null()) return vm.raise(vm.exc.TypeError, "int() missing string argument");
    return Value::small_int(0);
  }
  if (!a[1].is_null()) {
    // A base beyond int64 is just out of range (CPython clamps it the same way).
    Value base_value = EDGE_TRY(index_value(vm, a[1]));
    int64_t base = 37;
    if (!int_fits_int64(base_value, base)) base = 37;
    if (base != 0 && (base < 2 || base > 36)) return vm.raise(vm.exc.ValueError, "int() base must be >= 2 and <= 36, or 0");
    if (is_str(x)) return int_from_text(vm, as_str(x)->view(), static_cast<int>(base), x);
    if (is_bytes(x)) return int_from_text(vm, as_bytes(x)->view(), static_cast<int>(base), x);
    if (is_bytearray(x)) return int_from_text(vm, static_cast<ByteArray*>(x.as_object())->view(), static_cast<int>(base), x);
    return vm.raise(vm.exc.TypeError, "int() can't convert non-string with explicit base");
  }
  if (x.is_small_int()) return x;
  if (x.is_bool()) return Value::small_int(x.as_bool() ? 1 : 0);
  if (is_big_int(x)) return make_int(vm, int_to_bigint(x));
  if (x.is_float()) {
    double d = x.as_float();
    if (std::isnan(d)) return vm.raise(vm.exc.ValueError, "cannot convert float NaN to integer");
    if (std::isinf(d)) return vm.raise(vm.exc.OverflowError, "cannot convert float infinity to integer");
    double t = std::trunc(d);
    if (t >= -9.0e15 && t <= 9.0e15) return make_int(vm, static_cast<int64_t>(t));
    return make_int(vm, BigInt::from_double(t));
  }
  if (is_str(x)) return int_from_text(vm, as_str(x)->view(), 10, x);
  if (is_bytes(x)) return int_from_text(vm, as_bytes(x)->view(), 10, x);
  if (is_bytearray(x)) return int_from_text(vm, static_cast<ByteArray*>(x.as_object())->view(), 10, x);
  Type* t = type_of(vm, x);
  // CPython's order for other objects: __int__, then __index__, then the deprecated
  // __trunc__ (whose result only has to be convertible by __index__ again).
  Str* int_name = intern(vm, "__int__");
  if (!type_lookup(t, int_name).is_null()) {
    Value r = EDGE_TRY(call_method(vm, x, int_name, CallArgs{}));
    if (!is_int(r)) return vm.raise_fmt(vm.exc.TypeError, "__int__ returned non-int (type {})", type_name(vm, r));
    return r;
  }
  if (t->slots.index != nullptr) return index_value(vm, x);
  Str* trunc_name = intern(vm, "__trunc__");
  if (!type_lookup(t, trunc_name).is_null()) {
    Value r = EDGE_TRY(call_method(vm, x, trunc_name, CallArgs{}));
    if (is_int(r)) return r;
    TempRoot root(vm, r);
    if (type_of(vm, r)->slots.index == nullptr) {
      return vm.raise_fmt(vm.exc.TypeError, "__trunc__ returned non-Integral (type {})", type_name(vm, r));
    }
    return index_value(vm, r);
  }
  return vm.raise_fmt(vm.exc.TypeError,
                      "int() argument must be a string, a bytes-like object or a real number, not '{}'",
                      type_name_of(t));
}

// Subclass support: an instance of an int subclass is always a heap Int, even for
// small values (only plain ints are unboxed).
Result int_new(VM& vm, Type* type, CallArgs args) {
  Value v = EDGE_TRY(int_construct(vm, vm.types.int_, args));
  if (type == vm.types.int_) return v;
  Int* i = vm.heap.make<Int>(type, int_to_bigint(v));
  return Value::from_object(i);
}

// --- methods -------------------------------------------------------------------------------------

Result int_bit_length(VM& vm, CallArgs args) {
  EDGE_TRY(check_arg_count(vm, args, "int.bit_length", 1, 1));
  return make_int(vm, int_to_bigint(args[0]).bit_length());
}

Result int_bit_count(VM& vm, CallArgs args) {
  EDGE_TRY(check_arg_count(vm, args, "int.bit_count", 1, 1));
  return make_int(vm, int_to_bigint(args[0]).bit_count());
}

Fallible<bool> parse_byteorder(VM& vm, Value v) {
  if (!is_str(v)) {
    return vm.raise_fmt(vm.exc.TypeError, "to_bytes() argument 'byteorder' must be str, not {}", type_name(vm, v));
  }
  std::string_view s = as_str(v)->view();
  if (s == "little") return true;
  if (s == "big") return false;
  return vm.raise(vm.exc.ValueError, "byteorder must be either 'little' or 'big'");
}

Result int_to_bytes(VM& vm, CallArgs args) {
  static const Signature kSig("to_bytes(self, /, length=, byteorder=, *, signed=)");
  Value a[4];
  EDGE_TRY(parse_args(vm, args, kSig, a));
  int64_t length = 1;
  if (!a[1].is_null()) length = EDGE_TRY(index_int64(vm, a[1]));
  if (length < 0) return vm.raise(vm.exc.ValueError, "length argument must be non-negative");
  bool little = false;
  if (!a[2].is_null()) little = EDGE_TRY(parse_byteorder(vm, a[2]));
  bool is_signed = false;
  if (!a[3].is_null()) is_signed = EDGE_TRY(truthy(vm, a[3]));
  std::string out;
  switch (int_to_bigint(a[0]).to_bytes(static_cast<size_t>(length), little, is_signed, out)) {
    case ToBytesStatus::Ok:
      break;
    case ToBytesStatus::TooBig:
      return vm.raise(vm.exc.OverflowError, "int too big to convert");
    case ToBytesStatus::NegativeUnsigned:
      return vm.raise(vm.exc.OverflowError, "can't convert negative int to unsigned");
  }
  return Value::from_object(make_bytes(vm, out));
}

Result int_from_bytes(VM& vm, CallArgs args) {
  static const Signature kSig("from_bytes(cls, /, bytes, byteorder=, *, signed=)");
  Value a[4];
  EDGE_TRY(parse_args(vm, args, kSig, a));
  std::string data;
  if (is_bytes(a[1])) {
    data = std::string(as_bytes(a[1])->view());
  } else if (is_bytearray(a[1])) {
    data = std::string(static_cast<ByteArray*>(a[1].as_object())->view());
  } else if (is_str(a[1])) {
    // CPython's bytes() conversion refuses text before trying the iterable protocol.
    return vm.raise(vm.exc.TypeError, "cannot convert 'str' object to bytes");
  } else {
    // Any iterable of ints in range(256).
    Value it = EDGE_TRY(get_iter(vm, a[1]));
    TempRoot root(vm, it);
    for (;;) {
      Value x = EDGE_TRY(iter_next(vm, it));
      if (x.is_null()) break;
      int64_t byte = EDGE_TRY(index_int64(vm, x));
      if (byte < 0 || byte > 255) return vm.raise(vm.exc.ValueError, "bytes must be in range(0, 256)");
      data += static_cast<char>(byte);
    }
  }
  bool little = false;
  if (!a[2].is_null()) little = EDGE_TRY(parse_byteorder(vm, a[2]));
  bool is_signed = false;
  if (!a[3].is_null()) is_signed = EDGE_TRY(truthy(vm, a[3]));
  Value result = make_int(vm, BigInt::from_bytes(data, little, is_signed));
  // On a subclass (bool included) the result goes through the class, as in CPython.
  if (a[0].as_object() != vm.types.int_) {
    TempRoot root(vm, result);
    return call1(vm, a[0], result);
  }
  return result;
}

Result int_as_integer_ratio(VM& vm, CallArgs args) {
  EDGE_TRY(check_arg_count(vm, args, "int.as_integer_ratio", 1, 1));
  Value self = EDGE_TRY(int_pos(vm, args[0]));
  return Value::from_object(make_tuple(vm, {self, Value::small_int(1)}));
}

Result int_conjugate(VM& vm, CallArgs args) {
  EDGE_TRY(check_arg_count(vm, args, "int.conjugate", 1, 1));
  return int_pos(vm, args[0]);
}

Result int_get_real(VM& vm, Value self) { return int_pos(vm, self); }
Result int_get_imag(VM&, Value) { return Value::small_int(0); }
Result int_get_denominator(VM&, Value) { return Value::small_int(1); }

// The numeric protocol methods CPython's int has; abs(), int(), math.trunc/floor/ceil,
// round() and divmod() give the same results through their own fast paths.
Result int_dunder_abs(VM& vm, CallArgs args) {
  EDGE_TRY(check_arg_count(vm, args, "__abs__", 1, 1));
  Value v = EDGE_TRY(int_pos(vm, args[0]));
  return int_sign(v) < 0 ? unary_op(vm, UnaryOp::Neg, v) : v;
}

// __int__, __trunc__, __floor__, __ceil__: an int is its own integral value.
Result int_dunder_integral(VM& vm, CallArgs args) {
  EDGE_TRY(check_arg_count(vm, args, "__int__", 1, 1));
  return int_pos(vm, args[0]);
}

Result int_dunder_round(VM& vm, CallArgs args) {
  EDGE_TRY(check_arg_count(vm, args, "__round__", 1, 2));
  // Unlike round(), int.__round__ wants an integer ndigits: None is refused.
  if (args.nargs == 2 && args[1].is_none()) {
    return vm.raise(vm.exc.TypeError, "'NoneType' object cannot be interpreted as an integer");
  }
  return call(vm, dict_get_str(vm.builtins, intern(vm, "round")), CallArgs{args.args, args.nargs, nullptr});
}

template <bool kReflected> Result int_dunder_divmod(VM& vm, CallArgs args) {
  EDGE_TRY(check_arg_count(vm, args, kReflected ? "__rdivmod__" : "__divmod__", 2, 2));
  if (!is_int(args[1])) return Value::from_object(vm.not_implemented);
  return kReflected ? int_divmod(vm, args[1], args[0]) : int_divmod(vm, args[0], args[1]);
}

Result int_getnewargs(VM& vm, CallArgs args) {
  EDGE_TRY(check_arg_count(vm, args, "__getnewargs__", 1, 1));
  Value v = EDGE_TRY(int_pos(vm, args[0]));
  return Value::from_object(make_tuple(vm, {v}));
}

const NativeMethodDef kIntMethods[] = {
    {"bit_length", int_bit_length},
    {"bit_count", int_bit_count},
    {"to_bytes", int_to_bytes},
    {"as_integer_ratio", int_as_integer_ratio},
    {"conjugate", int_conjugate},
    {"__abs__", int_dunder_abs},
    {"__int__", int_dunder_integral},
    {"__trunc__", int_dunder_integral},
    {"__floor__", int_dunder_integral},
    {"__ceil__", int_dunder_integral},
    {"__round__", int_dunder_round},
    {"__divmod__", int_dunder_divmod<false>},
    {"__rdivmod__", int_dunder_divmod<true>},
    {"__getnewargs__", int_getnewargs},
    {nullptr, nullptr},
};

const NativeMethodDef kIntClassMethods[] = {
    {"from_bytes", int_from_bytes},
    {nullptr, nullptr},
};

// --- bool ----------------------------------------------------------------------------------------

Result bool_repr(VM& vm, Value self) {
  return Value::from_object(intern(vm, self.as_bool() ? "True" : "False"));
}

template <BinaryOp kOp> Result bool_bitwise(VM& vm, Value a, Value b) {
  if (a.is_bool() && b.is_bool()) {
    bool x = a.as_bool(), y = b.as_bool();
    switch (kOp) {
      case BinaryOp::And: return Value::boolean(x && y);
      case BinaryOp::Or: return Value::boolean(x || y);
      default: return Value::boolean(x != y);
    }
  }
  return int_binary_slot<kOp>(vm, a, b);
}

Result bool_construct(VM& vm, Type*, CallArgs args) {
  EDGE_TRY(check_no_kwargs(vm, args, "bool"));
  EDGE_TRY(check_arg_count(vm, args, "bool", 0, 1));
  if (args.nargs == 0) return Value::boolean(false);
  bool b = EDGE_TRY(truthy(vm, args[0]));
  return Value::boolean(b);
}

Result bool_format(VM& vm, Value self, Str* spec) {
  if (spec->byte_length == 0) return bool_repr(vm, self);
  return int_format(vm, self, spec);
}

}  // namespace

void install_int_type(VM& vm) {
  Type* t = vm.types.int_;
  t->slots.repr = int_repr;
  t->slots.hash = int_hash_slot;
  t->slots.compare = int_compare_slot;
  t->slots.truthy = int_truthy;
  t->slots.index = int_index;
  t->slots.to_float = int_to_float_slot;
  t->slots.format = int_format;
  t->slots.construct = int_construct;
  t->slots.new_ = int_new;
  t->slots.unary[static_cast<int>(UnaryOp::Neg)] = int_neg;
  t->slots.unary[static_cast<int>(UnaryOp::Pos)] = int_pos;
  t->slots.unary[static_cast<int>(UnaryOp::Invert)] = int_invert;
#define EDGE_INT_OP(op) t->slots.binary[static_cast<int>(BinaryOp::op)] = int_binary_slot<BinaryOp::op>;
  EDGE_INT_OP(Add)
  EDGE_INT_OP(Sub)
  EDGE_INT_OP(Mul)
  EDGE_INT_OP(TrueDiv)
  EDGE_INT_OP(FloorDiv)
  EDGE_INT_OP(Mod)
  EDGE_INT_OP(Pow)
  EDGE_INT_OP(LShift)
  EDGE_INT_OP(RShift)
  EDGE_INT_OP(And)
  EDGE_INT_OP(Or)
  EDGE_INT_OP(Xor)
#undef EDGE_INT_OP
  add_methods(vm, t, kIntMethods);
  add_class_methods(vm, t, kIntClassMethods);
  add_getset(vm, t, "real", int_get_real);
  add_getset(vm, t, "imag", int_get_imag);
  add_getset(vm, t, "numerator", int_get_real);
  add_getset(vm, t, "denominator", int_get_denominator);
}

void install_bool_type(VM& vm) {
  Type* t = vm.types.bool_;
  t->slots = vm.types.int_->slots;
  t->slots.repr = bool_repr;
  t->slots.format = bool_format;
  t->slots.construct = bool_construct;
  t->slots.binary[static_cast<int>(BinaryOp::And)] = bool_bitwise<BinaryOp::And>;
  t->slots.binary[static_cast<int>(BinaryOp::Or)] = bool_bitwise<BinaryOp::Or>;
  t->slots.binary[static_cast<int>(BinaryOp::Xor)] = bool_bitwise<BinaryOp::Xor>;
}

}  // namespace edge::vm
