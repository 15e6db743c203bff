// The named methods of str (Python 3.11 library reference, "String Methods"), str.format
// and str.format_map with the full replacement-field grammar ("Format String Syntax"),
// and str.maketrans. The protocol slots (repr, +, %, indexing...) are in str.cpp; the
// `%` operator and the codecs are in text.cpp.
//
// Invariants:
//  - results, argument handling and error messages are CPython 3.11's (including the
//    differing arity messages of its METH_NOARGS / METH_O / Argument Clinic methods);
//  - methods work on the UTF-8 bytes wherever the answer does not depend on code point
//    boundaries (search, split on a separator, replace, join), convert code point
//    indices to byte offsets with Str::byte_offset, and take the byte-per-character
//    fast path for ASCII strings everywhere else;
//  - a method never returns `self` unless self is an exact str (str subclasses get a
//    new str, as in CPython).
#include <algorithm>
#include <cstring>

#include "vm/args.h"
#include "vm/ops.h"
#include "vm/types/bytes.h"
#include "vm/types/dict.h"
#include "vm/types/exception.h"
#include "vm/types/function.h"
#include "vm/types/int.h"
#include "vm/types/list.h"
#include "vm/types/str.h"
#include "vm/types/text.h"
#include "vm/types/tuple.h"
#include "vm/unicode.h"
#include "vm/vm.h"

