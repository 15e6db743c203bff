// vm/unicode.h against CPython 3.11 (Unicode 14.0). Two kinds of checks:
//  - exhaustive: every code point's property flags and full case mappings are folded
//    into per-plane checksums and compared with the ones scripts/gen_unicode_tables.py
//    computed from CPython's str methods (tests/unit/unicode_checksums.inc), so a
//    mismatch names the property and the plane;
//  - spot checks of the notable cases (special casings, digit classes, spaces), with
//    the expected values read off python3, so a failure is readable.
#ifndef DOCTEST_CONFIG_NO_EXCEPTIONS_BUT_WITH_ALL_ASSERTS
#define DOCTEST_CONFIG_NO_EXCEPTIONS_BUT_WITH_ALL_ASSERTS
#endif
#include <doctest/doctest.h>

#include <cstdint>
#include <string>
#include <vector>

#include "vm/unicode.h"

using namespace edge::vm;

namespace {

#include "tests/unit/unicode_checksums.inc"

uint64_t checksum_step(uint64_t h, uint32_t value) {
  h ^= value;
  return h * 0x100000001B3ull;
}

// The flag layout the generator uses for its checksum (not the table layout, which is
// private to vm/unicode.cpp, although they coincide).
uint32_t flags_of(uint32_t cp) {
  uint32_t numeric = unicode::is_decimal(cp) ? 3 : unicode::is_digit(cp) ? 2 : unicode::is_numeric(cp) ? 1 : 0;
  uint32_t f = numeric << 1;
  if (unicode::is_alpha(cp)) f |= 1u << 0;
  if (unicode::is_printable(cp)) f |= 1u << 3;
  if (unicode::is_lower(cp)) f |= 1u << 4;
  if (unicode::is_upper(cp)) f |= 1u << 5;
  if (unicode::is_title(cp)) f |= 1u << 6;
  if (unicode::is_case_ignorable(cp)) f |= 1u << 7;
  if (unicode::is_identifier_start(cp)) f |= 1u << 8;
  if (unicode::is_identifier_continue(cp)) f |= 1u << 9;
  if (unicode::is_space(cp)) f |= 1u << 10;
  return f;
}

using MapFn = int (*)(uint32_t, uint32_t*);

void check_mapping_checksums(MapFn fn, const uint64_t (&expected)[17], const char* name) {
  for (uint32_t plane = 0; plane < 17; ++plane) {
    uint64_t h = 0xCBF29CE484222325ull;
    for (uint32_t cp = plane << 16; cp < ((plane + 1) << 16); ++cp) {
      uint32_t out[3];
      int n = fn(cp, out);
      for (int i = 0; i < n; ++i) h = checksum_step(h, out[i]);
      h = checksum_step(h, 0xFFFFFFFFu);
    }
    INFO(name, " plane ", plane);
    CHECK(h == expected[plane]);
  }
}

std::vector<uint32_t> mapped(MapFn fn, uint32_t cp) {
  uint32_t out[3];
  int n = fn(cp, out);
  return std::vector<uint32_t>(out, out + n);
}

}  // namespace

TEST_CASE("unicode: property flags of every code point match CPython") {
  for (uint32_t plane = 0; plane < 17; ++plane) {
    uint64_t h = 0xCBF29CE484222325ull;
    for (uint32_t cp = plane << 16; cp < ((plane + 1) << 16); ++cp) h = checksum_step(h, flags_of(cp));
    INFO("plane ", plane);
    CHECK(h == kFlagsChecksums[plane]);
  }
}

TEST_CASE("unicode: full case mappings of every code point match CPython") {
  check_mapping_checksums(unicode::to_lower, kLowerChecksums, "lower");
  check_mapping_checksums(unicode::to_upper, kUpperChecksums, "upper");
  check_mapping_checksums(unicode::to_title, kTitleChecksums, "title");
  check_mapping_checksums(unicode::to_fold, kFoldChecksums, "fold");
}

TEST_CASE("unicode: decimal_value agrees with is_decimal everywhere") {
  int mismatches = 0;
  for (uint32_t cp = 0; cp < 0x110000; ++cp) {
    if (unicode::is_decimal(cp) != (unicode::decimal_value(cp) >= 0)) ++mismatches;
  }
  CHECK(mismatches == 0);
  CHECK(unicode::decimal_value('7') == 7);
  CHECK(unicode::decimal_value(0x663) == 3);     // ARABIC-INDIC DIGIT THREE
  CHECK(unicode::decimal_value(0x1D7D8) == 0);   // MATHEMATICAL DOUBLE-STRUCK DIGIT ZERO
  CHECK(unicode::decimal_value(0xB2) == -1);     // SUPERSCRIPT TWO: a digit, not decimal
}

