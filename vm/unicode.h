// Unicode character properties and case mappings as Python 3.11's str methods see them
// (Unicode 14.0): the character classes behind str.isalpha/isdecimal/isdigit/
// isnumeric/isspace/isprintable/isidentifier/islower/isupper/istitle, and the full
// (possibly multi-code-point) lower/upper/title/fold mappings behind str.lower/upper/
// title/capitalize/swapcase/casefold.
//
// Invariant: every answer equals CPython 3.11's for every code point 0..0x10FFFF. The
// tables (vm/unicode_tables.inc) are generated from CPython itself by
// scripts/gen_unicode_tables.py, and tests/unit/test_unicode.cpp checks all code points
// against per-plane checksums from the same script.
//
// Encoding, chosen for size (the tables are ~24 KB in the wasm binary): one sorted array
// of property runs (a run starts wherever any property changes), and per mapping a
// sorted array of runs "code points start, start+stride, ... map to cp + delta" plus a
// short list of the multi-code-point mappings (SpecialCasing.txt). Lookups are binary
// searches; ASCII is answered without touching the tables.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace edge::vm::unicode {

// --- character classes -------------------------------------------------------------------
bool is_alpha(uint32_t cp);        // categories Lu Ll Lt Lm Lo
bool is_decimal(uint32_t cp);      // Nd
bool is_digit(uint32_t cp);        // Numeric_Type Decimal or Digit
bool is_numeric(uint32_t cp);      // Numeric_Type Decimal, Digit or Numeric
inline bool is_alnum(uint32_t cp) { return is_alpha(cp) || is_numeric(cp); }
bool is_space(uint32_t cp);        // str.isspace: bidi WS/B/S or category Zs
bool is_printable(uint32_t cp);    // not Cc Cf Cs Co Cn Zl Zp, nor Zs other than ' '
bool is_lower(uint32_t cp);        // Lowercase property
bool is_upper(uint32_t cp);        // Uppercase property
bool is_title(uint32_t cp);        // category Lt
bool is_cased(uint32_t cp);        // Lowercase, Uppercase or Lt
bool is_case_ignorable(uint32_t cp);
// str.isidentifier: the first code point is XID_Start or '_', the others XID_Continue.
bool is_identifier_start(uint32_t cp);
bool is_identifier_continue(uint32_t cp);
// Line boundaries of str.splitlines: \n \r \v \f \x1c \x1d \x1e \x85 U+2028 U+2029.
inline bool is_line_break(uint32_t cp) {
  return (cp >= 0x0A && cp <= 0x0D) || (cp >= 0x1C && cp <= 0x1E) || cp == 0x85 || cp == 0x2028 || cp == 0x2029;
}

// The value 0-9 of a decimal digit (is_decimal), else -1. What int() and float() read.
int decimal_value(uint32_t cp);

// --- case mappings -----------------------------------------------------------------------
// Full mappings: write 1-3 code points to `out` and return how many. A code point
// without a mapping maps to itself. to_lower is context-free: str.lower()'s final sigma
// rule (U+03A3 -> U+03C2 at the end of a word) is the caller's, see is_final_sigma.
int to_lower(uint32_t cp, uint32_t out[3]);
int to_upper(uint32_t cp, uint32_t out[3]);
int to_title(uint32_t cp, uint32_t out[3]);
int to_fold(uint32_t cp, uint32_t out[3]);  // str.casefold

// Final_Sigma (Unicode 3.13, Table 3-17) for the capital sigma whose UTF-8 encoding
// starts at byte `at` of `utf8`: preceded by a cased letter and not followed by one,
// skipping case-ignorable characters in both directions.
bool is_final_sigma(std::string_view utf8, size_t at);

// Strict UTF-8: no overlong forms, surrogates or code points past U+10FFFF. Text that
// comes from a host (events, host-call payloads) must pass before it becomes a str.
bool is_valid_utf8(std::string_view text);

}  // namespace edge::vm::unicode
