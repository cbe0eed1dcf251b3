"""Start/stop the test servers (Prism, the local LiteLLM proxy, its stub upstream, redis-server) on free loopback
ports.

Every server either becomes ready within its timeout or raises ServerError with its last log lines;
nothing hangs.  Processes run in their own process group and are stopped by PID with a bounded wait;
an atexit hook stops whatever is still running when the interpreter exits.
"""

from __future__ import annotations

import atexit
import contextlib
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SPEC_PATH = REPO / "openapi" / "litellm-openapi.json"
LOCAL_PROXY = REPO / "scripts" / "local-proxy"
STUB_UPSTREAM = REPO / "tests" / "_stub_upstream.py"
#: Set for scripts/local-proxy: the proxy's *-stub deployments call this upstream (scripts/_local_proxy/config.py).
ENV_STUB_UPSTREAM = "LITELLM_SDK_STUB_UPSTREAM"
#: The deployments the test proxy serves from the stub upstream (the launcher's STUB_MODELS).
STUB_MODELS = frozenset(
    {
        "whisper-stub",
        "tts-stub",
        "stream-error-stub",
        "broken-stream-stub",
        "content-policy-stub",
        "policy-midstream-stub",
        "assistant-stub",
    }
)
LOG_TAIL = 30

#: The release scripts/local-proxy starts when none is asked for (scripts/_local_proxy/install.py).
PINNED_LITELLM = "1.110.2"
#: The LiteLLM release the integration tier runs against (scripts/test-matrix sets it per run).
ENV_LITELLM_VERSION = "LITELLM_SDK_LITELLM_VERSION"


def litellm_version() -> str:
    """The release asked for with LITELLM_SDK_LITELLM_VERSION, else the pinned one."""
    return os.environ.get(ENV_LITELLM_VERSION, "").strip() or PINNED_LITELLM


def default_state_dir(version: str) -> Path:
    """scripts/local-proxy's own state folder for a release (without LITELLM_SDK_PROXY_DIR)."""
    return REPO / (".local-proxy" if version == PINNED_LITELLM else f".local-proxy-{version}")


_LIVE: list[ManagedProcess] = []


class ServerError(RuntimeError):
    """A server failed to start or stop; the message carries its last log lines."""


def free_port() -> int:
    """A loopback TCP port nobody holds right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def port_open(port: int, host: str = "127.0.0.1") -> bool:
    """Whether something accepts TCP connections on the port."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.settimeout(0.5)
        return s.connect_ex((host, port)) == 0


def tail(path: Path, n: int = LOG_TAIL) -> str:
    """Last n lines of a log file."""
    if not path.exists():
        return f"(no log at {path})"
    return "\n".join(path.read_text(errors="replace").splitlines()[-n:])


def pid_alive(pid: int) -> bool:
    """Whether the process exists and is not a zombie."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return True


class ManagedProcess:
    """A child process in its own session with a log file, a readiness check and a bounded stop."""

    name = "server"
    start_timeout = 60.0

    def __init__(self, port: int | None = None, workdir: Path | None = None) -> None:
        self.port = port or free_port()
        self._own_workdir = workdir is None
        self.workdir = Path(workdir or tempfile.mkdtemp(prefix=f"litellm-sdk-{self.name}-"))
        self.log = self.workdir / f"{self.name}.log"
        self.proc: subprocess.Popen[bytes] | None = None

    def command(self) -> list[str]:
        """argv to start the server."""
        raise NotImplementedError

    def is_ready(self) -> bool:
        """True once the server answers on self.port."""
        return port_open(self.port)

    def env(self) -> dict[str, str]:
        """Environment for the child."""
        return dict(os.environ)

    @property
    def running(self) -> bool:
        """Whether our child is alive."""
        return self.proc is not None and self.proc.poll() is None

    def start(self) -> None:
        """Start on self.port (refusing a busy port) and wait for readiness or fail with the log tail."""
        if self.running:
            return
        if port_open(self.port):
            raise ServerError(f"{self.name}: port {self.port} is already in use")
        with self.log.open("ab") as fh:
            self.proc = subprocess.Popen(
                self.command(),
                cwd=self.workdir,
                env=self.env(),
                stdin=subprocess.DEVNULL,
                stdout=fh,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        if self not in _LIVE:
            _LIVE.append(self)
        deadline = time.monotonic() + self.start_timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                self._fail(f"exited with code {self.proc.returncode} before it was ready")
            if self.is_ready():
                return
            time.sleep(0.1)
        self._fail(f"not ready after {self.start_timeout:.0f}s")

    def _fail(self, why: str) -> None:
        self.stop()
        raise ServerError(f"{self.name} on port {self.port} {why}; last log lines:\n{tail(self.log)}")

    def stop(self, timeout: float = 10.0) -> None:
        """SIGTERM the process group, SIGKILL after timeout; always reaps."""
        proc = self.proc
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
            os.killpg(proc.pid, signal.SIGKILL)  # stragglers in the group
        self.proc = None

    def close(self) -> None:
        """Stop for good and remove a temp workdir we created."""
        self.stop()
        if self in _LIVE:
            _LIVE.remove(self)
        if self._own_workdir:
            shutil.rmtree(self.workdir, ignore_errors=True)


class PrismServer(ManagedProcess):
    """Stoplight Prism (from the project-local node_modules) mocking an OpenAPI document."""

    name = "prism"
    start_timeout = 120.0

    def __init__(self, spec: Path | str = SPEC_PATH, port: int | None = None) -> None:
        super().__init__(port)
        self.spec = Path(spec).resolve()
        self.binary = REPO / "node_modules" / ".bin" / "prism"

    @property
    def base_url(self) -> str:
        """http://127.0.0.1:PORT"""
        return f"http://127.0.0.1:{self.port}"

    def command(self) -> list[str]:
        if not self.binary.exists():
            raise ServerError(f"{self.binary} missing: run `npm ci` in {REPO} (scripts/test-system-deps)")
        if not self.spec.exists():
            raise ServerError(f"OpenAPI document {self.spec} does not exist")
        return [str(self.binary), "mock", "-h", "127.0.0.1", "-p", str(self.port), str(self.spec)]

    def is_ready(self) -> bool:
        # Prism prints the listening line only after the document is loaded
        listening = f"listening on http://127.0.0.1:{self.port}"
        return listening in self.log.read_text(errors="replace") and port_open(self.port)


