# SPDX-License-Identifier: Apache-2.0
"""The trust base stays auditable in one sitting: the README names every file of it, and each
is one concept of bounded size (``_certificate.TRUST_BASE`` is what makes proofs stale)."""

from pathlib import Path

import pytest

from certjax._certificate import TRUST_BASE

ROOT = Path(__file__).resolve().parents[1]
MAX_LINES = 520  # "under ~500 lines"


@pytest.mark.parametrize("name", TRUST_BASE)
def test_trust_base_file_is_listed_and_small(name):
    readme = (ROOT / "README.md").read_text()
    assert f"`{name}`" in readme or f"`certjax/{name}`" in readme, name
    lines = (ROOT / "certjax" / name).read_text().count("\n")
    assert lines <= MAX_LINES, f"{name}: {lines} lines; split it by concept"
