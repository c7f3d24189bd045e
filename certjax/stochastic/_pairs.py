# SPDX-License-Identifier: Apache-2.0
"""The obligations of one estimator x distribution pair, and the assumptions they leave.

* Finite support (Bernoulli, Categorical): the expectation is a finite sum and the cost is a
  free real ``f[k]`` per support point (uninterpreted), so unbiasedness itself is proved:
  ``sum_k p_k * grad(estimator)_k == grad sum_k p_k f[k]`` with ``p_k = exp(log_prob(k))``,
  plus ``sum_k p_k == 1``. Leave-one-out is proved over the joint support of two replicas.
* Continuous, pathwise: ``transform`` and ``inverse`` are mutually inverse between the base
  support and the support, ``d inverse/dz > 0``, and the change of variables
  ``exp(log_prob(z)) == exp(base_log_prob(inverse(z))) * d inverse/dz`` holds.
* Continuous, score function: the pointwise identity ``p * grad(estimator) == (f - b) grad p``
  (``grad p`` from JAX's own rules applied to ``log_prob``), and that a callable baseline does
  not depend on ``z``. Integration steps are assumptions, listed one by one.
"""

from __future__ import annotations

import dataclasses
import inspect
import itertools
from typing import Any

import jax
import jax.numpy as jnp
import numpy as np

from .._certificate import Certificate
from .._inline import eval_inlined
from .._obligation import DEFAULT_RLIMIT
from ..distributions._base import Distribution
from ..estimators._estimator import Estimator, combine_enumeration, loo_baseline
from ._deps import dependencies
from ._errors import MSG_BASE_READS_PARAMS, MSG_UNSUPPORTED_ESTIMATOR, UnsupportedEstimator
from ._implicit import certify_implicit
from ._proof import Claim, prove_claims
from ._second_order import (
    A_DIFF_INT_2,
    A_JET,
    A_REPARAM_2,
    SECOND_ORDER_RLIMIT,
    add_inputs,
    has_second_order,
    second_order_claims,
)

A_SAMPLER_FINITE = (
    "sampler: {sampler} draws k with probability exp(log_prob(k)) (obligation 'normalized' "
    "proves these sum to 1 over the support enumerated, so no mass lies elsewhere)")
A_TRUNCATED = (
    "truncated: enumerate(truncate={k}) on {dist} enumerates z = 0..{last} only; the value and "
    "gradient proved are those of E[f(z) 1(z < {k})], and the tail z >= {k} (its mass and its "
    "gradient) is left out: biased for E[f(z)] by the tail's share, never an estimate of it")
A_SAMPLER_BASE = (
    "sampler: the base sampler {base} draws eps with density exp(base_log_prob) (trusted; "
    "base_sample, base_log_prob and base_support checked not to read the parameters)")
A_SAMPLER_CONT = A_SAMPLER_BASE[:-1] + (
    "; given that, the pair 'reparam x {dist}' (proved "
    "before this pair is used) proves that rsample = transform(eps) has density exp(log_prob)")
A_SAMPLER_IMPLICIT_SCORE = (
    "sampler: {base} (trusted); given that, the pair 'reparam x {dist}' (proved before this "
    "pair is used) proves that exp(log_prob) is the density of that law (its obligation "
    "'density' and the assumptions it lists)")
A_SAMPLER_NOREPARAM = "sampler: {dist}.sample draws from the density exp(log_prob) (trusted)"
A_DIFF_INT = (
    "differentiation under the integral: d/dtheta of the integral of f(z) p(z; theta) is the "
    "integral of f(z) d/dtheta p(z; theta), and d/dtheta of the integral of p is 0 (f "
    "integrable, with an integrable bound on f * dp/dtheta near theta)")
A_SUPPORT = (
    "support '{support}' does not depend on the parameters (checked: the support predicate's "
    "jaxpr does not read them), so no boundary terms arise")
A_COST = (
    "cost: f(z) reaches theta only through z here; a cost that also depends on theta directly "
    "adds its own pathwise gradient, which jax.grad computes")
