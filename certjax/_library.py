# SPDX-License-Identifier: Apache-2.0
"""JAX library functions read as the mathematical functions they implement (trusted table).

``jax.scipy.special.erfcx``, ``expi``, ``log_ndtr``... are ``custom_jvp`` functions whose
primal is a series or rational approximation (a ``scan``, a ``while`` with a run-time trip
count) and whose rule states the derivative of the *function approximated*
(``erfcx' = 2 x erfcx - 2/sqrt(pi)``), which no proof about the approximation reaches. As
for ``exp`` and ``sin`` (XLA's are approximations too), the proof takes such a call as the
mathematical function: an ``app`` node, a fresh variable per application, with the
derivative identity of the table below as the reference derivative.

A ``custom_jvp_call`` equation is read as the function ``F`` of the table only when it *is*
JAX's implementation of ``F`` (``_library_match.identify``: the same normal form of the
primal body and constants as ``F`` itself at the same argument types).

Entries, read top to bottom by a reviewer (trusted, like ``_facts.FACTS`` and
``_derivatives.PARTIALS``): the function, what it computes and where (``statement``, fact
``library_<name>`` of the certificates that use it), one app name per output, its domain
(where the application is defined, ``None``: every real), and its Jacobian written with lax
and the table's own functions (:func:`function`), never with a JVP.
"""

from __future__ import annotations

import dataclasses
import importlib
import math
from collections.abc import Callable
from typing import Any

import jax
import jax.numpy as jnp
import numpy as np
from jax import lax

from ._facts import FACTS
from ._ir import PARTIAL_APPS, Builder, Node


@dataclasses.dataclass(frozen=True)
class LibraryFunction:
    """One JAX function taken as the mathematical function it computes."""

    name: str
    module: str
    attr: str
    arity: int
    apps: tuple[str, ...]
    statement: str
    jacobian: Callable[..., list[tuple[Any, ...]]]  # per output, per operand (None: fixed)
    domain: Callable[..., list[tuple[Node, str]]] | None = None  # (b, output, *args)
    # values tried for a non-differentiable argument JAX makes static (``expn(1, x)`` bakes
    # n = 1 into the body): the body is compared with the trace at each
    static: dict[int, tuple[Any, ...]] = dataclasses.field(default_factory=dict)

    def raw(self) -> Callable:
        return getattr(importlib.import_module(self.module), self.attr)


LIBRARY: dict[str, LibraryFunction] = {}
_BY_APP: dict[str, LibraryFunction] = {}


def register_library_function(entry: LibraryFunction) -> LibraryFunction:
    """Add ``entry`` to the table (its statement becomes fact ``library_<name>``)."""
    if entry.domain is not None:  # a partial output must be partial nodes (Node.partial)
        b = Builder()
        args = [b.var(f"a{i}") for i in range(entry.arity)]
        for k, app in enumerate(entry.apps):
            if entry.domain(b, k, *args) and app not in PARTIAL_APPS:
                raise ValueError(f"{entry.name}: app '{app}' has a domain: add it to "
                                 "_ir.PARTIAL_APPS")
    LIBRARY[entry.name] = entry
    for a in entry.apps:
        _BY_APP[a] = entry
    FACTS[f"library_{entry.name}"] = entry.statement
    return entry


def function(name: str) -> Callable:
    """The table's ``name`` with the table's derivative: what references differentiate.

    A ``custom_jvp`` whose primal calls JAX's function (translated as the app node) and whose
    JVP is the table's Jacobian, so a reference of any order uses the table, never the
    library's own rule.
    """
    if name not in _REFERENCE:
        entry = LIBRARY[name]
        raw = entry.raw()
        multi = len(entry.apps) > 1

        @jax.custom_jvp
        def ref(*args):
            out = raw(*args)
            return tuple(out) if multi else (out,)

        @ref.defjvp
        def _jvp(primals, tangents):
            outs = ref(*primals)
            tans = []
            for out, row in zip(outs, entry.jacobian(*primals), strict=True):
                t = jnp.zeros_like(out)
                for d, dx in zip(row, tangents, strict=True):
                    if d is not None and np.dtype(dx.dtype) != jax.dtypes.float0:
                        t = t + d * dx
                tans.append(t)
            return outs, tuple(tans)

        _REFERENCE[name] = ref
    ref = _REFERENCE[name]
    multi = len(LIBRARY[name].apps) > 1
    return (lambda *a: ref(*a)) if multi else (lambda *a: ref(*a)[0])


_REFERENCE: dict[str, Callable] = {}


# -- the table ------------------------------------------------------------------------------
_S = "jax._src.scipy.special"


def _nonzero(b: Builder, out: int, x: Node) -> list[tuple[Node, str]]:
    return [(b.cmp("ne", x, b.const(0)), "argument != 0")]


def _ci_domain(b: Builder, out: int, x: Node) -> list[tuple[Node, str]]:
    return _nonzero(b, out, x) if out == 1 else []


def _expn_domain(b: Builder, out: int, n: Node, x: Node) -> list[tuple[Node, str]]:
    return [(b.and_(b.isint(n), b.cmp("le", b.const(0), n)), "order n an integer >= 0"),
            (b.cmp("lt", b.const(0), x), "argument x > 0")]


