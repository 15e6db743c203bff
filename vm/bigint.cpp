// BigInt's signed layer: construction, comparison, +, -, *, pow, shifts, Python's
// two's-complement bitwise operators, float conversion and comparison, true division,
// to_bytes/from_bytes and hashing. Magnitude arithmetic lives in bigint_limbs.cpp,
// division and number theory in bigint_div.cpp, text conversion in bigint_str.cpp.
//
// Invariant: every value leaving this file is normalized (see bigint.h): trim() runs
// after any operation that can leave high zero limbs, and a zero result is never
// negative.
#include "vm/bigint.h"

#include <algorithm>
#include <bit>
#include <cfloat>
#include <cmath>

#include "vm/bigint_limbs.h"

namespace edge::vm {

namespace bd = bigint_detail;
using bd::Limb;
using bd::Limbs;

void BigInt::trim() {
  bd::trim(mag_);
  if (mag_.empty()) neg_ = false;
}

// ---------------------------------------------------------------- construction

BigInt::BigInt(int64_t value) {
  // Negate in unsigned arithmetic so INT64_MIN works.
  uint64_t m = value < 0 ? uint64_t{0} - static_cast<uint64_t>(value) : static_cast<uint64_t>(value);
  if (m != 0) mag_.push_back(static_cast<Limb>(m));
  if ((m >> 32) != 0) mag_.push_back(static_cast<Limb>(m >> 32));
  neg_ = value < 0;
}

BigInt BigInt::from_uint64(uint64_t value) {
  BigInt out;
  if (value != 0) out.mag_.push_back(static_cast<Limb>(value));
  if ((value >> 32) != 0) out.mag_.push_back(static_cast<Limb>(value >> 32));
  return out;
}

BigInt BigInt::from_limbs(std::vector<Limb> magnitude, bool negative) {
  BigInt out;
  out.mag_ = std::move(magnitude);
  out.neg_ = negative;
  out.trim();
  return out;
}

BigInt BigInt::from_double(double value) {
  bd::require(std::isfinite(value));
  double t = std::trunc(value);
  if (t == 0) return BigInt();
  int exp = 0;
  double frac = std::frexp(std::fabs(t), &exp);  // |t| = frac * 2^exp, 0.5 <= frac < 1
  // The 53-bit mantissa as an integer; |t| = mant * 2^(exp - 53) exactly.
  uint64_t mant = static_cast<uint64_t>(std::ldexp(frac, 53));
  BigInt out = from_uint64(mant);
  if (exp >= 53) {
    out = out.shift_left(static_cast<uint64_t>(exp - 53));
  } else {
    // t is an integer, so the bits shifted out are zero.
    out = out.shift_right(static_cast<uint64_t>(53 - exp));
  }
  out.neg_ = value < 0;
  out.trim();
  return out;
}

// ---------------------------------------------------------------- inspection

bool BigInt::fits_int64() const {
  if (mag_.size() <= 1) return true;
  if (mag_.size() > 2) return false;
  uint64_t m = (uint64_t{mag_[1]} << 32) | mag_[0];
  return neg_ ? m <= (uint64_t{1} << 63) : m < (uint64_t{1} << 63);
}

int64_t BigInt::to_int64() const {
  bd::require(fits_int64());
  uint64_t m = 0;
  if (!mag_.empty()) m = mag_[0];
  if (mag_.size() > 1) m |= uint64_t{mag_[1]} << 32;
  return neg_ ? static_cast<int64_t>(uint64_t{0} - m) : static_cast<int64_t>(m);
}

bool BigInt::fits_uint64() const { return !neg_ && mag_.size() <= 2; }

uint64_t BigInt::to_uint64() const {
  bd::require(fits_uint64());
  uint64_t m = 0;
  if (!mag_.empty()) m = mag_[0];
  if (mag_.size() > 1) m |= uint64_t{mag_[1]} << 32;
  return m;
}

int64_t BigInt::bit_length() const { return static_cast<int64_t>(bd::bit_length(mag_)); }

int64_t BigInt::bit_count() const {
  int64_t count = 0;
  for (Limb limb : mag_) count += std::popcount(limb);
  return count;
}

// ---------------------------------------------------------------- comparison

int BigInt::compare(const BigInt& other) const {
  if (neg_ != other.neg_) return neg_ ? -1 : 1;
  int c = bd::compare(mag_, other.mag_);
  return neg_ ? -c : c;
}

int BigInt::compare(int64_t other) const {
  if (!fits_int64()) return neg_ ? -1 : 1;  // beyond int64 in the direction of its sign
  int64_t v = to_int64();
  return v < other ? -1 : (v > other ? 1 : 0);
}

int BigInt::compare_with_double(double value) const {
  bd::require(!std::isnan(value));
  if (std::isinf(value)) return value > 0 ? -1 : 1;
  // Signs first, then magnitudes: |value| = ipart + frac with both parts exact doubles.
  int s = sign();
  int ds = value > 0 ? 1 : (value < 0 ? -1 : 0);
  if (s != ds) return s < ds ? -1 : 1;
  if (s == 0) return 0;
  double mag = std::fabs(value);
  double ipart = std::trunc(mag);
  BigInt whole = from_double(ipart);
  int c = bd::compare(mag_, whole.mag_);
  if (c == 0 && mag != ipart) c = -1;  // |self| == ipart < |value|
  return s < 0 ? -c : c;
}

// ---------------------------------------------------------------- arithmetic

BigInt BigInt::operator-() const {
  BigInt out = *this;
  if (!out.mag_.empty()) out.neg_ = !out.neg_;
  return out;
}

BigInt BigInt::abs() const {
  BigInt out = *this;
  out.neg_ = false;
  return out;
}

namespace {

// Signed sum of magnitudes with signs an and bn.
BigInt signed_add(const Limbs& a, bool an, const Limbs& b, bool bn) {
  if (an == bn) return BigInt::from_limbs(bd::add(a, b), an);
  int c = bd::compare(a, b);
  if (c == 0) return BigInt();
  if (c > 0) return BigInt::from_limbs(bd::sub(a, b), an);
  return BigInt::from_limbs(bd::sub(b, a), bn);
}

}  // namespace

BigInt operator+(const BigInt& a, const BigInt& b) { return signed_add(a.mag_, a.neg_, b.mag_, b.neg_); }

BigInt operator-(const BigInt& a, const BigInt& b) { return signed_add(a.mag_, a.neg_, b.mag_, !b.neg_); }

BigInt operator*(const BigInt& a, const BigInt& b) {
  return BigInt::from_limbs(&a == &b ? bd::square(a.mag_) : bd::mul(a.mag_, b.mag_), a.neg_ != b.neg_);
}

BigInt BigInt::pow(const BigInt& base, uint64_t exp) {
  if (exp == 0) return BigInt(1);
  if (base.is_zero()) return BigInt();
  bool negative = base.neg_ && (exp & 1) != 0;
  // base = odd * 2^tz: raise the odd part and shift, which keeps 10**n cheap.
  uint64_t tz = 0;
  while (base.mag_[tz / 32] == 0) tz += 32;
  tz += static_cast<uint64_t>(std::countr_zero(base.mag_[tz / 32]));
  Limbs odd = bd::shift_right(base.mag_, tz);
  Limbs acc{1};
  if (!(odd.size() == 1 && odd[0] == 1)) {
    // Left-to-right binary powering.
    int top = 63 - std::countl_zero(exp);
    acc = odd;
    for (int i = top - 1; i >= 0; --i) {
      acc = bd::square(acc);
      if ((exp >> i) & 1) acc = bd::mul(acc, odd);
    }
  }
  if (tz != 0) acc = bd::shift_left(acc, tz * exp);
  return from_limbs(std::move(acc), negative);
}

// ---------------------------------------------------------------- shifts and bitwise

BigInt BigInt::shift_left(uint64_t bits) const { return from_limbs(bd::shift_left(mag_, bits), neg_); }

BigInt BigInt::shift_right(uint64_t bits) const {
  Limbs q = bd::shift_right(mag_, bits);
  if (neg_ && bd::any_low_bits(mag_, bits)) {
    // floor(-m / 2^k) == -ceil(m / 2^k)
    Limb one = 1;
    bd::add_in_place(q, &one, 1);
  }
  return from_limbs(std::move(q), neg_);
}

namespace {

// Two's complement of limbs in place over their fixed width (invert, add one).
void negate_in_place(Limbs& v) {
  uint64_t carry = 1;
  for (Limb& limb : v) {
    uint64_t t = static_cast<uint64_t>(static_cast<Limb>(~limb)) + carry;
    limb = static_cast<Limb>(t);
    carry = t >> 32;
  }
}

// The low n limbs of the infinite two's-complement form of (negative ? -m : m).
Limbs twos_complement(const Limbs& m, bool negative, size_t n) {
  Limbs v(n, 0);
  std::copy(m.begin(), m.end(), v.begin());
  if (negative) negate_in_place(v);
  return v;
}

enum class BitOp { And, Or, Xor };

// Python's &, |, ^ act on the infinite two's-complement forms; one extra limb beyond
// the longer operand holds the sign extension, which decides the result's sign.
BigInt bitwise(const BigInt& a, const BigInt& b, BitOp op) {
  size_t n = std::max(a.magnitude().size(), b.magnitude().size()) + 1;
  Limbs x = twos_complement(a.magnitude(), a.is_negative(), n);
  Limbs y = twos_complement(b.magnitude(), b.is_negative(), n);
  for (size_t i = 0; i < n; ++i) {
    switch (op) {
      case BitOp::And: x[i] &= y[i]; break;
      case BitOp::Or: x[i] |= y[i]; break;
      case BitOp::Xor: x[i] ^= y[i]; break;
    }
  }
  bool negative = (x[n - 1] >> 31) != 0;
  if (negative) negate_in_place(x);
  return BigInt::from_limbs(std::move(x), negative);
}

}  // namespace

BigInt operator&(const BigInt& a, const BigInt& b) { return bitwise(a, b, BitOp::And); }
BigInt operator|(const BigInt& a, const BigInt& b) { return bitwise(a, b, BitOp::Or); }
BigInt operator^(const BigInt& a, const BigInt& b) { return bitwise(a, b, BitOp::Xor); }

BigInt BigInt::operator~() const { return -*this - BigInt(1); }

// ---------------------------------------------------------------- floats

namespace {

// The 64 bits of m starting at bit `pos` (bits past the top read as zero).
uint64_t bits_at(const Limbs& m, uint64_t pos) {
  uint64_t out = 0;
  size_t limb = static_cast<size_t>(pos / 32);
  unsigned off = static_cast<unsigned>(pos % 32);
  for (unsigned k = 0; k < 3; ++k) {
    if (limb + k >= m.size()) break;
    uint64_t v = m[limb + k];
    int at = static_cast<int>(32 * k) - static_cast<int>(off);
    if (at >= 0) {
      if (at < 64) out |= v << at;
    } else {
      out |= v >> -at;
    }
  }
  return out;
}

// Round a 64-bit window of significant bits to `keep` bits, half to even; `sticky`
// says whether any bit below the window is set. Returns the rounded significand
// (which may have carried to 2^keep).
uint64_t round_half_even(uint64_t window, unsigned drop, bool sticky) {
  if (drop == 0) return window;
  if (drop >= 64) return 0;  // callers only drop up to 63 bits; keeps the shifts defined
  uint64_t kept = window >> drop;
  uint64_t low = window & ((uint64_t{1} << drop) - 1);
  uint64_t half = uint64_t{1} << (drop - 1);
  if (low > half || (low == half && (sticky || (kept & 1) != 0))) ++kept;
  return kept;
}

}  // namespace

double BigInt::to_double(bool& overflow) const {
  overflow = false;
  if (mag_.empty()) return 0.0;
  uint64_t bl = bd::bit_length(mag_);
  double result;
  if (bl <= 53) {
    result = static_cast<double>(bits_at(mag_, 0));
  } else {
    // Bits [bl-64, bl) left-aligned (zero-filled below when bl < 64), plus a sticky bit.
    uint64_t window;
    bool sticky = false;
    if (bl >= 64) {
      window = bits_at(mag_, bl - 64);
      sticky = bd::any_low_bits(mag_, bl - 64);
    } else {
      window = bits_at(mag_, 0) << (64 - bl);
    }
    uint64_t mant = round_half_even(window, 11, sticky);
    if (bl > 1024 || (bl == 1024 && (mant >> 53) != 0)) {
      overflow = true;
      return neg_ ? -HUGE_VAL : HUGE_VAL;
    }
    result = std::ldexp(static_cast<double>(mant), static_cast<int>(bl) - 53);
  }
  return neg_ ? -result : result;
}

bool BigInt::true_divide(const BigInt& a, const BigInt& b, double& out) {
  bd::require(!b.is_zero());
  bool negative = a.neg_ != b.neg_;
  if (a.is_zero()) {
    out = negative ? -0.0 : 0.0;
    return true;
  }
  int64_t la = a.bit_length();
  int64_t lb = b.bit_length();
  if (la <= 53 && lb <= 53) {
    // Both operands are exact doubles, so IEEE division rounds correctly.
    bool unused = false;
    out = a.to_double(unused) / b.to_double(unused);
    return true;
  }
  // |a/b| lies in [2^(la-lb-1), 2^(la-lb+1)).
  if (la - lb > DBL_MAX_EXP + 1) return false;
  if (la - lb < DBL_MIN_EXP - DBL_MANT_DIG - 3) {
    // Below half the smallest subnormal: rounds to zero.
    out = negative ? -0.0 : 0.0;
    return true;
  }
  // q = floor(|a| * 2^s / |b|) has 55 or 56 bits: two guard bits beyond a double's 53,
  // and the remainder supplies the sticky bit.
  int64_t s = lb - la + 55;
  Limbs num = s >= 0 ? bd::shift_left(a.mag_, static_cast<uint64_t>(s)) : a.mag_;
  Limbs den = s >= 0 ? b.mag_ : bd::shift_left(b.mag_, static_cast<uint64_t>(-s));
  Limbs q;
  Limbs r;
  bd::divmod(num, den, q, r);
  uint64_t qv = bits_at(q, 0);
  bool sticky = !r.empty();
  int64_t qbits = std::bit_width(qv);
  // |a/b| ~ qv * 2^-s. The top bit has exponent qbits-1-s; a double keeps 53 bits
  // below it, but never goes below the subnormal unit 2^-1074.
  int64_t ulp_exp = std::max<int64_t>(qbits - 1 - s - 52, DBL_MIN_EXP - DBL_MANT_DIG);
  int64_t drop = ulp_exp + s;  // >= 2 by construction
  uint64_t mant = drop >= 63 ? 0 : round_half_even(qv, static_cast<unsigned>(drop), sticky);
  double result = std::ldexp(static_cast<double>(mant), static_cast<int>(ulp_exp));
  if (std::isinf(result)) return false;
  out = negative ? -result : result;
  return true;
}

// ---------------------------------------------------------------- bytes

ToBytesStatus BigInt::to_bytes(size_t length, bool little_endian, bool is_signed, std::string& out) const {
  if (neg_ && !is_signed) return ToBytesStatus::NegativeUnsigned;
  if (!mag_.empty()) {
    uint64_t bl = bd::bit_length(mag_);
    uint64_t avail = 8 * static_cast<uint64_t>(length);
    bool fits;
    if (!is_signed) {
      fits = bl <= avail;
    } else if (!neg_) {
      fits = bl < avail;
    } else {
      // -2^(avail-1) is the most negative value: |self| <= 2^(avail-1).
      bool power_of_two = std::popcount(mag_.back()) == 1 &&
                          std::all_of(mag_.begin(), mag_.end() - 1, [](Limb l) { return l == 0; });
      fits = bl < avail || (bl == avail && power_of_two);
      // CPython quirk: (-1).to_bytes(0, ..., signed=True) == b'' (nothing but sign bits).
      if (length == 0 && mag_.size() == 1 && mag_[0] == 1) fits = true;
    }
    if (!fits) return ToBytesStatus::TooBig;
  }
  // Little-endian two's complement of exactly `length` bytes.
  std::string bytes(length, '\0');
  uint32_t carry = neg_ ? 1 : 0;
  for (size_t i = 0; i < length; ++i) {
    uint32_t byte = i / 4 < mag_.size() ? (mag_[i / 4] >> (8 * (i % 4))) & 0xFF : 0;
    if (neg_) {
      byte = (~byte & 0xFF) + carry;
      carry = byte >> 8;
      byte &= 0xFF;
    }
    bytes[i] = static_cast<char>(byte);
  }
  if (!little_endian) std::reverse(bytes.begin(), bytes.end());
  out += bytes;
  return ToBytesStatus::Ok;
}

BigInt BigInt::from_bytes(std::string_view bytes, bool little_endian, bool is_signed) {
  size_t n = bytes.size();
  Limbs mag((n + 3) / 4, 0);
  auto byte_at = [&](size_t i) {  // i-th least significant byte
    return static_cast<uint8_t>(little_endian ? bytes[i] : bytes[n - 1 - i]);
  };
  for (size_t i = 0; i < n; ++i) mag[i / 4] |= Limb{byte_at(i)} << (8 * (i % 4));
  bool negative = is_signed && n > 0 && (byte_at(n - 1) & 0x80) != 0;
  if (negative) {
    // value - 2^(8n): the magnitude is the two's complement over n bytes.
    negate_in_place(mag);
    if (n % 4 != 0) mag.back() &= (Limb{1} << (8 * (n % 4))) - 1;
  }
  return from_limbs(std::move(mag), negative);
}

// ---------------------------------------------------------------- hashing

int64_t BigInt::python_hash() const {
  // Horner's rule modulo the Mersenne prime P = 2^61 - 1, most significant limb first.
  // Multiplying h < P by 2^32 is a 61-bit rotation because 2^61 == 1 (mod P).
  constexpr uint64_t kModulus = (uint64_t{1} << 61) - 1;
  uint64_t h = 0;
  for (size_t i = mag_.size(); i-- > 0;) {
    h = ((h << 32) & kModulus) | (h >> 29);
    h += mag_[i];
    if (h >= kModulus) h -= kModulus;
  }
  int64_t result = static_cast<int64_t>(h);
  if (neg_) result = -result;
  return result == -1 ? -2 : result;
}

// ---------------------------------------------------------------- text limits

size_t BigInt::decimal_digits_upper_bound() const {
  // digits = floor(log10(|x|)) + 1 <= floor(bits * log10(2)) + 1; 30103/100000 is just
  // above log10(2).
  uint64_t bits = bd::bit_length(mag_);
  return static_cast<size_t>(bits * 30103 / 100000 + 1);
}

size_t BigInt::decimal_digits_lower_bound() const {
  // |x| >= 2^(bits-1), so digits >= floor((bits-1) * log10(2)) + 1; 30102/100000 is
  // just below log10(2).
  uint64_t bits = bd::bit_length(mag_);
  if (bits == 0) return 1;
  return static_cast<size_t>((bits - 1) * 30102 / 100000 + 1);
}

}  // namespace edge::vm
