// BigInt <-> text: int(str, base) parsing with CPython 3.11's exact acceptance rules,
// source literals, and str()/format() digits in any base 2..36.
//
// Both directions are subquadratic for bases that are not powers of two, so the VM's
// 4300-digit limit is a policy, not a defence against quadratic blow-up:
//   - parsing turns k-digit chunks into limbs, then combines them pairwise up a tree
//     (value = high * base^(chunk digits) + low) using Karatsuba multiplication;
//   - printing splits the value by base^(k * 2^level) with Burnikel-Ziegler division
//     and prints both halves recursively, the low half zero-padded.
// Power-of-two bases are plain bit packing in both directions.
//
// Invariant: parse succeeds exactly when CPython's int(text, base) does (ASCII input),
// and to_string(base) round-trips through parse(text, base).
#include <algorithm>
#include <bit>

#include "vm/bigint.h"
#include "vm/bigint_limbs.h"

namespace edge::vm {

namespace bd = bigint_detail;
using bd::Limb;
using bd::Limbs;

namespace {

// Values at or below this many limbs are printed by repeated single-limb division.
constexpr size_t kToStringBaseCaseLimbs = 40;
// Parsing combines this many chunks by Horner's rule before building the tree.
constexpr size_t kParseGroupChunks = 32;

constexpr char kDigitChars[] = "0123456789abcdefghijklmnopqrstuvwxyz";

int digit_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'z') return c - 'a' + 10;
  if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
  return 99;
}

