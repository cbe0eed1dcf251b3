"""What ``request_key`` and its friends do, as sans-I/O operations (see ``_engine``); ``ensure_key``'s
one-key-per-alias protocol is in ``ensure``.

``request_key`` is two round trips on a cold cache and one on a warm one:

1. ``POST /key/generate`` with the master key. The SDK chooses the key's value itself (LiteLLM accepts a
   caller-chosen ``key``), so when a response is lost it can ask ``GET /key/info`` whether the key exists
   before sending again: one call never leaves two keys behind.
2. ``GET /model_group/info`` authenticated with the NEW key: LiteLLM answers with exactly the model groups
   that key may use (``models=ALL_MODELS`` = all, team models, access groups). Each group is cached; when the key's
   models are an explicit list that is fully cached, this step is skipped.
"""

from __future__ import annotations

import contextlib
import hashlib
import secrets as _secrets
from collections.abc import Mapping, Sequence
from typing import Any

from litellm_sdk._constants import ENSURE_METADATA, MODEL_MEMO_SIZE
from litellm_sdk._engine.steps import (
    CacheGetMany,
    CacheSet,
    Context,
    Op,
    Request,
    Response,
    Shared,
    Undo,
    answered,
    call,
    carrying,
    create_safe,
    expect_mapping,
    log,
    parse_json,
    send,
)
from litellm_sdk._manage import resolution
from litellm_sdk._manage.budgets import (
    Owners,
    beside,
    cached_scopes,
    complete,
    scope_budgets,
    to_read,
    with_scopes,
)
from litellm_sdk._manage.records import key_info_from_record
from litellm_sdk._memo import IdentityMemo
from litellm_sdk._redact import mask
from litellm_sdk.capabilities import (
    is_pattern,
    matching_groups,
    models_from_groups,
    only_sentinels,
    unexpanded_patterns,
)
from litellm_sdk.errors import (
    AuthenticationError,
    ConflictError,
    InvalidResponseError,
    NotFoundError,
    PermissionDeniedError,
)
from litellm_sdk.types import ModelInfo, VirtualKeyInfo


def new_key_value() -> str:
    """A fresh virtual key value: ``sk-`` and 256 random bits, URL-safe."""
    return "sk-" + _secrets.token_urlsafe(32)


def generate_key(ctx: Context, body: Mapping[str, Any], *, key_is_new: bool = False) -> Op[dict[str, Any]]:
    """``POST /key/generate`` that retries without ever creating a second key, and never leaves one behind.

    The key's value is chosen here, so the create is :func:`~litellm_sdk._engine.steps.create_safe`: after a
    failure that may have reached the proxy (a dropped connection, a read timeout, a 5xx) ``GET /key/info`` tells
    whether the key exists: if it does, it is the result; if not, the same body, with the same value, is sent
    again. (LiteLLM also answers a re-sent value without storing a second key; a proxy that answers "already
    exists" instead makes the key be read back.) Before the first send, a compensation is registered that deletes
    the key should the whole call fail or be abandoned afterwards (cancelled, interrupted, out of time), so no key
    is left that nobody holds.
    """
    payload = dict(body)
    if not payload.get("key"):
        payload["key"] = new_key_value()
    elif not key_is_new:
        # LiteLLM answers 200 to a generate with an existing key's value (it keeps the stored record and echoes
        # the request), so a caller-chosen value is checked first: the answer would describe a key that isn't.
        existing, answer = yield from answered(find_key_record(ctx, payload["key"]))
        if existing is not None:
            raise carrying(
                ConflictError("A key with this value already exists; choose another value", param="key"), answer
            )
    key = payload["key"]
    rule = create_safe(
        lambda: find_key_record(ctx, key),
        Undo(lambda: discard_key(ctx, key), "delete the key {key} made for this call", key),
    )
    request = Request("POST", "/key/generate", json=payload, idempotent=False)
    record: dict[str, Any] = yield from send(ctx, request, rule, read=_generated)
    if not record.get("key"):
        record["key"] = key  # the body just parsed is ours: no copy of its 60-odd fields
    return record


def _generated(response: Response) -> dict[str, Any]:
    return expect_mapping(parse_json(response, "POST /key/generate"), "POST /key/generate")