A_BASELINE = (
    "baseline: a constant baseline b is independent of z given theta (for an array baseline "
    "certjax.grad checks this at trace time: b must not depend, by jaxpr dataflow, on the "
    "sample, on anything downstream of it, or on the key object it is drawn with; a draw with "
    "an equal-valued copy of that key is not detected)")
A_PRUNING = (
    "pruning (Schulman et al. 2015): costs not downstream of z (jaxpr dataflow, through the "
    "parameters of later samples) are dropped from the factor of grad log p; they act as a "
    "baseline independent of z given its parents, the case proved as 'unbiased' with b")
A_LOO = (
    "leave-one-out: the n replicas use independent keys (split from the key argument), so the "
    "other replicas' costs are independent of this replica's sample")
A_REPARAM = (
    "pathwise: E_eps[grad_theta f(transform(theta, eps))] = grad_theta E_eps[f(transform(theta, "
    "eps))] (f o transform differentiable in theta for almost every eps, with an integrable "
    "bound); jax.grad of the objective is its derivative almost everywhere")
A_KEYS = (
    "keys: distinct sample sites draw with independent keys (reusing one key object is "
    "caught at trace time; distinct key objects with equal values are not)")
A_RIGHT_INVERSE = (
    "right inverse, derived (Z3 left 'transform(inverse(z)) == z' undecided): the support "
    "'{support}' is an interval and inverse is continuous on it (its jaxpr is a finite "
    "composition of elementary functions; continuity is assumed), so 'jacobian_positive' makes "
    "it strictly increasing, hence injective; for z in the support, e = inverse(z) is in the "
    "base support ('maps_base'), transform(e) in the support ('maps_support') and "
    "inverse(transform(e)) = e = inverse(z) ('left_inverse'), so transform(inverse(z)) = z")
A_ENUM = (
    "enumeration of several sites: the weight of a joint configuration is the product of the "
    "sites' conditional probabilities (chain rule), each site proved normalized")
A_ENUM_TRUNCATED = A_ENUM.replace("each site proved normalized", "each truncated site's "
                                  "weights its own probabilities of z < K (not normalized)")


def pair_name(dist_cls: type[Distribution], est: Estimator) -> str:
    """Its name in ``certjax.rules.estimators`` and ``proofs/``: ``score_loo_baseline_Normal``."""
    k = est.baseline_kind
    tag = est.name if k == "none" else f"{est.name}_{k}_baseline"
    if est.truncate is not None:
        tag = f"{est.name}_truncate{est.truncate}"
    return f"{tag}_{dist_cls.__name__}"


def is_finite(dist_cls: type[Distribution]) -> bool:
    return dist_cls.support.size is not None


def _counts(dist_cls: type[Distribution]) -> bool:
    """The support is {0, 1, 2, ...}: a truncation at K is the points z = 0..K-1."""
    from ..distributions._discrete import nonnegative_integers

    return dist_cls.support is nonnegative_integers


def check_supported(dist_cls: type[Distribution], est: Estimator) -> None:
    """Raise :class:`UnsupportedEstimator` naming both when the pair is not offered."""
    reason = None
    if est.kind == "reparam" and not has_pathwise(dist_cls):
        reason = f"{dist_cls.__name__} has no reparameterized sampler (its support is discrete)"
    elif est.kind == "enumerate" and est.truncate is not None and not (
            is_finite(dist_cls) or _counts(dist_cls)):
        reason = (f"enumerate(truncate=K) enumerates z = 0..K-1, and the support of "
                  f"{dist_cls.__name__} ({dist_cls.support.name}) is not the counts "
                  "{0, 1, 2, ...}")
    elif est.kind == "enumerate" and not is_finite(dist_cls) and est.truncate is None:
        reason = (f"{dist_cls.__name__} has no finite support to enumerate (enumerate("
                  "truncate=K) enumerates z < K and leaves the tail out, a stated bias)")
    elif est.kind == "enumerate" and is_finite(dist_cls) and est.truncate is not None:
        reason = (f"the support of {dist_cls.__name__} is finite: enumerate it whole "
                  "(enumerate(), without truncate)")
    elif est.kind == "score" and not dist_cls.support.fixed:
        reason = (f"the support of {dist_cls.__name__} ({dist_cls.support.name}) moves with its "
                  "parameters, so the score function misses boundary terms and is biased")
    elif est.kind not in ("reparam", "score", "enumerate"):
        reason = f"unknown estimator kind {est.kind!r}"
    if reason is not None:
        offered = [repr(k) for k in ("reparam", "score", "enumerate") if _offers(dist_cls, k)]
        if _counts(dist_cls):
            offered.append("enumerate(truncate=K)")
        raise UnsupportedEstimator(MSG_UNSUPPORTED_ESTIMATOR.format(
            estimator=est.label, dist=dist_cls.__name__, reason=reason,
            offered=", ".join(offered)))


