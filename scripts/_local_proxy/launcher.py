"""Start/stop/status for a real LiteLLM proxy (litellm[proxy], any release; 1.108.7 by default) with
PostgreSQL, offline.

Why this shape: Prisma's native engines are only downloadable from Prisma's CDN, so the query engine
is the WASM build behind ``shim/`` and the schema is applied with psql from the migrations of that
release's litellm-proxy-extras.  Everything a run owns lives in one state folder (``.local-proxy/`` for
the default release, ``.local-proxy-<release>/`` for another, or ``$LITELLM_SDK_PROXY_DIR``); each
release's Python venv (``.cache/litellm-<release>``) and the shim's node_modules are shared in ``.cache/``.
The release is ``--litellm-version X`` or ``$LITELLM_SDK_LITELLM_VERSION``.
Standard library only: this runs before anything else is installed.
"""

from __future__ import annotations

import argparse
import contextlib
import fcntl
import json
import os
import re
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

#: The release started when none is asked for (the one the generated client is pinned to).
LITELLM_VERSION = "1.108.7"
#: Every release boots with prisma-client-python 0.15.0 (Prisma 5.17.0, the engine the shim carries).
PRISMA_PY_VERSION = "0.15.0"
ENV_VERSION = "LITELLM_SDK_LITELLM_VERSION"
VERSION_RE = re.compile(r"^\d+\.\d+\.\d+(?:[.\-]?(?:post|rc|a|b|dev)\d*)?$")
REPO = Path(__file__).resolve().parents[2]
CACHE = REPO / ".cache"
SHIM_SRC = Path(__file__).resolve().parent / "shim"
SHIM_DIR = CACHE / "litellm-shim"
SHIM_FILES = ("engine.mjs", "query-engine", "schema-engine", "package.json", "package-lock.json")
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


def state_dir(version: str = LITELLM_VERSION) -> Path:
    """The per-invocation state folder: $LITELLM_SDK_PROXY_DIR, else one per release under the repo."""
    env = os.environ.get("LITELLM_SDK_PROXY_DIR")
    if env:
        return Path(env).resolve()
    return REPO / (".local-proxy" if version == LITELLM_VERSION else f".local-proxy-{version}")


def requested_version(arg: str | None) -> str:
    """--litellm-version, else $LITELLM_SDK_LITELLM_VERSION, else the pinned release; checked for shape."""
    version = (arg or os.environ.get(ENV_VERSION) or LITELLM_VERSION).strip()
    if not VERSION_RE.match(version):
        raise SystemExit(f"local-proxy: ERROR: {version!r} is not a LiteLLM release number (e.g. 1.100.5)")
    return version


def venv_dir(version: str) -> Path:
    """.cache/litellm-<version>: one venv per release (shared with scripts/regenerate)."""
    return CACHE / f"litellm-{version}"


def tail(path: Path | None, n: int = LOG_TAIL) -> str:
    """Last n lines of a log file, or a note that it does not exist."""
    if path is None or not path.exists():
        return f"(no log at {path})"
    lines = path.read_text(errors="replace").splitlines()
    return "\n".join(line if len(line) <= 400 else line[:400] + " ..." for line in lines[-n:])


def free_port() -> int:
    """A loopback port that is free right now (bind to 0, read, close)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def port_busy(port: int) -> bool:
    """True if something accepts or holds the port on loopback (either probe)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.settimeout(0.5)
        if s.connect_ex(("127.0.0.1", port)) == 0:
            return True
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        # SO_REUSEADDR like uvicorn: TIME_WAIT leftovers of our own stopped server are not "busy"
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            s.bind(("127.0.0.1", port))
        except OSError:
            return True
    return False


def pid_alive(pid: int | None) -> bool:
    """Whether a process with this PID exists (and is not a zombie)."""
    if not pid:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
        return stat.rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return True


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


# ---------------------------------------------------------------- shared set-up (.cache/)
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
    """Create .cache/litellm-<version> with litellm[proxy] + prisma pinned (shared with scripts/regenerate)."""
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