def discard_key(ctx: Context, key: str) -> Op[None]:
    """Delete a key this SDK made, if it exists (the compensation of a failed or abandoned create)."""
    with contextlib.suppress(NotFoundError):
        yield from delete_keys(ctx, [key])
        log.info("deleted the key %s that a failed or abandoned call had created", mask(key))


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
    elif key is not None and (patterns := unexpanded_patterns(body)):
        # 1.80.x: a wildcard comes back as one pseudo-group; the key may call what the pattern matches on the proxy
        every = yield from call(ctx, Request("GET", "/model_group/info"))
        body = {"data": [*expect_mapping(body, "GET /model_group/info")["data"], *matching_groups(every, patterns)]}
    models = models_from_groups(body)
    for model in models:
        yield CacheSet(ctx.cache_key("model_group", model.id), model.to_dict(), ctx.capability_ttl)
    return models


def list_models(ctx: Context, key: str | None) -> Op[tuple[ModelInfo, ...]]:
    """``list_models``: the groups ``key`` may use (None: every group). A key restricted to LLM routes gets 403 on
    ``/model_group/info`` before LiteLLM 1.100: its models are then resolved from its record with the master key.
    A blocked, expired or unknown key still fails: it may use nothing now, and the error says why."""
    try:
        models: tuple[ModelInfo, ...] = yield from fetch_model_groups(ctx, key)
    except PermissionDeniedError as refused:
        if key is None:
            raise
        record = yield from find_key_record(ctx, key)
        if record is None:
            raise refused from None
        log.info("the key may not read /model_group/info (%s); resolving its models with the master key", refused.code)
        models = yield from models_as_resolved(ctx, model_scope(record))
    return models


#: ModelInfo objects made from cached dicts, by the dict's identity (see ``_memo``).
_MODEL_MEMO: IdentityMemo[ModelInfo] = IdentityMemo(MODEL_MEMO_SIZE)


def _model_from_cached(value: dict[str, Any]) -> ModelInfo:
    model = _MODEL_MEMO.get(id(value))
    return model if model is not None else _MODEL_MEMO.put(id(value), value, ModelInfo.from_dict(value))


def _cached_models(ctx: Context, names: Sequence[str]) -> Op[tuple[ModelInfo, ...] | None]:
    """The models of ``names`` from the cache in one read; None when any of them is missing or unusable."""
    unique = sorted(set(names))
    if not unique:
        return ()
    values = yield CacheGetMany(tuple(ctx.cache_key("model_group", name) for name in unique))
    return _models_from(values, len(unique))


def _explicit(names: Any) -> list[str]:
    """The distinct model names of an explicit list, sorted (the order the cache is read in); [] for a list with a
    pattern or a sentinel, or none."""
    if not isinstance(names, list) or not names:
        return []
    found = [n for n in names if isinstance(n, str)]
    return [] if any(is_pattern(n) for n in found) else sorted(set(found))


def _models_from(values: Any, count: int) -> tuple[ModelInfo, ...] | None:
    """Cached model records (``count`` of them) as ModelInfo; None when any is missing or unusable."""
    if values is None or len(values) != count:
        return None
    found = []
    for value in values:
        if not isinstance(value, dict):
            return None
        try:
            found.append(_model_from_cached(value))
        except (TypeError, ValueError):
            return None
    return tuple(found)


#: Fields of a key record that name the key itself or say when and by whom it was made: they cannot change which
#: models the proxy lets the key use. Every other field, unknown ones included, is part of the key's model scope.
_PER_KEY_FIELDS = frozenset(
    {
        "key",
        "token",
        "token_id",
        "key_name",
        "key_alias",
        "expires",
        "created_at",
        "updated_at",
        "created_by",
        "updated_by",
        "spend",
        "last_active",
        "budget_reset_at",
        "litellm_budget_table",
    }
)


def model_scope(record: Mapping[str, Any]) -> dict[str, Any]:
    """What decides a key's model groups: its record without the per-key fields (and ensure_key's nonce).

    Two keys with equal scopes get the same ``/model_group/info`` answer (same model list, wildcards and
    sentinels as stored, team, user, organisation, access groups, permissions ...), so they may share a fetch.
    """
    scope = {k: v for k, v in record.items() if k not in _PER_KEY_FIELDS}
    meta = scope.get("metadata")
    if isinstance(meta, Mapping) and ENSURE_METADATA in meta:
        scope["metadata"] = {k: v for k, v in meta.items() if k != ENSURE_METADATA}
    return scope


