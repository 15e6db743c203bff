// Machinery shared by str (str_methods.cpp) and bytes/bytearray (bytes.cpp): the
// optional start/end arguments of the search methods, separator and whitespace
// splitting, stripping, printf-style `%` formatting, and the text codecs (UTF-8,
// ASCII, Latin-1) behind str.encode, bytes.decode, str(b, enc) and bytes(s, enc).
//
// Invariant: everything here works on byte strings. For str those bytes are UTF-8, and
// the algorithms stay correct because UTF-8 is self-synchronizing: a match of one
// valid UTF-8 string inside another always starts and ends on code point boundaries.
// Code that needs code point boundaries (whitespace, strip sets) is parameterized by a
// Text policy: ByteText for bytes and ASCII-only strs (one byte per character),
// Utf8Text for other strs.
#pragma once

#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "vm/object.h"

namespace edge::vm {

// --- argument checks ----------------------------------------------------------------------
// CPython's str/bytes methods come in several calling conventions with differently
// worded arity errors; each helper reproduces one. `qualname` is "str.center",
// `name` is "center". Counts exclude self (args[0]).

// No arguments: "str.lower() takes no arguments (1 given)".
Status method_no_args(VM& vm, CallArgs args, const char* qualname);
// Exactly one: "str.join() takes exactly one argument (0 given)".
Status method_one_arg(VM& vm, CallArgs args, const char* qualname);
// Positional-only: "center expected at least 1 argument, got 0"; keywords:
// "str.center() takes no keyword arguments".
Status method_positional(VM& vm, CallArgs args, const char* qualname, const char* name, uint32_t min, uint32_t max);
// find/count/startswith...: "find() takes at least 1 argument (0 given)".
Status method_find_style(VM& vm, CallArgs args, const char* qualname, const char* name, uint32_t min, uint32_t max);
// Keyword-capable (split, encode, hex...): `names` are the parameters after self,
// the first `required` of them mandatory; out[i] is null when not passed. Errors:
// "split() takes at most 2 arguments (3 given)", "'x' is an invalid keyword argument
// for split()".
Status parse_method_keywords(VM& vm, CallArgs args, const char* name, std::initializer_list<const char*> names,
                             uint32_t required, Value* out);

// The type name in Argument Clinic's "argument 1 must be str, not X" messages, which
// say "None" rather than "NoneType".
std::string_view clinic_type_name(const VM& vm, Value v);

// --- search ranges -------------------------------------------------------------------------

// The start/end arguments of find, count, startswith...: null or None mean open; ints
// (or __index__) are adjusted like slice bounds and clamped to [0, length]. The result
// may have start > end, which callers treat as "nothing matches" (with CPython's
// special cases for empty needles).
struct SearchRange {
  int64_t start, end;
};
Fallible<SearchRange> search_range(VM& vm, Value start, Value end, int64_t length);

// --- text policies -------------------------------------------------------------------------

struct ByteText {
  static size_t next(std::string_view, size_t i) { return i + 1; }
  static size_t prev(std::string_view, size_t i) { return i - 1; }
  static uint32_t at(std::string_view s, size_t i) { return static_cast<unsigned char>(s[i]); }
};

struct Utf8Text {
  static size_t next(std::string_view s, size_t i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    size_t n = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    return i + n < s.size() ? i + n : s.size();
  }
  static size_t prev(std::string_view s, size_t i) {
    --i;
    while (i > 0 && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) --i;
    return i;
  }
  static uint32_t at(std::string_view s, size_t i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) return c;
    return decode_multibyte(s, i);
  }
  static uint32_t decode_multibyte(std::string_view s, size_t i);
};

// ASCII whitespace as bytes.split() sees it, and as str.split() sees it (str adds the
// information separators \x1c-\x1f, which Unicode classes as whitespace).
inline bool is_bytes_space(uint32_t c) { return c == ' ' || (c >= '\t' && c <= '\r'); }
bool is_non_ascii_space(uint32_t c);
inline bool is_str_space(uint32_t c) {  // any code point (vm/unicode.h is_space)
  if (c < 0x80) return c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1C && c <= 0x1F);
  return is_non_ascii_space(c);
}

// --- splitting and stripping ---------------------------------------------------------------

using ByteRange = std::pair<size_t, size_t>;  // [begin, end) byte offsets

