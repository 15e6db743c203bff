// Shared str/bytes machinery (see text.h): search ranges, separator splitting,
// printf-style `%` formatting for str and bytes, and the UTF-8 / ASCII / Latin-1 codecs.
//
// Invariant: error types and messages are CPython 3.11's, including the order in which
// arguments are consumed and checked, since programs can observe both (for example
// '%y' % () reports the missing argument before the bad conversion character).
#include "vm/types/text.h"

#include <cmath>
#include <cstring>

#include "vm/args.h"
#include "vm/fmt.h"
#include "vm/format_spec.h"
#include "vm/ops.h"
#include "vm/printf_format.h"
#include "vm/types/bytes.h"
#include "vm/types/dict.h"
#include "vm/types/exception.h"
#include "vm/types/int.h"
#include "vm/types/str.h"
#include "vm/types/tuple.h"
#include "vm/unicode.h"
#include "vm/vm.h"

namespace edge::vm {

// --- argument checking in CPython's words ------------------------------------------------------

// "str.lower() takes no arguments (1 given)".
Status method_no_args(VM& vm, CallArgs args, const char* qualname) { return check_arg_count(vm, args, qualname, 1, 1); }

// "str.join() takes exactly one argument (0 given)".
Status method_one_arg(VM& vm, CallArgs args, const char* qualname) { return check_arg_count(vm, args, qualname, 2, 2); }

// Argument Clinic positional-only methods: "center expected at least 1 argument, got 0".
Status method_positional(VM& vm, CallArgs args, const char* qualname, const char* name, uint32_t min, uint32_t max) {
  EDGE_TRY(check_no_kwargs(vm, args, qualname));
  uint32_t given = args.nargs - 1;
  if (min == max && given != min) {
    return vm.raise_fmt(vm.exc.TypeError, "{} expected {} argument{}, got {}", name, min, min == 1 ? "" : "s", given);
  }
  if (given < min) {
    return vm.raise_fmt(vm.exc.TypeError, "{} expected at least {} argument{}, got {}", name, min, min == 1 ? "" : "s",
                        given);
  }
  if (given > max) {
    return vm.raise_fmt(vm.exc.TypeError, "{} expected at most {} argument{}, got {}", name, max, max == 1 ? "" : "s",
                        given);
  }
  return Status::ok();
}

// The find/count/startswith family: "find() takes at least 1 argument (0 given)".
Status method_find_style(VM& vm, CallArgs args, const char* qualname, const char* name, uint32_t min, uint32_t max) {
  EDGE_TRY(check_no_kwargs(vm, args, qualname));
  uint32_t given = args.nargs - 1;
  if (given < min) {
    return vm.raise_fmt(vm.exc.TypeError, "{}() takes at least {} argument{} ({} given)", name, min,
                        min == 1 ? "" : "s", given);
  }
  if (given > max) {
    return vm.raise_fmt(vm.exc.TypeError, "{}() takes at most {} argument{} ({} given)", name, max,
                        max == 1 ? "" : "s", given);
  }
  return Status::ok();
}

Status parse_method_keywords(VM& vm, CallArgs args, const char* name, std::initializer_list<const char*> names,
                             uint32_t required, Value* out) {
  size_t count = names.size();
  for (size_t i = 0; i < count; ++i) out[i] = Value::null();
  uint32_t positional = args.nargs - 1;
  uint32_t total = positional + args.nkw();
  if (total > count) {
    // CPython says "keyword argument" when only keywords were passed.
    return vm.raise_fmt(vm.exc.TypeError, "{}() takes at most {} {}argument{} ({} given)", name, count,
                        positional == 0 ? "keyword " : "", count == 1 ? "" : "s", total);
  }
  for (uint32_t i = 0; i < positional; ++i) out[i] = args[i + 1];
  for (uint32_t k = 0; k < args.nkw(); ++k) {
    std::string_view key = as_str(args.kwnames->item(k))->view();
    size_t i = 0;
    for (const char* n : names) {
      if (key == n) break;
      ++i;
    }
    if (i == count) return vm.raise_fmt(vm.exc.TypeError, "'{}' is an invalid keyword argument for {}()", key, name);
    if (!out[i].is_null()) {
      return vm.raise_fmt(vm.exc.TypeError, "argument for {}() given by name ('{}') and position ({})", name, key,
                          i + 1);
    }
    out[i] = args.args[args.nargs + k];
  }
  for (uint32_t i = 0; i < required; ++i) {
    if (out[i].is_null()) {
      return vm.raise_fmt(vm.exc.TypeError, "{}() missing required argument '{}' (pos {})", name,
                          *(names.begin() + i), i + 1);
    }
  }
  return Status::ok();
}

std::string_view clinic_type_name(const VM& vm, Value v) { return v.is_none() ? "None" : type_name(vm, v); }

// --- search ranges ---------------------------------------------------------------------------

namespace {

Fallible<int64_t> search_bound(VM& vm, Value v, bool& present) {
  present = !v.is_null() && !v.is_none();
  if (!present) return int64_t{0};
  if (v.is_small_int()) return v.as_small_int();
  if (!is_int(v) && type_of(vm, v)->slots.index == nullptr) {
    return vm.raise(vm.exc.TypeError, "slice indices must be integers or None or have an __index__ method");
  }
  Value i = EDGE_TRY(index_value(vm, v));
  int64_t out;
  // Beyond int64 the bound is clamped, as CPython clamps to PY_SSIZE_T_MAX/MIN.
  if (!int_fits_int64(i, out)) out = int_sign(i) < 0 ? INT64_MIN / 2 : INT64_MAX / 2;
  return out;
}

}  // namespace

Fallible<SearchRange> search_range(VM& vm, Value start, Value end, int64_t length) {
  bool has_start, has_end;
  int64_t s = EDGE_TRY(search_bound(vm, start, has_start));
  int64_t e = EDGE_TRY(search_bound(vm, end, has_end));
  if (!has_start) s = 0;
  if (!has_end) e = length;
  // Python's rule for find/count (not the slice rule): end is clamped to the length,
  // negative values count from the end, and a start past the end stays past it.
  if (e > length) {
    e = length;
  } else if (e < 0) {
    e += length;
    if (e < 0) e = 0;
  }
  if (s < 0) {
    s += length;
    if (s < 0) s = 0;
  }
  return SearchRange{s, e};
}

// --- policies ------------------------------------------------------------------------------

uint32_t Utf8Text::decode_multibyte(std::string_view s, size_t i) {
  const char* p = s.data() + i;
  return utf8_decode(p, s.data() + s.size());
}

bool is_non_ascii_space(uint32_t c) { return unicode::is_space(c); }

// --- splitting -----------------------------------------------------------------------------

std::vector<ByteRange> split_on(std::string_view s, std::string_view sep, int64_t maxsplit) {
  std::vector<ByteRange> out;
  size_t begin = 0;
  while (maxsplit < 0 || static_cast<int64_t>(out.size()) < maxsplit) {
    size_t at = s.find(sep, begin);
    if (at == std::string_view::npos) break;
    out.emplace_back(begin, at);
    begin = at + sep.size();
  }
  out.emplace_back(begin, s.size());
  return out;
}

std::vector<ByteRange> rsplit_on(std::string_view s, std::string_view sep, int64_t maxsplit) {
  std::vector<ByteRange> out;
  size_t end = s.size();
  while (maxsplit < 0 || static_cast<int64_t>(out.size()) < maxsplit) {
    if (end < sep.size()) break;
    size_t at = s.substr(0, end).rfind(sep);
    if (at == std::string_view::npos) break;
    out.emplace_back(at + sep.size(), end);
    end = at;
  }
  out.emplace_back(0, end);
  return std::vector<ByteRange>(out.rbegin(), out.rend());
}

int64_t count_occurrences(std::string_view hay, std::string_view needle, int64_t limit) {
  int64_t n = 0;
  size_t at = 0;
  if (needle.size() == 1) {
    // The common case (counting a character): a memchr loop.
    const char* p = hay.data();
    const char* end = p + hay.size();
    while ((limit < 0 || n < limit) && p < end) {
      const void* hit = std::memchr(p, needle[0], static_cast<size_t>(end - p));
      if (hit == nullptr) break;
      ++n;
      p = static_cast<const char*>(hit) + 1;
    }
    return n;
  }
  while (limit < 0 || n < limit) {
    at = hay.find(needle, at);
    if (at == std::string_view::npos) break;
    ++n;
    at += needle.size();
  }
  return n;
}

std::string replace_all(std::string_view s, std::string_view old_text, std::string_view new_text, int64_t count) {
  std::string out;
  out.reserve(s.size());
  size_t begin = 0;
  int64_t done = 0;
  while (count < 0 || done < count) {
    size_t at = s.find(old_text, begin);
    if (at == std::string_view::npos) break;
    out.append(s.data() + begin, at - begin);
    out.append(new_text);
    begin = at + old_text.size();
    ++done;
  }
  out.append(s.data() + begin, s.size() - begin);
  return out;
}

// --- printf-style formatting ---------------------------------------------------------------

namespace {

// The argument supply of one `%` operation. CPython's model: a tuple is consumed item
// by item; any other right operand is one argument; a %(key) lookup replaces the
// supply with the looked-up value, consumed at once, so a later key-less conversion
// finds nothing left.
struct PercentArgs {
  Value source;
  int64_t length;  // items of a tuple, or -1 for a single value
  int64_t next;    // -2 for an unused single value, -1 once it is used

