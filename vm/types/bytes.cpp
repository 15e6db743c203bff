// bytes and bytearray (library reference, "Binary Sequence Types"): construction,
// repr, hashing (bytes only), comparison, indexing and slicing, `in`, iteration,
// concatenation and repetition, bytearray's in-place mutation, `%` formatting
// (PEP 461, via text.cpp) and every method CPython 3.11 documents for them.
//
// Invariants:
//  - one implementation serves both types; a method's result has the receiver's type
//    (bytearray methods return new bytearrays, bytes methods may return the receiver
//    itself when nothing changes and it is an exact bytes);
//  - a bytearray's storage may move whenever Python code runs (an __index__ or an
//    iterator can mutate it), so views into it are taken only after every argument
//    has been converted;
//  - character classes and case mappings are ASCII-only, as in CPython.
#include "vm/types/bytes.h"

#include <algorithm>
#include <cstring>

#include "vm/args.h"
#include "vm/fmt.h"
#include "vm/ops.h"
#include "vm/types/function.h"
#include "vm/types/int.h"
#include "vm/types/list.h"
#include "vm/types/misc.h"
#include "vm/types/str.h"
#include "vm/types/text.h"
#include "vm/types/tuple.h"
#include "vm/types/type.h"
#include "vm/vm.h"

