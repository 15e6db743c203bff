// Gamma and log-gamma by the Lanczos approximation with g = 6.0246800407767296 and 13
// terms (the published coefficients of Godfrey's/Boost's choice, which CPython uses).
// Why not libm: tgamma/lgamma differ between C libraries (and musl/emscripten's differ
// from glibc's), while CPython's own formula is the oracle for our tests.
#include "vm/modules/math_gamma.h"

#include <cmath>
#include <cstddef>

namespace edge::vm {
namespace {

constexpr double kPi = 3.141592653589793238462643383279502884197;
constexpr double kLogPi = 1.144729885849400174143427351353058711647;

constexpr double kLanczosG = 6.024680040776729583740234375;
constexpr double kLanczosGMinusHalf = 5.524680040776729583740234375;
constexpr size_t kLanczosN = 13;

// Numerator coefficients of the rational function; the denominator is the expansion of
// x (x+1) ... (x+11), so the sum can be evaluated as one ratio of polynomials.
constexpr double kNumerator[kLanczosN] = {
    23531376880.410759688572007674451636754734846804940,
    42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843,
    17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708,
    1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801,
    31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768,
    186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024,
    210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408,
};
constexpr double kDenominator[kLanczosN] = {
    0.0,        39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0, 13339535.0,
    2637558.0,  357423.0,   32670.0,     1925.0,      66.0,        1.0,
};

// Gamma of the positive integers 1..23 is exact in a double; return it exactly.
constexpr size_t kExactGammaIntegers = 23;
constexpr double kFactorials[kExactGammaIntegers] = {
    1.0, 1.0, 2.0, 6.0, 24.0, 120.0, 720.0, 5040.0, 40320.0, 362880.0, 3628800.0,
    39916800.0, 479001600.0, 6227020800.0, 87178291200.0, 1307674368000.0,
    20922789888000.0, 355687428096000.0, 6402373705728000.0, 121645100408832000.0,
    2432902008176640000.0, 51090942171709440000.0, 1124000727777607680000.0,
};

// The rational sum, evaluated in x for small x and in 1/x for large x so that neither
// polynomial overflows.
double lanczos_sum(double x) {
  double num = 0.0;
  double den = 0.0;
  if (x < 5.0) {
    for (size_t i = kLanczosN; i-- > 0;) {
      num = num * x + kNumerator[i];
      den = den * x + kDenominator[i];
    }
  } else {
    for (size_t i = 0; i < kLanczosN; ++i) {
      num = num / x + kNumerator[i];
      den = den / x + kDenominator[i];
    }
  }
  return num / den;
}

// sin(pi * x), exact at the multiples of 1/2 where sin(kPi * x) would be off by a little.
double sin_pi(double x) {
  double y = std::fmod(std::fabs(x), 2.0);
  int quarter = static_cast<int>(std::round(2.0 * y));
  double r = 0.0;
  switch (quarter) {
    case 0: r = std::sin(kPi * y); break;
    case 1: r = std::cos(kPi * (y - 0.5)); break;
    case 2: r = std::sin(kPi * (1.0 - y)); break;
    case 3: r = -std::cos(kPi * (y - 1.5)); break;
    default: r = std::sin(kPi * (y - 2.0)); break;
  }
  return std::copysign(1.0, x) * r;
}

GammaResult ok(double v) { return {v, GammaError::None}; }
GammaResult domain() { return {0.0, GammaError::Domain}; }
GammaResult range() { return {0.0, GammaError::Range}; }

}  // namespace

GammaResult lanczos_gamma(double x) {
  if (!std::isfinite(x)) {
    if (std::isnan(x) || x > 0) return ok(x);
    return domain();  // gamma(-inf)
  }
  if (x == 0.0) return domain();
  if (x == std::floor(x)) {
    if (x < 0.0) return domain();
    if (x <= static_cast<double>(kExactGammaIntegers)) return ok(kFactorials[static_cast<size_t>(x) - 1]);
  }
  double absx = std::fabs(x);
  if (absx < 1e-20) {
    double r = 1.0 / x;
    return std::isinf(r) ? range() : ok(r);
  }
  if (absx > 200.0) {
    if (x < 0.0) return ok(0.0 / sin_pi(x));  // underflows to a signed zero
    return range();
  }

  double y = absx + kLanczosGMinusHalf;
  // z is the rounding error of y, recovered so it can correct the result below.
  double q = 0.0;
  double z = 0.0;
  if (absx > kLanczosGMinusHalf) {
    q = y - absx;
    z = q - kLanczosGMinusHalf;
  } else {
    q = y - kLanczosGMinusHalf;
    z = q - absx;
  }
  z = z * kLanczosG / y;

  double r = 0.0;
  if (x < 0.0) {
    r = -kPi / sin_pi(absx) / absx * std::exp(y) / lanczos_sum(absx);
    r -= z * r;
    if (absx < 140.0) {
      r /= std::pow(y, absx - 0.5);
    } else {  // split the power so it does not overflow before the division
      double half_power = std::pow(y, absx / 2.0 - 0.25);
      r /= half_power;
      r /= half_power;
    }
  } else {
    r = lanczos_sum(absx) / std::exp(y);
    r += z * r;
    if (absx < 140.0) {
      r *= std::pow(y, absx - 0.5);
    } else {
      double half_power = std::pow(y, absx / 2.0 - 0.25);
      r *= half_power;
      r *= half_power;
    }
  }
  return std::isinf(r) ? range() : ok(r);
}

GammaResult lanczos_lgamma(double x) {
  if (!std::isfinite(x)) return ok(std::isnan(x) ? x : HUGE_VAL);
  if (x == std::floor(x) && x <= 2.0) {
    if (x <= 0.0) return domain();  // a pole of gamma
    return ok(0.0);                 // lgamma(1) == lgamma(2) == 0 exactly
  }
  double absx = std::fabs(x);
  if (absx < 1e-20) return ok(-std::log(absx));

  double r = std::log(lanczos_sum(absx)) - kLanczosG;
  r += (absx - 0.5) * (std::log(absx + kLanczosG - 0.5) - 1.0);
  if (x < 0.0) r = kLogPi - std::log(std::fabs(sin_pi(absx))) - std::log(absx) - r;
  return std::isinf(r) ? range() : ok(r);
}

}  // namespace edge::vm