def has_pathwise(dist_cls: type[Distribution]) -> bool:
    """A pathwise sampler: ``transform(eps)`` (``has_rsample``) or implicit (Gamma)."""
    return bool(dist_cls.has_rsample or getattr(dist_cls, "implicit_rsample", False))


def _offers(dist_cls, kind: str) -> bool:
    if kind == "reparam":
        return has_pathwise(dist_cls)
    if kind == "enumerate":
        return is_finite(dist_cls)
    return dist_cls.support.fixed


class _Pair:
    """Shared helpers: build the distribution from named symbolic inputs."""

    def __init__(self, dist_cls: type[Distribution], est: Estimator):
        self.cls = dist_cls
        self.est = est
        self.example = {k: np.asarray(v) for k, v in dist_cls.certification_example().items()}
        self.pnames = list(dist_cls.param_names)
        # finitely enumerated: a finite support, or an infinite one truncated at est.truncate
        self.finite = is_finite(dist_cls) or est.truncate is not None
        self._lp_j: dict[Any, Any] = {}
        self._ex = self.make([jnp.asarray(self.example[n]) for n in self.pnames])
        self.size = est.truncate or self._ex.support_size()
        # a finite support's points are indices k; the sample (what log_prob, the baseline
        # and the support predicate are given, as at run time) is ``support_point(k)``
        # a continuous sample's shape at the certification example is its event shape
        # (() for scalar events; (d,) for a MultivariateNormal)
        self.zshape = (np.shape(self.value(np.int32(0))) if self.finite
                       else tuple(self._ex.event_shape))

    def value(self, z: Any) -> Any:
        """The sample value at ``z``: ``support_point(k)`` for a finite support's index k."""
        return self._ex.support_point(z) if self.finite else z

    def make(self, plist: list[Any]) -> Distribution:
        return self.cls.tree_unflatten(False, list(plist))

    def params(self, inp: dict[str, Any]) -> list[Any]:
        return [inp[n] for n in self.pnames]

    def inputs(self) -> dict[str, tuple[int, ...]]:
        return {n: self.example[n].shape for n in self.pnames}

    def domain(self, inp: dict[str, Any]) -> Any:
        return jnp.all(self.cls.param_domain(**{n: inp[n] for n in self.pnames}))

    def lp(self, plist: list[Any], z: Any) -> Any:
        return self.make(plist).log_prob(self.value(z))

    def lp_ref(self, plist: list[Any], z: Any) -> Any:
        """log_prob with custom derivative rules inlined: JAX's primitive rules only."""
        dt = jnp.result_type(plist[0])
        if dt not in self._lp_j:  # float32 for the proof, float64 for confirmation
            sig = [jax.ShapeDtypeStruct(self.example[n].shape, dt) for n in self.pnames]
            zdt = np.int32 if self.finite else dt
            self._lp_j[dt] = jax.make_jaxpr(
                lambda *a: self.make(list(a[:-1])).log_prob(a[-1]))(
                *sig, jax.ShapeDtypeStruct(self.zshape, zdt))
        return eval_inlined(self._lp_j[dt], *plist, jnp.asarray(self.value(z)).astype(
            np.int32 if self.finite else dt))[0]

    def baseline(self, inp: dict[str, Any], z: Any) -> Any:
        kind = self.est.baseline_kind
        if kind == "constant":
            return inp["b"]
        if kind == "callable":  # given the sample as floating point, as cj.sample does
            zf = jnp.asarray(self.value(z)).astype(inp["f"].dtype)
            return jnp.asarray(self.est.baseline(zf), inp["f"].dtype)
        return jnp.zeros((), inp["f"].dtype)

    def grad_term(self, inp, z, cost, base) -> list[Any]:
        return jax.grad(lambda pl: self.est.term(self.lp(pl, z), cost, base))(self.params(inp))


