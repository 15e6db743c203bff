// Number and string formatting (vm/float_format, vm/format_spec, vm/printf_format)
// checked against CPython 3.11: tests/unit/data/format_vectors.txt holds the oracle's
// answers, written by scripts/gen_format_vectors.py (its docstring describes the line
// format). Each vector kind is one TEST_CASE that reports the first mismatches verbatim.
// REQUIRE under -fno-exceptions (main.cpp sets the same).
#ifndef DOCTEST_CONFIG_NO_EXCEPTIONS_BUT_WITH_ALL_ASSERTS
#define DOCTEST_CONFIG_NO_EXCEPTIONS_BUT_WITH_ALL_ASSERTS
#endif
#include <doctest/doctest.h>

#include "vm/float_format.h"
#include "vm/format_spec.h"
#include "vm/printf_format.h"

#include <cmath>
#include <cstdint>
#include <cstring>
#include <fstream>
#include <map>
#include <string>
#include <vector>

using namespace edge::vm;

namespace {

std::string unescape(const std::string& field) {
  std::string out;
  for (size_t i = 0; i < field.size(); ++i) {
    if (field[i] != '\\' || i + 1 == field.size()) {
      out.push_back(field[i]);
      continue;
    }
    char c = field[++i];
    if (c == 't') {
      out.push_back('\t');
    } else if (c == 'n') {
      out.push_back('\n');
    } else if (c == 'r') {
      out.push_back('\r');
    } else if (c == 'x') {
      out.push_back(static_cast<char>(std::stoi(field.substr(i + 1, 2), nullptr, 16)));
      i += 2;
    } else {
      out.push_back(c);
    }
  }
  return out;
}

using Row = std::vector<std::string>;

// All vectors grouped by kind, loaded once.
const std::map<std::string, std::vector<Row>>& vectors() {
  static const std::map<std::string, std::vector<Row>> table = [] {
    std::map<std::string, std::vector<Row>> result;
    std::ifstream in(std::string(EDGE_SOURCE_DIR) + "/tests/unit/data/format_vectors.txt", std::ios::binary);
    std::string line;
    while (std::getline(in, line)) {
      if (line.empty() || line[0] == '#') continue;
      Row row;
      size_t start = 0;
      while (true) {
        size_t tab = line.find('\t', start);
        row.push_back(unescape(line.substr(start, tab == std::string::npos ? std::string::npos : tab - start)));
        if (tab == std::string::npos) break;
        start = tab + 1;
      }
      std::string kind = row[0];
      row.erase(row.begin());
      result[kind].push_back(std::move(row));
    }
    return result;
  }();
  return table;
}

const std::vector<Row>& rows(const std::string& kind) {
  static const std::vector<Row> empty;
  auto it = vectors().find(kind);
  return it == vectors().end() ? empty : it->second;
}

double from_bits(const std::string& hex) {
  uint64_t bits = std::stoull(hex, nullptr, 16);
  double x;
  std::memcpy(&x, &bits, sizeof x);
  return x;
}

std::string to_bits(double x) {
  uint64_t bits;
  std::memcpy(&bits, &x, sizeof bits);
  char buffer[17];
  std::snprintf(buffer, sizeof buffer, "%016llx", static_cast<unsigned long long>(bits));
  return buffer;
}

// Doubles compare by bits; any two NaNs of the same sign are equal (payloads differ
// between CPython's and the C library's NaN).
bool same_double(double got, const std::string& want_bits) {
  double want = from_bits(want_bits);
  if (std::isnan(got) && std::isnan(want)) return std::signbit(got) == std::signbit(want);
  return to_bits(got) == want_bits;
}

// |n| in another base, from the hex digits the vectors carry.
std::string hex_to_base(const std::string& hex, int base) {
  if (base == 16) return hex;
  std::vector<int> nibbles;
  for (char c : hex) nibbles.push_back(c <= '9' ? c - '0' : c - 'a' + 10);
  std::string out;
  if (base == 2 || base == 8) {
    std::string bin;
    for (int v : nibbles) {
      for (int b = 3; b >= 0; --b) bin.push_back(static_cast<char>('0' + ((v >> b) & 1)));
    }
    if (base == 8) {
      while (bin.size() % 3) bin.insert(bin.begin(), '0');
      for (size_t i = 0; i < bin.size(); i += 3) {
        out.push_back(static_cast<char>('0' + (bin[i] - '0') * 4 + (bin[i + 1] - '0') * 2 + (bin[i + 2] - '0')));
      }
    } else {
      out = bin;
    }
  } else {
    // Repeated division by 10 of the base-16 digit array.
    while (!nibbles.empty()) {
      int remainder = 0;
      std::vector<int> quotient;
      for (int v : nibbles) {
        int current = remainder * 16 + v;
        if (!quotient.empty() || current / 10 != 0) quotient.push_back(current / 10);
        remainder = current % 10;
      }
      out.insert(out.begin(), static_cast<char>('0' + remainder));
      nibbles = quotient;
    }
  }
  size_t first = out.find_first_not_of('0');
  return first == std::string::npos ? "0" : out.substr(first);
}

// Renders a formatter's outcome the way the vectors spell it.
std::string outcome(bool ok, const std::string& out, const std::string& error) {
  if (ok) return "=" + out;
  switch (format_error_kind(error)) {
    case FormatErrorKind::OverflowError: return "O:" + error;
    case FormatErrorKind::MemoryError: return "M:";
    default: return "V:" + error;
  }
}

PrintfFlags printf_flags(const std::string& text) {
  PrintfFlags flags;
  for (char c : text) {
    if (c == '-') flags.left = true;
    if (c == '+') flags.plus = true;
    if (c == ' ') flags.space = true;
    if (c == '#') flags.alternate = true;
    if (c == '0') flags.zero = true;
  }
  return flags;
}

std::string show(const Row& row) {
  std::string text;
  for (const std::string& field : row) text += "[" + field + "] ";
  return text;
}

// Runs `check` over every row of `kind`; reports up to 10 failures in full.
template <typename Check>
void run_kind(const std::string& kind, Check check) {
  const std::vector<Row>& all = rows(kind);
  REQUIRE_MESSAGE(!all.empty(), ("no '" + kind + "' vectors; run scripts/gen_format_vectors.py"));
  int failures = 0;
  for (const Row& row : all) {
    std::string got;
    std::string want;
    if (!check(row, got, want)) {
      if (++failures <= 10) FAIL_CHECK((kind + " " + show(row) + " got [" + got + "] want [" + want + "]"));
    }
  }
  MESSAGE((kind + ": " + std::to_string(all.size() - failures) + "/" + std::to_string(all.size()) + " pass"));
  CHECK(failures == 0);
}

}  // namespace

