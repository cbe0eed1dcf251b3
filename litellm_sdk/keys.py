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

import base64
import contextlib
import hashlib
import hmac
import secrets as _secrets
from collections.abc import Mapping, Sequence
from datetime import datetime, timezone
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
from litellm_sdk._records import key_info_from_record, parse_datetime
from litellm_sdk._redact import mask
from litellm_sdk.capabilities import models_from_groups, only_sentinels
from litellm_sdk.errors import (
    APIConnectionError,
    AuthenticationError,
    ConflictError,
    InvalidResponseError,
    KeyBlockedError,
    LiteLLMError,
    NotFoundError,
    PermissionDeniedError,
)
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


_TYPED_FIELDS = frozenset(
    {
        "user_id",
        "team_id",
        "duration",
        "models",
        "max_budget",
        "tags",
        "metadata",
        "key_alias",
        "budget_duration",
        "tpm_limit",
        "rpm_limit",
        "max_parallel_requests",
        "aliases",
    }
)


def build_changes(changes: Mapping[str, Any]) -> dict[str, Any]:
    """A body for update/regenerate: fields request_key types are checked the same way, the rest pass through."""
    typed = {k: v for k, v in changes.items() if k in _TYPED_FIELDS}
    rest = {k: v for k, v in changes.items() if k not in _TYPED_FIELDS}
    body = build_generate_body(**typed, extra=rest)
    body.update({k: None for k, v in typed.items() if v is None})  # an explicit None clears the field
    return body


def generate_key(ctx: Context, body: Mapping[str, Any], *, key_is_new: bool = False) -> Op[dict[str, Any]]:
    """``POST /key/generate`` that retries without ever creating a second key.

    The key's value is chosen here, so after a failure that may have reached the proxy (a dropped
    connection, a read timeout, a 5xx) ``GET /key/info`` tells whether the key exists: if it does, it is the
    result; if not, the same body is sent again. (LiteLLM also answers a re-sent value without storing a second
    key; a proxy that answers "already exists" instead makes the key be read back.)
    """
    payload = dict(body)
    if not payload.get("key"):
        payload["key"] = new_key_value()
    elif not key_is_new and (yield from find_key_record(ctx, payload["key"])) is not None:
        # LiteLLM answers 200 to a generate with an existing key's value (it keeps the stored record and echoes
        # the request), so a caller-chosen value is checked first: the answer would describe a key that isn't.
        raise ConflictError("A key with this value already exists; choose another value", param="key")
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
    token_id = _hash(key)
    try:
        # Asked by token id, not by value: the URL (with its query) shows up in httpx's and proxies' logs.
        body = yield from call(ctx, Request("GET", "/key/info", params={"key": token_id}))
    except NotFoundError:
        return None
    envelope = expect_mapping(body, "GET /key/info")
    info = envelope.get("info")
    if not isinstance(info, dict) or info.get("status") == "deleted":
        return None
    token = info.get("token")
    if envelope.get("key") not in (key, token_id, None) or (token is not None and token != token_id):
        return None  # an answer about some other key (a proxy in front, a mock) proves nothing about ours
    return {**info, "key": key, "token": token or token_id}


def _hash(key: str) -> str:
    """LiteLLM's token id of a key: the SHA-256 hex digest of its value."""
    return hashlib.sha256(key.encode()).hexdigest()


def fetch_model_groups(ctx: Context, key: str | None) -> Op[tuple[ModelInfo, ...]]:
    """The model groups ``key`` may use (None: the master key, so every group), each stored in the cache."""
    body = yield from call(ctx, Request("GET", "/model_group/info", auth=key))
    if key is not None and only_sentinels(body):  # 1.90.7: all-team-models without a team comes back unexpanded
        body = yield from call(ctx, Request("GET", "/model_group/info"))
    models = models_from_groups(body)
    for model in models:
        yield CacheSet(ctx.cache_key("model_group", model.id), model.to_dict(), ctx.capability_ttl)
    return models


# ModelInfo objects made from cached dicts, by the dict's identity: an in-process cache hands back the same
# dict each time, so the model is built once, not at every login. Holding the dict keeps its id from reuse.
_MODEL_MEMO: dict[int, tuple[dict[str, Any], ModelInfo]] = {}
_MODEL_MEMO_MAX = 4096


