"""The litellm process of a state folder: start it in its own process group on a checked free port, wait for its
database-connected readiness, stop it by PID with bounded waits."""

from __future__ import annotations

import contextlib
import os
import re
import signal
import subprocess
import time
from pathlib import Path

from .common import LauncherError, step
from .config import render_config
from .engine import engine_env
from .install import venv_dir
from .postgres import pg_running
from .process import free_port, http_get, pid_alive, port_busy, wait_dead
from .state import load_state, master_key, running_version, save_state


def litellm_pid(st: Path) -> int | None:
    """PID of this state folder's litellm if alive."""
    try:
        pid = int((st / "litellm.pid").read_text().strip())
    except (OSError, ValueError):
        return None
    try:
        cmdline = Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return None
    return pid if b"litellm" in cmdline and pid_alive(pid) else None


def ready(port: int) -> bool:
    """readiness answers with the database connected."""
    status, body = http_get(f"http://127.0.0.1:{port}/health/readiness")
    return status == 200 and '"db":"connected"' in body.replace(" ", "")


def listening_port_from_log(log: Path) -> int | None:
    """Port from uvicorn's 'running on http://host:PORT' line (LiteLLM may silently pick another)."""
    if not log.exists():
        return None
    found = re.findall(r"running on https?://[^:\s]+:(\d+)", log.read_text(errors="replace"), re.IGNORECASE)
    return int(found[-1]) if found else None


def start_litellm(st: Path, db_port: int, port: int | None, timeout: float, version: str) -> int:
    """Start litellm in its own process group on a checked free port; wait for db-connected readiness."""
    log = st / "litellm.log"
    if port is None:
        prev = load_state(st).get("litellm_port")
        port = prev if isinstance(prev, int) and not port_busy(prev) else free_port()
    if port_busy(port):
        raise LauncherError(f"port {port} is already in use on 127.0.0.1 (choose another with --port)")
    (st / "config.yaml").write_text(render_config())
    env = engine_env(version)
    env["LITELLM_MASTER_KEY"] = master_key(st)
    env["DATABASE_URL"] = f"postgresql://postgres@127.0.0.1:{db_port}/litellm"
    step(f"starting litellm {version} on 127.0.0.1:{port}")
    t = time.monotonic()
    with log.open("wb") as fh:
        proc = subprocess.Popen(
            [
                str(venv_dir(version) / "bin/litellm"),
                "--config",
                str(st / "config.yaml"),
                "--host",
                "127.0.0.1",
                "--port",
                str(port),
                "--num_workers",
                "1",
            ],
            cwd=st,
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=fh,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    (st / "litellm.pid").write_text(f"{proc.pid}\n")
    save_state(st, litellm_pid=proc.pid, litellm_port=port, litellm_version=version)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise LauncherError(f"litellm exited with code {proc.returncode} before it was ready", log)
        moved = listening_port_from_log(log)
        if moved is not None and moved != port:
            raise LauncherError(f"litellm listens on port {moved}, not {port} (port taken meanwhile?)", log)
        if moved == port and ready(port):
            step(f"litellm ready in {time.monotonic() - t:.1f}s (pid {proc.pid})")
            return port
        time.sleep(0.3)
    raise LauncherError(f"litellm not ready with db after {timeout:.0f}s", log)


def stop_litellm(st: Path, timeout: float = 20.0) -> None:
    """SIGTERM litellm's process group (litellm + its query-engine child), SIGKILL after timeout."""
    pid = litellm_pid(st)
    if pid:
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(pid, signal.SIGTERM)
        if not wait_dead(pid, timeout):
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.killpg(pid, signal.SIGKILL)
            wait_dead(pid, 5)
        # the group may still hold the shim (node) briefly
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(pid, signal.SIGKILL)
    with contextlib.suppress(FileNotFoundError):
        (st / "litellm.pid").unlink()


def smoke(port: int, key: str) -> None:
    """One authenticated call so a 'ready' proxy is also usable."""
    status, body = http_get(f"http://127.0.0.1:{port}/v1/models", key, timeout=15)
    if status != 200:
        raise LauncherError(f"GET /v1/models with the master key answered {status}: {body[:300]}")


def config_current(st: Path) -> bool:
    """The running proxy's config.yaml is the one this invocation would write (same stub upstream, if any)."""
    try:
        return (st / "config.yaml").read_text() == render_config()
    except (OSError, LauncherError):  # a bad $LITELLM_SDK_STUB_UPSTREAM is reported by the start that follows
        return False


def is_running(st: Path, version: str | None = None) -> bool:
    """litellm pid alive (of ``version`` when given), answering on the recorded port, and postgres alive."""
    port = load_state(st).get("litellm_port")
    if version is not None and running_version(st) != version:
        return False
    return bool(litellm_pid(st) and pg_running(st) and isinstance(port, int) and ready(port))