namespace edge::vm {

namespace {

// --- helpers -----------------------------------------------------------------------------------

Str* self_of(CallArgs args) { return as_str(args[0]); }

// `s` itself when it is an exact str, otherwise a plain-str copy.
Value exact(VM& vm, Str* s) {
  if (s->type == vm.types.str) return Value::from_object(s);
  return Value::from_object(make_str(vm, s->view()));
}

// A new str from bytes of a str whose ASCII-ness is known (ASCII source -> ASCII part).
Str* piece(VM& vm, std::string_view bytes, bool source_ascii) {
  if (source_ascii) return make_str_ascii(vm, bytes);
  return make_str(vm, bytes);
}

Value str_result(VM& vm, const std::string& bytes, bool ascii) {
  return Value::from_object(ascii ? make_str_ascii(vm, bytes) : make_str(vm, bytes));
}

// ASCII character classes for the fast paths (str semantics: \x1c-\x1f are spaces).
bool ascii_space(uint32_t c) { return c == ' ' || (c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x1F); }

template <class Fn> void for_each_code_point(std::string_view s, Fn fn) {
  const char* p = s.data();
  const char* end = p + s.size();
  while (p < end) fn(utf8_decode(p, end));
}

// The str argument of find/count/partition...: "must be str, not int".
Fallible<Str*> str_arg(VM& vm, Value v) {
  if (!is_str(v)) return vm.raise_fmt(vm.exc.TypeError, "must be str, not {}", type_name(vm, v));
  return as_str(v);
}

// Code point index of byte offset `byte` in `s`, counting from the known pair
// (from_byte, from_index).
int64_t index_of_byte(Str* s, size_t from_byte, int64_t from_index, size_t byte) {
  if (s->is_ascii()) return static_cast<int64_t>(byte);
  return from_index + utf8_count(s->view().substr(from_byte, byte - from_byte));
}

// --- case conversion -------------------------------------------------------------------------

enum class CaseOp { Lower, Upper, Fold, Swap, Title, Capitalize };

void append_mapped(std::string& out, int n, const uint32_t* cps) {
  for (int i = 0; i < n; ++i) utf8_append(out, cps[i]);
}

// Lower-cases the code point at byte `at` of `text`, applying Final_Sigma.
void append_lower(std::string& out, std::string_view text, size_t at, uint32_t c) {
  if (c == 0x3A3) {
    utf8_append(out, unicode::is_final_sigma(text, at) ? 0x3C2 : 0x3C3);
    return;
  }
  uint32_t m[3];
  append_mapped(out, unicode::to_lower(c, m), m);
}

Value convert_case_ascii(VM& vm, Str* s, CaseOp op) {
  std::string out(s->view());
  bool previous_cased = false;
  for (size_t i = 0; i < out.size(); ++i) {
    char& c = out[i];
    bool upper = c >= 'A' && c <= 'Z', lower = c >= 'a' && c <= 'z';
    switch (op) {
      case CaseOp::Lower:
      case CaseOp::Fold:
        if (upper) c = static_cast<char>(c + 32);
        break;
      case CaseOp::Upper:
        if (lower) c = static_cast<char>(c - 32);
        break;
      case CaseOp::Swap:
        if (upper) c = static_cast<char>(c + 32);
        if (lower) c = static_cast<char>(c - 32);
        break;
      case CaseOp::Title:
        if (previous_cased && upper) c = static_cast<char>(c + 32);
        if (!previous_cased && lower) c = static_cast<char>(c - 32);
        previous_cased = upper || lower;
        break;
      case CaseOp::Capitalize:
        if (i == 0 && lower) c = static_cast<char>(c - 32);
        if (i > 0 && upper) c = static_cast<char>(c + 32);
        break;
    }
  }
  return Value::from_object(make_str_ascii(vm, out));
}

Value convert_case(VM& vm, Str* s, CaseOp op) {
  if (s->is_ascii()) return convert_case_ascii(vm, s, op);
  std::string_view text = s->view();
  std::string out;
  out.reserve(text.size() + 8);
  bool previous_cased = false;
  const char* begin = text.data();
  const char* p = begin;
  const char* end = begin + text.size();
  bool first = true;
  uint32_t m[3];
  while (p < end) {
    size_t at = static_cast<size_t>(p - begin);
    unsigned char byte = static_cast<unsigned char>(*p);
    if (byte < 0x80) {
      // ASCII characters inside non-ASCII text: no table lookups needed.
      bool upper = byte >= 'A' && byte <= 'Z', lower = byte >= 'a' && byte <= 'z';
      bool to_lower = false, to_upper = false;
      switch (op) {
        case CaseOp::Lower:
        case CaseOp::Fold: to_lower = upper; break;
        case CaseOp::Upper: to_upper = lower; break;
        case CaseOp::Swap: to_lower = upper, to_upper = lower; break;
        case CaseOp::Title:
          to_lower = previous_cased && upper;
          to_upper = !previous_cased && lower;
          previous_cased = upper || lower;
          break;
        case CaseOp::Capitalize:
          to_lower = !first && upper;
          to_upper = first && lower;
          break;
      }
      out += static_cast<char>(to_lower ? byte + 32 : to_upper ? byte - 32 : byte);
      ++p;
      first = false;
      continue;
    }
    uint32_t c = utf8_decode(p, end);
    switch (op) {
      case CaseOp::Lower:
        append_lower(out, text, at, c);
        break;
      case CaseOp::Upper:
        append_mapped(out, unicode::to_upper(c, m), m);
        break;
      case CaseOp::Fold:
        append_mapped(out, unicode::to_fold(c, m), m);
        break;
      case CaseOp::Swap:
        if (unicode::is_upper(c)) {
          append_lower(out, text, at, c);
        } else if (unicode::is_lower(c)) {
          append_mapped(out, unicode::to_upper(c, m), m);
        } else {
          utf8_append(out, c);
        }
        break;
      case CaseOp::Title:
        if (previous_cased) {
          append_lower(out, text, at, c);
        } else {
          append_mapped(out, unicode::to_title(c, m), m);
        }
        previous_cased = unicode::is_cased(c);
        break;
      case CaseOp::Capitalize:
        if (first) {
          append_mapped(out, unicode::to_title(c, m), m);
        } else {
          append_lower(out, text, at, c);
        }
        break;
    }
    first = false;
  }
  return Value::from_object(make_str(vm, out));
}

Result str_lower(VM& vm, CallArgs args) {
  EDGE_TRY(method_no_args(vm, args, "str.lower"));
  return convert_case(vm, self_of(args), CaseOp::Lower);
}

Result str_upper(VM& vm, CallArgs args) {
  EDGE_TRY(method_no_args(vm, args, "str.upper"));
  return convert_case(vm, self_of(args), CaseOp::Upper);
}

Result str_casefold(VM& vm, CallArgs args) {
  EDGE_TRY(method_no_args(vm, args, "str.casefold"));
  return convert_case(vm, self_of(args), CaseOp::Fold);
}

Result str_swapcase(VM& vm, CallArgs args) {
  EDGE_TRY(method_no_args(vm, args, "str.swapcase"));
  return convert_case(vm, self_of(args), CaseOp::Swap);
}

Result str_title(VM& vm, CallArgs args) {
  EDGE_TRY(method_no_args(vm, args, "str.title"));
  return convert_case(vm, self_of(args), CaseOp::Title);
}

Result str_capitalize(VM& vm, CallArgs args) {
  EDGE_TRY(method_no_args(vm, args, "str.capitalize"));
  return convert_case(vm, self_of(args), CaseOp::Capitalize);
}

// --- predicates ------------------------------------------------------------------------------

// True when the string is non-empty and every code point satisfies `pred`.
template <class Pred> bool all_code_points(Str* s, Pred pred) {
  if (s->byte_length == 0) return false;
  if (s->is_ascii()) {
    for (uint32_t i = 0; i < s->byte_length; ++i) {
      if (!pred(static_cast<unsigned char>(s->data()[i]))) return false;
    }
    return true;
  }
  bool ok = true;
  const char* p = s->data();
  const char* end = p + s->byte_length;
  while (ok && p < end) ok = pred(utf8_decode(p, end));
  return ok;
}

#define EDGE_STR_PREDICATE(method, qualname, pred)                        \
  Result method(VM& vm, CallArgs args) {                                  \
    EDGE_TRY(method_no_args(vm, args, qualname));                                \
    return Value::boolean(all_code_points(self_of(args), pred));          \
  }

EDGE_STR_PREDICATE(str_isalpha, "str.isalpha", unicode::is_alpha)
EDGE_STR_PREDICATE(str_isalnum, "str.isalnum", unicode::is_alnum)
EDGE_STR_PREDICATE(str_isdecimal, "str.isdecimal", unicode::is_decimal)
EDGE_STR_PREDICATE(str_isdigit, "str.isdigit", unicode::is_digit)
EDGE_STR_PREDICATE(str_isnumeric, "str.isnumeric", unicode::is_numeric)
EDGE_STR_PREDICATE(str_isspace, "str.isspace", unicode::is_space)
#undef EDGE_STR_PREDICATE

Result str_isascii(VM& vm, CallArgs args) {
  EDGE_TRY(method_no_args(vm, args, "str.isascii"));
  return Value::boolean(self_of(args)->is_ascii());
}

Result str_isprintable(VM& vm, CallArgs args) {
  EDGE_TRY(method_no_args(vm, args, "str.isprintable"));
  Str* s = self_of(args);
  return Value::boolean(s->byte_length == 0 || all_code_points(s, unicode::is_printable));
}

Result str_isidentifier(VM& vm, CallArgs args) {
  EDGE_TRY(method_no_args(vm, args, "str.isidentifier"));
  Str* s = self_of(args);
  if (s->byte_length == 0) return Value::boolean(false);
  bool first = true, ok = true;
  for_each_code_point(s->view(), [&](uint32_t c) {
    if (!ok) return;
    ok = first ? unicode::is_identifier_start(c) : unicode::is_identifier_continue(c);
    first = false;
  });
  return Value::boolean(ok);
}

Result str_islower(VM& vm, CallArgs args) {
  EDGE_TRY(method_no_args(vm, args, "str.islower"));
  // No upper- or titlecase letters, and at least one lowercase one.
  bool cased = false, ok = true;
  for_each_code_point(self_of(args)->view(), [&](uint32_t c) {
    if (unicode::is_upper(c) || unicode::is_title(c)) ok = false;
    if (unicode::is_lower(c)) cased = true;
  });
  return Value::boolean(ok && cased);
}

Result str_isupper(VM& vm, CallArgs args) {
  EDGE_TRY(method_no_args(vm, args, "str.isupper"));
  bool cased = false, ok = true;
  for_each_code_point(self_of(args)->view(), [&](uint32_t c) {
    if (unicode::is_lower(c) || unicode::is_title(c)) ok = false;
    if (unicode::is_upper(c)) cased = true;
  });
  return Value::boolean(ok && cased);
}

Result str_istitle(VM& vm, CallArgs args) {
  EDGE_TRY(method_no_args(vm, args, "str.istitle"));
  // Upper/titlecase letters only after uncased characters, lowercase only after cased.
  bool cased = false, previous_cased = false, ok = true;
  for_each_code_point(self_of(args)->view(), [&](uint32_t c) {
    if (!ok) return;
    if (unicode::is_upper(c) || unicode::is_title(c)) {
      if (previous_cased) ok = false;
      previous_cased = cased = true;
    } else if (unicode::is_lower(c)) {
      if (!previous_cased) ok = false;
      previous_cased = cased = true;
    } else {
      previous_cased = false;
    }
  });
  return Value::boolean(ok && cased);
}

// --- searching ---------------------------------------------------------------------------------

// Parses (sub, start=None, end=None) for find/rfind/index/rindex/count.
struct SearchArgs {
  Str* self;
  Str* sub;
  SearchRange range;
};

Fallible<SearchArgs> search_args(VM& vm, CallArgs args, const char* qualname, const char* name) {
  EDGE_TRY(method_find_style(vm, args, qualname, name, 1, 3));
  Str* s = self_of(args);
  Str* sub = EDGE_TRY(str_arg(vm, args[1]));
  Value start = args.nargs > 2 ? args[2] : Value::null();
  Value end = args.nargs > 3 ? args[3] : Value::null();
  SearchRange r = EDGE_TRY(search_range(vm, start, end, s->char_length));
  return SearchArgs{s, sub, r};
}

// Index of the first (or last) occurrence, or -1.
int64_t find_in(const SearchArgs& a, bool reverse) {
  Str* s = a.self;
  int64_t start = a.range.start, end = a.range.end;
  if (end - start < static_cast<int64_t>(a.sub->char_length)) return -1;
  if (a.sub->char_length == 0) return reverse ? end : start;
  uint32_t bs = s->byte_offset(static_cast<uint32_t>(start));
  uint32_t be = s->byte_offset(static_cast<uint32_t>(end));
  std::string_view window = s->view().substr(bs, be - bs);
  size_t at = reverse ? window.rfind(a.sub->view()) : window.find(a.sub->view());
  if (at == std::string_view::npos) return -1;
  return index_of_byte(s, bs, start, bs + at);
}

Result str_find(VM& vm, CallArgs args) {
  SearchArgs a = EDGE_TRY(search_args(vm, args, "str.find", "find"));
  return make_int(vm, find_in(a, false));
}

Result str_rfind(VM& vm, CallArgs args) {
  SearchArgs a = EDGE_TRY(search_args(vm, args, "str.rfind", "rfind"));
  return make_int(vm, find_in(a, true));
}

Result str_index(VM& vm, CallArgs args) {
  SearchArgs a = EDGE_TRY(search_args(vm, args, "str.index", "index"));
  int64_t i = find_in(a, false);
  if (i < 0) return vm.raise(vm.exc.ValueError, "substring not found");
  return make_int(vm, i);
}

Result str_rindex(VM& vm, CallArgs args) {
  SearchArgs a = EDGE_TRY(search_args(vm, args, "str.rindex", "rindex"));
  int64_t i = find_in(a, true);
  if (i < 0) return vm.raise(vm.exc.ValueError, "substring not found");
  return make_int(vm, i);
}

Result str_count(VM& vm, CallArgs args) {
  SearchArgs a = EDGE_TRY(search_args(vm, args, "str.count", "count"));
  int64_t start = a.range.start, end = a.range.end;
  if (end - start < static_cast<int64_t>(a.sub->char_length)) return Value::small_int(0);
  if (a.sub->char_length == 0) return make_int(vm, end - start + 1);
  uint32_t bs = a.self->byte_offset(static_cast<uint32_t>(start));
  uint32_t be = a.self->byte_offset(static_cast<uint32_t>(end));
  return make_int(vm, count_occurrences(a.self->view().substr(bs, be - bs), a.sub->view(), -1));
}

// startswith/endswith: does s[start:end] begin/end with `sub`?
bool tail_match(Str* s, Str* sub, SearchRange r, bool at_end) {
  int64_t start = r.start, end = r.end - static_cast<int64_t>(sub->char_length);
  if (end < start) return false;
  int64_t from = at_end ? end : start;
  uint32_t b0 = s->byte_offset(static_cast<uint32_t>(from));
  uint32_t b1 = s->byte_offset(static_cast<uint32_t>(from + sub->char_length));
  return b1 - b0 == sub->byte_length && std::memcmp(s->data() + b0, sub->data(), sub->byte_length) == 0;
}

Result starts_or_ends(VM& vm, CallArgs args, bool at_end) {
  const char* name = at_end ? "endswith" : "startswith";
  EDGE_TRY(method_find_style(vm, args, at_end ? "str.endswith" : "str.startswith", name, 1, 3));
  Str* s = self_of(args);
  Value start = args.nargs > 2 ? args[2] : Value::null();
  Value end = args.nargs > 3 ? args[3] : Value::null();
  Value what = args[1];
  if (is_tuple(what)) {
    SearchRange r = EDGE_TRY(search_range(vm, start, end, s->char_length));
    Tuple* t = as_tuple(what);
    for (uint32_t i = 0; i < t->length; ++i) {
      if (!is_str(t->item(i))) {
        return vm.raise_fmt(vm.exc.TypeError, "tuple for {} must only contain str, not {}", name,
                            type_name(vm, t->item(i)));
      }
      if (tail_match(s, as_str(t->item(i)), r, at_end)) return Value::boolean(true);
    }
    return Value::boolean(false);
  }
  if (!is_str(what)) {
    return vm.raise_fmt(vm.exc.TypeError, "{} first arg must be str or a tuple of str, not {}", name,
                        type_name(vm, what));
  }
  SearchRange r = EDGE_TRY(search_range(vm, start, end, s->char_length));
  return Value::boolean(tail_match(s, as_str(what), r, at_end));
}

Result str_startswith(VM& vm, CallArgs args) { return starts_or_ends(vm, args, false); }
Result str_endswith(VM& vm, CallArgs args) { return starts_or_ends(vm, args, true); }

// --- splitting and joining ---------------------------------------------------------------------

Value ranges_to_list(VM& vm, Str* s, const std::vector<ByteRange>& ranges) {
  List* out = make_list(vm, ranges.size());
  TempRoot root(vm, Value::from_object(out));
  for (const ByteRange& r : ranges) {
    Value item;
    if (r.first == 0 && r.second == s->byte_length && s->type == vm.types.str) {
      item = Value::from_object(s);
    } else {
      item = Value::from_object(piece(vm, s->view().substr(r.first, r.second - r.first), s->is_ascii()));
    }
    list_append(vm, out, item);
  }
  return Value::from_object(out);
}

Result split_impl(VM& vm, CallArgs args, bool reverse) {
  const char* name = reverse ? "rsplit" : "split";
  Value a[2];
  EDGE_TRY(parse_method_keywords(vm, args, name, {"sep", "maxsplit"}, 0, a));
  Str* s = self_of(args);
  int64_t maxsplit = a[1].is_null() ? -1 : EDGE_TRY(index_int64(vm, a[1]));
  if (maxsplit < 0) maxsplit = -1;
  std::vector<ByteRange> ranges;
  if (a[0].is_null() || a[0].is_none()) {
    if (s->is_ascii()) {
      ranges = reverse ? rsplit_whitespace<ByteText>(s->view(), maxsplit, ascii_space)
                       : split_whitespace<ByteText>(s->view(), maxsplit, ascii_space);
    } else {
      ranges = reverse ? rsplit_whitespace<Utf8Text>(s->view(), maxsplit, is_str_space)
                       : split_whitespace<Utf8Text>(s->view(), maxsplit, is_str_space);
    }
  } else {
    if (!is_str(a[0])) return vm.raise_fmt(vm.exc.TypeError, "must be str or None, not {}", type_name(vm, a[0]));
    Str* sep = as_str(a[0]);
    if (sep->byte_length == 0) return vm.raise(vm.exc.ValueError, "empty separator");
    ranges = reverse ? rsplit_on(s->view(), sep->view(), maxsplit) : split_on(s->view(), sep->view(), maxsplit);
  }
  return ranges_to_list(vm, s, ranges);
}

Result str_split(VM& vm, CallArgs args) { return split_impl(vm, args, false); }
Result str_rsplit(VM& vm, CallArgs args) { return split_impl(vm, args, true); }

Result str_splitlines(VM& vm, CallArgs args) {
  Value a[1];
  EDGE_TRY(parse_method_keywords(vm, args, "splitlines", {"keepends"}, 0, a));
  bool keepends = a[0].is_null() ? false : EDGE_TRY(index_int64(vm, a[0])) != 0;
  Str* s = self_of(args);
  std::string_view text = s->view();
  std::vector<ByteRange> ranges;
  size_t line_start = 0, i = 0, n = text.size();
  while (i < n) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    size_t break_len = 0;
    if (c == '\r') {
      break_len = (i + 1 < n && text[i + 1] == '\n') ? 2 : 1;
    } else if (c == '\n' || c == 0x0B || c == 0x0C || (c >= 0x1C && c <= 0x1E)) {
      break_len = 1;
    } else if (c == 0xC2 && i + 1 < n && static_cast<unsigned char>(text[i + 1]) == 0x85) {
      break_len = 2;  // U+0085 NEXT LINE
    } else if (c == 0xE2 && i + 2 < n && static_cast<unsigned char>(text[i + 1]) == 0x80 &&
               (static_cast<unsigned char>(text[i + 2]) == 0xA8 || static_cast<unsigned char>(text[i + 2]) == 0xA9)) {
      break_len = 3;  // U+2028 LINE SEPARATOR, U+2029 PARAGRAPH SEPARATOR
    }
    if (break_len == 0) {
      ++i;
      continue;
    }
    ranges.emplace_back(line_start, keepends ? i + break_len : i);
    i += break_len;
    line_start = i;
  }
  if (line_start < n) ranges.emplace_back(line_start, n);
  return ranges_to_list(vm, s, ranges);
}

Result str_join(VM& vm, CallArgs args) {
  EDGE_TRY(method_one_arg(vm, args, "str.join"));
  Str* sep = self_of(args);
  Value iterable = args[1];
  const Value* items = nullptr;
  size_t n = 0;
  List* holder = nullptr;
  if (is_list(iterable)) {
    items = as_list(iterable)->items.data();
    n = as_list(iterable)->items.size();
  } else if (is_tuple(iterable)) {
    items = as_tuple(iterable)->items();
    n = as_tuple(iterable)->length;
  } else {
    Type* t = type_of(vm, iterable);
    if (t->slots.iter == nullptr && t->slots.getitem == nullptr) {
      return vm.raise(vm.exc.TypeError, "can only join an iterable");
    }
    holder = make_list(vm);
  }
  TempRoot root(vm, holder ? Value::from_object(holder) : Value::none());
  if (holder) {
    EDGE_TRY(list_extend_rpy(vm, holder, iterable));
    items = holder->items.data();
    n = holder->items.size();
  }
  if (n == 0) return Value::from_object(vm.names.empty);
  uint64_t bytes = 0, chars = 0;
  bool ascii = sep->is_ascii();
  for (size_t i = 0; i < n; ++i) {
    if (!is_str(items[i])) {
      return vm.raise_fmt(vm.exc.TypeError, "sequence item {}: expected str instance, {} found", i,
                          type_name(vm, items[i]));
    }
    Str* item = as_str(items[i]);
    bytes += item->byte_length;
    chars += item->char_length;
    ascii = ascii && item->is_ascii();
  }
  if (n == 1 && as_str(items[0])->type == vm.types.str) return items[0];
  bytes += static_cast<uint64_t>(sep->byte_length) * (n - 1);
  chars += static_cast<uint64_t>(sep->char_length) * (n - 1);
  if (bytes > (1ull << 31)) return vm.raise_no_args(vm.exc.MemoryError);
  Str* r = alloc_str(vm, static_cast<uint32_t>(bytes));
  char* out = r->mutable_data();
  for (size_t i = 0; i < n; ++i) {
    if (i > 0 && sep->byte_length) {
      std::memcpy(out, sep->data(), sep->byte_length);
      out += sep->byte_length;
    }
    Str* item = as_str(items[i]);
    std::memcpy(out, item->data(), item->byte_length);
    out += item->byte_length;
  }
  r->char_length = static_cast<uint32_t>(chars);
  if (ascii) r->object_flags |= Str::kAscii;
  return Value::from_object(r);
}

Result partition_impl(VM& vm, CallArgs args, bool reverse) {
  EDGE_TRY(method_one_arg(vm, args, reverse ? "str.rpartition" : "str.partition"));
  Str* s = self_of(args);
  Str* sep = EDGE_TRY(str_arg(vm, args[1]));
  if (sep->byte_length == 0) return vm.raise(vm.exc.ValueError, "empty separator");
  size_t at = reverse ? s->view().rfind(sep->view()) : s->view().find(sep->view());
  Value empty = Value::from_object(vm.names.empty);
  if (at == std::string_view::npos) {
    Value whole = exact(vm, s);
    return Value::from_object(reverse ? make_tuple(vm, {empty, empty, whole}) : make_tuple(vm, {whole, empty, empty}));
  }
  Value head = Value::from_object(piece(vm, s->view().substr(0, at), s->is_ascii()));
  TempRoot head_root(vm, head);
  Value tail = Value::from_object(piece(vm, s->view().substr(at + sep->byte_length), s->is_ascii()));
  TempRoot tail_root(vm, tail);
  Value middle = exact(vm, sep);
  return Value::from_object(make_tuple(vm, {head, middle, tail}));
}

Result str_partition(VM& vm, CallArgs args) { return partition_impl(vm, args, false); }
Result str_rpartition(VM& vm, CallArgs args) { return partition_impl(vm, args, true); }

// --- replace, strip, affixes -------------------------------------------------------------------

Result str_replace(VM& vm, CallArgs args) {
  EDGE_TRY(method_positional(vm, args, "str.replace", "replace", 2, 3));
  Str* s = self_of(args);
  if (!is_str(args[1])) {
    return vm.raise_fmt(vm.exc.TypeError, "replace() argument 1 must be str, not {}", clinic_type_name(vm, args[1]));
  }
  if (!is_str(args[2])) {
    return vm.raise_fmt(vm.exc.TypeError, "replace() argument 2 must be str, not {}", clinic_type_name(vm, args[2]));
  }
  Str* old_text = as_str(args[1]);
  Str* new_text = as_str(args[2]);
  int64_t count = args.nargs > 3 ? EDGE_TRY(index_int64(vm, args[3])) : -1;
  if (count < 0) count = -1;
  bool ascii = s->is_ascii() && new_text->is_ascii();
  if (old_text->byte_length == 0) {
    // The new text goes before every character and at the end, `count` times at most.
    int64_t slots = static_cast<int64_t>(s->char_length) + 1;
    if (count < 0 || count > slots) count = slots;
    if (count == 0) return exact(vm, s);
    if (static_cast<uint64_t>(count) * new_text->byte_length + s->byte_length > (1ull << 31)) {
      return vm.raise_no_args(vm.exc.MemoryError);
    }
    std::string out;
    std::string_view text = s->view();
    size_t i = 0;
    for (int64_t k = 0; k < slots; ++k) {
      if (k < count) out += new_text->view();
      if (i < text.size()) {
        size_t next = s->is_ascii() ? i + 1 : Utf8Text::next(text, i);
        out.append(text.data() + i, next - i);
        i = next;
      }
    }
    return str_result(vm, out, ascii);
  }
  if (count == 0 || s->view().find(old_text->view()) == std::string_view::npos) return exact(vm, s);
  if (new_text->byte_length > old_text->byte_length) {
    uint64_t hits = static_cast<uint64_t>(count_occurrences(s->view(), old_text->view(), count));
    if (s->byte_length + hits * (new_text->byte_length - old_text->byte_length) > (1ull << 31)) {
      return vm.raise_no_args(vm.exc.MemoryError);
    }
  }
  return str_result(vm, replace_all(s->view(), old_text->view(), new_text->view(), count), ascii);
}

Result strip_impl(VM& vm, CallArgs args, bool left, bool right, const char* qualname, const char* name) {
  EDGE_TRY(method_positional(vm, args, qualname, name, 0, 1));
  Str* s = self_of(args);
  Value chars = args.nargs > 1 ? args[1] : Value::none();
  ByteRange r;
  if (chars.is_none()) {
    r = s->is_ascii() ? strip_range<ByteText>(s->view(), left, right, ascii_space)
                      : strip_range<Utf8Text>(s->view(), left, right, is_str_space);
  } else if (is_str(chars)) {
    Str* set = as_str(chars);
    if (set->is_ascii()) {
      bool table[128] = {};
      for (uint32_t i = 0; i < set->byte_length; ++i) table[static_cast<unsigned char>(set->data()[i])] = true;
      auto in_set = [&](uint32_t c) { return c < 128 && table[c]; };
      r = s->is_ascii() ? strip_range<ByteText>(s->view(), left, right, in_set)
                        : strip_range<Utf8Text>(s->view(), left, right, in_set);
    } else {
      std::vector<uint32_t> cps;
      for_each_code_point(set->view(), [&](uint32_t c) { cps.push_back(c); });
      auto in_set = [&](uint32_t c) { return std::find(cps.begin(), cps.end(), c) != cps.end(); };
      r = s->is_ascii() ? strip_range<ByteText>(s->view(), left, right, in_set)
                        : strip_range<Utf8Text>(s->view(), left, right, in_set);
    }
  } else {
    return vm.raise_fmt(vm.exc.TypeError, "{} arg must be None or str", name);
  }
  if (r.first == 0 && r.second == s->byte_length) return exact(vm, s);
  return Value::from_object(piece(vm, s->view().substr(r.first, r.second - r.first), s->is_ascii()));
}

Result str_strip(VM& vm, CallArgs args) { return strip_impl(vm, args, true, true, "str.strip", "strip"); }
Result str_lstrip(VM& vm, CallArgs args) { return strip_impl(vm, args, true, false, "str.lstrip", "lstrip"); }
Result str_rstrip(VM& vm, CallArgs args) { return strip_impl(vm, args, false, true, "str.rstrip", "rstrip"); }

Result affix_impl(VM& vm, CallArgs args, bool suffix) {
  const char* name = suffix ? "removesuffix" : "removeprefix";
  EDGE_TRY(method_one_arg(vm, args, suffix ? "str.removesuffix" : "str.removeprefix"));
  Str* s = self_of(args);
  if (!is_str(args[1])) {
    return vm.raise_fmt(vm.exc.TypeError, "{}() argument must be str, not {}", name, clinic_type_name(vm, args[1]));
  }
  std::string_view text = s->view(), affix = as_str(args[1])->view();
  if (affix.empty() || affix.size() > text.size()) return exact(vm, s);
  if (suffix ? text.substr(text.size() - affix.size()) != affix : text.substr(0, affix.size()) != affix) {
    return exact(vm, s);
  }
  std::string_view rest = suffix ? text.substr(0, text.size() - affix.size()) : text.substr(affix.size());
  return Value::from_object(piece(vm, rest, s->is_ascii()));
}

Result str_removeprefix(VM& vm, CallArgs args) { return affix_impl(vm, args, false); }
Result str_removesuffix(VM& vm, CallArgs args) { return affix_impl(vm, args, true); }

// --- padding -----------------------------------------------------------------------------------

Fallible<uint32_t> fill_char(VM& vm, Value v) {
  if (v.is_null()) return uint32_t{' '};
  if (!is_str(v)) {
    return vm.raise_fmt(vm.exc.TypeError, "The fill character must be a unicode character, not {}", type_name(vm, v));
  }
  Str* f = as_str(v);
  if (f->char_length != 1) return vm.raise(vm.exc.TypeError, "The fill character must be exactly one character long");
  return str_char_at(f, 0);
}

Result pad(VM& vm, Str* s, int64_t left, int64_t right, uint32_t fill) {
  if (left <= 0 && right <= 0) return exact(vm, s);
  std::string f;
  utf8_append(f, fill);
  if (static_cast<uint64_t>(left + right) * f.size() > (1ull << 31)) return vm.raise_no_args(vm.exc.MemoryError);
  std::string out;
  out.reserve(s->byte_length + (left + right) * f.size());
  for (int64_t i = 0; i < left; ++i) out += f;
  out += s->view();
  for (int64_t i = 0; i < right; ++i) out += f;
  return str_result(vm, out, s->is_ascii() && fill < 0x80);
}

enum class Justify { Left, Right, Center };

Result justify_impl(VM& vm, CallArgs args, Justify how, const char* qualname, const char* name) {
  EDGE_TRY(method_positional(vm, args, qualname, name, 1, 2));
  Str* s = self_of(args);
  int64_t width = EDGE_TRY(index_int64(vm, args[1]));
  uint32_t fill = EDGE_TRY(fill_char(vm, args.nargs > 2 ? args[2] : Value::null()));
  int64_t margin = width - static_cast<int64_t>(s->char_length);
  if (margin <= 0) return exact(vm, s);
  if (margin > (1 << 30)) return vm.raise_no_args(vm.exc.MemoryError);
  switch (how) {
    case Justify::Left: return pad(vm, s, 0, margin, fill);
    case Justify::Right: return pad(vm, s, margin, 0, fill);
    case Justify::Center: {
      // CPython's rounding: the odd extra column goes left only when width is odd.
      int64_t left = margin / 2 + (margin & width & 1);
      return pad(vm, s, left, margin - left, fill);
    }
  }
  return exact(vm, s);
}

Result str_ljust(VM& vm, CallArgs args) { return justify_impl(vm, args, Justify::Left, "str.ljust", "ljust"); }
Result str_rjust(VM& vm, CallArgs args) { return justify_impl(vm, args, Justify::Right, "str.rjust", "rjust"); }
Result str_center(VM& vm, CallArgs args) { return justify_impl(vm, args, Justify::Center, "str.center", "center"); }

Result str_zfill(VM& vm, CallArgs args) {
  EDGE_TRY(method_one_arg(vm, args, "str.zfill"));
  Str* s = self_of(args);
  int64_t width = EDGE_TRY(index_int64(vm, args[1]));
  int64_t margin = width - static_cast<int64_t>(s->char_length);
  if (margin <= 0) return exact(vm, s);
  if (margin > (1 << 30)) return vm.raise_no_args(vm.exc.MemoryError);
  std::string_view text = s->view();
  std::string out;
  size_t sign = (!text.empty() && (text[0] == '+' || text[0] == '-')) ? 1 : 0;
  out.append(text.substr(0, sign));
  out.append(static_cast<size_t>(margin), '0');
  out.append(text.substr(sign));
  return str_result(vm, out, s->is_ascii());
}

Result str_expandtabs(VM& vm, CallArgs args) {
  Value a[1];
  EDGE_TRY(parse_method_keywords(vm, args, "expandtabs", {"tabsize"}, 0, a));
  int64_t tabsize = a[0].is_null() ? 8 : EDGE_TRY(index_int64(vm, a[0]));
  Str* s = self_of(args);
  std::string_view text = s->view();
  if (text.find('\t') == std::string_view::npos) return exact(vm, s);
  std::string out;
  int64_t column = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (c == '\t') {
      if (tabsize > 0) {
        int64_t spaces = tabsize - column % tabsize;
        if (static_cast<int64_t>(out.size()) + spaces > (1 << 30)) return vm.raise_no_args(vm.exc.MemoryError);
        out.append(static_cast<size_t>(spaces), ' ');
        column += spaces;
      }
    } else {
      out += static_cast<char>(c);
      if (c == '\n' || c == '\r') {
        column = 0;
      } else if ((c & 0xC0) != 0x80) {
        ++column;  // count code points, not continuation bytes
      }
    }
  }
  return str_result(vm, out, s->is_ascii());
}