def _model_from_cached(value: dict[str, Any]) -> ModelInfo:
    hit = _MODEL_MEMO.get(id(value))
    if hit is not None and hit[0] is value:
        return hit[1]
    model = ModelInfo.from_dict(value)
    if len(_MODEL_MEMO) >= _MODEL_MEMO_MAX:
        _MODEL_MEMO.clear()
    _MODEL_MEMO[id(value)] = (value, model)
    return model


def _cached_models(ctx: Context, names: Sequence[str]) -> Op[tuple[ModelInfo, ...] | None]:
    found = []
    for name in sorted(set(names)):
        value = yield CacheGet(ctx.cache_key("model_group", name))
        if not isinstance(value, dict):
            return None
        try:
            found.append(_model_from_cached(value))
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


def request_key(ctx: Context, body: Mapping[str, Any], *, key_is_new: bool = False) -> Op[VirtualKeyInfo]:
    """Create a key and resolve its models. ``key_is_new``: a ``key`` in ``body`` was just made by the SDK."""
    record = yield from generate_key(ctx, body, key_is_new=key_is_new)
    key = str(record["key"])
    allowed, team_id, user_id = _record_models(record)
    models = yield from resolve_models(ctx, key, allowed, team_id=team_id, user_id=user_id)
    return key_info_from_record(key, record, models)


# --------------------------------------------------------------------------- the rest of a key's life


def _record_models(record: Mapping[str, Any]) -> tuple[list[str], str | None, str | None]:
    allowed = [m for m in record.get("models") or () if isinstance(m, str)]
    team_id = record.get("team_id") if isinstance(record.get("team_id"), str) else None
    user_id = record.get("user_id") if isinstance(record.get("user_id"), str) else None
    return allowed, team_id, user_id


def models_for_record(ctx: Context, key: str, record: Mapping[str, Any]) -> Op[tuple[ModelInfo, ...]]:
    """The models of an existing key. A blocked or expired key cannot ask the proxy for itself, so then
    the proxy's model groups are read with the master key and narrowed to the key's explicit list."""
    allowed, team_id, user_id = _record_models(record)
    try:
        models: tuple[ModelInfo, ...] = yield from resolve_models(ctx, key, allowed, team_id=team_id, user_id=user_id)
        return models
    except (AuthenticationError, PermissionDeniedError):
        body = yield from call(ctx, Request("GET", "/model_group/info"))
        every = models_from_groups(body)
        if allowed and not any("*" in name for name in allowed):
            return tuple(m for m in every if m.id in set(allowed))
        return every


def describe_key(ctx: Context, key: str) -> Op[VirtualKeyInfo]:
    """An existing key as VirtualKeyInfo, with its current spend (``GET /key/info`` + its model groups)."""
    record = yield from find_key_record(ctx, key)
    if record is None:
        raise NotFoundError(f"No key {mask(key)} on the proxy (it was deleted or never existed)", status=404)
    models = yield from models_for_record(ctx, key, record)
    return key_info_from_record(key, record, models)


def update_key(ctx: Context, key: str, changes: Mapping[str, Any]) -> Op[VirtualKeyInfo]:
    """``POST /key/update`` then the key as it is now."""
    yield from call(ctx, Request("POST", "/key/update", json={**changes, "key": key}))
    info: VirtualKeyInfo = yield from describe_key(ctx, key)
    return info


def delete_keys(ctx: Context, keys: Sequence[str]) -> Op[tuple[str, ...]]:
    """``POST /key/delete``; returns what the proxy reports as deleted. A retry that finds the keys gone (the
    first attempt deleted them, its answer was lost) counts as success."""
    request = Request("POST", "/key/delete", json={"keys": list(keys)})
    body = yield from call(ctx, request, gone_on_retry={"deleted_keys": list(keys)})
    deleted = body.get("deleted_keys") if isinstance(body, dict) else None
    return tuple(k for k in deleted if isinstance(k, str)) if isinstance(deleted, list) else tuple(keys)


def revoke(ctx: Context, key: str, *, missing_ok: bool) -> Op[bool]:
    """Delete one key; False when it was already gone and ``missing_ok``."""
    try:
        yield from delete_keys(ctx, [key])
    except NotFoundError:
        if missing_ok:
            return False
        raise
    return True


