# SPDX-License-Identifier: Apache-2.0
"""The one table of trusted facts: every statement about the reals (or about XLA) that a proof
may rest on, beyond plain field arithmetic and Z3's own theories.

Each entry is ``name -> statement``. The smart constructors of ``_ir.Builder``, the lowering
(``_lower.py``, ``_lower_special.py``) and the special-value model (``_special.py``) record the
name of every fact they apply, and certificates quote the statements of those used. A reviewer
reads this file top to bottom to know everything certjax trusts, together with its one
companion table: ``_derivatives.py``, the textbook derivative of every primitive, against
which JAX's own JVP rules (the reference of every obligation) are checked.
"""

FACTS = {
    "exp_log": "exp(log(u)) = u for u > 0",
    "log_exp": "log(exp(a)) = a",
    "log1p_def": "log1p(x) = log(1 + x)",
    "expm1_def": "expm1(x) = exp(x) - 1",
    "logistic_def": "logistic(x) = 1 / (1 + exp(-x))",
    "tanh_def": "tanh(x) = (exp(2x) - 1) / (exp(2x) + 1)",
    "exp2_def": "exp2(x) = exp(x * log(2))",
    "pow_def": "x ** y = exp(y * log(x)) for x > 0",
    "rsqrt_def": "rsqrt(x) = 1 / sqrt(x) for x > 0",
    "sinh_def": "sinh(x) = (exp(x) - exp(-x)) / 2",
    "cosh_def": "cosh(x) = (exp(x) + exp(-x)) / 2",
    "atanh_def": "atanh(x) = (log(1 + x) - log(1 - x)) / 2 for -1 < x < 1",
    "asinh_def": "asinh(x) = log(x + sqrt(x * x + 1))",
    "acosh_def": "acosh(x) = log(x + sqrt(x * x - 1)) for x >= 1",
    "sqrt_def": "sqrt(x) = s with s >= 0 and s * s = x, for x >= 0",
    "exp_pos": "exp(a) > 0",
    "exp_add": "exp(a + b) = exp(a) * exp(b); exp(-a) = 1 / exp(a); exp(0) = 1",
    "exp_root": "exp(a / q) ** q = exp(a) for integer q > 0",
    "exp_sign": "exp(a) > 1 iff a > 0",
    "exp_tangent": "exp(a) >= 1 + a (convexity), and tangent/secant bounds at rational points",
    "exp_monotone": "exp is strictly increasing: exp(a) < exp(b) iff a < b",
    "inf_order": "-inf < x < +inf for every real x; max(x, -inf) = x; min(x, +inf) = x",
    "ieee_nonfinite": "a term is NaN or +-inf exactly where it is undefined over the reals "
    "(log of a non-positive, sqrt of a negative, division by zero, NaN/inf literals), "
    "propagated as IEEE 754 does (NaN + x = NaN, x / 0 = +-inf for x != 0, 0 / 0 = NaN, "
    "log(0) = -inf, exp(-inf) = 0...); where that is not decided, is_finite/isnan/x == x are "
    "left unknown (either value)",
    "pow_real": "x ** y = exp(y * log(x)) for x > 0; 0 ** y = 0 (y > 0), 1 (y = 0), inf (y < 0); "
    "for x < 0: (-1) ** y * (-x) ** y if y is an integer, else NaN (XLA's pow)",
    "xla_int_div": "integer div/rem truncate toward zero: x = div(x, y) * y + rem(x, y), "
    "|rem| < |y|, rem has the sign of x; div(x, 0) = -1, rem(x, 0) = x (XLA)",
    "xla_int_wrap": "fixed-width integer arithmetic wraps: the result is the exact result "
    "modulo 2 ** bits, in the dtype's range (XLA)",
    # special functions (``_lax_special.py`` builds them, ``_lower_special.py`` states them)
    "pi_bounds": "3.14159265358979 < pi < 3.14159265358980",
    "app_function": "f(a) = f(b) whenever a = b, for every special function f",
    "sin_cos_range": "-1 <= sin(a) <= 1 and -1 <= cos(a) <= 1",
    "sin_cos_square": "sin(a)**2 + cos(a)**2 = 1",
    "sin_cos_parity": "sin(-a) = -sin(a), cos(-a) = cos(a); sin(0) = 0, cos(0) = 1",
    "tan_def": "tan(a) = sin(a) / cos(a)",
    "asin_def": "asin(a) in [-pi/2, pi/2] for -1 <= a <= 1, odd, strictly increasing; "
                "acos(a) = pi/2 - asin(a)",
    "atan_def": "atan(a) in (-pi/2, pi/2), odd, strictly increasing",
    "atan2_def": "atan2(y, x) in [-pi, pi]; 0 < atan2(y, x) < pi for y > 0, -pi < atan2(y, x) "
                 "< 0 for y < 0; atan2(0, x) = 0 and |atan2(y, x)| < pi/2 for x > 0",
    "erf_def": "erf(a) in (-1, 1), odd, strictly increasing; erfc(a) = 1 - erf(a)",
    "erf_inv_def": "erf_inv(u) for -1 < u < 1 is the inverse of erf: erf(erf_inv(u)) = u, "
                   "erf_inv(erf(a)) = a; odd, strictly increasing",
    "gamma_poles": "lgamma, digamma and polygamma(m, .) are defined at every real except "
                   "0, -1, -2, ... (nothing else is assumed of them)",
    "special_enclosure": "|f(t) - f(q) - f'(q) (t - q)| <= (t - q)**2 / 2 for f in sin, cos, "
                         "atan, erf (|f''| <= 1) and asin is increasing; f(q), f'(q) at a "
                         "rational q lie within 2**-40 (relative) plus 2**-60 of their float64 "
                         "library values (used to refine spurious models)",
    "floor_def": "floor(a) is the integer k with k <= a < k + 1; ceil(a) = -floor(-a)",
    "float_bits": "the bits of a float read as a signed integer of the same width "
                  "(bitcast_convert_type) lie in that integer's range and are > 0 for a > 0, "
                  "< 0 for a < 0, 0 or the minimum at a = 0 (+0.0, -0.0) (IEEE 754)",
    "reduce_precision_def": "reduce_precision(a) (rounding to fewer exponent and mantissa bits "
                            "than the operand's dtype has) is 0 at 0, never of the opposite "
                            "sign to a, and non-decreasing in a (round to nearest); nothing "
                            "else is assumed of its value",
    "round_def": "round(a) is an integer k with |a - k| <= 1/2",
    "rem_def": "rem(a, b) = a - b * trunc(a / b) for b != 0, trunc(z) the integer k with "
               "|k| <= |z| < |k| + 1 and k * z >= 0",
    "named_constant": "a float literal equal to the rounding of a named constant (pi, "
                      "sqrt(2), 2/sqrt(pi), log(2), ...) in its dtype, or to its formula "
                      "computed in that dtype from the rounding of pi (2 / jnp.sqrt(jnp.pi) in "
                      "float32), is read as that constant",
    # the float model of obligation 'finite' (``_float_model.py``); eps, max and the smallest
    # normal are each dtype's (float16: 2**-10, 65504, 2**-14; bfloat16: 2**-7, 3.39e38,
    # 2**-126; float32: 2**-23, 3.4028235e38, 2**-126; float64: 2**-52, 1.80e308, 2**-1022)
    "float_range": "a correctly rounded float operation whose real result r (from the "
                   "operands' values) has |r| <= max is finite, |r| > max (1 + 4 eps) is "
                   "+-inf (either in between); it may be 0 or tiny (flushed) where |r| < smallest "
                   "normal (1 + 4 eps), and is 0 where r = 0; a conversion to a narrower "
                   "dtype likewise, in that dtype",
    "float_ieee": "IEEE 754 special values: NaN propagates through arithmetic (a comparison "
                  "with it is false, but !=); inf - inf, 0 * inf, 0 / 0, inf / inf, log or "
                  "sqrt of a negative are NaN; x / 0 = +-inf (x != 0), x / inf = 0; "
                  "log(0) = -inf; exp(-inf) = 0, exp(+inf) = inf; max(-inf, x) = x; "
                  "x ** y (XLA's pow) is 0, 1, inf at x = 0 for y > 0, = 0, < 0",
    "float_cancellation": "a float sum a + b may round to 0 or either sign where "
                          "(a + b)**2 <= 2 (4 eps)**2 (a**2 + b**2); a sum of k terms in any "
                          "order overflows only if some partial sum (the sum of a subset of "
                          "at least two terms) reaches max (1 - 4 eps) in magnitude, which "
                          "implies k * sum(x_i**2) >= (max (1 - 4 eps))**2",
    "float_functions": "XLA's exp(a) (expm1, exp2) is finite where a < log(max) - 4 eps "
                       "max(1, log max) or exp(a) < max (1 - 4 eps), and "
                       "may be 0 only for a <= log(smallest normal) + 4 eps |log tiny|; log, "
                       "log1p, expm1 are exact at 1, 0, 0; logistic, tanh, erf, erfc, atan, "
                       "sin, cos are finite at every finite argument (logistic(+-inf) = 1, 0; "
                       "tanh(+-inf) = +-1; erfc(x) may be 0 only for x**2 >= -log(tiny) - "
                       "2 log(2 sqrt(-log tiny) + 4)); cosh and sinh are finite where |a| < "
                       "log(2 max) - 32 eps max(1, log max) and infinite where |a| > log(2 max) "
                       "+ 32 eps max(1, log max) (sinh with a's sign), cosh never 0; asinh is "
                       "finite at every finite argument; sinh and asinh may be 0 only where "
                       "a may be or their value is below the smallest normal (1 + 4 eps)",
    # loops, indexing, ordering, linear algebra (``_lax_loops.py`` ... ``_lax_linalg.py``)
    "platform_any": "lax.platform_dependent's platform_index is one of 0 .. len(platforms) - 1 "
                    "(which one depends on the platform that runs): each is possible, so "
                    "every branch of its cond is proved",
    "loop_unrolled": "scan runs its body once per element of xs, in order (reverse: from the "
                     "last), threading the carries; a while loop whose predicate is fixed at "
                     "trace time runs exactly the iterations that predicate allows (XLA)",
    "xla_gather_modes": "out-of-range gather/scatter indices (GatherScatterMode): gather with "
                        "CLIP or PROMISE_IN_BOUNDS clamps each start index into [0, dim - "
                        "slice_size]; gather with FILL_OR_DROP fills a window with any start "
                        "outside that range; scatter with CLIP clamps, with FILL_OR_DROP or "
                        "PROMISE_IN_BOUNDS drops a window not wholly in range; a scatter "
                        "(replace) with two updates on one element may keep either (XLA)",
    "xla_sort_order": "sort orders lexicographically by its num_keys keys, a stable sort keeping "
                      "equal keys in their order (an unstable one: either order); top_k gives the "
                      "k largest, descending, the lower index first among equals (XLA); -0.0 "
                      "and +0.0 tie",
    "xla_linalg": "triangular_solve reads only the triangle `lower` names (not the diagonal "
                  "if unit_diagonal) and returns the solution of op(a) x = b (x op(a) = b); "
                  "cholesky reads the lower triangle and returns l with l l^T = a, l lower "
                  "with positive diagonal, NaN everywhere where a is not positive definite, "
                  "its strict upper triangle unspecified (XLA/LAPACK as JAX lowers them)",
}