def _c(x, v):
    return lax.convert_element_type(v, x.dtype)


register_library_function(LibraryFunction(
    "erfcx", _S, "_erfcx", 1, ("erfcx",),
    "jax.scipy.special.erfcx (JAX's implementation, identified by its jaxpr and constants) "
    "computes erfcx(x) = exp(x**2) erfc(x) at every real x, and d erfcx(x) = "
    "2 x erfcx(x) - 2/sqrt(pi)",
    lambda x: [(2 * x * function("erfcx")(x) - _c(x, 2 / math.sqrt(math.pi)),)]))
register_library_function(LibraryFunction(
    "dawsn", _S, "_dawsn", 1, ("dawsn",),
    "jax.scipy.special.dawsn (JAX's implementation) computes Dawson's integral "
    "D(x) = exp(-x**2) int_0^x exp(t**2) dt at every real x, and d D(x) = 1 - 2 x D(x)",
    lambda x: [(1 - 2 * x * function("dawsn")(x),)]))
register_library_function(LibraryFunction(
    "log_ndtr", _S, "log_ndtr", 1, ("log_ndtr",),
    "jax.scipy.special.log_ndtr with its default series_order (JAX's implementation) "
    "computes log Phi(x), Phi the standard normal CDF, at every real x, and d log Phi(x) = "
    "phi(x) / Phi(x) = exp(-x**2 / 2 - log(2 pi) / 2 - log Phi(x))",
    lambda x: [(lax.exp(-0.5 * x * x - _c(x, 0.5 * math.log(2 * math.pi))
                        - function("log_ndtr")(x)),)]))
register_library_function(LibraryFunction(
    "expi", _S, "expi", 1, ("expi",),
    "jax.scipy.special.expi (JAX's implementation) computes the exponential integral "
    "Ei(x) = -PV int_{-x}^inf exp(-t) / t dt at every real x != 0, and d Ei(x) = exp(x) / x",
    lambda x: [(lax.exp(x) / x,)], _nonzero))
register_library_function(LibraryFunction(
    "expn", _S, "expn", 2, ("expn",),
    "jax.scipy.special.expn (JAX's implementation) computes E_n(x) = int_1^inf "
    "exp(-x t) / t**n dt for every integer n >= 0 and real x > 0, and d E_n(x) / dx = "
    "-E_(n-1)(x)",
    lambda n, x: [(None, -function("expn")(n - 1, x))], _expn_domain,
    static={0: tuple(range(8))}))
register_library_function(LibraryFunction(
    "sici", _S, "sici", 1, ("si", "ci"),
    "jax.scipy.special.sici (JAX's implementation) computes (Si(x), Ci(x)): "
    "Si(x) = int_0^x sin(t) / t dt at every real x, Ci(x) = gamma + log|x| + "
    "int_0^x (cos(t) - 1) / t dt at every real x != 0; d Si(x) = sin(x) / x (1 at x = 0), "
    "d Ci(x) = cos(x) / x",
    lambda x: [(jnp.where(x == 0, _c(x, 1), lax.sin(x) / jnp.where(x == 0, _c(x, 1), x)),),
               (lax.cos(x) / x,)], _ci_domain))
register_library_function(LibraryFunction(
    "owens_t", _S, "_owens_t_impl", 2, ("owens_t",),
    "jax.scipy.special.owens_t (JAX's implementation) computes Owen's T(h, a) = "
    "int_0^a exp(-h**2 (1 + t**2) / 2) / (2 pi (1 + t**2)) dt at every real h, a, with "
    "d T / dh = -exp(-h**2 / 2) erf(a h / sqrt(2)) / (2 sqrt(2 pi)) and d T / da = "
    "exp(-(1 + a**2) h**2 / 2) / (2 pi (1 + a**2))",
    lambda h, a: [(-lax.exp(-0.5 * h * h) * lax.erf(a * h / _c(h, math.sqrt(2)))
                   / (2 * _c(h, math.sqrt(2 * math.pi))),
                   lax.exp(-0.5 * (a * a + 1) * h * h) / (_c(h, 2 * math.pi) * (a * a + 1)))]))


def by_app(name: str) -> LibraryFunction | None:
    """The entry an app node of that name comes from."""
    return _BY_APP.get(name)


def apply(b: Builder, entry: LibraryFunction, args: list[np.ndarray], shape: tuple
          ) -> list[np.ndarray]:
    """The app nodes of ``entry`` on ``args`` (broadcast elementwise to ``shape``)."""
    b.facts.add(f"library_{entry.name}")
    arrs = [np.broadcast_to(a, shape) for a in args]
    outs = []
    for app in entry.apps:
        out = np.empty(shape, dtype=object)
        for idx in np.ndindex(shape):
            out[idx] = b.app(app, *[a[idx] for a in arrs])
        outs.append(out)
    return outs


def domain(b: Builder, n: Node) -> list[tuple[Node, str]]:
    """Where the app node ``n`` of a table function is defined (``_lower.definedness``)."""
    entry = _BY_APP.get(n.value)
    if entry is None or entry.domain is None:
        return []
    return entry.domain(b, entry.apps.index(n.value), *n.args)
