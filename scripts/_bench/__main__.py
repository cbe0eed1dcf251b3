"""Entry point: ``python -m _bench`` (used by scripts/bench). Runs every row and writes BENCHMARKS.md."""

from __future__ import annotations

import argparse
import importlib.metadata
import os
import platform
import shlex
import subprocess
import sys
import time
from datetime import datetime, timezone
from pathlib import Path

from _local_proxy.common import CACHE, LauncherError, tail
from _local_proxy.install import LITELLM_VERSION, ensure_venv

from _bench import instructions, overhead, proxy, startup, stream, ui_messages, ui_stream
from _bench.common import LITELLM_PY, ROOT, Row, Section, canned_server, child_env, real_proxy
from _bench.notes import explain

LATENCY_MS = 20.0


def _version(dist: str) -> str:
    try:
        return importlib.metadata.version(dist)
    except importlib.metadata.PackageNotFoundError:
        return "not installed"


def _pinned_versions() -> str:
    code = "import importlib.metadata as m; print(m.version('litellm'), m.version('requests'))"
    try:
        out = subprocess.run([str(LITELLM_PY), "-c", code], capture_output=True, text=True, check=True, env=child_env())
        litellm, requests = out.stdout.split()
        return f"litellm {litellm} (its client uses requests {requests}; pinned venv .cache/litellm-{LITELLM_VERSION})"
    except (OSError, subprocess.CalledProcessError, ValueError):
        return "litellm: pinned venv not found"


def setup_litellm() -> None:
    """The pinned LiteLLM venv LiteLLM's own client runs in: installed like scripts/local-proxy does (same venv, same
    lock, never a compromised release) when it is missing."""
    log = CACHE / "bench-setup.log"
    try:
        ensure_venv(LITELLM_VERSION, log)  # under the installer's own lock on .cache/litellm-<release>.lock
    except LauncherError as exc:
        shown = f"\n--- last lines of {exc.log} ---\n{tail(exc.log)}" if exc.log else ""
        raise SystemExit(f"bench: error: setting up LiteLLM {LITELLM_VERSION}'s venv: {exc}{shown}") from None


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def environment() -> list[str]:
    from litellm_sdk import __version__

    load = os.getloadavg()
    return [
        f"- Python {platform.python_version()} ({sys.executable.replace(str(ROOT) + '/', '')}); "
        f"httpx {_version('httpx')}; openai {_version('openai')}; litellm_sdk {__version__}; "
        f"openapi-python-client {_version('openapi-python-client')} (generated client); {_pinned_versions()}",
        f"- Machine: {os.cpu_count()} CPU(s), {_cpu_model()}; Linux {platform.release()}; "
        f"load average at start {load[0]:.2f} / {load[1]:.2f} / {load[2]:.2f} (1/5/15 min, shared machine)",
    ]


def regenerate_section(skip: bool) -> Section:
    section = Section(
        "6. scripts/regenerate",
        "Wall time of `scripts/regenerate --check` (dumps the pinned LiteLLM's spec, applies our fixes, runs the "
        "generator and compares with the committed tree in a temporary directory; writes nothing). The full "
        "regenerate is not run here because it rewrites committed files. No anchor does this job, so there is "
        "no same-run baseline: absolute figure only.",
        header=("What", "Wall time", "Ratio", "Note"),
    )
    script = ROOT / "scripts" / "regenerate"
    if skip:
        section.rows.append(Row("scripts/regenerate --check", "not measured", "n/a", "skipped (--skip-regenerate)"))
        return section
    if not script.exists():
        section.rows.append(Row("scripts/regenerate --check", "not measured", "n/a", "scripts/regenerate is missing"))
        return section
    start = time.perf_counter()
    out = subprocess.run([str(script), "--check"], capture_output=True, text=True, cwd=ROOT, check=False)
    elapsed = time.perf_counter() - start
    if out.returncode != 0:
        tail = (out.stderr.strip().splitlines() or ["no output"])[0]
        section.rows.append(Row("scripts/regenerate --check", "not measured", "n/a", f"--check failed: {tail}"))
    else:
        section.rows.append(Row("scripts/regenerate --check", f"{elapsed:.1f} s", "n/a", "passed (tree up to date)"))
    return section