def engine_env(version: str = LITELLM_VERSION) -> dict[str, str]:
    """Environment that points prisma-client-python at the shim and keeps everything offline."""
    env = dict(os.environ)
    env.update(
        {
            "PATH": f"{venv_dir(version) / 'bin'}{os.pathsep}{env.get('PATH', '')}",
            "PRISMA_QUERY_ENGINE_BINARY": str(SHIM_DIR / "query-engine"),
            "PRISMA_SCHEMA_ENGINE_BINARY": str(SHIM_DIR / "schema-engine"),
            "PRISMA_BINARY_CACHE_DIR": str(CACHE / "prisma-cache"),
            "PRISMA_NODEENV_CACHE_DIR": str(CACHE / "prisma-nodeenv"),
            "PRISMA_ENGINES_CHECKSUM_IGNORE_MISSING": "1",
            "PRISMA_HIDE_UPDATE_MESSAGE": "1",
            "npm_config_cache": str(CACHE / "npm-cache"),
            "LITELLM_LOCAL_MODEL_COST_MAP": "True",
            "DISABLE_SCHEMA_UPDATE": "true",
            "LITELLM_LOG": env.get("LITELLM_LOG", "INFO"),
        }
    )
    env.pop("LITELLM_DANGEROUSLY_PERMIT_WEAK_OR_UNSET_MASTER_KEY", None)
    return env


def ensure_shim(log: Path) -> None:
    """Copy the carried shim to .cache/litellm-shim and npm ci it (query-engine-wasm, adapter-pg)."""
    SHIM_DIR.mkdir(parents=True, exist_ok=True)
    changed = False
    for name in SHIM_FILES:
        src, dst = SHIM_SRC / name, SHIM_DIR / name
        if not dst.exists() or dst.read_bytes() != src.read_bytes():
            shutil.copy2(src, dst)
            changed = True
    for name in ("query-engine", "schema-engine"):
        (SHIM_DIR / name).chmod(0o755)
    marker = SHIM_DIR / "node_modules/@prisma/query-engine-wasm/postgresql/query_engine_bg.wasm"
    if changed or not marker.exists():
        if not shutil.which("node") or not shutil.which("npm"):
            raise LauncherError("node >= 18 and npm are required for the query-engine shim")
        step("npm ci in .cache/litellm-shim (query-engine-wasm, adapter-pg, pg, graphql)")
        run(
            ["npm", "ci", "--no-audit", "--no-fund", "--loglevel=error"],
            log,
            "npm ci (shim)",
            cwd=SHIM_DIR,
            env=engine_env(),
        )


def ensure_prisma_client(version: str, log: Path) -> None:
    """prisma generate into the release's venv from its schema (CLI 5.17.0 from npm; engines = the shim)."""
    venv = venv_dir(version)
    py = str(venv / "bin/python")
    generated = site_packages(version) / "prisma"
    if (generated / "client.py").exists() and (generated / "schema.prisma").exists():
        return  # files prisma generate writes (importing the client to check takes ~6 s)
    step(f"prisma generate for litellm {version} (offline, ~15 s)")
    schema = site_packages(version) / "litellm/proxy/schema.prisma"
    run(
        [str(venv / "bin/prisma"), "generate", "--schema", str(schema)],
        log,
        "prisma generate",
        cwd=CACHE,
        env=engine_env(version),
    )
    if subprocess.call([py, "-c", "from prisma import Prisma"], stderr=subprocess.DEVNULL) != 0:
        raise LauncherError("prisma client not importable after prisma generate", log)


# ---------------------------------------------------------------- postgres (state folder)
def pg_bin() -> Path:
    """Directory with initdb/pg_ctl/psql (newest /usr/lib/postgresql/*/bin, else PATH)."""
    if os.environ.get("PGBIN"):
        return Path(os.environ["PGBIN"])
    cands = sorted(
        Path("/usr/lib/postgresql").glob("*/bin"),
        key=lambda p: int(p.parent.name) if p.parent.name.isdigit() else 0,
    )
    for cand in reversed(cands):
        if (cand / "initdb").exists():
            return cand
    found = shutil.which("initdb")
    if found:
        return Path(found).parent
    raise LauncherError("PostgreSQL server binaries not found (apt-get install -y postgresql)")