  Fallible<Value> fetch(VM& vm) {
    if (next < length) {
      int64_t i = next++;
      if (length < 0) return source;
      return as_tuple(source)->item(static_cast<uint32_t>(i));
    }
    return vm.raise(vm.exc.TypeError, "not enough arguments for format string");
  }
};

// |v| in `base` for printf_format_int (lower-case digits, no sign). Decimal text of a
// huge int is subject to CPython's 4300-digit limit, as str(int) is.
Fallible<std::string> int_magnitude(VM& vm, Value v, int base) {
  if (base == 10 && is_big_int(v)) {
    Value text = EDGE_TRY(int_to_decimal_str(vm, v));
    std::string_view t = as_str(text)->view();
    if (!t.empty() && t[0] == '-') t.remove_prefix(1);
    return std::string(t);
  }
  std::string t = int_to_string(v, base);
  if (!t.empty() && t[0] == '-') t.erase(0, 1);
  return t;
}

Status format_int_field(VM& vm, Value v, char conversion, const PrintfFlags& flags, int64_t width, int64_t precision,
                        std::string& out) {
  // Digits are produced up front so that the 4300-digit check can raise.
  int base = conversion == 'o' ? 8 : (conversion == 'x' || conversion == 'X') ? 16 : 10;
  std::string digits = EDGE_TRY(int_magnitude(vm, v, base));
  bool negative = int_sign(v) < 0;
  std::string field;
  auto magnitude = [&](int) { return digits; };
  if (!printf_format_int(negative, magnitude, conversion, flags, width, precision, field)) {
    return vm.raise_no_args(vm.exc.MemoryError);
  }
  out += field;
  return Status::ok();
}

// The int a %d/%i/%u conversion formats: ints as they are, floats truncated, other
// numbers through __index__.
Result int_for_decimal(VM& vm, Value v, char conversion) {
  if (is_int(v)) return v;
  if (v.is_float()) {
    double d = v.as_float();
    if (std::isinf(d)) return vm.raise(vm.exc.OverflowError, "cannot convert float infinity to integer");
    if (std::isnan(d)) return vm.raise(vm.exc.ValueError, "cannot convert float NaN to integer");
    return make_int(vm, BigInt::from_double(std::trunc(d)));
  }
  // Any other number goes through int() (__int__, __index__, __trunc__), as
  // CPython's PyNumber_Long; a number int() refuses (one with only __float__) and a
  // non-number both get the "real number is required" TypeError.
  Type* t = type_of(vm, v);
  bool is_number = t->slots.index != nullptr || t->slots.to_float != nullptr ||
                   !type_lookup(t, intern(vm, "__int__")).is_null();
  if (is_number) {
    Result r = call1(vm, Value::from_object(vm.types.int_), v);
    if (!r.failed()) return r;
    if (!vm.pending_is(vm.exc.TypeError)) return Error{};
    (void)vm.take_pending_exception();
  }
  return vm.raise_fmt(vm.exc.TypeError, "%{} format: a real number is required, not {}", conversion, type_name(vm, v));
}

Result int_for_radix(VM& vm, Value v, char conversion) {
  if (is_int(v)) return v;
  if (type_of(vm, v)->slots.index != nullptr) return index_value(vm, v);
  return vm.raise_fmt(vm.exc.TypeError, "%{} format: an integer is required, not {}", conversion, type_name(vm, v));
}

Fallible<double> float_for_percent(VM& vm, Value v, bool bytes_mode) {
  if (v.is_float()) return v.as_float();
  if (is_int(v)) return int_to_double(vm, v);
  Type* t = type_of(vm, v);
  if (t->slots.to_float != nullptr) {
    Value f = EDGE_TRY(t->slots.to_float(vm, v));
    if (f.is_float()) return f.as_float();
    return vm.raise_fmt(vm.exc.TypeError, "__float__ returned non-float (type {})", type_name(vm, f));
  }
  if (t->slots.index != nullptr) {
    Value i = EDGE_TRY(index_value(vm, v));
    return int_to_double(vm, i);
  }
  if (bytes_mode) return vm.raise_fmt(vm.exc.TypeError, "float argument required, not {}", type_name(vm, v));
  return vm.raise_fmt(vm.exc.TypeError, "must be real number, not {}", type_name(vm, v));
}

// Pads/truncates raw bytes for bytes formatting's %s/%b/%r/%a/%c (byte counts).
bool pad_bytes(std::string_view text, const PrintfFlags& flags, int64_t width, int64_t precision, std::string& out) {
  if (width > kMaxFormattedLength) return false;
  if (precision >= 0 && static_cast<int64_t>(text.size()) > precision) text = text.substr(0, static_cast<size_t>(precision));
  int64_t padding = width > static_cast<int64_t>(text.size()) ? width - static_cast<int64_t>(text.size()) : 0;
  if (!flags.left) out.append(static_cast<size_t>(padding), ' ');
  out += text;
  if (flags.left) out.append(static_cast<size_t>(padding), ' ');
  return true;
}

// The bytes of a %b/%s argument in bytes formatting: bytes-like, or __bytes__().
Fallible<std::string> bytes_for_percent(VM& vm, Value v) {
  if (is_bytes(v)) return std::string(as_bytes(v)->view());
  if (is_bytearray(v)) return std::string(static_cast<ByteArray*>(v.as_object())->view());
  Value method = EDGE_TRY(getattr_opt(vm, v, intern(vm, "__bytes__")));
  if (!method.is_null() && !is_str(v)) {
    Value r = EDGE_TRY(call0(vm, method));
    if (!is_bytes(r)) return vm.raise_fmt(vm.exc.TypeError, "__bytes__ returned non-bytes (type {})", type_name(vm, r));
    return std::string(as_bytes(r)->view());
  }
  return vm.raise_fmt(vm.exc.TypeError,
                      "%b requires a bytes-like object, or an object that implements __bytes__, not '{}'",
                      type_name(vm, v));
}

Error unsupported_character(VM& vm, std::string_view format, size_t at, bool bytes_mode) {
  if (bytes_mode) {
    unsigned char c = static_cast<unsigned char>(format[at]);
    // CPython formats the byte with a signed %c, which fails for bytes >= 0x80.
    if (c >= 0x80) return vm.raise(vm.exc.OverflowError, "character argument not in range(0x110000)");
    return vm.raise_fmt(vm.exc.ValueError, "unsupported format character '{}' (0x{:x}) at index {}",
                        static_cast<char>(c), static_cast<unsigned>(c), at);
  }
  const char* p = format.data() + at;
  uint32_t c = utf8_decode(p, format.data() + format.size());
  char shown = (c >= 31 && c <= 126) ? static_cast<char>(c) : '?';
  return vm.raise_fmt(vm.exc.ValueError, "unsupported format character '{}' (0x{:x}) at index {}", shown, c,
                      utf8_count(format.substr(0, at)));
}

}  // namespace

Fallible<std::string> percent_format_rpy(VM& vm, std::string_view format, Value args, bool bytes_mode) {
  PercentArgs supply{args, -1, -2};
  if (is_tuple(args)) supply = PercentArgs{args, as_tuple(args)->length, 0};
  // A mapping right operand enables %(key)s. Any type with __getitem__ counts except
  // tuples, strs and (for bytes formatting) bytes-like objects.
  bool excluded = is_tuple(args) || is_str(args) || (bytes_mode && (is_bytes(args) || is_bytearray(args)));
  Value mapping = (!excluded && type_of(vm, args)->slots.getitem != nullptr) ? args : Value::null();

  std::string out;
  out.reserve(format.size() + 16);
  size_t i = 0, n = format.size();
  while (i < n) {
    size_t pct = format.find('%', i);
    if (pct == std::string_view::npos) {
      out.append(format.data() + i, n - i);
      break;
    }
    out.append(format.data() + i, pct - i);
    i = pct + 1;
    if (i < n && format[i] == '%') {
      out += '%';
      ++i;
      continue;
    }
    TempRoot value_root(vm, Value::none());  // the argument a %(key) selected
    if (i < n && format[i] == '(') {
      if (mapping.is_null()) return vm.raise(vm.exc.TypeError, "format requires a mapping");
      size_t key_start = ++i;
      int depth = 1;
      while (i < n && depth > 0) {
        if (format[i] == '(') ++depth;
        if (format[i] == ')') --depth;
        ++i;
      }
      if (depth > 0) return vm.raise(vm.exc.ValueError, "incomplete format key");
      std::string_view key_text = format.substr(key_start, i - 1 - key_start);
      Value key = bytes_mode ? Value::from_object(make_bytes(vm, key_text)) : Value::from_object(make_str(vm, key_text));
      TempRoot key_root(vm, key);
      Value value = EDGE_TRY(getitem(vm, mapping, key));
      value_root.set(value);
      supply = PercentArgs{value, -1, -2};
    }
    PrintfFlags flags;
    for (; i < n; ++i) {
      char c = format[i];
      if (c == '-') {
        flags.left = true;
      } else if (c == '+') {
        flags.plus = true;
      } else if (c == ' ') {
        flags.space = true;
      } else if (c == '#') {
        flags.alternate = true;
      } else if (c == '0') {
        flags.zero = true;
      } else {
        break;
      }
    }
    int64_t width = -1, precision = -1;
    // Widths are C ssize_t and precisions C int, as in CPython.
    auto star_argument = [&](bool precision_field) -> Fallible<int64_t> {
      Value v = EDGE_TRY(supply.fetch(vm));
      if (!is_int(v)) return vm.raise(vm.exc.TypeError, "* wants int");
      if (!precision_field) return int_to_int64(vm, v);
      int64_t p;
      if (!int_fits_int64(v, p) || p > INT32_MAX || p < INT32_MIN) {
        return vm.raise(vm.exc.OverflowError, "Python int too large to convert to C int");
      }
      return p;
    };
    auto number = [&](const char* too_big, int64_t limit) -> Fallible<int64_t> {
      int64_t value = 0;
      while (i < n && format[i] >= '0' && format[i] <= '9') {
        int digit = format[i] - '0';
        if (value > (limit - digit) / 10) return vm.raise(vm.exc.ValueError, too_big);
        value = value * 10 + digit;
        ++i;
      }
      return value;
    };
    if (i < n && format[i] == '*') {
      width = EDGE_TRY(star_argument(false));
      if (width < 0) {
        flags.left = true;
        width = -width;
      }
      ++i;
    } else if (i < n && format[i] >= '0' && format[i] <= '9') {
      width = EDGE_TRY(number("width too big", INT64_MAX));
    }
    if (i < n && format[i] == '.') {
      ++i;
      if (i < n && format[i] == '*') {
        precision = EDGE_TRY(star_argument(true));
        if (precision < 0) precision = 0;
        ++i;
      } else {
        precision = EDGE_TRY(number("precision too big", INT32_MAX));
      }
    }
    // C length modifiers are accepted and ignored.
    if (i < n && (format[i] == 'h' || format[i] == 'l' || format[i] == 'L')) ++i;
    if (i >= n) return vm.raise(vm.exc.ValueError, "incomplete format");
    size_t conversion_at = i;
    char conversion = format[i++];
    if (flags.left) flags.zero = false;

    // The argument is taken before the conversion character is validated.
    Value arg = EDGE_TRY(supply.fetch(vm));
    TempRoot arg_root(vm, arg);
    std::string field;
    switch (conversion) {
      case 's':
      case 'r':
      case 'a':
      case 'b': {
        if (bytes_mode) {
          std::string text;
          if (conversion == 's' || conversion == 'b') {
            text = EDGE_TRY(bytes_for_percent(vm, arg));
          } else {
            Value r = EDGE_TRY(ascii(vm, arg));
            text = std::string(as_str(r)->view());
          }
          if (!pad_bytes(text, flags, width, precision, out)) return vm.raise_no_args(vm.exc.MemoryError);
          continue;
        }
        if (conversion == 'b') return unsupported_character(vm, format, conversion_at, bytes_mode);
        Value text = EDGE_TRY(conversion == 's' ? str(vm, arg) : conversion == 'r' ? repr(vm, arg) : ascii(vm, arg));
        if (!printf_format_str(as_str(text)->view(), flags, width, precision, field)) {
          return vm.raise_no_args(vm.exc.MemoryError);
        }
        break;
      }
      case 'c': {
        std::string text;
        if (bytes_mode) {
          if (is_int(arg)) {
            int64_t c;
            if (!int_fits_int64(arg, c) || c < 0 || c > 255) {
              return vm.raise(vm.exc.OverflowError, "%c arg not in range(256)");
            }
            text.push_back(static_cast<char>(c));
          } else if ((is_bytes(arg) && as_bytes(arg)->length == 1) ||
                     (is_bytearray(arg) && static_cast<ByteArray*>(arg.as_object())->bytes.size() == 1)) {
            text = std::string(is_bytes(arg) ? as_bytes(arg)->view() : static_cast<ByteArray*>(arg.as_object())->view());
          } else {
            return vm.raise(vm.exc.TypeError, "%c requires an integer in range(256) or a single byte");
          }
          if (!pad_bytes(text, flags, width, -1, out)) return vm.raise_no_args(vm.exc.MemoryError);
          continue;
        }
        if (!is_int(arg) && !is_str(arg) && type_of(vm, arg)->slots.index != nullptr) {
          // %c takes any integer-like object through __index__.
          arg = EDGE_TRY(index_value(vm, arg));
        }
        if (is_int(arg)) {
          int64_t c;
          if (!int_fits_int64(arg, c) || c < 0 || c > 0x10FFFF) {
            return vm.raise(vm.exc.OverflowError, kCharRangeMessage);
          }
          utf8_append(text, static_cast<uint32_t>(c));
        } else if (is_str(arg) && as_str(arg)->char_length == 1) {
          text = std::string(as_str(arg)->view());
        } else {
          return vm.raise(vm.exc.TypeError, "%c requires int or char");
        }
        if (!printf_format_str(text, flags, width, -1, field)) return vm.raise_no_args(vm.exc.MemoryError);
        break;
      }
      case 'd':
      case 'i':
      case 'u': {
        // Bytes formatting rewrites %i as %d before converting (visible in its errors).
        Value v = EDGE_TRY(int_for_decimal(vm, arg, bytes_mode && conversion == 'i' ? 'd' : conversion));
        TempRoot v_root(vm, v);
        EDGE_TRY(format_int_field(vm, v, conversion, flags, width, precision, field));
        break;
      }
      case 'o':
      case 'x':
      case 'X': {
        Value v = EDGE_TRY(int_for_radix(vm, arg, conversion));
        TempRoot v_root(vm, v);
        EDGE_TRY(format_int_field(vm, v, conversion, flags, width, precision, field));
        break;
      }
      case 'e':
      case 'E':
      case 'f':
      case 'F':
      case 'g':
      case 'G': {
        double d = EDGE_TRY(float_for_percent(vm, arg, bytes_mode));
        if (!printf_format_float(d, conversion, flags, width, precision, field)) {
          return vm.raise_no_args(vm.exc.MemoryError);
        }
        break;
      }
      default:
        return unsupported_character(vm, format, conversion_at, bytes_mode);
    }
    out += field;
  }
  if (supply.next < supply.length && mapping.is_null()) {
    return vm.raise(vm.exc.TypeError, bytes_mode ? "not all arguments converted during bytes formatting"
                                                 : "not all arguments converted during string formatting");
  }
  return out;
}

Result str_percent_format(VM& vm, Str* format, Value args) {
  std::string out = EDGE_TRY(percent_format_rpy(vm, format->view(), args, false));
  return Value::from_object(make_str(vm, out));
}

// --- codecs ----------------------------------------------------------------------------------

namespace {

const char* codec_name(Codec c) {
  switch (c) {
    case Codec::Utf8: return "utf-8";
    case Codec::Ascii: return "ascii";
    case Codec::Latin1: return "latin-1";
  }
  return "utf-8";
}

// Python's encoding-name normalization (encodings.normalize_encoding): lower case, runs
// of other characters than letters, digits and '.' become one '_', trimmed.
std::string normalize_encoding(std::string_view name) {
  std::string out;
  bool pending_underscore = false;
  for (char ch : name) {
    unsigned char c = static_cast<unsigned char>(ch);
    bool keep = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c >= 0x80;
    if (!keep) {
      pending_underscore = !out.empty();
      continue;
    }
    if (pending_underscore) out += '_';
    pending_underscore = false;
    out += static_cast<char>((c >= 'A' && c <= 'Z') ? c + 32 : c);
  }
  return out;
}

bool lookup_codec(std::string_view name, Codec& out) {
  std::string key = normalize_encoding(name);
  // The aliases of Python's encodings.aliases for the three codecs Edge implements.
  static constexpr std::string_view kUtf8[] = {"utf_8", "utf8", "u8", "utf", "cp65001", "utf8_ucs2", "utf8_ucs4"};
  static constexpr std::string_view kAscii[] = {"ascii", "us_ascii", "646", "us", "ansi_x3.4_1968", "ansi_x3_4_1968",
                                                "ansi_x3.4_1986", "cp367", "csascii", "ibm367", "iso646_us",
                                                "iso_646.irv_1991", "iso_ir_6"};
  static constexpr std::string_view kLatin1[] = {"latin_1", "latin1", "latin", "l1", "iso8859_1", "iso_8859_1",
                                                 "iso8859", "8859", "cp819", "csisolatin1", "ibm819",
                                                 "iso_8859_1_1987", "iso_ir_100"};
  for (std::string_view a : kUtf8) {
    if (key == a) return out = Codec::Utf8, true;
  }
  for (std::string_view a : kAscii) {
    if (key == a) return out = Codec::Ascii, true;
  }
  for (std::string_view a : kLatin1) {
    if (key == a) return out = Codec::Latin1, true;
  }
  return false;
}

Error unknown_error_handler(VM& vm, std::string_view name) {
  return vm.raise_fmt(vm.exc.LookupError, "unknown error handler name '{}'", name);
}

Error raise_unicode_error(VM& vm, Type* type, std::string message, Codec codec, Value object, int64_t start,
                          int64_t end, std::string_view reason) {
  Exception* e = make_exception(vm, type, message);
  TempRoot root(vm, Value::from_object(e));
  e->dict = make_dict(vm);
  dict_set_str(vm, e->dict, intern(vm, "encoding"), Value::from_object(make_str_ascii(vm, codec_name(codec))));
  dict_set_str(vm, e->dict, intern(vm, "object"), object);
  dict_set_str(vm, e->dict, intern(vm, "start"), make_int(vm, start));
  dict_set_str(vm, e->dict, intern(vm, "end"), make_int(vm, end));
  dict_set_str(vm, e->dict, intern(vm, "reason"), Value::from_object(make_str(vm, reason)));
  return vm.raise_value(Value::from_object(e));
}

// One invalid stretch [start, end) of the input and why it is invalid.
struct DecodeProblem {
  size_t end;
  const char* reason;
};

// Checks the multi-byte UTF-8 sequence starting at data[i] (a byte >= 0x80). Returns
// its length, or 0 and the maximal invalid subpart in `problem` (Unicode 3.9, D93b),
// which is what CPython reports and what 'replace' turns into one U+FFFD.
size_t utf8_sequence(std::string_view data, size_t i, DecodeProblem& problem) {
  unsigned char c = static_cast<unsigned char>(data[i]);
  size_t need;
  unsigned char lo = 0x80, hi = 0xBF;
  if (c < 0xC2) {
    problem = {i + 1, "invalid start byte"};
    return 0;
  } else if (c < 0xE0) {
    need = 1;
  } else if (c < 0xF0) {
    need = 2;
    if (c == 0xE0) lo = 0xA0;
    if (c == 0xED) hi = 0x9F;  // no encoded surrogates
  } else if (c < 0xF5) {
    need = 3;
    if (c == 0xF0) lo = 0x90;
    if (c == 0xF4) hi = 0x8F;
  } else {
    problem = {i + 1, "invalid start byte"};
    return 0;
  }
  for (size_t k = 1; k <= need; ++k) {
    if (i + k >= data.size()) {
      problem = {i + k, "unexpected end of data"};
      return 0;
    }
    unsigned char b = static_cast<unsigned char>(data[i + k]);
    bool ok = k == 1 ? (b >= lo && b <= hi) : (b >= 0x80 && b <= 0xBF);
    if (!ok) {
      problem = {i + k, "invalid continuation byte"};
      return 0;
    }
  }
  return need + 1;
}

std::string decode_message(Codec codec, std::string_view data, size_t start, size_t end, std::string_view reason) {
  if (end - start == 1) {
    return fmt::format("'{}' codec can't decode byte 0x{:02x} in position {}: {}", codec_name(codec),
                       static_cast<unsigned char>(data[start]), start, reason);
  }
  return fmt::format("'{}' codec can't decode bytes in position {}-{}: {}", codec_name(codec), start, end - 1, reason);
}

// Applies the error handler to the undecodable bytes [start, end).
Status handle_decode_error(VM& vm, const CodecArgs& args, std::string_view data, Value original, size_t start,
                           size_t end, const char* reason, std::string& out) {
  const std::string& h = args.errors;
  if (h == "strict") {
    Value object = original;
    if (object.is_null() || !is_bytes(object)) object = Value::from_object(make_bytes(vm, data));
    return raise_unicode_error(vm, vm.exc.UnicodeDecodeError, decode_message(args.codec, data, start, end, reason),
                               args.codec, object, static_cast<int64_t>(start), static_cast<int64_t>(end), reason);
  }
  if (h == "ignore") return Status::ok();
  if (h == "replace") {
    utf8_append(out, 0xFFFD);
    return Status::ok();
  }
  if (h == "backslashreplace") {
    for (size_t k = start; k < end; ++k) out += fmt::format("\\x{:02x}", static_cast<unsigned char>(data[k]));
    return Status::ok();
  }
  if (h == "surrogateescape") {
    for (size_t k = start; k < end; ++k) utf8_append(out, 0xDC00 + static_cast<unsigned char>(data[k]));
    return Status::ok();
  }
  if (h == "surrogatepass" || h == "xmlcharrefreplace" || h == "namereplace") {
    // Known handlers that cannot repair decoding: CPython raises the original error.
    CodecArgs strict = args;
    strict.errors = "strict";
    return handle_decode_error(vm, strict, data, original, start, end, reason, out);
  }
  return unknown_error_handler(vm, h);
}

}  // namespace

Fallible<CodecArgs> parse_codec_args(VM& vm, Value encoding, Value errors, const char* function_name) {
  if (!encoding.is_null() && !is_str(encoding)) {
    return vm.raise_fmt(vm.exc.TypeError, "{}() argument 'encoding' must be str, not {}", function_name,
                        clinic_type_name(vm, encoding));
  }
  if (!errors.is_null() && !is_str(errors)) {
    return vm.raise_fmt(vm.exc.TypeError, "{}() argument 'errors' must be str, not {}", function_name,
                        clinic_type_name(vm, errors));
  }
  CodecArgs out;
  if (!encoding.is_null() && !lookup_codec(as_str(encoding)->view(), out.codec)) {
    return vm.raise_fmt(vm.exc.LookupError, "unknown encoding: {}", as_str(encoding)->view());
  }
  if (!errors.is_null()) out.errors = std::string(as_str(errors)->view());
  return out;
}

Result decode_to_str(VM& vm, std::string_view data, Value original, const CodecArgs& args) {
  TempRoot root(vm, original);
  // Pure ASCII input decodes to itself under all three codecs.
  size_t i = 0, n = data.size();
  while (i < n && static_cast<unsigned char>(data[i]) < 0x80) ++i;
  if (i == n) return Value::from_object(make_str_ascii(vm, data));
  std::string out(data.substr(0, i));
  out.reserve(n + n / 2);
  bool surrogatepass = args.errors == "surrogatepass";
  while (i < n) {
    unsigned char c = static_cast<unsigned char>(data[i]);
    if (c < 0x80) {
      out += static_cast<char>(c);
      ++i;
      continue;
    }
    if (args.codec == Codec::Latin1) {
      utf8_append(out, c);
      ++i;
      continue;
    }
    if (args.codec == Codec::Ascii) {
      EDGE_TRY(handle_decode_error(vm, args, data, original, i, i + 1, "ordinal not in range(128)", out));
      ++i;
      continue;
    }
    DecodeProblem problem{};
    size_t len = utf8_sequence(data, i, problem);
    if (len == 0 && surrogatepass && c == 0xED && i + 2 < n) {
      // 'surrogatepass' accepts an encoded lone surrogate; anything short of a whole
      // one is reported as the ordinary error.
      unsigned char b1 = static_cast<unsigned char>(data[i + 1]), b2 = static_cast<unsigned char>(data[i + 2]);
      if (b1 >= 0xA0 && b1 <= 0xBF && b2 >= 0x80 && b2 <= 0xBF) len = 3;
    }
    if (len == 0) {
      EDGE_TRY(handle_decode_error(vm, args, data, original, i, problem.end, problem.reason, out));
      i = problem.end;
      continue;
    }
    out.append(data.data() + i, len);
    i += len;
  }
  return Value::from_object(make_str(vm, out));
}

namespace {

std::string escaped_code_point(uint32_t c) {
  if (c < 0x100) return fmt::format("\\x{:02x}", c);
  if (c < 0x10000) return fmt::format("\\u{:04x}", c);
  return fmt::format("\\U{:08x}", c);
}

}  // namespace

Fallible<std::string> encode_str(VM& vm, Str* s, const CodecArgs& args) {
  std::string_view text = s->view();
  if (s->is_ascii()) return std::string(text);
  if (args.codec == Codec::Utf8) {
    // Only lone surrogates (ED A0..BF xx in the generalized UTF-8 Str keeps) need work.
    bool has_surrogate = false;
    for (size_t k = 0; k + 1 < text.size(); ++k) {
      if (static_cast<unsigned char>(text[k]) == 0xED && static_cast<unsigned char>(text[k + 1]) >= 0xA0) {
        has_surrogate = true;
        break;
      }
    }
    if (!has_surrogate) return std::string(text);
  }
  uint32_t limit = args.codec == Codec::Ascii ? 0x80 : args.codec == Codec::Latin1 ? 0x100 : 0x110000;
  const char* reason = args.codec == Codec::Ascii    ? "ordinal not in range(128)"
                       : args.codec == Codec::Latin1 ? "ordinal not in range(256)"
                                                     : "surrogates not allowed";
  auto encodable = [&](uint32_t c) {
    if (args.codec == Codec::Utf8) return c < 0xD800 || c > 0xDFFF;
    return c < limit;
  };
  std::vector<uint32_t> cps;
  cps.reserve(s->char_length);
  for (const char* p = text.data(); p < text.data() + text.size();) cps.push_back(utf8_decode(p, text.data() + text.size()));
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < cps.size();) {
    uint32_t c = cps[i];
    if (encodable(c)) {
      if (args.codec == Codec::Utf8) {
        utf8_append(out, c);
      } else {
        out += static_cast<char>(c);
      }
      ++i;
      continue;
    }
    size_t end = i + 1;
    while (end < cps.size() && !encodable(cps[end])) ++end;
    const std::string& h = args.errors;
    bool failed = false;
    if (h == "strict") {
      failed = true;
    } else if (h == "ignore") {
    } else if (h == "replace") {
      out.append(end - i, '?');
    } else if (h == "xmlcharrefreplace") {
      for (size_t k = i; k < end; ++k) out += fmt::format("&#{};", cps[k]);
    } else if (h == "backslashreplace") {
      for (size_t k = i; k < end; ++k) out += escaped_code_point(cps[k]);
    } else if (h == "surrogateescape") {
      std::string bytes;
      for (size_t k = i; k < end && !failed; ++k) {
        if (cps[k] >= 0xDC80 && cps[k] <= 0xDCFF) {
          bytes += static_cast<char>(cps[k] - 0xDC00);
        } else {
          failed = true;
        }
      }
      if (!failed) out += bytes;
    } else if (h == "surrogatepass" && args.codec == Codec::Utf8) {
      for (size_t k = i; k < end; ++k) utf8_append(out, cps[k]);
    } else if (h == "surrogatepass" || h == "namereplace") {
      // surrogatepass only applies to the UTF codecs; namereplace needs the Unicode
      // name database, which Edge does not carry.
      failed = true;
    } else {
      return unknown_error_handler(vm, h);
    }
    if (failed) {
      std::string message =
          end - i == 1 ? fmt::format("'{}' codec can't encode character '{}' in position {}: {}", codec_name(args.codec),
                                     escaped_code_point(cps[i]), i, reason)
                       : fmt::format("'{}' codec can't encode characters in position {}-{}: {}",
                                     codec_name(args.codec), i, end - 1, reason);
      return raise_unicode_error(vm, vm.exc.UnicodeEncodeError, message, args.codec, Value::from_object(s),
                                 static_cast<int64_t>(i), static_cast<int64_t>(end), reason);
    }
    i = end;
  }
  return out;
}

