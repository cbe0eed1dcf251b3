"""Tunables in one place: timeouts, retries, cache lifetimes and limits.

Every default the SDK applies is defined here, so a reader can see them side by side and a test can
refer to them by name instead of repeating numbers.
"""

from __future__ import annotations

from typing import Final

import httpx

#: Connect within 5 s, and wait up to 30 s for each read or write; the pool wait is the same 30 s.
DEFAULT_TIMEOUT: Final = httpx.Timeout(30.0, connect=5.0)

#: Connections of the async client's pool. More in flight makes httpcore's pool spend more CPU per request
#: than it saves (measured in BENCHMARKS.md: 16 connections beat 100 at 50-200 concurrent logins); callers
#: beyond the pool wait their turn within the pool timeout.
ASYNC_POOL_LIMITS: Final = httpx.Limits(max_connections=20, max_keepalive_connections=20)

#: Retries after the first attempt (so at most 3 attempts per call by default).
DEFAULT_MAX_RETRIES: Final = 2

#: Backoff before retry ``n`` (0-based) is ``min(BACKOFF_MAX, BACKOFF_INITIAL * 2**n)``, of which a random
#: share of up to ``BACKOFF_JITTER`` is taken off, so concurrent callers do not retry in lockstep.
BACKOFF_INITIAL: Final = 0.5
BACKOFF_MAX: Final = 8.0
BACKOFF_JITTER: Final = 0.5

#: A ``Retry-After`` the proxy sends is honoured up to this many seconds; a longer one is not waited for:
#: the call fails at once with ``RateLimitError.retry_after`` set, so a login page is never held for minutes.
RETRY_AFTER_CAP: Final = 20.0

#: Compensations (e.g. deleting the key a failed or abandoned call created) get this long in all (seconds),
#: and each of their requests at most ``COMPENSATION_TIMEOUT``; they are shielded from the caller's cancellation.
COMPENSATION_DEADLINE: Final = 10.0
COMPENSATION_TIMEOUT: Final = 5.0

#: Closing a client while calls run (docs/reliability.md, "Shutdown"): new calls are refused at once, calls in
#: flight stop at their next step, and a request already on the wire gets this long (seconds) to be answered before
#: an async client stops waiting for it. Then the stopped calls undo what they created within
#: ``COMPENSATION_DEADLINE``, so ``close()`` returns within ``SHUTDOWN_GRACE + COMPENSATION_DEADLINE``.
SHUTDOWN_GRACE: Final = 5.0

#: Capability data of a model group is cached this long (seconds).
CAPABILITY_TTL: Final = 300

#: What a team's, a user's and an organisation's budgets stood at (``/team/info``, ``/user/info``,
#: ``/organization/info``) is cached this long (seconds) for logins (``request_key``, ``ensure_key``): spend
#: moves, so briefly. ``describe_key``, ``refresh``, ``update_key`` and ``regenerate_key`` always read it fresh.
SCOPE_TTL: Final = 30.0

#: Threads of a blocking client's pool for the sub-operations of a ``Gather`` step (the budget scopes of a login,
#: fetched while the key is made). When all are busy, a sub-operation runs in the caller's thread after the others.
GATHER_THREADS: Final = 16

#: Bumped whenever the shape of a cached value changes, so old entries are never read as new ones.
CACHE_KEY_VERSION: Final = "v2"
CACHE_KEY_PREFIX: Final = "litellm_sdk"

#: Default bound of the in-memory cache (entries).
INMEMORY_CACHE_MAX_ENTRIES: Final = 2048

#: The running spend figure (``LiveBudget``; docs/using-the-key.md, "The running spend"). Its entries live this long
#: after their last change (seconds: a week), in the client's shared cache (Redis) or in the process's own store,
#: which holds at most ``SPEND_PROCESS_MAX_ENTRIES`` entries (three per key).
SPEND_LEDGER_TTL: Final = 7 * 24 * 3600
SPEND_PROCESS_MAX_ENTRIES: Final = 100_000
#: A cost seen this long (seconds) before an authoritative read (``describe_key`` ...) is taken as included in it:
#: LiteLLM writes spend in batches every ``proxy_batch_write_at`` seconds (10 by default) plus up to 5 (its own random
#: offset, 1.110.2), so by then it has.
#: Costs seen later stay added to the read's spend until a read shows them (by its growth) or this passes.
SPEND_SETTLE: Final = 60.0
#: Recent (time, costs seen) pairs a key's read keeps for that rule.
SPEND_CHECKPOINTS: Final = 16

#: Redis adapters' socket timeouts (seconds) unless the caller sets them: a slow cache must not hold up a login,
#: since a cache failure only costs a look-up at the proxy.
REDIS_SOCKET_TIMEOUT: Final = 1.0
REDIS_CONNECT_TIMEOUT: Final = 1.0
#: Keys per SCAN round trip, and per DEL, when a Redis adapter clears its prefix.
REDIS_SCAN_COUNT: Final = 500

#: Bounded identity memos of warm logins: model records -> ModelInfo, and model sets -> (servable models, features).
MODEL_MEMO_SIZE: Final = 4096
FEATURES_MEMO_SIZE: Final = 1024

#: Responses larger than this are refused rather than read into memory (bytes).
MAX_RESPONSE_BYTES: Final = 32 * 1024 * 1024

#: Parsed request URLs (those without a query) a client keeps, so the same URL is not parsed at every call.
URL_CACHE_SIZE: Final = 64

#: ``chat_messages_from_ui``: a file a UI message attaches (a data URL) may hold at most this many bytes once
#: decoded; a larger one is refused before anything is sent. 20 MiB is OpenAI's limit for one image; pass
#: ``max_file_bytes=`` to choose another bound (``None``: none).
MAX_UI_FILE_BYTES: Final = 20 * 1024 * 1024

#: Error bodies larger than this are not parsed as JSON (LiteLLM's are a few hundred bytes).
MAX_ERROR_BODY_BYTES: Final = 1024 * 1024

#: Error messages quote at most this much of a non-JSON body.
ERROR_BODY_SNIPPET: Final = 300

#: Page size used by list iterators unless the caller sets one; LiteLLM caps /key/list pages at 100.
DEFAULT_PAGE_SIZE: Final = 100
MAX_PAGE_SIZE: Final = 100

#: The metadata field where ensure_key keeps its marker (nonce, user, request fingerprint) on a key.
ENSURE_METADATA: Final = "litellm_sdk"

#: ensure_key hands out an existing key only if it stays valid at least this long (seconds).
DEFAULT_MIN_VALIDITY: Final = 300.0
#: ``ensure_key``: keys of one alias read per look-up (one alias has one key, a few while a race settles), and how
#: many times it looks again when what it found changed under it before giving up with a ConflictError.
ENSURE_PAGE_SIZE: Final = 10
ENSURE_ATTEMPTS: Final = 3

#: The LiteLLM releases this SDK is tested against (``scripts/test-matrix`` runs the integration tier on real
#: proxies of each): the oldest and the newest. A proxy outside this window gets one logged WARNING per client.
OLDEST_TESTED_LITELLM: Final = "1.80.17"
NEWEST_TESTED_LITELLM: Final = "1.110.2"

#: Set to ``0`` to turn that once-per-client release check (and its one or two requests) off.
ENV_CHECK_RELEASE: Final = "LITELLM_SDK_CHECK_RELEASE"

ENV_BASE_URL: Final = "LITELLM_BASE_URL"
ENV_MASTER_KEY: Final = "LITELLM_MASTER_KEY"

LOGGER_NAME: Final = "litellm_sdk"