def jvp_gradient(fn, plist: list[Any]) -> list[Any]:
    """Gradient of scalar ``fn`` by forward mode, one basis tangent per element (JAX's JVPs)."""
    out = []
    for i, p in enumerate(plist):
        p = jnp.asarray(p)
        flat = []
        for idx in np.ndindex(p.shape):
            tangents = [jnp.zeros_like(jnp.asarray(q)) for q in plist]
            e = np.zeros(p.shape, p.dtype)
            e[idx] = 1.0
            tangents[i] = jnp.asarray(e)
            flat.append(jax.jvp(fn, (list(plist),), (tangents,))[1])
        out.append(jnp.stack(flat).reshape(p.shape) if p.shape else flat[0])
    return out


def _reads_params(pair: _Pair, fn: Any, arg: Any) -> bool:
    """Whether ``fn(dist, arg)`` may read the parameters (jaxpr dataflow, over-approximated)."""
    sig = [jax.ShapeDtypeStruct(pair.example[n].shape, np.float32) for n in pair.pnames]
    closed = jax.make_jaxpr(lambda *a: fn(pair.make(list(a[:-1])), a[-1]))(*sig, arg)
    return any(i < len(sig) for d in dependencies(closed) for i in d)


def _support_reads_params(pair: _Pair) -> bool:
    zsig = jax.ShapeDtypeStruct(pair.zshape, np.int32 if pair.finite else np.float32)
    return _reads_params(pair, pair.cls.support.check, zsig)


def _base_reads_params(pair: _Pair) -> list[str]:
    """The base-noise methods that read the parameters: each must be parameter-free, since
    that ``base_sample`` draws from ``exp(base_log_prob)`` is trusted, not proved."""
    eps = jax.ShapeDtypeStruct(pair.zshape, np.float32)
    methods = {
        "base_sample": (lambda d, key: d.base_sample(key, pair.zshape), jax.random.key(0)),
        "base_log_prob": (lambda d, e: d.base_log_prob(e), eps),
        "base_support": (lambda d, e: d.base_support(e), eps),
    }
    return [m for m, (fn, arg) in methods.items() if _reads_params(pair, fn, arg)]


# -- finite support -------------------------------------------------------------------------
DIRECT_MAX_SUPPORT = 2  # the one-shot joint 'unbiased' claims are kept for supports this small