// The whitespace int() strips from ASCII text (str.strip() minus \x1c-\x1f, which
// CPython's int() does not accept).
bool is_int_space(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

bool is_power_of_two_base(int base) { return (base & (base - 1)) == 0; }

// Largest k with base^k < 2^32, and base^k itself.
void chunk_for_base(int base, unsigned& digits, Limb& chunk_base) {
  uint64_t p = static_cast<uint64_t>(base);
  unsigned k = 1;
  while (p * static_cast<uint64_t>(base) <= 0xFFFFFFFFu) {
    p *= static_cast<uint64_t>(base);
    ++k;
  }
  digits = k;
  chunk_base = static_cast<Limb>(p);
}

// Digit values (most significant first, each < base) to a magnitude.
Limbs digits_to_limbs(const std::vector<uint8_t>& d, int base) {
  size_t n = d.size();
  if (is_power_of_two_base(base)) {
    unsigned bits = static_cast<unsigned>(std::countr_zero(static_cast<unsigned>(base)));
    Limbs out((n * bits + 31) / 32 + 1, 0);
    uint64_t pos = 0;
    for (size_t i = n; i-- > 0; pos += bits) {
      uint64_t v = d[i];
      size_t limb = static_cast<size_t>(pos / 32);
      unsigned off = static_cast<unsigned>(pos % 32);
      out[limb] |= static_cast<Limb>(v << off);
      if (off + bits > 32) out[limb + 1] |= static_cast<Limb>(v >> (32 - off));
    }
    bd::trim(out);
    return out;
  }
  unsigned k = 0;
  Limb chunk_base = 0;
  chunk_for_base(base, k, chunk_base);
  // Chunks of k digits from the least significant end; the top chunk may be shorter.
  size_t nchunks = (n + k - 1) / k;
  std::vector<Limb> chunks(nchunks);
  for (size_t c = 0; c < nchunks; ++c) {
    size_t end = n - c * k;
    size_t begin = end >= k ? end - k : 0;
    Limb v = 0;
    for (size_t i = begin; i < end; ++i) v = v * static_cast<Limb>(base) + d[i];
    chunks[c] = v;
  }
  // Horner's rule inside groups of kParseGroupChunks chunks (least significant group
  // first), then a product tree over the groups.
  std::vector<Limbs> level;
  for (size_t g = 0; g < nchunks; g += kParseGroupChunks) {
    size_t top = std::min(nchunks, g + kParseGroupChunks);
    Limbs v;
    for (size_t c = top; c-- > g;) bd::mul_small_add(v, chunk_base, chunks[c]);
    level.push_back(std::move(v));
  }
  if (level.size() == 1) return std::move(level[0]);
  Limbs power{1};
  for (size_t i = 0; i < kParseGroupChunks; ++i) bd::mul_small_add(power, chunk_base, 0);
  while (level.size() > 1) {
    std::vector<Limbs> next;
    next.reserve((level.size() + 1) / 2);
    for (size_t i = 0; i + 1 < level.size(); i += 2) {
      Limbs v = bd::mul(level[i + 1], power);
      bd::add_in_place(v, level[i].data(), level[i].size());
      bd::trim(v);
      next.push_back(std::move(v));
    }
    if (level.size() % 2 != 0) next.push_back(std::move(level.back()));
    level = std::move(next);
    if (level.size() > 1) power = bd::square(power);
  }
  return std::move(level[0]);
}

struct RadixContext {
  int base;
  unsigned chunk_digits;
  Limb chunk_base;
  std::vector<Limbs> powers;    // powers[L] = chunk_base^(2^L)
  std::vector<size_t> digits;   // digits[L] = chunk_digits * 2^L
};

// Appends the digits of one chunk, least significant first: all chunk_digits of them,
// or only the significant ones for the top chunk. Templates here and in div_chunk let
// base 10 divide by constants, which compilers turn into multiplications.
template <Limb kBase>
void chunk_digits_rev(Limb c, unsigned count, bool top, Limb base, std::string& rev) {
  Limb b = kBase != 0 ? kBase : base;
  for (unsigned j = 0; j < count; ++j) {
    if (top && c == 0) break;  // no leading zeros from the top chunk
    rev.push_back(kDigitChars[c % b]);
    c /= b;
  }
}

// x /= d in place, returning x % d (d is kDivisor, or `divisor` when kDivisor is 0).
template <Limb kDivisor>
Limb div_chunk(Limbs& x, Limb divisor) {
  uint64_t d = kDivisor != 0 ? kDivisor : divisor;
  uint64_t rem = 0;
  for (size_t i = x.size(); i-- > 0;) {
    uint64_t cur = (rem << 32) | x[i];
    uint64_t q = cur / d;
    rem = cur - q * d;
    x[i] = static_cast<Limb>(q);
  }
  bd::trim(x);
  return static_cast<Limb>(rem);
}

// Appends x in `width` digits (zero-padded) or, when width == 0, without leading zeros.
// Precondition when width > 0: x < base^width.
void emit_base_case(const RadixContext& ctx, Limbs x, size_t width, std::string& out) {
  std::string rev;  // least significant digit first
  Limb b = static_cast<Limb>(ctx.base);
  while (!x.empty()) {
    if (b == 10) {
      Limb c = div_chunk<1000000000>(x, 0);
      chunk_digits_rev<10>(c, ctx.chunk_digits, x.empty(), b, rev);
    } else {
      Limb c = div_chunk<0>(x, ctx.chunk_base);
      chunk_digits_rev<0>(c, ctx.chunk_digits, x.empty(), b, rev);
    }
  }
  if (rev.size() < width) rev.append(width - rev.size(), '0');
  out.append(rev.rbegin(), rev.rend());
}

void emit(const RadixContext& ctx, Limbs x, size_t width, std::string& out) {
  if (x.size() <= kToStringBaseCaseLimbs) {
    emit_base_case(ctx, std::move(x), width, out);
    return;
  }
  // Split by the power whose square is closest to x so the halves are balanced.
  size_t level = 0;
  while (level + 1 < ctx.powers.size() && 2 * ctx.powers[level + 1].size() <= x.size() + 1) ++level;
  Limbs q;
  Limbs r;
  bd::divmod(x, ctx.powers[level], q, r);
  x.clear();
  x.shrink_to_fit();
  size_t low = ctx.digits[level];
  emit(ctx, std::move(q), width == 0 ? 0 : width - low, out);
  emit(ctx, std::move(r), low, out);
}

}  // namespace

std::string BigInt::to_string(int base) const {
  bd::require(base >= 2 && base <= 36);
  if (mag_.empty()) return "0";
  std::string out;
  if (neg_) out.push_back('-');
  if (is_power_of_two_base(base)) {
    unsigned bits = static_cast<unsigned>(std::countr_zero(static_cast<unsigned>(base)));
    uint64_t total = bd::bit_length(mag_);
    uint64_t ndigits = (total + bits - 1) / bits;
    out.reserve(out.size() + ndigits);
    for (uint64_t i = ndigits; i-- > 0;) {
      uint64_t pos = i * bits;
      size_t limb = static_cast<size_t>(pos / 32);
      unsigned off = static_cast<unsigned>(pos % 32);
      uint64_t v = mag_[limb] >> off;
      if (off + bits > 32 && limb + 1 < mag_.size()) v |= static_cast<uint64_t>(mag_[limb + 1]) << (32 - off);
      out.push_back(kDigitChars[v & ((1u << bits) - 1)]);
    }
    return out;
  }
  RadixContext ctx;
  ctx.base = base;
  chunk_for_base(base, ctx.chunk_digits, ctx.chunk_base);
  ctx.powers.push_back(Limbs{ctx.chunk_base});
  ctx.digits.push_back(ctx.chunk_digits);
  if (mag_.size() > kToStringBaseCaseLimbs) {
    while (2 * ctx.powers.back().size() <= mag_.size() + 1) {
      ctx.powers.push_back(bd::square(ctx.powers.back()));
      ctx.digits.push_back(2 * ctx.digits.back());
    }
  }
  out.reserve(out.size() + decimal_digits_upper_bound());
  emit(ctx, mag_, 0, out);
  return out;
}

