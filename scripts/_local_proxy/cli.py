"""scripts/local-proxy start|stop|status: a real LiteLLM proxy with PostgreSQL on loopback, offline."""

from __future__ import annotations

import argparse
import signal
import subprocess
import sys
import time
from pathlib import Path

from .common import CACHE, LOG_TAIL, T0, LauncherError, file_lock, step, tail
from .engine import ensure_prisma_client, ensure_shim
from .install import ENV_VERSION, LITELLM_VERSION, ensure_venv, refuse_compromised_release, requested_version
from .postgres import ensure_database, pg_running, start_postgres, stop_postgres
from .proxy import config_current, is_running, litellm_pid, smoke, start_litellm, stop_litellm
from .state import load_state, master_key, running_version, save_state, state_dir


def print_env(st: Path) -> None:
    """The two variables callers eval/parse."""
    port = load_state(st).get("litellm_port")
    print(f"LITELLM_BASE_URL=http://127.0.0.1:{port}")
    print(f"LITELLM_MASTER_KEY={master_key(st)}")
    sys.stdout.flush()


def cmd_start(st: Path, port: int | None, timeout: float, version: str) -> int:
    """Set up what is missing, start what is not running, print the variables."""
    st.mkdir(parents=True, exist_ok=True)
    with file_lock(st / ".lock"):
        if (
            is_running(st, version)
            and (port is None or load_state(st).get("litellm_port") == port)
            and config_current(st)
        ):
            step(f"litellm {version} already running")
            print_env(st)
            return 0
        if litellm_pid(st) and running_version(st) != version:
            step(f"stopping litellm {running_version(st)} of this state folder to start {version}")
        setup_log = st / "setup.log"
        try:
            ensure_venv(version, setup_log)  # under the installer's own lock on .cache/litellm-<version>.lock
            with file_lock(CACHE / "litellm-shim.lock"):  # shim and prisma CLI cache are shared by releases
                ensure_shim(setup_log)
                ensure_prisma_client(version, setup_log)
            stop_litellm(st)  # a half-alive one from an earlier run, or another release's
            db_port = start_postgres(st)
            save_state(st, postgres_port=db_port, postgres_pid=pg_running(st))
            ensure_database(st, db_port, version)
            lport = start_litellm(st, db_port, port, timeout, version)
            smoke(lport, master_key(st))
        except (LauncherError, subprocess.SubprocessError, OSError, KeyboardInterrupt) as e:
            log = e.log if isinstance(e, LauncherError) else None
            print(f"local-proxy: ERROR: {e}", file=sys.stderr)
            if log is not None:
                print(f"--- last {LOG_TAIL} lines of {log} ---\n{tail(log)}\n---", file=sys.stderr)
            stop_litellm(st)
            stop_postgres(st)
            return 1
        step(f"litellm {version} done in {time.monotonic() - T0:.1f}s")
        print_env(st)
        return 0


def cmd_stop(st: Path, only_litellm: bool) -> int:
    """Stop litellm (and postgres unless --only-litellm) by PID with bounded waits."""
    if not st.exists():
        print("local-proxy: nothing to stop", file=sys.stderr)
        return 0
    with file_lock(st / ".lock"):
        stop_litellm(st)
        if not only_litellm:
            stop_postgres(st)
    print("stopped" + (" (litellm only)" if only_litellm else ""), file=sys.stderr)
    return 0


def cmd_status(st: Path) -> int:
    """Print the variables and exit 0 when running; exit 1 otherwise."""
    if st.exists() and is_running(st):
        step(f"litellm {running_version(st)} running")
        print_env(st)
        return 0
    print("local-proxy: not running", file=sys.stderr)
    return 1


def _interrupt(signum: int, frame: object) -> None:
    """SIGTERM while starting: unwind through the cleanup path like Ctrl-C."""
    raise KeyboardInterrupt(f"signal {signum}")


def main(argv: list[str] | None = None) -> int:
    """CLI entry: start|stop|status."""
    ap = argparse.ArgumentParser(prog="scripts/local-proxy", description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    release = argparse.ArgumentParser(add_help=False)
    release.add_argument(
        "--litellm-version",
        default=None,
        metavar="X.Y.Z",
        help=f"LiteLLM release (default ${ENV_VERSION}, else {LITELLM_VERSION}); each has its own venv in "
        ".cache/ and its own state folder",
    )
    s = sub.add_parser(
        "start", parents=[release], help="start (or reuse) and print LITELLM_BASE_URL / LITELLM_MASTER_KEY"
    )
    s.add_argument("--port", type=int, default=None, help="litellm port (default: previous one if free, else free)")
    s.add_argument("--timeout", type=float, default=180.0, help="seconds to wait for readiness")
    p = sub.add_parser("stop", parents=[release], help="stop litellm and postgres")
    p.add_argument("--only-litellm", action="store_true", help="keep postgres running (fast restart)")
    sub.add_parser("status", parents=[release], help="print the variables if running, else exit 1")
    args = ap.parse_args(argv)
    version = requested_version(args.litellm_version)
    if args.cmd == "start":
        try:
            refuse_compromised_release(version)  # before anything is created or installed
        except LauncherError as exc:
            print(f"local-proxy: ERROR: {exc}", file=sys.stderr)
            return 2
    st = state_dir(version)
    signal.signal(signal.SIGTERM, _interrupt)
    if args.cmd == "start":
        return cmd_start(st, args.port, args.timeout, version)
    if args.cmd == "stop":
        return cmd_stop(st, args.only_litellm)
    return cmd_status(st)
