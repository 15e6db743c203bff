// Double <-> text with CPython 3.11 semantics (see float_format.h).
//
// Invariant: decimal digits are only ever produced by {fmt} from the exact binary value
// (shortest round-trip for repr, fixed precision otherwise) and only ever re-laid-out
// here, never recomputed with floating-point arithmetic; decimal input is validated here
// and handed to strtod (correctly rounded on glibc and musl, "C" locale). Hex input is
// rounded here with integer arithmetic, ties to even.
#include "vm/float_format.h"

#include "vm/fmt.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <limits>

namespace edge::vm {

namespace format_detail {

char32_t next_code_point(std::string_view text, size_t& pos) {
  unsigned char lead = static_cast<unsigned char>(text[pos]);
  if (lead < 0x80) {
    ++pos;
    return lead;
  }
  int extra = 0;
  char32_t cp = 0;
  char32_t minimum = 0;
  if ((lead & 0xE0) == 0xC0) {
    extra = 1, cp = lead & 0x1F, minimum = 0x80;
  } else if ((lead & 0xF0) == 0xE0) {
    extra = 2, cp = lead & 0x0F, minimum = 0x800;
  } else if ((lead & 0xF8) == 0xF0) {
    extra = 3, cp = lead & 0x07, minimum = 0x10000;
  } else {
    ++pos;
    return 0xFFFD;
  }
  if (pos + extra >= text.size()) {
    ++pos;
    return 0xFFFD;
  }
  for (int i = 1; i <= extra; ++i) {
    unsigned char b = static_cast<unsigned char>(text[pos + i]);
    if ((b & 0xC0) != 0x80) {
      ++pos;
      return 0xFFFD;
    }
    cp = (cp << 6) | (b & 0x3F);
  }
  if (cp < minimum || cp > 0x10FFFF) {
    ++pos;
    return 0xFFFD;
  }
  pos += extra + 1;
  return cp;
}

void append_utf8(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out.push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

int decimal_value(char32_t cp) {
  if (cp >= '0' && cp <= '9') return static_cast<int>(cp - '0');
  // Unicode 14.0 (Python 3.11's unicodedata): every Nd character belongs to a run of
  // ten consecutive code points, digit 0 first, so the zeros describe them all.
  static constexpr char32_t kZeros[] = {
      0x660,   0x6f0,   0x7c0,   0x966,   0x9e6,   0xa66,   0xae6,   0xb66,   0xbe6,
      0xc66,   0xce6,   0xd66,   0xde6,   0xe50,   0xed0,   0xf20,   0x1040,  0x1090,
      0x17e0,  0x1810,  0x1946,  0x19d0,  0x1a80,  0x1a90,  0x1b50,  0x1bb0,  0x1c40,
      0x1c50,  0xa620,  0xa8d0,  0xa900,  0xa9d0,  0xa9f0,  0xaa50,  0xabf0,  0xff10,
      0x104a0, 0x10d30, 0x11066, 0x110f0, 0x11136, 0x111d0, 0x112f0, 0x11450, 0x114d0,
      0x11650, 0x116c0, 0x11730, 0x118e0, 0x11950, 0x11c50, 0x11d50, 0x11da0, 0x16a60,
      0x16ac0, 0x16b50, 0x1d7ce, 0x1d7d8, 0x1d7e2, 0x1d7ec, 0x1d7f6, 0x1e140, 0x1e2f0,
      0x1e950, 0x1fbf0,
  };
  if (cp < 0x660) return -1;
  const char32_t* it = std::upper_bound(std::begin(kZeros), std::end(kZeros), cp);
  char32_t zero = *(it - 1);
  return cp - zero < 10 ? static_cast<int>(cp - zero) : -1;
}

}  // namespace format_detail

namespace {

using format_detail::decimal_value;
using format_detail::next_code_point;

// The exact decimal expansion of a double has at most 767 significant digits, so asking
// {fmt} for more would only add zeros: requests are capped there and the layout code
// pads. {fmt} 9's fixed notation is only right while integer digits plus decimals stay
// within those 767 digits (beyond, it drops zeros and shifts the digits); since integer
// digits never exceed 309, decimals up to 458 are always safe, and larger requests are
// rounded here from the exact expansion instead.
constexpr int kExactSignificant = 767;
constexpr int kMaxSafeFixedDecimals = kExactSignificant - 309;

// A finite non-negative decimal: d0.d1d2... * 10**exponent.
struct Decimal {
  std::string digits;
  int exponent = 0;
};

// Reads {fmt}'s rendering of a finite non-negative double ("123.45", "0.001", "1e+16",
// "1.50e-05"). Leading zeros are dropped; trailing zeros only when !keep_trailing.
// A zero value reads as digits "0..." with exponent 0.
Decimal read_decimal(std::string_view text, bool keep_trailing) {
  Decimal d;
  int point = -1;
  size_t i = 0;
  for (; i < text.size(); ++i) {
    char c = text[i];
    if (c == '.') {
      point = static_cast<int>(d.digits.size());
    } else if (c >= '0' && c <= '9') {
      d.digits.push_back(c);
    } else {
      break;
    }
  }
  int exp10 = 0;
  if (i < text.size() && (text[i] == 'e' || text[i] == 'E')) {
    ++i;
    bool negative = false;
    if (i < text.size() && (text[i] == '+' || text[i] == '-')) negative = text[i++] == '-';
    for (; i < text.size(); ++i) exp10 = exp10 * 10 + (text[i] - '0');
    if (negative) exp10 = -exp10;
  }
  int int_len = point < 0 ? static_cast<int>(d.digits.size()) : point;
  size_t lead = d.digits.find_first_not_of('0');
  if (lead == std::string::npos) {
    if (!keep_trailing || d.digits.empty()) d.digits = "0";
    d.exponent = 0;
    return d;
  }
  d.digits.erase(0, lead);
  d.exponent = int_len + exp10 - static_cast<int>(lead) - 1;
  if (!keep_trailing) d.digits.erase(d.digits.find_last_not_of('0') + 1);
  return d;
}

Decimal shortest_digits(double magnitude) {
  return read_decimal(fmt::format("{}", magnitude), false);
}

// Exactly `significant` digits (fewer past the exact expansion), correctly rounded.
Decimal significant_digits(double magnitude, int significant) {
  int asked = std::min(significant, kExactSignificant);
  return read_decimal(fmt::format("{:.{}e}", magnitude, asked - 1), true);
}

// Rounds d to its first `keep` digits, ties to even. Only valid when d's digits are the
// exact value (so a 5 followed by zeros is a true tie).
void round_exact_decimal(Decimal& d, int keep) {
  int n = static_cast<int>(d.digits.size());
  if (keep >= n) return;
  bool round_up = false;
  if (keep >= 0) {
    char first = d.digits[keep];
    if (first != '5') {
      round_up = first > '5';
    } else {
      bool beyond_half = d.digits.find_first_not_of('0', static_cast<size_t>(keep) + 1) != std::string::npos;
      bool kept_odd = keep > 0 && ((d.digits[keep - 1] - '0') & 1);
      round_up = beyond_half || kept_odd;
    }
  }
  d.digits.resize(static_cast<size_t>(std::max(keep, 0)));
  if (round_up) {
    int i = static_cast<int>(d.digits.size()) - 1;
    while (i >= 0 && d.digits[i] == '9') d.digits[i--] = '0';
    if (i >= 0) {
      ++d.digits[i];
    } else {
      d.digits.insert(d.digits.begin(), '1');
      ++d.exponent;
    }
  }
  if (d.digits.empty()) d.digits = "0", d.exponent = 0;
}

void append_fixed(std::string& out, const Decimal& d, int frac, bool force_point);

std::string fixed_digits(double magnitude, int decimals) {
  if (decimals <= kMaxSafeFixedDecimals) return fmt::format("{:.{}f}", magnitude, decimals);
  Decimal d = significant_digits(magnitude, kExactSignificant);
  round_exact_decimal(d, d.exponent + 1 + decimals);
  std::string out;
  append_fixed(out, d, decimals, false);
  return out;
}

// Fixed notation of d with exactly `frac` digits after the point; digits of d beyond
// that must be zeros (guaranteed by how d was rounded).
void append_fixed(std::string& out, const Decimal& d, int frac, bool force_point) {
  int n = static_cast<int>(d.digits.size());
  if (d.exponent < 0) {
    out.push_back('0');
  } else {
    for (int i = 0; i <= d.exponent; ++i) out.push_back(i < n ? d.digits[i] : '0');
  }
  if (frac > 0 || force_point) out.push_back('.');
  for (int i = 1; i <= frac; ++i) {
    int index = d.exponent + i;
    out.push_back(index >= 0 && index < n ? d.digits[index] : '0');
  }
}

// Scientific notation with `frac` mantissa digits after the point and an exponent of at
// least two digits, as C's printf and CPython both write it.
void append_scientific(std::string& out, const Decimal& d, int frac, bool force_point, bool upper) {
  int n = static_cast<int>(d.digits.size());
  out.push_back(d.digits[0]);
  if (frac > 0 || force_point) out.push_back('.');
  for (int i = 1; i <= frac; ++i) out.push_back(i < n ? d.digits[i] : '0');
  out.push_back(upper ? 'E' : 'e');
  int e = d.exponent;
  out.push_back(e < 0 ? '-' : '+');
  if (e < 0) e = -e;
  if (e < 10) out.push_back('0');
  out += std::to_string(e);
}

int significant_without_trailing_zeros(const Decimal& d) {
  size_t last = d.digits.find_last_not_of('0');
  return last == std::string::npos ? 1 : static_cast<int>(last) + 1;
}

// True when the digits before any exponent are all zero (the rounded value is zero).
bool text_is_zero(std::string_view body) {
  for (char c : body) {
    if (c == 'e' || c == 'E') break;
    if (c != '0' && c != '.') return false;
  }
  return true;
}

bool is_ascii_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r';
}

// Non-ASCII characters that str.isspace() accepts; float() treats them as spaces.
bool is_unicode_space(char32_t cp) {
  switch (cp) {
    case 0x85: case 0xA0: case 0x1680: case 0x2028: case 0x2029: case 0x202F:
    case 0x205F: case 0x3000:
      return true;
    default:
      return cp >= 0x2000 && cp <= 0x200A;
  }
}

bool equals_ignoring_case(std::string_view text, std::string_view lower) {
  if (text.size() != lower.size()) return false;
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c != lower[i]) return false;
  }
  return true;
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// The signed special values both float() and float.fromhex() accept. `text` has no
// surrounding whitespace.
bool parse_inf_or_nan(std::string_view text, double& out) {
  bool negative = false;
  if (!text.empty() && (text[0] == '+' || text[0] == '-')) {
    negative = text[0] == '-';
    text.remove_prefix(1);
  }
  double value;
  if (equals_ignoring_case(text, "inf") || equals_ignoring_case(text, "infinity")) {
    value = std::numeric_limits<double>::infinity();
  } else if (equals_ignoring_case(text, "nan")) {
    value = std::numeric_limits<double>::quiet_NaN();
  } else {
    return false;
  }
  out = std::copysign(value, negative ? -1.0 : 1.0);
  return true;
}

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

}  // namespace

