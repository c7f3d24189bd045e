# SPDX-License-Identifier: Apache-2.0
"""``certjax audit MODULE:FUNCTION``: the table of :func:`certjax.audit` on the command line.

Exit codes: 0 every custom rule met is proved (or none is met); 1 some rule is not proved;
2 usage error (bad ``MODULE:FUNCTION`` or signature). ``--survey`` prints the survey of
JAX's and optax's rules (``docs/audit.md``) and exits 0.
"""

from __future__ import annotations

import argparse
import importlib
import inspect
import re
from typing import Any, TextIO

import jax
import numpy as np

MSG_BAD_TARGET = """\
certjax audit: cannot load '{target}': {error}
Name a function as MODULE:FUNCTION, e.g.
    certjax audit jax.nn:softplus
    certjax audit my_project.losses:loss --sig 'f32[3],f32[3]'"""

MSG_BAD_SIG = """\
certjax audit: cannot read the signature '{sig}'. Write one DTYPE[DIMS] per argument,
separated by commas, e.g. --sig 'f32[],f32[3],i32[2,4]' (dtypes: f16 f32 f64 bf16 i8..i64
u8..u64 bool)."""

_ITEM = re.compile(r"\s*([a-z]+[0-9]*)\[([0-9,\s]*)\]\s*(,|$)")
_DTYPES = {"f": "float", "i": "int", "u": "uint", "c": "complex"}


def parse_signature(text: str) -> list[jax.ShapeDtypeStruct]:
    """``"f32[],f32[3]"`` -> ShapeDtypeStructs; raises ValueError naming the text.

    Example:
        >>> parse_signature("f32[],i32[2,3]")
        [ShapeDtypeStruct(shape=(), dtype=float32), ShapeDtypeStruct(shape=(2, 3), dtype=int32)]
    """
    out, pos = [], 0
    text = text.strip()
    while pos < len(text):
        m = _ITEM.match(text, pos)
        if m is None:
            raise ValueError(MSG_BAD_SIG.format(sig=text))
        out.append(jax.ShapeDtypeStruct(
            tuple(int(d) for d in m.group(2).replace(" ", "").split(",") if d),
            _dtype(m.group(1), text)))
        pos = m.end()
    return out


def _dtype(name: str, text: str) -> Any:
    if name == "bool":
        return np.dtype(bool)
    if name == "bf16":
        return jax.numpy.bfloat16
    kind, bits = name[:1], name[1:]
    if kind not in _DTYPES or not bits.isdigit():
        raise ValueError(MSG_BAD_SIG.format(sig=text))
    try:
        return np.dtype(f"{_DTYPES[kind]}{bits}")
    except TypeError as e:
        raise ValueError(MSG_BAD_SIG.format(sig=text)) from e


def load(target: str) -> Any:
    """``"package.module:attr.path"`` -> the object."""
    module, sep, attr = target.partition(":")
    if not sep or not module or not attr:
        raise ValueError(MSG_BAD_TARGET.format(target=target, error="expected MODULE:FUNCTION"))
    try:
        obj: Any = importlib.import_module(module)
        for part in attr.split("."):
            obj = getattr(obj, part)
    except (ImportError, AttributeError) as e:
        raise ValueError(MSG_BAD_TARGET.format(target=target, error=e)) from e
    if not callable(obj):
        raise ValueError(MSG_BAD_TARGET.format(target=target, error="not callable"))
    return obj


def default_signature(fn: Any) -> list[jax.ShapeDtypeStruct]:
    """One ``f32[]`` per required positional parameter of ``fn``."""
    params = inspect.signature(fn).parameters.values()
    return [jax.ShapeDtypeStruct((), np.float32) for p in params
            if p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD) and p.default is p.empty]


def add_parser(sub: Any) -> None:
    """Wire the ``audit`` subcommand into ``certjax``'s argparse subparsers."""
    p = sub.add_parser(
        "audit", help="find and prove the custom derivative rules inside a function",
        description="Trace MODULE:FUNCTION, prove every custom_jvp/custom_vjp rule inside "
                    "at the shapes met, print the table. Exit 0 all proved, 1 a rule not "
                    "proved, 2 usage error.")
    p.add_argument("target", nargs="?", help="MODULE:FUNCTION, e.g. jax.nn:softplus")
    p.add_argument("--sig", help="argument shapes, e.g. 'f32[],f32[3]' (default: f32[] each)")
    p.add_argument("--markdown", action="store_true", help="print a Markdown table")
    p.add_argument("--survey", action="store_true",
                   help="audit JAX's and optax's public functions (docs/audit.md)")


def run(args: argparse.Namespace, stream: TextIO) -> int:
    """Run ``certjax audit`` with parsed ``args``; returns the exit code."""
    if args.survey:
        from ._survey import render, run_survey

        stream.write(render(run_survey()))
        return 0
    if not args.target:
        print("certjax audit: give MODULE:FUNCTION or --survey", file=stream)
        return 2
    from ._audit import audit

    try:
        fn = load(args.target)
        sig = parse_signature(args.sig) if args.sig else default_signature(fn)
    except (ValueError, TypeError) as e:
        print(str(e), file=stream)
        return 2
    report = audit(fn, *sig)
    if args.markdown:
        print(report.summary() + "\n\n" + report.table(markdown=True), file=stream)
    else:
        print(report.table(), file=stream)
    return 0 if report.ok else 1