// s.split(sep, maxsplit) / s.rsplit(sep, maxsplit) with a non-empty separator;
// maxsplit < 0 means no limit. rsplit's pieces come out in left-to-right order.
std::vector<ByteRange> split_on(std::string_view s, std::string_view sep, int64_t maxsplit);
std::vector<ByteRange> rsplit_on(std::string_view s, std::string_view sep, int64_t maxsplit);

// s.split() / s.rsplit() on runs of whitespace.
template <class Text, class IsSpace>
std::vector<ByteRange> split_whitespace(std::string_view s, int64_t maxsplit, IsSpace is_space) {
  std::vector<ByteRange> out;
  size_t i = 0, n = s.size();
  while (true) {
    while (i < n && is_space(Text::at(s, i))) i = Text::next(s, i);
    if (i >= n) break;
    if (maxsplit >= 0 && static_cast<int64_t>(out.size()) >= maxsplit) {
      // The remainder keeps its trailing whitespace, as CPython's does.
      out.emplace_back(i, n);
      break;
    }
    size_t begin = i;
    while (i < n && !is_space(Text::at(s, i))) i = Text::next(s, i);
    out.emplace_back(begin, i);
  }
  return out;
}

template <class Text, class IsSpace>
std::vector<ByteRange> rsplit_whitespace(std::string_view s, int64_t maxsplit, IsSpace is_space) {
  std::vector<ByteRange> out;
  size_t i = s.size();
  while (true) {
    while (i > 0 && is_space(Text::at(s, Text::prev(s, i)))) i = Text::prev(s, i);
    if (i == 0) break;
    if (maxsplit >= 0 && static_cast<int64_t>(out.size()) >= maxsplit) {
      out.emplace_back(0, i);
      break;
    }
    size_t end = i;
    while (i > 0 && !is_space(Text::at(s, Text::prev(s, i)))) i = Text::prev(s, i);
    out.emplace_back(i, end);
  }
  return std::vector<ByteRange>(out.rbegin(), out.rend());
}

// The part of `s` left after stripping characters for which `strip_it` holds.
template <class Text, class Pred>
ByteRange strip_range(std::string_view s, bool left, bool right, Pred strip_it) {
  size_t begin = 0, end = s.size();
  if (left) {
    while (begin < end && strip_it(Text::at(s, begin))) begin = Text::next(s, begin);
  }
  if (right) {
    while (end > begin && strip_it(Text::at(s, Text::prev(s, end)))) end = Text::prev(s, end);
  }
  return {begin, end};
}

// Non-overlapping occurrences of a non-empty `needle`, at most `limit` (< 0: all).
int64_t count_occurrences(std::string_view hay, std::string_view needle, int64_t limit);

// s.replace(old, new, count) for a non-empty `old` (count < 0: all).
std::string replace_all(std::string_view s, std::string_view old_text, std::string_view new_text, int64_t count);

// --- printf-style formatting ---------------------------------------------------------------

// `format % args`: str formatting when !bytes_mode (format and result are UTF-8),
// bytes formatting (PEP 461) otherwise. Errors carry CPython's messages. Runs Python
// code (__str__, __getitem__, __index__...): the caller keeps `args` rooted.
Fallible<std::string> percent_format_rpy(VM& vm, std::string_view format, Value args, bool bytes_mode);

// --- codecs --------------------------------------------------------------------------------

enum class Codec : uint8_t { Utf8, Ascii, Latin1 };

struct CodecArgs {
  Codec codec = Codec::Utf8;
  std::string errors = "strict";  // handler name; checked only when an error occurs
};

// Validates optional `encoding`/`errors` arguments (null = default) of the function
// `function_name` ("str", "encode", "decode", "bytes"...) and resolves the codec:
// TypeError "... argument 'encoding' must be str, not int", LookupError
// "unknown encoding: xyz".
Fallible<CodecArgs> parse_codec_args(VM& vm, Value encoding, Value errors, const char* function_name);

// bytes -> str. UnicodeDecodeError (strict) with CPython's message and attributes.
Result decode_to_str(VM& vm, std::string_view data, Value original, const CodecArgs& args);
// str -> bytes. UnicodeEncodeError (strict) likewise.
Fallible<std::string> encode_str(VM& vm, Str* s, const CodecArgs& args);

}  // namespace edge::vm