// --- encode, translate, maketrans ---------------------------------------------------------------

Result str_encode(VM& vm, CallArgs args) {
  Value a[2];
  EDGE_TRY(parse_method_keywords(vm, args, "encode", {"encoding", "errors"}, 0, a));
  CodecArgs codec = EDGE_TRY(parse_codec_args(vm, a[0], a[1], "encode"));
  std::string out = EDGE_TRY(encode_str(vm, self_of(args), codec));
  return Value::from_object(make_bytes(vm, out));
}

// Appends what table[c] says for one code point; `found` false means "keep c".
Status translate_one(VM& vm, Value table, uint32_t c, std::string& out) {
  Value key = Value::small_int(c);
  Result r = getitem(vm, table, key);
  if (r.failed()) {
    if (!vm.pending_is(vm.exc.LookupError)) return Error{};
    (void)vm.take_pending_exception();
    utf8_append(out, c);
    return Status::ok();
  }
  Value v = r.value();
  if (v.is_none()) return Status::ok();
  if (is_int(v)) {
    int64_t m;
    if (!int_fits_int64(v, m) || m < 0 || m > 0x10FFFF) {
      return vm.raise(vm.exc.ValueError, "character mapping must be in range(0x110000)");
    }
    utf8_append(out, static_cast<uint32_t>(m));
    return Status::ok();
  }
  if (is_str(v)) {
    out += as_str(v)->view();
    return Status::ok();
  }
  return vm.raise(vm.exc.TypeError, "character mapping must return integer, None or str");
}

