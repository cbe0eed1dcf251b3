"""PostgreSQL of a state folder: initdb once, start on a free loopback port (no unix socket), stop with a bounded
wait, and the release's litellm-proxy-extras migrations applied with psql."""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
from pathlib import Path

from .common import LauncherError, run, step
from .install import LITELLM_VERSION, site_packages
from .process import free_port, pid_alive, port_busy, wait_dead


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