TEST_CASE("format vectors: repr(float)") {
  run_kind("repr", [](const Row& r, std::string& got, std::string& want) {
    got = float_repr(from_bits(r[0]));
    want = r[1];
    return got == want;
  });
}

TEST_CASE("format vectors: float(str)") {
  run_kind("parse", [](const Row& r, std::string& got, std::string& want) {
    double x = 0;
    bool ok = parse_float(r[0], x);
    got = ok ? to_bits(x) : "!";
    want = r[1];
    if (!ok || want == "!") return got == want;
    return same_double(x, want);
  });
}

TEST_CASE("format vectors: round(x, n)") {
  run_kind("round", [](const Row& r, std::string& got, std::string& want) {
    bool overflow = false;
    double x = round_to_ndigits(from_bits(r[0]), std::stoll(r[1]), overflow);
    got = overflow ? "OVF" : to_bits(x);
    want = r[2];
    if (overflow || want == "OVF") return got == want;
    return same_double(x, want);
  });
  run_kind("roundi", [](const Row& r, std::string& got, std::string& want) {
    double x = round_half_even(from_bits(r[0]));
    got = to_bits(x);
    want = r[1];
    return x == from_bits(want);  // round() makes an int, so the sign of zero is moot
  });
}

TEST_CASE("format vectors: float.hex / float.fromhex") {
  run_kind("hex", [](const Row& r, std::string& got, std::string& want) {
    got = float_to_hex(from_bits(r[0]));
    want = r[1];
    return got == want;
  });
  run_kind("fromhex", [](const Row& r, std::string& got, std::string& want) {
    double x = 0;
    std::string error;
    bool ok = float_from_hex(r[0], x, error);
    want = r[1];
    if (ok) {
      got = "=" + to_bits(x);
      return want[0] == '=' && same_double(x, want.substr(1));
    }
    got = (error == kFromHexOverflowMessage ? "O:" : "V:") + error;
    return got == want;
  });
}

TEST_CASE("format vectors: format(float, spec)") {
  run_kind("ffmt", [](const Row& r, std::string& got, std::string& want) {
    FormatSpec spec;
    std::string out, error;
    bool ok = parse_format_spec(r[1], spec, error, "float") &&
              format_float(from_bits(r[0]), spec, out, error);
    got = outcome(ok, out, error);
    want = r[2];
    return got == want;
  });
}

TEST_CASE("format vectors: format(int, spec)") {
  run_kind("ifmt", [](const Row& r, std::string& got, std::string& want) {
    bool negative = r[0] == "1";
    std::string hex = r[1];
    auto digits = [&](int base) { return hex_to_base(hex, base); };
    FormatSpec spec;
    std::string out, error;
    bool ok = parse_format_spec(r[3], spec, error, "int");
    if (ok) {
      if (format_spec_wants_float(spec)) {
        REQUIRE(r[2] != "OVF");
        ok = format_float(from_bits(r[2]), spec, out, error);
      } else {
        ok = format_int(negative, digits, spec, out, error);
      }
    }
    got = outcome(ok, out, error);
    want = r[4];
    return got == want;
  });
}

