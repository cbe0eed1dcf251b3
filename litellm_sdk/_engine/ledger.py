"""The running spend figure of each key: the last authoritative read plus the cost of every answer seen since.

LiteLLM reports no running total with its answers, and writes spend to its database in batches (every
``proxy_batch_write_at`` seconds, 10 by default, plus up to 5), so ``/key/info`` lags the calls just made. The ledger
keeps, per key (by its token id, the SHA-256 of the secret: never the secret), entries in the *spend store*:

- ``<account>:seen``: the sum of the costs of every answer seen, only ever increased, by the store's atomic
  ``incr`` (Redis ``INCRBYFLOAT``), so concurrent threads, tasks and servers never lose one;
- ``<account>:base``: the last authoritative read: ``spent`` and ``max`` as the proxy reported them, ``at`` (when),
  ``mark`` (how much of ``seen`` that spend already includes), ``checks`` (recent ``[time, seen]`` pairs) and
  ``umark`` (the same as ``mark`` for the count of answers without a known cost, ``<account>:unpriced``).

The figure is ``spent + (seen - mark)``. An authoritative read *reconciles* (:func:`settle`): its spend replaces the
base, and of the costs seen but not yet confirmed, as much as the spend grew since the previous read is taken as
confirmed (oldest first, by amount), and so is everything seen ``SPEND_SETTLE`` seconds or more before the read
(by then the proxy has written it). What stays unconfirmed stays added, so a read that lags the batch write never
makes the figure fall. A read whose spend fell (the budget reset, or an administrator changed it) drops what was
seen before it.

The spend store is the client's cache when that is shared between processes (any adapter but ``InMemoryCache``:
Redis), else :data:`PROCESS_STORE`, one for the whole process, so every client of a key sees one figure. Calls in
flight are counted per process (:data:`IN_FLIGHT`).
"""

from __future__ import annotations

import hashlib
import math
import threading
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from datetime import datetime, timezone
from typing import Any

import attrs

from litellm_sdk._constants import (
    SPEND_CHECKPOINTS,
    SPEND_LEDGER_TTL,
    SPEND_PROCESS_MAX_ENTRIES,
    SPEND_SETTLE,
)
from litellm_sdk._engine.steps import SPEND, Advisory, CacheGetMany, CacheIncr, CacheSet, Context, Now, Op
from litellm_sdk.cache import InMemoryCache
from litellm_sdk.types import LiveBudget, ModelInfo, ScopeBudget, VirtualKeyInfo

__all__ = [
    "IN_FLIGHT",
    "PROCESS_STORE",
    "Seed",
    "cost_of",
    "figure",
    "reconcile",
    "record",
    "settle",
    "spend_store",
    "token_of",
]

#: The spend store of every client whose cache is not shared between processes (or that has none).
PROCESS_STORE = InMemoryCache(SPEND_PROCESS_MAX_ENTRIES)


def spend_store(cache: Any) -> Any:
    """Where the running figure lives for a client with ``cache``: the cache itself when it is shared between
    processes (any adapter but ``InMemoryCache``), else :data:`PROCESS_STORE`."""
    return cache if cache is not None and not isinstance(cache, InMemoryCache) else PROCESS_STORE


def is_shared(store: Any) -> bool:
    return store is not PROCESS_STORE


def token_of(key: str) -> str:
    """LiteLLM's token id of a key (SHA-256 hex of the secret): the ledger's name for the key."""
    return hashlib.sha256(key.encode()).hexdigest()


class InFlight:
    """Calls sent and not yet answered, per key (by :func:`account_of`), in this process (thread-safe)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._count: dict[str, int] = {}

    def count(self, account: str) -> int:
        with self._lock:
            return self._count.get(account, 0)

    def begin(self, account: str) -> None:
        with self._lock:
            self._count[account] = self._count.get(account, 0) + 1

    def end(self, account: str) -> None:
        with self._lock:
            left = self._count.get(account, 0) - 1
            if left > 0:
                self._count[account] = left
            else:
                self._count.pop(account, None)

    @contextmanager
    def track(self, account: str) -> Iterator[None]:
        self.begin(account)
        try:
            yield
        finally:
            self.end(account)


IN_FLIGHT = InFlight()


@attrs.frozen
class Seed:
    """The figure's start when the ledger has no read of the key: the ``VirtualKeyInfo`` a client was made from."""

    spent: float | None
    max: float | None
    budgets: tuple[ScopeBudget, ...] = ()

    @classmethod
    def of(cls, info: VirtualKeyInfo | None) -> Seed | None:
        if info is None or info.budget is None:
            return None
        return cls(spent=info.budget.spent, max=info.budget.max, budgets=info.budgets)


