"""Every script sets up what it needs on a fresh clone (scripts/_setup/venv.py): .venv is created when missing, the
project installed with the extras asked for, once, and again only when pyproject.toml changes; scripts asking for
different extras do not undo each other. pip is replaced by a recorder here."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path
from typing import Any

import pytest
from _setup import venv as setup_venv

REPO = Path(__file__).resolve().parents[2]


class FakePip:
    """Answers ``python -m venv`` (creates bin/python) and ``pip install``; records every command."""

    def __init__(self, fail: str | None = None) -> None:
        self.calls: list[list[str]] = []
        self.fail = fail

    def __call__(self, cmd: list[str], *args: Any, **kwargs: Any) -> subprocess.CompletedProcess[str]:
        self.calls.append(cmd)
        if self.fail is not None and self.fail in " ".join(cmd):
            return subprocess.CompletedProcess(cmd, 1)
        if cmd[1:3] == ["-m", "venv"]:
            python = Path(cmd[3]) / "bin" / "python"
            python.parent.mkdir(parents=True)
            python.write_text("")
        return subprocess.CompletedProcess(cmd, 0)

    def installs(self) -> list[str]:
        """What was installed editable, the repository shown as ``.``."""
        found = [cmd[-1] for cmd in self.calls if cmd[1:4] == ["-m", "pip", "install"] and "-e" in cmd]
        return [target.replace(str(setup_venv.REPO), ".", 1) for target in found]


@pytest.fixture
def pip(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> FakePip:
    fake = FakePip()
    monkeypatch.setattr(subprocess, "run", fake)
    pyproject = tmp_path / "pyproject.toml"
    pyproject.write_text("")
    os.utime(pyproject, (1_000_000, 1_000_000))
    monkeypatch.setattr(setup_venv, "PYPROJECT", pyproject)
    monkeypatch.setattr(setup_venv, "LOCK", tmp_path / "venv-setup.lock")
    return fake


def test_a_fresh_clone_gets_a_venv_with_the_extras(pip: FakePip, tmp_path: Path) -> None:
    venv = tmp_path / ".venv"
    assert setup_venv.ensure(frozenset({"redis", "dev"}), venv, who="test") is True
    assert pip.calls[0][1:] == ["-m", "venv", str(venv)]
    assert pip.calls[1] == [str(venv / "bin/python"), "-m", "pip", "install", "-q", "--upgrade", "pip"]
    assert pip.installs() == [".[dev,redis]"]
    assert (venv / setup_venv.STAMP).read_text() == "dev\nredis\n"


def test_installed_once_then_only_when_pyproject_changes(pip: FakePip, tmp_path: Path) -> None:
    venv = tmp_path / ".venv"
    setup_venv.ensure(frozenset({"dev", "redis"}), venv)
    pip.calls.clear()
    assert setup_venv.ensure(frozenset({"dev", "redis"}), venv) is False
    assert setup_venv.ensure(frozenset({"dev"}), venv) is False
    assert setup_venv.ensure(frozenset(), venv) is False
    assert pip.calls == []
    later = (venv / setup_venv.STAMP).stat().st_mtime + 10
    os.utime(setup_venv.PYPROJECT, (later, later))  # pyproject.toml edited (or pulled) after the install
    assert setup_venv.ensure(frozenset({"dev"}), venv) is True
    assert pip.installs() == [".[dev,redis]"]  # what was installed before is kept up to date too
    assert not any(cmd[1:3] == ["-m", "venv"] for cmd in pip.calls)


def test_a_script_asking_for_more_extras_adds_them_without_dropping_others(pip: FakePip, tmp_path: Path) -> None:
    venv = tmp_path / ".venv"
    setup_venv.ensure(frozenset({"dev", "redis"}), venv)  # scripts/test
    setup_venv.ensure(frozenset({"dev", "bench"}), venv)  # scripts/bench
    setup_venv.ensure(frozenset({"dev", "redis", "mutate"}), venv)  # scripts/mutate
    assert pip.installs() == [".[dev,redis]", ".[bench,dev,redis]", ".[bench,dev,mutate,redis]"]
    assert setup_venv.ensure(frozenset({"bench"}), venv) is False


def test_runtime_only_for_the_demo(pip: FakePip, tmp_path: Path) -> None:
    venv = tmp_path / "demo-venv"
    setup_venv.ensure(frozenset(), venv, who="demo")
    assert pip.installs() == ["."]
    assert (venv / setup_venv.STAMP).read_text() == ""
    assert setup_venv.ensure(frozenset(), venv) is False


def test_a_venv_made_without_the_stamp_is_brought_up_to_date(pip: FakePip, tmp_path: Path) -> None:
    venv = tmp_path / ".venv"
    (venv / "bin").mkdir(parents=True)
    (venv / "bin" / "python").write_text("")
    assert setup_venv.ensure(frozenset({"dev"}), venv) is True
    assert pip.installs() == [".[dev]"]
    assert not any(cmd[1:3] == ["-m", "venv"] for cmd in pip.calls)


def test_a_failed_pip_names_the_step_and_writes_no_stamp(
    monkeypatch: pytest.MonkeyPatch, pip: FakePip, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pip.fail = f"-e {tmp_path}[dev]"
    venv = tmp_path / ".venv"
    log = tmp_path / "setup.log"
    log.write_text("ERROR: No matching distribution found for something\n")
    monkeypatch.setattr(setup_venv, "REPO", tmp_path)
    assert setup_venv.main(["--venv", str(venv), "--who", "demo", "--log", str(log), "dev"]) == 3
    err = capsys.readouterr().err
    assert err.startswith("demo: error: pip install -e '.[dev]' failed (exit 1)")
    assert "No matching distribution found for something" in err  # the log's last lines
    assert not (venv / setup_venv.STAMP).exists()


def test_every_script_that_runs_project_code_sets_up_its_venv() -> None:
    """The scripts run on a fresh clone: each one that runs the project's Python asks scripts/_setup/venv.py first.
    (scripts/local-proxy and scripts/test-system-deps use the standard library and the system only.)"""
    scripts = REPO / "scripts"
    for name in ("test", "test-matrix", "regenerate", "bench", "demo", "chat-app"):
        assert "scripts/_setup/venv.py" in (scripts / name).read_text(), name
    assert "from _setup import venv" in (scripts / "mutate").read_text()