ParseStatus BigInt::parse_checked(std::string_view text, int base, size_t max_digits, BigInt& out) {
  bd::require(base == 0 || (base >= 2 && base <= 36));
  size_t n = text.size();
  size_t i = 0;
  while (i < n && is_int_space(text[i])) ++i;
  bool negative = false;
  if (i < n && (text[i] == '+' || text[i] == '-')) {
    negative = text[i] == '-';
    ++i;
  }
  // Prefixes: base 0 picks the base from one; an explicit 16/8/2 may repeat its own.
  auto prefix_base = [&](size_t at) -> int {
    if (at + 1 >= n || text[at] != '0') return 0;
    char c = text[at + 1];
    if (c == 'x' || c == 'X') return 16;
    if (c == 'o' || c == 'O') return 8;
    if (c == 'b' || c == 'B') return 2;
    return 0;
  };
  bool prefixed = false;
  bool decimal_zero_rule = false;  // base 0 without prefix: "0..." must be all zeros
  int pb = prefix_base(i);
  if (base == 0) {
    if (pb != 0) {
      base = pb;
      prefixed = true;
    } else {
      base = 10;
      decimal_zero_rule = true;
    }
  } else if (pb != 0 && pb == base) {
    prefixed = true;
  }
  if (prefixed) {
    i += 2;
    if (i < n && text[i] == '_') ++i;  // "0x_1f": one underscore may follow the prefix
  }
  // The digit run: digits separated by single underscores. It must start with a digit,
  // and (as in CPython) a run that ends on an underscore -- doubled or trailing -- is
  // invalid before the digit limit is considered.
  std::vector<uint8_t> digits;
  while (i < n) {
    int v = digit_value(text[i]);
    if (v < base) {
      digits.push_back(static_cast<uint8_t>(v));
      ++i;
    } else if (text[i] == '_' && !digits.empty() && i + 1 < n && digit_value(text[i + 1]) < base) {
      ++i;
    } else {
      break;
    }
  }
  if (digits.empty() || (i < n && text[i] == '_')) return ParseStatus::Invalid;
  if (max_digits != 0 && !is_power_of_two_base(base) && digits.size() > max_digits) {
    return ParseStatus::TooManyDigits;
  }
  while (i < n && is_int_space(text[i])) ++i;
  if (i != n) return ParseStatus::Invalid;
  if (decimal_zero_rule && digits[0] == 0) {
    // Python 3 has no octal "0777": a leading zero is allowed only in zero itself.
    if (std::any_of(digits.begin(), digits.end(), [](uint8_t d) { return d != 0; })) return ParseStatus::Invalid;
  }
  out = from_limbs(digits_to_limbs(digits, base), negative);
  return ParseStatus::Ok;
}

bool BigInt::parse(std::string_view text, int base, BigInt& out) {
  return parse_checked(text, base, 0, out) == ParseStatus::Ok;
}

bool BigInt::parse_literal(std::string_view literal, BigInt& out) {
  int base = 10;
  size_t i = 0;
  if (literal.size() >= 2 && literal[0] == '0') {
    char c = literal[1];
    if (c == 'x' || c == 'X') base = 16;
    if (c == 'o' || c == 'O') base = 8;
    if (c == 'b' || c == 'B') base = 2;
    if (base != 10) i = 2;
  }
  if (i == literal.size()) return false;
  std::vector<uint8_t> digits;
  digits.reserve(literal.size() - i);
  for (; i < literal.size(); ++i) {
    int v = digit_value(literal[i]);
    if (v >= base) return false;
    digits.push_back(static_cast<uint8_t>(v));
  }
  out = from_limbs(digits_to_limbs(digits, base), false);
  return true;
}

}  // namespace edge::vm
