// int: arbitrary precision. Values in [Value::kSmallIntMin, Value::kSmallIntMax] are
// stored inline in the Value; larger ones are Int objects holding a BigInt. Every
// operation returns the canonical form (a small int whenever the result fits), so
// "is this int small" never depends on how the value was computed.
//
// bool is a subclass of int: True and False take part in int arithmetic as 1 and 0.
#pragma once

#include <string>

#include "vm/bigint.h"
#include "vm/object.h"

namespace edge::vm {

struct Int : Object {
  BigInt value;
  Int(Type* t, BigInt v) : Object(t, ObjectKind::Int), value(std::move(v)) {}
  void trace(Tracer&) const {}
};

inline bool is_big_int(Value v) { return is_kind(v, ObjectKind::Int); }
// An int in the Python sense: small int, big int or bool (user int subclasses too).
inline bool is_int(Value v) { return v.is_small_int() || v.is_bool() || is_big_int(v); }

Value make_int(VM& vm, int64_t v);
Value make_int(VM& vm, const BigInt& v);
Value make_int(VM& vm, BigInt&& v);
// Precondition: is_int(v).
BigInt int_to_bigint(Value v);
// Fits in int64? (bool and small ints always do.)
bool int_fits_int64(Value v, int64_t& out);
// For indices, counts and the like: OverflowError "Python int too large to convert to
// C ssize_t" when it does not fit (the message CPython uses).
Fallible<int64_t> int_to_int64(VM& vm, Value v);
int int_sign(Value v);
std::string int_to_string(Value v, int base = 10);
// str(int) with CPython 3.11's 4300-digit limit for huge values (ValueError).
Result int_to_decimal_str(VM& vm, Value v);
int64_t int_hash(Value v);
// Exact comparison of an int with a double (Python compares int/float exactly).
int int_compare_double(Value i, double d);
// Exact, correctly rounded int -> float; OverflowError on overflow.
Fallible<double> int_to_double(VM& vm, Value v);

// Operators on ints (both operands ints, bools included). Division by zero and the
// other errors are raised with CPython's messages.
Result int_binary(VM& vm, BinaryOp op, Value a, Value b);
int int_compare(Value a, Value b);
Result int_divmod(VM& vm, Value a, Value b);          // divmod() for ints
Result int_pow_mod(VM& vm, Value a, Value b, Value m);  // pow(a, b, m)

// Python's int(x) conversion from str/bytes text in `base` (0 = prefix detection).
Result int_from_text(VM& vm, std::string_view text, int base, Value original);

void install_int_type(VM& vm);
void install_bool_type(VM& vm);

}  // namespace edge::vm