def _finite_claims(pair: _Pair) -> tuple[dict, list[Claim]]:
    """Finite support: every step is an obligation (no integrals, nothing left to assume).

    With ``p_k = exp(log_prob(k))`` and ``g_k`` the estimator's gradient at ``k``:
    ``score_identity[k]``: ``p_k g_k == (f_k - b) grad p_k``; ``mass_conserved``:
    ``sum_k grad p_k == 0``; so ``sum_k p_k g_k == grad sum_k p_k f_k - b * 0`` by linearity
    of the derivative. For supports of size 2 the joint claim ``unbiased`` is proved directly.
    """
    K, est = pair.size, pair.est
    kind = est.baseline_kind
    inputs = {**pair.inputs(), "f": (K,)}
    if kind in ("constant", "loo"):
        inputs["b"] = ()
    if kind == "loo":
        inputs["c"] = ()
        inputs["f2"] = ()
    ks = [np.int32(k) for k in range(K)]

    def probs(inp):
        return [jnp.exp(pair.lp(pair.params(inp), k)) for k in ks]

    def dprob(inp, k):
        return jvp_gradient(lambda pl: jnp.exp(pair.lp_ref(pl, k)), pair.params(inp))

    def exact_grad(inp):
        def expect(pl):
            return sum(jnp.exp(pair.lp_ref(pl, k)) * inp["f"][int(k)] for k in ks)
        return jvp_gradient(expect, pair.params(inp))

    def base(inp, k):
        return inp["b"] if kind == "loo" else pair.baseline(inp, k)

    claims = [] if est.truncate is not None else [  # (a truncated sum is not 1)
        Claim("normalized", "sum_k exp(log_prob(k)) == 1", "equal",
              lambda inp: sum(probs(inp)), lambda inp: jnp.float32(1.0), pair.domain)]
    if est.kind == "enumerate":
        def enum_value(pl, inp):
            logw = jnp.concatenate([jnp.reshape(pair.lp(pl, k), (1,)) for k in ks])
            return combine_enumeration(logw, inp["f"])

        claims += [
            Claim("value", "enumeration value == sum_k p_k f[k]", "equal",
                  lambda inp: enum_value(pair.params(inp), inp),
                  lambda inp: sum(jnp.exp(pair.lp_ref(pair.params(inp), k)) * inp["f"][int(k)]
                                  for k in ks), pair.domain),
            Claim("unbiased", "grad(enumeration) == grad sum_k p_k f[k]", "equal",
                  lambda inp: jax.grad(enum_value)(pair.params(inp), inp), exact_grad,
                  pair.domain),
            Claim("defined", "enumeration gradient defined where the exact gradient is",
                  "defined", lambda inp: jax.grad(enum_value)(pair.params(inp), inp),
                  exact_grad, pair.domain),
        ]
        return inputs, claims

    for k in ks:
        kk = int(k)
        claims.append(Claim(
            f"value@{kk}", f"surrogate term value at z={kk} == 0", "equal",
            lambda inp, k=k: est.term(pair.lp(pair.params(inp), k), inp["f"][int(k)],
                                      base(inp, k)),
            lambda inp: jnp.float32(0.0), pair.domain))
    for k in ks:
        kk = int(k)

        def rule(inp, k=k):
            pk = jnp.exp(pair.lp(pair.params(inp), k))
            return [pk * g for g in pair.grad_term(inp, k, inp["f"][int(k)], base(inp, k))]

        def reference(inp, k=k):
            return [(inp["f"][int(k)] - base(inp, k)) * g for g in dprob(inp, k)]

        claims.append(Claim(f"score_identity@{kk}",
                            f"p_{kk} * grad(surrogate)(z={kk}) == (f[{kk}] - b) * grad p_{kk}",
                            "equal", rule, reference, pair.domain))
        claims.append(Claim(f"defined@{kk}", "estimator defined where grad p is", "defined",
                            rule, reference, pair.domain))
    if kind != "none":
        claims.append(Claim(
            "mass_conserved", "sum_k grad p_k == 0 (so a baseline adds nothing in expectation)",
            "equal", lambda inp: [sum(gs) for gs in zip(*[dprob(inp, k) for k in ks], strict=True)],
            lambda inp: [jnp.zeros_like(x) for x in pair.params(inp)], pair.domain))
    if kind == "callable":
        claims.append(Claim(
            "baseline_constant", "baseline(k) == baseline(0) for every support point k",
            "equal", lambda inp: [pair.baseline(inp, k) for k in ks[1:]],
            lambda inp: [pair.baseline(inp, ks[0]) for _ in ks[1:]], pair.domain))
    if kind == "loo":
        claims.append(_loo_independent(pair.domain))
    if K <= DIRECT_MAX_SUPPORT:
        claims.append(_direct_unbiased(pair, ks, probs, exact_grad))
    return inputs, claims


def _loo_independent(assume) -> Claim:
    return Claim(
        "baseline_independent", "loo baseline of replica 0 does not read its own cost",
        "equal", lambda inp: loo_baseline(jnp.stack([inp["f"].reshape(-1)[0], inp["c"]]))[0],
        lambda inp: loo_baseline(jnp.stack([inp["f2"], inp["c"]]))[0], assume)