def scope_models(ctx: Context, scope: Mapping[str, Any], *, credential: str) -> Op[tuple[ModelInfo, ...]]:
    """The model groups of any key with this scope, asked with one such key (``credential``); when the key may not
    ask (route-restricted before LiteLLM 1.100, blocked, expired), resolved from the scope with the master key."""
    try:
        models: tuple[ModelInfo, ...] = yield from fetch_model_groups(ctx, credential)
    except (AuthenticationError, PermissionDeniedError) as refused:
        log.info("the key may not read /model_group/info (%s); resolving its models with the master key", refused.code)
        models = yield from models_as_resolved(ctx, scope)
    return models


def models_as_resolved(ctx: Context, scope: Mapping[str, Any]) -> Op[tuple[ModelInfo, ...]]:
    """The models of a key with this scope (its record), resolved the way the proxy resolves them
    (:mod:`~litellm_sdk._manage.resolution`) from what the master key reads: every model group, the team's models
    when the key's list takes them, the deployments' access groups when the lists name something that may be one.
    Each model is cached like the ones a key's own ``/model_group/info`` gives."""
    key_models = _record_models(scope)
    team_id = scope.get("team_id")
    groups = yield from call(ctx, Request("GET", "/model_group/info"))
    team_models: tuple[str, ...] = ()
    if isinstance(team_id, str) and team_id and resolution.needs_team(key_models):
        team_models = yield from _team_models(ctx, team_id)
    access_groups: dict[str, tuple[str, ...]] = {}
    if resolution.needs_access_groups(key_models, team_models):
        access_groups = resolution.access_groups_from_deployments((yield from call(ctx, Request("GET", "/model/info"))))
    models = resolution.resolve_models(groups, key_models, team_models, access_groups)
    for model in models:
        yield CacheSet(ctx.cache_key("model_group", model.id), model.to_dict(), ctx.capability_ttl)
    return models


def _team_models(ctx: Context, team_id: str) -> Op[tuple[str, ...]]:
    """The team's ``models`` (``GET /team/info``, master key); () when the proxy has no such team (the key's list
    then means what it means without a team)."""
    try:
        body = yield from call(ctx, Request("GET", "/team/info", params={"team_id": team_id}))
    except NotFoundError:
        return ()
    return resolution.team_models_from_info(body)


def resolve_models(
    ctx: Context, key: str, record: Mapping[str, Any], read: tuple[list[str], Any, Any] | None = None
) -> Op[tuple[ModelInfo, ...]]:
    """The models a key may use: from the cache when its list is explicit and fully cached, else the proxy.

    ``read``: model names, their cached values read already (with the budget scopes, before the key was made) and
    the list they came from (the request's); used when the key's list is that list. Concurrent calls for keys of
    one scope (:func:`model_scope`) share one fetch (single flight); keys whose answers could differ never do.
    """
    if read is not None and record.get("models") == read[2]:  # the list the cache was read for, as sent
        cached = _models_from(read[1], len(read[0]))
        if cached is not None:
            return cached
    allowed = _record_models(record)
    if allowed and not any(is_pattern(name) for name in allowed):
        cached = yield from _cached_models(ctx, allowed)
        if cached is not None:
            return cached
    models: tuple[ModelInfo, ...] = yield Shared(scope_models, {"scope": model_scope(record)}, credential=key)
    return models


def _made(
    ctx: Context, body: Mapping[str, Any], key_is_new: bool, read: tuple[list[str], Any, Any] | None = None
) -> Op[tuple[dict[str, Any], tuple[ModelInfo, ...]]]:
    record = yield from generate_key(ctx, body, key_is_new=key_is_new)
    models = yield from resolve_models(ctx, str(record["key"]), record, read)
    return record, models


