"""The state folder of a run (.local-proxy/, .local-proxy-<release>/ or $LITELLM_SDK_PROXY_DIR): its master key and
state.json (ports, PIDs, the release started)."""

from __future__ import annotations

import json
import os
import secrets
from pathlib import Path

from .common import REPO
from .install import LITELLM_VERSION


def state_dir(version: str = LITELLM_VERSION) -> Path:
    """The per-invocation state folder: $LITELLM_SDK_PROXY_DIR, else one per release under the repo."""
    env = os.environ.get("LITELLM_SDK_PROXY_DIR")
    if env:
        return Path(env).resolve()
    return REPO / (".local-proxy" if version == LITELLM_VERSION else f".local-proxy-{version}")


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


def running_version(st: Path) -> str:
    """The release this state folder's litellm was started as (folders from before: the pinned one)."""
    found = load_state(st).get("litellm_version")
    return found if isinstance(found, str) else LITELLM_VERSION