def _direct_unbiased(pair: _Pair, ks, probs, exact_grad) -> Claim:
    """The joint claim in one piece (small supports): E[estimator] == exact gradient."""
    est = pair.est
    if est.baseline_kind == "loo":
        n = 2

        def loo_grad(inp, zs):
            costs = jnp.stack([inp["f"][int(z)] for z in zs])

            def surrogate(pl):
                b = loo_baseline(costs)
                return sum(est.term(pair.lp(pl, ks[z]), costs[r], b[r])
                           for r, z in enumerate(zs)) / n
            return jax.grad(surrogate)(pair.params(inp))

        def rule(inp):
            p, acc = probs(inp), None
            for zs in itertools.product(range(len(ks)), repeat=n):
                g = [p[zs[0]] * p[zs[1]] * gi for gi in loo_grad(inp, zs)]
                acc = g if acc is None else [a + gi for a, gi in zip(acc, g, strict=True)]
            return acc

        return Claim("unbiased", "sum over (z1, z2) of p(z1) p(z2) grad(loo estimator, n=2) == "
                     "grad sum_k p_k f[k]", "equal", rule, exact_grad, pair.domain)

    def rule(inp):
        p, acc = probs(inp), None
        for k, pk in zip(ks, p, strict=True):
            g = [pk * gi for gi in pair.grad_term(inp, k, inp["f"][int(k)],
                                                  pair.baseline(inp, k))]
            acc = g if acc is None else [a + gi for a, gi in zip(acc, g, strict=True)]
        return acc

    return Claim("unbiased", "sum_k p_k grad(surrogate)(k) == grad sum_k p_k f[k]", "equal",
                 rule, exact_grad, pair.domain)


# -- continuous ---------------------------------------------------------------------------------
def _det(m: list[list]) -> Any:
    """Determinant by cofactor expansion along the first row (small orders only)."""
    if len(m) == 1:
        return m[0][0]
    out = 0.0
    for j in range(len(m)):
        term = m[0][j] * _det([row[:j] + row[j + 1:] for row in m[1:]])
        out = out + term if j % 2 == 0 else out - term
    return out


def _reparam_claims(pair: _Pair) -> tuple[dict, list[Claim]]:
    """The change of variables of a reparameterized pair: ``transform`` and ``inverse`` are
    inverse maps between the base support and the support, and the density transforms with
    ``d inverse/dz``. For a vector event (``event_ndims = 1``, shape ``(d,)``) that is the
    determinant of the Jacobian of ``inverse`` (JAX's derivatives, cofactor expansion), proved
    at the certification example's ``d``."""
    shape = tuple(pair.zshape)
    inputs = {**pair.inputs(), "eps": shape, "z": shape}
    d = lambda inp: pair.make(pair.params(inp))  # noqa: E731

    def on_base(inp):
        return pair.domain(inp) & jnp.all(d(inp).base_support(inp["eps"]))

    def on_support(inp):
        return pair.domain(inp) & jnp.all(pair.cls.support.check(d(inp), inp["z"]))

    if shape:
        (n,) = shape
        jac_text = "det(d inverse/dz)"

        def jac(inp):
            m = jax.jacfwd(lambda z: d(inp).inverse(z))(inp["z"])
            return _det([[m[i, j] for j in range(n)] for i in range(n)])
    else:
        jac_text = "d inverse/dz"

        def jac(inp):
            return jax.jvp(lambda z: d(inp).inverse(z), (inp["z"],),
                           (jnp.ones_like(inp["z"]),))[1]

    claims = [
        Claim("left_inverse", "inverse(transform(eps)) == eps on the base support", "equal",
              lambda inp: d(inp).inverse(d(inp).transform(inp["eps"])),
              lambda inp: inp["eps"], on_base),
        Claim("right_inverse", "transform(inverse(z)) == z on the support", "equal",
              lambda inp: d(inp).transform(d(inp).inverse(inp["z"])),
              lambda inp: inp["z"], on_support),
        Claim("maps_support", "transform maps the base support into the support", "holds",
              lambda inp: pair.cls.support.check(d(inp), d(inp).transform(inp["eps"])),
              None, on_base),
        Claim("maps_base", "inverse maps the support into the base support", "holds",
              lambda inp: d(inp).base_support(d(inp).inverse(inp["z"])), None, on_support),
        Claim("jacobian_positive", f"{jac_text} > 0", "holds",
              lambda inp: jac(inp) > 0, None, on_support),
        Claim("density", f"exp(log_prob(z)) == exp(base_log_prob(inverse(z))) * {jac_text}",
              "equal", lambda inp: jnp.exp(d(inp).log_prob(inp["z"])),
              lambda inp: jnp.exp(d(inp).base_log_prob(d(inp).inverse(inp["z"]))) * jac(inp),
              on_support),
        Claim("defined", "transform defined wherever inverse and log_prob are", "defined",
              lambda inp: d(inp).transform(inp["eps"]),
              lambda inp: [d(inp).inverse(inp["z"]), d(inp).log_prob(inp["z"])], on_base),
    ]
    return inputs, claims