Result str_translate(VM& vm, CallArgs args) {
  EDGE_TRY(method_one_arg(vm, args, "str.translate"));
  Str* s = self_of(args);
  Value table = args[1];
  std::string out;
  out.reserve(s->byte_length);
  // ASCII results are cached: a table is typically consulted for few distinct characters.
  std::string ascii_cache[128];
  bool cached[128] = {};
  const char* p = s->data();
  const char* end = p + s->byte_length;
  while (p < end) {
    uint32_t c = utf8_decode(p, end);
    if (c < 128 && cached[c]) {
      out += ascii_cache[c];
      continue;
    }
    size_t before = out.size();
    EDGE_TRY(translate_one(vm, table, c, out));
    if (c < 128) {
      ascii_cache[c] = out.substr(before);
      cached[c] = true;
    }
  }
  return Value::from_object(make_str(vm, out));
}

Result str_maketrans(VM& vm, CallArgs args) {
  // A static method: there is no self in args.
  EDGE_TRY(check_no_kwargs(vm, args, "str.maketrans"));
  if (args.nargs < 1) return vm.raise(vm.exc.TypeError, "maketrans expected at least 1 argument, got 0");
  if (args.nargs > 3) {
    return vm.raise_fmt(vm.exc.TypeError, "maketrans expected at most 3 arguments, got {}", args.nargs);
  }
  Dict* result = make_dict(vm);
  TempRoot root(vm, Value::from_object(result));
  if (args.nargs == 1) {
    if (!is_dict(args[0])) {
      return vm.raise(vm.exc.TypeError, "if you give only one argument to maketrans it must be a dict");
    }
    Dict* d = as_dict(args[0]);
    uint32_t pos = 0;
    Value key, value;
    while (dict_next(d, pos, key, value)) {
      if (is_str(key)) {
        if (as_str(key)->char_length != 1) {
          return vm.raise(vm.exc.ValueError, "string keys in translate table must be of length 1");
        }
        EDGE_TRY(dict_set(vm, result, make_int(vm, str_char_at(as_str(key), 0)), value));
      } else if (is_int(key)) {
        EDGE_TRY(dict_set(vm, result, key, value));
      } else {
        return vm.raise(vm.exc.TypeError, "keys in translate table must be strings or integers");
      }
    }
    return Value::from_object(result);
  }
  for (uint32_t i = 1; i < args.nargs; ++i) {
    if (!is_str(args[i])) {
      return vm.raise_fmt(vm.exc.TypeError, "maketrans() argument {} must be str, not {}", i + 1,
                          clinic_type_name(vm, args[i]));
    }
  }
  if (!is_str(args[0])) {
    return vm.raise(vm.exc.TypeError, "first maketrans argument must be a string if there is a second argument");
  }
  Str* x = as_str(args[0]);
  Str* y = as_str(args[1]);
  if (x->char_length != y->char_length) {
    return vm.raise(vm.exc.ValueError, "the first two maketrans arguments must have equal length");
  }
  const char* px = x->data();
  const char* py = y->data();
  while (px < x->data() + x->byte_length) {
    uint32_t from = utf8_decode(px, x->data() + x->byte_length);
    uint32_t to = utf8_decode(py, y->data() + y->byte_length);
    EDGE_TRY(dict_set(vm, result, make_int(vm, from), make_int(vm, to)));
  }
  if (args.nargs == 3) {
    Str* z = as_str(args[2]);
    const char* pz = z->data();
    while (pz < z->data() + z->byte_length) {
      uint32_t c = utf8_decode(pz, z->data() + z->byte_length);
      EDGE_TRY(dict_set(vm, result, make_int(vm, c), Value::none()));
    }
  }
  return Value::from_object(result);
}

