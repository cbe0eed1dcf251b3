"""The sans-I/O core: operations are generators that yield steps and receive their results.

An operation (``Op``) never touches the network, a clock or a cache itself. It yields a :class:`Request`
and receives a :class:`Response` (or has an :class:`~litellm_sdk.errors.LiteLLMError` thrown into it), yields
:class:`Sleep`, :class:`CacheGetMany` / :class:`CacheSet` / :class:`CacheDelete` / :class:`CacheIncr` (on the
capability cache or the spend store), :class:`Now` for the wall clock,
:class:`Shared` to run a sub-operation once for all concurrent callers asking the same thing, and
:class:`Undo` / :class:`Forget` to register (and drop) a compensating step the runner performs if the call is
abandoned or fails (e.g. delete the key this call created), :class:`Advisory` to run a sub-operation whose
failure must not fail the call, :class:`Gather` to run several operations at once, and :class:`Stream` to open a
streamed answer. ``runner.Runner`` performs the steps
and hands what must be waited for to ``http.SyncRunner`` or ``async_runner.AsyncRunner``; that is the only place
where the sync and async clients differ.

:func:`send` is the one retried send: every request goes through it, under one of three rules (:data:`IDEMPOTENT`,
:func:`create_safe`, :data:`NOTHING_DONE`); :func:`call` is ``send`` with the JSON body read.
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

from litellm_sdk._classify import error_from_response, http_response, looks_like_json
from litellm_sdk._constants import CACHE_KEY_VERSION, CAPABILITY_TTL, LOGGER_NAME, SCOPE_TTL
from litellm_sdk._engine.retry import RetryPolicy
from litellm_sdk._redact import mask, redact_json, scrub
from litellm_sdk._version import __version__
from litellm_sdk.errors import (
    APIConnectionError,
    APIStatusError,
    ConflictError,
    InvalidResponseError,
    LiteLLMError,
    RateLimitError,
)

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
    #: A multipart upload instead of ``json``: httpx ``files=`` and form fields (``data=``).
    files: Mapping[str, Any] | None = attrs.field(default=None, repr=lambda v: "<files>" if v else "None")
    form: Mapping[str, Any] | None = None

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
    #: The answer to a :class:`Stream` step with a 2xx status: the open body, chunks of bytes as they arrive (an
    #: iterator, or an async iterator from the async runner; closing it closes the connection). None otherwise.
    body: Any = attrs.field(default=None, eq=False, repr=False)


@attrs.frozen
class Stream:
    """Send ``request`` and answer as soon as its head arrives: a :class:`Response` with the status and headers
    and, for a 2xx, the open ``body``, which the operation hands on (or closes). For an error status the runner
    reads the bounded body into ``content`` and closes the connection, so the answer is like a Request's."""

    request: Request

    @property
    def label(self) -> str:
        return self.request.label


@attrs.frozen
class Sleep:
    """Wait before a retry. When the wait would pass the call's deadline the runner throws ``error`` instead."""

    seconds: float
    error: LiteLLMError | None = None


#: Where a cache step goes: the client's capability cache, or the store of the running spend figure (``ledger``):
#: the client's cache when it is shared between processes (any adapter but ``InMemoryCache``), else one store for
#: the whole process, so every client of a key sees one figure (see ``_engine.ledger``).
CACHE = "cache"
SPEND = "spend"


@attrs.frozen
class CacheGetMany:
    """Read several keys at once (one MGET on Redis): the values in order, None for each miss; None for all
    when the cache fails or there is none."""

    keys: tuple[str, ...]
    store: str = CACHE


@attrs.frozen
class CacheSet:
    key: str
    value: Any
    ttl: float | None
    store: str = CACHE


@attrs.frozen
class CacheDelete:
    key: str
    store: str = CACHE


@attrs.frozen
class CacheIncr:
    """Add ``amount`` to the number under ``key`` in one atomic step (the adapter's ``incr``; without one, a read
    and a write), the entry living ``ttl`` more seconds: the new number, or None when the cache fails."""

    key: str
    amount: float
    ttl: float | None
    store: str = SPEND


@attrs.frozen
class Now:
    """The wall clock (seconds since the epoch), for an operation that stamps what it records."""