def _score_claims(pair: _Pair) -> tuple[dict, list[Claim]]:
    est = pair.est
    inputs = {**pair.inputs(), "z": pair.zshape, "f": ()}
    kind = est.baseline_kind
    if kind in ("constant", "loo"):
        inputs["b"] = ()
    if kind == "loo":
        inputs["c"] = ()
        inputs["f2"] = ()
    if kind == "callable":
        inputs["z2"] = pair.zshape

    def on_support(inp):
        ok = pair.domain(inp) & jnp.all(pair.cls.support.check(pair.make(pair.params(inp)),
                                                               inp["z"]))
        if kind == "callable":
            ok = ok & jnp.all(pair.cls.support.check(pair.make(pair.params(inp)), inp["z2"]))
        return ok

    def base(inp):
        if kind == "loo":  # any real b; 'baseline_independent' shows loo's b is one
            return inp["b"]
        return pair.baseline(inp, inp["z"])

    def rule(inp):
        p = jnp.exp(pair.lp(pair.params(inp), inp["z"]))
        return [p * g for g in pair.grad_term(inp, inp["z"], inp["f"], base(inp))]

    def reference(inp):
        dp = jvp_gradient(lambda pl: jnp.exp(pair.lp_ref(pl, inp["z"])), pair.params(inp))
        return [(inp["f"] - base(inp)) * g for g in dp]

    claims = [
        Claim("value", "surrogate term value == 0", "equal",
              lambda inp: est.term(pair.lp(pair.params(inp), inp["z"]), inp["f"], base(inp)),
              lambda inp: jnp.float32(0.0), on_support),
        Claim("score_identity", "p(z) * grad(surrogate) == (f - b) * grad p(z)", "equal",
              rule, reference, on_support),
    ]
    if kind == "callable":
        claims.append(Claim("baseline_constant", "baseline(z) == baseline(z2)", "equal",
                            lambda inp: pair.baseline(inp, inp["z"]),
                            lambda inp: pair.baseline(inp, inp["z2"]), on_support))
    if kind == "loo":
        claims.append(Claim(
            "baseline_independent", "loo baseline of replica 0 does not read its own cost",
            "equal", lambda inp: loo_baseline(jnp.stack([inp["f"], inp["c"]]))[0],
            lambda inp: loo_baseline(jnp.stack([inp["f2"], inp["c"]]))[0], on_support))
    claims.append(Claim("defined", "estimator defined where grad p is", "defined",
                        rule, reference, on_support))
    return inputs, claims


def _with_second_order(pair: _Pair, inputs: dict, claims: list[Claim]) -> list[Claim]:
    """Append the second-order claims (:mod:`._second_order`) of a DiCE score or enumerate
    pair; each with its own smaller resource limit and not required for first-order use."""
    if not has_second_order(pair.est):
        return claims
    kind = pair.est.baseline_kind
    add_inputs(pair, inputs, pair.finite)

    def base(inp, k):
        if kind == "loo":
            return inp["b"]
        return pair.baseline(inp, inp["z"] if k is None else k)

    if pair.finite:
        ks, domain = [np.int32(k) for k in range(pair.size)], pair.domain
    else:
        ks = [None]

        def domain(inp):
            return pair.domain(inp) & jnp.all(
                pair.cls.support.check(pair.make(pair.params(inp)), inp["z"]))

    extra = second_order_claims(pair, ks, base, lambda inp, k: inp["z"] if k is None else k,
                                domain)
    return claims + [dataclasses.replace(c, rlimit=SECOND_ORDER_RLIMIT, required=False)
                     for c in extra]


def _only_right_inverse_unproved(cert: Certificate) -> bool:
    bad = [o for o in cert.obligations if o.verdict != "proved"]
    return bool(bad) and all(o.verdict == "unproved" and o.name == "right_inverse" for o in bad)


