"""Benchmark: warm import time of the key-generate endpoint module, lazy models vs eager models.

``scripts/bench imports [--runs N] [--budget S]`` runs only this; scripts/bench's row 3 reuses ``sample``.

Each sample is a fresh subprocess (warm: .pyc files already written by a first untimed run, so
PYTHONDONTWRITEBYTECODE is dropped for the children). The eager
variant imports the whole `models` package first, which is what the generator's own __init__ did.
Goal: lazy median <= 0.15 s.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
MODULE = "litellm_proxy_client.api.key_management.generate_key_fn_key_generate_post"
LAZY = f"import {MODULE}"
EAGER = "import litellm_proxy_client.models as m; [getattr(m, n) for n in m.__all__]; " + LAZY
TIMED = "import time; t = time.perf_counter(); {code}; print(time.perf_counter() - t)"


def sample(code: str) -> float:
    """Seconds to run `code` in a fresh interpreter with generated/ on sys.path."""
    out = subprocess.run(
        [sys.executable, "-c", TIMED.format(code=code)],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT / "generated",
        env={k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"},
    )
    return float(out.stdout.strip())


def median_time(code: str, runs: int) -> float:
    sample(code)  # warm-up: writes .pyc files
    return statistics.median(sample(code) for _ in range(runs))


def main() -> int:
    parser = argparse.ArgumentParser(prog="scripts/bench imports", description=__doc__)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--budget", type=float, default=0.15, help="fail (exit 1) if lazy median exceeds this")
    args = parser.parse_args()
    lazy = median_time(LAZY, args.runs)
    eager = median_time(EAGER, args.runs)
    print(f"import {MODULE} (median of {args.runs}, warm)")
    print(f"lazy:  {lazy:.3f} s")
    print(f"eager: {eager:.3f} s")
    print(f"lazy/eager ratio: {lazy / eager:.3f} (eager is {eager / lazy:.1f}x slower)")
    ok = lazy <= args.budget
    print(f"budget {args.budget:.2f} s: {'ok' if ok else 'EXCEEDED'}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
