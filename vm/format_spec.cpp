// The format-spec mini-language for float, int and str (see format_spec.h).
//
// Invariant: a number is rendered as
//   <left pad> <sign> <prefix> <sign pad> <grouped digits> <'.'> <remainder> <right pad>
// where at most one pad is non-empty, widths count code points, and when the fill is
// '0' with '=' alignment the padding is produced by zero-extending the digits *through*
// the grouping, so separators land inside the zeros (format(1234, '08,') == '0,001,234'),
// which is how CPython pads. Only the integer digits are grouped.
#include "vm/format_spec.h"

#include "vm/float_format.h"
#include "vm/fmt.h"

#include <algorithm>
#include <climits>
#include <vector>

namespace edge::vm {

namespace {

using format_detail::append_utf8;
using format_detail::decimal_value;
using format_detail::next_code_point;

bool is_align(char32_t c) { return c == '<' || c == '>' || c == '=' || c == '^'; }

// How CPython quotes a presentation character in messages: printable ASCII as itself,
// anything else as \x<hex> (e.g. '\xe9', '\xa', '\x105').
std::string describe_code(char32_t c) {
  if (c > 32 && c < 128) return std::string(1, static_cast<char>(c));
  return fmt::format("\\x{:x}", static_cast<uint32_t>(c));
}

std::string truncated_type_name(std::string_view type_name) {
  return std::string(type_name.substr(0, 200));
}

bool unknown_code(char32_t type, std::string_view type_name, std::string& error) {
  error = fmt::format("Unknown format code '{}' for object of type '{}'", describe_code(type),
                      truncated_type_name(type_name));
  return false;
}

bool memory_error(std::string& error) {
  error = kFormatMemoryMessage;
  return false;
}

// Reads a run of (Unicode) decimal digits into `value`; leaves it alone when there are
// none. CPython stores widths as Py_ssize_t and rejects anything larger.
bool read_count(const std::u32string& cps, size_t& i, int64_t& value, std::string& error) {
  if (i >= cps.size() || decimal_value(cps[i]) < 0) return true;
  int64_t total = 0;
  for (; i < cps.size(); ++i) {
    int digit = decimal_value(cps[i]);
    if (digit < 0) break;
    if (total > (INT64_MAX - digit) / 10) {
      error = "Too many decimal digits in format string";
      return false;
    }
    total = total * 10 + digit;
  }
  value = total;
  return true;
}

// PEP 378 / PEP 515: which presentation types take a thousands separator. CPython does
// this check while parsing, against the type's default when none is given, so it comes
// before every type-specific error.
bool check_grouping(const FormatSpec& spec, char32_t default_type, std::string& error) {
  if (spec.grouping == 0) return true;
  char32_t type = spec.has_type ? spec.type : default_type;
  switch (type) {
    case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F': case 0:
      return true;
    case 'b': case 'o': case 'x': case 'X':
      if (spec.grouping == '_') return true;
      break;
    default:
      break;
  }
  error = fmt::format("Cannot specify '{}' with '{}'.", spec.grouping, describe_code(type));
  return false;
}

std::string resolved_fill(const FormatSpec& spec) {
  if (spec.fill_specified) return spec.fill;
  return spec.zero_pad ? "0" : " ";
}

void append_repeated(std::string& out, const std::string& piece, int64_t count) {
  for (int64_t i = 0; i < count; ++i) out += piece;
}

// Inserts `separator` every `group` digits from the right (group 0: never), first
// extending the digits with zeros until the grouped text is at least `min_width` long.
// A zero-extended result never starts with a separator: the last group is cut short
// instead (width 8 turns "1234" into "0,001,234", nine characters).
std::string group_digits(std::string_view digits, int group, char separator, int64_t min_width) {
  int64_t remaining = static_cast<int64_t>(digits.size());
  if (group == 0 || separator == 0) {
    int64_t length = std::max<int64_t>({remaining, min_width, 1});
    std::string out(static_cast<size_t>(length - remaining), '0');
    out += digits;
    return out;
  }
  std::vector<std::string> pieces;
  int64_t need = min_width;
  size_t end = digits.size();
  while (true) {
    int64_t length = std::min<int64_t>(group, std::max<int64_t>({remaining, need, 1}));
    int64_t take = std::min(remaining, length);
    std::string piece(static_cast<size_t>(length - take), '0');
    piece += digits.substr(end - static_cast<size_t>(take), static_cast<size_t>(take));
    pieces.push_back(std::move(piece));
    end -= static_cast<size_t>(take);
    remaining -= take;
    need -= length;
    if (remaining <= 0 && need <= 0) break;
    need -= 1;  // the separator about to be placed
  }
  std::string out;
  for (size_t i = pieces.size(); i-- > 0;) {
    out += pieces[i];
    if (i > 0) out.push_back(separator);
  }
  return out;
}

// The parts of a formatted number before padding.
struct NumberParts {
  bool negative = false;
  std::string prefix;         // "0x" and friends
  std::string digits;         // integer digits, grouped
  bool has_decimal = false;   // a '.' follows the digits
  std::string remainder;      // fraction, exponent, '%', or the 'c' character
  int64_t remainder_width = 0;  // in code points
};

bool render_number(const NumberParts& parts, const FormatSpec& spec, int group, char separator,
                   std::string& out, std::string& error) {
  if (spec.width > kMaxFormattedLength) return memory_error(error);
  char sign = 0;
  if (parts.negative) {
    sign = '-';
  } else if (spec.sign == '+' || spec.sign == ' ') {
    sign = spec.sign;
  }
  std::string fill = resolved_fill(spec);
  char align = spec.align ? spec.align : (spec.zero_pad ? '=' : '>');
  int64_t fixed_width = (sign ? 1 : 0) + static_cast<int64_t>(parts.prefix.size()) +
                        (parts.has_decimal ? 1 : 0) + parts.remainder_width;
  int64_t min_width = (fill == "0" && align == '=') ? spec.width - fixed_width : 0;
  std::string grouped =
      parts.digits.empty() ? std::string() : group_digits(parts.digits, group, separator, min_width);
  int64_t padding = spec.width - (fixed_width + static_cast<int64_t>(grouped.size()));
  int64_t left = 0, inner = 0, right = 0;
  if (padding > 0) {
    switch (align) {
      case '<': right = padding; break;
      case '^': left = padding / 2, right = padding - left; break;
      case '=': inner = padding; break;
      default: left = padding; break;
    }
  }
  out.clear();
  append_repeated(out, fill, left);
  if (sign) out.push_back(sign);
  out += parts.prefix;
  append_repeated(out, fill, inner);
  out += grouped;
  if (parts.has_decimal) out.push_back('.');
  out += parts.remainder;
  append_repeated(out, fill, right);
  return true;
}

// Checks shared by every int presentation type, in CPython's order.
bool check_int_spec(const FormatSpec& spec, std::string_view type_name, std::string& error) {
  if (!check_grouping(spec, 'd', error)) return false;
  char32_t type = spec.has_type ? spec.type : 'd';
  switch (type) {
    case 'b': case 'c': case 'd': case 'o': case 'x': case 'X': case 'n':
      break;
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%':
      // A caller bug: these go through format_float (format_spec_wants_float).
      error = "int presentation type needs float formatting";
      return false;
    default:
      return unknown_code(type, type_name, error);
  }
  if (spec.precision != -1) {
    error = "Precision not allowed in integer format specifier";
    return false;
  }
  if (spec.no_neg_zero) {
    error = "Negative zero coercion (z) not allowed in integer format specifier";
    return false;
  }
  return true;
}

// 'c' after check_int_spec, in CPython's order: sign, '#', C long range, code point range.
bool render_char(bool fits_long, bool negative, uint64_t magnitude, const FormatSpec& spec,
                 std::string& out, std::string& error) {
  if (spec.sign != 0) {
    error = "Sign not allowed with integer format specifier 'c'";
    return false;
  }
  if (spec.alternate) {
    error = "Alternate form (#) not allowed with integer format specifier 'c'";
    return false;
  }
  if (!fits_long) {
    error = kCLongOverflowMessage;
    return false;
  }
  if ((negative && magnitude != 0) || magnitude > 0x10FFFF) {
    error = kCharRangeMessage;
    return false;
  }
  NumberParts parts;
  append_utf8(parts.remainder, static_cast<char32_t>(magnitude));
  parts.remainder_width = 1;
  return render_number(parts, spec, 0, 0, out, error);
}

}  // namespace

bool parse_format_spec(std::string_view spec, FormatSpec& out, std::string& error,
                       std::string_view type_name) {
  out = FormatSpec{};
  std::u32string cps;
  for (size_t pos = 0; pos < spec.size();) cps.push_back(next_code_point(spec, pos));
  size_t n = cps.size();
  size_t i = 0;
  if (n >= 2 && is_align(cps[1])) {
    out.fill.clear();
    append_utf8(out.fill, cps[0]);
    out.fill_specified = true;
    out.align = static_cast<char>(cps[1]);
    i = 2;
  } else if (n >= 1 && is_align(cps[0])) {
    out.align = static_cast<char>(cps[0]);
    i = 1;
  }
  if (i < n && (cps[i] == '+' || cps[i] == '-' || cps[i] == ' ')) out.sign = static_cast<char>(cps[i++]);
  if (i < n && cps[i] == 'z') out.no_neg_zero = true, ++i;
  if (i < n && cps[i] == '#') out.alternate = true, ++i;
  // A '0' here is the legacy zero-padding flag, unless a fill was given explicitly (then
  // it is just the first digit of the width).
  if (!out.fill_specified && i < n && cps[i] == '0') out.zero_pad = true, ++i;
  if (!read_count(cps, i, out.width, error)) return false;
  if (i < n && cps[i] == ',') out.grouping = ',', ++i;
  if (i < n && cps[i] == '_') {
    if (out.grouping != 0) {
      error = "Cannot specify both ',' and '_'.";
      return false;
    }
    out.grouping = '_', ++i;
  }
  if (i < n && cps[i] == ',' && out.grouping == '_') {
    error = "Cannot specify both ',' and '_'.";
    return false;
  }
  if (i < n && cps[i] == '.') {
    ++i;
    size_t start = i;
    if (!read_count(cps, i, out.precision, error)) return false;
    if (i == start) {
      error = "Format specifier missing precision";
      return false;
    }
  }
  if (n - i > 1) {
    error = fmt::format("Invalid format specifier '{}' for object of type '{}'", spec,
                        truncated_type_name(type_name));
    return false;
  }
  if (n - i == 1) {
    out.has_type = true;
    out.type = cps[i];
  }
  return true;
}

bool format_spec_wants_float(const FormatSpec& spec) {
  if (!spec.has_type) return false;
  switch (spec.type) {
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%':
      return true;
    default:
      return false;
  }
}

bool format_spec_wants_char(const FormatSpec& spec) { return spec.has_type && spec.type == 'c'; }

bool format_float(double x, const FormatSpec& spec, std::string& out, std::string& error,
                  std::string_view type_name) {
  if (!check_grouping(spec, 0, error)) return false;
  char32_t type = spec.has_type ? spec.type : 0;
  switch (type) {
    case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': case '%':
      break;
    default:
      return unknown_code(type, type_name, error);
  }
  if (spec.precision > INT_MAX) {
    error = "precision too big";
    return false;
  }
  // Refuse outputs that could not be allocated anyway: fixed notation can carry ~310
  // integer digits plus the precision; the others the precision plus an exponent.
  // (Non-'#' general formats strip trailing zeros, so their size does not grow.)
  int64_t estimate = 0;
  if (type == 'f' || type == 'F' || type == '%') {
    estimate = spec.precision + 320;
  } else if (type == 'e' || type == 'E' || spec.alternate) {
    estimate = spec.precision + 24;
  }
  if (estimate > kMaxFormattedLength) return memory_error(error);

  FloatTextOptions options;
  options.alternate = spec.alternate;
  options.no_neg_zero = spec.no_neg_zero;
  options.precision = spec.precision < 0 ? 6 : static_cast<int>(spec.precision);
  bool percent = false;
  switch (type) {
    case 0:
      // No type: str(x) without a precision, otherwise 'g' that keeps a digit after
      // the point in fixed notation.
      options.add_dot_0 = true;
      options.type = spec.precision < 0 ? 'r' : 'g';
      options.precision = spec.precision < 0 ? 0 : static_cast<int>(spec.precision);
      break;
    case 'n':
      options.type = 'g';  // the "C" locale: no grouping, '.' as the point
      break;
    case '%':
      x *= 100.0;  // in double arithmetic, as CPython does
      options.type = 'f';
      percent = true;
      break;
    default:
      options.type = static_cast<char>(type);
      break;
  }
  std::string text = float_to_text(x, options);
  NumberParts parts;
  size_t i = 0;
  if (!text.empty() && text[0] == '-') parts.negative = true, i = 1;
  size_t digits_end = i;
  while (digits_end < text.size() && text[digits_end] >= '0' && text[digits_end] <= '9') ++digits_end;
  parts.digits = text.substr(i, digits_end - i);
  size_t rest = digits_end;
  if (rest < text.size() && text[rest] == '.') parts.has_decimal = true, ++rest;
  parts.remainder = text.substr(rest);
  if (percent) parts.remainder.push_back('%');
  parts.remainder_width = static_cast<int64_t>(parts.remainder.size());
  return render_number(parts, spec, 3, spec.grouping, out, error);
}

bool format_int(bool negative, const std::function<std::string(int base)>& magnitude_digits,
                const FormatSpec& spec, std::string& out, std::string& error,
                std::string_view type_name) {
  if (!check_int_spec(spec, type_name, error)) return false;
  char32_t type = spec.has_type ? spec.type : 'd';
  if (type == 'c') {
    if (spec.sign != 0 || spec.alternate) return render_char(true, negative, 0, spec, out, error);
    std::string hex = magnitude_digits(16);
    size_t first = hex.find_first_not_of('0');
    std::string_view significant = first == std::string::npos ? std::string_view() : std::string_view(hex).substr(first);
    uint64_t magnitude = 0;
    bool fits = significant.size() <= 16;
    if (fits) {
      for (char c : significant) magnitude = magnitude * 16 + static_cast<uint64_t>(c <= '9' ? c - '0' : c - 'a' + 10);
      uint64_t limit = negative ? (uint64_t{1} << 63) : (uint64_t{1} << 63) - 1;
      fits = magnitude <= limit;
    }
    return render_char(fits, negative, magnitude, spec, out, error);
  }
  int base = 10;
  const char* prefix = "";
  switch (type) {
    case 'b': base = 2, prefix = "0b"; break;
    case 'o': base = 8, prefix = "0o"; break;
    case 'x': base = 16, prefix = "0x"; break;
    case 'X': base = 16, prefix = "0X"; break;
    default: break;
  }
  NumberParts parts;
  parts.negative = negative;
  parts.digits = magnitude_digits(base);
  if (type == 'X') {
    for (char& c : parts.digits) {
      if (c >= 'a' && c <= 'f') c = static_cast<char>(c - 'a' + 'A');
    }
  }
  if (spec.alternate) parts.prefix = prefix;
  // PEP 515: '_' groups binary, octal and hex digits by four.
  int group = (spec.grouping == '_' && base != 10) ? 4 : 3;
  char separator = type == 'n' ? 0 : spec.grouping;
  return render_number(parts, spec, group, separator, out, error);
}

bool format_int_as_char(int64_t value, const FormatSpec& spec, std::string& out, std::string& error,
                        std::string_view type_name) {
  if (!check_int_spec(spec, type_name, error)) return false;
  bool negative = value < 0;
  uint64_t magnitude = negative ? 0 - static_cast<uint64_t>(value) : static_cast<uint64_t>(value);
  return render_char(true, negative, magnitude, spec, out, error);
}

bool format_str(std::string_view utf8, const FormatSpec& spec, std::string& out, std::string& error,
                std::string_view type_name) {
  if (!check_grouping(spec, 's', error)) return false;
  char32_t type = spec.has_type ? spec.type : 's';
  if (type != 's') return unknown_code(type, type_name, error);
  if (spec.sign != 0) {
    error = spec.sign == ' ' ? "Space not allowed in string format specifier"
                             : "Sign not allowed in string format specifier";
    return false;
  }
  if (spec.no_neg_zero) {
    error = "Negative zero coercion (z) not allowed in string format specifier";
    return false;
  }
  if (spec.alternate) {
    error = "Alternate form (#) not allowed in string format specifier";
    return false;
  }
  if (spec.align == '=') {
    error = "'=' alignment not allowed in string format specifier";
    return false;
  }
  if (spec.width > kMaxFormattedLength) return memory_error(error);
  // Keep at most `precision` code points; count what is kept.
  size_t end = 0;
  int64_t length = 0;
  while (end < utf8.size() && (spec.precision < 0 || length < spec.precision)) {
    next_code_point(utf8, end);
    ++length;
  }
  int64_t padding = spec.width - length;
  int64_t left = 0, right = 0;
  if (padding > 0) {
    switch (spec.align) {
      case '>': left = padding; break;
      case '^': left = padding / 2, right = padding - left; break;
      default: right = padding; break;
    }
  }
  std::string fill = resolved_fill(spec);
  out.clear();
  append_repeated(out, fill, left);
  out += utf8.substr(0, end);
  append_repeated(out, fill, right);
  return true;
}

FormatErrorKind format_error_kind(std::string_view message) {
  if (message == kCharRangeMessage || message == kCLongOverflowMessage) return FormatErrorKind::OverflowError;
  if (message == kFormatMemoryMessage) return FormatErrorKind::MemoryError;
  return FormatErrorKind::ValueError;
}

}  // namespace edge::vm