def account_of(ctx: Context, key: str) -> str:
    """The key's name in the spend store (and in :data:`IN_FLIGHT`): the proxy's scope and the key's token id."""
    return ctx.cache_key("spend", f"key:{token_of(key)}")


def _names(account: str) -> tuple[str, str, str]:
    return f"{account}:base", f"{account}:seen", f"{account}:unpriced"


def _num(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        return None
    return float(value)


def _base(value: Any) -> dict[str, Any] | None:
    """A stored base record, or None when there is none (or it is not one)."""
    if not isinstance(value, Mapping) or _num(value.get("spent")) is None or _num(value.get("at")) is None:
        return None
    return dict(value)


# --- reconciliation ------------------------------------------------------------------------------------------


def settle(
    old: Mapping[str, Any] | None,
    *,
    spent: float,
    max_budget: float | None,
    at: float,
    seen: float,
    unpriced: float = 0.0,
    resets_at: str | None = None,
    scopes: list[dict[str, Any]] | None = None,
) -> dict[str, Any] | None:
    """The base record after an authoritative read of ``spent`` at ``at``, the counters standing at ``seen`` and
    ``unpriced``; None when the stored record is of a later read (keep it). ``scopes``: every budget the read
    found for the key (``ScopeBudget.to_dict()``), kept to apply the figure to.

    Of the costs seen and not yet confirmed (``seen - mark``), the read confirms as much as the spend grew since
    the previous read (with no previous read: since 0, a new key's spend), and everything seen ``SPEND_SETTLE``
    seconds or more before it (by the checkpoints). A spend that fell, or a new ``resets_at``, means the budget
    was reset or changed: everything seen before this read is dropped.
    """
    base = _base(old)
    if base is not None and float(base["at"]) > at:
        return None
    old_spent = float(base["spent"]) if base is not None else 0.0
    mark = min(_num(base.get("mark")) or 0.0, seen) if base is not None else 0.0
    checks = [c for c in (base.get("checks") or []) if _check(c)] if base is not None else []
    old_resets = base.get("resets_at") if base is not None else None
    reset = spent < old_spent - _EPSILON * max(1.0, old_spent) or (
        old_resets is not None and resets_at is not None and resets_at != old_resets
    )
    if reset:
        mark = seen
    else:
        pending = max(0.0, seen - mark)
        mark += min(max(0.0, spent - old_spent), pending)
        for when, count in checks:
            if when <= at - SPEND_SETTLE:
                mark = max(mark, min(count, seen))
    checks = [[when, count] for when, count in checks if when > at - SPEND_SETTLE and count > mark]
    checks.append([at, seen])
    return {
        "spent": spent,
        "max": max_budget,
        "at": at,
        "mark": mark,
        "umark": unpriced,
        "checks": checks[-SPEND_CHECKPOINTS:],
        "resets_at": resets_at,
        "scopes": scopes or [],
    }


#: Relative tolerance when comparing spends: a float sum written back by the proxy may differ in its last bits.
_EPSILON = 1e-9


def _check(value: Any) -> bool:
    return isinstance(value, list) and len(value) == 2 and all(_num(v) is not None for v in value)


def reconcile(ctx: Context, info: VirtualKeyInfo) -> Op[None]:
    """Take ``info`` (just read from the proxy) as the key's authoritative spend (see :func:`settle`)."""
    if info.budget is None:
        return
    base_name, seen_name, unpriced_name = _names(account_of(ctx, info.key))
    now = yield Now()
    values = yield CacheGetMany((base_name, seen_name, unpriced_name), store=SPEND)
    if values is None:
        return
    old, seen, unpriced = values
    resets = info.budget.resets_at.isoformat() if info.budget.resets_at is not None else None
    new = settle(
        old,
        spent=info.budget.spent,
        max_budget=info.budget.max,
        at=float(now),
        seen=_num(seen) or 0.0,
        unpriced=_num(unpriced) or 0.0,
        resets_at=resets,
        scopes=[b.to_dict() for b in info.budgets],
    )
    if new is not None:
        yield CacheSet(base_name, new, SPEND_LEDGER_TTL, store=SPEND)


# --- costs ---------------------------------------------------------------------------------------------------


def cost_of(
    header_cost: float | None,
    usage: Any,
    model: ModelInfo | None,
    *,
    streamed: bool = False,
) -> float | None:
    """The cost of one answer: LiteLLM's ``x-litellm-response-cost`` (not on a stream, whose headers come before
    the answer), else the ``cost`` LiteLLM puts in the usage, else the usage at the model's prices; None when none
    of these is known."""
    if header_cost is not None and not streamed:
        return max(0.0, header_cost)
    raw = getattr(usage, "raw", None)
    if isinstance(raw, Mapping):
        cost = _num(raw.get("cost"))
        if cost is not None:
            return max(0.0, cost)
    if usage is None or model is None:
        return None
    prompt = getattr(usage, "prompt_tokens", None)
    completion = getattr(usage, "completion_tokens", None)
    if prompt is None and completion is None:
        return None
    input_price, output_price = model.input_cost_per_token, model.output_cost_per_token
    if (prompt and input_price is None) or (completion and output_price is None):
        return None
    return (prompt or 0) * (input_price or 0.0) + (completion or 0) * (output_price or 0.0)


def record(account: str, cost: float | None, seed: Seed | None, *, shared: bool) -> Op[LiveBudget | None]:
    """Count one answer of the key ``account`` names (:func:`account_of`; ``cost`` None: its cost is not known) and
    return the figure after it (None when the spend store failed)."""
    _base_name, seen_name, unpriced_name = _names(account)
    if cost is None or cost > 0:
        name, amount = (unpriced_name, 1.0) if cost is None else (seen_name, cost)
        if (yield CacheIncr(name, amount, SPEND_LEDGER_TTL)) is None:
            return None  # the store failed: this answer is not in it, so no figure is better than a wrong one
    budget: LiveBudget | None = yield from figure(account, seed, shared=shared)
    return budget


# --- the figure ----------------------------------------------------------------------------------------------


def figure(account: str, seed: Seed | None, *, shared: bool) -> Op[LiveBudget | None]:
    """The running figure of the key ``account`` names, read from the spend store (one read: one ``MGET`` on
    Redis); None when the store cannot be read (Redis down: the figure is not known, rather than the last read
    alone)."""
    values = yield CacheGetMany(_names(account), store=SPEND)
    if values is None or len(values) != 3:
        return None
    old, seen, unpriced = values
    return compute(
        _base(old),
        seen=_num(seen) or 0.0,
        unpriced=_num(unpriced) or 0.0,
        seed=seed,
        in_flight=IN_FLIGHT.count(account),
        shared=shared,
    )


def _scopes(value: Any) -> tuple[ScopeBudget, ...]:
    """The budgets a stored read found for the key (none when the record holds none, or something else)."""
    if not isinstance(value, list):
        return ()
    try:
        return tuple(ScopeBudget.from_dict(item) for item in value if isinstance(item, Mapping))
    except (KeyError, TypeError, ValueError):
        return ()


def compute(
    base: Mapping[str, Any] | None,
    *,
    seen: float,
    unpriced: float,
    seed: Seed | None,
    in_flight: int,
    shared: bool,
) -> LiveBudget:
    """The figure from a base record (or the seed) and the counters; the costs not yet confirmed are added to the
    key's spend and to every budget it counts against."""
    if base is not None:
        confirmed: float | None = float(base["spent"])
        max_budget = _num(base.get("max"))
        mark = min(_num(base.get("mark")) or 0.0, seen)
        umark = min(_num(base.get("umark")) or 0.0, unpriced)
        read_at: datetime | None = datetime.fromtimestamp(float(base["at"]), timezone.utc)
        scopes = _scopes(base.get("scopes"))
    else:
        confirmed = seed.spent if seed is not None else None
        max_budget = seed.max if seed is not None else None
        mark = umark = 0.0
        read_at = None
        scopes = seed.budgets if seed is not None else ()
    unconfirmed = max(0.0, seen - mark)
    if unconfirmed:
        scopes = tuple(
            attrs.evolve(b, spent=b.spent + unconfirmed) if b.known and b.spent is not None else b for b in scopes
        )
    return LiveBudget(
        spent=confirmed + unconfirmed if confirmed is not None else None,
        max_budget=max_budget,
        confirmed=confirmed,
        unconfirmed=unconfirmed,
        read_at=read_at,
        in_flight=in_flight,
        unpriced=round(max(0.0, unpriced - umark)),
        shared=shared,
        budgets=scopes,
    )


def after_read(ctx: Context, op: Op[VirtualKeyInfo]) -> Op[VirtualKeyInfo]:
    """``op`` (a read of a key from the proxy), then its spend reconciled into the key's running figure; should
    the spend store fail, the read is returned all the same."""
    info = yield from op
    yield Advisory(reconcile(ctx, info), "reconcile the key's running spend")
    return info
