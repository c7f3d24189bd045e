# SPDX-License-Identifier: Apache-2.0
"""The certified rule library (importable as ``certjax.rules``; ``rules/`` at the repo top).

Each module defines its rules with the public API and has ``make_registrations()``;
:func:`load_all` is the one wiring point that calls them.
"""

from __future__ import annotations

import importlib
import pkgutil
from types import ModuleType


def modules() -> list[ModuleType]:
    """Every rule module of the library, imported."""
    return [
        importlib.import_module(f"{__name__}.{m.name}")
        for m in pkgutil.iter_modules(__path__)
        if not m.name.startswith("_")
    ]


def load_all() -> dict[str, object]:
    """Call every module's ``make_registrations()``; returns rule name -> certified function."""
    out: dict[str, object] = {}
    for mod in modules():
        out.update(mod.make_registrations())
    return out
