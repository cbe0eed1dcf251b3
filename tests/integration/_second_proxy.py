"""A second LiteLLM proxy process serving the session proxy's PostgreSQL database (two pods of one deployment).

It is started as an exact copy of the session proxy's running litellm process: the same executable (so the same
venv), the same arguments (so the same config file) and the same environment (so the same DATABASE_URL, master
key and Prisma engine settings), read from ``/proc/<pid>``, with only ``--port`` changed to a free loopback
port. Whatever the launcher (scripts/local-proxy) does to start litellm, the copy follows. It runs in its own
process group and is stopped by its PID.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import signal
import subprocess
import tempfile
import time
from pathlib import Path

from tests._servers import ServerError, free_port, pid_alive, port_open, tail


def _proc_list(pid: int, what: str) -> list[str]:
    raw = Path(f"/proc/{pid}/{what}").read_bytes()
    return [part.decode() for part in raw.split(b"\0") if part]


def _with_port(argv: list[str], port: int) -> list[str]:
    out = list(argv)
    if "--port" in out:
        out[out.index("--port") + 1] = str(port)
    else:
        out += ["--port", str(port)]
    return out


class SecondProxy:
    """``start()`` launches the copy without waiting; ``wait_ready()`` waits for its database-connected readiness."""

    def __init__(self, first_pid: int, start_timeout: float = 180.0) -> None:
        if not pid_alive(first_pid):
            raise ServerError(f"the session proxy (pid {first_pid}) is not running")
        self.argv = _proc_list(first_pid, "cmdline")
        self.env = dict(item.split("=", 1) for item in _proc_list(first_pid, "environ") if "=" in item)
        self.cwd = os.readlink(f"/proc/{first_pid}/cwd")
        self.start_timeout = start_timeout
        self.workdir = Path(tempfile.mkdtemp(prefix="litellm-sdk-proxy-b-"))
        self.log = self.workdir / "litellm-b.log"
        self.port = 0
        self.proc: subprocess.Popen[bytes] | None = None
        self._started = 0.0

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def database_url(self) -> str:
        return self.env.get("DATABASE_URL", "")

    def start(self) -> None:
        for _ in range(5):
            port = free_port()
            if not port_open(port):
                break
        else:
            raise ServerError("no free loopback port for the second proxy")
        self.port = port
        with self.log.open("wb") as fh:
            self.proc = subprocess.Popen(
                _with_port(self.argv, port),
                cwd=self.cwd,
                env=self.env,
                stdin=subprocess.DEVNULL,
                stdout=fh,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        self._started = time.monotonic()

    def _ready(self) -> bool:
        import httpx

        try:
            response = httpx.get(f"{self.base_url}/health/readiness", timeout=3)
        except httpx.HTTPError:
            return False
        return response.status_code == 200 and '"db":"connected"' in response.text.replace(" ", "")

    def wait_ready(self) -> float:
        """Seconds from start() until ready; ServerError with the log tail when it exits or overruns."""
        assert self.proc is not None, "start() first"
        deadline = self._started + self.start_timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                self._fail(f"exited with code {self.proc.returncode} before it was ready")
            found = re.findall(r"running on https?://[^:\s]+:(\d+)", self.log.read_text(errors="replace"), re.I)
            if found and int(found[-1]) != self.port:
                self._fail(f"listens on port {found[-1]}, not {self.port}")
            if found and self._ready():
                return time.monotonic() - self._started
            time.sleep(0.2)
        self._fail(f"not ready after {self.start_timeout:.0f}s")
        raise AssertionError("unreachable")

    def _fail(self, why: str) -> None:
        text = tail(self.log)
        self.stop()
        raise ServerError(f"second litellm on port {self.port} {why}; last log lines:\n{text}")

    def stop(self, timeout: float = 20.0) -> None:
        """SIGTERM its process group (litellm and its query-engine child), SIGKILL after ``timeout``; reaps."""
        proc, self.proc = self.proc, None
        if proc is None:
            return
        if proc.poll() is None:
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.killpg(proc.pid, signal.SIGTERM)
            try:
                proc.wait(timeout)
            except subprocess.TimeoutExpired:
                with contextlib.suppress(ProcessLookupError, PermissionError):
                    os.killpg(proc.pid, signal.SIGKILL)
                proc.wait(5)
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(proc.pid, signal.SIGKILL)  # the query-engine shim left in the group

    def close(self) -> None:
        """Stop, and remove the folder of its log (the atexit hook of tests/_servers calls this too)."""
        self.stop()
        shutil.rmtree(self.workdir, ignore_errors=True)