std::string float_to_text(double x, const FloatTextOptions& options) {
  bool upper = options.type >= 'A' && options.type <= 'Z';
  char type = upper ? static_cast<char>(options.type - 'A' + 'a') : options.type;
  if (std::isnan(x)) return upper ? "NAN" : "nan";
  bool negative = std::signbit(x);
  double magnitude = std::fabs(x);
  bool alt = options.alternate;
  std::string body;
  if (std::isinf(x)) {
    body = upper ? "INF" : "inf";
  } else if (type == 'f') {
    body = fixed_digits(magnitude, options.precision);
    if (alt && options.precision == 0) body.push_back('.');
  } else if (type == 'e') {
    Decimal d = significant_digits(magnitude, options.precision + 1);
    append_scientific(body, d, options.precision, alt, upper);
  } else if (type == 'g') {
    // %g: round to P significant digits first; the exponent of the *rounded* value
    // picks the notation (Python spec: -4 <= exp < P means fixed). With add_dot_0 the
    // fixed range ends one earlier, so that the added ".0" never shows more digits
    // than the precision asked for (format(100.0, '.3') is '1e+02', not '100.0').
    int p = options.precision == 0 ? 1 : options.precision;
    Decimal d = significant_digits(magnitude, p);
    int kept = alt ? p : significant_without_trailing_zeros(d);
    int fixed_limit = options.add_dot_0 ? p - 1 : p;
    if (d.exponent >= -4 && d.exponent < fixed_limit) {
      int frac = std::max(0, kept - 1 - d.exponent);
      if (options.add_dot_0 && frac == 0) frac = 1;
      append_fixed(body, d, frac, alt);
    } else {
      append_scientific(body, d, kept - 1, alt, upper);
    }
  } else {
    // repr: shortest round-trip digits, scientific outside [1e-4, 1e16).
    Decimal d = shortest_digits(magnitude);
    int n = static_cast<int>(d.digits.size());
    if (d.exponent >= -4 && d.exponent < 16) {
      int frac = std::max(0, n - 1 - d.exponent);
      if (options.add_dot_0 && frac == 0) frac = 1;
      append_fixed(body, d, frac, alt);
    } else {
      append_scientific(body, d, n - 1, alt, upper);
    }
  }
  if (negative && options.no_neg_zero && text_is_zero(body)) negative = false;
  return negative ? "-" + body : body;
}

