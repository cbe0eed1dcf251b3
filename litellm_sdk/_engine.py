"""The sans-I/O core: operations are generators that yield steps and receive their results.

An operation (``Op``) never touches the network, a clock or a cache itself. It yields a :class:`Request`
and receives a :class:`Response` (or has an :class:`~litellm_sdk.errors.LiteLLMError` thrown into it), yields
:class:`Sleep`, :class:`CacheGet` / :class:`CacheSet` / :class:`CacheDelete`, or :class:`Shared` to run a
sub-operation once for all concurrent callers. ``_http.SyncRunner`` and ``_http.AsyncRunner`` perform the
steps; that is the only place where the sync and async clients differ.
"""

from __future__ import annotations

import functools
import hashlib
import json
import logging
from collections.abc import Callable, Generator, Mapping
from typing import Any, TypeVar

import attrs
import httpx

from litellm_sdk._constants import CACHE_KEY_VERSION, LOGGER_NAME
from litellm_sdk._redact import mask, redact_json, scrub
from litellm_sdk._retry import RetryPolicy
from litellm_sdk.errors import InvalidResponseError, LiteLLMError, error_from_response, looks_like_json

T = TypeVar("T")
Op = Generator[Any, Any, T]

log = logging.getLogger(LOGGER_NAME)


@attrs.frozen
class Request:
    """One HTTP call. ``auth`` is the bearer token to send; None means the client's master key."""

    method: str
    path: str = attrs.field(repr=lambda v: repr(scrub(v)))  # /key/{key}/regenerate holds a key
    params: Mapping[str, Any] | None = attrs.field(default=None, repr=lambda v: repr(redact_json(v)))
    json: Any = attrs.field(default=None, repr=lambda v: repr(redact_json(v)))
    auth: str | None = attrs.field(default=None, repr=lambda v: repr(mask(v)))
    idempotent: bool = True

    @property
    def label(self) -> str:
        """``METHOD /path`` for messages and logs, with any key in the path masked."""
        return f"{self.method} {scrub(self.path)}"


@attrs.frozen
class Response:
    status: int
    headers: httpx.Headers
    content: bytes
    elapsed: float = 0.0


@attrs.frozen
class Sleep:
    seconds: float


@attrs.frozen
class CacheGet:
    key: str


@attrs.frozen
class CacheSet:
    key: str
    value: Any
    ttl: float | None


@attrs.frozen
class CacheDelete:
    key: str


@attrs.frozen
class Shared:
    """Run ``factory()`` once per ``flight_key`` across concurrent callers; all receive its result.

    When the leading run fails, each waiting caller runs ``factory()`` itself.
    """

    flight_key: str
    factory: Callable[[], Op[Any]]


@attrs.frozen
class Context:
    """What an operation needs to know about its client (never the transport itself)."""

    base_url: str
    master_key: str = attrs.field(repr=lambda v: repr(mask(v)))
    retry: RetryPolicy = attrs.field(factory=RetryPolicy)
    capability_ttl: float = 300.0

    @property
    def secrets(self) -> tuple[str, ...]:
        return (self.master_key,)

    def cache_key(self, kind: str, name: str) -> str:
        """Versioned and scoped to the proxy, so two proxies sharing one Redis never mix entries."""
        return f"{self._scope}:{kind}:{name}"

    @property
    def _scope(self) -> str:
        return _scope_of(self.base_url)


@functools.lru_cache(maxsize=64)
def _scope_of(base_url: str) -> str:
    return f"{CACHE_KEY_VERSION}:{hashlib.sha256(base_url.encode()).hexdigest()[:12]}"


def parse_json(response: Response, what: str) -> Any:
    """The body of a 2xx response as JSON; a body that is not JSON raises InvalidResponseError."""
    if not response.content:
        return None
    try:
        if not looks_like_json(response.content):
            raise ValueError("not JSON")
        return json.loads(response.content)
    except (ValueError, RecursionError):
        raise InvalidResponseError(
            f"{what} answered {response.status} with a body that is not JSON",
            status=response.status,
            body=response.content[:200].decode("utf-8", "replace"),
        ) from None


_GONE = object()


def call(ctx: Context, request: Request, *, retry: bool | None = None, gone_on_retry: Any = _GONE) -> Op[Any]:
    """Send ``request`` (retrying per the context's policy when it is idempotent) and return its JSON body.

    ``gone_on_retry``: returned when a retry meets 404, for deletes whose first attempt may have succeeded
    before its answer was lost.
    """
    what = request.label
    retries = 0
    may_retry = request.idempotent if retry is None else retry
    while True:
        try:
            response: Response = yield request
            if response.status >= 400:
                raise error_from_response(
                    response.status,
                    response.headers,
                    response.content,
                    secrets=(*ctx.secrets, request.auth or ""),
                )
            return parse_json(response, what)
        except LiteLLMError as error:
            if retries and gone_on_retry is not _GONE and error.status == 404:
                return gone_on_retry
            delay = ctx.retry.delay(error, retries) if may_retry else None
            if delay is None:
                raise
            retries += 1
            log.info(
                "retrying %s in %.2fs after %s (retry %d of %d)",
                what,
                delay,
                error.code,
                retries,
                ctx.retry.max_retries,
            )
            yield Sleep(delay)


def expect_mapping(body: Any, what: str) -> dict[str, Any]:
    if not isinstance(body, dict):
        raise InvalidResponseError(f"{what} returned {type(body).__name__}, expected a JSON object", body=body)
    return body
