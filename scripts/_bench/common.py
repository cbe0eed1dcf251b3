"""Shared helpers: paths, the canned server, the real proxy's address, timing and formatting."""

from __future__ import annotations

import contextlib
import json
import os
import statistics
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from _local_proxy.install import LITELLM_VERSION, venv_dir

ROOT = Path(__file__).resolve().parents[2]
SCRIPTS = ROOT / "scripts"
GENERATED = ROOT / "generated"
VENV_PY = ROOT / ".venv" / "bin" / "python"
#: LiteLLM's own client runs in the venv of the release scripts/local-proxy starts by default (set up by __main__).
LITELLM_PY = venv_dir(LITELLM_VERSION) / "bin" / "python"
PROXY_STATE = ROOT / ".local-proxy"
# LiteLLM fetches its model cost map over the network at import unless told not to; this machine is offline,
# so without it the import would mostly measure DNS failures and retries. Documented LiteLLM setting.
LITELLM_ENV = {"LITELLM_LOCAL_MODEL_COST_MAP": "True"}
BENCH_USER = "litellm-sdk-bench"
MODELS = ["gpt-4o-vision", "plain-chat", "dall-e-3"]


def child_env(extra: dict[str, str] | None = None) -> dict[str, str]:
    """Environment for child interpreters: our packages importable, .pyc files allowed."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT), str(GENERATED), str(SCRIPTS)])
    env.update(LITELLM_ENV)
    env.update(extra or {})
    return env


def median(values: list[float]) -> float:
    return statistics.median(values)


@dataclass
class Row:
    """One line of a table: what was measured, its median, the ratio to the baseline, and a verdict."""

    what: str
    value: str
    ratio: str = ""
    note: str = ""


@dataclass
class Section:
    title: str
    intro: str
    header: tuple[str, ...] = ("What", "Median", "Ratio", "Note")
    rows: list[Row] = field(default_factory=list)
    verdicts: list[str] = field(default_factory=list)


@contextmanager
def local_server(module: str, *args: object) -> Iterator[str]:
    """Start ``python -m _bench.<module> *args`` in its own process (it prints ``PORT n`` once listening on a free
    port and stops when its stdin closes); yield its base URL."""
    proc = subprocess.Popen(
        [sys.executable, "-m", f"_bench.{module}", *map(str, args)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=child_env(),
        cwd=SCRIPTS,
    )
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline().split()
        if len(line) != 2 or line[0] != "PORT":
            raise RuntimeError(f"_bench.{module} did not start: {line!r}")
        yield f"http://127.0.0.1:{line[1]}"
    finally:
        assert proc.stdin is not None
        proc.stdin.close()
        try:
            proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def canned_server(delay_ms: float = 0) -> contextlib.AbstractContextManager[str]:
    """Start scripts/_bench/server.py in its own process on a free port; yield its base URL."""
    return local_server("server", delay_ms)


def real_proxy() -> tuple[str, str] | None:
    """(base_url, master_key) of the real LiteLLM proxy: LITELLM_BASE_URL/LITELLM_MASTER_KEY, else the one
    scripts/local-proxy started (.local-proxy/state.json); None when neither is there."""
    url, key = os.environ.get("LITELLM_BASE_URL"), os.environ.get("LITELLM_MASTER_KEY")
    if url and key:
        return url.rstrip("/"), key
    state, key_file = PROXY_STATE / "state.json", PROXY_STATE / "master_key"
    if state.exists() and key_file.exists():
        port = json.loads(state.read_text())["litellm_port"]
        return f"http://127.0.0.1:{port}", key_file.read_text().strip()
    return None


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.3f} ms" if seconds < 0.01 else f"{seconds * 1000:.1f} ms"


def us(seconds: float) -> str:
    return f"{seconds * 1e6:.0f} µs"


def signed_us(seconds: float) -> str:
    return f"{seconds * 1e6:+.0f} µs"


def ratio(value: float, base: float) -> str:
    return f"{value / base:.2f}x" if base else "n/a"


def goal(ok: bool, text: str) -> str:
    return f"goal {text}: **{'met' if ok else 'MISSED'}**"