TEST_CASE("unicode: special casings") {
  using V = std::vector<uint32_t>;
  CHECK(mapped(unicode::to_upper, 0xDF) == V{0x53, 0x53});         // 'ß'.upper() == 'SS'
  CHECK(mapped(unicode::to_title, 0xDF) == V{0x53, 0x73});         // 'ß'.title() == 'Ss'
  CHECK(mapped(unicode::to_fold, 0xDF) == V{0x73, 0x73});          // casefold: 'ss'
  CHECK(mapped(unicode::to_lower, 0xDF) == V{0xDF});
  CHECK(mapped(unicode::to_lower, 0x130) == V{0x69, 0x307});       // 'İ'.lower()
  CHECK(mapped(unicode::to_upper, 0x149) == V{0x2BC, 0x4E});       // 'ŉ'
  CHECK(mapped(unicode::to_upper, 0x390) == V{0x399, 0x308, 0x301});
  CHECK(mapped(unicode::to_upper, 0xFB03) == V{0x46, 0x46, 0x49});  // 'ﬃ'
  CHECK(mapped(unicode::to_title, 0xFB03) == V{0x46, 0x66, 0x69});
  CHECK(mapped(unicode::to_upper, 0x1FB3) == V{0x391, 0x399});
  CHECK(mapped(unicode::to_title, 0x1FB3) == V{0x1FBC});
  // The DŽ digraphs: upper, title and lower forms are three different code points.
  CHECK(mapped(unicode::to_upper, 0x1C5) == V{0x1C4});
  CHECK(mapped(unicode::to_title, 0x1C6) == V{0x1C5});
  CHECK(mapped(unicode::to_title, 0x1C4) == V{0x1C5});
  CHECK(mapped(unicode::to_lower, 0x1C5) == V{0x1C6});
  CHECK(mapped(unicode::to_lower, 0x3A3) == V{0x3C3});             // context-free sigma
  CHECK(mapped(unicode::to_upper, 0x1E922) == V{0x1E900});         // Adlam, plane 1
  CHECK(mapped(unicode::to_lower, 0x10400) == V{0x10428});         // Deseret
  CHECK(mapped(unicode::to_upper, 0x345) == V{0x399});
  CHECK(mapped(unicode::to_upper, 0x10FFFF) == V{0x10FFFF});
}

TEST_CASE("unicode: character classes") {
  CHECK(unicode::is_decimal(0x663));
  CHECK(!unicode::is_decimal(0xB2));
  CHECK(unicode::is_digit(0xB2));
  CHECK(!unicode::is_digit(0xBD));
  CHECK(unicode::is_numeric(0xBD));   // '½'
  CHECK(unicode::is_numeric(0x216B)); // 'Ⅻ' is numeric, upper case and an identifier
  CHECK(unicode::is_upper(0x216B));
  CHECK(unicode::is_identifier_start(0x216B));
  CHECK(!unicode::is_alpha(0x216B));
  CHECK(unicode::is_space(0x3000));
  CHECK(unicode::is_space(0x85));
  CHECK(unicode::is_space(0x1F));
  CHECK(!unicode::is_space(0x200B));  // ZERO WIDTH SPACE is Cf, not a space
  CHECK(!unicode::is_printable(0x200B));
  CHECK(!unicode::is_printable(0xAD));
  CHECK(!unicode::is_printable(0x3000));
  CHECK(unicode::is_printable(' '));
  CHECK(unicode::is_printable(0x1F600));
  CHECK(!unicode::is_printable(0xE0001));
  CHECK(!unicode::is_printable(0xD800));
  CHECK(unicode::is_lower(0xAA));     // 'ª' is Lo with Other_Lowercase
  CHECK(unicode::is_alpha(0xAA));
  CHECK(unicode::is_lower(0x345));
  CHECK(unicode::is_case_ignorable(0x345));
  CHECK(unicode::is_case_ignorable('\''));
  CHECK(unicode::is_case_ignorable(0xB7));
  CHECK(!unicode::is_identifier_start(0xB7));
  CHECK(unicode::is_identifier_continue(0xB7));
  CHECK(unicode::is_identifier_start('_'));
  CHECK(!unicode::is_identifier_start('1'));
  CHECK(unicode::is_title(0x1C5));
  CHECK(unicode::is_cased(0x1C5));
  CHECK(!unicode::is_cased(0x663));
  CHECK(!unicode::is_alpha(0x110000));
}

TEST_CASE("unicode: final sigma") {
  // "ΑΣ" -> final; "ΣΑ" -> not; "Α'Σ'" -> final (apostrophes are case-ignorable);
  // "ΑΣ'Α" -> not final; a lone "Σ" is not final (nothing cased before it).
  std::string s = "\xCE\x91\xCE\xA3";
  CHECK(unicode::is_final_sigma(s, 2));
  s = "\xCE\xA3\xCE\x91";
  CHECK(!unicode::is_final_sigma(s, 0));
  s = "\xCE\x91'\xCE\xA3'";
  CHECK(unicode::is_final_sigma(s, 3));
  s = "\xCE\x91\xCE\xA3'\xCE\x91";
  CHECK(!unicode::is_final_sigma(s, 2));
  s = "\xCE\xA3";
  CHECK(!unicode::is_final_sigma(s, 0));
  s = "a\xCE\xA3 b";
  CHECK(unicode::is_final_sigma(s, 1));
}