@attrs.frozen
class Shared:
    """Run ``fn(ctx, **args)`` once for all concurrent callers that ask the same thing; all receive its result.

    The flight's identity is derived here from everything that decides the answer: ``fn`` itself, every
    argument (which must therefore be plain JSON data), the proxy and the master key. ``credential`` is how
    ``fn`` authenticates (passed as ``credential=``) and is the one input left out: ``fn``'s contract is that
    any credential valid for ``args`` gets the same answer. When the leading run fails, is cancelled or is
    slower than a waiting caller's own bound, that caller runs ``fn`` itself.
    """

    fn: Callable[..., Op[Any]]
    args: Mapping[str, Any]
    credential: str | None = attrs.field(default=None, repr=lambda v: repr(mask(v)))

    def identity(self, ctx: Context) -> str:
        subject = [
            f"{self.fn.__module__}.{self.fn.__qualname__}",
            ctx.base_url,
            hashlib.sha256(ctx.master_key.encode()).hexdigest(),
            self.args,
        ]
        text = json.dumps(subject, sort_keys=True, separators=(",", ":"), allow_nan=False, default=_not_data)
        return hashlib.sha256(text.encode()).hexdigest()

    def start(self, ctx: Context) -> Op[Any]:
        if self.credential is None:
            return self.fn(ctx, **self.args)
        return self.fn(ctx, **self.args, credential=self.credential)


def _not_data(value: Any) -> Any:
    raise TypeError(f"a Shared argument must be JSON data, got {type(value).__name__}")


@attrs.frozen
class Undo:
    """Register ``action()`` (an operation) to run if this call fails or is abandoned; the runner answers with
    a handle for :class:`Forget`. Compensations run last-registered first, shielded from cancellation, within
    ``COMPENSATION_DEADLINE``; their own failures are logged, never raised over the call's error."""

    action: Callable[[], Op[Any]]
    #: What ``action`` does, for a log line; ``{key}`` in it stands for ``key``, masked when the line is made.
    template: str
    key: str | None = attrs.field(default=None, repr=lambda v: repr(mask(v)))

    @property
    def label(self) -> str:
        return self.template.format(key=mask(self.key)) if self.key is not None else self.template


@attrs.frozen
class Forget:
    """Drop the compensation registered under ``handle`` (what it would undo is gone or was handed over)."""

    handle: int


@attrs.frozen
class Advisory:
    """Run ``op`` for information only, inside the call (its deadline, its compensations): should it fail in any
    way an ``Exception`` can (a LiteLLMError, or whatever a user's transport or event hook raises), the failure is
    logged at DEBUG and the step answers None, so the call it rides on goes on. Cancellation and other
    ``BaseException``s still end the call."""

    op: Op[Any]
    label: str


@attrs.frozen
class Gather:
    """Run ``ops`` at the same time and answer their results in order, as a tuple, once all have ended.

    The first runs where the call runs (its thread, its task); the others concurrently: as tasks on the async
    runner, on the sync runner's small thread pool (``GATHER_THREADS``; when none of its threads is free, one after
    another in the caller's thread, so a nested or crowded gather is slower, never stuck). All share the call's
    deadline and compensations. When the first fails, its error is raised (the others are cancelled on the async
    runner, waited for on the sync one); else the first error of the others, in order. Wrap an operation whose
    failure must not fail the call in :class:`Advisory`.
    """

    ops: tuple[Op[Any], ...]


@attrs.frozen
class Context:
    """What an operation needs to know about its client (never the transport itself)."""

    base_url: str
    master_key: str = attrs.field(repr=lambda v: repr(mask(v)))
    retry: RetryPolicy = attrs.field(factory=RetryPolicy)
    capability_ttl: float = CAPABILITY_TTL
    #: How long a team's, user's or organisation's budget figures are reused by logins (seconds; ``SCOPE_TTL``).
    scope_ttl: float = SCOPE_TTL
    #: The master key's request headers, built once (httpx copies a Headers object cheaply; a dict it normalises).
    master_headers: httpx.Headers = attrs.field(init=False, repr=False, eq=False)

    _scope: str = attrs.field(init=False, repr=False, eq=False)

    def __attrs_post_init__(self) -> None:
        object.__setattr__(self, "master_headers", request_headers(self.master_key))
        object.__setattr__(self, "_scope", _scope_of(self.base_url))

    @property
    def secrets(self) -> tuple[str, ...]:
        return (self.master_key,)

    def cache_key(self, kind: str, name: str) -> str:
        """Versioned and scoped to the proxy, so two proxies sharing one Redis never mix entries."""
        return f"{self._scope}:{kind}:{name}"


