# SPDX-License-Identifier: Apache-2.0
"""Every docstring example in the package runs (pytest collects tests/ only)."""

import doctest
import importlib
import importlib.util
import pkgutil
from pathlib import Path

import pytest

import certjax

FLAGS = doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE
# not here: ``__main__`` (importing it runs the command line) and the rule library, whose
# modules, imported under the suite's fresh proof cache (conftest), prove their rules again
# (60 s in all); tests/rules and tests/test_store.py test them and loading them
NAMES = sorted(m.name for m in pkgutil.walk_packages(certjax.__path__, "certjax.")
               if m.name != "certjax.__main__" and not m.name.startswith("certjax.rules"))


def _with_examples(name: str) -> bool:  # (read, not imported: collection stays cheap)
    spec = importlib.util.find_spec(name)
    return ">>> " in Path(spec.origin).read_text()


@pytest.mark.parametrize("name", [n for n in NAMES if _with_examples(n)])
def test_docstring_examples_run(name):
    result = doctest.testmod(importlib.import_module(name), optionflags=FLAGS)
    assert result.attempted > 0 and result.failed == 0
