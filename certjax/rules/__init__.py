# SPDX-License-Identifier: Apache-2.0
"""The certified rule library (importable as ``certjax.rules``; ``rules/`` at the repo top).

Each module defines its rules with the public API and has ``make_registrations()``
(``functools.cache``'d): it returns ``{rule name: certified function}``. :func:`load_all` is
the one wiring point that calls them. Importing this package loads the library's stored
certificates (``proofs/``): a rule whose fingerprint matches its ``proved`` certificate is
not proved again; any other rule is proved by Z3 when ``make_registrations()`` runs.

Example:
    >>> import jax
    >>> import certjax.rules
    >>> rules = certjax.rules.load_all()
    >>> rules["elementwise.softplus"].certificate.verdict
    'proved'
    >>> float(jax.grad(rules["arithmetic.mul"], argnums=1)(2.0, 3.0))
    2.0
"""

from __future__ import annotations

import importlib
import pkgutil
from types import ModuleType

from .._store import library_proofs_dir, preload_proofs

# the estimator pairs' certificates are loaded when a pair is first asked for (estimators.py)
preload_proofs(library_proofs_dir(), skip={"estimators"})


def modules() -> list[ModuleType]:
    """Every rule module of the library, imported."""
    return [
        importlib.import_module(f"{__name__}.{m.name}")
        for m in pkgutil.iter_modules(__path__)
        if not m.name.startswith("_")
    ]


def load_all() -> dict[str, object]:
    """Call every module's ``make_registrations()``; returns ``"module.rule"`` -> function."""
    out: dict[str, object] = {}
    for mod in modules():
        group = mod.__name__.rpartition(".")[2]
        out.update({f"{group}.{name}": fn for name, fn in mod.make_registrations().items()})
    return out
