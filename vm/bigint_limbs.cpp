// Magnitude kernels for BigInt: compare, add, subtract, shift, multiply. Multiplication
// is schoolbook below kKaratsubaThreshold limbs and Karatsuba above it (with a squaring
// variant, which pow, isqrt and the radix conversions lean on); very unbalanced products
// are cut into balanced slices first so Karatsuba keeps its advantage.
//
// Invariant: raw-pointer kernels write exactly the limbs they document and never read
// beyond their given lengths; Limbs-returning kernels return normalized vectors.
#include "vm/bigint_limbs.h"

#include <algorithm>
#include <bit>

namespace edge::vm::bigint_detail {

namespace {

// Below these sizes (in limbs of the shorter operand) schoolbook beats Karatsuba's
// extra additions. Measured natively (x86-64, g++ -O2): the optimum is flat between
// about 32 and 56 limbs for products and 40 and 56 for squares.
constexpr size_t kKaratsubaThreshold = 40;
constexpr size_t kKaratsubaSquareThreshold = 48;

void mul_school(const Limb* a, size_t na, const Limb* b, size_t nb, Limb* out) {
  std::fill(out, out + na + nb, 0);
  for (size_t i = 0; i < nb; ++i) {
    uint64_t bi = b[i];
    if (bi == 0) continue;
    Limb* o = out + i;
    uint64_t carry = 0;
    for (size_t j = 0; j < na; ++j) {
      // (2^32-1)^2 + 2*(2^32-1) == 2^64-1: the sum never overflows.
      uint64_t t = static_cast<uint64_t>(a[j]) * bi + o[j] + carry;
      o[j] = static_cast<Limb>(t);
      carry = t >> 32;
    }
    o[na] = static_cast<Limb>(carry);
  }
}

// Squaring computes each cross product a[i]*a[j] (i < j) once, doubles the sum, then
// adds the squares on the diagonal: about half the multiplies of mul_school.
void square_school(const Limb* a, size_t n, Limb* out) {
  std::fill(out, out + 2 * n, 0);
  for (size_t i = 0; i + 1 < n; ++i) {
    uint64_t ai = a[i];
    if (ai == 0) continue;
    uint64_t carry = 0;
    for (size_t j = i + 1; j < n; ++j) {
      uint64_t t = static_cast<uint64_t>(a[j]) * ai + out[i + j] + carry;
      out[i + j] = static_cast<Limb>(t);
      carry = t >> 32;
    }
    out[i + n] = static_cast<Limb>(carry);
  }
  // Double the cross products.
  Limb top = 0;
  for (size_t k = 0; k < 2 * n; ++k) {
    Limb v = out[k];
    out[k] = (v << 1) | top;
    top = v >> 31;
  }
  // Add the diagonal squares.
  uint64_t carry = 0;
  for (size_t i = 0; i < n; ++i) {
    uint64_t sq = static_cast<uint64_t>(a[i]) * a[i];
    uint64_t lo = static_cast<uint64_t>(out[2 * i]) + static_cast<Limb>(sq) + carry;
    out[2 * i] = static_cast<Limb>(lo);
    uint64_t hi = static_cast<uint64_t>(out[2 * i + 1]) + (sq >> 32) + (lo >> 32);
    out[2 * i + 1] = static_cast<Limb>(hi);
    carry = hi >> 32;
  }
}

// out[0..n) += b[0..nb) with carry propagated through out; nb <= n. The caller knows
// the true sum fits in n limbs.
void add_into(Limb* out, size_t n, const Limb* b, size_t nb) {
  uint64_t carry = 0;
  size_t i = 0;
  for (; i < nb; ++i) {
    uint64_t t = static_cast<uint64_t>(out[i]) + b[i] + carry;
    out[i] = static_cast<Limb>(t);
    carry = t >> 32;
  }
  for (; carry != 0 && i < n; ++i) {
    uint64_t t = static_cast<uint64_t>(out[i]) + carry;
    out[i] = static_cast<Limb>(t);
    carry = t >> 32;
  }
}

void mul_dispatch(const Limb* a, size_t na, const Limb* b, size_t nb, Limb* out);

// Karatsuba: with a = a1*B^m + a0 and b = b1*B^m + b0,
//   a*b = z2*B^2m + ((a0+a1)(b0+b1) - z0 - z2)*B^m + z0,  z0 = a0*b0, z2 = a1*b1.
// Requires na >= nb > na/2 so that b1 is not empty.
void mul_karatsuba(const Limb* a, size_t na, const Limb* b, size_t nb, Limb* out) {
  size_t m = na / 2;
  const Limb* a0 = a;
  const Limb* a1 = a + m;
  const Limb* b0 = b;
  const Limb* b1 = b + m;
  size_t na1 = na - m;
  size_t nb1 = nb - m;
  size_t na0 = trimmed_size(a0, m);
  size_t nb0 = trimmed_size(b0, m);

  // z0 into out[0, 2m), z2 into out[2m, na+nb).
  std::fill(out, out + 2 * m, 0);
  if (na0 > 0 && nb0 > 0) {
    mul_dispatch(a0, na0, b0, nb0, out);
  }
  mul_dispatch(a1, na1, b1, nb1, out + 2 * m);

  Limbs sa(na1 + 1);
  sa[na1] = add_raw(a1, na1, a0, na0, sa.data());
  size_t nsa = trimmed_size(sa.data(), sa.size());
  Limbs sb(std::max(nb1, nb0) + 1);
  if (nb1 >= nb0) {
    sb[nb1] = add_raw(b1, nb1, b0, nb0, sb.data());
  } else {
    sb[nb0] = add_raw(b0, nb0, b1, nb1, sb.data());
  }
  size_t nsb = trimmed_size(sb.data(), sb.size());

  Limbs z1(nsa + nsb);
  mul_dispatch(sa.data(), nsa, sb.data(), nsb, z1.data());
  // z1 -= z0 and z1 -= z2; both are <= z1, so the borrows are zero.
  size_t nz0 = trimmed_size(out, 2 * m);
  sub_raw(z1.data(), z1.size(), out, nz0, z1.data());
  size_t nz2 = trimmed_size(out + 2 * m, na1 + nb1);
  sub_raw(z1.data(), z1.size(), out + 2 * m, nz2, z1.data());
  size_t nz1 = trimmed_size(z1.data(), z1.size());
  add_into(out + m, na + nb - m, z1.data(), nz1);
}

void square_dispatch(const Limb* a, size_t n, Limb* out);

// Karatsuba squaring: a^2 = a1^2*B^2m + ((a0+a1)^2 - a0^2 - a1^2)*B^m + a0^2.
void square_karatsuba(const Limb* a, size_t n, Limb* out) {
  size_t m = n / 2;
  const Limb* a0 = a;
  const Limb* a1 = a + m;
  size_t n1 = n - m;
  size_t n0 = trimmed_size(a0, m);

  std::fill(out, out + 2 * m, 0);
  if (n0 > 0) square_dispatch(a0, n0, out);
  square_dispatch(a1, n1, out + 2 * m);

  Limbs s(n1 + 1);
  s[n1] = add_raw(a1, n1, a0, n0, s.data());
  size_t ns = trimmed_size(s.data(), s.size());
  Limbs z1(2 * ns);
  square_dispatch(s.data(), ns, z1.data());
  size_t nz0 = trimmed_size(out, 2 * m);
  sub_raw(z1.data(), z1.size(), out, nz0, z1.data());
  size_t nz2 = trimmed_size(out + 2 * m, 2 * n1);
  sub_raw(z1.data(), z1.size(), out + 2 * m, nz2, z1.data());
  size_t nz1 = trimmed_size(z1.data(), z1.size());
  add_into(out + m, 2 * n - m, z1.data(), nz1);
}

void square_dispatch(const Limb* a, size_t n, Limb* out) {
  if (n < kKaratsubaSquareThreshold) {
    square_school(a, n, out);
  } else {
    square_karatsuba(a, n, out);
  }
}

// Product of a long a by a much shorter b: cut a into nb-limb slices so each partial
// product is balanced, and accumulate.
void mul_unbalanced(const Limb* a, size_t na, const Limb* b, size_t nb, Limb* out) {
  std::fill(out, out + na + nb, 0);
  Limbs part(2 * nb);
  for (size_t off = 0; off < na; off += nb) {
    size_t len = std::min(nb, na - off);
    size_t nlen = trimmed_size(a + off, len);
    if (nlen == 0) continue;
    mul_dispatch(b, nb, a + off, nlen, part.data());
    size_t np = trimmed_size(part.data(), nb + nlen);
    add_into(out + off, na + nb - off, part.data(), np);
  }
}

// Requires na, nb >= 1. Squares are routed to square_dispatch by the callers.
void mul_dispatch(const Limb* a, size_t na, const Limb* b, size_t nb, Limb* out) {
  if (na < nb) {
    std::swap(a, b);
    std::swap(na, nb);
  }
  if (nb < kKaratsubaThreshold) {
    mul_school(a, na, b, nb, out);
  } else if (nb <= na / 2) {
    mul_unbalanced(a, na, b, nb, out);
  } else {
    mul_karatsuba(a, na, b, nb, out);
  }
}

}  // namespace

int compare_n(const Limb* a, const Limb* b, size_t n) {
  for (size_t i = n; i-- > 0;) {
    if (a[i] != b[i]) return a[i] < b[i] ? -1 : 1;
  }
  return 0;
}

int compare(const Limbs& a, const Limbs& b) {
  if (a.size() != b.size()) return a.size() < b.size() ? -1 : 1;
  return compare_n(a.data(), b.data(), a.size());
}

Limb add_raw(const Limb* a, size_t na, const Limb* b, size_t nb, Limb* out) {
  uint64_t carry = 0;
  size_t i = 0;
  for (; i < nb; ++i) {
    uint64_t t = static_cast<uint64_t>(a[i]) + b[i] + carry;
    out[i] = static_cast<Limb>(t);
    carry = t >> 32;
  }
  for (; i < na; ++i) {
    uint64_t t = static_cast<uint64_t>(a[i]) + carry;
    out[i] = static_cast<Limb>(t);
    carry = t >> 32;
  }
  return static_cast<Limb>(carry);
}

Limb sub_raw(const Limb* a, size_t na, const Limb* b, size_t nb, Limb* out) {
  uint64_t borrow = 0;
  size_t i = 0;
  for (; i < nb; ++i) {
    uint64_t t = static_cast<uint64_t>(a[i]) - b[i] - borrow;
    out[i] = static_cast<Limb>(t);
    borrow = (t >> 32) & 1;  // a wrapped subtraction leaves the high word all ones
  }
  for (; i < na; ++i) {
    uint64_t t = static_cast<uint64_t>(a[i]) - borrow;
    out[i] = static_cast<Limb>(t);
    borrow = (t >> 32) & 1;
  }
  return static_cast<Limb>(borrow);
}

Limbs add(const Limbs& a, const Limbs& b) {
  const Limbs& big = a.size() >= b.size() ? a : b;
  const Limbs& small = a.size() >= b.size() ? b : a;
  Limbs out(big.size() + 1);
  out[big.size()] = add_raw(big.data(), big.size(), small.data(), small.size(), out.data());
  trim(out);
  return out;
}

Limbs sub(const Limbs& a, const Limbs& b) {
  Limbs out(a.size());
  Limb borrow = sub_raw(a.data(), a.size(), b.data(), b.size(), out.data());
  require(borrow == 0);
  trim(out);
  return out;
}

void add_in_place(Limbs& a, const Limb* b, size_t nb) {
  if (a.size() < nb) a.resize(nb, 0);
  Limb carry = add_raw(a.data(), a.size(), b, nb, a.data());
  if (carry != 0) a.push_back(carry);
}

void mul_raw(const Limb* a, size_t na, const Limb* b, size_t nb, Limb* out) {
  if (na == 0 || nb == 0) {
    std::fill(out, out + na + nb, 0);
    return;
  }
  mul_dispatch(a, na, b, nb, out);
}

Limbs mul(const Limbs& a, const Limbs& b) {
  if (a.empty() || b.empty()) return {};
  Limbs out(a.size() + b.size());
  mul_dispatch(a.data(), a.size(), b.data(), b.size(), out.data());
  trim(out);
  return out;
}

Limbs square(const Limbs& a) {
  if (a.empty()) return {};
  Limbs out(2 * a.size());
  square_dispatch(a.data(), a.size(), out.data());
  trim(out);
  return out;
}

void mul_small_add(Limbs& a, Limb m, Limb add) {
  uint64_t carry = add;
  for (Limb& limb : a) {
    uint64_t t = static_cast<uint64_t>(limb) * m + carry;
    limb = static_cast<Limb>(t);
    carry = t >> 32;
  }
  if (carry != 0) a.push_back(static_cast<Limb>(carry));
  trim(a);
}

Limbs shift_left(const Limbs& a, uint64_t bits) {
  if (a.empty()) return {};
  size_t limbs = static_cast<size_t>(bits / 32);
  unsigned rem = static_cast<unsigned>(bits % 32);
  Limbs out(a.size() + limbs + 1, 0);
  if (rem == 0) {
    std::copy(a.begin(), a.end(), out.begin() + static_cast<ptrdiff_t>(limbs));
  } else {
    Limb carry = 0;
    for (size_t i = 0; i < a.size(); ++i) {
      out[i + limbs] = (a[i] << rem) | carry;
      carry = a[i] >> (32 - rem);
    }
    out[a.size() + limbs] = carry;
  }
  trim(out);
  return out;
}

Limbs shift_right(const Limbs& a, uint64_t bits) {
  if (bits / 32 >= a.size()) return {};
  size_t limbs = static_cast<size_t>(bits / 32);
  unsigned rem = static_cast<unsigned>(bits % 32);
  size_t n = a.size() - limbs;
  Limbs out(n);
  if (rem == 0) {
    std::copy(a.begin() + static_cast<ptrdiff_t>(limbs), a.end(), out.begin());
  } else {
    for (size_t i = 0; i < n; ++i) {
      Limb hi = i + limbs + 1 < a.size() ? a[i + limbs + 1] : 0;
      out[i] = (a[i + limbs] >> rem) | (hi << (32 - rem));
    }
  }
  trim(out);
  return out;
}

bool any_low_bits(const Limbs& a, uint64_t bits) {
  size_t whole = static_cast<size_t>(std::min<uint64_t>(bits / 32, a.size()));
  for (size_t i = 0; i < whole; ++i) {
    if (a[i] != 0) return true;
  }
  unsigned rem = static_cast<unsigned>(bits % 32);
  if (rem != 0 && whole < a.size() && bits / 32 < a.size()) {
    return (a[whole] & ((Limb{1} << rem) - 1)) != 0;
  }
  return false;
}

uint64_t bit_length(const Limbs& a) {
  if (a.empty()) return 0;
  return 32 * static_cast<uint64_t>(a.size() - 1) + static_cast<uint64_t>(std::bit_width(a.back()));
}

}  // namespace edge::vm::bigint_detail