def set_blocked(ctx: Context, key: str, blocked: bool) -> Op[None]:
    path = "/key/block" if blocked else "/key/unblock"
    yield from call(ctx, Request("POST", path, json={"key": key}))


def regenerate_key(ctx: Context, key: str, changes: Mapping[str, Any]) -> Op[VirtualKeyInfo]:
    """Rotate a key: ``POST /key/{token}/regenerate`` with an SDK-chosen ``new_key``, so a lost response can be
    checked (``GET /key/info`` of the new value) instead of rotating twice."""
    new_key = changes.get("new_key") or new_key_value()
    # The key goes in the body, which LiteLLM prefers to the path; the path carries its token id, so no URL
    # (logged by httpx and by proxies in between) ever holds the secret.
    body = {**changes, "key": key, "new_key": new_key}
    request = Request("POST", f"/key/{_hash(key)}/regenerate", json=body, idempotent=False)
    try:
        record = expect_mapping((yield from call(ctx, request)), "POST /key/{key}/regenerate")
    except LiteLLMError as error:
        if not (error.retryable and _may_have_created(error)):
            raise
        found = yield from find_key_record(ctx, new_key)
        if found is None:
            raise
        record = found
    secret = record.get("key") if isinstance(record.get("key"), str) else new_key
    models = yield from models_for_record(ctx, str(secret), record)
    return key_info_from_record(str(secret), record, models)


def list_keys_page(ctx: Context, params: Mapping[str, Any], page: int, size: int) -> Op[tuple[list[Any], int]]:
    """One page of ``GET /key/list`` (full objects): (entries, total pages)."""
    query = {k: v for k, v in params.items() if v is not None}
    query.update(page=page, size=size, return_full_object="true")
    body = expect_mapping((yield from call(ctx, Request("GET", "/key/list", params=query))), "GET /key/list")
    entries = body.get("keys")
    if not isinstance(entries, list):
        raise InvalidResponseError("GET /key/list did not return a 'keys' list", body=body)
    total = body.get("total_pages")
    return entries, total if isinstance(total, int) and not isinstance(total, bool) else page


# --------------------------------------------------------------------------- ensure_key

ENSURE_METADATA = "litellm_sdk"


def ensure_alias(user_id: str, team_id: str | None) -> str:
    """The documented key_alias convention of ensure_key: ``litellm-sdk/<user_id>[/<team_id>]``."""
    return f"litellm-sdk/{user_id}" + (f"/{team_id}" if team_id else "")


def derive_key(master_key: str, alias: str, nonce: str) -> str:
    """The secret of an ensure_key key, derived from the master key, the alias and a per-key nonce kept in the
    key's metadata. Whoever holds the master key can already rotate any key, so this reveals nothing new,
    and it lets a server find a returning user's key (by alias) with no store of its own."""
    digest = hmac.new(master_key.encode(), f"litellm-sdk:ensure:v1:{alias}:{nonce}".encode(), hashlib.sha256)
    return "sk-" + base64.urlsafe_b64encode(digest.digest()).decode().rstrip("=")


def _usable(
    record: Mapping[str, Any], *, team_id: str | None, models: Sequence[str] | None, min_validity: float
) -> str | None:
    """Why an existing key cannot be handed out again, or None when it can."""
    expires = parse_datetime(record.get("expires"))
    if expires is not None and (expires - datetime.now(timezone.utc)).total_seconds() <= min_validity:
        return "expired or about to expire"
    if (record.get("team_id") or None) != team_id:
        return "belongs to another team"
    if models is not None and sorted(set(models)) != sorted(set(record.get("models") or ())):
        return "has other models"
    max_budget, spend = record.get("max_budget"), record.get("spend") or 0.0
    if isinstance(max_budget, (int, float)) and isinstance(spend, (int, float)) and spend >= max_budget:
        return "budget used up"
    return None


def ensure_key(
    ctx: Context,
    user_id: str,
    body: Mapping[str, Any],
    *,
    min_validity: float,
    replace_blocked: bool,
) -> Op[VirtualKeyInfo]:
    """The user's still-valid key, or a new one; one key per (user, team) alias, also under concurrency."""
    alias = body.get("key_alias") or ensure_alias(user_id, body.get("team_id"))
    flight = ctx.cache_key("ensure", alias)
    info: VirtualKeyInfo = yield Shared(
        flight, lambda: _ensure_once(ctx, user_id, alias, body, min_validity, replace_blocked)
    )
    return info