namespace edge::vm {

namespace {

ByteArray* as_bytearray(Value v) { return static_cast<ByteArray*>(v.as_object()); }
bool is_byteslike(Value v) { return is_bytes(v) || is_bytearray(v); }
std::string_view view_of(Value v) { return is_bytes(v) ? as_bytes(v)->view() : as_bytearray(v)->view(); }

Bytes* make_bytes_of_type(VM& vm, Type* type, std::string_view data) {
  Bytes* b = vm.heap.make_with_extra<Bytes>(data.size(), type, static_cast<uint32_t>(data.size()));
  if (!data.empty()) std::memcpy(b->mutable_data(), data.data(), data.size());
  return b;
}

ByteArray* make_bytearray_of_type(VM& vm, Type* type, std::string_view data) {
  ByteArray* b = vm.heap.make<ByteArray>(type);
  b->bytes.assign(data.begin(), data.end());
  vm.heap.note_external_allocation(data.size());
  return b;
}

ByteArray* make_bytearray(VM& vm, std::string_view data) {
  return make_bytearray_of_type(vm, vm.types.bytearray, data);
}

// A new object of the receiver's kind (bytes or bytearray) holding `data`.
Value make_like(VM& vm, Value self, std::string_view data) {
  if (is_bytearray(self)) return Value::from_object(make_bytearray(vm, data));
  return Value::from_object(make_bytes(vm, data));
}

// The receiver unchanged: itself when it is an exact bytes, else a copy of its kind.
Value same(VM& vm, Value self) {
  if (is_bytes(self) && as_bytes(self)->type == vm.types.bytes) return self;
  std::string copy(view_of(self));
  return make_like(vm, self, copy);
}

std::string qualname(Value self, const char* name) {
  return std::string(is_bytearray(self) ? "bytearray." : "bytes.") + name;
}

bool ascii_space(uint32_t c) { return is_bytes_space(c); }
bool is_lower_byte(unsigned char c) { return c >= 'a' && c <= 'z'; }
bool is_upper_byte(unsigned char c) { return c >= 'A' && c <= 'Z'; }
bool is_alpha_byte(unsigned char c) { return is_lower_byte(c) || is_upper_byte(c); }
bool is_digit_byte(unsigned char c) { return c >= '0' && c <= '9'; }

// "a bytes-like object is required, not 'str'".
Fallible<std::string> byteslike_arg(VM& vm, Value v) {
  if (is_byteslike(v)) return std::string(view_of(v));
  return vm.raise_fmt(vm.exc.TypeError, "a bytes-like object is required, not '{}'", type_name(vm, v));
}

Fallible<uint8_t> byte_value(VM& vm, Value v, const char* range_message = "byte must be in range(0, 256)") {
  int64_t i = EDGE_TRY(index_int64(vm, v));
  if (i < 0 || i > 255) return vm.raise(vm.exc.ValueError, range_message);
  return static_cast<uint8_t>(i);
}

// The needle of find/count/index/`in`: an int 0-255 or a bytes-like object.
Fallible<std::string> needle_arg(VM& vm, Value v) {
  if (is_byteslike(v)) return std::string(view_of(v));
  if (is_int(v) || type_of(vm, v)->slots.index != nullptr) {
    uint8_t b = EDGE_TRY(byte_value(vm, v));
    return std::string(1, static_cast<char>(b));
  }
  return vm.raise_fmt(vm.exc.TypeError, "argument should be integer or bytes-like object, not '{}'", type_name(vm, v));
}

// Appends the ints of `iterable` (each 0-255) to `out`.
Status extend_from_iterable(VM& vm, Value iterable, std::string& out, const char* range_message) {
  Value it = EDGE_TRY(get_iter(vm, iterable));
  TempRoot root(vm, it);
  for (;;) {
    Value x = EDGE_TRY(iter_next(vm, it));
    if (x.is_null()) return Status::ok();
    uint8_t b = EDGE_TRY(byte_value(vm, x, range_message));
    out.push_back(static_cast<char>(b));
  }
}

}  // namespace

// --- creation and repr -----------------------------------------------------------------------

Bytes* make_bytes(VM& vm, std::string_view data) { return make_bytes_of_type(vm, vm.types.bytes, data); }

namespace {

// The body of a bytes literal: b'...' minus the prefix. bytearray's repr escapes every
// single quote, even inside double quotes (CPython's bytearray_repr does).
std::string bytes_literal(std::string_view data, bool escape_all_single_quotes) {
  bool has_single = data.find('\'') != std::string_view::npos;
  bool has_double = data.find('"') != std::string_view::npos;
  char quote = (has_single && !has_double) ? '"' : '\'';
  std::string out = "b";
  out.reserve(data.size() + 3);
  out += quote;
  static constexpr char kHex[] = "0123456789abcdef";
  for (char ch : data) {
    unsigned char c = static_cast<unsigned char>(ch);
    if (c == static_cast<unsigned char>(quote) || c == '\\' || (escape_all_single_quotes && c == '\'')) {
      out += '\\';
      out += static_cast<char>(c);
    } else if (c == '\t') {
      out += "\\t";
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\r') {
      out += "\\r";
    } else if (c < 0x20 || c >= 0x7F) {
      out += "\\x";
      out += kHex[c >> 4];
      out += kHex[c & 15];
    } else {
      out += static_cast<char>(c);
    }
  }
  out += quote;
  return out;
}

}  // namespace

std::string bytes_repr(std::string_view data) { return bytes_literal(data, false); }

namespace {

Result bytes_repr_slot(VM& vm, Value self) { return Value::from_object(make_str_ascii(vm, bytes_repr(view_of(self)))); }

Result bytearray_repr_slot(VM& vm, Value self) {
  std::string_view name = type_name(vm, self);
  return Value::from_object(make_str(vm, fmt::format("{}({})", name, bytes_literal(view_of(self), true))));
}

Fallible<int64_t> bytes_hash_slot(VM&, Value self) {
  Bytes* b = as_bytes(self);
  if (b->hash_cache != -1) return b->hash_cache;
  // The same function as str_hash over the same bytes, so that hash(b'abc') ==
  // hash('abc') for ASCII text, as in CPython.
  uint64_t h = 0xcbf29ce484222325ull;
  for (uint32_t i = 0; i < b->length; ++i) {
    h ^= b->data()[i];
    h *= 0x100000001b3ull;
  }
  h ^= h >> 33;
  h *= 0xff51afd7ed558ccdull;
  h ^= h >> 33;
  int64_t r = static_cast<int64_t>(h);
  if (r == -1) r = -2;
  b->hash_cache = r;
  return r;
}

Result compare_slot(VM& vm, Value a, Value b, CompareOp op) {
  if (!is_byteslike(a) || !is_byteslike(b)) return Value::from_object(vm.not_implemented);
  std::string_view x = view_of(a), y = view_of(b);
  if (op == CompareOp::Eq) return Value::boolean(x == y);
  if (op == CompareOp::Ne) return Value::boolean(x != y);
  int c = x.compare(y);
  switch (op) {
    case CompareOp::Lt: return Value::boolean(c < 0);
    case CompareOp::Le: return Value::boolean(c <= 0);
    case CompareOp::Gt: return Value::boolean(c > 0);
    case CompareOp::Ge: return Value::boolean(c >= 0);
    default: return Value::boolean(false);
  }
}

Fallible<int64_t> length_slot(VM&, Value self) { return static_cast<int64_t>(view_of(self).size()); }

Result getitem_slot(VM& vm, Value self, Value key) {
  if (is_slice(key)) {
    int64_t n = static_cast<int64_t>(view_of(self).size());
    SliceIndices si = EDGE_TRY(slice_indices(vm, as_slice(key), n));
    std::string_view data = view_of(self);
    if (si.step == 1) {
      if (si.count == n && is_bytes(self) && as_bytes(self)->type == vm.types.bytes) return self;
      return make_like(vm, self, data.substr(static_cast<size_t>(si.start), static_cast<size_t>(si.count)));
    }
    std::string out;
    out.reserve(static_cast<size_t>(si.count));
    for (int64_t i = 0, at = si.start; i < si.count; ++i, at += si.step) out += data[static_cast<size_t>(at)];
    return make_like(vm, self, out);
  }
  if (!is_int(key) && type_of(vm, key)->slots.index == nullptr) {
    return vm.raise_fmt(vm.exc.TypeError, "{} indices must be integers or slices, not {}",
                        is_bytearray(self) ? "bytearray" : "byte", type_name(vm, key));
  }
  int64_t i = EDGE_TRY(index_ssize(vm, key, vm.exc.IndexError));
  std::string_view data = view_of(self);
  int64_t n = static_cast<int64_t>(data.size());
  if (i < 0) i += n;
  if (i < 0 || i >= n) {
    return vm.raise(vm.exc.IndexError, is_bytearray(self) ? "bytearray index out of range" : "index out of range");
  }
  return Value::small_int(static_cast<unsigned char>(data[static_cast<size_t>(i)]));
}

Fallible<bool> contains_slot(VM& vm, Value self, Value item) {
  if (is_byteslike(item)) {
    std::string needle(view_of(item));
    return view_of(self).find(needle) != std::string_view::npos;
  }
  if (is_int(item) || type_of(vm, item)->slots.index != nullptr) {
    uint8_t b = EDGE_TRY(byte_value(vm, item));
    return view_of(self).find(static_cast<char>(b)) != std::string_view::npos;
  }
  return vm.raise_fmt(vm.exc.TypeError, "a bytes-like object is required, not '{}'", type_name(vm, item));
}

Result iter_slot(VM& vm, Value self) { return Value::from_object(make_iter_state(vm, vm.types.bytes_iterator, self)); }

Result iter_next_slot(VM&, Value self) {
  // bytes_iterator (bytes and bytearray): a = the object (null when exhausted), i = next
  // index; a bytearray's length is re-read at every step since it may change.
  IterState* it = static_cast<IterState*>(self.as_object());
  if (it->a.is_null()) return Value::null();
  std::string_view data = view_of(it->a);
  if (static_cast<size_t>(it->i) >= data.size()) {
    it->a = Value::null();
    return Value::null();
  }
  return Value::small_int(static_cast<unsigned char>(data[static_cast<size_t>(it->i++)]));
}

Result iter_self(VM&, Value self) { return self; }

Result add_slot(VM& vm, Value a, Value b) {
  if (!is_byteslike(a) || !is_byteslike(b)) return Value::from_object(vm.not_implemented);
  std::string out(view_of(a));
  out += view_of(b);
  return make_like(vm, a, out);
}

Fallible<std::string> repeated(VM& vm, std::string_view data, Value count) {
  int64_t n = EDGE_TRY(index_ssize(vm, count, vm.exc.OverflowError));
  if (n <= 0 || data.empty()) return std::string();
  if (static_cast<uint64_t>(n) * data.size() > (1ull << 31)) return vm.raise_no_args(vm.exc.MemoryError);
  std::string out;
  out.reserve(static_cast<size_t>(n) * data.size());
  for (int64_t i = 0; i < n; ++i) out += data;
  return out;
}

Result mul_slot(VM& vm, Value a, Value b) {
  Value seq = is_byteslike(a) ? a : b;
  Value count = is_byteslike(a) ? b : a;
  if (!is_byteslike(seq) || !is_int(count)) return Value::from_object(vm.not_implemented);
  std::string data(view_of(seq));
  std::string out = EDGE_TRY(repeated(vm, data, count));
  if (is_bytes(seq) && out.size() == data.size() && as_bytes(seq)->type == vm.types.bytes) return seq;
  return make_like(vm, seq, out);
}

Result mod_slot(VM& vm, Value a, Value b) {
  if (!is_byteslike(a)) return Value::from_object(vm.not_implemented);
  std::string format(view_of(a));
  std::string out = EDGE_TRY(percent_format_rpy(vm, format, b, true));
  return make_like(vm, a, out);
}

// --- bytearray mutation ------------------------------------------------------------------------

void set_contents(VM& vm, ByteArray* b, std::string_view data) {
  if (data.size() > b->bytes.capacity()) vm.heap.note_external_allocation(data.size());
  b->bytes.assign(data.begin(), data.end());
}

Result bytearray_iadd(VM& vm, Value a, Value b) {
  if (!is_byteslike(b)) return Value::from_object(vm.not_implemented);
  std::string extra(view_of(b));
  ByteArray* self = as_bytearray(a);
  vm.heap.note_external_allocation(extra.size());
  self->bytes.insert(self->bytes.end(), extra.begin(), extra.end());
  return a;
}

Result bytearray_imul(VM& vm, Value a, Value b) {
  if (!is_int(b) && type_of(vm, b)->slots.index == nullptr) return Value::from_object(vm.not_implemented);
  std::string data(view_of(a));
  std::string out = EDGE_TRY(repeated(vm, data, b));
  set_contents(vm, as_bytearray(a), out);
  return a;
}

// The bytes a slice assignment stores: bytes-like objects as they are, iterables of
// ints converted as bytearray(iterable) would.
Fallible<std::string> assigned_bytes(VM& vm, Value value) {
  if (is_byteslike(value)) return std::string(view_of(value));
  if (is_int(value) || is_str(value)) {
    return vm.raise(vm.exc.TypeError, "can assign only bytes, buffers, or iterables of ints in range(0, 256)");
  }
  Type* t = type_of(vm, value);
  if (t->slots.iter == nullptr && t->slots.getitem == nullptr) {
    return vm.raise_fmt(vm.exc.TypeError, "cannot convert '{}' object to bytearray", type_name(vm, value));
  }
  std::string out;
  EDGE_TRY(extend_from_iterable(vm, value, out, "byte must be in range(0, 256)"));
  return out;
}

Status bytearray_setitem(VM& vm, Value self, Value key, Value value) {
  ByteArray* b = as_bytearray(self);
  if (is_slice(key)) {
    std::string data;
    if (!value.is_null()) data = EDGE_TRY(assigned_bytes(vm, value));
    SliceIndices si = EDGE_TRY(slice_indices(vm, as_slice(key), static_cast<int64_t>(b->bytes.size())));
    std::vector<uint8_t>& bytes = b->bytes;
    if (value.is_null()) {
      if (si.step == 1) {
        bytes.erase(bytes.begin() + si.start, bytes.begin() + si.start + si.count);
        return Status::ok();
      }
      std::vector<bool> drop(bytes.size(), false);
      for (int64_t i = 0, at = si.start; i < si.count; ++i, at += si.step) drop[static_cast<size_t>(at)] = true;
      std::vector<uint8_t> kept;
      kept.reserve(bytes.size() - static_cast<size_t>(si.count));
      for (size_t i = 0; i < bytes.size(); ++i) {
        if (!drop[i]) kept.push_back(bytes[i]);
      }
      bytes.swap(kept);
      return Status::ok();
    }
    if (si.step == 1) {
      bytes.erase(bytes.begin() + si.start, bytes.begin() + si.start + si.count);
      bytes.insert(bytes.begin() + si.start, data.begin(), data.end());
      vm.heap.note_external_allocation(data.size());
      return Status::ok();
    }
    if (static_cast<int64_t>(data.size()) != si.count) {
      return vm.raise_fmt(vm.exc.ValueError, "attempt to assign bytes of size {} to extended slice of size {}",
                          data.size(), si.count);
    }
    for (int64_t i = 0, at = si.start; i < si.count; ++i, at += si.step) {
      bytes[static_cast<size_t>(at)] = static_cast<uint8_t>(data[static_cast<size_t>(i)]);
    }
    return Status::ok();
  }
  if (!is_int(key) && type_of(vm, key)->slots.index == nullptr) {
    return vm.raise_fmt(vm.exc.TypeError, "bytearray indices must be integers or slices, not {}", type_name(vm, key));
  }
  int64_t i = EDGE_TRY(index_ssize(vm, key, vm.exc.IndexError));
  uint8_t byte = 0;
  if (!value.is_null()) byte = EDGE_TRY(byte_value(vm, value));
  int64_t n = static_cast<int64_t>(b->bytes.size());
  if (i < 0) i += n;
  if (i < 0 || i >= n) return vm.raise(vm.exc.IndexError, "bytearray index out of range");
  if (value.is_null()) {
    b->bytes.erase(b->bytes.begin() + i);
  } else {
    b->bytes[static_cast<size_t>(i)] = byte;
  }
  return Status::ok();
}

// --- construction --------------------------------------------------------------------------------

// bytes(source, encoding, errors) / bytearray(...): the initial contents.
Fallible<std::string> initial_contents(VM& vm, CallArgs args, const char* type_name_text) {
  Value a[3] = {Value::null(), Value::null(), Value::null()};
  uint32_t total = args.nargs + args.nkw();
  if (total > 3) {
    return vm.raise_fmt(vm.exc.TypeError, "{}() takes at most 3 arguments ({} given)", type_name_text, total);
  }
  for (uint32_t i = 0; i < args.nargs; ++i) a[i] = args[i];
  static constexpr const char* kNames[] = {"source", "encoding", "errors"};
  for (uint32_t k = 0; k < args.nkw(); ++k) {
    std::string_view key = as_str(args.kwnames->item(k))->view();
    int found = -1;
    for (int i = 0; i < 3; ++i) {
      if (key == kNames[i]) found = i;
    }
    if (found < 0) {
      return vm.raise_fmt(vm.exc.TypeError, "'{}' is an invalid keyword argument for {}()", key, type_name_text);
    }
    if (!a[found].is_null()) {
      return vm.raise_fmt(vm.exc.TypeError, "argument for {}() given by name ('{}') and position ({})",
                          type_name_text, key, found + 1);
    }
    a[found] = args.args[args.nargs + k];
  }
  Value source = a[0], encoding = a[1], errors = a[2];
  if (!encoding.is_null() || !errors.is_null()) {
    if (!encoding.is_null() && !is_str(encoding)) {
      return vm.raise_fmt(vm.exc.TypeError, "{}() argument 'encoding' must be str, not {}", type_name_text,
                          clinic_type_name(vm, encoding));
    }
    if (!errors.is_null() && !is_str(errors)) {
      return vm.raise_fmt(vm.exc.TypeError, "{}() argument 'errors' must be str, not {}", type_name_text,
                          clinic_type_name(vm, errors));
    }
    if (source.is_null() || !is_str(source)) {
      return vm.raise(vm.exc.TypeError,
                      encoding.is_null() ? "errors without a string argument" : "encoding without a string argument");
    }
    if (encoding.is_null()) return vm.raise(vm.exc.TypeError, "string argument without an encoding");
    CodecArgs codec = EDGE_TRY(parse_codec_args(vm, encoding, errors, type_name_text));
    return encode_str(vm, as_str(source), codec);
  }
  if (source.is_null()) return std::string();
  if (is_str(source)) return vm.raise(vm.exc.TypeError, "string argument without an encoding");
  if (is_byteslike(source)) return std::string(view_of(source));
  Type* t = type_of(vm, source);
  if (std::string_view(type_name_text) == "bytes") {
    // bytes(x) asks x.__bytes__() first (bytearray(x) does not).
    Value method = type_lookup(t, intern(vm, "__bytes__"));
    if (!method.is_null()) {
      Value r = EDGE_TRY(call1(vm, method, source));
      if (!is_bytes(r)) {
        return vm.raise_fmt(vm.exc.TypeError, "__bytes__ returned non-bytes (type {})", type_name(vm, r));
      }
      return std::string(as_bytes(r)->view());
    }
  }
  if (is_int(source) || t->slots.index != nullptr) {
    int64_t n = EDGE_TRY(index_ssize(vm, source, vm.exc.OverflowError));
    if (n < 0) return vm.raise(vm.exc.ValueError, "negative count");
    if (n > (int64_t{1} << 31)) return vm.raise_no_args(vm.exc.MemoryError);
    return std::string(static_cast<size_t>(n), '\0');
  }
  if (t->slots.iter == nullptr && t->slots.getitem == nullptr) {
    return vm.raise_fmt(vm.exc.TypeError, "cannot convert '{}' object to {}", type_name(vm, source), type_name_text);
  }
  std::string out;
  // bytes() and bytearray() word the range error differently.
  EDGE_TRY(extend_from_iterable(vm, source, out,
                                std::string_view(type_name_text) == "bytes" ? "bytes must be in range(0, 256)"
                                                                            : "byte must be in range(0, 256)"));
  return out;
}

Result bytes_construct(VM& vm, Type* type, CallArgs args) {
  if (args.nargs == 1 && args.nkw() == 0 && is_bytes(args[0]) && type == vm.types.bytes &&
      as_bytes(args[0])->type == vm.types.bytes) {
    return args[0];
  }
  std::string data = EDGE_TRY(initial_contents(vm, args, "bytes"));
  return Value::from_object(make_bytes_of_type(vm, type, data));
}

Result bytearray_construct(VM& vm, Type* type, CallArgs args) {
  std::string data = EDGE_TRY(initial_contents(vm, args, "bytearray"));
  return Value::from_object(make_bytearray_of_type(vm, type, data));
}

// Subclass support: bytes are fixed by new_; a bytearray subtype is made empty by
// new_ and filled by init.
Result bytearray_new(VM& vm, Type* type, CallArgs) {
  return Value::from_object(make_bytearray_of_type(vm, type, std::string_view()));
}

Status bytearray_init(VM& vm, Value self, CallArgs args) {
  std::string data = EDGE_TRY(initial_contents(vm, args, "bytearray"));
  ByteArray* b = static_cast<ByteArray*>(self.as_object());
  b->bytes.assign(data.begin(), data.end());
  return Status::ok();
}

// --- methods: case and classes -------------------------------------------------------------------

enum class CaseOp { Lower, Upper, Swap, Title, Capitalize };

Result convert_case(VM& vm, CallArgs args, CaseOp op, const char* name) {
  EDGE_TRY(method_no_args(vm, args, qualname(args[0], name).c_str()));
  std::string out(view_of(args[0]));
  bool previous_cased = false;
  for (size_t i = 0; i < out.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(out[i]);
    bool upper = is_upper_byte(c), lower = is_lower_byte(c);
    switch (op) {
      case CaseOp::Lower:
        if (upper) c += 32;
        break;
      case CaseOp::Upper:
        if (lower) c -= 32;
        break;
      case CaseOp::Swap:
        if (upper) c += 32;
        if (lower) c -= 32;
        break;
      case CaseOp::Title:
        if (previous_cased && upper) c += 32;
        if (!previous_cased && lower) c -= 32;
        previous_cased = upper || lower;
        break;
      case CaseOp::Capitalize:
        if (i == 0 && lower) c -= 32;
        if (i > 0 && upper) c += 32;
        break;
    }
    out[i] = static_cast<char>(c);
  }
  return make_like(vm, args[0], out);
}

Result b_lower(VM& vm, CallArgs args) { return convert_case(vm, args, CaseOp::Lower, "lower"); }
Result b_upper(VM& vm, CallArgs args) { return convert_case(vm, args, CaseOp::Upper, "upper"); }
Result b_swapcase(VM& vm, CallArgs args) { return convert_case(vm, args, CaseOp::Swap, "swapcase"); }
Result b_title(VM& vm, CallArgs args) { return convert_case(vm, args, CaseOp::Title, "title"); }
Result b_capitalize(VM& vm, CallArgs args) { return convert_case(vm, args, CaseOp::Capitalize, "capitalize"); }

template <class Pred> Result all_bytes(VM& vm, CallArgs args, const char* name, Pred pred) {
  EDGE_TRY(method_no_args(vm, args, qualname(args[0], name).c_str()));
  std::string_view data = view_of(args[0]);
  if (data.empty()) return Value::boolean(false);
  for (char c : data) {
    if (!pred(static_cast<unsigned char>(c))) return Value::boolean(false);
  }
  return Value::boolean(true);
}

Result b_isalpha(VM& vm, CallArgs args) { return all_bytes(vm, args, "isalpha", is_alpha_byte); }
Result b_isdigit(VM& vm, CallArgs args) { return all_bytes(vm, args, "isdigit", is_digit_byte); }
Result b_isspace(VM& vm, CallArgs args) {
  return all_bytes(vm, args, "isspace", [](unsigned char c) { return is_bytes_space(c); });
}
Result b_isalnum(VM& vm, CallArgs args) {
  return all_bytes(vm, args, "isalnum", [](unsigned char c) { return is_alpha_byte(c) || is_digit_byte(c); });
}

Result b_isascii(VM& vm, CallArgs args) {
  EDGE_TRY(method_no_args(vm, args, qualname(args[0], "isascii").c_str()));
  for (char c : view_of(args[0])) {
    if (static_cast<unsigned char>(c) >= 0x80) return Value::boolean(false);
  }
  return Value::boolean(true);
}

Result b_islower(VM& vm, CallArgs args) {
  EDGE_TRY(method_no_args(vm, args, qualname(args[0], "islower").c_str()));
  bool cased = false;
  for (char ch : view_of(args[0])) {
    unsigned char c = static_cast<unsigned char>(ch);
    if (is_upper_byte(c)) return Value::boolean(false);
    cased = cased || is_lower_byte(c);
  }
  return Value::boolean(cased);
}

Result b_isupper(VM& vm, CallArgs args) {
  EDGE_TRY(method_no_args(vm, args, qualname(args[0], "isupper").c_str()));
  bool cased = false;
  for (char ch : view_of(args[0])) {
    unsigned char c = static_cast<unsigned char>(ch);
    if (is_lower_byte(c)) return Value::boolean(false);
    cased = cased || is_upper_byte(c);
  }
  return Value::boolean(cased);
}

Result b_istitle(VM& vm, CallArgs args) {
  EDGE_TRY(method_no_args(vm, args, qualname(args[0], "istitle").c_str()));
  bool cased = false, previous_cased = false;
  for (char ch : view_of(args[0])) {
    unsigned char c = static_cast<unsigned char>(ch);
    if (is_upper_byte(c)) {
      if (previous_cased) return Value::boolean(false);
      previous_cased = cased = true;
    } else if (is_lower_byte(c)) {
      if (!previous_cased) return Value::boolean(false);
      previous_cased = cased = true;
    } else {
      previous_cased = false;
    }
  }
  return Value::boolean(cased);
}

// --- methods: searching ----------------------------------------------------------------------------

struct SearchArgs {
  std::string needle;
  SearchRange range;
};

Fallible<SearchArgs> search_args(VM& vm, CallArgs args, const char* name) {
  EDGE_TRY(method_find_style(vm, args, qualname(args[0], name).c_str(), name, 1, 3));
  std::string needle = EDGE_TRY(needle_arg(vm, args[1]));
  Value start = args.nargs > 2 ? args[2] : Value::null();
  Value end = args.nargs > 3 ? args[3] : Value::null();
  SearchRange r = EDGE_TRY(search_range(vm, start, end, static_cast<int64_t>(view_of(args[0]).size())));
  return SearchArgs{std::move(needle), r};
}

int64_t find_in(std::string_view data, const SearchArgs& a, bool reverse) {
  int64_t start = a.range.start, end = a.range.end;
  if (end - start < static_cast<int64_t>(a.needle.size())) return -1;
  std::string_view window = data.substr(static_cast<size_t>(start), static_cast<size_t>(end - start));
  size_t at = reverse ? window.rfind(a.needle) : window.find(a.needle);
  return at == std::string_view::npos ? -1 : start + static_cast<int64_t>(at);
}

Result b_find(VM& vm, CallArgs args) {
  SearchArgs a = EDGE_TRY(search_args(vm, args, "find"));
  return make_int(vm, find_in(view_of(args[0]), a, false));
}

Result b_rfind(VM& vm, CallArgs args) {
  SearchArgs a = EDGE_TRY(search_args(vm, args, "rfind"));
  return make_int(vm, find_in(view_of(args[0]), a, true));
}

Result b_index(VM& vm, CallArgs args) {
  SearchArgs a = EDGE_TRY(search_args(vm, args, "index"));
  int64_t i = find_in(view_of(args[0]), a, false);
  if (i < 0) return vm.raise(vm.exc.ValueError, "subsection not found");
  return make_int(vm, i);
}

Result b_rindex(VM& vm, CallArgs args) {
  SearchArgs a = EDGE_TRY(search_args(vm, args, "rindex"));
  int64_t i = find_in(view_of(args[0]), a, true);
  if (i < 0) return vm.raise(vm.exc.ValueError, "subsection not found");
  return make_int(vm, i);
}

Result b_count(VM& vm, CallArgs args) {
  SearchArgs a = EDGE_TRY(search_args(vm, args, "count"));
  int64_t start = a.range.start, end = a.range.end;
  if (end - start < static_cast<int64_t>(a.needle.size())) return Value::small_int(0);
  if (a.needle.empty()) return make_int(vm, end - start + 1);
  std::string_view window = view_of(args[0]).substr(static_cast<size_t>(start), static_cast<size_t>(end - start));
  return make_int(vm, count_occurrences(window, a.needle, -1));
}

bool tail_match(std::string_view data, std::string_view sub, SearchRange r, bool at_end) {
  int64_t start = r.start, end = r.end - static_cast<int64_t>(sub.size());
  if (end < start) return false;
  int64_t from = at_end ? end : start;
  return data.substr(static_cast<size_t>(from), sub.size()) == sub;
}

Result starts_or_ends(VM& vm, CallArgs args, bool at_end) {
  const char* name = at_end ? "endswith" : "startswith";
  EDGE_TRY(method_find_style(vm, args, qualname(args[0], name).c_str(), name, 1, 3));
  Value start = args.nargs > 2 ? args[2] : Value::null();
  Value end = args.nargs > 3 ? args[3] : Value::null();
  Value what = args[1];
  if (!is_tuple(what) && !is_byteslike(what)) {
    return vm.raise_fmt(vm.exc.TypeError, "{} first arg must be bytes or a tuple of bytes, not {}", name,
                        type_name(vm, what));
  }
  SearchRange r = EDGE_TRY(search_range(vm, start, end, static_cast<int64_t>(view_of(args[0]).size())));
  if (is_tuple(what)) {
    Tuple* t = as_tuple(what);
    for (uint32_t i = 0; i < t->length; ++i) {
      std::string sub = EDGE_TRY(byteslike_arg(vm, t->item(i)));
      if (tail_match(view_of(args[0]), sub, r, at_end)) return Value::boolean(true);
    }
    return Value::boolean(false);
  }
  std::string sub(view_of(what));
  return Value::boolean(tail_match(view_of(args[0]), sub, r, at_end));
}

Result b_startswith(VM& vm, CallArgs args) { return starts_or_ends(vm, args, false); }
Result b_endswith(VM& vm, CallArgs args) { return starts_or_ends(vm, args, true); }

// --- methods: splitting and joining -------------------------------------------------------------------

Value ranges_to_list(VM& vm, Value self, std::string_view data, const std::vector<ByteRange>& ranges) {
  List* out = make_list(vm, ranges.size());
  TempRoot root(vm, Value::from_object(out));
  for (const ByteRange& r : ranges) list_append(vm, out, make_like(vm, self, data.substr(r.first, r.second - r.first)));
  return Value::from_object(out);
}

Result split_impl(VM& vm, CallArgs args, bool reverse) {
  Value a[2];
  EDGE_TRY(parse_method_keywords(vm, args, reverse ? "rsplit" : "split", {"sep", "maxsplit"}, 0, a));
  int64_t maxsplit = a[1].is_null() ? -1 : EDGE_TRY(index_int64(vm, a[1]));
  if (maxsplit < 0) maxsplit = -1;
  std::vector<ByteRange> ranges;
  std::string data(view_of(args[0]));
  if (a[0].is_null() || a[0].is_none()) {
    ranges = reverse ? rsplit_whitespace<ByteText>(data, maxsplit, ascii_space)
                     : split_whitespace<ByteText>(data, maxsplit, ascii_space);
  } else {
    std::string sep = EDGE_TRY(byteslike_arg(vm, a[0]));
    if (sep.empty()) return vm.raise(vm.exc.ValueError, "empty separator");
    ranges = reverse ? rsplit_on(data, sep, maxsplit) : split_on(data, sep, maxsplit);
  }
  return ranges_to_list(vm, args[0], data, ranges);
}

Result b_split(VM& vm, CallArgs args) { return split_impl(vm, args, false); }
Result b_rsplit(VM& vm, CallArgs args) { return split_impl(vm, args, true); }

Result b_splitlines(VM& vm, CallArgs args) {
  Value a[1];
  EDGE_TRY(parse_method_keywords(vm, args, "splitlines", {"keepends"}, 0, a));
  bool keepends = a[0].is_null() ? false : EDGE_TRY(index_int64(vm, a[0])) != 0;
  std::string data(view_of(args[0]));
  std::vector<ByteRange> ranges;
  size_t line_start = 0, i = 0, n = data.size();
  while (i < n) {
    size_t break_len = 0;
    if (data[i] == '\r') {
      break_len = (i + 1 < n && data[i + 1] == '\n') ? 2 : 1;
    } else if (data[i] == '\n') {
      break_len = 1;
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
  return ranges_to_list(vm, args[0], data, ranges);
}

Result b_join(VM& vm, CallArgs args) {
  EDGE_TRY(method_one_arg(vm, args, qualname(args[0], "join").c_str()));
  Value iterable = args[1];
  Type* t = type_of(vm, iterable);
  if (t->slots.iter == nullptr && t->slots.getitem == nullptr) {
    return vm.raise(vm.exc.TypeError, "can only join an iterable");
  }
  List* items = make_list(vm);
  TempRoot root(vm, Value::from_object(items));
  EDGE_TRY(list_extend_rpy(vm, items, iterable));
  std::string sep(view_of(args[0]));
  std::string out;
  for (size_t i = 0; i < items->items.size(); ++i) {
    Value item = items->items[i];
    if (!is_byteslike(item)) {
      return vm.raise_fmt(vm.exc.TypeError, "sequence item {}: expected a bytes-like object, {} found", i,
                          type_name(vm, item));
    }
    if (i > 0) out += sep;
    out += view_of(item);
  }
  return make_like(vm, args[0], out);
}

Result partition_impl(VM& vm, CallArgs args, bool reverse) {
  EDGE_TRY(method_one_arg(vm, args, qualname(args[0], reverse ? "rpartition" : "partition").c_str()));
  std::string sep = EDGE_TRY(byteslike_arg(vm, args[1]));
  if (sep.empty()) return vm.raise(vm.exc.ValueError, "empty separator");
  std::string data(view_of(args[0]));
  size_t at = reverse ? data.rfind(sep) : data.find(sep);
  Value parts[3];
  TempRoot r0(vm, Value::none()), r1(vm, Value::none()), r2(vm, Value::none());
  if (at == std::string::npos) {
    Value whole = is_bytes(args[0]) ? same(vm, args[0]) : make_like(vm, args[0], data);
    r0.set(whole);
    Value e1 = make_like(vm, args[0], "");
    r1.set(e1);
    Value e2 = make_like(vm, args[0], "");
    r2.set(e2);
    if (reverse) {
      parts[0] = e1, parts[1] = e2, parts[2] = whole;
    } else {
      parts[0] = whole, parts[1] = e1, parts[2] = e2;
    }
  } else {
    parts[0] = make_like(vm, args[0], std::string_view(data).substr(0, at));
    r0.set(parts[0]);
    parts[1] = (is_bytes(args[1]) && !is_bytearray(args[0]) && as_bytes(args[1])->type == vm.types.bytes)
                   ? args[1]
                   : make_like(vm, args[0], sep);
    r1.set(parts[1]);
    parts[2] = make_like(vm, args[0], std::string_view(data).substr(at + sep.size()));
    r2.set(parts[2]);
  }
  return Value::from_object(make_tuple(vm, parts, 3));
}

Result b_partition(VM& vm, CallArgs args) { return partition_impl(vm, args, false); }
Result b_rpartition(VM& vm, CallArgs args) { return partition_impl(vm, args, true); }

// --- methods: replace, strip, affixes, padding ------------------------------------------------------

Result b_replace(VM& vm, CallArgs args) {
  EDGE_TRY(method_positional(vm, args, qualname(args[0], "replace").c_str(), "replace", 2, 3));
  std::string old_text = EDGE_TRY(byteslike_arg(vm, args[1]));
  std::string new_text = EDGE_TRY(byteslike_arg(vm, args[2]));
  int64_t count = args.nargs > 3 ? EDGE_TRY(index_int64(vm, args[3])) : -1;
  if (count < 0) count = -1;
  std::string data(view_of(args[0]));
  if (old_text.empty()) {
    int64_t slots = static_cast<int64_t>(data.size()) + 1;
    if (count < 0 || count > slots) count = slots;
    if (count == 0) return same(vm, args[0]);
    if (static_cast<uint64_t>(count) * new_text.size() + data.size() > (1ull << 31)) {
      return vm.raise_no_args(vm.exc.MemoryError);
    }
    std::string out;
    for (int64_t k = 0; k < slots; ++k) {
      if (k < count) out += new_text;
      if (k < static_cast<int64_t>(data.size())) out += data[static_cast<size_t>(k)];
    }
    return make_like(vm, args[0], out);
  }
  if (count == 0 || data.find(old_text) == std::string::npos) return same(vm, args[0]);
  if (new_text.size() > old_text.size()) {
    uint64_t hits = static_cast<uint64_t>(count_occurrences(data, old_text, count));
    if (data.size() + hits * (new_text.size() - old_text.size()) > (1ull << 31)) {
      return vm.raise_no_args(vm.exc.MemoryError);
    }
  }
  return make_like(vm, args[0], replace_all(data, old_text, new_text, count));
}

Result strip_impl(VM& vm, CallArgs args, bool left, bool right, const char* name) {
  EDGE_TRY(method_positional(vm, args, qualname(args[0], name).c_str(), name, 0, 1));
  Value chars = args.nargs > 1 ? args[1] : Value::none();
  std::string data(view_of(args[0]));
  ByteRange r;
  if (chars.is_none()) {
    r = strip_range<ByteText>(data, left, right, ascii_space);
  } else {
    std::string set = EDGE_TRY(byteslike_arg(vm, chars));
    bool table[256] = {};
    for (char c : set) table[static_cast<unsigned char>(c)] = true;
    r = strip_range<ByteText>(data, left, right, [&](uint32_t c) { return table[c]; });
  }
  if (r.first == 0 && r.second == data.size()) return same(vm, args[0]);
  return make_like(vm, args[0], std::string_view(data).substr(r.first, r.second - r.first));
}

Result b_strip(VM& vm, CallArgs args) { return strip_impl(vm, args, true, true, "strip"); }
Result b_lstrip(VM& vm, CallArgs args) { return strip_impl(vm, args, true, false, "lstrip"); }
Result b_rstrip(VM& vm, CallArgs args) { return strip_impl(vm, args, false, true, "rstrip"); }

Result affix_impl(VM& vm, CallArgs args, bool suffix) {
  EDGE_TRY(method_one_arg(vm, args, qualname(args[0], suffix ? "removesuffix" : "removeprefix").c_str()));
  std::string affix = EDGE_TRY(byteslike_arg(vm, args[1]));
  std::string data(view_of(args[0]));
  bool match = !affix.empty() && affix.size() <= data.size() &&
               (suffix ? data.compare(data.size() - affix.size(), affix.size(), affix) == 0
                       : data.compare(0, affix.size(), affix) == 0);
  if (!match) return same(vm, args[0]);
  std::string_view rest = suffix ? std::string_view(data).substr(0, data.size() - affix.size())
                                 : std::string_view(data).substr(affix.size());
  return make_like(vm, args[0], rest);
}

Result b_removeprefix(VM& vm, CallArgs args) { return affix_impl(vm, args, false); }
Result b_removesuffix(VM& vm, CallArgs args) { return affix_impl(vm, args, true); }

enum class Justify { Left, Right, Center };

Result justify_impl(VM& vm, CallArgs args, Justify how, const char* name) {
  EDGE_TRY(method_positional(vm, args, qualname(args[0], name).c_str(), name, 1, 2));
  int64_t width = EDGE_TRY(index_int64(vm, args[1]));
  char fill = ' ';
  if (args.nargs > 2) {
    Value f = args[2];
    if (!is_byteslike(f) || view_of(f).size() != 1) {
      return vm.raise_fmt(vm.exc.TypeError, "{}() argument 2 must be a byte string of length 1, not {}", name,
                          clinic_type_name(vm, f));
    }
    fill = view_of(f)[0];
  }
  std::string data(view_of(args[0]));
  int64_t margin = width - static_cast<int64_t>(data.size());
  if (margin <= 0) return same(vm, args[0]);
  if (margin > (1 << 30)) return vm.raise_no_args(vm.exc.MemoryError);
  int64_t left = 0;
  switch (how) {
    case Justify::Left: left = 0; break;
    case Justify::Right: left = margin; break;
    case Justify::Center: left = margin / 2 + (margin & width & 1); break;
  }
  std::string out(static_cast<size_t>(left), fill);
  out += data;
  out.append(static_cast<size_t>(margin - left), fill);
  return make_like(vm, args[0], out);
}

Result b_ljust(VM& vm, CallArgs args) { return justify_impl(vm, args, Justify::Left, "ljust"); }
Result b_rjust(VM& vm, CallArgs args) { return justify_impl(vm, args, Justify::Right, "rjust"); }
Result b_center(VM& vm, CallArgs args) { return justify_impl(vm, args, Justify::Center, "center"); }

Result b_zfill(VM& vm, CallArgs args) {
  EDGE_TRY(method_one_arg(vm, args, qualname(args[0], "zfill").c_str()));
  int64_t width = EDGE_TRY(index_int64(vm, args[1]));
  std::string data(view_of(args[0]));
  int64_t margin = width - static_cast<int64_t>(data.size());
  if (margin <= 0) return same(vm, args[0]);
  if (margin > (1 << 30)) return vm.raise_no_args(vm.exc.MemoryError);
  size_t sign = (!data.empty() && (data[0] == '+' || data[0] == '-')) ? 1 : 0;
  std::string out = data.substr(0, sign);
  out.append(static_cast<size_t>(margin), '0');
  out += data.substr(sign);
  return make_like(vm, args[0], out);
}

Result b_expandtabs(VM& vm, CallArgs args) {
  Value a[1];
  EDGE_TRY(parse_method_keywords(vm, args, "expandtabs", {"tabsize"}, 0, a));
  int64_t tabsize = a[0].is_null() ? 8 : EDGE_TRY(index_int64(vm, a[0]));
  std::string data(view_of(args[0]));
  std::string out;
  int64_t column = 0;
  for (char c : data) {
    if (c == '\t') {
      if (tabsize > 0) {
        int64_t spaces = tabsize - column % tabsize;
        if (static_cast<int64_t>(out.size()) + spaces > (1 << 30)) return vm.raise_no_args(vm.exc.MemoryError);
        out.append(static_cast<size_t>(spaces), ' ');
        column += spaces;
      }
    } else {
      out += c;
      column = (c == '\n' || c == '\r') ? 0 : column + 1;
    }
  }
  return make_like(vm, args[0], out);
}

// --- methods: codecs, hex, translate ----------------------------------------------------------------

Result b_decode(VM& vm, CallArgs args) {
  Value a[2];
  EDGE_TRY(parse_method_keywords(vm, args, "decode", {"encoding", "errors"}, 0, a));
  CodecArgs codec = EDGE_TRY(parse_codec_args(vm, a[0], a[1], "decode"));
  std::string data(view_of(args[0]));
  return decode_to_str(vm, data, args[0], codec);
}

Result b_hex(VM& vm, CallArgs args) {
  Value a[2];
  EDGE_TRY(parse_method_keywords(vm, args, "hex", {"sep", "bytes_per_sep"}, 0, a));
  char sep = 0;
  if (!a[0].is_null()) {
    std::string_view s;
    if (is_str(a[0])) {
      Str* str = as_str(a[0]);
      if (str->char_length != 1) return vm.raise(vm.exc.ValueError, "sep must be length 1.");
      if (!str->is_ascii()) return vm.raise(vm.exc.ValueError, "sep must be ASCII.");
      s = str->view();
    } else if (is_byteslike(a[0])) {
      s = view_of(a[0]);
      if (s.size() != 1) return vm.raise(vm.exc.ValueError, "sep must be length 1.");
      if (static_cast<unsigned char>(s[0]) >= 0x80) return vm.raise(vm.exc.ValueError, "sep must be ASCII.");
    } else {
      return vm.raise_fmt(vm.exc.TypeError, "object of type '{}' has no len()", type_name(vm, a[0]));
    }
    sep = s[0];
  }
  int64_t per = a[1].is_null() ? 1 : EDGE_TRY(index_int64(vm, a[1]));
  std::string data(view_of(args[0]));
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out;
  out.reserve(data.size() * 3);
  size_t n = data.size();
  uint64_t group = per < 0 ? static_cast<uint64_t>(-per) : static_cast<uint64_t>(per);
  for (size_t i = 0; i < n; ++i) {
    // Separators count groups from the right for a positive bytes_per_sep, from the
    // left for a negative one.
    if (sep != 0 && group != 0 && i > 0) {
      bool boundary = per > 0 ? (n - i) % group == 0 : i % group == 0;
      if (boundary) out += sep;
    }
    unsigned char c = static_cast<unsigned char>(data[i]);
    out += kHex[c >> 4];
    out += kHex[c & 15];
  }
  return Value::from_object(make_str_ascii(vm, out));
}

Result fromhex_impl(VM& vm, CallArgs args, Type* cls) {
  bool bytearray_kind = is_type(args[0]) && is_subtype(as_type(args[0]), vm.types.bytearray);
  EDGE_TRY(method_one_arg(vm, args, bytearray_kind ? "bytearray.fromhex" : "bytes.fromhex"));
  if (!is_str(args[1])) {
    return vm.raise_fmt(vm.exc.TypeError, "fromhex() argument must be str, not {}", type_name(vm, args[1]));
  }
  Str* s = as_str(args[1]);
  std::string_view text = s->view();
  auto hex_value = [](char c) -> int {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
  };
  auto fail = [&](size_t byte_pos) -> Error {
    return vm.raise_fmt(vm.exc.ValueError, "non-hexadecimal number found in fromhex() arg at position {}",
                        utf8_count(text.substr(0, byte_pos)));
  };
  std::string out;
  size_t i = 0;
  while (i < text.size()) {
    if (is_bytes_space(static_cast<unsigned char>(text[i]))) {
      ++i;
      continue;
    }
    int hi = hex_value(text[i]);
    if (hi < 0) return fail(i);
    if (i + 1 >= text.size()) return fail(i + 1);
    int lo = hex_value(text[i + 1]);
    if (lo < 0) return fail(i + 1);
    out += static_cast<char>(hi * 16 + lo);
    i += 2;
  }
  (void)cls;
  if (bytearray_kind) return Value::from_object(make_bytearray(vm, out));
  return Value::from_object(make_bytes(vm, out));
}

Result b_fromhex(VM& vm, CallArgs args) { return fromhex_impl(vm, args, nullptr); }

Result b_translate(VM& vm, CallArgs args) {
  // translate(table, /, delete=b'')
  std::string name = qualname(args[0], "translate");
  if (args.nargs < 2) {
    return vm.raise_fmt(vm.exc.TypeError, "translate() takes at least 1 positional argument ({} given)",
                        args.nargs - 1);
  }
  Value a[2];
  EDGE_TRY(parse_method_keywords(vm, args, "translate", {"table", "delete"}, 1, a));
  std::string table;
  if (!a[0].is_none()) {
    table = EDGE_TRY(byteslike_arg(vm, a[0]));
    if (table.size() != 256) return vm.raise(vm.exc.ValueError, "translation table must be 256 characters long");
  }
  bool drop[256] = {};
  if (!a[1].is_null()) {
    std::string del = EDGE_TRY(byteslike_arg(vm, a[1]));
    for (char c : del) drop[static_cast<unsigned char>(c)] = true;
  }
  std::string data(view_of(args[0]));
  std::string out;
  out.reserve(data.size());
  for (char ch : data) {
    unsigned char c = static_cast<unsigned char>(ch);
    if (drop[c]) continue;
    out += table.empty() ? ch : table[c];
  }
  if (out == data && is_bytes(args[0])) return same(vm, args[0]);
  return make_like(vm, args[0], out);
}

Result maketrans_impl(VM& vm, CallArgs args, const char* qualname) {
  // A static method: no receiver in args.
  EDGE_TRY(check_no_kwargs(vm, args, qualname));
  if (args.nargs != 2) return vm.raise_fmt(vm.exc.TypeError, "maketrans expected 2 arguments, got {}", args.nargs);
  std::string from = EDGE_TRY(byteslike_arg(vm, args[0]));
  std::string to = EDGE_TRY(byteslike_arg(vm, args[1]));
  if (from.size() != to.size()) return vm.raise(vm.exc.ValueError, "maketrans arguments must have same length");
  std::string table(256, '\0');
  for (int i = 0; i < 256; ++i) table[static_cast<size_t>(i)] = static_cast<char>(i);
  for (size_t i = 0; i < from.size(); ++i) table[static_cast<unsigned char>(from[i])] = to[i];
  return Value::from_object(make_bytes(vm, table));
}

Result b_maketrans(VM& vm, CallArgs args) { return maketrans_impl(vm, args, "bytes.maketrans"); }
Result ba_maketrans(VM& vm, CallArgs args) { return maketrans_impl(vm, args, "bytearray.maketrans"); }

// --- bytearray-only methods ------------------------------------------------------------------------

Result ba_append(VM& vm, CallArgs args) {
  EDGE_TRY(method_one_arg(vm, args, "bytearray.append"));
  uint8_t b = EDGE_TRY(byte_value(vm, args[1]));
  ByteArray* self = as_bytearray(args[0]);
  if (self->bytes.size() == self->bytes.capacity()) vm.heap.note_external_allocation(self->bytes.size() + 1);
  self->bytes.push_back(b);
  return Value::none();
}

Result ba_extend(VM& vm, CallArgs args) {
  EDGE_TRY(method_one_arg(vm, args, "bytearray.extend"));
  Value v = args[1];
  std::string extra;
  if (is_byteslike(v)) {
    extra = std::string(view_of(v));
  } else {
    Type* t = type_of(vm, v);
    if (t->slots.iter == nullptr && t->slots.getitem == nullptr) {
      return vm.raise_fmt(vm.exc.TypeError, "can't extend bytearray with {}", type_name(vm, v));
    }
    EDGE_TRY(extend_from_iterable(vm, v, extra, "byte must be in range(0, 256)"));
  }
  ByteArray* self = as_bytearray(args[0]);
  vm.heap.note_external_allocation(extra.size());
  self->bytes.insert(self->bytes.end(), extra.begin(), extra.end());
  return Value::none();
}

Result ba_insert(VM& vm, CallArgs args) {
  EDGE_TRY(method_positional(vm, args, "bytearray.insert", "insert", 2, 2));
  int64_t i = EDGE_TRY(index_int64(vm, args[1]));
  uint8_t b = EDGE_TRY(byte_value(vm, args[2]));
  ByteArray* self = as_bytearray(args[0]);
  int64_t n = static_cast<int64_t>(self->bytes.size());
  if (i < 0) i = std::max<int64_t>(0, i + n);
  if (i > n) i = n;
  self->bytes.insert(self->bytes.begin() + i, b);
  return Value::none();
}

Result ba_pop(VM& vm, CallArgs args) {
  EDGE_TRY(method_positional(vm, args, "bytearray.pop", "pop", 0, 1));
  int64_t i = args.nargs > 1 ? EDGE_TRY(index_int64(vm, args[1])) : -1;
  ByteArray* self = as_bytearray(args[0]);
  int64_t n = static_cast<int64_t>(self->bytes.size());
  if (n == 0) return vm.raise(vm.exc.IndexError, "pop from empty bytearray");
  if (i < 0) i += n;
  if (i < 0 || i >= n) return vm.raise(vm.exc.IndexError, "pop index out of range");
  uint8_t b = self->bytes[static_cast<size_t>(i)];
  self->bytes.erase(self->bytes.begin() + i);
  return Value::small_int(b);
}

Result ba_remove(VM& vm, CallArgs args) {
  EDGE_TRY(method_one_arg(vm, args, "bytearray.remove"));
  uint8_t b = EDGE_TRY(byte_value(vm, args[1]));
  ByteArray* self = as_bytearray(args[0]);
  auto it = std::find(self->bytes.begin(), self->bytes.end(), b);
  if (it == self->bytes.end()) return vm.raise(vm.exc.ValueError, "value not found in bytearray");
  self->bytes.erase(it);
  return Value::none();
}

Result ba_clear(VM& vm, CallArgs args) {
  EDGE_TRY(method_no_args(vm, args, "bytearray.clear"));
  as_bytearray(args[0])->bytes.clear();
  return Value::none();
}

Result ba_copy(VM& vm, CallArgs args) {
  EDGE_TRY(method_no_args(vm, args, "bytearray.copy"));
  std::string data(view_of(args[0]));
  return Value::from_object(make_bytearray(vm, data));
}

Result ba_reverse(VM& vm, CallArgs args) {
  EDGE_TRY(method_no_args(vm, args, "bytearray.reverse"));
  std::vector<uint8_t>& b = as_bytearray(args[0])->bytes;
  std::reverse(b.begin(), b.end());
  return Value::none();
}

// Methods shared by bytes and bytearray (each type gets its own descriptors).
const NativeMethodDef kSharedMethods[] = {
    {"capitalize", b_capitalize},
    {"center", b_center},
    {"count", b_count},
    {"decode", b_decode},
    {"endswith", b_endswith},
    {"expandtabs", b_expandtabs},
    {"find", b_find},
    {"hex", b_hex},
    {"index", b_index},
    {"isalnum", b_isalnum},
    {"isalpha", b_isalpha},
    {"isascii", b_isascii},
    {"isdigit", b_isdigit},
    {"islower", b_islower},
    {"isspace", b_isspace},
    {"istitle", b_istitle},
    {"isupper", b_isupper},
    {"join", b_join},
    {"ljust", b_ljust},
    {"lower", b_lower},
    {"lstrip", b_lstrip},
    {"partition", b_partition},
    {"removeprefix", b_removeprefix},
    {"removesuffix", b_removesuffix},
    {"replace", b_replace},
    {"rfind", b_rfind},
    {"rindex", b_rindex},
    {"rjust", b_rjust},
    {"rpartition", b_rpartition},
    {"rsplit", b_rsplit},
    {"rstrip", b_rstrip},
    {"split", b_split},
    {"splitlines", b_splitlines},
    {"startswith", b_startswith},
    {"strip", b_strip},
    {"swapcase", b_swapcase},
    {"title", b_title},
    {"translate", b_translate},
    {"upper", b_upper},
    {"zfill", b_zfill},
    {nullptr, nullptr},
};

const NativeMethodDef kByteArrayMethods[] = {
    {"append", ba_append},
    {"clear", ba_clear},
    {"copy", ba_copy},
    {"extend", ba_extend},
    {"insert", ba_insert},
    {"pop", ba_pop},
    {"remove", ba_remove},
    {"reverse", ba_reverse},
    {nullptr, nullptr},
};

const NativeMethodDef kClassMethods[] = {
    {"fromhex", b_fromhex},
    {nullptr, nullptr},
};

const NativeMethodDef kBytesStaticMethods[] = {
    {"maketrans", b_maketrans},
    {nullptr, nullptr},
};

const NativeMethodDef kByteArrayStaticMethods[] = {
    {"maketrans", ba_maketrans},
    {nullptr, nullptr},
};

void install_common(VM& vm, Type* t) {
  t->slots.compare = compare_slot;
  t->slots.length = length_slot;
  t->slots.getitem = getitem_slot;
  t->slots.contains = contains_slot;
  t->slots.iter = iter_slot;
  t->slots.binary[static_cast<int>(BinaryOp::Add)] = add_slot;
  t->slots.binary[static_cast<int>(BinaryOp::Mul)] = mul_slot;
  t->slots.binary[static_cast<int>(BinaryOp::Mod)] = mod_slot;
  add_methods(vm, t, kSharedMethods);
  add_class_methods(vm, t, kClassMethods);
  add_static_methods(vm, t, t == vm.types.bytes ? kBytesStaticMethods : kByteArrayStaticMethods);
}

}  // namespace

void install_bytes_types(VM& vm) {
  Type* b = vm.types.bytes;
  install_common(vm, b);
  b->slots.repr = bytes_repr_slot;
  b->slots.hash = bytes_hash_slot;
  b->slots.construct = bytes_construct;
  b->slots.new_ = bytes_construct;

  Type* ba = vm.types.bytearray;
  install_common(vm, ba);
  ba->slots.repr = bytearray_repr_slot;
  ba->slots.hash = nullptr;
  ba->slots.setitem = bytearray_setitem;
  ba->slots.construct = bytearray_construct;
  ba->slots.new_ = bytearray_new;
  ba->slots.init = bytearray_init;
  ba->slots.inplace[static_cast<int>(BinaryOp::Add)] = bytearray_iadd;
  ba->slots.inplace[static_cast<int>(BinaryOp::Mul)] = bytearray_imul;
  add_methods(vm, ba, kByteArrayMethods);

  Type* it = vm.types.bytes_iterator;
  it->slots.iter = iter_self;
  it->slots.next = iter_next_slot;
}

}  // namespace edge::vm
