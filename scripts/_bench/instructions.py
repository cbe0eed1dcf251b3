"""Row 1d: CPU instructions per warm call, counted by valgrind (callgrind), litellm_sdk vs raw httpx.

An instruction count does not drift with the load of a shared machine: the same program and inputs give the same
count (within a few hundred per call here), so this row shows the client-side work of a call without the noise of
rows 1 and 1c. Each contender runs in its own interpreter under ``valgrind --tool=callgrind``
(``instr_worker.py``), answered in process from the canned bodies (``httpx.MockTransport``), twice: after the same
warm-up, N calls and 2N calls; the difference divided by N is one warm call, with start-up and warm-up cancelled out
(automatic garbage collection is off for the measured calls; their garbage is collected once at the end, and counted).
Each estimate is made twice and the smaller kept: a one-time event in one run (seen once: +2.4M per call for raw
httpx's GET /key/list, not repeatable) only ever adds.
The SDK client is made as users make it (its own httpx client, whose transport is the canned one).
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys

from _bench.common import SCRIPTS, Row, Section, child_env, ratio

PAIRS = (
    ("raw httpx GET /key/list", "litellm_sdk list_keys (1 page)"),
    ("raw httpx GET /key/info", "litellm_sdk describe_key (warm cache)"),
    ("raw httpx POST /key/generate", "litellm_sdk request_key (warm cache)"),
)
_COLLECTED = re.compile(r"Collected : (\d+)")


def _instructions(contender: str, calls: int) -> int:
    command = ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", sys.executable]
    done = subprocess.run(
        [*command, "-m", "_bench.instr_worker", contender, str(calls)],
        capture_output=True,
        text=True,
        env=child_env({"LITELLM_SDK_CHECK_RELEASE": "0"}),
        cwd=SCRIPTS,
        check=True,
    )
    found = _COLLECTED.search(done.stderr)
    if found is None:
        raise RuntimeError(f"callgrind printed no total for {contender}: {done.stderr[-500:]}")
    return int(found.group(1))


def per_call(contender: str, calls: int, repeats: int = 2) -> int:
    """The smallest of ``repeats`` estimates: a one-time event (an allocator growing its arenas, say) inside one
    run only ever adds instructions, so the smallest estimate is the one without it."""
    return min((_instructions(contender, 2 * calls) - _instructions(contender, calls)) // calls for _ in range(repeats))


def section(calls: int) -> Section:
    section = Section(
        "1d. Instructions per warm call (callgrind)",
        "CPU instructions of one warm call, counted by valgrind's callgrind: deterministic, unlike the timings of "
        f"rows 1 and 1c. Each contender in its own interpreter, answered in process from the canned bodies; "
        f"(instructions of 2N calls - of N calls) / N, N = {calls}, the smaller of two such estimates. Context for "
        "row 1 (no goal here): what the timings add to this is memory and cache behaviour, not work.",
        header=("Contender", "Instructions per call", "Ratio", "Difference"),
    )
    if shutil.which("valgrind") is None:
        section.rows.append(Row("valgrind not installed (apt-get install valgrind)", "", "", ""))
        return section
    for base, name in PAIRS:
        raw, ours = per_call(base, calls), per_call(name, calls)
        section.rows.append(Row(f"{base} (baseline)", f"{raw:,}", "1.00x", ""))
        section.rows.append(Row(name, f"{ours:,}", ratio(ours, raw), f"{ours - raw:+,}"))
    return section
