"""When to try a call again, and how long to wait first.

Retried: errors whose ``retryable`` is true, that is connection errors, timeouts and the reasons a retry can
change (``RETRYABLE_CODES`` in ``_classify``: 408, 429, plain 5xx, ``auth_provider_unavailable``); never a reason
that stays the same (``budget_exceeded``, ``expired_key``, ``conflict`` ...), whatever its status. The wait
before retry ``n`` is ``min(BACKOFF_MAX, BACKOFF_INITIAL * 2**n)`` less a random share of up to
``BACKOFF_JITTER``; a ``Retry-After`` from the proxy replaces it when it is at most ``RETRY_AFTER_CAP``
seconds, and a longer one ends the retries at once (the error carries ``retry_after``). The call's deadline
(``deadline``) bounds all of it: a wait that would pass it is not made.
"""

from __future__ import annotations

import random

import attrs

from litellm_sdk._constants import (
    BACKOFF_INITIAL,
    BACKOFF_JITTER,
    BACKOFF_MAX,
    DEFAULT_MAX_RETRIES,
    RETRY_AFTER_CAP,
)
from litellm_sdk.errors import LiteLLMError, RateLimitError


@attrs.frozen
class RetryPolicy:
    max_retries: int = DEFAULT_MAX_RETRIES
    initial: float = BACKOFF_INITIAL
    maximum: float = BACKOFF_MAX
    jitter: float = BACKOFF_JITTER
    retry_after_cap: float = RETRY_AFTER_CAP

    def delay(self, error: LiteLLMError, retries_done: int, rng: random.Random | None = None) -> float | None:
        """Seconds to wait before the next attempt, or None when the error should be raised now."""
        if not error.retryable or retries_done >= self.max_retries:
            return None
        if isinstance(error, RateLimitError) and error.retry_after is not None:
            wait: float = error.retry_after
            return wait if wait <= self.retry_after_cap else None
        base = min(self.maximum, self.initial * (2.0**retries_done))
        share = (rng.random() if rng is not None else random.random()) * self.jitter
        return base * (1.0 - share)
