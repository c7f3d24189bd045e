# SPDX-License-Identifier: Apache-2.0
"""The :class:`Distribution` interface, supports, and parameter validation.

A distribution is a small pytree of parameter arrays (like NumPyro's), broadcast against each
other to its ``batch_shape``. Every method is a pure JAX function of the parameters, so the code
that certification translates (``log_prob``, ``transform``) is the code that runs.

Reparameterizable distributions split their sampler in two: ``base_sample(key, shape)`` draws
parameter-free noise ``eps`` from ``base_log_prob``'s density (a ``jax.random`` sampler, trusted
and listed as an assumption), and ``transform(eps)`` maps it to a sample. ``rsample`` is exactly
``transform(base_sample(key, shape))``, and the change-of-variables obligation is proved on
``transform`` and ``log_prob``.

Implicitly reparameterizable distributions (``implicit_rsample = True``: Gamma and what is built
from it) have no parameter-free noise: ``rsample`` draws ``z`` with ``jax.random`` (no gradient)
and attaches the tangent ``dz/dtheta = -(dF/dtheta) / (dF/dz)`` of their CDF ``cdf(z)`` (Figurnov
et al. 2018, :mod:`certjax.distributions._implicit`); the obligations proved for them are about
``cdf``, ``log_prob`` and that tangent (:mod:`certjax.stochastic._implicit`).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any, ClassVar

import jax
import jax.numpy as jnp
import numpy as np
from jax import core as _jcore

MSG_BAD_PARAM = """\
{dist}: invalid parameter {name}={value}: {name} must satisfy {requirement}.
Example of a valid call:
    {example}
