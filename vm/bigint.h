// Arbitrary-precision integers: the value type behind Python's `int` once a value leaves
// the VM's inline small-int range. It knows nothing about the VM: no Value, no GC, no
// Python exceptions. Operations that Python can reject report it by return value (a bool
// or a small enum) and the caller raises the matching exception; preconditions the VM
// has already checked (divisor != 0, non-negative isqrt argument) trap when violated.
//
// Invariant: sign + magnitude, the magnitude a little-endian vector of 32-bit limbs that
// is always normalized: no high zero limbs, zero has no limbs and is never negative.
// Every public operation returns a normalized value. 32-bit limbs because wasm32 has a
// fast 32x32->64 multiply and no 64x64->128 one.
//
// Semantics follow CPython 3.11 (https://docs.python.org/3.11/library/stdtypes.html):
// floor division and modulo round toward negative infinity, bitwise operators act on an
// infinite two's-complement representation, int/float comparisons are exact.
//
// Memory: results that would need gigabytes (x << 2**40, 10 ** 2**40) are the caller's
// to refuse before calling; a failed allocation aborts, as everywhere in the VM.
#pragma once

#include <compare>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace edge::vm {

// Outcome of BigInt::to_bytes; both errors are OverflowError in Python.
enum class ToBytesStatus {
  Ok,
  TooBig,            // "int too big to convert"
  NegativeUnsigned,  // "can't convert negative int to unsigned"
};

// Outcome of BigInt::parse_checked (int(str, base) in Python).
enum class ParseStatus {
  Ok,
  Invalid,        // ValueError "invalid literal for int() with base N: '...'"
  TooManyDigits,  // ValueError "Exceeds the limit (4300 digits) for integer string conversion..."
};

class BigInt {
 public:
  using Limb = uint32_t;

  BigInt() = default;
  explicit BigInt(int64_t value);
  static BigInt from_uint64(uint64_t value);
  // Truncates toward zero, like int(float). Precondition: `value` is finite (int(inf)
  // and int(nan) raise in the caller).
  static BigInt from_double(double value);
  // Builds a value from raw limbs (little-endian, need not be normalized).
  static BigInt from_limbs(std::vector<Limb> magnitude, bool negative);

  // ---- inspection ----
  bool is_zero() const { return mag_.empty(); }
  bool is_negative() const { return neg_; }
  bool is_odd() const { return !mag_.empty() && (mag_[0] & 1) != 0; }
  int sign() const { return neg_ ? -1 : (mag_.empty() ? 0 : 1); }
  const std::vector<Limb>& magnitude() const { return mag_; }
  bool fits_int64() const;
  int64_t to_int64() const;  // precondition: fits_int64()
  bool fits_uint64() const;
  uint64_t to_uint64() const;  // precondition: fits_uint64()
  // Number of bits in abs(self), 0 for zero (int.bit_length).
  int64_t bit_length() const;
  // Number of one bits in abs(self) (int.bit_count).
  int64_t bit_count() const;

  // ---- comparison ----
  // Three-way comparisons return -1, 0 or 1.
  int compare(const BigInt& other) const;
  int compare(int64_t other) const;
  // Exact comparison with a double, as Python compares int with float (every int is
  // below +inf and above -inf). Precondition: value is not NaN (the caller makes every
  // NaN comparison false, as Python does).
  int compare_with_double(double value) const;
  friend bool operator==(const BigInt& a, const BigInt& b) { return a.neg_ == b.neg_ && a.mag_ == b.mag_; }
  friend bool operator==(const BigInt& a, int64_t b) { return a.compare(b) == 0; }
  friend std::strong_ordering operator<=>(const BigInt& a, const BigInt& b) { return a.compare(b) <=> 0; }
  friend std::strong_ordering operator<=>(const BigInt& a, int64_t b) { return a.compare(b) <=> 0; }

  // ---- arithmetic ----
  BigInt operator-() const;
  BigInt abs() const;
  friend BigInt operator+(const BigInt& a, const BigInt& b);
  friend BigInt operator-(const BigInt& a, const BigInt& b);
  friend BigInt operator*(const BigInt& a, const BigInt& b);
  BigInt& operator+=(const BigInt& b) { return *this = *this + b; }
  BigInt& operator-=(const BigInt& b) { return *this = *this - b; }
  BigInt& operator*=(const BigInt& b) { return *this = *this * b; }

