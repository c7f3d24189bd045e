# SPDX-License-Identifier: Apache-2.0
"""Obligation ``finite``: a counterexample confirmed by running the rule **in its dtype**.

A model of the float model is shown only after the rule's own functions, run in the
instance's dtype (the primal and JAX's derivative in float64), give a NaN or +-inf at its
point while the primal and JAX's derivative are finite there (``_finite``'s claim). The
model's point and a few points further out along it are tried: the float model's rounding
bands make a model land just before a threshold. The same machinery confirms a *lost*
derivative (0 or subnormal in the dtype where JAX's is a normal number: a finding).
"""

from __future__ import annotations

import warnings
from collections.abc import Callable
from typing import Any

import jax
import numpy as np

from ._confirm import _float64, _fmt
from ._finite import LOST_MARGIN
from ._float_model import THETA, is_float, limits


def _cast(point: dict[str, float], leaves: list[tuple[list[str], Any]]) -> list | None:
    """Each leaf's values rounded to its dtype; None if one is not finite there."""
    out = []
    for names, aval in leaves:
        vals = np.asarray([point.get(n, 0.0) for n in names], np.float64)
        with np.errstate(over="ignore", invalid="ignore"):  # out of range: None below
            a = vals.astype(aval.dtype)
        if is_float(aval.dtype) and not np.all(np.isfinite(a.astype(np.float64))):
            return None
        out.append(a.reshape(aval.shape))
    return out


def _first_bad(tree: Any) -> str | None:
    for x in jax.tree_util.tree_leaves(tree):
        a = np.asarray(x, np.float64)
        if not np.all(np.isfinite(a)):
            bad = a[~np.isfinite(a)].flat[0]
            return "nan" if np.isnan(bad) else ("inf" if bad > 0 else "-inf")
    return None


def _small_enough(tree: Any, dtypes: list[Any]) -> bool:
    leaves = jax.tree_util.tree_leaves(tree)
    for x, d in zip(leaves, dtypes, strict=False):
        a = np.asarray(x, np.float64)
        if not np.all(np.isfinite(a)) or np.any(np.abs(a) > THETA * limits(d).max):
            return False
    return True


def _lost_entry(mine: list[np.ndarray], ref: list[Any]) -> str | None:
    """The first derivative entry 0 or subnormal in its dtype (``mine``) where the float64
    reference (``ref``, the same entries in order) is a normal number of that dtype."""
    flat = [(v, a.dtype) for a in mine for v in np.asarray(a, np.float64).ravel()]
    refs = [float(v) for r in ref for v in np.asarray(r, np.float64).ravel()]
    if len(flat) != len(refs):
        return None
    for (v, dt), r in zip(flat, refs, strict=True):
        tiny = limits(dt).tiny if is_float(dt) else 0.0
        if is_float(dt) and abs(v) < tiny and abs(r) >= LOST_MARGIN * tiny:
            return f"{v:.3g} where JAX's derivative is {r:.3g}"
    return None


def _x64(leaves: list[tuple[list[str], Any]]) -> bool:
    return any(np.dtype(a.dtype).itemsize == 8 for _, a in leaves)


def confirmer(*, leaves: list[tuple[list[str], Any]], build: Callable, reference: Callable,
              run: Callable, call: str, out_dtypes: list[Any], ref_dtypes: list[Any],
              names: list[str], in_claim: Callable, n_x: int, lost: bool = False) -> Callable:
    """``confirm(point) -> (confirmed, detail, point)`` for the finite obligation.

    ``build(arrays)`` makes the call's arguments from the leaf arrays; ``reference(args)``
    (float64) gives ``(primal, derivative)``; ``run(args)`` runs the rule in its dtype and
    returns ``(primal outputs, derivative outputs)``. The model's point and a few points
    further out along it (the float model's bands make a model land just before the
    threshold) are tried. ``lost``: confirm instead a derivative output that is 0 or
    subnormal in its dtype where JAX's derivative (float64) is a normal number of it.
    """
    def one(point):
        with warnings.catch_warnings():
            # (overflow is what is looked for: a callback's NumPy warning is no error)
            warnings.simplefilter("ignore", RuntimeWarning)
            return _one(point)

    def _one(point):
        arrs = _cast(point, leaves)
        if arrs is None:
            return None
        try:  # the rule first (cheap, and most spurious models stop there)
            with jax.enable_x64(_x64(leaves)):
                args = build(arrs)
                out = run(args)
                bad = _first_bad(out) if not lost else None
                if (bad is None and not lost) or not in_claim(args):
                    return None  # in the claim: the primal, JAX's derivative finite
                mine = [np.asarray(x) for x in jax.tree_util.tree_leaves(out[1])]
            with _float64():
                args64 = build([np.asarray(a, np.float64) if is_float(a.dtype) else a
                                for a in arrs])
                ok = reference(args64)
                if ok is None:
                    return None
                primal, deriv = ok
                if not (_small_enough(primal, out_dtypes) and _small_enough(deriv, ref_dtypes)):
                    return None
            if lost:
                bad = _lost_entry(mine, jax.tree_util.tree_leaves(deriv))
                if bad is None:
                    return None
        except Exception:  # noqa: BLE001 - a point the rule cannot run at confirms nothing
            return None
        shown = ", ".join(f"{n}={_fmt(a)}" for n, a in zip(names, arrs, strict=True))
        dt = "/".join(dict.fromkeys(np.dtype(a.dtype).name for _, a in leaves
                                    if is_float(a.dtype)))
        fixed = {n: float(v) for (ns, _), a in zip(leaves, arrs, strict=True)
                 for n, v in zip(ns, np.asarray(a, np.float64).flat, strict=True)}
        return f"{call}({shown}) -> {bad} ({dt})", fixed

    def confirm(point):
        tries = [point] + [{k: v * s for k, v in point.items()} for s in (2.0, 10.0, 1e3)]
        tries += [{**point, k: point[k] * 10.0} for k in point]
        tries.append({k: v if v != 0 else 1.0 for k, v in point.items()})  # a 0 * inf
        unit = {n for ns, _ in leaves[n_x:] for n in ns}  # cotangents / tangents: in [-1, 1]
        tries = [{k: max(-1.0, min(1.0, v)) if k in unit else v for k, v in p.items()}
                 for p in tries]
        for p in tries:
            hit = one(p)
            if hit is not None:
                return True, hit[0], hit[1]
        return False, "not confirmed in the dtype", point

    confirm.once = one  # type: ignore[attr-defined]  # one point, not widened
    confirm.grid = lambda: grid(leaves, n_x)  # type: ignore[attr-defined]
    return confirm