std::string float_repr(double x) {
  FloatTextOptions options;
  options.type = 'r';
  options.add_dot_0 = true;
  return float_to_text(x, options);
}

bool parse_float(std::string_view text, double& out) {
  // Like CPython, first map non-ASCII spaces to ' ' and non-ASCII decimal digits to
  // ASCII ones; any other non-ASCII character makes the string invalid. ASCII control
  // characters such as \x1c stay as they are and are rejected by the grammar below.
  std::string buffer;
  buffer.reserve(text.size());
  for (size_t pos = 0; pos < text.size();) {
    unsigned char byte = static_cast<unsigned char>(text[pos]);
    if (byte < 0x80) {
      buffer.push_back(static_cast<char>(byte));
      ++pos;
      continue;
    }
    char32_t cp = next_code_point(text, pos);
    if (is_unicode_space(cp)) {
      buffer.push_back(' ');
    } else if (int value = decimal_value(cp); value >= 0) {
      buffer.push_back(static_cast<char>('0' + value));
    } else {
      return false;
    }
  }
  size_t begin = 0;
  size_t end = buffer.size();
  while (begin < end && is_ascii_space(buffer[begin])) ++begin;
  while (end > begin && is_ascii_space(buffer[end - 1])) --end;
  if (begin == end) return false;

  // PEP 515: an underscore must sit between two digits; then it is dropped.
  std::string clean;
  clean.reserve(end - begin);
  for (size_t i = begin; i < end; ++i) {
    char c = buffer[i];
    if (c == '_') {
      if (i == begin || !is_digit(buffer[i - 1]) || i + 1 == end || !is_digit(buffer[i + 1])) {
        return false;
      }
      continue;
    }
    clean.push_back(c);
  }
  if (parse_inf_or_nan(clean, out)) return true;

  // [sign] (digits [. digits?] | . digits) [(e|E) [sign] digits]
  size_t i = 0;
  size_t n = clean.size();
  if (i < n && (clean[i] == '+' || clean[i] == '-')) ++i;
  size_t mantissa_digits = 0;
  while (i < n && is_digit(clean[i])) ++i, ++mantissa_digits;
  if (i < n && clean[i] == '.') {
    ++i;
    while (i < n && is_digit(clean[i])) ++i, ++mantissa_digits;
  }
  if (mantissa_digits == 0) return false;
  if (i < n && (clean[i] == 'e' || clean[i] == 'E')) {
    ++i;
    if (i < n && (clean[i] == '+' || clean[i] == '-')) ++i;
    size_t exponent_digits = 0;
    while (i < n && is_digit(clean[i])) ++i, ++exponent_digits;
    if (exponent_digits == 0) return false;
  }
  if (i != n) return false;
  out = std::strtod(clean.c_str(), nullptr);
  return true;
}

