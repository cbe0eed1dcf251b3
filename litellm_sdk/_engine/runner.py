"""What both runners share: everything that is not waiting.

:class:`Runner` drives sans-I/O operations (``steps``). It performs every step that needs no waiting itself:
building requests (URL and query, auth, timeouts), the call's time budget and its deadline checks, compensation
bookkeeping, bounded bodies, masked logs, the cache guard, shared flights and step dispatch. What must be waited
for it hands to its runner as a *wait*: a pair ``(method, argument)`` naming one of the runner's waiting methods
(``_exchange``, ``_open``, ``_read``, ``_sleep``, ``_land``, ``_await``, ``_compensate``, ``_gather``).
:class:`~litellm_sdk._engine.http.SyncRunner` performs them blocking and
:class:`~litellm_sdk._engine.async_runner.AsyncRunner` awaiting; each holds nothing else but ``run``, the loop that
performs the waits (``_complete``) and the open body of a stream (:class:`OpenBody`).

Failure rules: only httpx transport errors become ``APIConnectionError`` / ``APITimeoutError``; any other
exception (a user's event hook that raises, ``KeyboardInterrupt``, cancellation) propagates unchanged and is
never retried. Whenever a call ends by an exception, the compensations it registered (``Undo``) run first,
shielded from cancellation and bounded by ``COMPENSATION_DEADLINE``.

Shutdown: a runner counts the calls inside ``run``. ``close`` marks it closing: a new call is refused with
``ClientClosedError`` before it sends anything, and a call in flight raises ``ClientClosedError`` at its next step
that would talk to the proxy, wait or use the cache (an ``Advisory`` step is skipped), so its compensations run over
the still-open pool. ``close`` waits for the calls to drain, at most ``SHUTDOWN_GRACE + COMPENSATION_DEADLINE``,
then closes the pool; should a call still be running then (a request slower than that, on the wire), ``close``
returns and that call closes the pool once it has undone its work. A client (``http_client``) closed under a
runner gives ``ClientClosedError`` too, never httpx's ``RuntimeError``. The counting and the waiting are each
runner's; the steps a closing runner stops are decided here.
"""

from __future__ import annotations

import inspect
import logging
import threading
import time
from collections.abc import AsyncIterator, Callable, Generator, Iterator, Mapping
from typing import Any, ClassVar, TypeVar
from urllib.parse import urlencode

import httpx

from litellm_sdk._constants import (
    COMPENSATION_DEADLINE,
    COMPENSATION_TIMEOUT,
    MAX_RESPONSE_BYTES,
    SHUTDOWN_GRACE,
    URL_CACHE_SIZE,
)
from litellm_sdk._engine.deadline import Budget, CallSettings
from litellm_sdk._engine.ledger import spend_store
from litellm_sdk._engine.steps import (
    SPEND,
    Advisory,
    CacheDelete,
    CacheGetMany,
    CacheIncr,
    CacheSet,
    Context,
    Forget,
    Gather,
    Now,
    Op,
    Request,
    Response,
    Shared,
    Sleep,
    Stream,
    T,
    Undo,
    log,
    request_headers,
)
from litellm_sdk._redact import redact_json, scrub
from litellm_sdk.errors import (
    APIConnectionError,
    APITimeoutError,
    ClientClosedError,
    InvalidResponseError,
    LiteLLMError,
)

R = TypeVar("R", bound="Runner")
#: What the core yields to its runner: one of the runner's waiting methods and its argument.
Wait = tuple[Callable[[Any], Any], Any]
#: The core's work on a call: a generator of waits that returns the call's result.
Work = Generator[Wait, Any, T]


def _headers(ctx: Context, request: Request, preset: str | None) -> httpx.Headers | dict[str, str] | None:
    """The headers to add to the client's own. ``preset``: the bearer token an SDK-made client already sends
    (with our Accept and User-Agent), so a request with that token adds nothing and another adds only its
    Authorization; httpx's header merge is a large part of a request's cost. A user's client gets all three."""
    if preset is not None:
        token = request.auth or ctx.master_key
        return None if token == preset else {"Authorization": f"Bearer {token}"}
    if request.auth is None:
        return ctx.master_headers
    return request_headers(request.auth)