(Under jax.jit the values are not known when the distribution is built, so this check cannot
run; see certjax.distributions and certjax.enable_validation for the behaviour there.)"""

MSG_NO_PARAMS = """\
{dist} needs exactly one of {options}, got {got}. Write e.g.
    {example}"""


@dataclasses.dataclass(frozen=True)
class Support:
    """Where a distribution puts its mass.

    Attributes:
        name: human-readable description, quoted in certificates.
        check: ``check(dist, z)`` -> boolean array, True where ``z`` is in the support.
        fixed: False when the support moves with the parameters (``Uniform(low, high)``): the
            score-function identity then misses boundary terms, so no score estimator is offered.
        size: number of points for a finite support (values ``0 .. size-1``), else None;
            a callable of the distribution when it depends on the event shape.
        interval: the support is an interval of the reals (connected). Set by the library's
            supports only: the reparameterization certificate may then derive
            ``transform(inverse(z)) == z`` from the other obligations (see
            ``certjax.stochastic._pairs``) when Z3 cannot decide it directly.
    """

    name: str
    check: Callable[[Any, Any], Any]
    fixed: bool = True
    size: int | Callable[[Any], int] | None = None
    interval: bool = False


real = Support("all reals", lambda d, z: jnp.isfinite(z), interval=True)
positive = Support("z > 0", lambda d, z: z > 0, interval=True)
boolean = Support("{0, 1}", lambda d, z: (z == 0) | (z == 1), size=2)


def _is_concrete(x: Any) -> bool:
    return not isinstance(x, _jcore.Tracer)


def holds(pred: Any) -> bool | None:
    """``all(pred)`` when its value is known now, else None (under ``jit`` / batched ``vmap``).

    Inside ``jax.grad`` (and so inside ``certjax.grad`` without ``jit``) the parameters are
    tracers whose values are known: JAX lets ``bool`` read them, as it does for Python control
    flow under ``grad``. An abstract value raises ``ConcretizationTypeError``: nothing is checked.
    """
    try:
        return bool(jnp.all(pred))
    except jax.errors.ConcretizationTypeError:
        return None


def shown(x: Any) -> Any:
    """A parameter value for an error message (the primal of a ``grad`` tracer when readable)."""
    while isinstance(x, _jcore.Tracer) and hasattr(x, "primal"):
        x = x.primal
    if isinstance(x, _jcore.Tracer):
        return f"<traced {jax.typeof(x).str_short()}>"
    arr = np.asarray(x)
    return arr if arr.size <= 6 else f"array{list(arr.shape)} with bad entries"


def as_param(x: Any) -> jax.Array:
    """A parameter as a floating JAX array (ints are promoted, as in NumPyro)."""
    x = jnp.asarray(x)
    if not jnp.issubdtype(x.dtype, jnp.floating):
        x = x.astype(jnp.result_type(float))
    return x


class Distribution:
    """Base class: a batch of independent scalar (or categorical) distributions.

    Subclasses set :attr:`param_names`, :attr:`support`, the methods ``log_prob``,
    ``_sample`` and ``mean``, and for reparameterization ``base_sample``, ``base_log_prob``,
    ``base_support`` and ``transform``. :meth:`certification_example` gives the parameter
    shapes certificates are proved at and :meth:`param_domain` the parameters' domain.
    """

    param_names: ClassVar[tuple[str, ...]] = ()
    support: ClassVar[Support] = real
    has_rsample: ClassVar[bool] = False
    # pathwise through the CDF's implicit derivative (not a transform of parameter-free noise)
    implicit_rsample: ClassVar[bool] = False
    # how: "cdf" (its own cdf and log_prob, Gamma) or "gamma" (normalized Gammas: Beta)
    implicit_from: ClassVar[str] = ""
    base_name: ClassVar[str] = ""
    event_ndims: ClassVar[int] = 0
    # requirement text and numpy predicate per parameter, for concrete validation
    _checks: ClassVar[dict[str, tuple[str, Callable[[np.ndarray], np.ndarray]]]] = {}
    _example: ClassVar[str] = ""

    def __init__(self, *params: Any, validate_args: bool = True) -> None:
        arrays = [as_param(p) for p in params]
        for name, value in zip(self.param_names, arrays, strict=True):
            object.__setattr__(self, name, value)
        self.validate_args = validate_args
        if validate_args:
            self._validate()

    # -- pytree -----------------------------------------------------------------------------
    def tree_flatten(self):
        return tuple(getattr(self, n) for n in self.param_names), self.validate_args

    @classmethod
    def tree_unflatten(cls, aux, children):
        obj = object.__new__(cls)
        for name, value in zip(cls.param_names, children, strict=True):
            object.__setattr__(obj, name, value)
        obj.validate_args = aux
        return obj

    def __init_subclass__(cls, **kw: Any) -> None:
        super().__init_subclass__(**kw)
        jax.tree_util.register_pytree_node_class(cls)

    # -- shapes -----------------------------------------------------------------------------
    @property
    def params(self) -> dict[str, jax.Array]:
        return {n: getattr(self, n) for n in self.param_names}

    @property
    def batch_shape(self) -> tuple[int, ...]:
        shapes = [self._param_batch_shape(n, jnp.shape(p)) for n, p in self.params.items()]
        return tuple(np.broadcast_shapes(*shapes)) if shapes else ()

    def _param_batch_shape(self, name: str, shape: tuple[int, ...]) -> tuple[int, ...]:
        return shape

    @property
    def event_shape(self) -> tuple[int, ...]:
        return ()

    def shape(self, sample_shape: tuple[int, ...] = ()) -> tuple[int, ...]:
        return tuple(sample_shape) + self.batch_shape + self.event_shape

    # -- sampling -----------------------------------------------------------------------------
    def sample(self, key: jax.Array, sample_shape: tuple[int, ...] = ()) -> jax.Array:
        """Draw a sample of shape ``sample_shape + batch_shape`` (no gradient path)."""
        return jax.lax.stop_gradient(self._sample(key, tuple(sample_shape)))

    def _sample(self, key: jax.Array, sample_shape: tuple[int, ...]) -> jax.Array:
        return self.rsample(key, sample_shape)

    def rsample(self, key: jax.Array, sample_shape: tuple[int, ...] = ()) -> jax.Array:
        """Reparameterized sample ``transform(base_sample(key, shape))``, differentiable."""
        if not (self.has_rsample or self.implicit_rsample):
            raise NotImplementedError(f"{type(self).__name__} has no reparameterized sampler")
        eps = self.base_sample(key, self.shape(sample_shape))
        return self.transform(eps)

    def base_sample(self, key: jax.Array, shape: tuple[int, ...]) -> jax.Array:
        raise NotImplementedError

    def base_log_prob(self, eps: jax.Array) -> jax.Array:
        raise NotImplementedError

    def base_support(self, eps: jax.Array) -> jax.Array:
        return jnp.isfinite(eps)

    def transform(self, eps: jax.Array) -> jax.Array:
        raise NotImplementedError

    def log_prob(self, value: Any) -> jax.Array:
        raise NotImplementedError

    def cdf(self, value: Any) -> jax.Array:
        raise NotImplementedError

    @property
    def mean(self) -> jax.Array:
        raise NotImplementedError

    @property
    def variance(self) -> jax.Array:
        raise NotImplementedError

    def support_size(self) -> int | None:
        s = self.support.size
        return s(self) if callable(s) else s

    def support_point(self, k: Any) -> Any:
        """The sample value of index ``k`` (an integer array) of a finite support: ``k``
        itself, or (:class:`OneHotCategorical`) the one-hot vector ``e_k`` along a new last
        axis. Enumeration and its certificates evaluate ``log_prob`` at these values."""
        return k

    # -- certification hooks -------------------------------------------------------------------
    @classmethod
    def certification_example(cls) -> dict[str, Any]:
        """Parameter arrays whose shapes the certificates are proved at (scalars by default)."""
        return {n: np.float32(1.0) for n in cls.param_names}

    @staticmethod
    def param_domain(**params: Any) -> Any:
        """Boolean array: the parameters are valid (traceable; used as the proof's domain)."""
        return jnp.bool_(True)

    # -- validation -------------------------------------------------------------------------------
    def _param_ok(self) -> dict[str, Any]:
        """Per parameter, the elementwise validity (a boolean array; traceable)."""
        out = {}
        for name in self.param_names:
            value = getattr(self, name)
            _, ok = self._checks.get(name, ("not NaN", lambda a: a == a))
            out[name] = ~jnp.isnan(value) & ok(value)
        return out

    def valid_params(self) -> jax.Array:
        """Scalar boolean: every parameter is valid (what ``validate_args`` checks), traceable.

        Under ``jit`` the check cannot raise; after :func:`certjax.enable_validation`,
        :func:`certjax.sample` uses this to make the site's log-density (and floating sample)
        NaN when it is False, so the value and the gradient of :func:`certjax.grad` are NaN.
        """
        oks = [jnp.all(v) for v in self._param_ok().values()]
        return jnp.all(jnp.stack(oks)) if oks else jnp.bool_(True)

    def _validate(self) -> None:
        for name, ok in self._param_ok().items():
            good = holds(ok)  # None: the value is unknown (under jit): not checked, documented
            if good is False:
                value = getattr(self, name)
                req = self._checks.get(name, ("not NaN",))[0]
                raise ValueError(MSG_BAD_PARAM.format(
                    dist=type(self).__name__, name=name, value=shown(value), requirement=req,
                    example=self._example))

    def __repr__(self) -> str:
        inner = ", ".join(f"{n}={getattr(self, n)!r}" for n in self.param_names)
        return f"{type(self).__name__}({inner})"
