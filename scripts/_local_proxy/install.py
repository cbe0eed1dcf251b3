"""Which LiteLLM release runs, and installing it: one venv per release in .cache/litellm-<release>, made by the one
installer of LiteLLM venvs (scripts/_setup/litellm_install.py, shared with scripts/regenerate and scripts/bench:
`litellm==X --no-deps`, then its base and [proxy] requirements as pinned, except that each companion pin the
registry does not serve is swapped for the nearest published one), never a compromised release
(scripts/_setup/litellm_releases.py)."""

from __future__ import annotations

import os
import re
import subprocess
import time
from collections.abc import Callable
from pathlib import Path

from _setup.litellm_install import PRISMA_PIN, Installer, InstallError
from _setup.litellm_releases import CompromisedReleaseError, refuse_compromised

from .common import CACHE, REPO, LauncherError, step

#: The release started when none is asked for: the newest tested one, which the generated client is made from too.
LITELLM_VERSION = "1.110.2"


#: Every release boots with prisma-client-python 0.15.0 (Prisma 5.17.0, the engine the shim carries).
PRISMA_PY_VERSION = PRISMA_PIN.partition("==")[2]


ENV_VERSION = "LITELLM_SDK_LITELLM_VERSION"


VERSION_RE = re.compile(r"^\d+\.\d+\.\d+(?:[.\-]?(?:post|rc|a|b|dev)\d*)?$")


def requested_version(arg: str | None) -> str:
    """--litellm-version, else $LITELLM_SDK_LITELLM_VERSION, else the pinned release; checked for shape."""
    version = (arg or os.environ.get(ENV_VERSION) or LITELLM_VERSION).strip()
    if not VERSION_RE.match(version):
        raise SystemExit(f"local-proxy: ERROR: {version!r} is not a LiteLLM release number (e.g. 1.100.5)")
    return version


def refuse_compromised_release(version: str) -> None:
    """LauncherError before anything is installed when ``version`` is a compromised release (the one list of them is
    scripts/_setup/litellm_releases.py)."""
    try:
        refuse_compromised(version)
    except CompromisedReleaseError as exc:
        raise LauncherError(str(exc)) from None


def venv_dir(version: str) -> Path:
    """.cache/litellm-<version>: one venv per release (shared with scripts/regenerate)."""
    return CACHE / f"litellm-{version}"


def site_packages(version: str) -> Path:
    """purelib of the release's venv."""
    out = subprocess.check_output(
        [str(venv_dir(version) / "bin/python"), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        text=True,
    )
    return Path(out.strip())


def venv_ok(version: str) -> bool:
    """The release's venv exists with exactly the two pins installed."""
    py = venv_dir(version) / "bin/python"
    if not py.exists():
        return False
    code = (
        "import importlib.metadata as m, sys;"
        f"sys.exit(0 if (m.version('litellm'), m.version('prisma')) == "
        f"('{version}', '{PRISMA_PY_VERSION}') else 1)"
    )
    return subprocess.call([str(py), "-c", code], stderr=subprocess.DEVNULL) == 0


def _logged(log: Path, every: float = 15.0) -> Callable[[list[str]], subprocess.CompletedProcess[str]]:
    """The installer's command runner, with each command and its output appended to the launcher's setup log and a
    progress line every ``every`` seconds while one runs (pip takes minutes on a busy machine)."""

    def runner(cmd: list[str]) -> subprocess.CompletedProcess[str]:
        started = time.monotonic()
        proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        try:
            while True:
                try:
                    out, err = proc.communicate(timeout=every)
                    break
                except subprocess.TimeoutExpired:  # retrying loses no output
                    what = " ".join(cmd[1:5]) if len(cmd) > 1 else cmd[0]
                    step(f"... {what} still running ({time.monotonic() - started:.0f}s)")
        finally:
            if proc.poll() is None:  # interrupted: do not leave pip behind
                proc.kill()
                proc.communicate()
        with log.open("a", encoding="utf-8") as fh:
            fh.write(f"\n$ {' '.join(cmd)}\n{out}{err}")
        return subprocess.CompletedProcess(cmd, proc.returncode, out, err)

    return runner


def ensure_venv(version: str, log: Path) -> None:
    """.cache/litellm-<version> with litellm, its base and [proxy] requirements (missing companion pins substituted,
    see scripts/_setup/litellm_install.py) and prisma pinned; shared with scripts/regenerate; never a compromised
    release. The installer holds .cache/litellm-<version>.lock while it checks and installs: callers must not hold
    it too (flock locks per open file, so a second lock in the same process would wait forever)."""
    refuse_compromised_release(version)
    if venv_ok(version):
        return
    step(f"creating {venv_dir(version)}: litellm {version} and its [proxy] requirements (1-3 min)")
    installer = Installer(CACHE, REPO, runner=_logged(log), say=lambda line: step(line.strip()))
    try:
        installer.ensure(version)
    except InstallError as failed:
        raise LauncherError(str(failed), log) from None
    if not venv_ok(version):
        raise LauncherError(
            f"{venv_dir(version)} has litellm but not litellm {version} with {PRISMA_PIN}: remove it to reinstall", log
        )
