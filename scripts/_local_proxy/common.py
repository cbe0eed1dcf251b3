"""What the launcher's parts share: the repository's paths, progress lines, commands run into a log, file locks."""

from __future__ import annotations

import contextlib
import fcntl
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
CACHE = REPO / ".cache"
LOG_TAIL = 30
T0 = time.monotonic()


class LauncherError(Exception):
    """A failure with a message and the log file whose tail explains it."""

    def __init__(self, message: str, log: Path | None = None) -> None:
        super().__init__(message)
        self.log = log


def step(msg: str) -> None:
    """Progress line with elapsed seconds (stderr, so stdout stays machine-readable)."""
    print(f"[local-proxy +{time.monotonic() - T0:5.1f}s] {msg}", file=sys.stderr, flush=True)


def tail(path: Path | None, n: int = LOG_TAIL) -> str:
    """Last n lines of a log file, or a note that it does not exist."""
    if path is None or not path.exists():
        return f"(no log at {path})"
    lines = path.read_text(errors="replace").splitlines()
    return "\n".join(line if len(line) <= 400 else line[:400] + " ..." for line in lines[-n:])


def run(cmd: list[str], log: Path, what: str, **kw: object) -> None:
    """Run a command with output appended to a log; raise with that log on failure."""
    with log.open("ab") as fh:
        fh.write(f"\n$ {' '.join(cmd)}\n".encode())
        fh.flush()
        proc = subprocess.Popen(cmd, stdout=fh, stderr=subprocess.STDOUT, **kw)  # type: ignore[call-overload]
        started = time.monotonic()
        try:
            while True:
                try:
                    rc = proc.wait(timeout=15)
                    break
                except subprocess.TimeoutExpired:
                    step(f"... {what} still running ({time.monotonic() - started:.0f}s)")
        finally:
            if proc.poll() is None:  # interrupted: do not leave the child behind
                proc.kill()
                proc.wait()
    if rc != 0:
        raise LauncherError(f"{what} failed (exit {rc})", log)


@contextlib.contextmanager
def file_lock(path: Path):  # type: ignore[no-untyped-def]
    """Exclusive flock so concurrent invocations do not set up the same thing twice."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)