def encode_query(params: Mapping[str, Any]) -> str:
    """``params`` as the query string httpx would make of them (``True`` -> ``true``, ``None`` -> empty, a
    list -> the name repeated), so a request's URL is parsed once instead of once more for its params."""
    items = []
    for name, value in params.items():
        for item in value if isinstance(value, (list, tuple)) else (value,):
            items.append((str(name), _query_value(item)))
    return urlencode(items)


def _query_value(item: Any) -> str:
    if item is True:
        return "true"
    if item is False:
        return "false"
    return "" if item is None else str(item)


def _plain(response: httpx.Response) -> bool:
    """Whether the body is still unread and comes as sent (no content-encoding): then its raw bytes are its
    bytes, and reading them skips httpx's decoder layer for every chunk. (An event hook may have read it.)"""
    if response.is_stream_consumed:
        return False
    encoding = response.headers.get("content-encoding")
    return not encoding or encoding.strip().lower() == "identity"


def body_chunks(response: httpx.Response) -> Iterator[bytes]:
    return response.iter_raw() if _plain(response) else response.iter_bytes()


def abody_chunks(response: httpx.Response) -> AsyncIterator[bytes]:
    return response.aiter_raw() if _plain(response) else response.aiter_bytes()


def transport_error(exc: httpx.RequestError, ctx: Context, request: Request) -> LiteLLMError:
    """A request error of httpx as a LiteLLMError: transport failures may be retried, the rest may not."""
    where = f"{request.label} at {ctx.base_url}"
    detail = scrub(str(exc) or type(exc).__name__, (*ctx.secrets, request.auth or ""))
    if not isinstance(exc, httpx.TransportError):  # DecodingError, TooManyRedirects: the answer, not the wire
        return InvalidResponseError(f"{where}: {type(exc).__name__}: {detail}", retryable=False)
    sent = not isinstance(exc, (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout))
    if isinstance(exc, httpx.TimeoutException):
        return APITimeoutError(f"{where} timed out ({type(exc).__name__}: {detail})", request_sent=sent)
    return APIConnectionError(f"{where} failed: {type(exc).__name__}: {detail}", request_sent=sent)


class BoundedBody:
    """Collects a response body, refusing one larger than ``MAX_RESPONSE_BYTES`` before it is all in memory."""

    def __init__(self, request: Request, response: httpx.Response) -> None:
        self.request = request
        self.chunks: list[bytes] = []
        self.size = 0
        declared = response.headers.get("content-length")
        if declared and declared.isdigit() and int(declared) > MAX_RESPONSE_BYTES:
            raise self._too_large()

    def add(self, chunk: bytes) -> None:
        self.size += len(chunk)
        if self.size > MAX_RESPONSE_BYTES:
            raise self._too_large()
        self.chunks.append(chunk)

    def content(self) -> bytes:
        return self.chunks[0] if len(self.chunks) == 1 else b"".join(self.chunks)

    def _too_large(self) -> LiteLLMError:
        return LiteLLMError(
            f"{self.request.label} returned more than {MAX_RESPONSE_BYTES} bytes; refused",
            code="response_too_large",
            retryable=False,
        )


class Exchange:
    """One request on the wire, as a runner's waiting methods need it: ``_open`` sends ``http`` and sets
    ``response`` (its head); ``_read`` reads its body, bounded, and closes it; ``_exchange`` is both."""

    __slots__ = ("budget", "ctx", "http", "request", "response", "stoppable")

    def __init__(self, call: Call, http: httpx.Request, request: Request) -> None:
        self.ctx = call.ctx
        self.budget = call.budget
        self.stoppable = call.stoppable
        self.http = http
        self.request = request
        self.response: httpx.Response = None  # type: ignore[assignment]  # set by _open

    def bounded(self) -> BoundedBody:
        return BoundedBody(self.request, self.response)

    def failed(self, exc: httpx.RequestError) -> LiteLLMError:
        return transport_error(exc, self.ctx, self.request)


def _log_request(request: Request) -> None:
    if log.isEnabledFor(logging.DEBUG):
        log.debug(
            "request %s params=%s json=%s auth=%s",
            request.label,
            redact_json(dict(request.params or {})),
            redact_json(request.json),
            "virtual-key" if request.auth else "master-key",
        )


