# SPDX-License-Identifier: Apache-2.0
"""The VAE of Certigrad (Selsam, Liang & Dill 2017), written with certified parts.

Model (Kingma & Welling 2014, "Auto-Encoding Variational Bayes", with Certigrad's settings):
encoder ``784 -> 1000 -> 1000 -> (mu, sigma)`` with a 30-dimensional latent, decoder mirrored,
softplus activations, ``sigma = sqrt(exp(.))``, a Bernoulli decoder on logits, the analytic KL
to the ``N(0, I)`` prior, Xavier (Glorot-uniform) weights and zero biases, Adam(1e-3).

The loss is the negative ELBO per example,

.. math::
    -\\mathrm{ELBO}(x) = \\sum_{pixels} -\\log \\mathrm{Bern}(x; \\sigma(\\mathrm{dec}(z)))
        + \\sum_{latent} \\mathrm{KL}(N(\\mu, \\sigma^2) \\| N(0, 1)),
    \\quad z = \\mu + \\sigma \\epsilon,

written with :func:`certjax.sample` of a :class:`certjax.distributions.Normal` with the
``"reparam"`` (pathwise) estimator, the certified Bernoulli negative log-likelihood, the
certified Gaussian KL and the certified softplus; the gradient is
:func:`certjax.value_and_grad` of it, an unbiased estimate of the gradient of the expected
loss by the (Normal, reparam) estimator certificate. :func:`certified_parts` is the one place
the certified rules are imported.
"""

from __future__ import annotations

import dataclasses
import functools
import importlib
import inspect
import math
import os
from collections.abc import Callable
from typing import Any, NamedTuple

import jax
import jax.numpy as jnp
import optax
import vae_data
from jax.extend import core as jcore

import certjax as cj
from certjax import distributions as cjd
from certjax import estimators as cje
from certjax import stochastic as cjs

Params = dict[str, dict[str, jax.Array]]


# -- configuration ------------------------------------------------------------------------------
@dataclasses.dataclass(frozen=True)
class Config:
    """Everything a run depends on; :func:`config_from_env` overrides it from ``VAE_*``."""

    hidden: int = 1000
    latent: int = 30
    batch_size: int = 250
    learning_rate: float = 1e-3
    epochs: int = 10
    train_size: int = 50000
    test_size: int = 10000
    seed: int = 0

    def model_tag(self) -> str:
        """A name for the checkpoint folder: what must match for a checkpoint to be resumed."""
        return (f"h{self.hidden}-z{self.latent}-b{self.batch_size}-lr{self.learning_rate:g}"
                f"-n{self.train_size}-s{self.seed}")


ENV = {"VAE_HIDDEN": "hidden", "VAE_LATENT": "latent", "VAE_BATCH": "batch_size",
       "VAE_LR": "learning_rate", "VAE_EPOCHS": "epochs", "VAE_TRAIN_SIZE": "train_size",
       "VAE_TEST_SIZE": "test_size", "VAE_SEED": "seed"}


def config_from_env(environ: dict[str, str] | None = None, **overrides: Any) -> Config:
    """:class:`Config` with the ``VAE_*`` environment variables applied (e.g. ``VAE_EPOCHS=1``).

    Example:
        >>> config_from_env({"VAE_EPOCHS": "2", "VAE_HIDDEN": "64"}).epochs
        2
    """
    environ = os.environ if environ is None else environ
    fields = {f.name: f.type for f in dataclasses.fields(Config)}
    values = dict(overrides)
    for var, name in ENV.items():
        if var in environ:
            cast = float if fields[name] in (float, "float") else int
            try:
                values[name] = cast(environ[var])
            except ValueError:
                raise ValueError(f"{var}={environ[var]!r}: expected a {cast.__name__}") from None
    return Config(**values)


# -- the certified pieces (the ONE import point) --------------------------------------------------
class Parts(NamedTuple):
    """The certified functions the loss is written with, and where each came from."""

    softplus: Callable
    bernoulli_neglogpdf: Callable  # (logits, x) -> elementwise -log Bern(x; sigmoid(logits))
    mvn_kl: Callable  # (mu, sigma) -> KL(N(mu, diag sigma^2) || N(0, I)), summed over all
    certified: dict[str, Any]  # rule name -> certified function (has .certificate)
    origin: dict[str, str]  # piece -> where it was imported from
    estimator: cj.Certificate  # the proved certificate of the (Normal, reparam) estimator pair


# Where the rule library keeps each piece: (module of certjax.rules, rule name).
LIBRARY = {
    "softplus": ("elementwise", "softplus"),
    "bernoulli_neglogpdf": ("losses", "bernoulli_neglogpdf_logits"),
    "mvn_kl": ("gaussian", "mvn_kl"),
}


