// str: immutable Unicode text.
//
// Stored as UTF-8 in trailing storage (NUL-terminated for convenience), with the
// length in bytes and in code points. Lone surrogates (from "\ud800" escapes) are kept
// in their 3-byte generalized UTF-8 form so they round-trip. Indexing is by code point:
// O(1) for ASCII-only strings; for others a sparse offset table (one entry per 32 code
// points) is built on first use and kept with the string.
//
// Interned strs (identifiers, attribute names) are unique per content within a VM, so
// dict lookups of names can compare pointers first. The hash is computed once.
#pragma once

#include <string>
#include <string_view>

#include "vm/object.h"

namespace edge::vm {

struct Str : Object {
  static constexpr uint16_t kAscii = 1;
  static constexpr uint16_t kInterned = 2;

  int64_t hash_cache = -1;    // -1: not computed yet
  uint32_t byte_length = 0;
  uint32_t char_length = 0;   // code points
  uint32_t* offsets = nullptr;  // byte offset of every 32nd code point (non-ASCII only)

  Str(Type* t) : Object(t, ObjectKind::Str) {}
  ~Str() { delete[] offsets; }

  const char* data() const { return reinterpret_cast<const char*>(this + 1); }
  char* mutable_data() { return reinterpret_cast<char*>(this + 1); }
  std::string_view view() const { return {data(), byte_length}; }
  bool is_ascii() const { return (object_flags & kAscii) != 0; }
  bool is_interned() const { return (object_flags & kInterned) != 0; }

  // Byte offset of code point `index` (0 <= index <= char_length).
  uint32_t byte_offset(uint32_t index);

  void trace(Tracer&) const {}
};

inline bool is_str(Value v) { return is_kind(v, ObjectKind::Str); }
inline Str* as_str(Value v) { return static_cast<Str*>(v.as_object()); }

// Creation. `text` must be valid (generalized) UTF-8; make_str scans it once to count
// code points. Use make_str_ascii when the caller knows the text is ASCII.
Str* make_str(VM& vm, std::string_view text);
Str* make_str_ascii(VM& vm, std::string_view text);
Str* make_str_from_code_point(VM& vm, uint32_t code_point);
// A Str of `byte_length` bytes to be filled in by the caller, then sealed with
// finish_str (which counts code points and sets the ascii flag).
Str* alloc_str(VM& vm, uint32_t byte_length);
Str* finish_str(Str* s);
// Same content, one object per VM; never collected.
Str* intern(VM& vm, std::string_view text);

int64_t str_hash(Str* s);
bool str_equal(const Str* a, const Str* b);
Str* str_concat(VM& vm, Str* a, Str* b);
// Code point at `index` (precondition: in range).
uint32_t str_char_at(Str* s, uint32_t index);
Str* str_substring(VM& vm, Str* s, uint32_t begin, uint32_t end);  // code point indices

// repr(str) with CPython's quote choice and escapes.
std::string str_repr(std::string_view utf8);

// UTF-8 helpers shared by str, bytes and the compiler.
uint32_t utf8_decode(const char*& p, const char* end);  // advances p; tolerates surrogates
void utf8_append(std::string& out, uint32_t code_point);
uint32_t utf8_count(std::string_view text);
bool utf8_is_ascii(std::string_view text);

// printf-style formatting: `format % args` (text.cpp).
Result str_percent_format(VM& vm, Str* format, Value args);
// str(obj, encoding, errors) for bytes-like `obj` (text.cpp).
Result str_decode_bytes(VM& vm, Value obj, Value encoding, Value errors);

void install_str_type(VM& vm);

}  // namespace edge::vm
