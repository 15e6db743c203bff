// str: creation, interning, UTF-8 helpers, code-point indexing and the str type's
// protocol (repr, hash, comparison, +, *, indexing, slicing, iteration, `in`,
// format()). The named methods (str.split, str.join, ...) are in str_methods.cpp.
#include "vm/types/str.h"

#include <algorithm>

#include "vm/args.h"
#include "vm/format_spec.h"
#include "vm/ops.h"
#include "vm/types/function.h"
#include "vm/types/int.h"
#include "vm/types/misc.h"
#include "vm/types/tuple.h"
#include "vm/unicode.h"
#include "vm/vm.h"

namespace edge::vm {

void install_str_methods(VM& vm, Type* type);  // str_methods.cpp

// --- UTF-8 ---------------------------------------------------------------------------------

uint32_t utf8_decode(const char*& p, const char* end) {
  auto byte = [&](int i) -> uint32_t { return static_cast<unsigned char>(p[i]); };
  uint32_t c = byte(0);
  if (c < 0x80) {
    p += 1;
    return c;
  }
  if ((c & 0xE0) == 0xC0 && p + 1 < end) {
    uint32_t r = ((c & 0x1F) << 6) | (byte(1) & 0x3F);
    p += 2;
    return r;
  }
  if ((c & 0xF0) == 0xE0 && p + 2 < end) {
    uint32_t r = ((c & 0x0F) << 12) | ((byte(1) & 0x3F) << 6) | (byte(2) & 0x3F);
    p += 3;
    return r;
  }
  if ((c & 0xF8) == 0xF0 && p + 3 < end) {
    uint32_t r = ((c & 0x07) << 18) | ((byte(1) & 0x3F) << 12) | ((byte(2) & 0x3F) << 6) | (byte(3) & 0x3F);
    p += 4;
    return r;
  }
  p += 1;  // invalid byte: never produced by our own strings
  return 0xFFFD;
}

void utf8_append(std::string& out, uint32_t c) {
  if (c < 0x80) {
    out += static_cast<char>(c);
  } else if (c < 0x800) {
    out += static_cast<char>(0xC0 | (c >> 6));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    out += static_cast<char>(0xE0 | (c >> 12));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (c >> 18));
    out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  }
}

uint32_t utf8_count(std::string_view text) {
  uint32_t n = 0;
  for (char ch : text) n += (static_cast<unsigned char>(ch) & 0xC0) != 0x80;
  return n;
}

bool utf8_is_ascii(std::string_view text) {
  for (char ch : text) {
    if (static_cast<unsigned char>(ch) >= 0x80) return false;
  }
  return true;
}

// --- creation --------------------------------------------------------------------------------

Str* alloc_str(VM& vm, uint32_t byte_length) {
  Str* s = vm.heap.make_with_extra<Str>(byte_length + 1, vm.types.str);
  s->byte_length = byte_length;
  s->mutable_data()[byte_length] = '\0';
  return s;
}

Str* finish_str(Str* s) {
  std::string_view v = s->view();
  s->char_length = utf8_count(v);
  if (s->char_length == s->byte_length) s->object_flags |= Str::kAscii;
  return s;
}

Str* make_str(VM& vm, std::string_view text) {
  Str* s = alloc_str(vm, static_cast<uint32_t>(text.size()));
  std::memcpy(s->mutable_data(), text.data(), text.size());
  return finish_str(s);
}

Str* make_str_ascii(VM& vm, std::string_view text) {
  Str* s = alloc_str(vm, static_cast<uint32_t>(text.size()));
  std::memcpy(s->mutable_data(), text.data(), text.size());
  s->char_length = s->byte_length;
  s->object_flags |= Str::kAscii;
  return s;
}

Str* make_str_from_code_point(VM& vm, uint32_t code_point) {
  if (code_point < 128) {
    char c = static_cast<char>(code_point);
    return intern(vm, std::string_view(&c, 1));
  }
  std::string out;
  utf8_append(out, code_point);
  return make_str(vm, out);
}

Str* intern(VM& vm, std::string_view text) {
  auto it = vm.interned.find(text);
  if (it != vm.interned.end()) return it->second;
  Str* s = make_str(vm, text);
  s->object_flags |= Str::kInterned;
  vm.interned.emplace(s->view(), s);
  return s;
}

