# SPDX-License-Identifier: Apache-2.0
"""The acceptance corpus of issue 2: correct rules and mutants of them, as data.

Every :class:`Case` is one rule (a primal with its ``fwd``/``bwd`` or its ``jvp``) plus the
arguments certjax needs (``signature``, ``assume``, ``nondiff_argnums``) and ``x0``, a fixed
default point inside the domain used by ``benchmarks/check_grads_vs_certjax.py``.
``CORRECT`` must all be proved; ``MUTANTS`` (each a copy of a correct case with one part
broken) must all be refuted. ``fwd`` functions call the *plain* primal, so the same case can
be given to ``jax.custom_vjp`` and to ``certjax.custom_vjp``.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any

import jax
import jax.numpy as jnp
import numpy as np

f32 = np.float32


def S(*shape: int) -> jax.ShapeDtypeStruct:
    return jax.ShapeDtypeStruct(shape, f32)


@dataclasses.dataclass(frozen=True)
class Case:
    """One rule of the corpus (see the module docstring)."""

    id: str
    fun: Callable
    fwd: Callable | None = None
    bwd: Callable | None = None
    jvp: Callable | None = None
    signature: tuple[Any, ...] | None = None
    assume: Callable | None = None
    nondiff_argnums: tuple[int, ...] = ()
    x0: tuple[Any, ...] | None = None
    # mutants only: the obligation expected to fail ("fwd", "vjp", "primal", "jvp", "defined")
    breaks: str | None = None

    @property
    def kind(self) -> str:
        return "jvp" if self.jvp is not None else "vjp"

    def default_point(self) -> tuple[np.ndarray, ...]:
        if self.x0 is not None:
            return tuple(np.asarray(a, f32) for a in self.x0)
        sig = self.signature or [S()] * _nargs(self.fun)
        return tuple(np.full(s.shape, 0.5, f32) for s in sig)


def _nargs(fn: Callable) -> int:
    import inspect

    return len(inspect.signature(fn).parameters)


def mutant(base: Case, id: str, breaks: str, **changes: Any) -> Case:
    return dataclasses.replace(base, id=f"{base.id}-{id}", breaks=breaks, **changes)


def sigmoid(x):
    return jax.nn.sigmoid(x)


# =========================================================================================
# primals
# =========================================================================================
def softplus(x):
    return jnp.logaddexp(x, 0.0)


def log_sigmoid(x):
    return -jnp.logaddexp(-x, 0.0)


def logsumexp(x):
    m = jnp.max(x)
    return m + jnp.log(jnp.sum(jnp.exp(x - m)))


def sigmoid_xent(x, z):
    # the numerically stable form of -z log s(x) - (1-z) log(1-s(x))
    return jnp.maximum(x, 0.0) - x * z + jnp.log1p(jnp.exp(-jnp.abs(x)))


def softmax_xent(logits, labels):
    return -jnp.sum(labels * jax.nn.log_softmax(logits))


def reparam(mu, sigma, eps):
    return mu + sigma * eps


def log1mexp(x):
    # Maechler (2012): log(1 - exp(x)) for x < 0
    return jnp.where(x > -0.6931472, jnp.log(-jnp.expm1(x)), jnp.log1p(-jnp.exp(x)))


def logaddexp(a, b):
    return jnp.logaddexp(a, b)


def relu(x):
    return jnp.maximum(x, 0.0)


def abs_(x):
    return jnp.abs(x)


def sqrt(x):
    return jnp.sqrt(x)


def tanh(x):
    return jnp.tanh(x)


def mlp(W, x, b):
    return jnp.sum(jnp.tanh(W @ x + b))


def huber(delta, x):
    return jnp.where(jnp.abs(x) <= delta, 0.5 * x * x, delta * (jnp.abs(x) - 0.5 * delta))


def scaled_softplus(beta, x):
    return jnp.logaddexp(beta * x, 0.0) / beta


def pow25(x):
    return x**2.5


def expm1(x):
    return jnp.expm1(x)


def rsqrt(x):
    return jax.lax.rsqrt(x)


def exp2(x):
    return jnp.exp2(x)


def safe_norm(x):
    return jnp.sqrt(jnp.sum(x * x))


def logit(p):
    return jnp.log(p / (1.0 - p))


def mean(x):
    return jnp.mean(x)


def variance(x):
    return jnp.mean((x - jnp.mean(x)) ** 2)


def sigmoid_(x):
    return jax.nn.sigmoid(x)


def log_(x):
    return jnp.log(x)


def square(x):
    return x * x


def leaky_relu(x):
    return jnp.where(x > 0, x, 0.01 * x)


def elu(x):
    return jnp.where(x > 0, x, jnp.expm1(x))


def softsign(x):
    return x / (1.0 + jnp.abs(x))


def silu(x):
    return x * jax.nn.sigmoid(x)


def softmax(x):
    e = jnp.exp(x - jnp.max(x))
    return e / jnp.sum(e)


def log_softmax(x):
    return jax.nn.log_softmax(x)


def prod_sum(x, y):
    return x * y, x + y


def third(x):
    return x / 3.0


def gelu(x):
    return jax.nn.gelu(x, approximate=True)


def _gelu_grad(x, cubic=3.0):
    # 3.0 * (0.044715 * x * x), not 0.134145 * x * x: Python would fold 3 * 0.044715 into a
    # float whose simplest rational is not 3 * (that of 0.044715), and the proof is over the
    # reals (the rule then ends 'unproved', never 'proved')
    c = np.sqrt(2.0 / np.pi)
    t = jnp.tanh(c * (x + 0.044715 * x**3))
    return 0.5 * (1.0 + t) + 0.5 * x * (1.0 - t * t) * c * (1.0 + cubic * (0.044715 * x * x))


def logcosh(x):
    return jnp.logaddexp(x, -x) - jnp.log(2.0)


# =========================================================================================
# correct rules
# =========================================================================================
C: dict[str, Case] = {}


def _add(case: Case) -> Case:
    assert case.id not in C, case.id
    C[case.id] = case
    return case


_add(Case("softplus", softplus, lambda x: (softplus(x), x),
          lambda x, g: (g * sigmoid(x),)))
_add(Case("log_sigmoid", log_sigmoid, lambda x: (log_sigmoid(x), x),
          lambda x, g: (g * sigmoid(-x),)))
_add(Case("logsumexp3", logsumexp, lambda x: (logsumexp(x), (x, logsumexp(x))),
          lambda r, g: (g * jnp.exp(r[0] - r[1]),), signature=(S(3),),
          x0=([0.5, -1.0, 2.0],)))
_add(Case("sigmoid_xent", sigmoid_xent, lambda x, z: (sigmoid_xent(x, z), (x, z)),
          lambda r, g: (g * (sigmoid(r[0]) - r[1]), -g * r[0])))
_add(Case("softmax_xent3", softmax_xent,
          lambda lo, la: (softmax_xent(lo, la), (lo, la)),
          lambda r, g: (g * (jax.nn.softmax(r[0]) * jnp.sum(r[1]) - r[1]),
                        -g * jax.nn.log_softmax(r[0])),
          signature=(S(3), S(3)), x0=([0.5, -1.0, 2.0], [0.2, 0.3, 0.5])))
_add(Case("reparam_normal", reparam, lambda mu, s, e: (reparam(mu, s, e), (s, e)),
          lambda r, g: (g, g * r[1], g * r[0]), assume=lambda mu, sigma, eps: sigma > 0))
_add(Case("log1mexp", log1mexp, lambda x: (log1mexp(x), x),
          lambda x, g: (-g / jnp.expm1(-x),), assume=lambda x: x < 0, x0=(-0.5,)))
_add(Case("logaddexp", logaddexp, lambda a, b: (logaddexp(a, b), (a, b)),
          lambda r, g: (g * sigmoid(r[0] - r[1]), g * sigmoid(r[1] - r[0]))))
_add(Case("relu", relu, lambda x: (relu(x), x),
          lambda x, g: (jnp.where(x > 0, g, 0.0),)))
_add(Case("abs", abs_, lambda x: (abs_(x), x), lambda x, g: (g * jnp.sign(x),)))
_add(Case("sqrt", sqrt, lambda x: (sqrt(x), sqrt(x)), lambda s, g: (0.5 * g / s,),
          assume=lambda x: x > 0))
_add(Case("tanh", tanh, lambda x: (tanh(x), tanh(x)), lambda y, g: (g * (1 - y * y),)))


def _mlp_fwd(W, x, b):
    t = jnp.tanh(W @ x + b)
    return jnp.sum(t), (W, x, t)


def _mlp_bwd(r, g):
    W, x, t = r
    d = g * (1.0 - t * t)
    return jnp.outer(d, x), W.T @ d, d


_add(Case("mlp_layer", mlp, _mlp_fwd, _mlp_bwd, signature=(S(2, 3), S(3), S(2))))
_add(Case("huber_nondiff", huber, lambda d, x: (huber(d, x), x),
          lambda d, x, g: (g * jnp.clip(x, -d, d),), nondiff_argnums=(0,),
          assume=lambda d, x: d > 0, x0=(1.0, 0.5)))
_add(Case("scaled_softplus_nondiff", scaled_softplus,
          lambda beta, x: (scaled_softplus(beta, x), x),
          lambda beta, x, g: (g * sigmoid(beta * x),), nondiff_argnums=(0,),
          assume=lambda beta, x: beta > 0, x0=(2.0, 0.5)))
_add(Case("pow2.5", pow25, lambda x: (pow25(x), x), lambda x, g: (2.5 * g * x**1.5,),
          assume=lambda x: x > 0))
_add(Case("expm1", expm1, lambda x: (expm1(x), x), lambda x, g: (g * jnp.exp(x),)))
_add(Case("rsqrt", rsqrt, lambda x: (rsqrt(x), (x, rsqrt(x))),
          lambda r, g: (-0.5 * g * r[1] / r[0],), assume=lambda x: x > 0))
_add(Case("exp2", exp2, lambda x: (exp2(x), exp2(x)),
          lambda y, g: (g * y * jnp.log(2.0),)))
_add(Case("safe_norm3", safe_norm, lambda x: (safe_norm(x), (x, safe_norm(x))),
          lambda r, g: (g * r[0] / r[1],), signature=(S(3),),
          assume=lambda x: jnp.sum(x * x) > 0))
_add(Case("logit", logit, lambda p: (logit(p), p), lambda p, g: (g / (p * (1.0 - p)),),
          assume=lambda p: (p > 0) & (p < 1)))
_add(Case("mean3", mean, lambda x: (mean(x), None), lambda r, g: (jnp.full(3, g / 3.0),),
          signature=(S(3),)))
_add(Case("variance3", variance, lambda x: (variance(x), x),
          lambda x, g: (g * 2.0 * (x - jnp.mean(x)) / 3.0,), signature=(S(3),),
          x0=([0.5, -1.0, 2.0],)))
_add(Case("sigmoid", sigmoid_, lambda x: (sigmoid_(x), sigmoid_(x)),
          lambda s, g: (g * s * (1.0 - s),)))
_add(Case("log", log_, lambda x: (log_(x), x), lambda x, g: (g / x,), assume=lambda x: x > 0))
_add(Case("square", square, lambda x: (square(x), x), lambda x, g: (2.0 * g * x,)))
_add(Case("leaky_relu", leaky_relu, lambda x: (leaky_relu(x), x),
          lambda x, g: (jnp.where(x > 0, g, 0.01 * g),)))
_add(Case("elu", elu, lambda x: (elu(x), x),
          lambda x, g: (jnp.where(x > 0, g, g * jnp.exp(x)),)))
_add(Case("softsign", softsign, lambda x: (softsign(x), x),
          lambda x, g: (g / (1.0 + jnp.abs(x)) ** 2,)))
_add(Case("silu", silu, lambda x: (silu(x), x),
          lambda x, g: (g * (sigmoid(x) * (1.0 + x * (1.0 - sigmoid(x)))),)))
_add(Case("softmax3", softmax, lambda x: (softmax(x), softmax(x)),
          lambda s, g: (s * (g - jnp.sum(g * s)),), signature=(S(3),),
          x0=([0.5, -1.0, 2.0],)))
_add(Case("log_softmax3", log_softmax, lambda x: (log_softmax(x), jax.nn.softmax(x)),
          lambda s, g: (g - s * jnp.sum(g),), signature=(S(3),), x0=([0.5, -1.0, 2.0],)))
_add(Case("two_outputs", prod_sum, lambda x, y: (prod_sum(x, y), (x, y)),
          lambda r, g: (g[0] * r[1] + g[1], g[0] * r[0] + g[1])))
# float32 literals are read as the simplest rational rounding to them: 0.33333334 is 1/3
_add(Case("third_literal", third, lambda x: (third(x), None),
          lambda r, g: (g * 0.33333334,)))
_add(Case("gelu_tanh", gelu, lambda x: (gelu(x), x), lambda x, g: (g * _gelu_grad(x),)))
_add(Case("logcosh", logcosh, lambda x: (logcosh(x), x), lambda x, g: (g * jnp.tanh(x),)))


# -- JVP rules ----------------------------------------------------------------------------
def _jvp1(name: str, fun: Callable, deriv: Callable, **kw: Any) -> Case:
    def rule(primals, tangents):
        (x,), (t,) = primals, tangents
        return fun(x), deriv(x) * t

    rule.__name__ = f"{name}_jvp"
    return Case(name, fun, jvp=rule, **kw)


_add(_jvp1("jvp_softplus", softplus, sigmoid))
_add(_jvp1("jvp_tanh", tanh, lambda x: 1.0 - jnp.tanh(x) ** 2))
_add(_jvp1("jvp_sigmoid", sigmoid_, lambda x: sigmoid(x) * sigmoid(-x)))
_add(_jvp1("jvp_relu", relu, lambda x: jnp.where(x > 0, 1.0, 0.0)))
_add(_jvp1("jvp_sqrt", sqrt, lambda x: 0.5 * jax.lax.rsqrt(x), assume=lambda x: x > 0))
_add(_jvp1("jvp_log_sigmoid", log_sigmoid, lambda x: sigmoid(-x)))


def _lse_jvp(primals, tangents):
    (x,), (t,) = primals, tangents
    y = logsumexp(x)
    return y, jnp.sum(jnp.exp(x - y) * t)


_add(Case("jvp_logsumexp3", logsumexp, jvp=_lse_jvp, signature=(S(3),),
          x0=([0.5, -1.0, 2.0],)))


def _lae_jvp(primals, tangents):
    (a, b), (ta, tb) = primals, tangents
    return logaddexp(a, b), ta * sigmoid(a - b) + tb * sigmoid(b - a)


_add(Case("jvp_logaddexp", logaddexp, jvp=_lae_jvp))


def _huber_jvp(delta, primals, tangents):
    (x,), (t,) = primals, tangents
    return huber(delta, x), jnp.clip(x, -delta, delta) * t


_add(Case("jvp_huber_nondiff", huber, jvp=_huber_jvp, nondiff_argnums=(0,),
          assume=lambda d, x: d > 0, x0=(1.0, 0.5)))

CORRECT: list[Case] = list(C.values())


# =========================================================================================
# mutants: one part of a correct rule broken
# =========================================================================================
def _jvp_mut(base: str, id: str, deriv: Callable, *, value: Callable | None = None) -> Case:
    b = C[base]

    def rule(primals, tangents):
        (x,), (t,) = primals, tangents
        return (value or b.fun)(x), deriv(x) * t

    rule.__name__ = f"{base}_jvp"
    return mutant(b, id, "primal" if value else "jvp", jvp=rule)


M: list[Case] = [
    # softplus
    mutant(C["softplus"], "sign_flip", "vjp", bwd=lambda x, g: (g * sigmoid(-x),)),
    mutant(C["softplus"], "exp_for_sigmoid", "vjp", bwd=lambda x, g: (g * jnp.exp(x),)),
    mutant(C["softplus"], "factor2", "vjp", bwd=lambda x, g: (2.0 * g * sigmoid(x),)),
    mutant(C["softplus"], "far_from_0", "vjp",
           bwd=lambda x, g: (jnp.where(x > 5.0, g, g * sigmoid(x)),)),
    mutant(C["softplus"], "drop_g", "vjp", bwd=lambda x, g: (sigmoid(x),)),
    mutant(C["softplus"], "wrong_fwd", "fwd", fwd=lambda x: (jnp.log1p(x * x), x)),
    mutant(C["softplus"], "fwd_relu", "fwd", fwd=lambda x: (jnp.maximum(x, 0.0), x)),
    # log-sigmoid
    mutant(C["log_sigmoid"], "sign_flip", "vjp", bwd=lambda x, g: (g * sigmoid(x),)),
    mutant(C["log_sigmoid"], "neg_grad", "vjp", bwd=lambda x, g: (-g * sigmoid(-x),)),
    mutant(C["log_sigmoid"], "wrong_x_lt_m5", "vjp",
           bwd=lambda x, g: (jnp.where(x < -5.0, -g * x, g * sigmoid(-x)),)),
    # logsumexp
    mutant(C["logsumexp3"], "no_normaliser", "vjp", bwd=lambda r, g: (g * jnp.exp(r[0]),)),
    mutant(C["logsumexp3"], "swap_args", "vjp",
           bwd=lambda r, g: (g * jnp.exp(r[1] - r[0]),)),
    mutant(C["logsumexp3"], "drop_max_fwd", "fwd",
           fwd=lambda x: (jnp.max(x), (x, logsumexp(x)))),
    mutant(C["logsumexp3"], "onehot_max", "vjp",
           bwd=lambda r, g: (g * (r[0] == jnp.max(r[0])).astype(f32),)),
    mutant(C["logsumexp3"], "first_elem_only", "vjp",
           bwd=lambda r, g: (g * jnp.exp(r[0] - r[1]) * jnp.array([1.0, 0.0, 0.0]),)),
    # sigmoid cross-entropy
    mutant(C["sigmoid_xent"], "swap_label_logit", "vjp",
           bwd=lambda r, g: (g * (sigmoid(r[1]) - r[0]), -g * r[0])),
    mutant(C["sigmoid_xent"], "sign_flip_label", "vjp",
           bwd=lambda r, g: (g * (sigmoid(r[0]) + r[1]), -g * r[0])),
    mutant(C["sigmoid_xent"], "wrong_label_grad", "vjp",
           bwd=lambda r, g: (g * (sigmoid(r[0]) - r[1]), -g * sigmoid(r[0]))),
    mutant(C["sigmoid_xent"], "exp_for_sigmoid", "vjp",
           bwd=lambda r, g: (g * (jnp.exp(r[0]) - r[1]), -g * r[0])),
    mutant(C["sigmoid_xent"], "missing_residual", "vjp",
           fwd=lambda x, z: (sigmoid_xent(x, z), (x, 0.0 * z)),
           bwd=lambda r, g: (g * (sigmoid(r[0]) - r[1]), -g * r[0])),
    # softmax cross-entropy
    mutant(C["softmax_xent3"], "assume_onehot", "vjp",
           bwd=lambda r, g: (g * (jax.nn.softmax(r[0]) - r[1]),
                             -g * jax.nn.log_softmax(r[0]))),
    mutant(C["softmax_xent3"], "sign_flip", "vjp",
           bwd=lambda r, g: (g * (r[1] - jax.nn.softmax(r[0]) * jnp.sum(r[1])),
                             -g * jax.nn.log_softmax(r[0]))),
    mutant(C["softmax_xent3"], "label_grad_logits", "vjp",
           bwd=lambda r, g: (g * (jax.nn.softmax(r[0]) * jnp.sum(r[1]) - r[1]), -g * r[0])),
    # reparameterisation
    mutant(C["reparam_normal"], "swap_mu_sigma", "vjp",
           bwd=lambda r, g: (g * r[1], g, g * r[0])),
    mutant(C["reparam_normal"], "drop_eps", "vjp", bwd=lambda r, g: (g, g, g * r[0])),
    mutant(C["reparam_normal"], "eps_grad_zero", "vjp",
           bwd=lambda r, g: (g, g * r[1], 0.0 * g)),
    mutant(C["reparam_normal"], "log_sigma_grad", "vjp",
           bwd=lambda r, g: (g, g * r[1] * r[0], g * r[0])),
    # log1mexp
    mutant(C["log1mexp"], "sign_flip", "vjp", bwd=lambda x, g: (g / jnp.expm1(-x),)),
    mutant(C["log1mexp"], "wrong_branch", "fwd",
           fwd=lambda x: (jnp.where(x > -0.6931472, jnp.log(-jnp.expm1(x)),
                                    jnp.log1p(jnp.exp(x))), x)),
    mutant(C["log1mexp"], "expm1_not_neg", "vjp", bwd=lambda x, g: (-g / jnp.expm1(x),)),
    # logaddexp
    mutant(C["logaddexp"], "swap_args", "vjp",
           bwd=lambda r, g: (g * sigmoid(r[1] - r[0]), g * sigmoid(r[0] - r[1]))),
    mutant(C["logaddexp"], "same_grad", "vjp",
           bwd=lambda r, g: (g * sigmoid(r[0] - r[1]), g * sigmoid(r[0] - r[1]))),
    mutant(C["logaddexp"], "drop_b", "vjp",
           bwd=lambda r, g: (g * sigmoid(r[0] - r[1]), 0.0 * g)),
    # relu
    mutant(C["relu"], "wrong_branch", "vjp", bwd=lambda x, g: (jnp.where(x > 0, 0.0, g),)),
    mutant(C["relu"], "leaky", "vjp", bwd=lambda x, g: (jnp.where(x > 0, g, 0.1 * g),)),
    mutant(C["relu"], "identity", "vjp", bwd=lambda x, g: (g,)),
    mutant(C["relu"], "threshold_1", "vjp", bwd=lambda x, g: (jnp.where(x > 1.0, g, 0.0),)),
    # abs
    mutant(C["abs"], "no_sign", "vjp", bwd=lambda x, g: (g,)),
    mutant(C["abs"], "neg_sign", "vjp", bwd=lambda x, g: (-g * jnp.sign(x),)),
    # sqrt
    mutant(C["sqrt"], "no_half", "vjp", bwd=lambda s, g: (g / s,)),
    mutant(C["sqrt"], "times_s", "vjp", bwd=lambda s, g: (0.5 * g * s,)),
    # tanh
    mutant(C["tanh"], "sign_flip", "vjp", bwd=lambda y, g: (g * (1 + y * y),)),
    mutant(C["tanh"], "drop_square", "vjp", bwd=lambda y, g: (g * (1 - y),)),
    mutant(C["tanh"], "far_from_0", "vjp",
           bwd=lambda y, g: (jnp.where(jnp.abs(y) > 0.9999, 0.0 * g, g * (1 - y * y)),)),
    # MLP layer
    mutant(C["mlp_layer"], "db_dropped", "vjp",
           bwd=lambda r, g: (jnp.outer(g * (1.0 - r[2] ** 2), r[1]),
                             r[0].T @ (g * (1.0 - r[2] ** 2)), 0.0 * r[2])),
    mutant(C["mlp_layer"], "missing_tanh_deriv", "vjp",
           bwd=lambda r, g: (jnp.outer(jnp.full(2, g), r[1]), r[0].T @ jnp.full(2, g),
                             jnp.full(2, g))),
    mutant(C["mlp_layer"], "swapped_outer", "vjp",
           bwd=lambda r, g: (jnp.outer(g * (1.0 - r[2] ** 2), r[1][::-1]),
                             r[0].T @ (g * (1.0 - r[2] ** 2)), g * (1.0 - r[2] ** 2))),
    # nondiff_argnums
    mutant(C["huber_nondiff"], "no_clip", "vjp", bwd=lambda d, x, g: (g * x,)),
    mutant(C["huber_nondiff"], "clip_at_1", "vjp",
           bwd=lambda d, x, g: (g * jnp.clip(x, -1.0, 1.0),)),
    mutant(C["scaled_softplus_nondiff"], "missing_beta", "vjp",
           bwd=lambda beta, x, g: (g * sigmoid(x),)),
    mutant(C["scaled_softplus_nondiff"], "extra_beta", "vjp",
           bwd=lambda beta, x, g: (g * beta * sigmoid(beta * x),)),
    # powers and friends
    mutant(C["pow2.5"], "exponent", "vjp", bwd=lambda x, g: (2.5 * g * x**2.5,)),
    mutant(C["pow2.5"], "factor", "vjp", bwd=lambda x, g: (2.0 * g * x**1.5,)),
    mutant(C["expm1"], "minus_one", "vjp", bwd=lambda x, g: (g * jnp.expm1(x),)),
    mutant(C["rsqrt"], "sign_flip", "vjp", bwd=lambda r, g: (0.5 * g * r[1] / r[0],)),
    mutant(C["rsqrt"], "no_div_x", "vjp", bwd=lambda r, g: (-0.5 * g * r[1],)),
    mutant(C["exp2"], "no_log2", "vjp", bwd=lambda y, g: (g * y,)),
    mutant(C["safe_norm3"], "no_div", "vjp", bwd=lambda r, g: (g * r[0],)),
    mutant(C["safe_norm3"], "squared", "vjp", bwd=lambda r, g: (g * r[0] / r[1] ** 2,)),
    mutant(C["logit"], "missing_1mp", "vjp", bwd=lambda p, g: (g / p,)),
    mutant(C["logit"], "log_fwd", "fwd", fwd=lambda p: (jnp.log(p), p)),
    mutant(C["mean3"], "sum_grad", "vjp", bwd=lambda r, g: (jnp.full(3, g),)),
    mutant(C["variance3"], "no_centering", "vjp",
           bwd=lambda x, g: (g * 2.0 * x / 3.0,)),
    mutant(C["variance3"], "bessel", "vjp",
           bwd=lambda x, g: (g * 2.0 * (x - jnp.mean(x)) / 2.0,)),
    mutant(C["sigmoid"], "one_minus_missing", "vjp", bwd=lambda s, g: (g * s,)),
    mutant(C["log"], "inverse_square", "vjp", bwd=lambda x, g: (g / (x * x),)),
    mutant(C["square"], "no_factor2", "vjp", bwd=lambda x, g: (g * x,)),
    mutant(C["leaky_relu"], "slope_swapped", "vjp",
           bwd=lambda x, g: (jnp.where(x > 0, 0.01 * g, g),)),
    mutant(C["elu"], "far_negative", "vjp",
           bwd=lambda x, g: (jnp.where(x > -5.0, jnp.where(x > 0, g, g * jnp.exp(x)), 0.0 * g),)),
    mutant(C["elu"], "expm1_for_exp", "vjp",
           bwd=lambda x, g: (jnp.where(x > 0, g, g * jnp.expm1(x)),)),
    mutant(C["softsign"], "not_squared", "vjp", bwd=lambda x, g: (g / (1.0 + jnp.abs(x)),)),
    mutant(C["silu"], "sigmoid_only", "vjp", bwd=lambda x, g: (g * sigmoid(x),)),
    mutant(C["softmax3"], "diag_only", "vjp", bwd=lambda s, g: (g * s * (1.0 - s),)),
    mutant(C["log_softmax3"], "no_sum", "vjp", bwd=lambda s, g: (g - s * g,)),
    mutant(C["two_outputs"], "swap_cotangents", "vjp",
           bwd=lambda r, g: (g[1] * r[1] + g[0], g[1] * r[0] + g[0])),
    mutant(C["two_outputs"], "fwd_swapped_outputs", "fwd",
           fwd=lambda x, y: ((x + y, x * y), (x, y))),
    mutant(C["third_literal"], "one_over_30", "vjp", bwd=lambda r, g: (g * 0.033333335,)),
    mutant(C["gelu_tanh"], "cubic_term_dropped", "vjp",
           bwd=lambda x, g: (g * _gelu_grad(x, cubic=0.0),)),
    mutant(C["logcosh"], "sigmoid_for_tanh", "vjp", bwd=lambda x, g: (g * sigmoid(x),)),
    # definedness: the rule divides by zero where the primal does not
    mutant(C["relu"], "div_by_x", "defined",
           bwd=lambda x, g: (jnp.where(x > 0, g * x / x, 0.0 * g / x),)),
    mutant(C["abs"], "sign_as_x_over_abs", "defined",
           bwd=lambda x, g: (g * x / jnp.abs(x),)),
    # JVP rules
    _jvp_mut("jvp_softplus", "sign_flip", lambda x: sigmoid(-x)),
    _jvp_mut("jvp_softplus", "exp_for_sigmoid", jnp.exp),
    _jvp_mut("jvp_tanh", "drop_square", lambda x: 1.0 - jnp.tanh(x)),
    _jvp_mut("jvp_sigmoid", "missing_factor", sigmoid),
    _jvp_mut("jvp_relu", "wrong_branch", lambda x: jnp.where(x > 0, 0.0, 1.0)),
    _jvp_mut("jvp_sqrt", "no_half", lambda x: jax.lax.rsqrt(x)),
    _jvp_mut("jvp_log_sigmoid", "wrong_value", lambda x: sigmoid(-x), value=softplus),
    _jvp_mut("jvp_tanh", "far_from_0",
             lambda x: jnp.where(jnp.abs(x) > 5.0, 0.0, 1.0 - jnp.tanh(x) ** 2)),
]


def _lse_jvp_bad(primals, tangents):
    (x,), (t,) = primals, tangents
    y = logsumexp(x)
    return y, jnp.sum(jnp.exp(x - y)) * t[0]


def _lae_jvp_bad(primals, tangents):
    (a, b), (ta, tb) = primals, tangents
    return logaddexp(a, b), ta * sigmoid(a - b) + tb * sigmoid(a - b)


def _huber_jvp_bad(delta, primals, tangents):
    (x,), (t,) = primals, tangents
    return huber(delta, x), jnp.clip(x, -2.0 * delta, 2.0 * delta) * t


M += [
    mutant(C["jvp_logsumexp3"], "first_tangent", "jvp", jvp=_lse_jvp_bad),
    mutant(C["jvp_logaddexp"], "same_weight", "jvp", jvp=_lae_jvp_bad),
    mutant(C["jvp_huber_nondiff"], "clip_2delta", "jvp", jvp=_huber_jvp_bad),
]

MUTANTS: list[Case] = M
assert len({m.id for m in MUTANTS}) == len(MUTANTS)
