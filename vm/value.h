// Value: the 8-byte handle every Python value travels in. This is the ONLY file that
// knows its bit layout; everything else uses the accessors below.
//
// Encoding (NaN boxing). A double is stored as its own bits. Every other value hides in
// the quiet-NaN space that real arithmetic never produces, because float results are
// canonicalised: any NaN becomes 0x7FF8'0000'0000'0000 on the way in (from_float).
//
//   bits 63..48            meaning                       payload (bits 47..0 / 49..0)
//   0x7FFC                 pointer to a heap Object      48-bit address (never null)
//   0x7FFD                 special constant              0 null, 1 None, 2 False,
//                                                        3 True, 4 exception marker
//   0xFFFC..0xFFFF         small int                     50-bit two's complement
//   anything else          a double
//
// Why this shape: it is 8 bytes on wasm32 and on 64-bit hosts alike (pointers there fit
// in 48 bits), ints up to ±2^49 never touch the heap, floats never allocate, and
// type tests are one mask-and-compare. Ints outside the small range are heap objects
// (vm/types/int.h) holding a BigInt.
//
// "null" is not a Python value: it marks an unbound local, an empty slot or a missing
// result. The exception marker is not a Python value either: a Result holding it means
// "an exception is pending on the VM" (vm/status.h).
#pragma once

#include <cstdint>
#include <cstring>

namespace edge::vm {

struct Object;

class Value {
 public:
  // Smallest and largest int stored inline.
  static constexpr int64_t kSmallIntMin = -(int64_t{1} << 49);
  static constexpr int64_t kSmallIntMax = (int64_t{1} << 49) - 1;

  constexpr Value() : bits_(kNullBits) {}

  static constexpr Value null() { return Value(kNullBits); }
  static constexpr Value none() { return Value(kNoneBits); }
  static constexpr Value boolean(bool b) { return Value(b ? kTrueBits : kFalseBits); }
  static constexpr Value exception_marker() { return Value(kExceptionBits); }

  static bool fits_small_int(int64_t v) { return v >= kSmallIntMin && v <= kSmallIntMax; }
  // Precondition: fits_small_int(v). Use vm/types/int.h make_int() for any int64.
  static Value small_int(int64_t v) { return Value(kSmallIntTag | (static_cast<uint64_t>(v) & kSmallIntPayload)); }

  static Value from_float(double d) {
    if (d != d) return Value(kCanonicalNaN);
    uint64_t bits;
    std::memcpy(&bits, &d, sizeof bits);
    return Value(bits);
  }

  static Value from_object(const Object* o) {
    return Value(kObjectTag | static_cast<uint64_t>(reinterpret_cast<uintptr_t>(o)));
  }

  // --- tests ------------------------------------------------------------------------
  bool is_null() const { return bits_ == kNullBits; }
  bool is_none() const { return bits_ == kNoneBits; }
  bool is_bool() const { return (bits_ | 1) == kTrueBits; }
  bool is_true() const { return bits_ == kTrueBits; }
  bool is_false() const { return bits_ == kFalseBits; }
  bool is_exception_marker() const { return bits_ == kExceptionBits; }
  bool is_small_int() const { return (bits_ >> 50) == (kSmallIntTag >> 50); }
  bool is_float() const { return (bits_ & kBoxMask) != kBoxMask; }
  bool is_object() const { return (bits_ >> 48) == (kObjectTag >> 48); }

  // --- payloads (preconditions: the matching test holds) ---------------------------
  int64_t as_small_int() const { return static_cast<int64_t>(bits_ << 14) >> 14; }
  bool as_bool() const { return bits_ == kTrueBits; }
  double as_float() const {
    double d;
    std::memcpy(&d, &bits_, sizeof d);
    return d;
  }
  Object* as_object() const { return reinterpret_cast<Object*>(static_cast<uintptr_t>(bits_ & kPointerPayload)); }

  // `is`: identity. Equal floats and equal small ints are identical, which CPython
  // does not promise either way, so programs cannot rely on the difference.
  bool is(Value other) const { return bits_ == other.bits_; }
  bool operator==(Value other) const = delete;  // say `is` or use Python equality

  // A stable number for id() and identity hashing.
  uint64_t identity_bits() const { return bits_; }

 private:
  explicit constexpr Value(uint64_t bits) : bits_(bits) {}

  static constexpr uint64_t kBoxMask = 0x7FFC'0000'0000'0000;
  static constexpr uint64_t kObjectTag = 0x7FFC'0000'0000'0000;
  static constexpr uint64_t kSpecialTag = 0x7FFD'0000'0000'0000;
  static constexpr uint64_t kSmallIntTag = 0xFFFC'0000'0000'0000;
  static constexpr uint64_t kPointerPayload = 0x0000'FFFF'FFFF'FFFF;
  static constexpr uint64_t kSmallIntPayload = 0x0003'FFFF'FFFF'FFFF;
  static constexpr uint64_t kCanonicalNaN = 0x7FF8'0000'0000'0000;

  static constexpr uint64_t kNullBits = kSpecialTag | 0;
  static constexpr uint64_t kNoneBits = kSpecialTag | 1;
  static constexpr uint64_t kFalseBits = kSpecialTag | 2;
  static constexpr uint64_t kTrueBits = kSpecialTag | 3;
  static constexpr uint64_t kExceptionBits = kSpecialTag | 4;

  uint64_t bits_;
};

static_assert(sizeof(Value) == 8);

}  // namespace edge::vm
