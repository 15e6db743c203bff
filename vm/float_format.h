// Text conversions of IEEE-754 doubles with CPython 3.11 semantics, free of the VM's
// object model: repr/str, float(str), round(x, n), float.hex/float.fromhex, and the
// shared digit layout (float_to_text) that format() and %-formatting build on.
//
// Invariant: every decimal result is derived from the exact binary value with correct
// rounding (digits come from {fmt}, whose shortest and fixed-precision conversions are
// exact and round exact ties to even, as CPython's dtoa does), so output is
// byte-identical to CPython's. Nothing here allocates Python objects or throws.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace edge::vm {

// repr(x) == str(x): shortest round-trip digits; fixed notation when the decimal
// exponent is in [-4, 16), otherwise scientific ("1e+16", "1.5e-05"); ".0" is added to
// integral fixed values; "inf", "-inf", "nan", "-0.0".
std::string float_repr(double x);

// float(text) for a str: Python's rules (surrounding whitespace, sign, underscores only
// between digits, "inf"/"infinity"/"nan" in any case, non-ASCII decimal digits and
// Unicode spaces as str.strip/int() see them). `text` is UTF-8. Returns false when
// CPython raises ValueError; the caller words the message.
bool parse_float(std::string_view text, double& out);

// round(x, ndigits) for a float: the exact binary value rounded to 10**-ndigits, exact
// ties to even. Infinities and NaN round to themselves. Sets `overflow` (and returns
// inf) when CPython raises OverflowError("rounded value too large to represent").
double round_to_ndigits(double x, int64_t ndigits, bool& overflow);

// round(x) with no ndigits, before the VM converts to int: nearest integer, ties to even.
// Returns x unchanged for infinities and NaN (the VM raises for those).
double round_half_even(double x);

// float.hex(x): "0x1.8000000000000p+1", "-0x0.0p+0", "0x0.0000000000001p-1022", "inf".
std::string float_to_hex(double x);

// float.fromhex(text). On failure `error` holds CPython's message: kFromHexOverflowMessage
// means OverflowError, anything else ValueError.
inline constexpr std::string_view kFromHexSyntaxMessage = "invalid hexadecimal floating-point string";
inline constexpr std::string_view kFromHexOverflowMessage = "hexadecimal value too large to represent as a float";
bool float_from_hex(std::string_view text, double& out, std::string& error);

// One conversion the way CPython's PyOS_double_to_string does it; the building block of
// format() and '%' formatting. `type` is one of e E f F g G, or 'r' for repr digits
// (precision ignored). Upper-case types give "INF"/"NAN" and an 'E' exponent. NaN never
// carries a sign. Output is ASCII and starts with '-' for negative values.
struct FloatTextOptions {
  char type = 'r';
  int precision = 0;         // digits after the point (e f) or significant digits (g)
  bool alternate = false;    // '#': keep the point and, for g, trailing zeros
  bool add_dot_0 = false;    // append ".0" to integral fixed results (str(), format(x, ''))
  bool no_neg_zero = false;  // 'z': drop the sign when the rounded value is zero
};
std::string float_to_text(double x, const FloatTextOptions& options);

// Helpers shared with format_spec.cpp; not part of the VM-facing API.
namespace format_detail {
// Decodes one UTF-8 code point at text[pos], advancing pos. Malformed bytes decode as
// U+FFFD one byte at a time, so a scan always terminates.
char32_t next_code_point(std::string_view text, size_t& pos);
void append_utf8(std::string& out, char32_t cp);
// The value 0-9 of a Unicode decimal digit (category Nd, what str.isdecimal accepts and
// what CPython's format-spec and float() parsers read as digits), or -1.
int decimal_value(char32_t cp);
}  // namespace format_detail

}  // namespace edge::vm