class RedisServer(ManagedProcess):
    """redis-server without persistence in a temp dir; stop()/start() keep the same port."""

    name = "redis"
    start_timeout = 20.0

    def __init__(self, port: int | None = None) -> None:
        super().__init__(port)
        binary = shutil.which("redis-server")
        if binary is None:
            raise ServerError("redis-server not found (apt-get install -y redis-server; scripts/test-system-deps)")
        self.binary = binary

    @property
    def url(self) -> str:
        """redis://127.0.0.1:PORT/0"""
        return f"redis://127.0.0.1:{self.port}/0"

    def command(self) -> list[str]:
        return [
            self.binary,
            "--port",
            str(self.port),
            "--bind",
            "127.0.0.1",
            "--save",
            "",
            "--appendonly",
            "no",
            "--dir",
            str(self.workdir),
        ]

    def is_ready(self) -> bool:
        try:
            with socket.create_connection(("127.0.0.1", self.port), timeout=0.5) as s:
                s.sendall(b"PING\r\n")
                return s.recv(64).startswith(b"+PONG")
        except OSError:
            return False


class StubUpstream(ManagedProcess):
    """tests/_stub_upstream.py: an OpenAI-compatible upstream (audio, failing streams) for the proxy's *-stub models.

    It binds port 0 itself and prints the port it got, so no port is picked before it is held.
    """

    name = "stub-upstream"
    start_timeout = 20.0
    _LISTENING = re.compile(r"stub upstream listening on http://127\.0\.0\.1:(\d+)")

    def command(self) -> list[str]:
        return [sys.executable, str(STUB_UPSTREAM), "--port", "0"]

    def start(self) -> None:
        self.port = 0  # the child reports the port it bound; never one chosen here
        super().start()

    def is_ready(self) -> bool:
        found = self._LISTENING.findall(self.log.read_text(errors="replace")) if self.log.exists() else []
        if not found:
            return False
        self.port = int(found[-1])
        return port_open(self.port)

    @property
    def base_url(self) -> str:
        """http://127.0.0.1:PORT"""
        return f"http://127.0.0.1:{self.port}"

    def requests(self) -> list[dict[str, object]]:
        """What reached the upstream so far (path, model, upload name, size, sha256, ...)."""
        import json

        with urllib.request.urlopen(f"{self.base_url}/stub/requests", timeout=5) as resp:
            found: list[dict[str, object]] = json.loads(resp.read())
        return found


def _parse_vars(text: str) -> dict[str, str]:
    return dict(re.findall(r"^(LITELLM_[A-Z_]+)=(\S+)$", text, re.MULTILINE))


def _http_ok(url: str) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=3) as resp:
            return bool(resp.status == 200)
    except (urllib.error.URLError, OSError, ValueError):
        return False


