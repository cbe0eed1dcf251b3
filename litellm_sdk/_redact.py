"""Masking of secrets (master key, virtual keys) in reprs, logs and error messages."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

# LiteLLM keys are ``sk-`` followed by URL-safe characters; hashes are 64 hex digits.
_KEY_PATTERN = re.compile(r"sk-[A-Za-z0-9_\-]{4,}")
_SECRET_FIELDS = frozenset({"key", "token", "api_key", "master_key", "new_key", "new_master_key"})


def mask(secret: str | None) -> str | None:
    """Show enough of a secret to tell keys apart (``sk-...wxyz``), never the whole of it."""
    if secret is None:
        return None
    if len(secret) <= 12:
        return "***"
    prefix = "sk-" if secret.startswith("sk-") else ""
    return f"{prefix}...{secret[-4:]}"


def scrub(text: str, secrets: Iterable[str] = ()) -> str:
    """Replace every known secret and anything shaped like a LiteLLM key in ``text``."""
    for secret in secrets:
        if secret and len(secret) >= 4 and secret in text:
            text = text.replace(secret, mask(secret) or "***")
    return _KEY_PATTERN.sub(lambda m: mask(m.group(0)) or "***", text)


def redact_json(value: Any) -> Any:
    """A copy of a JSON value with secret-bearing fields masked and key-shaped strings scrubbed."""
    if isinstance(value, dict):
        return {
            k: (mask(v) if isinstance(v, str) and k in _SECRET_FIELDS else redact_json(v)) for k, v in value.items()
        }
    if isinstance(value, list):
        return [redact_json(v) for v in value]
    if isinstance(value, str):
        return scrub(value)
    return value