# Magnitudes where a float bug of a dtype lives (max: its largest finite value, tiny: its
# smallest normal, L = log(max); THETA: the claim's bound on the primal): just past the
# overflow of x**k (k = 2, 3, 4), just below the claim's edge for x**k and exp(x) (where a
# constant factor > 1/THETA in the rule overflows), just past the overflow of exp(x), exp(2x),
# and of 1/exp(-x) (exp underflowing to a subnormal, to 0); then decades.
_DECADES = (10.0, 1e3, 1e5, 1e10, 1e20, 1e30, 1e-5, 1e-10, 1e-20)


def magnitudes(dtype: Any) -> list[float]:
    """Positive probe magnitudes for ``dtype``, most telling first (see above)."""
    lim = limits(dtype)
    big, L = float(lim.max), float(np.log(float(lim.max)))
    out = [big ** (1 / k) * 1.05 for k in (2, 3, 4)]
    out += [(THETA * big) ** (1 / k) * 0.99 for k in (1, 2, 3, 4)]
    out += [L + np.log(THETA) - 0.01, L * 1.01, L / 2 * 1.01, L * 1.2]
    out += [d for d in _DECADES if d < big]
    return [float(np.asarray(m, dtype)) for m in out]


def grid(leaves: list[tuple[list[str], Any]], n_x: int) -> list[dict[str, float]]:
    """Points tried after :data:`PROBE_VALUES` where 'finite' is left unproved: each magnitude
    of the primal inputs' float dtypes with either sign, on every float primal input at once
    and (several inputs) on the first alone, the others 0; non-float inputs 1, cotangents
    and tangents 1."""
    dts = list(dict.fromkeys(np.dtype(a.dtype).name for ns, a in leaves[:n_x]
                             if is_float(a.dtype) and ns))
    xs = [(n, is_float(a.dtype)) for ns, a in leaves[:n_x] for n in ns]
    rest = {n: 1.0 for ns, _ in leaves[n_x:] for n in ns}
    points = []
    for m in dict.fromkeys(m for d in dts for m in magnitudes(d)):
        for v in (m, -m):
            points.append({**{n: (v if f else 1.0) for n, f in xs}, **rest})
            if sum(f for _, f in xs) > 1:
                first = next(n for n, f in xs if f)
                points.append({**{n: (v if n == first else (0.0 if f else 1.0))
                                  for n, f in xs}, **rest})
    return points


# Points tried where Z3 left 'finite' undecided or had no float model to ask (each widened by
# ``confirm``'s own tries: x2, x10, x1e3, one input x10, zeros -> 1; cotangents and tangents
# clamped to [-1, 1]): where float bugs live (overflow of exp at large |x|, 0 / 0 and log(0)
# at 0, underflow at tiny |x|).
PROBE_VALUES = (100.0, -100.0, 0.0, 1e-30)


def probe(names: list[str], confirm: Callable) -> tuple[dict[str, float], str] | None:
    """A counterexample to ``finite`` at one of a few points, confirmed by ``confirm`` (the
    real JAX functions in the dtype, with the claim's conditions checked there); None if none.

    Testing can only refute: a point found is a counterexample as confirmed as a solver's
    model, and finding none proves nothing (the obligation stays unproved).
    """
    points = [{n: v for n in names} for v in PROBE_VALUES]
    if len(names) > 1:  # one input large, the others 0 (a softmax of (100, 0, ...))
        points.append({n: (100.0 if i == 0 else 0.0) for i, n in enumerate(names)})
    for point in points:
        confirmed, detail, *found = confirm(point)
        if confirmed:
            return (found[0] if found else point), detail
    for point in getattr(confirm, "grid", list)():
        if (hit := confirm.once(point)) is not None:
            return hit[1], hit[0]
    return None