USER_AGENT = f"litellm-sdk/{__version__} python-httpx/{httpx.__version__}"


def request_headers(token: str) -> httpx.Headers:
    """The headers of every request this SDK sends with ``token`` as its bearer."""
    return httpx.Headers({"Authorization": f"Bearer {token}", "Accept": "application/json", "User-Agent": USER_AGENT})


@functools.lru_cache(maxsize=64)
def _scope_of(base_url: str) -> str:
    return f"{CACHE_KEY_VERSION}:{hashlib.sha256(base_url.encode()).hexdigest()[:12]}"


def parse_json(response: Response, what: str | Request) -> Any:
    """The body of a 2xx response as JSON; a body that is not JSON raises InvalidResponseError.

    ``what`` names the request in the message (a Request: its label, made only when needed)."""
    if not response.content:
        return None
    try:
        if not looks_like_json(response.content):
            raise ValueError("not JSON")
        return json.loads(response.content)
    except (ValueError, RecursionError):
        name = what.label if isinstance(what, Request) else what
        raise InvalidResponseError(
            f"{name} answered {response.status} with a body that is not JSON",
            status=response.status,
            body=response.content[:200].decode("utf-8", "replace"),
        ) from None


_GONE: Any = object()


# --- the retried send: one loop, three rules ----------------------------------------------------------------


def may_have_acted(error: LiteLLMError) -> bool:
    """Whether the proxy may have done what the failed request asked: the request reached it and the answer was
    lost (a dropped connection or a timeout after sending) or it failed with a 5xx."""
    if isinstance(error, APIConnectionError):
        return error.request_sent
    return error.status is not None and error.status >= 500


def nothing_done(error: LiteLLMError) -> bool:
    """Whether the error proves the proxy did nothing: the connection was never opened (``request_sent`` False), a
    rate limit refused the request before it was processed (429 ``rate_limited``), or the proxy or its upstream was
    unavailable (503: LiteLLM has no deployment to send it to, or the provider refused it as overloaded)."""
    if isinstance(error, APIConnectionError):
        return not error.request_sent
    if isinstance(error, RateLimitError):
        return error.code == "rate_limited"
    return error.status == 503


def _always(error: LiteLLMError) -> bool:
    return True


def _never(error: LiteLLMError) -> bool:
    return False


@attrs.frozen
class Rule:
    """When :func:`send` sends a failed request again. Whether and when it does is then the context's
    ``RetryPolicy`` (retryable errors only, attempts left, backoff or ``Retry-After``), and the runner refuses a
    wait that would pass the call's deadline (the error is raised at once instead).

    ``resend``: whether a failure allows the same request again. ``lookup`` (create-safe): an operation that finds
    what a request whose answer was lost created (None: nothing); asked after a failure that may have reached the
    proxy (:func:`may_have_acted`) and after a conflict on a retry (our earlier attempt landed), what it finds is
    the result. ``undo`` (create-safe): registered before the first send, dropped when the call fails having
    proved nothing was created. ``gone``: the result when a retry meets 404 (a delete whose first attempt did it).
    """

    name: str
    resend: Callable[[LiteLLMError], bool] = attrs.field(repr=False)
    lookup: Callable[[], Op[Any]] | None = attrs.field(default=None, repr=False)
    undo: Undo | None = None
    gone: Any = attrs.field(default=_GONE, repr=False)


#: Reads and safe deletes: any retryable failure is sent again.
IDEMPOTENT = Rule("idempotent", _always)
#: Calls that cost money (chat, embeddings, images, audio): sent again only when the failure proves nothing was done.
NOTHING_DONE = Rule("nothing-done", nothing_done)
#: Sent once, whatever happens.
ONCE = Rule("once", _never)


def create_safe(lookup: Callable[[], Op[Any]], undo: Undo, *, resend: bool = True) -> Rule:
    """A create whose value the SDK chose (``POST /key/generate`` with its ``key``): after a failure that may have
    reached the proxy, ``lookup`` tells whether it was made; if not, the SAME request is sent again (a fresh value
    would leave two keys once the first insert lands). ``resend=False``: looked up, never sent again (a rotation)."""
    return Rule("create-safe", _always if resend else _never, lookup, undo)