def _source(est: Estimator) -> str:
    fn = est.baseline if est.baseline_kind == "callable" else est.term
    try:
        fn = inspect.unwrap(fn)
        return f"{inspect.getsourcefile(fn)}:{inspect.getsourcelines(fn)[1]}"
    except (TypeError, OSError):
        return ""


def certify_pair(dist_cls: type[Distribution], est: Estimator, *, rlimit: int = DEFAULT_RLIMIT,
                 keep_smt2: bool = False) -> Certificate:
    """Build and discharge the obligations of ``est`` on ``dist_cls``; returns the certificate."""
    check_supported(dist_cls, est)
    pair = _Pair(dist_cls, est)
    name = dist_cls.__name__
    support_reads = _support_reads_params(pair)
    if dist_cls.support.fixed and support_reads:
        raise UnsupportedEstimator(
            f"{name} declares a fixed support ({dist_cls.support.name}) but its support "
            "predicate reads the parameters; declare Support(..., fixed=False)")
    if dist_cls.has_rsample and not pair.finite:
        bad = _base_reads_params(pair)
        if bad:
            raise UnsupportedEstimator(MSG_BASE_READS_PARAMS.format(
                dist=name, methods=", ".join(bad)))
    assumptions: list[str] = []
    if pair.finite:
        inputs, claims = _finite_claims(pair)
        claims = _with_second_order(pair, inputs, claims)
        sampler = f"{name}.sample"
        if est.truncate is not None:
            assumptions.append(A_TRUNCATED.format(k=est.truncate, dist=name,
                                                  last=est.truncate - 1))
        else:
            assumptions.append(A_SAMPLER_FINITE.format(sampler=sampler))
        if est.kind == "score":
            assumptions += [A_COST, A_PRUNING, A_KEYS]
            if est.baseline_kind == "constant":
                assumptions.append(A_BASELINE)
            if est.baseline_kind == "loo":
                assumptions.append(A_LOO + "; proved here for n = 2 replicas")
        else:
            assumptions += [A_COST, A_ENUM if est.truncate is None else A_ENUM_TRUNCATED]
        if has_second_order(est):
            assumptions.append(A_JET)
    elif est.kind == "reparam" and dist_cls.implicit_rsample:
        return certify_implicit(pair, rlimit=rlimit, keep_smt2=keep_smt2)
    elif est.kind == "reparam":
        inputs, claims = _reparam_claims(pair)
        assumptions += [A_SAMPLER_BASE.format(base=dist_cls.base_name), A_REPARAM, A_KEYS,
                        A_REPARAM_2]
        cert = prove_claims(f"{est.label} x {name}", inputs, claims, assumptions=assumptions,
                            source=_source(est), rlimit=rlimit, keep_smt2=keep_smt2)
        if not _only_right_inverse_unproved(cert) or not dist_cls.support.interval:
            return cert
        # Z3 may leave it undecided (an exponent divided by a sum, scale = 1 + s): derive
        # the right inverse from the other obligations instead, stating the step it needs
        claims = [c for c in claims if c.name != "right_inverse"]
        assumptions.append(A_RIGHT_INVERSE.format(support=dist_cls.support.name))
    else:
        inputs, claims = _score_claims(pair)
        claims = _with_second_order(pair, inputs, claims)
        if dist_cls.has_rsample:
            assumptions.append(A_SAMPLER_CONT.format(base=dist_cls.base_name, dist=name))
        elif dist_cls.implicit_rsample:
            assumptions.append(A_SAMPLER_IMPLICIT_SCORE.format(base=dist_cls.base_name,
                                                               dist=name))
        else:
            assumptions.append(A_SAMPLER_NOREPARAM.format(dist=name))
        assumptions += [A_DIFF_INT, A_SUPPORT.format(support=dist_cls.support.name), A_COST,
                        A_PRUNING, A_KEYS]
        if est.baseline_kind == "constant":
            assumptions.append(A_BASELINE)
        if est.baseline_kind == "loo":
            assumptions.append(A_LOO)
        if has_second_order(est):
            assumptions += [A_JET, A_DIFF_INT_2]
    return prove_claims(f"{est.label} x {name}", inputs, claims, assumptions=assumptions,
                        source=_source(est), rlimit=rlimit, keep_smt2=keep_smt2)
