"""What ``request_key`` and its friends do, as sans-I/O operations (see ``_engine``).

``request_key`` is two round trips on a cold cache and one on a warm one:

1. ``POST /key/generate`` with the master key. The SDK chooses the key's value itself (LiteLLM accepts a
   caller-chosen ``key``), so when a response is lost it can ask ``GET /key/info`` whether the key exists
   before sending again: one call never leaves two keys behind.
2. ``GET /model_group/info`` authenticated with the NEW key: LiteLLM answers with exactly the model groups
   that key may use (``models=[]`` = all, team models, access groups). Each group is cached; when the key's
   models are an explicit list that is fully cached, this step is skipped.
"""

from __future__ import annotations

import secrets as _secrets
from collections.abc import Mapping, Sequence
from typing import Any

from litellm_sdk import _validate as check
from litellm_sdk._engine import (
    CacheGet,
    CacheSet,
    Context,
    Op,
    Request,
    Shared,
    Sleep,
    call,
    expect_mapping,
    log,
)
from litellm_sdk._records import key_info_from_record
from litellm_sdk.capabilities import models_from_groups
from litellm_sdk.errors import APIConnectionError, ConflictError, LiteLLMError, NotFoundError
from litellm_sdk.types import ModelInfo, VirtualKeyInfo


def new_key_value() -> str:
    """A fresh virtual key value: ``sk-`` and 256 random bits, URL-safe."""
    return "sk-" + _secrets.token_urlsafe(32)


def build_generate_body(
    *,
    user_id: Any = None,
    team_id: Any = None,
    duration: Any = None,
    models: Any = None,
    max_budget: Any = None,
    tags: Any = None,
    metadata: Any = None,
    key_alias: Any = None,
    budget_duration: Any = None,
    tpm_limit: Any = None,
    rpm_limit: Any = None,
    max_parallel_requests: Any = None,
    aliases: Any = None,
    extra: Mapping[str, Any] | None = None,
) -> dict[str, Any]:
    """The ``/key/generate`` body, every argument checked first; ``extra`` fields pass through unchanged."""
    typed: dict[str, Any] = {
        "user_id": check.identifier("user_id", user_id),
        "team_id": check.identifier("team_id", team_id),
        "duration": check.duration("duration", duration),
        "models": check.string_list("models", models),
        "max_budget": check.non_negative_number("max_budget", max_budget),
        "tags": check.string_list("tags", tags),
        "metadata": check.json_object("metadata", metadata),
        "key_alias": check.identifier("key_alias", key_alias),
        "budget_duration": check.duration("budget_duration", budget_duration, words=True),
        "tpm_limit": check.non_negative_int("tpm_limit", tpm_limit),
        "rpm_limit": check.non_negative_int("rpm_limit", rpm_limit),
        "max_parallel_requests": check.non_negative_int("max_parallel_requests", max_parallel_requests),
        "aliases": check.string_map("aliases", aliases),
    }
    body = check.extra_fields(extra or {})
    body.update({k: v for k, v in typed.items() if v is not None})
    return body


def _may_have_created(error: LiteLLMError) -> bool:
    """Whether the proxy may have created the key although the call failed (the request reached it)."""
    if isinstance(error, APIConnectionError):
        return error.request_sent
    return error.status is not None and error.status >= 500


def generate_key(ctx: Context, body: Mapping[str, Any]) -> Op[dict[str, Any]]:
    """``POST /key/generate`` that retries without ever creating a second key.

    The key's value is chosen here, so after a failure that may have reached the proxy (a dropped
    connection, a read timeout, a 5xx) ``GET /key/info`` tells whether the key exists: if it does, it is the
    result; if not, the same body is sent again. A retry that meets "already exists" reads the key back.
    """
    payload = dict(body)
    if not payload.get("key"):
        payload["key"] = new_key_value()
    key = payload["key"]
    request = Request("POST", "/key/generate", json=payload, idempotent=False)
    retries = 0
    while True:
        try:
            record = expect_mapping((yield from call(ctx, request, retry=False)), "POST /key/generate")
            return {**record, "key": record.get("key") or key}
        except LiteLLMError as error:
            if isinstance(error, ConflictError) and retries == 0:
                raise
            if isinstance(error, ConflictError) or (error.retryable and _may_have_created(error)):
                try:
                    existing = yield from find_key_record(ctx, key)
                except LiteLLMError:
                    raise error from None
                if existing is not None:
                    log.info("POST /key/generate failed (%s) after the key was created; using it", error.code)
                    return existing
            delay = ctx.retry.delay(error, retries)
            if delay is None:
                raise
            retries += 1
            log.info("retrying POST /key/generate in %.2fs after %s", delay, error.code)
            yield Sleep(delay)


def find_key_record(ctx: Context, key: str) -> Op[dict[str, Any] | None]:
    """The key's record from ``GET /key/info`` (with ``key`` added), or None when the proxy has no such key."""
    try:
        body = yield from call(ctx, Request("GET", "/key/info", params={"key": key}))
    except NotFoundError:
        return None
    envelope = expect_mapping(body, "GET /key/info")
    info = envelope.get("info")
    if not isinstance(info, dict) or info.get("status") == "deleted":
        return None
    return {**info, "key": key}


def fetch_model_groups(ctx: Context, key: str) -> Op[tuple[ModelInfo, ...]]:
    """The model groups ``key`` may use, from the proxy, each stored in the cache."""
    body = yield from call(ctx, Request("GET", "/model_group/info", auth=key))
    models = models_from_groups(body)
    for model in models:
        yield CacheSet(ctx.cache_key("model_group", model.id), model.to_dict(), ctx.capability_ttl)
    return models


def _cached_models(ctx: Context, names: Sequence[str]) -> Op[tuple[ModelInfo, ...] | None]:
    found = []
    for name in sorted(set(names)):
        value = yield CacheGet(ctx.cache_key("model_group", name))
        if not isinstance(value, dict):
            return None
        try:
            found.append(ModelInfo.from_dict(value))
        except (TypeError, ValueError):
            return None
    return tuple(found)


def resolve_models(
    ctx: Context, key: str, allowed: Sequence[str], *, team_id: str | None, user_id: str | None
) -> Op[tuple[ModelInfo, ...]]:
    """The models a key may use: from the cache when its list is explicit and fully cached, else the proxy.

    Concurrent calls for keys with the same model list and team share one fetch (single flight).
    """
    explicit = bool(allowed) and not any("*" in name for name in allowed)
    if explicit:
        cached = yield from _cached_models(ctx, allowed)
        if cached is not None:
            return cached
        scope = "models:" + ",".join(sorted(set(allowed)))
    else:
        scope = f"all:user={user_id}"
    flight = f"{ctx.cache_key('flight', scope)}:team={team_id}"
    models: tuple[ModelInfo, ...] = yield Shared(flight, lambda: fetch_model_groups(ctx, key))
    return models


def request_key(ctx: Context, body: Mapping[str, Any]) -> Op[VirtualKeyInfo]:
    record = yield from generate_key(ctx, body)
    key = str(record["key"])
    allowed = [m for m in record.get("models") or () if isinstance(m, str)]
    team_id = record.get("team_id") if isinstance(record.get("team_id"), str) else None
    user_id = record.get("user_id") if isinstance(record.get("user_id"), str) else None
    models = yield from resolve_models(ctx, key, allowed, team_id=team_id, user_id=user_id)
    return key_info_from_record(key, record, models)
