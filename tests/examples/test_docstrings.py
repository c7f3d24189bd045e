# SPDX-License-Identifier: Apache-2.0
"""The docstring examples of the VAE example's modules run (pytest collects tests/ only)."""

import doctest

import pytest
import vae_data
import vae_lib
import vae_train


@pytest.mark.parametrize("module", [vae_data, vae_lib, vae_train])
def test_docstring_examples(module):
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    assert result.attempted > 0 and result.failed == 0