def _derived_secret(ctx: Context, alias: str, entry: Mapping[str, Any]) -> str | None:
    """The secret of a listed key when ensure_key made it with this master key (its hash matches), else None."""
    meta = entry.get("metadata")
    marker = meta.get(ENSURE_METADATA) if isinstance(meta, Mapping) else None
    nonce = marker.get("nonce") if isinstance(marker, Mapping) else None
    if not isinstance(nonce, str):
        return None
    secret = derive_key(ctx.master_key, alias, nonce)
    return secret if _hash(secret) == entry.get("token") else None


def _alias_entries(ctx: Context, alias: str) -> Op[list[dict[str, Any]]]:
    entries, _pages = yield from list_keys_page(ctx, {"key_alias": alias}, 1, 10)
    return [e for e in entries if isinstance(e, dict) and e.get("key_alias") == alias]


def _ensure_once(
    ctx: Context, user_id: str, alias: str, body: Mapping[str, Any], min_validity: float, replace_blocked: bool
) -> Op[VirtualKeyInfo]:
    for _ in range(3):
        for entry in (yield from _alias_entries(ctx, alias)):
            secret = _derived_secret(ctx, alias, entry)
            if secret is None:
                reason: str | None = "was not made by ensure_key with this master key"
            elif entry.get("blocked") is True:
                if not replace_blocked:
                    raise KeyBlockedError(
                        f"The key of user {user_id!r} ({alias}) is blocked by an administrator",
                        suggested_action="Unblock the key (unblock_key) or revoke it before a new one is issued.",
                    )
                reason = "is blocked"
            else:
                reason = _usable(
                    entry, team_id=body.get("team_id"), models=body.get("models"), min_validity=min_validity
                )
            if reason is None and secret is not None:
                return (yield from _info_for_entry(ctx, secret, entry))
            log.info("replacing the key with alias %s: it %s", alias, reason)
            with contextlib.suppress(NotFoundError):
                yield from delete_keys(ctx, [str(entry.get("token"))])
        nonce = _secrets.token_hex(16)
        metadata = {**(body.get("metadata") or {}), ENSURE_METADATA: {"nonce": nonce, "user_id": user_id}}
        payload = {
            **body,
            "user_id": user_id,
            "key_alias": alias,
            "metadata": metadata,
            "key": derive_key(ctx.master_key, alias, nonce),
        }
        try:
            created: VirtualKeyInfo = yield from request_key(ctx, payload, key_is_new=True)
        except ConflictError:
            log.info("another caller created the key with alias %s first; reading it", alias)
            continue
        return (yield from _settle(ctx, alias, created))
    raise ConflictError(f"Could not settle on one key for alias {alias!r}: it kept changing", status=409)


def _info_for_entry(ctx: Context, secret: str, entry: Mapping[str, Any]) -> Op[VirtualKeyInfo]:
    record = {**entry, "key": secret}
    models = yield from models_for_record(ctx, secret, record)
    return key_info_from_record(secret, record, models)


def _settle(ctx: Context, alias: str, created: VirtualKeyInfo) -> Op[VirtualKeyInfo]:
    """Settle a race between processes that each created a key for one alias (LiteLLM checks alias
    uniqueness before inserting, not atomically). The earliest-created key wins and every other creator
    deletes its own: a creator that saw no rival was inserted first, so no caller is left holding a deleted key.
    """
    ours = _hash(created.key)
    rivals = [(e, s) for e in (yield from _alias_entries(ctx, alias)) if (s := _derived_secret(ctx, alias, e))]
    if len(rivals) <= 1:
        return created
    winner, secret = min(rivals, key=lambda pair: (str(pair[0].get("created_at") or ""), str(pair[0].get("token"))))
    if winner.get("token") == ours:
        return created
    log.info("another caller created the key with alias %s first; using it and deleting ours", alias)
    with contextlib.suppress(NotFoundError):
        yield from delete_keys(ctx, [created.key])
    return (yield from _info_for_entry(ctx, secret, winner))