double round_to_ndigits(double x, int64_t ndigits, bool& overflow) {
  overflow = false;
  if (!std::isfinite(x) || x == 0.0) return x;
  // Bounds from float.__round__: beyond 323 digits every double is already exact;
  // below -308 every double rounds to zero (both derive from log10(2) bounds).
  if (ndigits > 323) return x;
  if (ndigits < -308) return std::copysign(0.0, x);
  double magnitude = std::fabs(x);
  std::string text;
  if (ndigits >= 0) {
    // At most 309 integer digits + 323 decimals: within fmt's exact range (see above).
    text = fmt::format("{:.{}f}", magnitude, static_cast<int>(ndigits));
  } else {
    // Round the exact integer part at the 10**m position ourselves; rounding to units
    // first and then again would round twice. `inexact` records a non-zero fraction,
    // which breaks what would otherwise be a tie.
    int m = static_cast<int>(-ndigits);
    double whole = std::trunc(magnitude);
    bool inexact = whole != magnitude;
    std::string digits = fmt::format("{:.0f}", whole);
    int keep = static_cast<int>(digits.size()) - m;
    if (keep < 0) return std::copysign(0.0, x);
    std::string kept = digits.substr(0, static_cast<size_t>(keep));
    char first_dropped = digits[static_cast<size_t>(keep)];
    bool round_up = false;
    if (first_dropped > '5') {
      round_up = true;
    } else if (first_dropped == '5') {
      bool beyond_half = inexact || digits.find_first_not_of('0', static_cast<size_t>(keep) + 1) != std::string::npos;
      bool kept_odd = !kept.empty() && ((kept.back() - '0') & 1);
      round_up = beyond_half || kept_odd;
    }
    if (round_up) {
      int i = static_cast<int>(kept.size()) - 1;
      while (i >= 0 && kept[i] == '9') kept[i--] = '0';
      if (i >= 0) {
        ++kept[i];
      } else {
        kept.insert(kept.begin(), '1');
      }
    }
    if (kept.empty()) kept = "0";
    text = kept + "e" + std::to_string(m);
  }
  double rounded = std::strtod(text.c_str(), nullptr);
  if (std::isinf(rounded)) overflow = true;
  return std::copysign(rounded, x);
}

