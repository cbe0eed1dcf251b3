"""A bounded memo keyed by the identities of the objects a value was derived from.

Warm logins resolve to the very same objects (the in-memory cache hands back the same dicts; those give the same
``ModelInfo`` objects), so what is derived from them is worked out once per object set, not per call. An entry
holds its objects, so no other object can take their ids while the entry exists; a full memo is cleared, not grown.
"""

from __future__ import annotations

from typing import Any, Generic, TypeVar

V = TypeVar("V")

__all__ = ["IdentityMemo"]


class IdentityMemo(Generic[V]):
    __slots__ = ("_entries", "limit")

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self._entries: dict[Any, tuple[object, V]] = {}

    def get(self, key: Any) -> V | None:
        """The value stored under ``key`` (an ``id()`` or a tuple of them), or None."""
        hit = self._entries.get(key)
        return None if hit is None else hit[1]

    def put(self, key: Any, owners: object, value: V) -> V:
        """Store ``value`` under ``key``, holding ``owners`` (the objects whose ids make up the key)."""
        if len(self._entries) >= self.limit:
            self._entries.clear()
        self._entries[key] = (owners, value)
        return value

    def __len__(self) -> int:
        return len(self._entries)
