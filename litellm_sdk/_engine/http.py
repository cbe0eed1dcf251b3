"""The one place that sends: builds requests (URL and query, auth, timeouts), reads bounded bodies, logs with
masking, and runs sans-I/O operations (``steps``) either blocking (:class:`SyncRunner`) or awaiting
(:class:`~litellm_sdk._engine.async_runner.AsyncRunner`, kept apart so sync users never import asyncio). Both share
:class:`_Runner` for everything that is not I/O: request building, the call's time budget, its compensations,
step dispatch and the cache guard.

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
runner gives ``ClientClosedError`` too, never httpx's ``RuntimeError``.
"""

from __future__ import annotations

import contextvars
import inspect
import logging
import threading
import time
from collections.abc import AsyncIterator, Generator, Iterator, Mapping
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any
from urllib.parse import urlencode

import httpx

from litellm_sdk._constants import (
    COMPENSATION_DEADLINE,
    COMPENSATION_TIMEOUT,
    GATHER_THREADS,
    MAX_RESPONSE_BYTES,
    SHUTDOWN_GRACE,
    URL_CACHE_SIZE,
)
from litellm_sdk._engine.deadline import Budget, CallSettings
from litellm_sdk._engine.steps import (
    Advisory,
    CacheDelete,
    CacheGetMany,
    CacheSet,
    Context,
    Forget,
    Gather,
    Op,
    Request,
    Response,
    Shared,
    Sleep,
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


def _transport_error(exc: httpx.RequestError, ctx: Context, request: Request) -> LiteLLMError:
    """A request error of httpx as a LiteLLMError: transport failures may be retried, the rest may not."""
    where = f"{request.label} at {ctx.base_url}"
    detail = scrub(str(exc) or type(exc).__name__, (*ctx.secrets, request.auth or ""))
    if not isinstance(exc, httpx.TransportError):  # DecodingError, TooManyRedirects: the answer, not the wire
        return InvalidResponseError(f"{where}: {type(exc).__name__}: {detail}", retryable=False)
    sent = not isinstance(exc, (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout))
    if isinstance(exc, httpx.TimeoutException):
        return APITimeoutError(f"{where} timed out ({type(exc).__name__}: {detail})", request_sent=sent)
    return APIConnectionError(f"{where} failed: {type(exc).__name__}: {detail}", request_sent=sent)


class _BoundedBody:
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


class _CacheGuard:
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


class _Call:
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


def _compensation_settings(settings: CallSettings) -> CallSettings:
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


def _advisory_failed(ctx: Context, step: Advisory, exc: Exception) -> None:
    detail = scrub(str(exc), ctx.secrets)  # a user's exception may quote the request, headers and all
    log.debug("could not %s (%s: %s); going on without it", step.label, type(exc).__name__, detail)


def _compensation_failed(undo: Undo, exc: BaseException) -> None:
    log.warning("could not %s after the call failed: %s: %s", undo.label, type(exc).__name__, exc)


def own_client(token: str, timeout: httpx.Timeout, **options: Any) -> dict[str, Any]:
    """Keyword arguments for the ``httpx.Client``/``AsyncClient`` a runner makes for itself (``owning``): its
    default headers are this token's."""
    return {"timeout": timeout, "headers": request_headers(token), **options}


class _Runner:
    """What both runners share: request building and step bookkeeping, none of which does I/O."""

    def __init__(self, client: httpx.Client | httpx.AsyncClient, cache: Any, preset_token: str | None) -> None:
        self.client = client
        #: The bearer token the client sends by default (a client the SDK made with :func:`own_client`), else None.
        self.preset_token = preset_token
        self.cache = _CacheGuard(cache)
        #: Parsed URLs of the requests without a query, by their text: httpx's URL parser is pure Python and a
        #: large part of a request's cost, and these URLs are the same at every call.
        self._urls: dict[str, httpx.URL] = {}
        #: Calls inside ``run`` now (``close`` waits for them), and whether ``close`` has begun (see the module doc).
        self.active = 0
        self.closing = False
        #: ``close`` stopped waiting while calls still ran: the last of them closes the pool.
        self._close_pool_when_idle = False

    def _refuse_if_closed(self) -> None:
        if self.closing or self.client.is_closed:
            raise closed_error("not sent")

    @staticmethod
    def _shutdown_waits() -> tuple[float, float]:
        """``close``'s two waits: for requests on the wire, then for the compensations (read from the module at each
        close, so a test can shorten them)."""
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
        raise closed_error(f"{step.label} not sent" if isinstance(step, Request) else "stopped")

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

    def _bookkeeping(self, call: _Call, step: Any) -> Any:
        """Perform a step that needs no I/O; ``_NOT_MINE`` for the rest."""
        if isinstance(step, Undo):
            return call.register(step)
        if isinstance(step, Forget):
            call.undo.pop(step.handle, None)
            return None
        return _NOT_MINE

    @staticmethod
    def _sleep_or_raise(call: _Call, step: Sleep) -> None:
        if step.error is not None and not call.budget.fits(step.seconds):
            raise step.error

    def _cache_call(self, step: Any) -> Any:
        """Call the cache for ``step``; for an async cache this returns the coroutine to await."""
        cache = self.cache.cache
        if isinstance(step, CacheGetMany):
            many = getattr(cache, "get_many", None)
            if many is not None:
                return many(step.keys)
            if self.cache.is_async:
                return _get_each(cache, step.keys)
            return [cache.get(key) for key in step.keys]
        if isinstance(step, CacheSet):
            return cache.set(step.key, step.value, step.ttl)
        return cache.delete(step.key)


_NOT_MINE = object()
_CACHE_STEPS = (CacheGetMany, CacheSet, CacheDelete)


async def _get_each(cache: Any, keys: tuple[str, ...]) -> list[Any]:
    return [await cache.get(key) for key in keys]


class _Flight:
    __slots__ = ("done", "ok", "result")

    def __init__(self) -> None:
        self.done = threading.Event()
        self.ok = False
        self.result: Any = None


class SyncRunner(_Runner):
    """Runs operations with blocking I/O over one ``httpx.Client``; safe to share between threads."""

    client: httpx.Client

    def __init__(self, client: httpx.Client, cache: Any, *, preset_token: str | None = None) -> None:
        super().__init__(client, cache, preset_token)
        self._flights: dict[str, _Flight] = {}
        self._lock = threading.Lock()
        #: Guards ``active`` and ``closing``; notified when the last call leaves a closing runner.
        self._state = threading.Condition(threading.Lock())
        #: Set by ``close``: a call waiting before a retry wakes up (and stops at its next step).
        self._wake = threading.Event()
        #: The pool for Gather's sub-operations, made at the first one; a slot per thread, so a sub-operation only
        #: goes to the pool when a thread is free for it (else it runs in the caller's thread: never stuck).
        self._pool: ThreadPoolExecutor | None = None
        self._slots = threading.BoundedSemaphore(GATHER_THREADS)

    @classmethod
    def owning(cls, token: str, timeout: httpx.Timeout, cache: Any) -> SyncRunner:
        """A runner over an ``httpx.Client`` of its own whose default headers are ``token``'s."""
        return cls(httpx.Client(**own_client(token, timeout)), cache, preset_token=token)

    def run(self, ctx: Context, op: Op[T], settings: CallSettings) -> T:
        with self._state:
            self._refuse_if_closed()
            self.active += 1
        call = _Call(ctx, settings)
        try:
            return self._drive(call, op)
        except BaseException:
            if call.undo:
                self._compensate(call, settings)
            raise
        finally:
            self._leave()

    def _leave(self) -> None:
        with self._state:
            self.active -= 1
            if self.active or not self.closing:
                return
            self._state.notify_all()
            close_pool, self._close_pool_when_idle = self._close_pool_when_idle, False
        if close_pool:
            self.client.close()

    def _drive(self, call: _Call, op: Op[T]) -> T:
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
                    value = self._perform(call, step)
                except ClientClosedError:
                    raise  # the call stops: its operation may not catch this and go on
                except LiteLLMError as exc:
                    error = exc
        finally:
            op.close()

    def _perform(self, call: _Call, step: Any) -> Any:
        if isinstance(step, Request):
            return self.send(call, step)
        if isinstance(step, Sleep):
            self._sleep_or_raise(call, step)
            self._wake.wait(step.seconds)  # close() wakes it
            return None
        if isinstance(step, Shared):
            return self._shared(call, step)
        if isinstance(step, _CACHE_STEPS):
            return self._cache(step)
        if isinstance(step, Advisory):
            try:
                return self._drive(call, step.op)
            except Exception as exc:
                _advisory_failed(call.ctx, step, exc)
                return None
        if isinstance(step, Gather):
            return self._gather(call, step.ops)
        done = self._bookkeeping(call, step)
        if done is _NOT_MINE:
            raise TypeError(f"unknown step {step!r}")
        return done

    def _gather(self, call: _Call, ops: tuple[Op[Any], ...]) -> tuple[Any, ...]:
        """``Gather``: the first operation here, the others on the pool (or after it, here, when no thread is free)."""
        results: list[Any] = [None] * len(ops)
        errors: dict[int, Exception] = {}
        offloaded: list[tuple[int, Future[Any]]] = []
        here: list[int] = []
        for index in range(1, len(ops)):
            future = self._offload(call, ops[index])
            if future is None:
                here.append(index)
            else:
                offloaded.append((index, future))
        try:
            for index in (0, *here):
                if 0 in errors:  # the call fails: what has not started never will
                    ops[index].close()
                    continue
                try:
                    results[index] = self._drive(call, ops[index])
                except Exception as exc:
                    errors[index] = exc
        except BaseException:  # interrupted: the offloaded ones finish on their own, the rest never start
            for index in here:
                ops[index].close()
            raise
        for index, future in offloaded:
            try:
                results[index] = future.result()
            except Exception as exc:
                errors[index] = exc
        if errors:
            raise errors[min(errors)]
        return tuple(results)

    def _offload(self, call: _Call, op: Op[Any]) -> Future[Any] | None:
        """Run ``op`` on a free thread of the pool (with the caller's context variables); None when none is free."""
        if self.closing or not self._slots.acquire(blocking=False):
            return None
        try:
            with self._lock:
                if self._pool is None:
                    self._pool = ThreadPoolExecutor(GATHER_THREADS, thread_name_prefix="litellm-sdk-gather")
                pool = self._pool
            return pool.submit(_in_slot, self._slots, contextvars.copy_context(), self._drive, call, op)
        except RuntimeError:  # the pool was shut down (the client is closing): run it here instead
            self._slots.release()
            return None

    def send(self, call: _Call, request: Request) -> Response:
        ctx = call.ctx
        timeout = call.budget.timeout_for(request)
        _log_request(request)
        started = time.perf_counter()
        try:
            http_request = self._build(ctx, request, timeout)
            http_response = self.client.send(http_request, stream=True)
            try:
                body = _BoundedBody(request, http_response)
                for chunk in body_chunks(http_response):
                    body.add(chunk)
                    call.budget.check(request)
            finally:
                http_response.close()
        except httpx.RequestError as exc:
            raise _transport_error(exc, ctx, request) from None
        except RuntimeError:
            if self.client.is_closed:  # httpx: "Cannot send a request, as the client has been closed"
                raise closed_error(f"{request.label} not sent") from None
            raise
        response = Response(
            http_response.status_code, http_response.headers, body.content(), time.perf_counter() - started
        )
        _log_response(request, response)
        return response

    def stream(self, ctx: Context, request: Request, settings: CallSettings) -> Generator[Response | bytes, None, None]:
        """Send one request and yield its answer as it arrives: first a :class:`Response` with the status and
        headers (for an error status, with the whole bounded body, and nothing after it), then the body's chunks.
        Not retried here. Closing the iterator (or leaving it) closes the connection."""
        self._refuse_if_closed()
        call = _Call(ctx, settings)
        timeout = call.budget.timeout_for(request)
        _log_request(request)
        started = time.perf_counter()
        try:
            http_response = self.client.send(self._build(ctx, request, timeout), stream=True)
        except httpx.RequestError as exc:
            raise _transport_error(exc, ctx, request) from None
        except RuntimeError:
            if self.client.is_closed:
                raise closed_error(f"{request.label} not sent") from None
            raise
        try:
            chunks = body_chunks(http_response)
            content = b""
            if http_response.status_code >= 400:
                body = _BoundedBody(request, http_response)
                for chunk in _mapped(chunks, ctx, request):
                    body.add(chunk)
                content = body.content()
            response = Response(
                http_response.status_code, http_response.headers, content, time.perf_counter() - started
            )
            _log_response(request, response)
            yield response
            if http_response.status_code < 400:
                yield from _mapped(chunks, ctx, request)
        finally:
            http_response.close()

    def _cache(self, step: Any) -> Any:
        if self.cache.cache is None:
            return None
        try:
            value = self._cache_call(step)
        except Exception as exc:
            self.cache.failed(exc)
            return None
        self.cache.recovered()
        return value

    def _shared(self, call: _Call, step: Shared) -> Any:
        identity = step.identity(call.ctx)
        with self._lock:
            flight = self._flights.get(identity)
            leader = flight is None
            if flight is None:
                flight = self._flights[identity] = _Flight()
        if leader:
            try:
                flight.result = self._drive(call, step.start(call.ctx))
                flight.ok = True
                return flight.result
            finally:
                with self._lock:
                    if self._flights.get(identity) is flight:
                        del self._flights[identity]
                flight.done.set()
        if flight.done.wait(call.budget.wait_bound()) and flight.ok:
            return flight.result
        return self._drive(call, step.start(call.ctx))

    def _compensate(self, call: _Call, settings: CallSettings) -> None:
        undo_call = _Call(call.ctx, _compensation_settings(settings), stoppable=False)
        for undo in call.compensations():
            try:
                self._drive(undo_call, undo.action())
            except Exception as exc:
                _compensation_failed(undo, exc)

    def close(self, *, pool: bool = True) -> None:
        """Refuse new calls, stop those in flight at their next step and wait for them (at most
        ``SHUTDOWN_GRACE + COMPENSATION_DEADLINE``), then close the pool when ``pool`` (the client is the runner's
        to close). A call still running then closes the pool itself once it is done (see the module doc)."""
        ends = time.monotonic() + sum(self._shutdown_waits())
        with self._lock:
            gather, self._pool = self._pool, None
        if gather is not None:  # running sub-operations finish; a new one runs in its caller's thread
            gather.shutdown(wait=False)
        with self._state:
            self.closing = True
            self._wake.set()
            while self.active and (left := ends - time.monotonic()) > 0:
                self._state.wait(left)
            if self.active:
                self._close_pool_when_idle = pool
                self._still_running()
                return
        if pool:
            self.client.close()


def _in_slot(slots: threading.BoundedSemaphore, context: contextvars.Context, fn: Any, *args: Any) -> Any:
    try:
        return context.run(fn, *args)
    finally:
        slots.release()


_FAILED = object()


def _mapped(chunks: Iterator[bytes], ctx: Context, request: Request) -> Iterator[bytes]:
    try:
        yield from chunks
    except httpx.RequestError as exc:
        raise _transport_error(exc, ctx, request) from None