class LocalProxy:
    """The real LiteLLM proxy via scripts/local-proxy; stop()/start() restart litellm on the same port.

    The release is LITELLM_SDK_LITELLM_VERSION (default: the pinned one), in ``self.version``.
    Reuse: with LITELLM_SDK_REUSE_PROXY=1 and LITELLM_BASE_URL + LITELLM_MASTER_KEY set, that proxy is
    used as is (no stop/start).  With LITELLM_SDK_REUSE_PROXY=1 alone, the proxy of the state folder
    (LITELLM_SDK_PROXY_DIR, or .local-proxy/ / .local-proxy-<release>/) is reused if running, started
    otherwise, and left running.
    Otherwise a private proxy is started in a temp state folder and removed at close().
    """

    def __init__(
        self, state_dir: Path | None = None, start_timeout: float = 600.0, stub_upstream: str | None = None
    ) -> None:
        self.start_timeout = start_timeout
        #: The stub upstream the proxy's *-stub deployments call (None: the proxy has no such deployments).
        self.stub_upstream = stub_upstream
        self.version = litellm_version()
        self.base_url = ""
        self.master_key = ""
        self.port: int | None = None
        self.controllable = True
        self.owns_state = False
        self.leave_running = False
        reuse = os.environ.get("LITELLM_SDK_REUSE_PROXY") == "1"
        if reuse and os.environ.get("LITELLM_BASE_URL") and os.environ.get("LITELLM_MASTER_KEY"):
            self.base_url = os.environ["LITELLM_BASE_URL"].rstrip("/")
            self.master_key = os.environ["LITELLM_MASTER_KEY"]
            self.controllable = False
            self.state_dir: Path | None = None
            return
        if state_dir is not None:
            self.state_dir = Path(state_dir)
        elif reuse:
            env_dir = os.environ.get("LITELLM_SDK_PROXY_DIR")
            self.state_dir = Path(env_dir) if env_dir else default_state_dir(self.version)
            self.leave_running = True
        else:
            self.state_dir = Path(tempfile.mkdtemp(prefix="litellm-sdk-proxy-"))
            self.owns_state = True
        self.log = self.state_dir / "litellm.log"

    def _run(self, *args: str, timeout: float) -> subprocess.CompletedProcess[str]:
        """Run scripts/local-proxy; if we are interrupted or it overruns, SIGTERM it so it cleans up."""
        env = dict(os.environ, LITELLM_SDK_PROXY_DIR=str(self.state_dir), LITELLM_SDK_LITELLM_VERSION=self.version)
        env.pop(ENV_STUB_UPSTREAM, None)
        if self.stub_upstream:
            env[ENV_STUB_UPSTREAM] = self.stub_upstream
        cmd = [str(LOCAL_PROXY), *args]
        proc = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        try:
            out, err = proc.communicate(timeout=timeout)
        except BaseException as e:
            proc.terminate()  # the launcher stops what it started on SIGTERM
            try:
                proc.communicate(timeout=90)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.communicate()
            if isinstance(e, subprocess.TimeoutExpired):
                raise ServerError(
                    f"scripts/local-proxy {' '.join(args)} timed out after {timeout:.0f}s; last log lines:\n"
                    f"{tail(self.log)}"
                ) from e
            raise
        return subprocess.CompletedProcess(cmd, proc.returncode, out, err)

    def start(self) -> None:
        """Start (or reuse) the proxy; on restart, litellm comes back on the same port."""
        if not self.controllable:
            if not _http_ok(f"{self.base_url}/health/liveliness"):
                raise ServerError(f"reused proxy at {self.base_url} does not answer /health/liveliness")
            return
        if self not in _LIVE_PROXIES:
            _LIVE_PROXIES.append(self)  # before starting, so an interrupted start is cleaned up too
        args = ["start", "--timeout", str(min(self.start_timeout, 300.0))]
        if self.port is not None:
            args += ["--port", str(self.port)]
        out = self._run(*args, timeout=self.start_timeout)
        if out.returncode != 0:
            raise ServerError(f"scripts/local-proxy start failed (exit {out.returncode}):\n{out.stderr[-6000:]}")
        found = _parse_vars(out.stdout)
        self.base_url = found["LITELLM_BASE_URL"]
        self.master_key = found["LITELLM_MASTER_KEY"]
        self.port = int(self.base_url.rsplit(":", 1)[1])

    def stop(self) -> None:
        """Stop litellm only (Postgres keeps running) so start() is a quick restart; for fault tests."""
        if not self.controllable:
            raise ServerError("this proxy was reused from LITELLM_BASE_URL; the fixture cannot stop it")
        self._run("stop", "--only-litellm", timeout=90)

    def close(self) -> None:
        """Stop litellm and Postgres unless reusing a proxy we did not start; drop a temp state folder."""
        if self in _LIVE_PROXIES:
            _LIVE_PROXIES.remove(self)
        if not self.controllable or self.leave_running:
            return
        self._run("stop", timeout=120)
        if self.owns_state and self.state_dir is not None:
            shutil.rmtree(self.state_dir, ignore_errors=True)


_LIVE_PROXIES: list[LocalProxy] = []


def wait_for(check: Callable[[], bool], timeout: float, what: str) -> None:
    """Poll check() until true or raise TimeoutError naming what we waited for."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if check():
            return
        time.sleep(0.1)
    raise TimeoutError(f"timed out after {timeout:.0f}s waiting for {what}")


@atexit.register
def _cleanup() -> None:
    """Last line of defence: stop every server this interpreter started."""
    for server in list(_LIVE):
        with contextlib.suppress(Exception):
            server.close()
    for proxy in list(_LIVE_PROXIES):
        with contextlib.suppress(Exception):
            proxy.close()