def as_pg() -> list[str]:
    """initdb refuses root: run Postgres as user postgres when we are root."""
    if os.getuid() != 0:
        return []
    if subprocess.call(["id", "postgres"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL) != 0:
        subprocess.check_call(["useradd", "-r", "-m", "postgres"])
    return ["runuser", "-u", "postgres", "--"]


def chown_pg(path: Path) -> None:
    """Give a path to the postgres user when running as root."""
    if os.getuid() == 0:
        shutil.chown(path, "postgres", "postgres")


def pg_running(st: Path) -> int | None:
    """PID of this state folder's postmaster if it is alive."""
    pidfile = st / "pgdata/postmaster.pid"
    if not pidfile.exists():
        return None
    try:
        pid = int(pidfile.read_text().split()[0])
    except (ValueError, IndexError, OSError):
        return None
    return pid if pid_alive(pid) else None


def pg_port(st: Path) -> int | None:
    """Port of the running postmaster (4th line of postmaster.pid)."""
    try:
        return int((st / "pgdata/postmaster.pid").read_text().splitlines()[3])
    except (ValueError, IndexError, OSError):
        return None


def psql(st: Path, port: int, *args: str, db: str = "postgres") -> list[str]:
    """psql command over TCP loopback."""
    return [str(pg_bin() / "psql"), "-X", "-q", "-h", "127.0.0.1", "-p", str(port), "-U", "postgres", "-d", db, *args]


def start_postgres(st: Path) -> int:
    """initdb once, then start Postgres on a free loopback port (no unix socket); returns the port."""
    pgdata = st / "pgdata"
    log = st / "postgres.log"
    pgb = pg_bin()
    st.chmod(0o755)
    if not (pgdata / "PG_VERSION").exists():
        step(f"initdb {pgdata}")
        shutil.rmtree(pgdata, ignore_errors=True)
        pgdata.mkdir(parents=True)
        chown_pg(pgdata)
        run(
            [*as_pg(), str(pgb / "initdb"), "-D", str(pgdata), "-U", "postgres", "--auth=trust", "-E", "UTF8"],
            st / "initdb.log",
            "initdb",
        )
    running = pg_running(st)
    if running:
        port = pg_port(st)
        if port:
            return port
    # stale postmaster.pid from a killed run: pg_ctl handles it, but make sure it is not ours running
    for _ in range(3):
        port = free_port()
        if port_busy(port):
            continue
        step(f"starting postgres on 127.0.0.1:{port}")
        if not log.exists():
            log.touch()
        chown_pg(log)
        opts = f"-c listen_addresses=127.0.0.1 -p {port} -c unix_socket_directories='' -c fsync=off"
        rc = subprocess.call(
            [*as_pg(), str(pgb / "pg_ctl"), "-D", str(pgdata), "-l", str(log), "-w", "-t", "60", "-o", opts, "start"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.STDOUT,
        )
        if rc == 0 and pg_running(st) and pg_port(st) == port:
            return port
        if pg_running(st):
            stop_postgres(st)
    raise LauncherError("postgres did not start", log)


def stop_postgres(st: Path) -> None:
    """pg_ctl stop -m fast with a bounded wait; SIGKILL the postmaster if it does not stop."""
    pid = pg_running(st)
    if not pid:
        return
    subprocess.call(
        [*as_pg(), str(pg_bin() / "pg_ctl"), "-D", str(st / "pgdata"), "-m", "fast", "-w", "-t", "20", "stop"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    if pid_alive(pid):
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGKILL)
        wait_dead(pid, 5)


def migrated_version(st: Path) -> str | None:
    """The release whose migrations built this state folder's database (older folders: the pinned one)."""
    try:
        text = (st / ".migrated").read_text().split()
    except OSError:
        return None
    return text[1] if len(text) > 1 else LITELLM_VERSION


def ensure_database(st: Path, port: int, version: str) -> None:
    """Create database litellm and apply the release's litellm-proxy-extras migrations with psql (once per
    release: a database another release migrated is dropped and rebuilt, since schemas only move forward)."""
    log = st / "migrate.log"
    out = subprocess.run(
        psql(st, port, "-Atc", "select 1 from pg_database where datname='litellm'"),
        capture_output=True,
        text=True,
        check=False,
    )
    if out.returncode != 0:
        log.write_text(out.stdout + out.stderr)
        raise LauncherError("psql cannot reach postgres", log)
    if out.stdout.strip() == "1" and migrated_version(st) == version:
        return
    if migrated_version(st) not in (None, version):
        step(f"database was migrated for litellm {migrated_version(st)}: rebuilding it for {version}")
    with contextlib.suppress(FileNotFoundError):
        (st / ".migrated").unlink()
    step(f"creating database litellm + applying litellm {version}'s migrations with psql")
    if out.stdout.strip() == "1":
        run(psql(st, port, "-c", "drop database litellm"), log, "drop half-migrated database")
    run(psql(st, port, "-c", "create database litellm"), log, "create database")
    migrations = sorted((site_packages(version) / "litellm_proxy_extras/migrations").glob("*/migration.sql"))
    if not migrations:
        raise LauncherError(f"no migrations found in litellm {version}'s litellm_proxy_extras", log)
    for mig in migrations:
        run(psql(st, port, "-v", "ON_ERROR_STOP=1", "-f", str(mig), db="litellm"), log, f"migration {mig.parent.name}")
    (st / ".migrated").write_text(f"{len(migrations)} {version}\n")
    step(f"applied {len(migrations)} migrations (newest {migrations[-1].parent.name})")


# ---------------------------------------------------------------- litellm
CONFIG = """\
# Written by scripts/local-proxy on every start.  Fake models only: mock_response, no provider is called
# (with $LITELLM_SDK_STUB_UPSTREAM set, the *-stub models call that local stub upstream instead).
# Costs are set explicitly so spend is recorded for mock calls (budgets can be exceeded in tests).
model_list:
  - model_name: gpt-4o-vision
    litellm_params:
      model: openai/gpt-4o
      api_key: sk-fake-provider-key-never-used
      mock_response: "Hello from the mock gpt-4o-vision."
      input_cost_per_token: 0.0025
      output_cost_per_token: 0.01
    model_info:
      mode: chat
      supports_vision: true
      supports_function_calling: true
      supports_parallel_function_calling: true
      max_input_tokens: 128000
      max_output_tokens: 16384
      input_cost_per_token: 0.0025
      output_cost_per_token: 0.01
  - model_name: plain-chat
    litellm_params:
      model: openai/plain-chat
      api_key: sk-fake-provider-key-never-used
      mock_response: "Hello from the mock plain-chat."
      input_cost_per_token: 0.001
      output_cost_per_token: 0.002
    model_info:
      mode: chat
      supports_vision: false
      supports_function_calling: false
      supports_parallel_function_calling: false
      input_cost_per_token: 0.001
      output_cost_per_token: 0.002
  - model_name: dall-e-3
    litellm_params:
      model: openai/dall-e-3
      api_key: sk-fake-provider-key-never-used
      mock_response: "https://example.invalid/fake.png"
    model_info:
      mode: image_generation
  - model_name: whisper-1
    litellm_params:
      model: openai/whisper-1
      api_key: sk-fake-provider-key-never-used
      mock_response: "mock transcription"
    model_info:
      mode: audio_transcription
  - model_name: text-embedding-3-small
    litellm_params:
      model: openai/text-embedding-3-small
      api_key: sk-fake-provider-key-never-used
      mock_response: [0.1, 0.2, 0.3]
    model_info:
      mode: embedding
  - model_name: "anthropic/claude-haiku*"
    litellm_params:
      model: "anthropic/claude-haiku*"
      api_key: sk-fake-provider-key-never-used
      mock_response: "Hello from the mock anthropic/claude-haiku* wildcard."
{stub_models}litellm_settings:
  telemetry: false
  drop_params: true
general_settings:
  proxy_batch_write_at: 2
  master_key: os.environ/LITELLM_MASTER_KEY
  database_url: os.environ/DATABASE_URL
"""

#: The environment variable naming a stub upstream (tests/_stub_upstream.py, started by the test fixtures):
#: when it is set, the proxy also serves the deployments below, which send their calls there.
ENV_STUB_UPSTREAM = "LITELLM_SDK_STUB_UPSTREAM"

#: Deployments served by a real (stub) OpenAI-compatible upstream: LiteLLM ignores mock_response for audio, and a
#: mock cannot fail in the middle of a stream the way a provider does, nor answer from what it was sent (images, tool
#: results: assistant-stub, for the example chat app's browser test). The upstream model name picks the stub's
#: behaviour (tests/_stub_upstream.py). Costs are set so the proxy reports spend for these calls too.
STUB_MODELS = """\
  - model_name: whisper-stub
    litellm_params:
      model: openai/whisper-1
      api_base: {api_base}
      api_key: sk-fake-provider-key-never-used
      input_cost_per_second: 0.0001
    model_info:
      mode: audio_transcription
      input_cost_per_second: 0.0001
  - model_name: tts-stub
    litellm_params:
      model: openai/tts-1
      api_base: {api_base}
      api_key: sk-fake-provider-key-never-used
      input_cost_per_character: 0.000015
    model_info:
      mode: audio_speech
      input_cost_per_character: 0.000015
  - model_name: stream-error-stub
    litellm_params:
      model: openai/stub-midstream-error
      api_base: {api_base}
      api_key: sk-fake-provider-key-never-used
    model_info:
      mode: chat
  - model_name: broken-stream-stub
    litellm_params:
      model: openai/stub-broken-stream
      api_base: {api_base}
      api_key: sk-fake-provider-key-never-used
    model_info:
      mode: chat
  - model_name: content-policy-stub
    litellm_params:
      model: openai/stub-content-policy
      api_base: {api_base}
      api_key: sk-fake-provider-key-never-used
    model_info:
      mode: chat
  - model_name: policy-midstream-stub
    litellm_params:
      model: openai/stub-policy-midstream
      api_base: {api_base}
      api_key: sk-fake-provider-key-never-used
    model_info:
      mode: chat
  - model_name: assistant-stub
    litellm_params:
      model: openai/stub-assistant
      api_base: {api_base}
      api_key: sk-fake-provider-key-never-used
      input_cost_per_token: 0.0001
      output_cost_per_token: 0.0002
    model_info:
      mode: chat
      supports_vision: true
      supports_function_calling: true
      input_cost_per_token: 0.0001
      output_cost_per_token: 0.0002
"""


def render_config() -> str:
    """The proxy's config.yaml: the mock models, plus the stub-upstream ones when $LITELLM_SDK_STUB_UPSTREAM is set."""
    stub = os.environ.get(ENV_STUB_UPSTREAM, "").strip().rstrip("/")
    if stub and not re.fullmatch(r"https?://[A-Za-z0-9.\-\[\]:]+", stub):
        raise LauncherError(f"${ENV_STUB_UPSTREAM} must be a bare http://host:port URL, got {stub!r}")
    return CONFIG.replace("{stub_models}", STUB_MODELS.format(api_base=f"{stub}/v1") if stub else "")


def master_key(st: Path) -> str:
    """Strong random sk- master key, created once per state folder (mode 600)."""
    path = st / "master_key"
    if path.exists():
        return path.read_text().strip()
    key = "sk-" + secrets.token_urlsafe(32)
    path.write_text(key + "\n")
    path.chmod(0o600)
    return key


def load_state(st: Path) -> dict[str, object]:
    """state.json (ports, pids, base URL) or {}."""
    try:
        return json.loads((st / "state.json").read_text())  # type: ignore[no-any-return]
    except (OSError, ValueError):
        return {}


def save_state(st: Path, **kw: object) -> None:
    """Merge keys into state.json."""
    data = load_state(st)
    data.update(kw)
    (st / "state.json").write_text(json.dumps(data, indent=2, sort_keys=True) + "\n")


def http_get(url: str, key: str | None = None, timeout: float = 3.0) -> tuple[int, str]:
    """GET returning (status, body); (0, error) when nothing answers."""
    req = urllib.request.Request(url)
    if key:
        req.add_header("Authorization", f"Bearer {key}")
    try:
        with urllib.request.urlopen(req, timeout=timeout) as resp:
            return resp.status, resp.read().decode(errors="replace")
    except urllib.error.HTTPError as e:
        return e.code, e.read().decode(errors="replace")
    except (OSError, ValueError) as e:
        return 0, str(e)


def litellm_pid(st: Path) -> int | None:
    """PID of this state folder's litellm if alive."""
    try:
        pid = int((st / "litellm.pid").read_text().strip())
    except (OSError, ValueError):
        return None
    try:
        cmdline = Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return None
    return pid if b"litellm" in cmdline and pid_alive(pid) else None


def ready(port: int) -> bool:
    """readiness answers with the database connected."""
    status, body = http_get(f"http://127.0.0.1:{port}/health/readiness")
    return status == 200 and '"db":"connected"' in body.replace(" ", "")


def listening_port_from_log(log: Path) -> int | None:
    """Port from uvicorn's 'running on http://host:PORT' line (LiteLLM may silently pick another)."""
    if not log.exists():
        return None
    found = re.findall(r"running on https?://[^:\s]+:(\d+)", log.read_text(errors="replace"), re.IGNORECASE)
    return int(found[-1]) if found else None


def wait_dead(pid: int, timeout: float) -> bool:
    """Poll until pid is gone (reaping it if it is our child)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with contextlib.suppress(ChildProcessError, OSError):
            os.waitpid(pid, os.WNOHANG)
        if not pid_alive(pid):
            return True
        time.sleep(0.1)
    return not pid_alive(pid)


def start_litellm(st: Path, db_port: int, port: int | None, timeout: float, version: str) -> int:
    """Start litellm in its own process group on a checked free port; wait for db-connected readiness."""
    log = st / "litellm.log"
    if port is None:
        prev = load_state(st).get("litellm_port")
        port = prev if isinstance(prev, int) and not port_busy(prev) else free_port()
    if port_busy(port):
        raise LauncherError(f"port {port} is already in use on 127.0.0.1 (choose another with --port)")
    (st / "config.yaml").write_text(render_config())
    env = engine_env(version)
    env["LITELLM_MASTER_KEY"] = master_key(st)
    env["DATABASE_URL"] = f"postgresql://postgres@127.0.0.1:{db_port}/litellm"
    step(f"starting litellm {version} on 127.0.0.1:{port}")
    t = time.monotonic()
    with log.open("wb") as fh:
        proc = subprocess.Popen(
            [
                str(venv_dir(version) / "bin/litellm"),
                "--config",
                str(st / "config.yaml"),
                "--host",
                "127.0.0.1",
                "--port",
                str(port),
                "--num_workers",
                "1",
            ],
            cwd=st,
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=fh,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    (st / "litellm.pid").write_text(f"{proc.pid}\n")
    save_state(st, litellm_pid=proc.pid, litellm_port=port, litellm_version=version)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise LauncherError(f"litellm exited with code {proc.returncode} before it was ready", log)
        moved = listening_port_from_log(log)
        if moved is not None and moved != port:
            raise LauncherError(f"litellm listens on port {moved}, not {port} (port taken meanwhile?)", log)
        if moved == port and ready(port):
            step(f"litellm ready in {time.monotonic() - t:.1f}s (pid {proc.pid})")
            return port
        time.sleep(0.3)
    raise LauncherError(f"litellm not ready with db after {timeout:.0f}s", log)


def stop_litellm(st: Path, timeout: float = 20.0) -> None:
    """SIGTERM litellm's process group (litellm + its query-engine child), SIGKILL after timeout."""
    pid = litellm_pid(st)
    if pid:
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(pid, signal.SIGTERM)
        if not wait_dead(pid, timeout):
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.killpg(pid, signal.SIGKILL)
            wait_dead(pid, 5)
        # the group may still hold the shim (node) briefly
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(pid, signal.SIGKILL)
    with contextlib.suppress(FileNotFoundError):
        (st / "litellm.pid").unlink()


def smoke(port: int, key: str) -> None:
    """One authenticated call so a 'ready' proxy is also usable."""
    status, body = http_get(f"http://127.0.0.1:{port}/v1/models", key, timeout=15)
    if status != 200:
        raise LauncherError(f"GET /v1/models with the master key answered {status}: {body[:300]}")


def print_env(st: Path) -> None:
    """The two variables callers eval/parse."""
    port = load_state(st).get("litellm_port")
    print(f"LITELLM_BASE_URL=http://127.0.0.1:{port}")
    print(f"LITELLM_MASTER_KEY={master_key(st)}")
    sys.stdout.flush()


def running_version(st: Path) -> str:
    """The release this state folder's litellm was started as (folders from before: the pinned one)."""
    found = load_state(st).get("litellm_version")
    return found if isinstance(found, str) else LITELLM_VERSION


def config_current(st: Path) -> bool:
    """The running proxy's config.yaml is the one this invocation would write (same stub upstream, if any)."""
    try:
        return (st / "config.yaml").read_text() == render_config()
    except (OSError, LauncherError):  # a bad $LITELLM_SDK_STUB_UPSTREAM is reported by the start that follows
        return False


def is_running(st: Path, version: str | None = None) -> bool:
    """litellm pid alive (of ``version`` when given), answering on the recorded port, and postgres alive."""
    port = load_state(st).get("litellm_port")
    if version is not None and running_version(st) != version:
        return False
    return bool(litellm_pid(st) and pg_running(st) and isinstance(port, int) and ready(port))


# ---------------------------------------------------------------- commands
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
            with file_lock(CACHE / f"litellm-{version}.lock"):
                ensure_venv(version, setup_log)
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
    st = state_dir(version)
    signal.signal(signal.SIGTERM, _interrupt)
    if args.cmd == "start":
        return cmd_start(st, args.port, args.timeout, version)
    if args.cmd == "stop":
        return cmd_stop(st, args.only_litellm)
    return cmd_status(st)