// --- str.format / str.format_map ---------------------------------------------------------------
// Format String Syntax (library reference, string module):
//   replacement_field ::= "{" [field_name] ["!" conversion] [":" format_spec] "}"
//   field_name        ::= arg_name ("." attribute_name | "[" element_index "]")*
// The format spec may itself hold replacement fields, expanded one level deep.

struct FormatContext {
  const Value* positional;
  uint32_t npositional;
  CallArgs keywords;   // .format(**kw): names in kwnames; values after the positionals
  Value mapping;       // format_map's mapping, or null
  bool is_format_map;
  enum class Numbering { Unset, Auto, Manual } numbering = Numbering::Unset;
  int64_t next_auto = 0;
};

// The value of an all-decimal-digits name ('0', '12', Unicode digits too), or -1 when
// the name is not all digits. -2: too many digits.
int64_t decimal_index(std::string_view name) {
  if (name.empty()) return -1;
  int64_t value = 0;
  const char* p = name.data();
  const char* end = p + name.size();
  while (p < end) {
    int d = unicode::decimal_value(utf8_decode(p, end));
    if (d < 0) return -1;
    if (value > (INT64_MAX - d) / 10) return -2;
    value = value * 10 + d;
  }
  return value;
}

Error raise_key_error(VM& vm, Value key) {
  return vm.raise_value(Value::from_object(make_exception(vm, vm.exc.KeyError, make_tuple(vm, {key}))));
}

