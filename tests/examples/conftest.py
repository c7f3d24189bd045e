# SPDX-License-Identifier: Apache-2.0
"""The VAE example's modules live in examples/ (beside the notebook), not in the package."""

import sys
from pathlib import Path

import pytest

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
if str(EXAMPLES) not in sys.path:
    sys.path.insert(0, str(EXAMPLES))


@pytest.fixture(scope="session")
def mnist():
    import vae_data

    return vae_data.load_mnist()


@pytest.fixture
def tiny_cfg():
    import vae_lib

    return vae_lib.Config(hidden=16, latent=4, batch_size=20, epochs=2, train_size=60,
                          test_size=40, seed=0)
