"""Checks on caller input, run before any request so bad input never reaches the proxy."""

from __future__ import annotations

import json
import math
import re
from collections.abc import Mapping
from typing import Any

import httpx

from litellm_sdk.errors import ConfigurationError, InvalidRequestError

# LiteLLM reads "<n><unit>" with unit s, m, h, d, w or mo (duration_parser.py); we insist on the unit.
_DURATION = re.compile(r"^[1-9][0-9]{0,8}(s|m|h|d|w|mo)$")
_DURATION_WORDS = frozenset({"hourly", "daily", "weekly", "monthly"})


def _fail(field: str, problem: str) -> InvalidRequestError:
    return InvalidRequestError(f"{field}: {problem}", param=field)


def duration(field: str, value: Any, *, words: bool = False) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise _fail(
            field,
            f"expected a duration string such as '30m', '24h', '7d' or '1mo', got {type(value).__name__}",
        )
    text = value.strip()
    if _DURATION.match(text) or (words and text.lower() in _DURATION_WORDS):
        return text
    raise _fail(field, f"malformed duration {value!r}; use <number><unit> with unit s, m, h, d, w or mo (e.g. '24h')")


def non_negative_number(field: str, value: Any) -> float | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        raise _fail(field, f"expected a finite number, got {value!r}")
    if value < 0:
        raise _fail(field, f"must not be negative, got {value!r}")
    return value


def non_negative_int(field: str, value: Any) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise _fail(field, f"expected a whole number, got {value!r}")
    if value < 0:
        raise _fail(field, f"must not be negative, got {value!r}")
    return value


def identifier(field: str, value: Any) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str) or not value.strip():
        raise _fail(field, "expected a non-empty string")
    return value


def string_list(field: str, value: Any) -> list[str] | None:
    if value is None:
        return None
    if isinstance(value, (str, bytes)) or not isinstance(value, (list, tuple, set, frozenset)):
        raise _fail(field, f"expected a list of strings, got {type(value).__name__}")
    items = list(value)
    for item in items:
        if not isinstance(item, str) or not item:
            raise _fail(field, f"expected a list of non-empty strings, found {item!r}")
    return items


def json_object(field: str, value: Any) -> dict[str, Any] | None:
    if value is None:
        return None
    if not isinstance(value, Mapping):
        raise _fail(field, f"expected a dict, got {type(value).__name__}")
    try:
        json.dumps(value, allow_nan=False)
    except (TypeError, ValueError) as exc:
        raise _fail(field, f"must be JSON-serialisable ({exc})") from None
    return dict(value)


def string_map(field: str, value: Any) -> dict[str, str] | None:
    data = json_object(field, value)
    if data is not None and not all(isinstance(k, str) and isinstance(v, str) for k, v in data.items()):
        raise _fail(field, "expected a dict of strings to strings")
    return data


def virtual_key(field: str, value: Any) -> str:
    if not isinstance(value, str) or not value.startswith("sk-") or len(value) < 8 or value != value.strip():
        raise _fail(field, "expected a LiteLLM virtual key (a string starting with 'sk-')")
    return value


def base_url(value: Any) -> str:
    if not isinstance(value, str) or not value.strip():
        raise ConfigurationError("No LiteLLM base URL: pass base_url= or set LITELLM_BASE_URL", param="base_url")
    text = value.strip().rstrip("/")
    scheme = re.match(r"^(https?)://[^/\s]+", text, re.IGNORECASE)
    if scheme is None or re.search(r"\s", text):
        raise ConfigurationError(f"base_url must start with http:// or https://, got {text[:60]!r}", param="base_url")
    text = scheme.group(1).lower() + text[len(scheme.group(1)) :]  # schemes are case-insensitive
    if "@" in text.split("/", 3)[2]:
        # httpx would send these as Basic auth in place of the master key's Bearer; never echoed (a password)
        raise ConfigurationError(
            "base_url must not carry a user name or password (user:password@host); give the proxy's address only",
            param="base_url",
        )
    try:
        url = httpx.URL(text)
    except (httpx.InvalidURL, ValueError, TypeError) as exc:
        raise ConfigurationError(f"base_url is not a valid URL ({exc}): {text[:60]!r}", param="base_url") from None
    if not url.host or "?" in text or "#" in text:  # an empty "?" or "#" too: the request paths go after it
        raise ConfigurationError(
            f"base_url needs a host and no query or fragment, got {text[:60]!r}", param="base_url"
        ) from None
    return text


def master_key(value: Any) -> str:
    if not isinstance(value, str) or not value.strip():
        raise ConfigurationError(
            "No LiteLLM master key: pass master_key= or set LITELLM_MASTER_KEY", param="master_key"
        )
    return value.strip()


def extra_fields(extra: Mapping[str, Any]) -> dict[str, Any]:
    """Pass-through fields of a request body: any JSON value, with ``key`` checked as a virtual key."""
    if not extra and isinstance(extra, dict):  # the usual call: nothing passed through, nothing to check
        return {}
    out = json_object("extra", extra) or {}
    if "key" in out and out["key"] is not None:
        virtual_key("key", out["key"])
    for name in ("budget_duration", "duration"):
        if name in out:
            duration(name, out[name], words=name == "budget_duration")
    return out


def cache_adapter(value: Any, *, allow_async: bool) -> Any:
    """A cache with callable ``get``/``set``/``delete`` (async ones only where ``allow_async``), or None."""
    if value is None:
        return None
    import inspect

    methods = [getattr(value, name, None) for name in ("get", "set", "delete")]
    if not all(callable(m) for m in methods):
        raise ConfigurationError(
            f"cache must have get, set and delete methods (a CacheAdapter), got {type(value).__name__}", param="cache"
        )
    if not allow_async and any(inspect.iscoroutinefunction(m) for m in methods):
        raise ConfigurationError(
            f"LiteLLMClient needs a synchronous cache; {type(value).__name__} is async: use it with "
            "AsyncLiteLLMClient (or its sync counterpart here, e.g. RedisCache instead of AsyncRedisCache)",
            param="cache",
        )
    return value
