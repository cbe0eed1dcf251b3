"""PostgreSQL of a state folder: initdb once, start on a free loopback port (no unix socket), stop with a bounded
wait, and the release's schema applied with psql: the migrations of the litellm-proxy-extras installed beside it,
then, when that is an older one than the release pins (1.108.13 and later: the registry lacks theirs), the release's
schema delta from schema_deltas/ (what its own schema.prisma has beyond those migrations; see schema.py)."""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
from pathlib import Path

from . import schema
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


#: One file per release whose schema.prisma has more than the migrations the launcher can install for it.
SCHEMA_DELTAS = Path(__file__).resolve().parent / "schema_deltas"


def _installed(site: Path, dist: str) -> str:
    found = sorted(site.glob(f"{dist}-*.dist-info"))
    return found[-1].name[len(dist) + 1 : -len(".dist-info")] if found else "?"


def _describe(tables: schema.Tables, enums: set[str]) -> str:
    parts = [
        f"{t}({', '.join(sorted(c))})" if len(c) <= 3 else f"{t}({len(c)} columns)" for t, c in sorted(tables.items())
    ]
    parts += [f"enum {e}" for e in sorted(enums)]
    return "; ".join(parts)


def schema_delta(version: str, site: Path) -> Path | None:
    """The release's schema delta when its schema.prisma has tables, columns or enums that the installed
    litellm-proxy-extras' migrations lack (None when they have everything); LauncherError when it needs one and the
    launcher carries none, or the one carried does not add all of it."""
    lacking, lacking_enums = schema.missing(site)
    if not lacking and not lacking_enums:
        return None
    extras = _installed(site, "litellm_proxy_extras")
    delta = SCHEMA_DELTAS / f"{version}.sql"
    if not delta.exists():
        raise LauncherError(
            f"litellm {version}'s schema.prisma has what the migrations of the installed litellm-proxy-extras {extras} "
            f"lack ({_describe(lacking, lacking_enums)}), and the launcher carries no schema delta for it "
            f"({delta.relative_to(SCHEMA_DELTAS.parents[2])}; {SCHEMA_DELTAS.name}/README.md says how to make one): "
            "without it the proxy boots but its spend writes fail"
        )
    want = schema.prisma_tables((site / "litellm/proxy/schema.prisma").read_text(encoding="utf-8"))
    sqls = [m.read_text(encoding="utf-8") for m in schema.migration_files(site)] + [delta.read_text(encoding="utf-8")]
    got = schema.migrated_tables(sqls)
    still, still_enums = schema.difference(want[0], got[0]), want[1] - got[1]
    if still or still_enums:
        raise LauncherError(
            f"{delta.name} does not bring the migrations of litellm-proxy-extras {extras} to litellm {version}'s "
            f"schema.prisma: still lacking {_describe(still, still_enums)}"
        )
    return delta


def ensure_database(st: Path, port: int, version: str) -> None:
    """Create database litellm and apply the release's schema with psql: the installed litellm-proxy-extras'
    migrations, then its schema delta if it needs one (once per release and delta: a database built for another
    release, or without the delta, is dropped and rebuilt, since schemas only move forward)."""
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
    site = site_packages(version)
    migrations = schema.migration_files(site)
    if not migrations:
        raise LauncherError(f"no migrations found in litellm {version}'s litellm_proxy_extras", log)
    delta = schema_delta(version, site)  # before anything is applied: refuse a release it cannot complete
    marker = f"{len(migrations)} {version}" + (f" {delta.name}" if delta else "")
    try:
        built = (st / ".migrated").read_text().strip()
    except OSError:
        built = None
    if out.stdout.strip() == "1" and built == marker:
        return
    if migrated_version(st) not in (None, version):
        step(f"database was migrated for litellm {migrated_version(st)}: rebuilding it for {version}")
    elif built is not None and out.stdout.strip() == "1":
        step(f"database was built as {built!r}, not {marker!r}: rebuilding it")
    with contextlib.suppress(FileNotFoundError):
        (st / ".migrated").unlink()
    step(f"creating database litellm + applying litellm {version}'s migrations with psql")
    if out.stdout.strip() == "1":
        run(psql(st, port, "-c", "drop database litellm"), log, "drop half-migrated database")
    run(psql(st, port, "-c", "create database litellm"), log, "create database")
    for mig in migrations:
        run(psql(st, port, "-v", "ON_ERROR_STOP=1", "-f", str(mig), db="litellm"), log, f"migration {mig.parent.name}")
    extras = _installed(site, "litellm_proxy_extras")
    step(f"applied {len(migrations)} migrations of litellm-proxy-extras {extras} (newest {migrations[-1].parent.name})")
    if delta is not None:
        run(psql(st, port, "-v", "ON_ERROR_STOP=1", "-f", str(delta), db="litellm"), log, f"schema delta {delta.name}")
        step(f"applied {SCHEMA_DELTAS.name}/{delta.name}: what {version}'s schema.prisma has beyond those migrations")
    (st / ".migrated").write_text(marker + "\n")