Result field_argument(VM& vm, FormatContext& ctx, std::string_view first) {
  int64_t index;
  if (first.empty()) {
    if (ctx.numbering == FormatContext::Numbering::Manual) {
      return vm.raise(vm.exc.ValueError, "cannot switch from manual field specification to automatic field numbering");
    }
    ctx.numbering = FormatContext::Numbering::Auto;
    index = ctx.next_auto++;
  } else {
    index = decimal_index(first);
    if (index == -2) return vm.raise(vm.exc.ValueError, "Too many decimal digits in format string");
    if (index >= 0) {
      if (ctx.numbering == FormatContext::Numbering::Auto) {
        return vm.raise(vm.exc.ValueError, "cannot switch from automatic field numbering to manual field specification");
      }
      ctx.numbering = FormatContext::Numbering::Manual;
    }
  }
  if (index < 0) {
    Str* key = make_str(vm, first);
    if (ctx.is_format_map) {
      TempRoot root(vm, Value::from_object(key));
      return getitem(vm, ctx.mapping, Value::from_object(key));
    }
    for (uint32_t k = 0; k < ctx.keywords.nkw(); ++k) {
      if (as_str(ctx.keywords.kwnames->item(k))->view() == first) {
        return ctx.keywords.args[ctx.keywords.nargs + k];
      }
    }
    return raise_key_error(vm, Value::from_object(key));
  }
  if (ctx.is_format_map) return vm.raise(vm.exc.ValueError, "Format string contains positional fields");
  if (index >= ctx.npositional) {
    return vm.raise_fmt(vm.exc.IndexError, "Replacement index {} out of range for positional args tuple", index);
  }
  return ctx.positional[index];
}