TEST_CASE("format vectors: format(str, spec)") {
  run_kind("sfmt", [](const Row& r, std::string& got, std::string& want) {
    FormatSpec spec;
    std::string out, error;
    bool ok = parse_format_spec(r[1], spec, error, "str") && format_str(r[0], spec, out, error);
    got = outcome(ok, out, error);
    want = r[2];
    return got == want;
  });
}

TEST_CASE("format vectors: printf-style conversions") {
  run_kind("pf", [](const Row& r, std::string& got, std::string& want) {
    bool ok = printf_format_float(from_bits(r[0]), r[1][0], printf_flags(r[2]), std::stoll(r[3]),
                                  std::stoll(r[4]), got);
    want = r[5];
    return ok && got == want;
  });
  run_kind("pi", [](const Row& r, std::string& got, std::string& want) {
    std::string hex = r[1];
    auto digits = [&](int base) { return hex_to_base(hex, base); };
    bool ok = printf_format_int(r[0] == "1", digits, r[2][0], printf_flags(r[3]), std::stoll(r[4]),
                                std::stoll(r[5]), got);
    want = r[6];
    return ok && got == want;
  });
  run_kind("ps", [](const Row& r, std::string& got, std::string& want) {
    bool ok = printf_format_str(r[0], printf_flags(r[1]), std::stoll(r[2]), std::stoll(r[3]), got);
    want = r[4];
    return ok && got == want;
  });
}

TEST_CASE("format_spec: parsed fields") {
  FormatSpec spec;
  std::string error;
  REQUIRE(parse_format_spec("\xF0\x9F\x98\x80^+z#012_.3f", spec, error, "float"));
  CHECK(spec.fill == "\xF0\x9F\x98\x80");
  CHECK(spec.fill_specified);
  CHECK(spec.align == '^');
  CHECK(spec.sign == '+');
  CHECK(spec.no_neg_zero);
  CHECK(spec.alternate);
  CHECK_FALSE(spec.zero_pad);  // with an explicit fill the '0' starts the width
  CHECK(spec.width == 12);
  CHECK(spec.grouping == '_');
  CHECK(spec.precision == 3);
  CHECK(spec.has_type);
  CHECK(spec.type == U'f');

  REQUIRE(parse_format_spec("", spec, error));
  CHECK_FALSE(spec.has_type);
  CHECK(spec.width == -1);
  CHECK(spec.precision == -1);
}

TEST_CASE("format_spec: the 'c' path and error kinds") {
  FormatSpec spec;
  std::string out, error;
  REQUIRE(parse_format_spec("^5c", spec, error, "int"));
  CHECK(format_spec_wants_char(spec));
  CHECK_FALSE(format_spec_wants_float(spec));
  REQUIRE(format_int_as_char(0x1F600, spec, out, error));
  CHECK(out == "  \xF0\x9F\x98\x80  ");
  CHECK_FALSE(format_int_as_char(-1, spec, out, error));
  CHECK(error == kCharRangeMessage);
  CHECK(format_error_kind(error) == FormatErrorKind::OverflowError);
  CHECK_FALSE(format_int_as_char(0x110000, spec, out, error));
  CHECK(error == "%c arg not in range(0x110000)");

  // An int wider than a C long fails before the range check, as in CPython.
  auto huge = [](int) { return std::string("1") + std::string(20, '0'); };
  CHECK_FALSE(format_int(false, huge, spec, out, error));
  CHECK(error == kCLongOverflowMessage);
  CHECK(format_error_kind(error) == FormatErrorKind::OverflowError);

  REQUIRE(parse_format_spec("1000000000000", spec, error, "float"));
  CHECK_FALSE(format_float(1.0, spec, out, error));
  CHECK(format_error_kind(error) == FormatErrorKind::MemoryError);

  REQUIRE(parse_format_spec(",x", spec, error, "int"));
  CHECK_FALSE(format_int(false, huge, spec, out, error));
  CHECK(error == "Cannot specify ',' with 'x'.");
  CHECK(format_error_kind(error) == FormatErrorKind::ValueError);
}

TEST_CASE("float_format: fixed points") {
  CHECK(float_repr(0.1 + 0.2) == "0.30000000000000004");
  CHECK(float_repr(1e16) == "1e+16");
  CHECK(float_repr(1.5e-5) == "1.5e-05");
  CHECK(float_repr(-0.0) == "-0.0");
  CHECK(float_repr(-1.2345e100) == "-1.2345e+100");
  bool overflow = false;
  CHECK(round_to_ndigits(2.675, 2, overflow) == 2.67);
  CHECK(round_to_ndigits(250.5, -2, overflow) == 300.0);
  CHECK(round_to_ndigits(1.7976931348623157e308, -308, overflow) == INFINITY);
  CHECK(overflow);
  CHECK(round_half_even(2.5) == 2.0);
  CHECK(round_half_even(-3.5) == -4.0);
  double x = 0;
  std::string error;
  CHECK_FALSE(float_from_hex("0x1p1024", x, error));
  CHECK(error == kFromHexOverflowMessage);
  CHECK(float_to_hex(3.0) == "0x1.8000000000000p+1");
}
