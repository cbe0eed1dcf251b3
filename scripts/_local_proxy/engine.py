"""The Prisma query engine: the WASM build behind ``shim/`` (Prisma's native engines are only downloadable from
Prisma's CDN), its npm packages in .cache/litellm-shim, and the Prisma client generated into a release's venv."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

from .common import CACHE, LauncherError, run, step
from .install import LITELLM_VERSION, site_packages, venv_dir

SHIM_SRC = Path(__file__).resolve().parent / "shim"
SHIM_DIR = CACHE / "litellm-shim"
SHIM_FILES = ("engine.mjs", "query-engine", "schema-engine", "package.json", "package-lock.json")


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