// Resolves field_name: the argument, then each .attribute and [index] in turn.
Result resolve_field(VM& vm, FormatContext& ctx, std::string_view name) {
  size_t i = 0;
  while (i < name.size() && name[i] != '.' && name[i] != '[') ++i;
  Value obj = EDGE_TRY(field_argument(vm, ctx, name.substr(0, i)));
  TempRoot root(vm, obj);
  while (i < name.size()) {
    if (name[i] == '.') {
      size_t start = ++i;
      while (i < name.size() && name[i] != '.' && name[i] != '[') ++i;
      if (i == start) return vm.raise(vm.exc.ValueError, "Empty attribute in format string");
      Str* attr = intern(vm, name.substr(start, i - start));
      obj = EDGE_TRY(getattr(vm, obj, attr));
    } else {
      size_t start = ++i;
      while (i < name.size() && name[i] != ']') ++i;
      if (i == name.size()) return vm.raise(vm.exc.ValueError, "Missing ']' in format string");
      if (i == start) return vm.raise(vm.exc.ValueError, "Empty attribute in format string");
      std::string_view key_text = name.substr(start, i - start);
      ++i;
      if (i < name.size() && name[i] != '.' && name[i] != '[') {
        return vm.raise(vm.exc.ValueError, "Only '.' or '[' may follow ']' in format field specifier");
      }
      int64_t index = decimal_index(key_text);
      if (index == -2) return vm.raise(vm.exc.ValueError, "Too many decimal digits in format string");
      Value key = index >= 0 ? make_int(vm, index) : Value::from_object(make_str(vm, key_text));
      TempRoot key_root(vm, key);
      obj = EDGE_TRY(getitem(vm, obj, key));
    }
    root.set(obj);
  }
  return obj;
}

Status render_format(VM& vm, FormatContext& ctx, std::string_view text, int depth, std::string& out);

