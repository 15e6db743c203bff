// One printf-style ('%') conversion of a number or string, as CPython 3.11's
// str.__mod__ renders it ("printf-style String Formatting" in the library reference).
// The VM parses the format string and fetches arguments; these functions render a
// single converted field.
//
// Invariant: the result is CPython's byte for byte, including its departures from C
// (zero padding applies to inf/nan, '%.0d' % 0 is '0', '#o' gives the '0o' prefix).
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>

namespace edge::vm {

struct PrintfFlags {
  bool left = false;       // '-': pad on the right with spaces
  bool plus = false;       // '+': sign on non-negative numbers
  bool space = false;      // ' ': space on non-negative numbers (loses to '+')
  bool alternate = false;  // '#'
  bool zero = false;       // '0': pad numbers with zeros after the sign (ignored with '-')
};

// e E f F g G; precision -1 means 6. Returns false only when the field would be too
// large to allocate (the VM raises MemoryError).
bool printf_format_float(double x, char conversion, const PrintfFlags& flags, int64_t width,
                         int64_t precision, std::string& out);

// d i u o x X. `magnitude_digits(base)` returns |value| in base 8, 10 or 16 with
// lower-case digits. The precision is a minimum digit count (-1: none).
bool printf_format_int(bool negative, const std::function<std::string(int base)>& magnitude_digits,
                       char conversion, const PrintfFlags& flags, int64_t width, int64_t precision,
                       std::string& out);

// s r a c: the already-converted text, truncated to `precision` code points (-1: no
// limit) and padded with spaces to `width` code points.
bool printf_format_str(std::string_view utf8, const PrintfFlags& flags, int64_t width,
                       int64_t precision, std::string& out);

}  // namespace edge::vm
