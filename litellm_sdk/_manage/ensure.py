"""``ensure_key``: one key per user (and team), found in LiteLLM itself, safe under concurrency.

The protocol, as sans-I/O operations over ``keys``:

- the key lives under a documented alias (``litellm-sdk/<user_id>[/<team_id>]``) and its secret is derived from
  the master key, the alias and a nonce kept in ``metadata["litellm_sdk"]``, so a returning user's key is found
  with no store of our own;
- it is handed out again only to a caller with the same request (a fingerprint in the same metadata);
- creators that raced (threads, processes, several proxies on one database) settle on the earliest-created key;
  the others delete their own (:func:`_settle`).
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import hmac
import json
import secrets as _secrets
from collections.abc import Mapping
from datetime import datetime, timezone
from typing import Any

from litellm_sdk._constants import ENSURE_ATTEMPTS, ENSURE_METADATA, ENSURE_PAGE_SIZE
from litellm_sdk._engine.steps import Context, Op, Shared, answered, carrying, log
from litellm_sdk._manage.budgets import Owners, complete, scope_budgets, with_scopes
from litellm_sdk._manage.keys import _hash, delete_keys, list_keys_page, models_for_record, request_key
from litellm_sdk._manage.records import key_info_from_record, parse_datetime, with_budgets
from litellm_sdk.errors import ConflictError, KeyBlockedError, NotFoundError
from litellm_sdk.types import VirtualKeyInfo


def ensure_alias(user_id: str, team_id: str | None) -> str:
    """The documented key_alias convention of ensure_key: ``litellm-sdk/<user_id>[/<team_id>]``."""
    return f"litellm-sdk/{user_id}" + (f"/{team_id}" if team_id else "")


def derive_key(master_key: str, alias: str, nonce: str) -> str:
    """The secret of an ensure_key key, derived from the master key, the alias and a per-key nonce kept in the
    key's metadata. Whoever holds the master key can already rotate any key, so this reveals nothing new,
    and it lets a server find a returning user's key (by alias) with no store of its own."""
    digest = hmac.new(master_key.encode(), f"litellm-sdk:ensure:v1:{alias}:{nonce}".encode(), hashlib.sha256)
    return "sk-" + base64.urlsafe_b64encode(digest.digest()).decode().rstrip("=")


def request_fingerprint(body: Mapping[str, Any]) -> str:
    """A digest of everything an ensure_key caller asked for, kept in the key's metadata: a key is only handed
    to a caller whose request has the same fingerprint, so nobody gets a key made for another request."""
    canonical = dict(body)
    for name in _SET_FIELDS:  # order carries no meaning in these lists
        if isinstance(canonical.get(name), (list, tuple)):
            canonical[name] = sorted(set(canonical[name]), key=str)
    text = json.dumps(canonical, sort_keys=True, separators=(",", ":"), default=str)
    return hashlib.sha256(text.encode()).hexdigest()[:32]


_SET_FIELDS = ("models", "tags", "guardrails", "allowed_routes", "allowed_cache_controls")


def _marker(entry: Mapping[str, Any]) -> Mapping[str, Any] | None:
    meta = entry.get("metadata")
    marker = meta.get(ENSURE_METADATA) if isinstance(meta, Mapping) else None
    return marker if isinstance(marker, Mapping) else None


def _usable(record: Mapping[str, Any], *, fingerprint: str, min_validity: float) -> str | None:
    """Why an existing ensure_key key cannot be handed to this caller, or None when it can."""
    marker = _marker(record) or {}
    if marker.get("request") != fingerprint:
        return "was made for another request (models, team, budget, duration ...)"
    expires = parse_datetime(record.get("expires"))
    if expires is not None and (expires - datetime.now(timezone.utc)).total_seconds() <= min_validity:
        return "expired or about to expire"
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
    """The user's still-valid key, or a new one; one key per (user, team) alias, also under concurrency.

    Concurrent calls with the same request share one run; calls with different requests run apart and are
    settled by the protocol in :func:`_settle`. The budgets of the key's team, user and organisation are read
    at the same time (see ``_manage.budgets``).
    """
    alias = body.get("key_alias") or ensure_alias(user_id, body.get("team_id"))
    args = {
        "user_id": user_id,
        "alias": alias,
        "body": dict(body),
        "min_validity": min_validity,
        "replace_blocked": replace_blocked,
    }
    owners = Owners.of({**body, "user_id": user_id})
    info, scopes = yield from with_scopes(ctx, _shared_once(args), owners, fresh=False)
    if (actual := Owners.of(info.raw)) != owners:  # the proxy gave the key an owner the request did not name
        owners, scopes = actual, (yield from complete(ctx, actual, scopes, fresh=False))
    return with_budgets(info, scope_budgets(owners, scopes))


def _shared_once(args: Mapping[str, Any]) -> Op[VirtualKeyInfo]:
    info: VirtualKeyInfo = yield Shared(ensure_once, args)
    return info


def _derived_secret(ctx: Context, alias: str, entry: Mapping[str, Any]) -> str | None:
    """The secret of a listed key when ensure_key made it with this master key (its hash matches), else None."""
    nonce = (_marker(entry) or {}).get("nonce")
    if not isinstance(nonce, str):
        return None
    secret = derive_key(ctx.master_key, alias, nonce)
    return secret if _hash(secret) == entry.get("token") else None


def _alias_entries(ctx: Context, alias: str) -> Op[list[dict[str, Any]]]:
    entries, _pages = yield from list_keys_page(ctx, {"key_alias": alias}, 1, ENSURE_PAGE_SIZE)
    return [e for e in entries if isinstance(e, dict) and e.get("key_alias") == alias]