def send(
    ctx: Context,
    request: Request,
    rule: Rule,
    *,
    stream: bool = False,
    read: Callable[[Response], Any] | None = None,
) -> Op[Any]:
    """Send ``request`` per ``rule`` (see :class:`Rule`) and return its 2xx :class:`Response`, or ``read`` of it
    (a ``read`` that raises a LiteLLMError fails the attempt like an error status); an error status raises the
    mapped LiteLLMError. ``stream``: the request goes as a :class:`Stream` step, and the 2xx Response holds the
    open ``body`` for the caller to read or close."""
    handle = (yield rule.undo) if rule.undo is not None else None
    step: Request | Stream = Stream(request) if stream else request
    retries = 0
    acted = False  # whether a failed attempt may have done something on the proxy
    while True:
        try:
            response: Response = yield step
            if response.status >= 400:
                raise error_from_response(
                    response.status,
                    response.headers,
                    response.content,
                    secrets=(*ctx.secrets, request.auth) if request.auth else ctx.secrets,
                )
            return response if read is None else read(response)
        except LiteLLMError as error:
            if rule.lookup is not None:
                # a refusal with a reason (bad duration, budget, licence ...) created nothing, whatever its status
                landed = error.retryable and may_have_acted(error)
                acted = acted or landed
                conflict = isinstance(error, ConflictError)
                if conflict and not retries:  # the value is taken, and not by us
                    if handle is not None:
                        yield Forget(handle)
                    raise
                if landed or conflict:
                    try:
                        found = yield from rule.lookup()
                    except LiteLLMError:
                        raise error from None
                    if found is not None:
                        log.info("%s failed (%s) after it took effect; using what it made", request.label, error.code)
                        return found
            elif retries and rule.gone is not _GONE and error.status == 404:
                return rule.gone
            delay = ctx.retry.delay(error, retries) if rule.resend(error) else None
            if delay is None:
                if handle is not None and not acted:
                    yield Forget(handle)
                raise
            retries += 1
            log.info(
                "retrying %s in %.2fs after %s (retry %d of %d)",
                request.label,
                delay,
                error.code,
                retries,
                ctx.retry.max_retries,
            )
            yield Sleep(delay, error)


def call(ctx: Context, request: Request, *, retry: bool | None = None, gone_on_retry: Any = _GONE) -> Op[Any]:
    """Send ``request`` and return its JSON body: retried as :data:`IDEMPOTENT` when the request is idempotent
    (or ``retry``), else sent :data:`ONCE`.

    ``gone_on_retry``: returned when a retry meets 404, for deletes whose first attempt may have succeeded
    before its answer was lost.
    """
    rule = IDEMPOTENT if (request.idempotent if retry is None else retry) else ONCE
    if gone_on_retry is not _GONE:
        rule = attrs.evolve(rule, gone=gone_on_retry)
    return send(ctx, request, rule, read=lambda response: parse_json(response, request))


def expect_mapping(body: Any, what: str) -> dict[str, Any]:
    if not isinstance(body, dict):
        raise InvalidResponseError(f"{what} returned {type(body).__name__}, expected a JSON object", body=body)
    return body


def answered(op: Op[T]) -> Op[tuple[T, Response | None]]:
    """Run ``op`` and return its result with the last :class:`Response` it received: the proxy's answer that an
    operation draws a conclusion from (a 404, or a 2xx saying "deleted"), for the error it then raises."""
    answer: Response | None = None
    value: Any = None
    error: LiteLLMError | None = None
    try:
        while True:
            try:
                step = op.throw(error) if error is not None else op.send(value)
            except StopIteration as stop:
                return stop.value, answer
            value, error = None, None
            try:
                value = yield step
            except LiteLLMError as exc:
                error = exc
            if isinstance(value, Response):
                answer = value
    finally:
        op.close()


_E = TypeVar("_E", bound=APIStatusError)


def carrying(error: _E, answer: Response | None) -> _E:
    """``error`` (an APIStatusError the SDK made) with the proxy's ``answer`` it was made from as its ``response``:
    a status error made from a proxy answer always carries it."""
    if answer is not None:
        error.http_response = http_response(answer.status, answer.headers, answer.content)
    return error
