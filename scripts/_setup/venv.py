"""The project's .venv with the extras a script needs, installed once and again only when pyproject.toml changes.

Every script that runs Python code of this repository calls this first (scripts/test, test-matrix, regenerate, bench,
mutate, demo), so each one works on a fresh clone:

    python3 scripts/_setup/venv.py [--venv PATH] [--who NAME] [--log FILE] [EXTRA ...]

creates the venv when it is missing (``python -m venv`` with the interpreter running this file) and runs
``pip install -e '.[EXTRA,...]'`` unless the stamp ``<venv>/.litellm-sdk-extras`` already lists every extra asked for
and is newer than pyproject.toml. The stamp records the union of the extras installed so far, so scripts asking for
different extras (scripts/test: dev, redis; scripts/bench: dev, redis, bench) do not undo each other. Exit 3 with
the reason (and the log's last lines) when Python is too old or pip fails. Standard library only.
"""

from __future__ import annotations

import argparse
import fcntl
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
PYPROJECT = REPO / "pyproject.toml"
#: Held while installing, so two scripts started together (scripts/test runs scripts/test-matrix beside pytest; bench
#: while a test run goes) never run pip into one venv at the same time.
LOCK = REPO / ".cache" / "venv-setup.lock"
STAMP = ".litellm-sdk-extras"
MIN_PYTHON = (3, 10)
LOG_TAIL = 20


class SetupError(Exception):
    """Setting up the venv failed; the message is the line shown to the user."""


def recorded_extras(venv: Path) -> frozenset[str]:
    """The extras the stamp records as installed (none without a stamp)."""
    try:
        text = (venv / STAMP).read_text()
    except OSError:
        return frozenset()
    return frozenset(line.strip() for line in text.splitlines() if line.strip())


def stamp_current(venv: Path) -> bool:
    """The stamp exists and is not older than pyproject.toml."""
    try:
        return (venv / STAMP).stat().st_mtime >= PYPROJECT.stat().st_mtime
    except OSError:
        return False


def needs_install(venv: Path, extras: frozenset[str]) -> bool:
    """Whether ``ensure`` would run pip for these extras."""
    fresh = (venv / "bin" / "python").exists() and stamp_current(venv)
    return not (fresh and extras <= recorded_extras(venv))


def _run(cmd: list[str], log: Path | None, what: str) -> None:
    if log is None:
        done = subprocess.run(cmd, check=False)
    else:
        with log.open("a") as fh:
            fh.write(f"\n$ {' '.join(cmd)}\n")
            fh.flush()
            done = subprocess.run(cmd, stdout=fh, stderr=subprocess.STDOUT, check=False)
    if done.returncode != 0:
        raise SetupError(f"{what} failed (exit {done.returncode})")


def ensure(
    extras: frozenset[str] = frozenset(),
    venv: Path = REPO / ".venv",
    *,
    who: str = "setup",
    log: Path | None = None,
    python: str = sys.executable,
) -> bool:
    """The venv with the project installed editable with ``extras``; True when pip ran."""
    if not needs_install(venv, extras):
        return False
    LOCK.parent.mkdir(parents=True, exist_ok=True)
    with LOCK.open("a") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            if not needs_install(venv, extras):  # another script installed it while we waited
                return False
            _install(extras, venv, who=who, log=log, python=python)
            return True
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


def _install(extras: frozenset[str], venv: Path, *, who: str, log: Path | None, python: str) -> None:
    shown = venv.relative_to(REPO) if venv.is_relative_to(REPO) else venv
    py = venv / "bin" / "python"
    if not py.exists():
        if sys.version_info < MIN_PYTHON:
            raise SetupError(f"{python} is Python {sys.version.split()[0]}; the SDK needs Python 3.10 or newer")
        print(f"[{who}] creating {shown} (python -m venv)", flush=True)
        try:
            _run([python, "-m", "venv", str(venv)], log, "python -m venv")
        except SetupError as exc:
            raise SetupError(f"{exc} (on Debian/Ubuntu: apt-get install python3-venv)") from None
        _run([str(py), "-m", "pip", "install", "-q", "--upgrade", "pip"], log, "pip install --upgrade pip")
    wanted = sorted(extras | recorded_extras(venv))
    suffix = f"[{','.join(wanted)}]" if wanted else ""
    print(f"[{who}] installing the project into {shown}: pip install -e '.{suffix}'", flush=True)
    _run([str(py), "-m", "pip", "install", "-q", "-e", f"{REPO}{suffix}"], log, f"pip install -e '.{suffix}'")
    (venv / STAMP).write_text("".join(f"{extra}\n" for extra in wanted))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("extras", nargs="*", help="extras of pyproject.toml (dev, redis, bench, mutate)")
    parser.add_argument("--venv", type=Path, default=REPO / ".venv", help="default: .venv of the repository")
    parser.add_argument("--who", default="setup", help="the script asking (prefix of the progress lines)")
    parser.add_argument("--log", type=Path, help="append pip's output here instead of the terminal")
    args = parser.parse_args(argv)
    venv = args.venv if args.venv.is_absolute() else Path.cwd() / args.venv
    try:
        ensure(frozenset(args.extras), venv, who=args.who, log=args.log)
    except SetupError as exc:
        print(f"{args.who}: error: {exc}", file=sys.stderr)
        if args.log is not None and args.log.exists():
            lines = args.log.read_text(errors="replace").splitlines()[-LOG_TAIL:]
            print(f"--- last lines of {args.log} ---", *lines, sep="\n", file=sys.stderr)
        return 3
    return 0


if __name__ == "__main__":
    sys.exit(main())
