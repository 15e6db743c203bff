// float: IEEE double, always stored inline in the Value (never allocated). This file
// declares the numeric helpers shared by int, float and the builtins.
#pragma once

#include "vm/object.h"

namespace edge::vm {

inline bool is_float(Value v) { return v.is_float(); }

// Python's hash of a float (equal to the int hash for integral values, so
// hash(1.0) == hash(1)).
int64_t float_hash(double d);
// Converts an int or float operand to double for mixed arithmetic; false if `v` is
// neither. OverflowError for ints too large.
Fallible<bool> to_double_operand(VM& vm, Value v, double& out);
Result float_binary(VM& vm, BinaryOp op, Value a, Value b);
Result float_from_value(VM& vm, Value v);  // float(x)
// int(d) truncated toward zero, with int()'s errors for infinities and NaN.
Result float_to_int(VM& vm, double d);
// Python's float floor-division/modulo pair (sign of the divisor, like CPython).
void float_divmod(double a, double b, double& div, double& mod);

void install_float_type(VM& vm);

}  // namespace edge::vm