def _log_response(request: Request, response: Response) -> None:
    if log.isEnabledFor(logging.DEBUG):
        log.debug(
            "response %s -> %d (%d bytes, %.1f ms)",
            request.label,
            response.status,
            len(response.content),
            response.elapsed * 1000,
        )


class CacheGuard:
    """Calls a cache, turning any failure into a miss and logging the first one (a cache is only an aid)."""

    def __init__(self, cache: Any) -> None:
        self.cache = cache
        self.is_async = cache is not None and inspect.iscoroutinefunction(getattr(cache, "get", None))
        self._warned = False

    def failed(self, exc: BaseException) -> None:
        if not self._warned:
            self._warned = True
            log.warning("cache %r failed (%s: %s); continuing without it", self.cache, type(exc).__name__, exc)
        else:
            log.debug("cache still failing: %s", type(exc).__name__)

    def recovered(self) -> None:
        if self._warned:
            self._warned = False
            log.info("cache %r is working again", self.cache)


class Call:
    """One SDK call in progress: its time budget and the compensations it registered. ``stoppable``: closing the
    client stops it at its next step (every call but a compensation, which must finish)."""

    __slots__ = ("budget", "ctx", "next_handle", "stoppable", "undo")

    def __init__(self, ctx: Context, settings: CallSettings, *, stoppable: bool = True) -> None:
        self.ctx = ctx
        self.budget = Budget(settings)
        self.undo: dict[int, Undo] = {}
        self.next_handle = 0
        self.stoppable = stoppable

    def register(self, step: Undo) -> int:
        self.next_handle += 1
        self.undo[self.next_handle] = step
        return self.next_handle

    def compensations(self) -> list[Undo]:
        """Registered compensations, last first; each is handed out once."""
        pending = list(reversed(self.undo.values()))
        self.undo.clear()
        return pending


def closed_error(what: str) -> ClientClosedError:
    return ClientClosedError(f"{what}: the client was closed")


def compensation_settings(settings: CallSettings) -> CallSettings:
    timeout = settings.timeout
    return CallSettings(
        httpx.Timeout(
            connect=min(timeout.connect or COMPENSATION_TIMEOUT, COMPENSATION_TIMEOUT),
            read=min(timeout.read or COMPENSATION_TIMEOUT, COMPENSATION_TIMEOUT),
            write=min(timeout.write or COMPENSATION_TIMEOUT, COMPENSATION_TIMEOUT),
            pool=min(timeout.pool or COMPENSATION_TIMEOUT, COMPENSATION_TIMEOUT),
        ),
        COMPENSATION_DEADLINE,
    )


def own_client(token: str, timeout: httpx.Timeout, **options: Any) -> dict[str, Any]:
    """Keyword arguments for the ``httpx.Client``/``AsyncClient`` a runner makes for itself (``owning``): its
    default headers are this token's."""
    return {"timeout": timeout, "headers": request_headers(token), **options}


class OpenBody:
    """The open body of a streamed 2xx answer: ``chunks`` yields its bytes as they arrive (once), transport errors
    mapped; the runner's subclass closes it (``close()`` or ``await aclose()``), read or not: a generator never
    started would not run its ``finally``."""

    __slots__ = ("chunks", "response")

    def __init__(self, x: Exchange) -> None:
        self.response = x.response
        self.chunks = self._mapped(x)

    def _mapped(self, x: Exchange) -> Any:
        raise NotImplementedError


class Flight:
    """A shared flight: its leader's result once ``done`` (a ``threading.Event`` or an ``asyncio.Event``) is set."""

    __slots__ = ("done", "ok", "result")

    def __init__(self, done: Any) -> None:
        self.done = done
        self.ok = False
        self.result: Any = None


_CACHE_STEPS = (CacheGetMany, CacheSet, CacheDelete, CacheIncr)
#: Serialises the read-and-write ``incr`` of a synchronous cache that has no ``incr`` of its own, within a process.
_INCR_LOCK = threading.Lock()


async def _get_each(cache: Any, keys: tuple[str, ...]) -> list[Any]:
    return [await cache.get(key) for key in keys]