// One replacement field whose body (after the '{') starts at text[i]; on success i is
// just past its closing '}'.
Status render_field(VM& vm, FormatContext& ctx, std::string_view text, size_t& i, int depth, std::string& out) {
  size_t n = text.size();
  size_t name_start = i;
  char stop = 0;
  while (i < n) {
    char c = text[i++];
    if (c == '{') return vm.raise(vm.exc.ValueError, "unexpected '{' in field name");
    if (c == '[') {
      while (i < n && text[i] != ']') ++i;
      continue;
    }
    if (c == '}' || c == ':' || c == '!') {
      stop = c;
      break;
    }
  }
  if (stop == 0) return vm.raise(vm.exc.ValueError, "expected '}' before end of string");
  std::string_view name = text.substr(name_start, i - 1 - name_start);
  uint32_t conversion = 0;
  std::string_view spec;
  bool spec_has_fields = false;
  if (stop == '!' || stop == ':') {
    bool closed = false;
    if (stop == '!') {
      if (i >= n) return vm.raise(vm.exc.ValueError, "end of string while looking for conversion specifier");
      const char* p = text.data() + i;
      conversion = utf8_decode(p, text.data() + n);
      i = static_cast<size_t>(p - text.data());
      if (i < n) {
        char c = text[i++];
        if (c == '}') {
          closed = true;
        } else if (c != ':') {
          return vm.raise(vm.exc.ValueError, "expected ':' after conversion specifier");
        }
      }
    }
    if (!closed) {
      size_t spec_start = i;
      int count = 1;
      while (i < n) {
        char c = text[i++];
        if (c == '{') {
          spec_has_fields = true;
          ++count;
        } else if (c == '}' && --count == 0) {
          break;
        }
      }
      if (count != 0) return vm.raise(vm.exc.ValueError, "unmatched '{' in format spec");
      spec = text.substr(spec_start, i - 1 - spec_start);
    }
  }

  Value obj = EDGE_TRY(resolve_field(vm, ctx, name));
  TempRoot root(vm, obj);
  if (conversion != 0) {
    switch (conversion) {
      case 'r': obj = EDGE_TRY(repr(vm, obj)); break;
      case 's': obj = EDGE_TRY(str(vm, obj)); break;
      case 'a': obj = EDGE_TRY(ascii(vm, obj)); break;
      default:
        if (conversion > 32 && conversion < 127) {
          return vm.raise_fmt(vm.exc.ValueError, "Unknown conversion specifier {}", static_cast<char>(conversion));
        }
        return vm.raise_fmt(vm.exc.ValueError, "Unknown conversion specifier \\x{:x}", conversion);
    }
    root.set(obj);
  }
  std::string expanded;
  if (spec_has_fields) {
    EDGE_TRY(render_format(vm, ctx, spec, depth - 1, expanded));
    spec = expanded;
  }
  if (spec.empty()) {
    // The common "{}" cases without a round trip through format().
    if (is_str(obj) && as_str(obj)->type == vm.types.str) {
      out += as_str(obj)->view();
      return Status::ok();
    }
    if (obj.is_small_int()) {
      out += std::to_string(obj.as_small_int());
      return Status::ok();
    }
  }
  Str* spec_str = spec.empty() ? vm.names.empty : make_str(vm, spec);
  TempRoot spec_root(vm, Value::from_object(spec_str));
  Value formatted = EDGE_TRY(format(vm, obj, spec_str));
  if (!is_str(formatted)) {
    return vm.raise_fmt(vm.exc.TypeError, "__format__ must return a str, not {}", type_name(vm, formatted));
  }
  out += as_str(formatted)->view();
  return Status::ok();
}

Status render_format(VM& vm, FormatContext& ctx, std::string_view text, int depth, std::string& out) {
  if (depth <= 0) return vm.raise(vm.exc.ValueError, "Max string recursion exceeded");
  size_t i = 0, n = text.size();
  while (i < n) {
    size_t brace = text.find_first_of("{}", i);
    if (brace == std::string_view::npos) {
      out.append(text.data() + i, n - i);
      break;
    }
    out.append(text.data() + i, brace - i);
    i = brace + 1;
    char c = text[brace];
    if (i < n && text[i] == c) {  // "{{" or "}}"
      out += c;
      ++i;
      continue;
    }
    if (c == '}') return vm.raise(vm.exc.ValueError, "Single '}' encountered in format string");
    if (i >= n) return vm.raise(vm.exc.ValueError, "Single '{' encountered in format string");
    EDGE_TRY(render_field(vm, ctx, text, i, depth, out));
  }
  return Status::ok();
}

Result str_format(VM& vm, CallArgs args) {
  Str* s = self_of(args);
  FormatContext ctx{args.args + 1, args.nargs - 1, args, Value::null(), false};
  std::string out;
  out.reserve(s->byte_length + 16);
  EDGE_TRY(render_format(vm, ctx, s->view(), 2, out));
  return Value::from_object(make_str(vm, out));
}

Result str_format_map(VM& vm, CallArgs args) {
  EDGE_TRY(method_one_arg(vm, args, "str.format_map"));
  Str* s = self_of(args);
  FormatContext ctx{nullptr, 0, CallArgs{}, args[1], true};
  std::string out;
  EDGE_TRY(render_format(vm, ctx, s->view(), 2, out));
  return Value::from_object(make_str(vm, out));
}

// str.__getnewargs__ (the pickling protocol's constructor arguments): a plain str copy.
Result str_getnewargs(VM& vm, CallArgs args) {
  EDGE_TRY(check_arg_count(vm, args, "__getnewargs__", 1, 1));
  Value copy = Value::from_object(make_str(vm, as_str(args[0])->view()));
  return Value::from_object(make_tuple(vm, {copy}));
}

const NativeMethodDef kStrMethods[] = {
    {"__getnewargs__", str_getnewargs},
    {"capitalize", str_capitalize},
    {"casefold", str_casefold},
    {"center", str_center},
    {"count", str_count},
    {"encode", str_encode},
    {"endswith", str_endswith},
    {"expandtabs", str_expandtabs},
    {"find", str_find},
    {"format", str_format},
    {"format_map", str_format_map},
    {"index", str_index},
    {"isalnum", str_isalnum},
    {"isalpha", str_isalpha},
    {"isascii", str_isascii},
    {"isdecimal", str_isdecimal},
    {"isdigit", str_isdigit},
    {"isidentifier", str_isidentifier},
    {"islower", str_islower},
    {"isnumeric", str_isnumeric},
    {"isprintable", str_isprintable},
    {"isspace", str_isspace},
    {"istitle", str_istitle},
    {"isupper", str_isupper},
    {"join", str_join},
    {"ljust", str_ljust},
    {"lower", str_lower},
    {"lstrip", str_lstrip},
    {"partition", str_partition},
    {"removeprefix", str_removeprefix},
    {"removesuffix", str_removesuffix},
    {"replace", str_replace},
    {"rfind", str_rfind},
    {"rindex", str_rindex},
    {"rjust", str_rjust},
    {"rpartition", str_rpartition},
    {"rsplit", str_rsplit},
    {"rstrip", str_rstrip},
    {"split", str_split},
    {"splitlines", str_splitlines},
    {"startswith", str_startswith},
    {"strip", str_strip},
    {"swapcase", str_swapcase},
    {"title", str_title},
    {"translate", str_translate},
    {"upper", str_upper},
    {"zfill", str_zfill},
    {nullptr, nullptr},
};

const NativeMethodDef kStrStaticMethods[] = {
    {"maketrans", str_maketrans},
    {nullptr, nullptr},
};

}  // namespace

void install_str_methods(VM& vm, Type* type) {
  add_methods(vm, type, kStrMethods);
  add_static_methods(vm, type, kStrStaticMethods);
}

}  // namespace edge::vm