  // Python's divmod: q = floor(a / b), r = a - q*b (r has the sign of b). q and r may
  // alias a or b. Precondition: b != 0.
  static void floor_divmod(const BigInt& a, const BigInt& b, BigInt& q, BigInt& r);
  static BigInt floor_div(const BigInt& a, const BigInt& b);
  static BigInt floor_mod(const BigInt& a, const BigInt& b);

  // base ** exp. The caller bounds the result size (about bit_length * exp bits).
  static BigInt pow(const BigInt& base, uint64_t exp);
  // pow(base, exp, mod) for exp >= 0: the result lies in [0, mod) for mod > 0 and in
  // (mod, 0] for mod < 0. Preconditions: exp >= 0, mod != 0.
  static BigInt pow_mod(const BigInt& base, const BigInt& exp, const BigInt& mod);
  // pow(a, -1, m): the inverse of a modulo m, normalized like pow_mod (sign of m).
  // Returns false when gcd(a, m) != 1 ("base is not invertible for the given modulus").
  // Precondition: m != 0.
  [[nodiscard]] static bool mod_inverse(const BigInt& a, const BigInt& m, BigInt& out);
  // gcd(abs(a), abs(b)); gcd(0, 0) == 0.
  static BigInt gcd(const BigInt& a, const BigInt& b);
  // floor(sqrt(a)) (math.isqrt). Precondition: a >= 0.
  static BigInt isqrt(const BigInt& a);

  // ---- shifts and bitwise operators (infinite two's complement) ----
  BigInt shift_left(uint64_t bits) const;
  BigInt shift_right(uint64_t bits) const;  // floor: -5 >> 1 == -3
  friend BigInt operator&(const BigInt& a, const BigInt& b);
  friend BigInt operator|(const BigInt& a, const BigInt& b);
  friend BigInt operator^(const BigInt& a, const BigInt& b);
  BigInt operator~() const;  // -self - 1

  // ---- floats ----
  // Correctly rounded (half-even) conversion. Sets `overflow` (and returns +-inf) when
  // the magnitude rounds past DBL_MAX ("int too large to convert to float").
  double to_double(bool& overflow) const;
  // Python's int / int, correctly rounded for any operand sizes. Returns false on
  // overflow ("integer division result too large for a float"). Precondition: b != 0.
  [[nodiscard]] static bool true_divide(const BigInt& a, const BigInt& b, double& out);

  // ---- bytes ----
  // int.to_bytes(length, byteorder, signed=is_signed): appends exactly `length` bytes to
  // `out` on success and leaves it untouched on error.
  [[nodiscard]] ToBytesStatus to_bytes(size_t length, bool little_endian, bool is_signed, std::string& out) const;
  // int.from_bytes(bytes, byteorder, signed=is_signed).
  static BigInt from_bytes(std::string_view bytes, bool little_endian, bool is_signed);

  // ---- hashing ----
  // CPython's hash(int) on 64-bit builds: abs(self) mod (2**61 - 1) carrying the sign,
  // with -1 replaced by -2.
  int64_t python_hash() const;

  // ---- text ----
  // Digits in `base` (2..36), lowercase, '-' for negatives, no prefix. Subquadratic for
  // bases that are not powers of two.
  std::string to_string(int base = 10) const;
  // Bounds on the number of decimal digits of abs(self) (1 for zero), cheap enough to
  // enforce the int/str conversion limit before converting: a value whose lower bound
  // passes the limit is rejected without work, one whose upper bound is within it is
  // accepted, and only the values in between need the exact count from to_string().
  size_t decimal_digits_upper_bound() const;
  size_t decimal_digits_lower_bound() const;

  // int(text, base) for ASCII text: surrounding whitespace, sign, base 0 prefix detection,
  // the prefix matching an explicit base 2/8/16, single underscores between digits.
  // Precondition: base == 0 or 2 <= base <= 36 (the caller raises for other bases).
  [[nodiscard]] static bool parse(std::string_view text, int base, BigInt& out);
  // parse() plus CPython's digit limit: for bases that are not powers of two, a digit
  // run longer than max_digits (0 = unlimited) gives TooManyDigits. CPython checks this
  // after scanning the digits but before checking for trailing garbage, so the status
  // order matches it.
  [[nodiscard]] static ParseStatus parse_checked(std::string_view text, int base, size_t max_digits, BigInt& out);
  // A source literal, underscores already removed: "123", "0x1f", "0o17", "0b101" (any
  // prefix case). Returns false if the literal has an invalid digit.
  [[nodiscard]] static bool parse_literal(std::string_view literal, BigInt& out);

 private:
  void trim();

  bool neg_ = false;
  std::vector<Limb> mag_;
};

}  // namespace edge::vm
