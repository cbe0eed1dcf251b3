"""Which LiteLLM release a proxy runs, and whether it lies inside the window this SDK is tested against.

The release is read from the proxy itself: ``GET /health/readiness/details`` (master key) answers
``litellm_version`` from 1.90 on; 1.80.x has no ``/details`` but puts ``litellm_version`` in plain
``GET /health/readiness``. Both are sans-I/O operations in the style of :mod:`litellm_sdk._manage.keys`.

The clients check the window once: after their first successful ``request_key`` / ``ensure_key`` they read
the release (one request, two on 1.80.x) and log one WARNING when it is older than
``OLDEST_TESTED_LITELLM`` or newer than ``NEWEST_TESTED_LITELLM``. A client reads the release at most once,
whatever reads it first (that check or ``proxy_version()``): the release found is kept in its
:class:`WindowCheck` (a proxy that tells none is asked again by ``proxy_version()``).

The check never fails or changes the call it follows (it runs as an ``Advisory`` step): a proxy that does not
tell its release, answers with an error, or an exception of a user's own transport or event hook, is noted at
DEBUG and left alone.
``LITELLM_SDK_CHECK_RELEASE=0`` in the environment (read when a client is made) turns the check off.
"""

from __future__ import annotations

import os
import re
import threading
from typing import Any

from litellm_sdk._constants import ENV_CHECK_RELEASE, NEWEST_TESTED_LITELLM, OLDEST_TESTED_LITELLM
from litellm_sdk._engine.steps import Advisory, Context, Op, Request, T, call, log
from litellm_sdk.errors import APIStatusError, LiteLLMError

__all__ = [
    "TESTED_WINDOW",
    "WindowCheck",
    "checked_once",
    "in_tested_window",
    "parse_release",
    "proxy_version",
    "read_once",
    "read_release",
    "warn_if_untested",
]

_RELEASE = re.compile(r"^\s*v?(\d+)\.(\d+)\.(\d+)")


def parse_release(text: object) -> tuple[int, int, int] | None:
    """``"1.108.7"`` -> ``(1, 108, 7)``; suffixes (``.post1``, ``-stable``, ``rc1``) are ignored; None if no release."""
    if not isinstance(text, str):
        return None
    found = _RELEASE.match(text)
    if found is None:
        return None
    major, minor, patch = (int(part) for part in found.groups())
    return major, minor, patch


def _window_bound(version: str) -> tuple[int, int, int]:
    release = parse_release(version)
    if release is None:  # pragma: no cover - a typo in _constants.py
        raise ValueError(f"not a LiteLLM release: {version!r}")
    return release


_OLDEST = _window_bound(OLDEST_TESTED_LITELLM)
_NEWEST = _window_bound(NEWEST_TESTED_LITELLM)

#: (oldest, newest) tested release, as strings.
TESTED_WINDOW: tuple[str, str] = (OLDEST_TESTED_LITELLM, NEWEST_TESTED_LITELLM)


def in_tested_window(version: str) -> bool | None:
    """Whether ``version`` lies between the oldest and the newest tested release (inclusive); None if unparseable."""
    release = parse_release(version)
    if release is None:
        return None
    return _OLDEST <= release <= _NEWEST


def _version_in(body: Any) -> str | None:
    if isinstance(body, dict):
        found = body.get("litellm_version")
        if isinstance(found, str) and found.strip():
            return found.strip()
    return None


def proxy_version(ctx: Context, *, retry: bool | None = None) -> Op[str | None]:
    """The proxy's LiteLLM release (e.g. ``"1.108.7"``), or None when it does not say.

    ``GET /health/readiness/details`` first (master key; 1.90 and later); when that route answers an error
    status (404 on 1.80.x, 401/403 for a key that is not an admin's), ``GET /health/readiness``, which carries
    ``litellm_version`` on 1.80.x. Connection errors and 5xx of the second request raise as usual.
    """
    try:
        details = yield from call(ctx, Request("GET", "/health/readiness/details"), retry=retry)
    except APIStatusError as error:
        log.debug("GET /health/readiness/details answered %s; asking /health/readiness", error.status)
    else:
        found = _version_in(details)
        if found is not None:
            return found
    readiness = yield from call(ctx, Request("GET", "/health/readiness"), retry=retry)
    return _version_in(readiness)


read_release = proxy_version  # the name client.py uses (its clients have a proxy_version method)


def warn_if_untested(ctx: Context, window: WindowCheck | None = None) -> Op[str | None]:
    """Read the release (one attempt, no retries; none when ``window`` already holds it) and log one WARNING when
    it is outside the tested window.

    Never raises a LiteLLMError: a failed or unanswered read is logged at DEBUG. Returns the release read.
    """
    if window is not None and window.known:
        version = window.version
    else:
        try:
            version = yield from proxy_version(ctx, retry=False)
        except LiteLLMError as error:
            log.debug("could not read the LiteLLM release of %s (%s); not checking it", ctx.base_url, error.code)
            return None
        if window is not None:
            window.remember(version)
    if version is None:
        log.debug("the proxy at %s does not report its LiteLLM release; not checking it", ctx.base_url)
        return None
    inside = in_tested_window(version)
    if inside is False:
        log.warning(
            "the LiteLLM proxy at %s runs release %s, outside the releases this SDK is tested against "
            "(%s to %s); it may behave differently",
            ctx.base_url,
            version,
            OLDEST_TESTED_LITELLM,
            NEWEST_TESTED_LITELLM,
        )
    else:
        log.debug("the LiteLLM proxy at %s runs release %s", ctx.base_url, version)
    return version


class WindowCheck:
    """Once-per-client state of the window check and the release read (shared by ``with_options`` copies of a
    client): whether the check is claimed, and the release once read (``known``), by the check or by
    ``proxy_version()``, so a client reads it at most once."""

    def __init__(self, enabled: bool | None = None) -> None:
        self._lock = threading.Lock()
        if enabled is None:
            enabled = os.environ.get(ENV_CHECK_RELEASE, "").strip() != "0"
        self.claimed = not enabled
        self.known = False
        self.version: str | None = None

    def remember(self, version: str | None) -> None:
        """Keep the release a read found. None is not kept: it may come of a passing failure (``/details``
        answering 503 makes ``proxy_version`` ask plain readiness, which tells no release from 1.90 on)."""
        if version is not None:
            self.version = version
            self.known = True

    def claim(self) -> bool:
        """True exactly once: for the caller that is to run the check."""
        with self._lock:
            if self.claimed:
                return False
            self.claimed = True
            return True


def read_once(ctx: Context, window: WindowCheck) -> Op[str | None]:
    """The proxy's release as ``proxy_version`` reads it, read only when this client has not read it yet."""
    if window.known:
        return window.version
    version = yield from proxy_version(ctx)
    window.remember(version)
    return version


def checked_once(ctx: Context, window: WindowCheck, op: Op[T]) -> Op[T]:
    """Run ``op``; after its first success on this client, check the proxy's release (see the module doc).
    Once the check is claimed, ``op`` itself (no wrapper for every later call to pass through)."""
    if window.claimed:
        return op
    return _then_check(ctx, window, op)


def _then_check(ctx: Context, window: WindowCheck, op: Op[T]) -> Op[T]:
    result = yield from op
    if not window.claimed and window.claim():
        yield Advisory(warn_if_untested(ctx, window), "read the LiteLLM release")
    return result