@functools.cache
def certified_parts() -> Parts:
    """Import the certified pieces of the loss (proved on first call, cached afterwards).

    This is the one place the loss's certified rules come from (the rule library
    ``certjax.rules``); it also proves, or fetches, the certificate of the estimator the loss's
    sample uses (:func:`certjax.sample` of a :class:`certjax.distributions.Normal` with the
    ``"reparam"`` estimator). A missing or unproved piece raises; there is no fallback.

    Example:
        >>> parts = certified_parts()
        >>> all(f.certificate.verdict == "proved" for f in parts.certified.values())
        True
        >>> parts.estimator.rule, parts.estimator.verdict
        ('reparam x Normal', 'proved')
    """
    certified: dict[str, Any] = {}
    origin: dict[str, str] = {}
    for piece, (module, name) in LIBRARY.items():
        rules = importlib.import_module(f"certjax.rules.{module}").make_registrations()
        if name not in rules:
            raise ImportError(f"certjax.rules.{module} has no rule {name!r} (the VAE's {piece})")
        certified[piece], origin[piece] = rules[name], f"certjax.rules.{module}:{name}"
    estimator = cjs.certificate(cjd.Normal, cje.reparam())  # the pair the loss samples with
    origin["sample"] = "certjax.sample(key, certjax.distributions.Normal(mu, sigma), " \
                       "estimator='reparam')"
    origin["value_and_grad"] = "certjax.value_and_grad"
    return Parts(
        softplus=certified["softplus"], bernoulli_neglogpdf=certified["bernoulli_neglogpdf"],
        mvn_kl=certified["mvn_kl"], certified=certified, origin=origin, estimator=estimator,
    )


# -- model --------------------------------------------------------------------------------------
LAYERS = ("enc1", "enc2", "enc_mu", "enc_sigma", "dec1", "dec2", "dec_out")


def layer_sizes(cfg: Config, n_in: int = 784) -> dict[str, tuple[int, int]]:
    h, z = cfg.hidden, cfg.latent
    return {"enc1": (n_in, h), "enc2": (h, h), "enc_mu": (h, z), "enc_sigma": (h, z),
            "dec1": (z, h), "dec2": (h, h), "dec_out": (h, n_in)}


@functools.partial(jax.jit, static_argnums=(1, 2))
def init_params(key: jax.Array, cfg: Config, n_in: int = 784) -> Params:
    """Xavier (Glorot-uniform) weights U(-a, a) with a = sqrt(6 / (fan_in + fan_out)); zero biases.

    Reference: Glorot & Bengio (2010), "Understanding the difficulty of training deep
    feedforward neural networks".
    """
    params = {}
    for k, (name, (fan_in, fan_out)) in zip(
        jax.random.split(key, len(LAYERS)), layer_sizes(cfg, n_in).items(), strict=True
    ):
        a = math.sqrt(6.0 / (fan_in + fan_out))
        w = jax.random.uniform(k, (fan_in, fan_out), jnp.float32, -a, a)
        params[name] = {"w": w, "b": jnp.zeros((fan_out,), jnp.float32)}
    return params


def _dense(p: dict[str, jax.Array], x: jax.Array) -> jax.Array:
    return x @ p["w"] + p["b"]


def encode(params: Params, x: jax.Array, softplus: Callable) -> tuple[jax.Array, jax.Array]:
    """``(mu, sigma)`` of q(z | x); ``sigma = sqrt(exp(.))`` as in Certigrad."""
    h = softplus(_dense(params["enc1"], x))
    h = softplus(_dense(params["enc2"], h))
    return _dense(params["enc_mu"], h), jnp.sqrt(jnp.exp(_dense(params["enc_sigma"], h)))


def decode(params: Params, z: jax.Array, softplus: Callable) -> jax.Array:
    """Bernoulli logits of p(x | z)."""
    h = softplus(_dense(params["dec1"], z))
    h = softplus(_dense(params["dec2"], h))
    return _dense(params["dec_out"], h)