def render(
    sections: list[Section], command: str, env: list[str], started: str, seconds: float, notes: list[str]
) -> str:
    lines = [
        "# Benchmarks",
        "",
        "litellm_sdk against its anchors, side by side in one run on one machine. Every figure is a ratio to a",
        "baseline measured in the same run (absolute medians are for context: they drift on a shared machine).",
        "How to run and read them: CONTRIBUTING.md, section Benchmarks.",
        "",
        f"- Command: `{command}`",
        f"- Run: {started}, {seconds:.0f} s",
        *env,
        "",
        "## Goals",
        "",
    ]
    lines += [f"- {v}" for s in sections for v in s.verdicts]
    for section in sections:
        lines += ["", f"## {section.title}", "", section.intro, ""]
        lines.append("| " + " | ".join(section.header) + " |")
        lines.append("|" + "---|" * len(section.header))
        for row in section.rows:
            cells = [row.what, row.value, row.ratio, row.note]
            lines.append("| " + " | ".join(c.replace("|", "\\|") for c in cells) + " |")
    if notes:
        lines += ["", "## Notes", ""] + [f"- {n}" for n in notes]
    return "\n".join(lines) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(prog="scripts/bench", description=__doc__)
    parser.add_argument("--rounds", type=int, default=300, help="row 1: interleaved rounds (default 300)")
    parser.add_argument("--batch", type=int, default=5, help="row 1: calls per contender per round (default 5)")
    parser.add_argument("--proxy-rounds", type=int, default=15, help="rows 1b and 2: rounds on the real proxy")
    parser.add_argument("--runs", type=int, default=9, help="row 3: fresh interpreters per contender")
    parser.add_argument("--mem-runs", type=int, default=3, help="row 5: fresh interpreters per contender")
    parser.add_argument("--reps", type=int, default=3, help="row 4: repetitions of each concurrency level")
    parser.add_argument("--latency-reps", type=int, default=9, help="row 4: repetitions on the canned server")
    parser.add_argument("--sizes", default="1,10,50,200", help="row 4: concurrency levels")
    parser.add_argument("--skip-regenerate", action="store_true", help="row 6: do not time scripts/regenerate --check")
    parser.add_argument("--stream-rounds", type=int, default=300, help="row 7: interleaved streamed chats")
    parser.add_argument("--ui-stream-rounds", type=int, default=100, help="row 7b: unpaced UI streams (1,000 chunks)")
    parser.add_argument("--instr-calls", type=int, default=100, help="row 1d: N of the callgrind runs (N and 2N calls)")
    parser.add_argument("--output", default=str(ROOT / "BENCHMARKS.md"))
    args = parser.parse_args()
    setup_litellm()
    sizes = [int(n) for n in args.sizes.split(",")]
    command = "scripts/bench" + "".join(f" {shlex.quote(a)}" for a in sys.argv[1:])
    started = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    t0 = time.perf_counter()
    env = environment()
    sections: list[Section] = []
    notes: list[str] = []
    made: list[str] = []

    def step(name: str) -> None:
        print(f"[bench] {name} ({time.perf_counter() - t0:.0f} s)", file=sys.stderr, flush=True)

    step("1. per-call overhead, canned server")
    with canned_server() as url:
        sections.append(overhead.canned(url, args.rounds, args.batch, with_litellm=LITELLM_PY.exists()))
        step("1c. client-side work only")
        sections.append(overhead.in_memory(args.rounds, args.batch))
        step("1d. instructions per call (callgrind)")
        sections.append(instructions.section(args.instr_calls))
        step("5. memory and wheel size")
        memory = startup.memory(url, args.mem_runs, 1000)
    step("7. streamed chat")
    sections.append(stream.section(args.stream_rounds))
    step("7b. UI message stream")
    sections.append(ui_stream.section(args.ui_stream_rounds))
    step("7c. UI messages in")
    sections.append(ui_messages.section())
    target = real_proxy()
    if target is None:
        notes.append("Rows 1b, 2 and 4 not measured: no proxy (start one with scripts/local-proxy start).")
    else:
        base_url, master_key = target
        try:
            step("1b. per-call overhead, real proxy")
            sections.append(overhead.real(base_url, master_key, args.proxy_rounds, 2))
            step("2. request_key round trips")
            section, keys = proxy.round_trips(base_url, master_key, args.proxy_rounds)
            made += keys
            sections.append(section)
            step("2b. a login with and without the budget scopes")
            section, keys = proxy.budget_scopes(base_url, master_key, args.proxy_rounds)
            made += keys
            sections.append(section)
            step("4. async throughput")
            with canned_server(LATENCY_MS) as slow_url:
                section, keys = proxy.throughput(
                    base_url, master_key, sizes, 20, args.reps, slow_url, LATENCY_MS, args.latency_reps
                )
            made += keys
        finally:
            if made:
                step(f"deleting {len(made)} keys")
                deleted = proxy.delete_keys(base_url, master_key, made)
                notes.append(f"This run made {len(made)} keys on the real proxy and deleted {deleted} of them.")
        throughput_section = section
    step("2c. the budget scopes against a proxy with time to spare")
    sections.append(proxy.budget_scopes_latency(args.proxy_rounds, LATENCY_MS))
    step("3. import time")
    sections.append(startup.import_times(args.runs))
    if target is not None:
        sections.append(throughput_section)
    sections.append(memory)
    step("6. regenerate --check")
    sections.append(regenerate_section(args.skip_regenerate))
    sections.sort(key=lambda s: s.title)
    load = os.getloadavg()
    notes.append(f"Load average at the end: {load[0]:.2f} / {load[1]:.2f} / {load[2]:.2f}.")
    notes += explain(sections)
    text = render(sections, command, env, started, time.perf_counter() - t0, notes)
    Path(args.output).write_text(text, encoding="utf-8")
    step(f"wrote {args.output}")
    print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