double round_half_even(double x) {
  if (!std::isfinite(x)) return x;
  double below = std::floor(x);
  double fraction = x - below;  // exact: both are doubles within one unit of each other
  if (fraction > 0.5) return below + 1.0;
  if (fraction < 0.5) return below;
  return std::fmod(below, 2.0) == 0.0 ? below : below + 1.0;
}

std::string float_to_hex(double x) {
  if (std::isnan(x)) return "nan";
  if (std::isinf(x)) return x < 0 ? "-inf" : "inf";
  uint64_t bits;
  std::memcpy(&bits, &x, sizeof bits);
  bool negative = bits >> 63;
  int biased = static_cast<int>((bits >> 52) & 0x7FF);
  uint64_t mantissa = bits & ((uint64_t{1} << 52) - 1);
  std::string out = negative ? "-0x" : "0x";
  if (biased == 0 && mantissa == 0) return out + "0.0p+0";
  // Subnormals keep the minimum exponent with a leading 0 digit, as CPython prints them.
  int exponent = biased == 0 ? -1022 : biased - 1023;
  out += biased == 0 ? "0." : "1.";
  static constexpr char kHex[] = "0123456789abcdef";
  for (int shift = 48; shift >= 0; shift -= 4) out.push_back(kHex[(mantissa >> shift) & 0xF]);
  out += exponent < 0 ? "p-" : "p+";
  out += std::to_string(exponent < 0 ? -exponent : exponent);
  return out;
}