// --- basic operations ---------------------------------------------------------------------------

int64_t str_hash(Str* s) {
  if (s->hash_cache != -1) return s->hash_cache;
  // FNV-1a over the UTF-8 bytes, then a final avalanche; CPython's str hashes are
  // randomised per process, so no program can depend on their values.
  uint64_t h = 0xcbf29ce484222325ull;
  for (uint32_t i = 0; i < s->byte_length; ++i) {
    h ^= static_cast<unsigned char>(s->data()[i]);
    h *= 0x100000001b3ull;
  }
  h ^= h >> 33;
  h *= 0xff51afd7ed558ccdull;
  h ^= h >> 33;
  int64_t r = static_cast<int64_t>(h);
  if (r == -1) r = -2;
  s->hash_cache = r;
  return r;
}

bool str_equal(const Str* a, const Str* b) {
  if (a == b) return true;
  if (a->byte_length != b->byte_length) return false;
  if (a->hash_cache != -1 && b->hash_cache != -1 && a->hash_cache != b->hash_cache) return false;
  return std::memcmp(a->data(), b->data(), a->byte_length) == 0;
}

Str* str_concat(VM& vm, Str* a, Str* b) {
  Str* s = alloc_str(vm, a->byte_length + b->byte_length);
  std::memcpy(s->mutable_data(), a->data(), a->byte_length);
  std::memcpy(s->mutable_data() + a->byte_length, b->data(), b->byte_length);
  s->char_length = a->char_length + b->char_length;
  if (a->is_ascii() && b->is_ascii()) s->object_flags |= Str::kAscii;
  return s;
}

uint32_t Str::byte_offset(uint32_t index) {
  if (is_ascii()) return index;
  if (index >= char_length) return byte_length;
  if (offsets == nullptr) {
    uint32_t n = char_length / 32 + 1;
    offsets = new uint32_t[n];
    const char* p = data();
    const char* end = p + byte_length;
    uint32_t cp = 0;
    while (p < end) {
      if (cp % 32 == 0) offsets[cp / 32] = static_cast<uint32_t>(p - data());
      utf8_decode(p, end);
      ++cp;
    }
  }
  const char* p = data() + offsets[index / 32];
  const char* end = data() + byte_length;
  for (uint32_t i = index % 32; i > 0; --i) utf8_decode(p, end);
  return static_cast<uint32_t>(p - data());
}

uint32_t str_char_at(Str* s, uint32_t index) {
  if (s->is_ascii()) return static_cast<unsigned char>(s->data()[index]);
  const char* p = s->data() + s->byte_offset(index);
  return utf8_decode(p, s->data() + s->byte_length);
}

Str* str_substring(VM& vm, Str* s, uint32_t begin, uint32_t end) {
  uint32_t b = s->byte_offset(begin);
  uint32_t e = s->byte_offset(end);
  Str* r = alloc_str(vm, e - b);
  std::memcpy(r->mutable_data(), s->data() + b, e - b);
  r->char_length = end - begin;
  if (s->is_ascii() || r->char_length == r->byte_length) r->object_flags |= Str::kAscii;
  return r;
}

std::string str_repr(std::string_view utf8) {
  bool has_single = utf8.find('\'') != std::string_view::npos;
  bool has_double = utf8.find('"') != std::string_view::npos;
  char quote = (has_single && !has_double) ? '"' : '\'';
  std::string out;
  out.reserve(utf8.size() + 2);
  out += quote;
  const char* p = utf8.data();
  const char* end = p + utf8.size();
  while (p < end) {
    uint32_t c = utf8_decode(p, end);
    if (c == static_cast<uint32_t>(quote) || c == '\\') {
      out += '\\';
      out += static_cast<char>(c);
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\r') {
      out += "\\r";
    } else if (c == '\t') {
      out += "\\t";
    } else if (unicode::is_printable(c)) {
      utf8_append(out, c);
    } else if (c < 0x100) {
      out += fmt::format("\\x{:02x}", c);
    } else if (c < 0x10000) {
      out += fmt::format("\\u{:04x}", c);
    } else {
      out += fmt::format("\\U{:08x}", c);
    }
  }
  out += quote;
  return out;
}

// --- protocol -----------------------------------------------------------------------------------

