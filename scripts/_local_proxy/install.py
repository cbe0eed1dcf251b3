"""Which LiteLLM release runs, and installing it: one venv per release in .cache/litellm-<release> (shared with
scripts/regenerate and scripts/bench), never a compromised release (scripts/_setup/litellm_releases.py)."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

from _setup.litellm_releases import CompromisedReleaseError, refuse_compromised

from .common import CACHE, LauncherError, run, step

#: The release started when none is asked for (the one the generated client is pinned to).
LITELLM_VERSION = "1.108.7"


#: Every release boots with prisma-client-python 0.15.0 (Prisma 5.17.0, the engine the shim carries).
PRISMA_PY_VERSION = "0.15.0"


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


def ensure_venv(version: str, log: Path) -> None:
    """Create .cache/litellm-<version> with litellm[proxy] + prisma pinned (shared with scripts/regenerate); never a
    compromised release."""
    refuse_compromised_release(version)
    if venv_ok(version):
        return
    venv = venv_dir(version)
    step(f"creating {venv}: pip install litellm[proxy]=={version} (~40 s)")
    run([sys.executable, "-m", "venv", str(venv)], log, "python -m venv")
    start = log.stat().st_size if log.exists() else 0
    try:
        run(
            [
                str(venv / "bin/pip"),
                "install",
                "-q",
                f"litellm[proxy]=={version}",
                f"prisma=={PRISMA_PY_VERSION}",
            ],
            log,
            f"pip install litellm[proxy]=={version}",
        )
    except LauncherError as failed:
        with log.open("rb") as fh:
            fh.seek(start)
            said = fh.read().decode(errors="replace")
        shutil.rmtree(venv, ignore_errors=True)  # never leave a half-installed release behind
        missing = re.search(r"No matching distribution found for (\S+)", said)
        if not missing:
            raise
        what = missing.group(1)
        if what.startswith(("litellm[proxy]", "litellm==")):
            why = f"litellm {version} is not on the package registry (pip: no {what})"
        else:
            why = f"litellm[proxy]=={version} pins {what}, which the package registry lacks"
        raise LauncherError(why, log) from failed
    if not venv_ok(version):
        raise LauncherError(f"litellm {version} venv incomplete after pip install", log)