bool float_from_hex(std::string_view text, double& out, std::string& error) {
  // Only ASCII whitespace counts here: fromhex works on the UTF-8 bytes.
  size_t begin = 0;
  size_t end = text.size();
  while (begin < end && is_ascii_space(text[begin])) ++begin;
  while (end > begin && is_ascii_space(text[end - 1])) --end;
  std::string_view s = text.substr(begin, end - begin);
  if (parse_inf_or_nan(s, out)) return true;

  auto syntax_error = [&] {
    error = kFromHexSyntaxMessage;
    return false;
  };
  size_t i = 0;
  bool negative = false;
  if (i < s.size() && (s[i] == '+' || s[i] == '-')) negative = s[i++] == '-';
  if (i + 1 < s.size() && s[i] == '0' && (s[i + 1] == 'x' || s[i + 1] == 'X')) i += 2;

  // Coefficient: the first 16 significant hex digits (at least 61 bits, enough for 53
  // bits plus rounding) go into `mantissa`; later digits only matter as a sticky bit.
  uint64_t mantissa = 0;
  int significant = 0;
  bool sticky = false;
  int64_t shift2 = 0;  // binary exponent adjustment from digit positions
  size_t digit_count = 0;
  bool in_fraction = false;
  for (; i < s.size(); ++i) {
    if (s[i] == '.' && !in_fraction) {
      in_fraction = true;
      continue;
    }
    int v = hex_value(s[i]);
    if (v < 0) break;
    ++digit_count;
    if (in_fraction) shift2 -= 4;
    if (significant == 0 && v == 0) continue;
    if (significant < 16) {
      mantissa = (mantissa << 4) | static_cast<uint64_t>(v);
      ++significant;
    } else {
      shift2 += 4;
      if (v != 0) sticky = true;
    }
  }
  if (digit_count == 0) return syntax_error();

  // Exponent: decimal, saturated far beyond any representable range so that the
  // arithmetic below cannot overflow (CPython saturates at LONG_MAX the same way).
  constexpr int64_t kExponentLimit = int64_t{1} << 50;
  int64_t exponent = 0;
  if (i < s.size() && (s[i] == 'p' || s[i] == 'P')) {
    ++i;
    bool exponent_negative = false;
    if (i < s.size() && (s[i] == '+' || s[i] == '-')) exponent_negative = s[i++] == '-';
    if (i >= s.size() || !is_digit(s[i])) return syntax_error();
    for (; i < s.size() && is_digit(s[i]); ++i) {
      if (exponent < kExponentLimit) exponent = exponent * 10 + (s[i] - '0');
    }
    if (exponent > kExponentLimit) exponent = kExponentLimit;
    if (exponent_negative) exponent = -exponent;
  }
  // CPython reports an overflowing value before it looks at trailing junk
  // (float.fromhex('bp6044-e') is an OverflowError), so the tail is checked last.
  bool trailing_junk = i != s.size();

  double value = 0.0;
  if (mantissa != 0) {
    // value = mantissa * 2**e2 (+ sticky below the last bit).
    int64_t e2 = exponent + shift2;
    int bits = 64 - __builtin_clzll(mantissa);
    int64_t top = e2 + bits - 1;  // exponent of the leading bit
    if (top > 1023) {
      error = kFromHexOverflowMessage;
      return false;
    }
    // Lowest bit the double can keep: 53 bits below a normal leading bit, or 2**-1074.
    int64_t lsb = std::max<int64_t>(top - 52, -1074);
    int64_t drop = lsb - e2;
    if (drop <= 0) {
      value = std::ldexp(static_cast<double>(mantissa), static_cast<int>(e2));
    } else if (drop > bits) {
      value = 0.0;  // below half of the smallest subnormal
    } else {
      uint64_t kept = drop == 64 ? 0 : mantissa >> drop;
      bool half = (mantissa >> (drop - 1)) & 1;
      uint64_t below_half_mask = (uint64_t{1} << (drop - 1)) - 1;
      bool rest = (mantissa & below_half_mask) != 0 || sticky;
      if (half && (rest || (kept & 1))) ++kept;
      value = std::ldexp(static_cast<double>(kept), static_cast<int>(lsb));
      if (std::isinf(value)) {
        error = kFromHexOverflowMessage;
        return false;
      }
    }
  }
  if (trailing_junk) return syntax_error();
  out = negative ? -value : value;
  return true;
}

}  // namespace edge::vm
