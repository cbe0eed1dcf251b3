"""scripts/_setup/litellm_install.py (the one installer of LiteLLM venvs) without the network: a fake pip answers, so every branch can be made to happen."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
from _setup import litellm_install as install

ENTERPRISE = ["0.1.83", "0.1.82", "0.1.80", "0.1.79.post1", "0.1.79", "0.1.78"]
EXTRAS = ["0.4.110", "0.4.109", "0.4.108"]
LITELLM = ["1.110.2", "1.110.1", "1.109.3", "1.108.7", "1.111.0rc1"]
UNREACHABLE = (
    "WARNING: Retrying (Retry(total=4, connect=None, read=None, redirect=None, status=None)) after connection broken"
    " by 'NewConnectionError(\"<pip._vendor.urllib3.connection.HTTPSConnection object>: Failed to establish a new"
    " connection: [Errno -3] Temporary failure in name resolution\")': /simple/litellm/\n"
    "ERROR: No matching distribution found for litellm\n"
)


def done(stdout: str = "", stderr: str = "", code: int = 0) -> subprocess.CompletedProcess[str]:
    return subprocess.CompletedProcess([], code, stdout, stderr)


class FakePip:
    """Answers `pip index versions`, `python -m venv`, `pip install` and the requirements probe."""

    def __init__(self, index: dict[str, list[str] | None], requires: list[str], *, unreachable: bool = False) -> None:
        self.index = index
        self.requires = requires
        self.unreachable = unreachable
        self.calls: list[list[str]] = []
        self.installed: dict[str, str] = {}

    def __call__(self, cmd: list[str]) -> subprocess.CompletedProcess[str]:
        self.calls.append(cmd)
        if cmd[1:5] == ["-m", "pip", "index", "versions"]:
            name = cmd[-1]
            if self.unreachable:
                return done(stderr=UNREACHABLE.replace("litellm", name), code=1)
            versions = self.index.get(name)
            if versions is None:
                return done(stderr=f"ERROR: No matching distribution found for {name}\n", code=1)
            return done(stdout=f"{name} ({versions[0]})\nAvailable versions: {', '.join(versions)}\n")
        if cmd[1:3] == ["-m", "venv"]:
            python = Path(cmd[3]) / "bin" / "python"
            python.parent.mkdir(parents=True)
            python.write_text("")
            return done()
        if cmd[1:4] == ["-m", "pip", "install"]:
            for arg in cmd[5:]:
                if "==" in arg:
                    name, _, version = arg.partition("==")
                    self.installed[name] = version
            return done()
        if cmd[1] == "-c" and "litellm.proxy" in cmd[2] and "import" in cmd[2] and "metadata" not in cmd[2]:
            return done(code=0 if "litellm" in self.installed else 1)
        if cmd[1] == "-c":  # REQUIREMENTS_CODE
            out = []
            for req in self.requires:
                name, _, pinned = req.partition("==")
                have = self.installed.get(name) if pinned else "1.0"
                out.append({"requirement": req, "installed": have, "satisfied": have == pinned if pinned else True})
            return done(stdout=json.dumps(out))
        raise AssertionError(f"unexpected command {cmd}")


def test_nearest_version_is_the_newest_not_newer_than_the_pin() -> None:
    assert install.nearest_version("0.1.79.post2", ENTERPRISE) == "0.1.79.post1"
    assert install.nearest_version("0.1.83.post1", ENTERPRISE) == "0.1.83"
    assert install.nearest_version("0.1.81.post1", ENTERPRISE) == "0.1.80"
    assert install.nearest_version("0.4.114.post1", EXTRAS) == "0.4.110"
    assert install.nearest_version("0.0.1", EXTRAS) == "0.4.108"  # nothing older: the oldest newer one
    assert install.nearest_version("0.1.84", ["0.1.85rc1", "0.1.83"]) == "0.1.83"  # final releases first


def test_newest_release_skips_pre_releases() -> None:
    assert install.newest_release(LITELLM) == "1.110.2"


def test_exact_pin() -> None:
    assert install.exact_pin("litellm-enterprise==0.1.83.post1") == ("litellm-enterprise", "0.1.83.post1")
    assert install.exact_pin("httpx[http2]>=0.28.0,<1.0") is None
    assert install.exact_pin("grpcio==1.*") is None


def test_missing_pins_are_substituted_and_only_exact_pins_looked_up() -> None:
    pip = FakePip({"litellm-enterprise": ENTERPRISE, "litellm-proxy-extras": EXTRAS, "litellm-proxy": None}, [])
    reqs = [
        "httpx[http2]<1.0,>=0.28.0",
        "litellm-proxy==1.110.2",
        "litellm-proxy-extras==0.4.114.post1",
        "litellm-enterprise==0.1.83",
    ]
    out, subs = install.substitute_missing_pins(reqs, pip)
    assert out == ["httpx[http2]<1.0,>=0.28.0", "litellm-proxy-extras==0.4.110", "litellm-enterprise==0.1.83"]
    assert [(s["requirement"], s["installed"]) for s in subs] == [
        ("litellm-proxy==1.110.2", None),
        ("litellm-proxy-extras==0.4.114.post1", "0.4.110"),
    ]
    assert "no release of litellm-proxy" in subs[0]["reason"]
    assert "not on the package registry" in subs[1]["reason"]
    looked_up = [c[-1] for c in pip.calls]
    assert looked_up == ["litellm-proxy", "litellm-proxy-extras", "litellm-enterprise"]


def test_unreachable_registry_is_named_as_such() -> None:
    pip = FakePip({}, [], unreachable=True)
    with pytest.raises(install.InstallError, match=r"^package registry unreachable \(pip index versions litellm-x"):
        install.substitute_missing_pins(["litellm-x==1.0"], pip)


def test_a_release_without_any_distribution_is_not_unreachable() -> None:
    assert install.index_versions("litellm-proxy", FakePip({"litellm-proxy": None}, [])) is None


def test_install_substitutes_records_and_reports(tmp_path: Path) -> None:
    requires = ["httpx<1.0,>=0.28.0", "litellm-enterprise==0.1.79.post2", "litellm-proxy==1.110.2"]
    pip = FakePip({"litellm": LITELLM, "litellm-enterprise": ENTERPRISE, "litellm-proxy": None}, requires)
    installer = install.Installer(tmp_path / "cache", tmp_path, pip)
    python, subs = installer.ensure("1.110.2")
    assert python == tmp_path / "cache" / "litellm-1.110.2" / "bin" / "python"
    final = next(c for c in pip.calls if c[1:4] == ["-m", "pip", "install"] and "--no-deps" not in c)
    assert final[5:] == ["litellm==1.110.2", "httpx<1.0,>=0.28.0", "litellm-enterprise==0.1.79.post1", "prisma==0.15.0"]
    assert [(s["requirement"], s["installed"]) for s in subs] == [
        ("litellm-enterprise==0.1.79.post2", "0.1.79.post1"),
        ("litellm-proxy==1.110.2", None),
    ]
    assert all("registry" in s["reason"] for s in subs)
    # reused: the venv is inspected, nothing is installed again, the same substitutions come back
    pip.calls.clear()
    assert installer.ensure("1.110.2")[1] == subs
    assert not any(c[1:4] == ["-m", "pip", "install"] for c in pip.calls)


def test_unknown_release_is_named_and_creates_nothing(tmp_path: Path) -> None:
    pip = FakePip({"litellm": LITELLM}, [])
    installer = install.Installer(tmp_path / "cache", tmp_path, pip)
    with pytest.raises(install.InstallError) as info:
        installer.ensure("1.999.0")
    assert str(info.value) == (
        "unknown LiteLLM release 1.999.0: the package registry has no litellm==1.999.0 (newest: 1.110.2)"
    )
    assert not (tmp_path / "cache" / "litellm-1.999.0").exists()


def test_a_requirement_pip_cannot_find_is_named(tmp_path: Path) -> None:
    pip = FakePip({"litellm": LITELLM}, ["somepkg>=9"])
    real = pip.__call__

    def runner(cmd: list[str]) -> subprocess.CompletedProcess[str]:
        if cmd[1:4] == ["-m", "pip", "install"] and "--no-deps" not in cmd:
            return done(stderr="ERROR: No matching distribution found for somepkg>=9\n", code=1)
        return real(cmd)

    with pytest.raises(install.InstallError) as info:
        install.Installer(tmp_path / "cache", tmp_path, runner).ensure("1.110.2")
    assert "no distribution matching somepkg>=9" in str(info.value)
    assert "unreachable" not in str(info.value)
    assert not (tmp_path / "cache" / "litellm-1.110.2").exists()


def test_the_launcher_installs_through_this_installer(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """scripts/local-proxy (and scripts/bench) install a release with the same substitutions; the installer's
    progress goes to the launcher's stderr lines, its commands and their output to the setup log."""
    import threading

    from _local_proxy import install as proxy_install

    requires = ["httpx<1.0,>=0.28.0", "litellm-proxy-extras==0.4.114.post1", "litellm-proxy==1.110.2"]
    pip = FakePip({"litellm": LITELLM, "litellm-proxy-extras": EXTRAS, "litellm-proxy": None}, requires)
    monkeypatch.setattr(proxy_install, "CACHE", tmp_path / "cache")
    monkeypatch.setattr(proxy_install, "_logged", lambda log: pip)
    answers = iter([False, True])  # not there, then there
    monkeypatch.setattr(proxy_install, "venv_ok", lambda version: next(answers))
    said: list[str] = []
    monkeypatch.setattr(proxy_install, "step", said.append)
    done_installing = threading.Event()

    def start() -> None:
        proxy_install.ensure_venv("1.110.2", tmp_path / "setup.log")
        done_installing.set()

    threading.Thread(target=start, daemon=True).start()
    assert done_installing.wait(30), "ensure_venv did not return: the launcher waits for a lock it holds"
    final = next(c for c in pip.calls if c[1:4] == ["-m", "pip", "install"] and "--no-deps" not in c)
    assert final[5:] == ["litellm==1.110.2", "httpx<1.0,>=0.28.0", "litellm-proxy-extras==0.4.110", "prisma==0.15.0"]
    assert any("substituting litellm-proxy-extras==0.4.114.post1 -> 0.4.110" in line for line in said)
    assert any("substituting litellm-proxy==1.110.2 -> not installed" in line for line in said)