def ensure_once(
    ctx: Context,
    *,
    user_id: str,
    alias: str,
    body: Mapping[str, Any],
    min_validity: float,
    replace_blocked: bool,
) -> Op[VirtualKeyInfo]:
    """One ensure_key run: reuse the alias's key if it was made for this very request, else replace it."""
    fingerprint = request_fingerprint(body)
    conflict: ConflictError | None = None
    for _ in range(ENSURE_ATTEMPTS):
        # Oldest first, the order _settle picks its winner in: while a race is being settled the alias has several
        # keys for one request, and a caller reusing one must take the one that stays, not one its maker deletes.
        entries, listing = yield from answered(_alias_entries(ctx, alias))
        for entry in sorted(entries, key=_settle_order):
            secret = _derived_secret(ctx, alias, entry)
            if secret is None:
                if _marker(entry) is None:
                    foreign = ConflictError(
                        f"The key alias {alias!r} belongs to a key that ensure_key did not make",
                        param="key_alias",
                        suggested_action="Revoke that key, or pass key_alias= to give ensure_key another alias.",
                    )
                    raise carrying(foreign, listing)
                reason: str | None = "was made by ensure_key with another master key"
            elif entry.get("blocked") is True:
                if not replace_blocked:
                    blocked = KeyBlockedError(
                        f"The key of user {user_id!r} ({alias}) is blocked by an administrator",
                        suggested_action="Unblock the key (unblock_key) or revoke it before a new one is issued.",
                    )
                    raise carrying(blocked, listing)
                reason = "is blocked"
            else:
                reason = _usable(entry, fingerprint=fingerprint, min_validity=min_validity)
            if reason is None and secret is not None:
                return (yield from _info_for_entry(ctx, secret, entry))
            log.info("replacing the key with alias %s: it %s", alias, reason)
            with contextlib.suppress(NotFoundError):
                yield from delete_keys(ctx, [str(entry.get("token"))])
        nonce = _secrets.token_hex(16)
        marker = {"nonce": nonce, "user_id": user_id, "request": fingerprint}
        payload = {
            **body,
            "user_id": user_id,
            "key_alias": alias,
            "metadata": {**(body.get("metadata") or {}), ENSURE_METADATA: marker},
            "key": derive_key(ctx.master_key, alias, nonce),
        }
        try:
            created: VirtualKeyInfo = yield from request_key(ctx, payload, key_is_new=True, budgets=False)
        except ConflictError as error:
            log.info("another caller created the key with alias %s first; reading it", alias)
            conflict = error
            continue
        return (yield from _settle(ctx, alias, created, fingerprint=fingerprint, min_validity=min_validity))
    gave_up = ConflictError(f"Could not settle on one key for alias {alias!r}: it kept changing", status=409)
    gave_up.http_response = conflict.response if conflict is not None else None  # the last "already exists"
    raise gave_up from conflict


def _info_for_entry(ctx: Context, secret: str, entry: Mapping[str, Any]) -> Op[VirtualKeyInfo]:
    record = {**entry, "key": secret}
    models = yield from models_for_record(ctx, secret, record)
    return key_info_from_record(secret, record, models)


_NEVER = datetime.min.replace(tzinfo=timezone.utc)


def _settle_order(entry: Mapping[str, Any]) -> tuple[datetime, str]:
    """Earliest created first (ties by token id): the key that stays when several were made for one alias.
    Times compare as instants, whatever their spelling; a key without one counts as the earliest."""
    return (parse_datetime(entry.get("created_at")) or _NEVER, str(entry.get("token")))


def _settle(
    ctx: Context, alias: str, created: VirtualKeyInfo, *, fingerprint: str, min_validity: float
) -> Op[VirtualKeyInfo]:
    """Settle a race between callers (threads, processes, proxies on one database) that each created a key for
    one alias (LiteLLM checks alias uniqueness before inserting, not atomically). The earliest-created key wins
    and every other creator deletes its own: a creator that saw no rival was inserted first, so no caller is
    left holding a deleted key. A loser whose request differs from the winner's gets ConflictError rather than a
    key made for another request.
    """
    ours = _hash(created.key)
    entries, listing = yield from answered(_alias_entries(ctx, alias))
    rivals = [(e, s) for e in entries if (s := _derived_secret(ctx, alias, e))]
    if not any(entry.get("token") == ours for entry, _ in rivals):
        # A listing that lags behind our own insert: our key counts with the time the proxy gave it at creation,
        # so an older rival still wins (every other caller sees that rival as the earliest too).
        rivals.append(({**created.raw, "token": ours}, created.key))
    if len(rivals) <= 1:
        return created
    winner, secret = min(rivals, key=lambda pair: _settle_order(pair[0]))
    if winner.get("token") == ours:
        return created
    log.info("another caller created the key with alias %s first; deleting ours", alias)
    with contextlib.suppress(NotFoundError):
        yield from delete_keys(ctx, [created.key])
    reason = _usable(winner, fingerprint=fingerprint, min_validity=min_validity)
    if reason is not None:
        lost = ConflictError(
            f"A concurrent ensure_key for alias {alias!r} made its key first, and that key {reason}",
            param="key_alias",
            suggested_action="Two logins of one user asked for different keys at once; ask again (the later "
            "request then replaces the key) or give each request its own key_alias.",
        )
        raise carrying(lost, listing)  # the listing that showed the rival, not the delete's answer
    return (yield from _info_for_entry(ctx, secret, winner))
