// Lookups in the generated Unicode tables (see unicode.h for the encoding).
//
// Invariant: the bit layout of kPropertyRuns and the run format of the case tables are
// the ones scripts/gen_unicode_tables.py writes; the generator and this file change
// together.
#include "vm/unicode.h"

#include <algorithm>
#include <iterator>

#include "vm/float_format.h"

namespace edge::vm::unicode {

namespace {

struct CaseRun {
  uint32_t word;  // start | (count - 1) << 21 | (stride == 2) << 31
  int32_t delta;
};

struct SpecialCase {
  uint16_t cp;
  uint16_t out[3];  // unused trailing entries are 0
};

#include "vm/unicode_tables.inc"

constexpr uint32_t kFlagBits = 11;
constexpr uint32_t kAlpha = 1u << 0;
constexpr uint32_t kNumericShift = 1;  // 2 bits: 0 none, 1 numeric, 2 digit, 3 decimal
constexpr uint32_t kPrintable = 1u << 3;
constexpr uint32_t kLower = 1u << 4;
constexpr uint32_t kUpper = 1u << 5;
constexpr uint32_t kTitle = 1u << 6;
constexpr uint32_t kCaseIgnorable = 1u << 7;
constexpr uint32_t kIdStart = 1u << 8;
constexpr uint32_t kIdContinue = 1u << 9;
constexpr uint32_t kSpace = 1u << 10;

uint32_t flags(uint32_t cp) {
  if (cp > 0x10FFFF) return 0;
  // The last run whose start is <= cp. Entries compare by start because the start
  // occupies the high bits.
  uint32_t key = (cp << kFlagBits) | ((1u << kFlagBits) - 1);
  const uint32_t* it = std::upper_bound(std::begin(kPropertyRuns), std::end(kPropertyRuns), key);
  return *(it - 1) & ((1u << kFlagBits) - 1);
}

uint32_t numeric_level(uint32_t cp) { return (flags(cp) >> kNumericShift) & 3; }

// The simple mapping of `cp` in `runs`, or cp itself.
template <size_t N> uint32_t map_run(uint32_t cp, const CaseRun (&runs)[N]) {
  size_t lo = 0, hi = N;
  while (lo < hi) {  // first run starting after cp
    size_t mid = (lo + hi) / 2;
    if ((runs[mid].word & 0x1FFFFF) <= cp) {
      lo = mid + 1;
    } else {
      hi = mid;
    }
  }
  if (lo == 0) return cp;
  const CaseRun& r = runs[lo - 1];
  uint32_t start = r.word & 0x1FFFFF;
  uint32_t count = ((r.word >> 21) & 0x3FF) + 1;
  uint32_t stride = (r.word >> 31) ? 2 : 1;
  uint32_t offset = cp - start;
  if (offset % stride != 0 || offset / stride >= count) return cp;
  return static_cast<uint32_t>(static_cast<int32_t>(cp) + r.delta);
}

template <size_t NR, size_t NS>
int map_full(uint32_t cp, const CaseRun (&runs)[NR], const SpecialCase (&special)[NS], uint32_t out[3]) {
  if (cp >= 0xDF && cp <= 0xFB17) {
    // Every multi-code-point mapping (SpecialCasing.txt) lies in this span.
    const SpecialCase* it = std::lower_bound(std::begin(special), std::end(special), cp,
                                             [](const SpecialCase& s, uint32_t c) { return s.cp < c; });
    if (it != std::end(special) && it->cp == cp) {
      int n = 0;
      for (uint16_t c : it->out) {
        if (c != 0) out[n++] = c;
      }
      return n;
    }
  }
  out[0] = map_run(cp, runs);
  return 1;
}

}  // namespace

bool is_alpha(uint32_t cp) {
  if (cp < 0x80) return ((cp | 0x20) >= 'a' && (cp | 0x20) <= 'z');
  return (flags(cp) & kAlpha) != 0;
}

bool is_decimal(uint32_t cp) {
  if (cp < 0x80) return cp >= '0' && cp <= '9';
  return numeric_level(cp) == 3;
}

bool is_digit(uint32_t cp) {
  if (cp < 0x80) return cp >= '0' && cp <= '9';
  return numeric_level(cp) >= 2;
}

bool is_numeric(uint32_t cp) {
  if (cp < 0x80) return cp >= '0' && cp <= '9';
  return numeric_level(cp) >= 1;
}

bool is_space(uint32_t cp) {
  if (cp < 0x80) return cp == ' ' || (cp >= 0x09 && cp <= 0x0D) || (cp >= 0x1C && cp <= 0x1F);
  return (flags(cp) & kSpace) != 0;
}

bool is_printable(uint32_t cp) {
  if (cp < 0x80) return cp >= 0x20 && cp < 0x7F;
  return (flags(cp) & kPrintable) != 0;
}

bool is_lower(uint32_t cp) {
  if (cp < 0x80) return cp >= 'a' && cp <= 'z';
  return (flags(cp) & kLower) != 0;
}

bool is_upper(uint32_t cp) {
  if (cp < 0x80) return cp >= 'A' && cp <= 'Z';
  return (flags(cp) & kUpper) != 0;
}

bool is_title(uint32_t cp) { return cp >= 0x80 && (flags(cp) & kTitle) != 0; }

bool is_cased(uint32_t cp) {
  if (cp < 0x80) return ((cp | 0x20) >= 'a' && (cp | 0x20) <= 'z');
  return (flags(cp) & (kLower | kUpper | kTitle)) != 0;
}

bool is_case_ignorable(uint32_t cp) {
  if (cp < 0x80) return cp == '\'' || cp == '.' || cp == ':' || cp == '^' || cp == '`';
  return (flags(cp) & kCaseIgnorable) != 0;
}

bool is_identifier_start(uint32_t cp) {
  if (cp < 0x80) return ((cp | 0x20) >= 'a' && (cp | 0x20) <= 'z') || cp == '_';
  return (flags(cp) & kIdStart) != 0;
}

bool is_identifier_continue(uint32_t cp) {
  if (cp < 0x80) return ((cp | 0x20) >= 'a' && (cp | 0x20) <= 'z') || cp == '_' || (cp >= '0' && cp <= '9');
  return (flags(cp) & kIdContinue) != 0;
}

int decimal_value(uint32_t cp) { return format_detail::decimal_value(static_cast<char32_t>(cp)); }

int to_lower(uint32_t cp, uint32_t out[3]) {
  if (cp < 0x80) {
    out[0] = (cp >= 'A' && cp <= 'Z') ? cp + 32 : cp;
    return 1;
  }
  return map_full(cp, kLowerRuns, kLowerSpecial, out);
}

int to_upper(uint32_t cp, uint32_t out[3]) {
  if (cp < 0x80) {
    out[0] = (cp >= 'a' && cp <= 'z') ? cp - 32 : cp;
    return 1;
  }
  return map_full(cp, kUpperRuns, kUpperSpecial, out);
}

int to_title(uint32_t cp, uint32_t out[3]) {
  if (cp < 0x80) {
    out[0] = (cp >= 'a' && cp <= 'z') ? cp - 32 : cp;
    return 1;
  }
  return map_full(cp, kTitleRuns, kTitleSpecial, out);
}

int to_fold(uint32_t cp, uint32_t out[3]) {
  if (cp < 0x80) {
    out[0] = (cp >= 'A' && cp <= 'Z') ? cp + 32 : cp;
    return 1;
  }
  return map_full(cp, kFoldRuns, kFoldSpecial, out);
}

namespace {

// Decodes the code point starting at byte i (generalized UTF-8, as Str stores it).
uint32_t decode_at(std::string_view s, size_t i, size_t& next) {
  auto byte = [&](size_t k) -> uint32_t { return static_cast<unsigned char>(s[k]); };
  uint32_t c = byte(i);
  if (c < 0x80) {
    next = i + 1;
    return c;
  }
  if ((c & 0xE0) == 0xC0 && i + 1 < s.size()) {
    next = i + 2;
    return ((c & 0x1F) << 6) | (byte(i + 1) & 0x3F);
  }
  if ((c & 0xF0) == 0xE0 && i + 2 < s.size()) {
    next = i + 3;
    return ((c & 0x0F) << 12) | ((byte(i + 1) & 0x3F) << 6) | (byte(i + 2) & 0x3F);
  }
  if ((c & 0xF8) == 0xF0 && i + 3 < s.size()) {
    next = i + 4;
    return ((c & 0x07) << 18) | ((byte(i + 1) & 0x3F) << 12) | ((byte(i + 2) & 0x3F) << 6) | (byte(i + 3) & 0x3F);
  }
  next = i + 1;
  return 0xFFFD;
}

}  // namespace

bool is_final_sigma(std::string_view utf8, size_t at) {
  // Backwards: the nearest code point that is not case-ignorable must be cased.
  size_t i = at;
  bool cased_before = false;
  while (i > 0) {
    size_t start = i - 1;
    while (start > 0 && (static_cast<unsigned char>(utf8[start]) & 0xC0) == 0x80) --start;
    size_t next;
    uint32_t c = decode_at(utf8, start, next);
    i = start;
    if (is_case_ignorable(c)) continue;
    cased_before = is_cased(c);
    break;
  }
  if (!cased_before) return false;
  // Forwards from the code point after the sigma: no cased letter may follow.
  size_t j;
  decode_at(utf8, at, j);
  while (j < utf8.size()) {
    size_t next;
    uint32_t c = decode_at(utf8, j, next);
    j = next;
    if (is_case_ignorable(c)) continue;
    return !is_cased(c);
  }
  return true;
}

bool is_valid_utf8(std::string_view text) {
  size_t i = 0, n = text.size();
  while (i < n) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    size_t extra = c < 0x80 ? 0 : (c >> 5) == 0x6 ? 1 : (c >> 4) == 0xE ? 2 : (c >> 3) == 0x1E ? 3 : 4;
    if (extra == 4 || i + extra >= n + (extra == 0 ? 1 : 0)) return false;
    uint32_t cp = extra == 0 ? c : c & (0x3F >> extra);
    for (size_t k = 1; k <= extra; ++k) {
      unsigned char d = static_cast<unsigned char>(text[i + k]);
      if ((d >> 6) != 0x2) return false;
      cp = (cp << 6) | (d & 0x3F);
    }
    static const uint32_t kMin[] = {0, 0x80, 0x800, 0x10000};
    if (cp < kMin[extra] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return false;
    i += extra + 1;
  }
  return true;
}

}  // namespace edge::vm::unicode
