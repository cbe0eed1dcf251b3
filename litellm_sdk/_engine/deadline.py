"""How long one SDK call may take in all, derived from the client's own settings.

A call (``request_key``, ``describe_key`` ...) may send several requests, retry each and wait on a concurrent
identical call. Its total time is bounded by its *deadline*: ``deadline=`` when given, else

    (max_retries + 1) * max(connect, read, write, pool) + sum(min(BACKOFF_MAX, BACKOFF_INITIAL * 2**n)
                                                              for n in range(max_retries))

that is, one attempt's worth of time for every attempt the settings allow, plus the backoff between them
(a ``timeout=None`` part makes it unbounded unless ``deadline=`` is set). The runner clips every request's
timeouts to what is left, refuses a backoff that would pass the deadline (the last error is raised instead),
waits on a concurrent identical call (a shared flight) for at most one attempt's time and half of what is
left, then fetches itself, and answers ``APITimeoutError`` once the deadline is spent.
"""

from __future__ import annotations

import time
from collections.abc import Mapping
from typing import Protocol

import attrs
import httpx

from litellm_sdk._constants import BACKOFF_INITIAL, BACKOFF_MAX
from litellm_sdk.errors import APITimeoutError, ConfigurationError


def attempt_bound(timeout: httpx.Timeout) -> float | None:
    """The longest single wait one attempt may make (None: some part is unbounded)."""
    parts = (timeout.connect, timeout.read, timeout.write, timeout.pool)
    if any(part is None for part in parts):
        return None
    return max(float(part) for part in parts if part is not None)


def derived_deadline(timeout: httpx.Timeout, max_retries: int) -> float | None:
    """The default deadline of a call: the formula in the module docstring."""
    attempt = attempt_bound(timeout)
    if attempt is None:
        return None
    backoff = sum(min(BACKOFF_MAX, BACKOFF_INITIAL * 2.0**n) for n in range(max_retries))
    return (max_retries + 1) * attempt + backoff


def check_deadline(value: object) -> float | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not value > 0:
        raise ConfigurationError(f"deadline must be a positive number of seconds, got {value!r}", param="deadline")
    return float(value)


class Named(Protocol):
    """A request as the budget sees it: its label, made only for an error message."""

    @property
    def label(self) -> str: ...


@attrs.frozen
class CallSettings:
    """Per client (and per ``with_options`` clone): timeouts of each request and the deadline of each call."""

    timeout: httpx.Timeout
    deadline: float | None
    #: :func:`attempt_bound` of ``timeout``, worked out once here rather than at every call.
    attempt: float | None = attrs.field(init=False)
    #: ``timeout`` as httpx's request extension wants it (``{"connect": ..., "read": ..., ...}``).
    parts: Mapping[str, float | None] = attrs.field(init=False, repr=False)

    def __attrs_post_init__(self) -> None:
        object.__setattr__(self, "attempt", attempt_bound(self.timeout))
        object.__setattr__(self, "parts", self.timeout.as_dict())

    @classmethod
    def make(cls, timeout: httpx.Timeout, max_retries: int, deadline: float | None) -> CallSettings:
        return cls(timeout, deadline if deadline is not None else derived_deadline(timeout, max_retries))


class Budget:
    """The time left to one running call."""

    __slots__ = ("attempt", "ends_at", "settings")

    def __init__(self, settings: CallSettings) -> None:
        self.settings = settings
        self.attempt = settings.attempt
        self.ends_at = time.monotonic() + settings.deadline if settings.deadline is not None else None

    def remaining(self) -> float | None:
        return None if self.ends_at is None else self.ends_at - time.monotonic()

    def fits(self, seconds: float) -> bool:
        left = self.remaining()
        return left is None or seconds < left

    def timeout_for(self, request: Named) -> dict[str, float | None]:
        """The request's timeouts (httpx's ``timeout`` extension: connect, read, write, pool), each clipped to the
        time left; APITimeoutError when none is left. A new dict each time: a user's hook may change it."""
        left = self.remaining()
        parts = self.settings.parts
        if left is not None and left <= 0:
            raise self.spent(request.label, request_sent=False)
        if left is None or (self.attempt is not None and left >= self.attempt):
            return dict(parts)
        return {name: left if part is None else min(part, left) for name, part in parts.items()}

    def check(self, request: Named) -> None:
        """Raise APITimeoutError (the request was sent) when the deadline has passed mid-response."""
        if self.ends_at is not None and time.monotonic() >= self.ends_at:
            raise self.spent(request.label, request_sent=True)

    def wait_bound(self) -> float | None:
        """How long a caller waits on another caller's identical flight before running its own: one attempt's
        time at most, and never more than half of what is left, so its own fetch still has time."""
        left = self.remaining()
        if left is None:
            return self.attempt
        half = max(0.0, left / 2)
        return half if self.attempt is None else min(half, self.attempt)

    def spent(self, label: str, *, request_sent: bool) -> APITimeoutError:
        return APITimeoutError(
            f"{label}: the call's deadline of {self.settings.deadline:g}s is spent",
            request_sent=request_sent,
            suggested_action="The proxy is slow; try again shortly, or raise `deadline`/`timeout` for this call.",
        )