namespace {

Result str_repr_slot(VM& vm, Value self) { return Value::from_object(make_str(vm, str_repr(as_str(self)->view()))); }

Result str_str_slot(VM& vm, Value self) {
  Str* s = as_str(self);
  if (s->type == vm.types.str) return self;
  return Value::from_object(make_str(vm, s->view()));
}

Fallible<int64_t> str_hash_slot(VM&, Value self) { return str_hash(as_str(self)); }

int str_compare_bytes(Str* a, Str* b) {
  // UTF-8 byte order equals code point order.
  int c = std::memcmp(a->data(), b->data(), std::min(a->byte_length, b->byte_length));
  if (c != 0) return c < 0 ? -1 : 1;
  return a->byte_length < b->byte_length ? -1 : a->byte_length > b->byte_length ? 1 : 0;
}

Result str_compare_slot(VM& vm, Value a, Value b, CompareOp op) {
  if (!is_str(b)) return Value::from_object(vm.not_implemented);
  Str* x = as_str(a);
  Str* y = as_str(b);
  if (op == CompareOp::Eq) return Value::boolean(str_equal(x, y));
  if (op == CompareOp::Ne) return Value::boolean(!str_equal(x, y));
  int c = str_compare_bytes(x, y);
  switch (op) {
    case CompareOp::Lt: return Value::boolean(c < 0);
    case CompareOp::Le: return Value::boolean(c <= 0);
    case CompareOp::Gt: return Value::boolean(c > 0);
    case CompareOp::Ge: return Value::boolean(c >= 0);
    default: return Value::boolean(false);
  }
}

Fallible<int64_t> str_length(VM&, Value self) { return static_cast<int64_t>(as_str(self)->char_length); }

Result str_repeat(VM& vm, Str* s, Value count) {
  int64_t n = EDGE_TRY(index_ssize(vm, count, vm.exc.OverflowError));
  if (n <= 0 || s->byte_length == 0) return Value::from_object(vm.names.empty);
  if (n == 1 && s->type == vm.types.str) return Value::from_object(s);
  if (static_cast<uint64_t>(n) * s->byte_length > (1ull << 31)) return vm.raise_no_args(vm.exc.MemoryError);
  uint32_t total = static_cast<uint32_t>(n * s->byte_length);
  Str* r = alloc_str(vm, total);
  for (int64_t i = 0; i < n; ++i) std::memcpy(r->mutable_data() + i * s->byte_length, s->data(), s->byte_length);
  r->char_length = static_cast<uint32_t>(n * s->char_length);
  if (s->is_ascii()) r->object_flags |= Str::kAscii;
  return Value::from_object(r);
}

Result str_add(VM& vm, Value a, Value b) {
  if (!is_str(a) || !is_str(b)) return Value::from_object(vm.not_implemented);
  return Value::from_object(str_concat(vm, as_str(a), as_str(b)));
}

Result str_mul(VM& vm, Value a, Value b) {
  if (is_str(a) && is_int(b)) return str_repeat(vm, as_str(a), b);
  if (is_str(b) && is_int(a)) return str_repeat(vm, as_str(b), a);
  return Value::from_object(vm.not_implemented);
}

Result str_mod(VM& vm, Value a, Value b) {
  if (!is_str(a)) return Value::from_object(vm.not_implemented);
  return str_percent_format(vm, as_str(a), b);
}

Result str_getitem(VM& vm, Value self, Value key) {
  Str* s = as_str(self);
  if (is_slice(key)) {
    SliceIndices si = EDGE_TRY(slice_indices(vm, as_slice(key), s->char_length));
    if (si.step == 1) {
      if (si.count == static_cast<int64_t>(s->char_length) && s->type == vm.types.str) return self;
      return Value::from_object(str_substring(vm, s, static_cast<uint32_t>(si.start), static_cast<uint32_t>(si.start + si.count)));
    }
    std::string out;
    for (int64_t i = 0, at = si.start; i < si.count; ++i, at += si.step) {
      utf8_append(out, str_char_at(s, static_cast<uint32_t>(at)));
    }
    return Value::from_object(make_str(vm, out));
  }
  if (!is_int(key) && type_of(vm, key)->slots.index == nullptr) {
    return vm.raise_fmt(vm.exc.TypeError, "string indices must be integers, not '{}'", type_name(vm, key));
  }
  int64_t i = EDGE_TRY(index_ssize(vm, key, vm.exc.IndexError));
  int64_t n = s->char_length;
  if (i < 0) i += n;
  if (i < 0 || i >= n) return vm.raise(vm.exc.IndexError, "string index out of range");
  if (s->is_ascii()) return Value::from_object(make_str_from_code_point(vm, static_cast<unsigned char>(s->data()[i])));
  return Value::from_object(make_str_from_code_point(vm, str_char_at(s, static_cast<uint32_t>(i))));
}

Fallible<bool> str_contains(VM& vm, Value self, Value item) {
  if (!is_str(item)) {
    return vm.raise_fmt(vm.exc.TypeError, "'in <string>' requires string as left operand, not {}",
                        type_name(vm, item));
  }
  return as_str(self)->view().find(as_str(item)->view()) != std::string_view::npos;
}

Result str_iter(VM& vm, Value self) {
  // str_iterator: a = the str, i = next byte offset.
  return Value::from_object(make_iter_state(vm, vm.types.str_iterator, self));
}

Result str_iter_next(VM& vm, Value self) {
  IterState* it = static_cast<IterState*>(self.as_object());
  if (it->a.is_null()) return Value::null();
  Str* s = as_str(it->a);
  if (static_cast<uint32_t>(it->i) >= s->byte_length) {
    it->a = Value::null();
    return Value::null();
  }
  const char* p = s->data() + it->i;
  uint32_t c = utf8_decode(p, s->data() + s->byte_length);
  it->i = p - s->data();
  return Value::from_object(make_str_from_code_point(vm, c));
}

Result str_format_slot(VM& vm, Value self, Str* spec) {
  if (spec->byte_length == 0) return str_str_slot(vm, self);
  FormatSpec parsed;
  std::string error;
  if (!parse_format_spec(spec->view(), parsed, error, "str")) return vm.raise(vm.exc.ValueError, error);
  std::string out;
  if (!format_str(as_str(self)->view(), parsed, out, error, "str")) return vm.raise(vm.exc.ValueError, error);
  return Value::from_object(make_str(vm, out));
}

Result str_construct(VM& vm, Type* type, CallArgs args) {
  static const Signature kSig("str(object=, encoding=, errors=)");
  Value a[3];
  EDGE_TRY(parse_args(vm, args, kSig, a));
  if (a[0].is_null()) return Value::from_object(vm.names.empty);
  if (!a[1].is_null() || !a[2].is_null()) {
    // str(bytes, encoding): decode.
    return str_decode_bytes(vm, a[0], a[1], a[2]);
  }
  (void)type;
  return str(vm, a[0]);
}

// Subclass support: the text is fixed by new_; a subtype gets its own copy (never an
// interned string).
Result str_new(VM& vm, Type* type, CallArgs args) {
  Value s = EDGE_TRY(str_construct(vm, vm.types.str, args));
  if (type == vm.types.str) return s;
  Str* base = as_str(s);
  Str* r = vm.heap.make_with_extra<Str>(base->byte_length + 1, type);
  r->byte_length = base->byte_length;
  std::memcpy(r->mutable_data(), base->data(), base->byte_length + 1);
  r->char_length = base->char_length;
  r->object_flags = base->object_flags & Str::kAscii;
  return Value::from_object(r);
}

Result str_iter_self(VM&, Value self) { return self; }

}  // namespace

void install_str_type(VM& vm) {
  Type* t = vm.types.str;
  t->slots.repr = str_repr_slot;
  t->slots.str = str_str_slot;
  t->slots.hash = str_hash_slot;
  t->slots.compare = str_compare_slot;
  t->slots.length = str_length;
  t->slots.getitem = str_getitem;
  t->slots.contains = str_contains;
  t->slots.iter = str_iter;
  t->slots.format = str_format_slot;
  t->slots.construct = str_construct;
  t->slots.new_ = str_new;
  t->slots.binary[static_cast<int>(BinaryOp::Add)] = str_add;
  t->slots.binary[static_cast<int>(BinaryOp::Mul)] = str_mul;
  t->slots.binary[static_cast<int>(BinaryOp::Mod)] = str_mod;
  install_str_methods(vm, t);

  Type* it = vm.types.str_iterator;
  it->slots.iter = str_iter_self;
  it->slots.next = str_iter_next;
}

}  // namespace edge::vm
