# SPDX-License-Identifier: Apache-2.0
"""Execute ``vae.ipynb`` headless (no Jupyter server needed) and save it with its outputs.

Usage::

    python examples/run_notebook.py                      # full size, writes examples/vae.ipynb
    VAE_EPOCHS=1 VAE_TRAIN_SIZE=5000 python examples/run_notebook.py --output /tmp/vae.ipynb

The ``VAE_*`` environment variables configure the run (see the notebook's first cell).
Progress bars are stored as their final state, as a terminal would show them.
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path

import nbclient
import nbformat

HERE = Path(__file__).resolve().parent


def _collapse(outputs: list) -> list:
    """Merge consecutive stream outputs of one stream; keep what follows the last ``\\r``."""
    merged: list = []
    for o in outputs:
        if (o.get("output_type") == "stream" and merged
                and merged[-1].get("output_type") == "stream" and merged[-1]["name"] == o["name"]):
            merged[-1]["text"] += o["text"]
        else:
            merged.append(o)
    for o in merged:
        if o.get("output_type") == "stream":
            o["text"] = "\n".join(re.split(r"\r", line)[-1] for line in o["text"].split("\n"))
    return merged


def execute(path: Path = HERE / "vae.ipynb", output: Path | None = None, timeout: int = 7200):
    """Run every cell of the notebook at ``path`` in a fresh kernel; returns the notebook."""
    nb = nbformat.read(path, as_version=4)
    nbclient.NotebookClient(nb, timeout=timeout, kernel_name="python3",
                            resources={"metadata": {"path": str(path.parent)}}).execute()
    for cell in nb.cells:
        if cell.cell_type == "code":
            cell.outputs = _collapse(cell.outputs)
    if output is not None:
        nbformat.write(nb, output)
    return nb


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--output", type=Path, default=HERE / "vae.ipynb")
    args = ap.parse_args(argv)
    execute(output=args.output)
    print(f"wrote {args.output}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
