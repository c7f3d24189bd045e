# SPDX-License-Identifier: Apache-2.0
"""Figures of the VAE notebook (matplotlib; each function returns its figure)."""

from __future__ import annotations

import jax
import jax.numpy as jnp
import matplotlib.pyplot as plt
import numpy as np
import vae_lib

# jitted once each: the figures call them on whole test sets
_encode = jax.jit(vae_lib.encode, static_argnums=2)
_decode_means = jax.jit(lambda params, z, softplus: jax.nn.sigmoid(
    vae_lib.decode(params, z, softplus)), static_argnums=2)


def elbo_curves(history: dict[str, list[float]]):
    """Train and test ELBO (nats per example) after each epoch."""
    fig, ax = plt.subplots(figsize=(6, 3.5))
    epochs = np.arange(1, len(history["train_elbo"]) + 1)
    ax.plot(epochs, history["train_elbo"], "o-", label="train (dynamic binarization)")
    ax.plot(epochs, history["test_elbo"], "s-", label="test (fixed binarization)")
    ax.set_xlabel("epoch")
    ax.set_ylabel("ELBO (nats per image)")
    ax.grid(alpha=0.3)
    ax.legend()
    fig.tight_layout()
    return fig


def _grid(images: np.ndarray, rows: int, cols: int) -> np.ndarray:
    tiles = images[: rows * cols].reshape(rows, cols, 28, 28)
    return tiles.transpose(0, 2, 1, 3).reshape(rows * 28, cols * 28)


def show_grid(images: np.ndarray, rows: int, cols: int, title: str):
    fig, ax = plt.subplots(figsize=(cols * 0.6, rows * 0.6 + 0.4))
    ax.imshow(_grid(np.asarray(images), rows, cols), cmap="gray", vmin=0, vmax=1)
    ax.set_title(title)
    ax.axis("off")
    fig.tight_layout()
    return fig


def reconstructions(params, x: np.ndarray, parts: vae_lib.Parts, n: int = 10):
    """Top row: test digits (binarized); bottom row: Bernoulli means of p(x | z = mu(x))."""
    mu, _ = _encode(params, jnp.asarray(x[:n]), parts.softplus)
    recon = _decode_means(params, mu, parts.softplus)
    both = np.concatenate([np.asarray(x[:n]), np.asarray(recon)])
    return show_grid(both, 2, n, "test digits (top) and their reconstructions (bottom)")


def prior_samples(params, key, cfg: vae_lib.Config, parts: vae_lib.Parts, rows=4, cols=10):
    """Bernoulli means of p(x | z) for z ~ N(0, I)."""
    z = jax.random.normal(key, (rows * cols, cfg.latent))
    means = _decode_means(params, z, parts.softplus)
    return show_grid(np.asarray(means), rows, cols, "samples from the prior (Bernoulli means)")


def latent_space(params, x: np.ndarray, labels: np.ndarray, parts: vae_lib.Parts, n=3000):
    """The posterior means of (the first ``n``) test digits, on their two principal components."""
    x, labels = x[:n], labels[:n]
    mu, _ = _encode(params, jnp.asarray(x), parts.softplus)
    mu = np.asarray(mu, np.float64)
    centred = mu - mu.mean(axis=0)
    _, s, vt = np.linalg.svd(centred, full_matrices=False)
    xy = centred @ vt[:2].T
    explained = (s[:2] ** 2).sum() / (s**2).sum()
    fig, ax = plt.subplots(figsize=(5.5, 4.5))
    points = ax.scatter(xy[:, 0], xy[:, 1], c=labels, cmap="tab10", s=3, vmin=-0.5, vmax=9.5)
    fig.colorbar(points, ax=ax, ticks=range(10), label="digit")
    ax.set_title(f"latent means, first 2 principal components ({explained:.0%} of variance)")
    ax.set_xlabel("PC 1")
    ax.set_ylabel("PC 2")
    fig.tight_layout()
    return fig
