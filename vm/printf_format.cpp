// printf-style conversions (see printf_format.h).
//
// Invariant: a numeric field is <sign><prefix><digits>, padded to the width by spaces on
// the left (default), zeros between prefix and digits ('0'), or spaces on the right
// ('-', which wins over '0'). Digits come from float_to_text / the caller's callback,
// never from C's printf, so the result does not depend on the libc.
#include "vm/printf_format.h"

#include "vm/float_format.h"
#include "vm/format_spec.h"

#include <climits>

namespace edge::vm {

namespace {

// `sign` is '-', '+', ' ' or 0; `body` holds the digits (and point, exponent...).
bool pad_number(char sign, std::string_view prefix, std::string_view body, const PrintfFlags& flags,
                int64_t width, std::string& out) {
  if (width > kMaxFormattedLength) return false;
  int64_t length = (sign ? 1 : 0) + static_cast<int64_t>(prefix.size() + body.size());
  int64_t padding = width > length ? width - length : 0;
  out.clear();
  if (padding > 0 && !flags.left && !flags.zero) out.append(static_cast<size_t>(padding), ' ');
  if (sign) out.push_back(sign);
  out += prefix;
  if (padding > 0 && !flags.left && flags.zero) out.append(static_cast<size_t>(padding), '0');
  out += body;
  if (padding > 0 && flags.left) out.append(static_cast<size_t>(padding), ' ');
  return true;
}

char sign_for(bool negative, const PrintfFlags& flags) {
  if (negative) return '-';
  if (flags.plus) return '+';
  if (flags.space) return ' ';
  return 0;
}

}  // namespace

bool printf_format_float(double x, char conversion, const PrintfFlags& flags, int64_t width,
                         int64_t precision, std::string& out) {
  if (precision > INT_MAX) return false;
  if (precision < 0) precision = 6;
  // Same size guard as format(): fixed notation may add ~310 integer digits.
  if (precision + 320 > kMaxFormattedLength) return false;
  FloatTextOptions options;
  options.type = conversion;
  options.precision = static_cast<int>(precision);
  options.alternate = flags.alternate;
  std::string text = float_to_text(x, options);
  bool negative = !text.empty() && text[0] == '-';
  std::string_view body(text);
  if (negative) body.remove_prefix(1);
  return pad_number(sign_for(negative, flags), "", body, flags, width, out);
}

bool printf_format_int(bool negative, const std::function<std::string(int base)>& magnitude_digits,
                       char conversion, const PrintfFlags& flags, int64_t width, int64_t precision,
                       std::string& out) {
  if (precision > kMaxFormattedLength) return false;
  int base = 10;
  std::string_view prefix;
  switch (conversion) {
    case 'o': base = 8, prefix = "0o"; break;
    case 'x': base = 16, prefix = "0x"; break;
    case 'X': base = 16, prefix = "0X"; break;
    default: break;
  }
  if (!flags.alternate) prefix = {};
  std::string digits = magnitude_digits(base);
  if (conversion == 'X') {
    for (char& c : digits) {
      if (c >= 'a' && c <= 'f') c = static_cast<char>(c - 'a' + 'A');
    }
  }
  // Unlike C, a zero value still prints its digit at precision 0.
  if (precision > static_cast<int64_t>(digits.size())) {
    digits.insert(0, static_cast<size_t>(precision) - digits.size(), '0');
  }
  return pad_number(sign_for(negative, flags), prefix, digits, flags, width, out);
}

bool printf_format_str(std::string_view utf8, const PrintfFlags& flags, int64_t width,
                       int64_t precision, std::string& out) {
  if (width > kMaxFormattedLength) return false;
  size_t end = 0;
  int64_t length = 0;
  while (end < utf8.size() && (precision < 0 || length < precision)) {
    format_detail::next_code_point(utf8, end);
    ++length;
  }
  int64_t padding = width > length ? width - length : 0;
  out.clear();
  if (!flags.left) out.append(static_cast<size_t>(padding), ' ');
  out += utf8.substr(0, end);
  if (flags.left) out.append(static_cast<size_t>(padding), ' ');
  return true;
}

}  // namespace edge::vm