def test_the_launcher_logs_each_installer_command(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from _local_proxy import install as proxy_install

    log = tmp_path / "setup.log"
    proc = proxy_install._logged(log)(["python3", "-c", "print('out'); import sys; print('err', file=sys.stderr)"])
    assert proc.returncode == 0 and proc.stdout == "out\n"
    assert log.read_text() == "\n$ python3 -c print('out'); import sys; print('err', file=sys.stderr)\nout\nerr\n"
    said: list[str] = []
    monkeypatch.setattr(proxy_install, "step", said.append)
    slow = proxy_install._logged(log, every=0.2)(["python3", "-c", "import time; time.sleep(0.5); print('late')"])
    assert slow.stdout == "late\n"
    assert said and all(
        line.startswith("... -c import time; time.sleep(0.5); print('late') still running") for line in said
    )


@pytest.mark.parametrize("caller", ["local-proxy start", "bench"])
def test_no_caller_holds_the_installers_lock_while_installing(
    caller: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The installer locks .cache/litellm-<release>.lock itself; a caller holding it too would wait for itself
    forever on a fresh clone (flock locks per open file), so ensure_venv is called with the lock free."""
    import fcntl

    from _local_proxy import cli
    from _local_proxy.common import CACHE, LauncherError

    free: list[bool] = []

    def ensure_venv(version: str, log: Path) -> None:
        with open(CACHE / f"litellm-{version}.lock", "a") as fh:
            try:
                fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                free.append(False)
            else:
                fcntl.flock(fh, fcntl.LOCK_UN)
                free.append(True)
        raise LauncherError("stop here")

    if caller == "bench":
        import _bench.__main__ as bench

        monkeypatch.setattr(bench, "ensure_venv", ensure_venv)
        with pytest.raises(SystemExit, match="stop here"):
            bench.setup_litellm()
    else:
        monkeypatch.setattr(cli, "ensure_venv", ensure_venv)
        assert cli.cmd_start(tmp_path / "state", None, 1.0, cli.LITELLM_VERSION) == 1
    assert free == [True]
