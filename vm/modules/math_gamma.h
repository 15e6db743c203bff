// math.gamma and math.lgamma, computed the way CPython 3.11 computes them (a Lanczos
// approximation rather than the C library's tgamma/lgamma) so results match to the bit.
// Pure functions of a double: the error, if any, is reported in the result and turned
// into a Python exception by vm/modules/math.cpp.
#pragma once

namespace edge::vm {

enum class GammaError { None, Domain, Range };

struct GammaResult {
  double value;
  GammaError error;
};

GammaResult lanczos_gamma(double x);
GammaResult lanczos_lgamma(double x);

}  // namespace edge::vm