Result str_decode_bytes(VM& vm, Value obj, Value encoding, Value errors) {
  // Argument types first, then the object, then the codec (CPython's order).
  if (!encoding.is_null() && !is_str(encoding)) {
    return vm.raise_fmt(vm.exc.TypeError, "str() argument 'encoding' must be str, not {}", clinic_type_name(vm, encoding));
  }
  if (!errors.is_null() && !is_str(errors)) {
    return vm.raise_fmt(vm.exc.TypeError, "str() argument 'errors' must be str, not {}", clinic_type_name(vm, errors));
  }
  std::string_view data;
  if (is_bytes(obj)) {
    data = as_bytes(obj)->view();
  } else if (is_bytearray(obj)) {
    data = static_cast<ByteArray*>(obj.as_object())->view();
  } else if (is_str(obj)) {
    return vm.raise(vm.exc.TypeError, "decoding str is not supported");
  } else {
    return vm.raise_fmt(vm.exc.TypeError, "decoding to str: need a bytes-like object, {} found", type_name(vm, obj));
  }
  CodecArgs args = EDGE_TRY(parse_codec_args(vm, encoding, errors, "str"));
  // bytearray contents may not outlive a collection-free stretch: copy first.
  std::string copy(data);
  return decode_to_str(vm, copy, obj, args);
}

}  // namespace edge::vm