def make_loss(parts: Parts) -> Callable[[Params, jax.Array, jax.Array], jax.Array]:
    """The negative ELBO, averaged over the batch, as ``loss(params, key, x)`` (x binary).

    Differentiate it with :func:`certjax.value_and_grad` (as :func:`make_train_step` does):
    outside ``cj.grad`` a ``cj.sample`` is a plain, stop-gradient draw, so :func:`jax.grad` of
    this loss would miss the path through ``z``. Evaluating it needs neither.
    """

    def loss(params: Params, key: jax.Array, x: jax.Array) -> jax.Array:
        mu, sigma = encode(params, x, parts.softplus)
        z = cj.sample(key, cjd.Normal(mu, sigma), estimator="reparam")  # mu + sigma*eps
        logits = decode(params, z, parts.softplus)
        # sum over pixels, latents and examples, then per example
        return (jnp.sum(parts.bernoulli_neglogpdf(logits, x)) + parts.mvn_kl(mu, sigma)) / len(x)

    return loss


def make_optimizer(cfg: Config) -> optax.GradientTransformation:
    return optax.adam(cfg.learning_rate, b1=0.9, b2=0.999, eps=1e-8)


def make_train_step(cfg: Config, parts: Parts | None = None, loss: Callable | None = None):
    """A jitted ``step(params, opt_state, key, images) -> (params, opt_state, loss)``.

    ``images`` are grey levels; the step binarizes them dynamically with part of ``key``.
    ``params`` and ``opt_state`` are donated (updated in place): do not use them after the call.
    By default the loss is :func:`make_loss` of :func:`certified_parts`, differentiated with
    :func:`certjax.value_and_grad`; a ``loss`` given here is a plain JAX loss (no
    ``cj.sample`` sites), differentiated with :func:`jax.value_and_grad`.
    """
    parts = parts if parts is not None else certified_parts()
    value_and_grad = cj.value_and_grad if loss is None else jax.value_and_grad
    loss = loss if loss is not None else make_loss(parts)
    optimizer = make_optimizer(cfg)
    loss_and_grad = value_and_grad(loss)

    @functools.partial(jax.jit, donate_argnums=(0, 1))
    def step(params, opt_state, key, images):
        k_bin, k_z = jax.random.split(key)
        value, grads = loss_and_grad(params, k_z, vae_data.binarize(k_bin, images))
        updates, opt_state = optimizer.update(grads, opt_state, params)
        return optax.apply_updates(params, updates), opt_state, value

    return step


def make_eval(parts: Parts | None = None, loss: Callable | None = None):
    """A jitted ``evaluate(params, key, x) -> -ELBO`` (one sample of z) on binary ``x``."""
    return jax.jit(loss if loss is not None else make_loss(parts or certified_parts()))


# -- the audit: which custom rules does the loss contain? -----------------------------------------
class RuleUse(NamedTuple):
    kind: str  # "custom_vjp" or "custom_jvp"
    name: str
    certified: Any  # the certified function whose rule this is, or None


def custom_rules_in(fn: Callable, *args: Any, known: dict[str, Any] | None = None) -> list[RuleUse]:
    """Every custom derivative rule whose derivative ``jax.grad(fn)`` would use, in order.

    Rules are matched to ``known`` (name -> certified function) by the identity of their
    ``bwd`` (custom VJP) or ``jvp`` (custom JVP) function, so a look-alike of the same name is
    not mistaken for a certified rule. The bodies of custom rules are not entered: a rule nested
    inside another rule's primal never has its derivative used.
    """
    known = certified_parts().certified if known is None else known
    by_bwd = {id(getattr(f, "bwd", None)): (n, f) for n, f in known.items()}
    by_src = {_src_info(f.fun): (n, f) for n, f in known.items()}
    out: list[RuleUse] = []

    def walk(jaxpr):
        for eqn in jaxpr.eqns:
            prim = eqn.primitive.name
            if prim in ("custom_vjp_call", "custom_jvp_call"):
                kind = prim.removesuffix("_call")
                info = eqn.params["call_jaxpr"].jaxpr.debug_info
                src = getattr(info, "func_src_info", None) or "?"
                hit = None
                if kind == "custom_vjp":  # the bwd that jax.grad will call
                    hit = by_bwd.get(id(getattr(eqn.params["bwd"], "f", None)))
                else:  # JAX keeps only a memoized jvp; match the primal's definition site
                    hit = by_src.get(src)
                out.append(RuleUse(kind, hit[0] if hit else src.split()[0],
                                   hit[1] if hit else None))
            else:
                for sub in jcore.jaxprs_in_params(eqn.params):
                    walk(sub)

    walk(jax.make_jaxpr(fn)(*args).jaxpr)
    return out


def _src_info(fun: Callable) -> str:
    """``name at file:line``, as JAX records a traced function's definition site."""
    try:
        fun = inspect.unwrap(fun)
        return f"{fun.__name__} at {inspect.getsourcefile(fun)}:{inspect.getsourcelines(fun)[1]}"
    except (TypeError, OSError, AttributeError):
        return repr(fun)
