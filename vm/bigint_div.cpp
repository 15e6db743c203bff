// Division and the number theory built on it: single-limb division, schoolbook long
// division (Knuth vol. 2, 4.3.1, algorithm D), Burnikel-Ziegler recursive division for
// large operands (so that radix conversion and big divmods stay subquadratic), Python's
// floor division, gcd (Lehmer), modular inverse, modular power and integer square root.
//
// Invariant: the magnitude-level divmod always returns q, r with a == q*b + r and
// 0 <= r < b, both normalized; everything signed is derived from it here.
#include <algorithm>
#include <bit>

#include "vm/bigint.h"
#include "vm/bigint_limbs.h"

namespace edge::vm {

namespace bigint_detail {

namespace {

// Divisors at least this long (with at least this many quotient limbs) go through
// Burnikel-Ziegler, which also divides blocks of at most this size by schoolbook.
// Measured natively: 2n-by-n division is 1.2x faster than schoolbook at 128 limbs and
// 2.4x at 1024; the choice is flat between 32 and 64.
constexpr size_t kBurnikelZieglerThreshold = 48;

// Knuth's algorithm D. a: na limbs, b: nb >= 2 limbs with b[nb-1] != 0, na >= nb.
// Writes na - nb + 1 quotient limbs to q and nb remainder limbs to r.
void div_school(const Limb* a, size_t na, const Limb* b, size_t nb, Limb* q, Limb* r) {
  // Normalize so the divisor's top bit is set; then each quotient-limb estimate from the
  // top two dividend limbs is at most 2 too large (Knuth's theorem B).
  int s = std::countl_zero(b[nb - 1]);
  Limbs v(nb);
  Limbs u(na + 1);
  if (s == 0) {
    std::copy(b, b + nb, v.begin());
    std::copy(a, a + na, u.begin());
    u[na] = 0;
  } else {
    for (size_t i = nb - 1; i > 0; --i) v[i] = (b[i] << s) | (b[i - 1] >> (32 - s));
    v[0] = b[0] << s;
    u[na] = a[na - 1] >> (32 - s);
    for (size_t i = na - 1; i > 0; --i) u[i] = (a[i] << s) | (a[i - 1] >> (32 - s));
    u[0] = a[0] << s;
  }
  const uint64_t base = uint64_t{1} << 32;
  const uint64_t vtop = v[nb - 1];
  const uint64_t vnext = v[nb - 2];
  for (size_t j = na - nb + 1; j-- > 0;) {
    uint64_t num = (static_cast<uint64_t>(u[j + nb]) << 32) | u[j + nb - 1];
    uint64_t qhat = num / vtop;
    uint64_t rhat = num % vtop;
    while (qhat >= base || qhat * vnext > ((rhat << 32) | u[j + nb - 2])) {
      --qhat;
      rhat += vtop;
      if (rhat >= base) break;
    }
    // u[j .. j+nb] -= qhat * v
    uint64_t carry = 0;
    uint64_t borrow = 0;
    for (size_t i = 0; i < nb; ++i) {
      uint64_t p = qhat * v[i] + carry;
      carry = p >> 32;
      uint64_t t = static_cast<uint64_t>(u[i + j]) - static_cast<Limb>(p) - borrow;
      u[i + j] = static_cast<Limb>(t);
      borrow = (t >> 32) & 1;
    }
    uint64_t t = static_cast<uint64_t>(u[j + nb]) - carry - borrow;
    u[j + nb] = static_cast<Limb>(t);
    if ((t >> 32) != 0) {
      // qhat was one too large (rare: probability about 2/base): add v back.
      --qhat;
      uint64_t c = 0;
      for (size_t i = 0; i < nb; ++i) {
        uint64_t sum = static_cast<uint64_t>(u[i + j]) + v[i] + c;
        u[i + j] = static_cast<Limb>(sum);
        c = sum >> 32;
      }
      u[j + nb] = static_cast<Limb>(u[j + nb] + c);
    }
    q[j] = static_cast<Limb>(qhat);
  }
  // Unnormalize the remainder.
  if (s == 0) {
    std::copy(u.begin(), u.begin() + static_cast<ptrdiff_t>(nb), r);
  } else {
    for (size_t i = 0; i < nb; ++i) r[i] = (u[i] >> s) | (u[i + 1] << (32 - s));
  }
}

void div_2n1n(const Limb* a, const Limb* b, size_t n, Limb* q, Limb* r);

// Burnikel-Ziegler's 3-by-2 step. a: 3h limbs, b: 2h limbs with its top bit set, and
// a < b * B^h. Writes h quotient limbs to q and 2h remainder limbs to r. The quotient
// estimate comes from dividing the top 2h limbs of a by the top h limbs of b; it is
// at most 2 too large, fixed by adding b back.
void div_3n2n(const Limb* a, const Limb* b, size_t h, Limb* q, Limb* r) {
  const Limb* a12 = a + h;
  const Limb* a1 = a + 2 * h;
  const Limb* b1 = b + h;
  const Limb* b2 = b;
  Limbs r1(h + 1, 0);
  if (compare_n(a1, b1, h) < 0) {
    div_2n1n(a12, b1, h, q, r1.data());
  } else {
    // a < b*B^h forces a1 == b1 here; the estimate B^h - 1 leaves
    // R1 = [a1 a2] - (B^h - 1)*b1 = a2 + b1, which may carry into limb h.
    std::fill(q, q + h, ~Limb{0});
    r1[h] = add_raw(a + h, h, b1, h, r1.data());
  }
  Limbs d(2 * h);
  mul_raw(q, h, b2, h, d.data());
  // t = R1 * B^h + a3
  Limbs t(2 * h + 1);
  std::copy(a, a + h, t.begin());
  std::copy(r1.begin(), r1.end(), t.begin() + static_cast<ptrdiff_t>(h));
  bool t_ge_d = t[2 * h] != 0 || compare_n(t.data(), d.data(), 2 * h) >= 0;
  if (t_ge_d) {
    sub_raw(t.data(), 2 * h + 1, d.data(), 2 * h, t.data());
    std::copy(t.begin(), t.begin() + static_cast<ptrdiff_t>(2 * h), r);
    return;
  }
  // The remainder estimate is negative: hold its magnitude and add b until it is not.
  Limbs neg(2 * h);
  sub_raw(d.data(), 2 * h, t.data(), 2 * h, neg.data());
  while (true) {
    // q -= 1 (q > 0 because the true quotient is >= 0 and the estimate overshot).
    for (size_t i = 0; i < h; ++i) {
      if (q[i]-- != 0) break;
    }
    if (compare_n(neg.data(), b, 2 * h) <= 0) {
      sub_raw(b, 2 * h, neg.data(), 2 * h, r);
      return;
    }
    sub_raw(neg.data(), 2 * h, b, 2 * h, neg.data());
  }
}

// Burnikel-Ziegler's 2-by-1 step. a: 2n limbs, b: n limbs with its top bit set, and
// a < b * B^n. Writes n quotient limbs to q and n remainder limbs to r.
void div_2n1n(const Limb* a, const Limb* b, size_t n, Limb* q, Limb* r) {
  if (n % 2 != 0 || n <= kBurnikelZieglerThreshold) {
    Limbs qq(n + 1);
    div_school(a, 2 * n, b, n, qq.data(), r);
    std::copy(qq.begin(), qq.begin() + static_cast<ptrdiff_t>(n), q);
    return;
  }
  size_t h = n / 2;
  // a = [A1 A2 A3 A4] in h-limb blocks, most significant first.
  Limbs mid(n);
  div_3n2n(a + h, b, h, q + h, mid.data());
  Limbs t(3 * h);
  std::copy(a, a + h, t.begin());
  std::copy(mid.begin(), mid.end(), t.begin() + static_cast<ptrdiff_t>(h));
  div_3n2n(t.data(), b, h, q, r);
}

// Driver: pads b to n = j * 2^k limbs (j <= threshold) with its top bit set, so every
// recursion level halves evenly, then divides a block by block.
void div_burnikel_ziegler(const Limbs& a, const Limbs& b, Limbs& q, Limbs& r) {
  size_t s = b.size();
  unsigned k = 0;
  while ((s >> k) > kBurnikelZieglerThreshold) ++k;
  size_t j = ((s - 1) >> k) + 1;
  size_t n = j << k;
  uint64_t shift = 32 * static_cast<uint64_t>(n - s) + static_cast<uint64_t>(std::countl_zero(b.back()));
  Limbs bn = shift_left(b, shift);
  Limbs an = shift_left(a, shift);
  // Cut an into t blocks of n limbs. div_2n1n needs the top block below bn; when it
  // is not, it is below 2*bn (bn's top bit is set), so that quotient block is 1:
  // subtract bn once instead of dividing a whole extra block of zeros.
  size_t t = (an.size() + n - 1) / n;
  if (t < 2) t = 2;
  an.resize(t * n, 0);
  Limbs qn((t - 1) * n + 1, 0);
  Limb* top_block = an.data() + (t - 1) * n;
  if (compare_n(top_block, bn.data(), n) >= 0) {
    sub_raw(top_block, n, bn.data(), n, top_block);
    qn[(t - 1) * n] = 1;
  }
  Limbs z(2 * n);
  Limbs rem(n);
  std::copy(an.begin() + static_cast<ptrdiff_t>((t - 2) * n), an.end(), z.begin());
  for (size_t i = t - 1; i-- > 0;) {
    div_2n1n(z.data(), bn.data(), n, qn.data() + i * n, rem.data());
    if (i > 0) {
      std::copy(an.begin() + static_cast<ptrdiff_t>((i - 1) * n), an.begin() + static_cast<ptrdiff_t>(i * n),
                z.begin());
      std::copy(rem.begin(), rem.end(), z.begin() + static_cast<ptrdiff_t>(n));
    }
  }
  trim(qn);
  trim(rem);
  q = std::move(qn);
  r = shift_right(rem, shift);
}

}  // namespace

Limb div_small_in_place(Limbs& a, Limb d) {
  require(d != 0);
  uint64_t rem = 0;
  for (size_t i = a.size(); i-- > 0;) {
    uint64_t cur = (rem << 32) | a[i];
    a[i] = static_cast<Limb>(cur / d);
    rem = cur % d;
  }
  trim(a);
  return static_cast<Limb>(rem);
}

void divmod(const Limbs& a, const Limbs& b, Limbs& q, Limbs& r) {
  require(!b.empty());
  if (compare(a, b) < 0) {
    q.clear();
    r = a;
    return;
  }
  if (b.size() == 1) {
    q = a;
    Limb rem = div_small_in_place(q, b[0]);
    r.clear();
    if (rem != 0) r.push_back(rem);
    return;
  }
  if (b.size() >= kBurnikelZieglerThreshold && a.size() - b.size() >= kBurnikelZieglerThreshold) {
    div_burnikel_ziegler(a, b, q, r);
    return;
  }
  q.assign(a.size() - b.size() + 1, 0);
  r.assign(b.size(), 0);
  div_school(a.data(), a.size(), b.data(), b.size(), q.data(), r.data());
  trim(q);
  trim(r);
}

}  // namespace bigint_detail

using bigint_detail::Limb;
using bigint_detail::Limbs;

void BigInt::floor_divmod(const BigInt& a, const BigInt& b, BigInt& q, BigInt& r) {
  bigint_detail::require(!b.is_zero());
  Limbs qm;
  Limbs rm;
  bigint_detail::divmod(a.mag_, b.mag_, qm, rm);
  bool a_neg = a.neg_;
  bool b_neg = b.neg_;
  // The magnitudes give the truncated quotient. Floor differs from it exactly when the
  // signs differ and the remainder is non-zero: then the (negative) quotient moves one
  // further from zero and the remainder becomes |b| - |r| with b's sign.
  bool adjust = (a_neg != b_neg) && !rm.empty();
  if (adjust) {
    Limb one = 1;
    bigint_detail::add_in_place(qm, &one, 1);
    rm = bigint_detail::sub(b.mag_, rm);
  }
  q.mag_ = std::move(qm);
  q.neg_ = (a_neg != b_neg) && !q.mag_.empty();
  r.mag_ = std::move(rm);
  r.neg_ = b_neg && !r.mag_.empty();
}

BigInt BigInt::floor_div(const BigInt& a, const BigInt& b) {
  BigInt q;
  BigInt r;
  floor_divmod(a, b, q, r);
  return q;
}

BigInt BigInt::floor_mod(const BigInt& a, const BigInt& b) {
  BigInt q;
  BigInt r;
  floor_divmod(a, b, q, r);
  return r;
}

namespace {

// The 62 bits of m starting at bit `pos`.
int64_t top62(const Limbs& m, uint64_t pos) {
  size_t limb = static_cast<size_t>(pos / 32);
  unsigned off = static_cast<unsigned>(pos % 32);
  uint64_t out = 0;
  for (unsigned k = 0; k < 3 && limb + k < m.size(); ++k) {
    uint64_t v = m[limb + k];
    int at = static_cast<int>(32 * k) - static_cast<int>(off);
    out |= at >= 0 ? (at < 64 ? v << at : 0) : v >> -at;
  }
  return static_cast<int64_t>(out & ((uint64_t{1} << 62) - 1));
}

// One plain Euclid step (u, v) = (v, u mod v), carrying the cofactors along.
void euclid_step(Limbs& u, Limbs& v, BigInt* su, BigInt* sv) {
  Limbs q;
  Limbs r;
  bigint_detail::divmod(u, v, q, r);
  u = std::move(v);
  v = std::move(r);
  if (su != nullptr) {
    BigInt next = *su - BigInt::from_limbs(std::move(q), false) * *sv;
    *su = std::move(*sv);
    *sv = std::move(next);
  }
}

// Lehmer's gcd (Knuth vol. 2, 4.5.2, algorithm L): run Euclid on the leading 62 bits
// of u and v with a 2x2 cofactor matrix while the single-precision quotients provably
// agree with the full ones, then apply the matrix to the full numbers in one linear
// pass. Cofactors are capped below 2^31 so the linear pass fits in int64 arithmetic.
// When `su`/`sv` are given they are carried along (u == su*x, v == sv*x modulo the
// original u, for the modular inverse). Precondition: u >= v.
void lehmer(Limbs& u, Limbs& v, BigInt* su, BigInt* sv) {
  constexpr int64_t kCofactorLimit = int64_t{1} << 31;
  while (v.size() > 2) {
    uint64_t shift = bigint_detail::bit_length(u) - 62;
    int64_t x = top62(u, shift);
    int64_t y = top62(v, shift);
    int64_t a = 1, b = 0, c = 0, d = 1;
    // Knuth stops when y + c or y + d is zero; stopping also when either is negative
    // only gives up steps whose quotient is uncertain anyway.
    while (y + c > 0 && y + d > 0) {
      int64_t num = x + a;
      int64_t den = y + c;
      if (num < den) break;
      // Most quotients are 1; skip the (slow) 64-bit division for them.
      int64_t q = num - den < den ? 1 : num / den;
      if (q >= kCofactorLimit) break;
      // The quotient must agree with the one from the other bound, (x + b) / (y + d):
      // check q*(y+d) <= x+b < (q+1)*(y+d) without a second division.
      int64_t prod = 0;
      if (__builtin_mul_overflow(q, y + d, &prod)) break;
      int64_t rest = x + b - prod;
      if (rest < 0 || rest >= y + d) break;
      int64_t nc = a - q * c;
      int64_t nd = b - q * d;
      if (nc <= -kCofactorLimit || nc >= kCofactorLimit || nd <= -kCofactorLimit || nd >= kCofactorLimit) break;
      a = c;
      c = nc;
      b = d;
      d = nd;
      int64_t ny = x - q * y;
      x = y;
      y = ny;
    }
    if (b == 0) {
      // No single-precision step was safe (typically one huge quotient): one full step.
      euclid_step(u, v, su, sv);
      continue;
    }
    // (u, v) = (a*u + b*v, c*u + d*v) in place; a, b have opposite signs (so do c, d)
    // and the results are the exact Euclid remainders, hence non-negative and <= u.
    v.resize(u.size(), 0);
    int64_t carry_u = 0;
    int64_t carry_v = 0;
    for (size_t i = 0; i < u.size(); ++i) {
      int64_t ui = u[i];
      int64_t vi = v[i];
      int64_t tu = a * ui + b * vi + carry_u;
      int64_t tv = c * ui + d * vi + carry_v;
      u[i] = static_cast<Limb>(tu);
      v[i] = static_cast<Limb>(tv);
      carry_u = tu >> 32;  // arithmetic shift: floor division by 2^32
      carry_v = tv >> 32;
    }
    bigint_detail::trim(u);
    bigint_detail::trim(v);
    if (su != nullptr) {
      BigInt nsu = BigInt(a) * *su + BigInt(b) * *sv;
      BigInt nsv = BigInt(c) * *su + BigInt(d) * *sv;
      *su = std::move(nsu);
      *sv = std::move(nsv);
    }
  }
  if (su == nullptr && !v.empty()) {
    // gcd only: one full step brings u below 2^64 too, then native Euclid.
    euclid_step(u, v, nullptr, nullptr);
    uint64_t x = u.size() > 1 ? (uint64_t{u[1]} << 32) | u[0] : u[0];
    uint64_t y = v.empty() ? 0 : (v.size() > 1 ? (uint64_t{v[1]} << 32) | v[0] : v[0]);
    while (y != 0) {
      uint64_t t = x % y;
      x = y;
      y = t;
    }
    u = BigInt::from_uint64(x).magnitude();
    v.clear();
  }
  while (!v.empty()) euclid_step(u, v, su, sv);
}

}  // namespace

BigInt BigInt::gcd(const BigInt& a, const BigInt& b) {
  Limbs u = a.mag_;
  Limbs v = b.mag_;
  if (bigint_detail::compare(u, v) < 0) std::swap(u, v);
  // Finish small cases in native arithmetic.
  if (u.size() <= 2) {
    uint64_t x = u.empty() ? 0 : (u.size() > 1 ? (uint64_t{u[1]} << 32) | u[0] : u[0]);
    uint64_t y = v.empty() ? 0 : (v.size() > 1 ? (uint64_t{v[1]} << 32) | v[0] : v[0]);
    while (y != 0) {
      uint64_t t = x % y;
      x = y;
      y = t;
    }
    return from_uint64(x);
  }
  lehmer(u, v, nullptr, nullptr);
  return from_limbs(std::move(u), false);
}

bool BigInt::mod_inverse(const BigInt& a, const BigInt& m, BigInt& out) {
  bigint_detail::require(!m.is_zero());
  BigInt modulus = m.abs();
  BigInt x = floor_mod(a, modulus);
  // Invariant: u == su * x and v == sv * x (mod modulus).
  Limbs u = modulus.mag_;
  Limbs v = x.mag_;
  BigInt su;
  BigInt sv(1);
  lehmer(u, v, &su, &sv);
  if (!(u.size() == 1 && u[0] == 1)) return false;
  BigInt inv = floor_mod(su, modulus);
  if (m.neg_ && !inv.is_zero()) inv = inv - modulus;
  out = std::move(inv);
  return true;
}

namespace {

// (x * y) mod m for reduced operands.
Limbs mul_mod(const Limbs& x, const Limbs& y, const Limbs& m) {
  Limbs p = &x == &y ? bigint_detail::square(x) : bigint_detail::mul(x, y);
  Limbs q;
  Limbs r;
  bigint_detail::divmod(p, m, q, r);
  return r;
}

uint64_t mul_mod_u32(uint64_t x, uint64_t y, uint64_t m) { return (x * y) % m; }

}  // namespace

BigInt BigInt::pow_mod(const BigInt& base, const BigInt& exp, const BigInt& mod) {
  bigint_detail::require(!mod.is_zero() && !exp.is_negative());
  BigInt modulus = mod.abs();
  BigInt result;
  if (modulus == 1) return result;  // everything is 0 modulo 1
  BigInt b = floor_mod(base, modulus);
  uint64_t ebits = static_cast<uint64_t>(exp.bit_length());
  auto exp_bit = [&](uint64_t i) { return (exp.mag_[i / 32] >> (i % 32)) & 1; };

  if (modulus.mag_.size() == 1) {
    // Single-limb modulus: products fit in uint64.
    uint64_t m = modulus.mag_[0];
    uint64_t x = b.is_zero() ? 0 : b.mag_[0];
    uint64_t acc = 1 % m;
    for (uint64_t i = ebits; i-- > 0;) {
      acc = mul_mod_u32(acc, acc, m);
      if (exp_bit(i)) acc = mul_mod_u32(acc, x, m);
    }
    result = from_uint64(acc);
  } else {
    // Left-to-right sliding window over the exponent bits with precomputed odd powers.
    unsigned window = ebits > 671 ? 6 : ebits > 239 ? 5 : ebits > 79 ? 4 : ebits > 23 ? 3 : ebits > 6 ? 2 : 1;
    const Limbs& m = modulus.mag_;
    std::vector<Limbs> odd(size_t{1} << (window - 1));
    odd[0] = b.mag_;
    if (odd.size() > 1) {
      Limbs b2 = mul_mod(b.mag_, b.mag_, m);
      for (size_t i = 1; i < odd.size(); ++i) odd[i] = mul_mod(odd[i - 1], b2, m);
    }
    Limbs acc{1};
    uint64_t i = ebits;
    while (i > 0) {
      if (!exp_bit(i - 1)) {
        acc = mul_mod(acc, acc, m);
        --i;
        continue;
      }
      // The next window: at most `window` bits, starting and ending with a one bit.
      uint64_t lo = i >= window ? i - window : 0;
      while (!exp_bit(lo)) ++lo;
      uint64_t value = 0;
      for (uint64_t k = i; k-- > lo;) value = (value << 1) | exp_bit(k);
      for (uint64_t k = lo; k < i; ++k) acc = mul_mod(acc, acc, m);
      acc = mul_mod(acc, odd[value >> 1], m);
      i = lo;
    }
    result = from_limbs(std::move(acc), false);
  }
  if (mod.neg_ && !result.is_zero()) result = result - modulus;
  return result;
}

namespace {

// floor(sqrt(n)) for n > 0. Large inputs recurse on the top half of the bits: with
// n = hi * 4^k + lo and s = isqrt(hi), the guess (s + 1) * 2^k exceeds sqrt(n) by at
// most 2^k, so one Newton step at full precision lands within 2 of the root (from
// above, by the AM-GM inequality), and squaring fixes the last units. Total cost is
// about one full-size division plus a few half-size squarings.
BigInt isqrt_positive(const BigInt& n) {
  uint64_t bits = static_cast<uint64_t>(n.bit_length());
  if (bits <= 104) {
    // Newton from 2^ceil(bits/2) > sqrt(n): decreases strictly until it reaches the root.
    BigInt x = BigInt(1).shift_left((bits + 1) / 2);
    while (true) {
      BigInt y = (x + BigInt::floor_div(n, x)).shift_right(1);
      if (y.compare(x) >= 0) return x;
      x = std::move(y);
    }
  }
  uint64_t k = bits / 4;
  BigInt s = isqrt_positive(n.shift_right(2 * k));
  BigInt guess = (s + BigInt(1)).shift_left(k);
  BigInt x = (guess + BigInt::floor_div(n, guess)).shift_right(1);
  while ((x * x).compare(n) > 0) x -= BigInt(1);
  return x;
}

}  // namespace

BigInt BigInt::isqrt(const BigInt& a) {
  bigint_detail::require(!a.is_negative());
  if (a.is_zero()) return BigInt();
  return isqrt_positive(a);
}

}  // namespace edge::vm