def request_key(
    ctx: Context, body: Mapping[str, Any], *, key_is_new: bool = False, budgets: bool = True
) -> Op[VirtualKeyInfo]:
    """Create a key and resolve its models. ``key_is_new``: a ``key`` in ``body`` was just made by the SDK.

    ``budgets``: also read the budgets of the team, user and organisation the body names, at the same time as the
    key is made and its models are resolved (cached for ``ctx.scope_ttl``; see ``_manage.budgets``)."""
    owners = Owners.of(body)
    if not budgets or not owners.any:  # no team, user or organisation named: the key's own budgets only
        record = yield from generate_key(ctx, body, key_is_new=key_is_new)
        key = str(record["key"])
        models = yield from resolve_models(ctx, key, record)
        if budgets and (actual := Owners.of(record)).any:  # the proxy gave the key an owner: read it now
            scopes = yield from complete(ctx, actual, {}, fresh=False)
            return key_info_from_record(key, record, models, scope_budgets(actual, scopes), new_key=True)
        return key_info_from_record(key, record, models, new_key=True)
    # The cached scopes and the cached records of the key's models (an explicit list) in one cache read; what is not
    # cached is read while the key is made.
    names = _explicit(body.get("models"))
    also = tuple([ctx.cache_key("model_group", name) for name in names])
    scopes, values = yield from cached_scopes(ctx, owners, fresh=False, also=also)
    read = (names, values, body.get("models")) if also else None
    reads = to_read(ctx, owners, scopes, fresh=False)
    if reads:
        (record, models), scopes = yield from beside(_made(ctx, body, key_is_new, read), reads, scopes)
    else:  # all cached (a warm login): no operation to run beside, none of the wrapping
        record = yield from generate_key(ctx, body, key_is_new=key_is_new)
        models = yield from resolve_models(ctx, str(record["key"]), record, read)
    if not owners.named_by(record):  # the proxy gave the key an owner the request did not name
        owners = Owners.of(record)
        scopes = yield from complete(ctx, owners, scopes, fresh=False)
    return key_info_from_record(str(record["key"]), record, models, scope_budgets(owners, scopes), new_key=True)


# --------------------------------------------------------------------------- the rest of a key's life


def _record_models(record: Mapping[str, Any]) -> list[str]:
    models = record.get("models")
    return [m for m in models if isinstance(m, str)] if isinstance(models, list) else []


def models_for_record(ctx: Context, key: str, record: Mapping[str, Any]) -> Op[tuple[ModelInfo, ...]]:
    """The models of an existing key. One that cannot ask the proxy for itself (blocked, expired, restricted to LLM
    routes before LiteLLM 1.100) gets them resolved from its record with the master key (:func:`scope_models`)."""
    models: tuple[ModelInfo, ...] = yield from resolve_models(ctx, key, record)
    return models


def describe_key(ctx: Context, key: str) -> Op[VirtualKeyInfo]:
    """An existing key as VirtualKeyInfo, with its current spend (``GET /key/info`` + its model groups)."""
    record, answer = yield from answered(find_key_record(ctx, key))
    if record is None:  # the proxy answered 404, or 200 for a deleted key (1.108.7): the error carries that answer
        missing = NotFoundError(f"No key {mask(key)} on the proxy (it was deleted or never existed)", status=404)
        raise carrying(missing, answer)
    return (yield from _described(ctx, key, record))


def _described(ctx: Context, key: str, record: Mapping[str, Any]) -> Op[VirtualKeyInfo]:
    """A key as it is now: its models and, at the same time, the budgets of its owners read fresh."""
    owners = Owners.of(record)
    models, scopes = yield from with_scopes(ctx, models_for_record(ctx, key, record), owners, fresh=True)
    return key_info_from_record(key, record, models, scope_budgets(owners, scopes))


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
    # Looked up after a lost answer, never sent twice: a second rotation of the same key would find it gone.
    undo = Undo(lambda: discard_key(ctx, new_key), "delete the rotated key {key}", new_key)
    rule = create_safe(lambda: find_key_record(ctx, new_key), undo, resend=False)
    record = yield from send(ctx, request, rule, read=_rotated)
    secret = record.get("key") if isinstance(record.get("key"), str) else new_key
    return (yield from _described(ctx, str(secret), record))


def _rotated(response: Response) -> dict[str, Any]:
    return expect_mapping(parse_json(response, "POST /key/{key}/regenerate"), "POST /key/{key}/regenerate")


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
