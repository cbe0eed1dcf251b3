"""No script installs a compromised LiteLLM release (1.82.7 and 1.82.8 were malicious uploads): every entry point that
installs LiteLLM refuses them with the message of scripts/_setup/litellm_releases.py before any pip call.

Entry points: scripts/local-proxy start (``--litellm-version``, ``$LITELLM_SDK_LITELLM_VERSION``; the test fixtures,
scripts/bench and scripts/regenerate --record-examples go through it), its installer ``ensure_venv`` (scripts/bench
calls it directly), scripts/regenerate (``--litellm-version X``, and ``latest`` never picks one) with its installer,
scripts/test and scripts/test-matrix (``--litellm-versions``, ``$LITELLM_SDK_LITELLM_VERSION``)."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from _local_proxy import cli
from _local_proxy import install as proxy_install
from _local_proxy.common import LauncherError
from _regen import pipeline
from _setup import litellm_install as regen_install
from _setup.litellm_releases import COMPROMISED_LITELLM, CompromisedReleaseError, compromised, refuse_compromised

REPO = Path(__file__).resolve().parents[2]
SCRIPTS = REPO / "scripts"
MESSAGE = "is a known-compromised release (LiteLLM 1.82.7 and 1.82.8 were malicious uploads to the package registry)"
BAD = sorted(COMPROMISED_LITELLM)


class Recorder:
    """Stands in for every way of starting a process; records the commands and fails the test's point if any ran."""

    def __init__(self) -> None:
        self.calls: list[Any] = []

    def __call__(self, cmd: Any, *args: Any, **kwargs: Any) -> subprocess.CompletedProcess[str]:
        self.calls.append(cmd)
        return subprocess.CompletedProcess(cmd, 1, "", "recorder: not run")


@pytest.fixture
def no_processes(monkeypatch: pytest.MonkeyPatch) -> Recorder:
    """subprocess.run/call/check_call/check_output/Popen and os.system record instead of running."""
    recorder = Recorder()
    for name in ("run", "call", "check_call", "check_output", "Popen"):
        monkeypatch.setattr(subprocess, name, recorder)
    monkeypatch.setattr(os, "system", recorder)
    return recorder


def test_the_list_is_the_two_malicious_uploads() -> None:
    assert frozenset({"1.82.7", "1.82.8"}) == COMPROMISED_LITELLM


@pytest.mark.parametrize(
    ("version", "refused"),
    [
        ("1.82.7", "1.82.7"),
        ("1.82.8", "1.82.8"),
        (" 1.82.8 ", "1.82.8"),
        ("1.82.7.0", "1.82.7"),  # pip installs 1.82.7 for ==1.82.7.0
        ("01.082.07", "1.82.7"),
        ("v1.82.8", "1.82.8"),
        ("1.82.7rc1", "1.82.7"),
        ("1.82.8.post1", "1.82.8"),
        ("1.82.7+local", "1.82.7"),
        ("1.82.6", None),
        ("1.82.9", None),
        ("1.82.70", None),
        ("1.8.27", None),
        ("1.108.7", None),
        ("latest", None),
        ("", None),
    ],
)
def test_a_compromised_release_is_recognised_as_pip_reads_it(version: str, refused: str | None) -> None:
    assert compromised(version) == refused
    if refused:
        with pytest.raises(CompromisedReleaseError, match=re.escape(MESSAGE)):
            refuse_compromised(version)
    else:
        refuse_compromised(version)


# ------------------------------------------------------------------------------------------ scripts/local-proxy