def _number(value: Any) -> float:
    return float(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else 0.0


def _incr_by_get_set(cache: Any, step: CacheIncr) -> float:
    """``incr`` for a synchronous cache without one: a read and a write, atomic only within this process."""
    with _INCR_LOCK:
        total = _number(cache.get(step.key)) + step.amount
        cache.set(step.key, total, step.ttl)
    return total


async def _aincr_by_get_set(cache: Any, step: CacheIncr) -> float:
    """``incr`` for an async cache without one: a read and a write (two tasks adding at once may lose one)."""
    total = _number(await cache.get(step.key)) + step.amount
    await cache.set(step.key, total, step.ttl)
    return total


class Runner:
    """The core of both runners (see the module docstring); a runner adds its waiting methods and ``run``."""

    #: The name of the httpx client class a runner makes for itself (:meth:`owning`; looked up on ``httpx`` then,
    #: as a user's instrumentation may wrap it), and its options beyond headers and timeout.
    _http: ClassVar[str]
    _http_options: ClassVar[Mapping[str, Any]] = {}

    def __init__(
        self, client: httpx.Client | httpx.AsyncClient, cache: Any, *, preset_token: str | None = None
    ) -> None:
        self.client = client
        #: The bearer token the client sends by default (a client the SDK made with :func:`own_client`), else None.
        self.preset_token = preset_token
        self.cache = CacheGuard(cache)
        #: Where the running spend figure lives: ``cache`` when it is shared between processes, else the process's
        #: own store (``_engine.ledger.spend_store``).
        self.spend = CacheGuard(spend_store(cache))
        #: Parsed URLs of the requests without a query, by their text: httpx's URL parser is pure Python and a
        #: large part of a request's cost, and these URLs are the same at every call.
        self._urls: dict[str, httpx.URL] = {}
        self._flights: dict[str, Flight] = {}
        self._lock = threading.Lock()
        #: Calls inside ``run`` now (``close`` waits for them), and whether ``close`` has begun (see the module doc).
        self.active = 0
        self.closing = False
        #: ``close`` stopped waiting while calls still ran: the last of them closes the pool.
        self._close_pool_when_idle = False

    @classmethod
    def owning(cls: type[R], token: str, timeout: httpx.Timeout, cache: Any) -> R:
        """A runner over an httpx client of its own whose default headers are ``token``'s."""
        client = getattr(httpx, cls._http)(**own_client(token, timeout, **cls._http_options))
        return cls(client, cache, preset_token=token)

    # --- shutdown: what both runners decide alike ----------------------------------------------------------------

    def _refuse_if_closed(self) -> None:
        if self.closing or self.client.is_closed:
            raise closed_error("not sent")

    @staticmethod
    def _shutdown_waits() -> tuple[float, float]:
        """``close``'s two waits: for requests on the wire, then for the compensations (read from this module at
        each close, so a test can shorten them)."""
        return SHUTDOWN_GRACE, COMPENSATION_DEADLINE

    def _still_running(self) -> None:
        log.warning(
            "closing the client with %d call(s) still running after %.0fs; the last of them closes its connections",
            self.active,
            sum(self._shutdown_waits()),
        )

    @staticmethod
    def _skip_when_closing(step: Any) -> bool:
        """A step of a stoppable call met while closing: True to answer it with None unperformed (an ``Advisory``:
        information only), False to perform it (bookkeeping); any other step raises ClientClosedError."""
        if isinstance(step, (Undo, Forget)):
            return False
        if isinstance(step, Advisory):
            return True
        raise closed_error(f"{step.label} not sent" if isinstance(step, (Request, Stream)) else "stopped")

    # --- the waits: each runner performs these, blocking or awaiting --------------------------------------------

    #: A new event for a shared flight (``threading.Event`` or ``asyncio.Event``).
    _event: Callable[[], Any]

    def _exchange(self, x: Exchange) -> Any:
        """Send ``x.http`` and read its body (``_open`` then ``_read``): the body's bytes."""
        raise NotImplementedError

    def _open(self, x: Exchange) -> Any:
        """Send ``x.http`` and wait for its head: ``x.response``, its body unread."""
        raise NotImplementedError

    def _read(self, x: Exchange) -> Any:
        """Read the body of ``x.response`` (bounded; within the call's deadline) and close it: the bytes."""
        raise NotImplementedError

    def _sleep(self, wait: tuple[float, bool]) -> Any:
        """Wait ``seconds`` before a retry; ``close`` ends the wait of a ``stoppable`` call early."""
        raise NotImplementedError

    def _land(self, wait: tuple[Any, float | None]) -> Any:
        """Wait for a flight's ``done`` event for at most ``bound`` seconds (None: no bound): whether it is set."""
        raise NotImplementedError

    def _await(self, awaitable: Any) -> Any:
        """An async cache's answer (the async runner only)."""
        raise NotImplementedError

    def _compensate(self, call: Call) -> Any:
        """Run :meth:`_undo_all` for ``call``, shielded from cancellation."""
        raise NotImplementedError

    def _gather(self, wait: tuple[Call, tuple[Op[Any], ...]]) -> Any:
        """Drive each operation of a ``Gather`` (``_drive``) at the same time: their results in order, as a tuple;
        the first operation's error, else the first of the others in order (see ``steps.Gather``)."""
        raise NotImplementedError

    #: The open body of a streamed 2xx ``x.response`` (an :class:`OpenBody` of the runner's kind).
    _body: Callable[[Exchange], OpenBody]

    # --- the core -----------------------------------------------------------------------------------------------

    def _url(self, ctx: Context, request: Request) -> tuple[httpx.URL | str, dict[str, Any] | None]:
        """The request's URL, and the params left for httpx to merge (only when the client has its own)."""
        text = ctx.base_url + request.path
        if request.params:
            if self.client.params:  # httpx merges the client's params with ours, in its own order
                return text, dict(request.params)
            return f"{text}?{encode_query(request.params)}", None
        url = self._urls.get(text)
        if url is None:
            if len(self._urls) >= URL_CACHE_SIZE:
                self._urls.clear()
            url = self._urls[text] = httpx.URL(text)
        return url, None

    def _build(self, ctx: Context, request: Request, timeout: dict[str, float | None]) -> httpx.Request:
        url, params = self._url(ctx, request)
        return self.client.build_request(
            request.method,
            url,
            params=params,
            json=request.json,
            files=dict(request.files) if request.files else None,
            data=dict(request.form) if request.form else None,
            headers=_headers(ctx, request, self.preset_token),
            extensions={"timeout": timeout},
        )

    def _call(self, call: Call, op: Op[T]) -> Work[T]:
        """A whole call: ``op`` driven to its end; should it end by any exception, the compensations it registered
        run first (the runner's ``_compensate``), then the exception goes on."""
        try:
            return (yield from self._drive(call, op))
        except BaseException:
            if call.undo:
                yield self._compensate, call
            raise

    def _drive(self, call: Call, op: Op[T]) -> Work[T]:
        """Run ``op`` to its end: each step performed (or handed to the runner as a wait), its LiteLLMError thrown
        into the operation; any other exception ends it (the operation is closed either way)."""
        value: Any = None
        error: LiteLLMError | None = None
        try:
            while True:
                try:
                    step = op.throw(error) if error is not None else op.send(value)
                except StopIteration as stop:
                    result: T = stop.value
                    return result
                value, error = None, None
                if self.closing and call.stoppable and self._skip_when_closing(step):
                    continue
                try:
                    if isinstance(step, Request):
                        value = yield from self._fetch(call, step)
                    elif isinstance(step, Undo):
                        value = call.register(step)
                    elif isinstance(step, Forget):
                        call.undo.pop(step.handle, None)
                    else:
                        value = yield from self._perform(call, step)
                except ClientClosedError:
                    raise  # the call stops: its operation may not catch this and go on
                except LiteLLMError as exc:
                    error = exc
        finally:
            op.close()

    def _perform(self, call: Call, step: Any) -> Work[Any]:
        if isinstance(step, Stream):
            return (yield from self._stream(call, step.request))
        if isinstance(step, Sleep):
            if step.error is not None and not call.budget.fits(step.seconds):
                raise step.error  # the wait would pass the deadline: the error it would retry is the answer
            yield self._sleep, (step.seconds, call.stoppable)
            return None
        if isinstance(step, Shared):
            return (yield from self._shared(call, step))
        if isinstance(step, Gather):
            return (yield self._gather, (call, step.ops))
        if isinstance(step, _CACHE_STEPS):
            return (yield from self._cache(step))
        if isinstance(step, Now):
            return time.time()
        if isinstance(step, Advisory):
            try:
                return (yield from self._drive(call, step.op))
            except Exception as exc:
                detail = scrub(str(exc), call.ctx.secrets)  # a user's exception may quote the request, headers and all
                log.debug("could not %s (%s: %s); going on without it", step.label, type(exc).__name__, detail)
                return None
        raise TypeError(f"unknown step {step!r}")

    def _fetch(self, call: Call, request: Request) -> Work[Response]:
        ctx = call.ctx
        timeout = call.budget.timeout_for(request)
        _log_request(request)
        started = time.perf_counter()
        try:
            x = Exchange(call, self._build(ctx, request, timeout), request)
            content = yield self._exchange, x
        except httpx.RequestError as exc:
            raise transport_error(exc, ctx, request) from None
        except RuntimeError:
            if self.client.is_closed:  # httpx: "Cannot send a request, as the client has been closed"
                raise closed_error(f"{request.label} not sent") from None
            raise
        response = Response(x.response.status_code, x.response.headers, content, time.perf_counter() - started)
        _log_response(request, response)
        return response

    def _stream(self, call: Call, request: Request) -> Work[Response]:
        """The :class:`Stream` step: the head as soon as it arrives; an error's bounded body, read and closed."""
        ctx = call.ctx
        timeout = call.budget.timeout_for(request)
        _log_request(request)
        started = time.perf_counter()
        try:
            x = Exchange(call, self._build(ctx, request, timeout), request)
            head = yield self._open, x
            failed = head.status_code >= 400
            content = (yield self._read, x) if failed else b""
        except httpx.RequestError as exc:
            raise transport_error(exc, ctx, request) from None
        except RuntimeError:
            if self.client.is_closed:  # httpx: "Cannot send a request, as the client has been closed"
                raise closed_error(f"{request.label} not sent") from None
            raise
        body = None if failed else self._body(x)
        response = Response(head.status_code, head.headers, content, time.perf_counter() - started, body)
        _log_response(request, response)
        return response

    def _cache(self, step: Any) -> Work[Any]:
        guard = self.spend if step.store == SPEND else self.cache
        cache = guard.cache
        if cache is None:
            return None
        try:
            if isinstance(step, CacheGetMany):
                many = getattr(cache, "get_many", None)
                if many is not None:
                    value = many(step.keys)
                elif guard.is_async:
                    value = _get_each(cache, step.keys)
                else:
                    value = [cache.get(key) for key in step.keys]
            elif isinstance(step, CacheSet):
                value = cache.set(step.key, step.value, step.ttl)
            elif isinstance(step, CacheIncr):
                incr = getattr(cache, "incr", None)
                if incr is not None:
                    value = incr(step.key, step.amount, step.ttl)
                elif guard.is_async:
                    value = _aincr_by_get_set(cache, step)
                else:
                    value = _incr_by_get_set(cache, step)
            else:
                value = cache.delete(step.key)
            if guard.is_async:
                value = yield self._await, value
        except Exception as exc:
            guard.failed(exc)
            return None
        guard.recovered()
        return value

    def _shared(self, call: Call, step: Shared) -> Work[Any]:
        """Run the flight ``step`` names once for all who ask it meanwhile; a follower waits at most its bound
        (``Budget.wait_bound``), and runs it itself when the leader failed or is too slow."""
        identity = step.identity(call.ctx)
        with self._lock:
            flight = self._flights.get(identity)
            leader = flight is None
            if flight is None:
                flight = self._flights[identity] = Flight(self._event())
        if leader:
            try:
                flight.result = yield from self._drive(call, step.start(call.ctx))
                flight.ok = True
                return flight.result
            finally:
                with self._lock:
                    if self._flights.get(identity) is flight:
                        del self._flights[identity]
                flight.done.set()
        if (yield self._land, (flight.done, call.budget.wait_bound())) and flight.ok:
            return flight.result
        return (yield from self._drive(call, step.start(call.ctx)))

    def _undo_all(self, call: Call) -> Work[None]:
        """Run ``call``'s compensations, last first, within their own bounds; each failure logged, never raised."""
        undo_call = Call(call.ctx, compensation_settings(call.budget.settings), stoppable=False)
        for undo in call.compensations():
            try:
                yield from self._drive(undo_call, undo.action())
            except Exception as exc:
                log.warning("could not %s after the call failed: %s: %s", undo.label, type(exc).__name__, exc)
