// Magnitude kernels shared by the bigint*.cpp files; not part of BigInt's public API.
// Everything here works on unsigned little-endian 32-bit limb arrays. Functions taking
// `Limbs` return normalized vectors (no high zero limbs); functions on raw pointers say
// how many limbs they write and leave normalization to the caller.
//
// Invariant: no function reads past the lengths it is given, and an output buffer never
// overlaps an input unless the comment says in-place is allowed.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace edge::vm::bigint_detail {

using Limb = uint32_t;
using Limbs = std::vector<Limb>;

// Trap on a broken precondition: no stdio or abort() path (wasm must not import WASI).
inline void require(bool ok) {
  if (!ok) __builtin_trap();
}

inline void trim(Limbs& v) {
  while (!v.empty() && v.back() == 0) v.pop_back();
}

// Length of a without its high zero limbs.
inline size_t trimmed_size(const Limb* a, size_t n) {
  while (n > 0 && a[n - 1] == 0) --n;
  return n;
}

// Compare two equal-length raw arrays.
int compare_n(const Limb* a, const Limb* b, size_t n);
// Compare normalized magnitudes.
int compare(const Limbs& a, const Limbs& b);

// out[0..na] = a + b (na >= nb); returns the carry out of the top. In-place (out == a) ok.
Limb add_raw(const Limb* a, size_t na, const Limb* b, size_t nb, Limb* out);
// out[0..na] = a - b (na >= nb, a >= b for a zero borrow); returns the borrow. In-place ok.
Limb sub_raw(const Limb* a, size_t na, const Limb* b, size_t nb, Limb* out);

Limbs add(const Limbs& a, const Limbs& b);
Limbs sub(const Limbs& a, const Limbs& b);  // precondition: a >= b
// a += b in place (a grows as needed).
void add_in_place(Limbs& a, const Limb* b, size_t nb);

// out[0 .. na+nb) = a * b, overwriting out. out must not overlap a or b.
void mul_raw(const Limb* a, size_t na, const Limb* b, size_t nb, Limb* out);
Limbs mul(const Limbs& a, const Limbs& b);
Limbs square(const Limbs& a);
// a = a * m + add, in place.
void mul_small_add(Limbs& a, Limb m, Limb add);

Limbs shift_left(const Limbs& a, uint64_t bits);
// Truncating shift (floor for magnitudes).
Limbs shift_right(const Limbs& a, uint64_t bits);
// True if any of the low `bits` bits of a is set.
bool any_low_bits(const Limbs& a, uint64_t bits);
uint64_t bit_length(const Limbs& a);

// a /= d in place (a stays normalized); returns a % d. Precondition: d != 0.
Limb div_small_in_place(Limbs& a, Limb d);
// Truncating division of magnitudes: q = a / b, r = a % b. Precondition: b non-empty.
// q and r must be distinct objects from a and b.
void divmod(const Limbs& a, const Limbs& b, Limbs& q, Limbs& r);

}  // namespace edge::vm::bigint_detail