@pytest.mark.parametrize("version", BAD)
def test_local_proxy_start_refuses_the_release_asked_for(
    version: str,
    no_processes: Recorder,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("LITELLM_SDK_PROXY_DIR", str(tmp_path / "state"))
    monkeypatch.delenv(proxy_install.ENV_VERSION, raising=False)
    assert cli.main(["start", "--litellm-version", version]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"local-proxy: ERROR: refusing to install LiteLLM {version}: ") and MESSAGE in err
    assert no_processes.calls == []
    assert not (tmp_path / "state").exists()
    assert not proxy_install.venv_dir(version).exists()


@pytest.mark.parametrize("version", BAD)
def test_local_proxy_start_refuses_the_release_of_the_environment(
    version: str,
    no_processes: Recorder,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """$LITELLM_SDK_LITELLM_VERSION is how the test fixtures and scripts/test-matrix ask for a release."""
    monkeypatch.setenv("LITELLM_SDK_PROXY_DIR", str(tmp_path / "state"))
    monkeypatch.setenv(proxy_install.ENV_VERSION, version)
    assert cli.main(["start"]) == 2
    assert MESSAGE in capsys.readouterr().err
    assert no_processes.calls == []


@pytest.mark.parametrize("version", BAD)
def test_the_proxy_installer_refuses_before_pip(version: str, no_processes: Recorder, tmp_path: Path) -> None:
    """ensure_venv is what start and scripts/bench install with: it refuses even when called directly."""
    with pytest.raises(LauncherError, match=re.escape(MESSAGE)):
        proxy_install.ensure_venv(version, tmp_path / "setup.log")
    assert no_processes.calls == []
    assert not (tmp_path / "setup.log").exists()


def test_the_local_proxy_command_refuses_end_to_end(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("LITELLM_")}
    env["LITELLM_SDK_PROXY_DIR"] = str(tmp_path / "state")
    done = subprocess.run(
        [sys.executable, str(SCRIPTS / "local-proxy"), "start", "--litellm-version", "1.82.8"],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
    assert done.returncode == 2
    assert MESSAGE in done.stderr
    assert not (tmp_path / "state").exists()


# ------------------------------------------------------------------------------------------ scripts/regenerate


@pytest.mark.parametrize("version", BAD)
def test_regenerate_refuses_the_release_asked_for(
    version: str,
    no_processes: Recorder,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setattr(pipeline, "CACHE", tmp_path)
    assert pipeline.main(["--litellm-version", version]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1
    assert err[0].startswith(f"regenerate: error: refusing to install LiteLLM {version}: ") and MESSAGE in err[0]
    assert no_processes.calls == []
    assert not (tmp_path / f"litellm-{version}").exists()


@pytest.mark.parametrize("version", BAD)
def test_the_regenerate_installer_refuses_before_pip_even_for_an_existing_venv(version: str, tmp_path: Path) -> None:
    pip = Recorder()
    python = tmp_path / f"litellm-{version}" / "bin" / "python"
    python.parent.mkdir(parents=True)
    python.write_text("")
    with pytest.raises(regen_install.InstallError, match=re.escape(MESSAGE)):
        regen_install.Installer(tmp_path, tmp_path, runner=pip).ensure(version)
    assert pip.calls == []


def test_latest_never_picks_a_compromised_release() -> None:
    assert regen_install.newest_release(["1.82.8", "1.82.7", "1.82.6", "1.81.0"]) == "1.82.6"
    with pytest.raises(regen_install.InstallError):
        regen_install.newest_release(["1.82.8", "1.82.7"])


# ------------------------------------------------------------------------------------------ scripts/test, test-matrix


@pytest.fixture
def script_copy(tmp_path: Path) -> Path:
    """scripts/test and scripts/test-matrix in a scratch repository whose set-up steps only record that they ran:
    _setup/venv.py, .venv/bin/python and any pip on PATH write to calls.log."""
    calls = tmp_path / "calls.log"
    record = f'#!/bin/sh\necho "$0 $*" >>"{calls}"\nexit 1\n'
    (tmp_path / "scripts" / "_setup").mkdir(parents=True)
    for name in ("test", "test-matrix"):
        shutil.copy2(SCRIPTS / name, tmp_path / "scripts" / name)
    shutil.copy2(SCRIPTS / "_setup" / "litellm_releases.py", tmp_path / "scripts" / "_setup" / "litellm_releases.py")
    (tmp_path / "scripts" / "_setup" / "venv.py").write_text(f'open("{calls}", "a").write("venv.py\\n")\nexit(1)\n')
    for fake in (tmp_path / ".venv" / "bin" / "python", tmp_path / "bin" / "pip", tmp_path / "bin" / "pip3"):
        fake.parent.mkdir(parents=True, exist_ok=True)
        fake.write_text(record)
        fake.chmod(0o755)
    return tmp_path


def _run_script(repo: Path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    base = {k: v for k, v in os.environ.items() if not k.startswith(("LITELLM_", "PYTHON"))}
    base["PATH"] = f"{repo / 'bin'}{os.pathsep}{base.get('PATH', '')}"
    return subprocess.run(
        [str(repo / "scripts" / args[0]), *args[1:]],
        capture_output=True,
        text=True,
        env={**base, **env},
        timeout=60,
        check=False,
    )


@pytest.mark.parametrize("version", BAD)
@pytest.mark.parametrize("script", ["test", "test-matrix"])
def test_test_scripts_refuse_a_compromised_release_in_the_list(script_copy: Path, script: str, version: str) -> None:
    done = _run_script(script_copy, script, "--litellm-versions", f"1.80.17,{version}")
    assert done.returncode == 2, done.stdout + done.stderr
    assert f"{script}: ERROR: refusing to install LiteLLM {version}: " in done.stderr and MESSAGE in done.stderr
    assert not (script_copy / "calls.log").exists(), (script_copy / "calls.log").read_text()


@pytest.mark.parametrize("version", BAD)
def test_scripts_test_refuses_the_release_of_the_environment(script_copy: Path, version: str) -> None:
    done = _run_script(script_copy, "test", "-m", "integration", LITELLM_SDK_LITELLM_VERSION=version)
    assert done.returncode == 2, done.stdout + done.stderr
    assert MESSAGE in done.stderr
    assert not (script_copy / "calls.log").exists()


def test_test_scripts_go_on_with_a_safe_release(script_copy: Path) -> None:
    """The check lets good releases through: the next step (the venv set-up, recorded here) runs."""
    done = _run_script(script_copy, "test-matrix", "--litellm-versions", "1.80.17,1.108.7")
    assert done.returncode != 0
    assert (script_copy / "calls.log").read_text() == "venv.py\n"
