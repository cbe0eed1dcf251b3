"""Closing a client while calls run: no key is left that nobody holds, every caller gets its result or
ClientClosedError, and close returns within SHUTDOWN_GRACE + COMPENSATION_DEADLINE.

Each scenario runs three concurrent calls of one key operation (``request_key``, ``ensure_key``,
``regenerate_key``) over an in-memory LiteLLM stand-in, and closes the client while the N-th request is on the wire,
for every N the operation sends: threads for the blocking client, tasks for the async one. A call that got its key
holds it; a call stopped by the close deleted what it had made.
"""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from litellm_sdk import (
    AsyncKeyClient,
    AsyncLiteLLMClient,
    ClientClosedError,
    KeyClient,
    LiteLLMClient,
    LiteLLMError,
    VirtualKeyInfo,
)
from litellm_sdk._constants import COMPENSATION_DEADLINE, SHUTDOWN_GRACE
from litellm_sdk._engine import runner as R
from litellm_sdk._engine.async_runner import AsyncRunner
from litellm_sdk._engine.deadline import CallSettings
from litellm_sdk._engine.http import SyncRunner
from litellm_sdk._engine.steps import Context, Request, Undo, call

from .._fake_proxy import FakeProxy

BASE = "http://litellm.test"
BOUND = SHUTDOWN_GRACE + COMPENSATION_DEADLINE
USERS = ("u1", "u2", "u3")

#: Each operation as (prepare, act): ``prepare`` runs on an open client first (the keys to rotate), ``act`` is the
#: call that the close stops.
Operation = Callable[[Any, str, Any], Any]


def _request(client: Any, user: str, _: Any) -> Any:
    return client.request_key(user_id=user, models=["mock/*"])


def _ensure(client: Any, user: str, _: Any) -> Any:
    return client.ensure_key(user_id=user, models=["plain-chat"])


def _regenerate(client: Any, _: str, original: Any) -> Any:
    return client.regenerate_key(original.key)


OPERATIONS = {"request_key": _request, "ensure_key": _ensure, "regenerate_key": _regenerate}


@pytest.fixture(autouse=True)
def _release_check_on(monkeypatch: pytest.MonkeyPatch) -> None:
    """The once-per-client release check is an ``Advisory`` step after the first key: closing skips it."""
    monkeypatch.setenv("LITELLM_SDK_CHECK_RELEASE", "1")


def _owning(client: Any) -> Any:
    """``client`` as one that made its own pool (the usual case): closing it closes the pool. Its pool is the given
    client over the stand-in."""
    client._owns_http = True
    return client


def _no_orphans(proxy: FakeProxy, originals: list[Any], outcomes: list[Any], where: str) -> None:
    for outcome in outcomes:
        assert isinstance(outcome, (VirtualKeyInfo, ClientClosedError)), f"{where}: {outcome!r}"
    held = {o.key for o in outcomes if isinstance(o, VirtualKeyInfo)} | {o.key for o in originals if o is not None}
    orphans = set(proxy.keys) - held
    assert not orphans, f"{where}: {len(orphans)} key(s) nobody holds"


# --------------------------------------------------------------------------- async: tasks


async def _until(condition: Callable[[], object]) -> None:
    for _ in range(2000):
        if condition():
            return
        await asyncio.sleep(0.005)
    raise AssertionError("never happened")


async def _async_round(operation: Operation, close_at: int | None) -> tuple[FakeProxy, int, float | None]:
    """Three concurrent calls; when ``close_at`` is given, the client is closed while that request is on the wire.
    Returns the stand-in, the number of requests the calls sent, and how long ``aclose`` took."""
    proxy = FakeProxy()
    opener = AsyncLiteLLMClient(BASE, proxy.master_key, http_client=httpx.AsyncClient(transport=proxy.transport()))
    originals: list[Any] = [None] * len(USERS)
    if operation is _regenerate:
        originals = [await opener.request_key(user_id=user, models=["mock/*"]) for user in USERS]
    sent = 0
    closed: list[float] = []
    closing: list[asyncio.Task[None]] = []

    async def close(client: AsyncLiteLLMClient) -> None:
        started = time.monotonic()
        await client.aclose()
        closed.append(time.monotonic() - started)

    async def handler(request: httpx.Request) -> httpx.Response:
        nonlocal sent
        sent += 1
        if sent == close_at:
            closing.append(asyncio.create_task(close(client)))
            await asyncio.sleep(0)  # close begins (its first step runs before this one resumes)
        return proxy.handle(request)

    http = httpx.AsyncClient(transport=httpx.MockTransport(handler))
    client = _owning(AsyncLiteLLMClient(BASE, proxy.master_key, http_client=http))
    calls = [operation(client, user, original) for user, original in zip(USERS, originals, strict=True)]
    outcomes = await asyncio.gather(*calls, return_exceptions=True)
    if close_at is None:
        assert all(isinstance(o, VirtualKeyInfo) for o in outcomes), outcomes
        return proxy, sent, None
    await closing[0]
    _no_orphans(proxy, originals, list(outcomes), f"closed at request {close_at}")
    assert http.is_closed
    with pytest.raises(ClientClosedError):
        await operation(client, "u9", originals[0])
    return proxy, sent, closed[0]


@pytest.mark.parametrize("name", list(OPERATIONS))
async def test_closing_an_async_client_after_any_step_leaves_no_key_nobody_holds(name: str) -> None:
    operation = OPERATIONS[name]
    _, steps, _ = await _async_round(operation, None)
    assert steps >= 2 * len(USERS)
    for close_at in range(1, steps + 1):
        _, _, took = await _async_round(operation, close_at)
        assert took is not None and took < BOUND


# --------------------------------------------------------------------------- sync: threads


def _sync_round(operation: Operation, close_at: int | None) -> tuple[int, float | None]:
    proxy = FakeProxy()
    lock = threading.Lock()
    opener = LiteLLMClient(BASE, proxy.master_key, http_client=httpx.Client(transport=proxy.transport()))
    originals: list[Any] = [None] * len(USERS)
    if operation is _regenerate:
        originals = [opener.request_key(user_id=user, models=["mock/*"]) for user in USERS]
    sent = 0
    closed: list[float] = []
    closer: list[threading.Thread] = []
    began = threading.Event()

    def close() -> None:
        started = time.monotonic()
        began.set()
        client.close()
        closed.append(time.monotonic() - started)

    def handler(request: httpx.Request) -> httpx.Response:
        nonlocal sent
        with lock:
            sent += 1
            mine = sent == close_at
        if mine:
            closer.append(threading.Thread(target=close))
            closer[0].start()
            began.wait(5)
            time.sleep(0.01)  # close has begun (a slower start only moves the stop to a later step)
        with lock:  # the stand-in is not thread-safe
            return proxy.handle(request)

    http = httpx.Client(transport=httpx.MockTransport(handler))
    client = _owning(LiteLLMClient(BASE, proxy.master_key, http_client=http))
    outcomes: list[Any] = [None] * len(USERS)

    def run(i: int) -> None:
        try:
            outcomes[i] = operation(client, USERS[i], originals[i])
        except BaseException as exc:
            outcomes[i] = exc

    threads = [threading.Thread(target=run, args=(i,)) for i in range(len(USERS))]
    for t in threads:
        t.start()
    for t in threads:
        t.join(BOUND + 5)
    if close_at is None:
        assert all(isinstance(o, VirtualKeyInfo) for o in outcomes), outcomes
        return sent, None
    if not closer:  # this round sent fewer requests (a shared or cached read): close after it, as a server would
        close()
    else:
        closer[0].join(BOUND + 5)
    _no_orphans(proxy, originals, outcomes, f"closed at request {close_at}")
    assert http.is_closed
    with pytest.raises(ClientClosedError):
        operation(client, "u9", originals[0])
    return sent, closed[0]


@pytest.mark.parametrize("name", list(OPERATIONS))
def test_closing_a_client_after_any_step_leaves_no_key_nobody_holds(name: str) -> None:
    operation = OPERATIONS[name]
    steps, _ = _sync_round(operation, None)
    assert steps >= 2 * len(USERS)
    for close_at in range(1, steps + 1):
        _, took = _sync_round(operation, close_at)
        assert took is not None and took < BOUND


# --------------------------------------------------------------------------- closed clients and their callers


def test_a_closed_client_refuses_calls_with_client_closed_error() -> None:
    proxy = FakeProxy()
    with LiteLLMClient(BASE, proxy.master_key) as client:
        pass
    with pytest.raises(ClientClosedError) as info:
        client.describe_key("sk-some-key-0123456789")
    assert info.value.code == "client_closed"
    assert info.value.retryable is False
    assert proxy.calls == []


async def test_a_closed_async_client_refuses_calls_with_client_closed_error() -> None:
    async with AsyncLiteLLMClient(BASE, "sk-master-test-0123456789") as client:
        pass
    with pytest.raises(ClientClosedError):
        await client.request_key(user_id="u1")
    other = AsyncLiteLLMClient(BASE, "sk-master-test-0123456789")
    await other.close()  # the old name stays
    with pytest.raises(ClientClosedError):
        await other.proxy_version()


def test_an_http_client_closed_by_its_owner_gives_client_closed_error() -> None:
    proxy = FakeProxy()
    http = httpx.Client(transport=proxy.transport())
    client = LiteLLMClient(BASE, proxy.master_key, http_client=http)
    http.close()
    with pytest.raises(ClientClosedError):
        client.request_key(user_id="u1")
    keys = KeyClient("sk-some-key-0123456789", BASE, http_client=http)
    with pytest.raises(ClientClosedError):
        keys.chat("plain-chat", [{"role": "user", "content": "hi"}])
    with pytest.raises(ClientClosedError):
        keys.stream_chat("plain-chat", [{"role": "user", "content": "hi"}])


async def test_an_async_http_client_closed_by_its_owner_gives_client_closed_error() -> None:
    proxy = FakeProxy()
    http = httpx.AsyncClient(transport=proxy.transport())
    client = AsyncLiteLLMClient(BASE, proxy.master_key, http_client=http)
    await http.aclose()
    with pytest.raises(ClientClosedError):
        await client.request_key(user_id="u1")
    keys = AsyncKeyClient("sk-some-key-0123456789", BASE, http_client=http)
    with pytest.raises(ClientClosedError):
        await keys.chat("plain-chat", [{"role": "user", "content": "hi"}])
    with pytest.raises(ClientClosedError):
        await keys.stream_chat("plain-chat", [{"role": "user", "content": "hi"}])


async def test_an_async_key_client_closes_with_aclose() -> None:
    keys = AsyncKeyClient("sk-some-key-0123456789", BASE)
    await keys.aclose()
    assert keys._runner.client.is_closed
    with pytest.raises(ClientClosedError):
        await keys.embed("text-embedding-3-small", "hi")


def test_closing_leaves_a_given_http_client_open_for_its_owner() -> None:
    proxy = FakeProxy()
    http = httpx.Client(transport=proxy.transport())
    client = LiteLLMClient(BASE, proxy.master_key, http_client=http)
    client.with_options(max_retries=0).close()  # a copy shares its parent's life: closing it closes nothing
    assert client.request_key(user_id="u1").key in proxy.keys
    client.close()
    assert not http.is_closed
    with pytest.raises(ClientClosedError):
        client.request_key(user_id="u1")


def _rate_limited(proxy: FakeProxy, seconds: float) -> None:
    limited = httpx.Response(429, headers={"retry-after": str(seconds)}, json={"error": {"message": "slow down"}})
    proxy.faults["/key/list"] = [lambda r: limited] * 3


def test_a_call_waiting_to_retry_stops_when_the_client_closes() -> None:
    proxy = FakeProxy()
    _rate_limited(proxy, 15)
    client = LiteLLMClient(BASE, proxy.master_key, http_client=httpx.Client(transport=proxy.transport()))
    outcome: list[Any] = []
    caller = threading.Thread(target=lambda: outcome.append(_catch(lambda: list(client.list_keys()))))
    caller.start()
    while proxy.count("/key/list") < 1:
        time.sleep(0.005)
    started = time.monotonic()
    client.close()
    caller.join(BOUND)
    assert time.monotonic() - started < 10  # not the 15 s the proxy asked for
    assert isinstance(outcome[0], ClientClosedError)


async def test_an_async_call_waiting_to_retry_stops_when_the_client_closes() -> None:
    proxy = FakeProxy()
    _rate_limited(proxy, 15)
    client = AsyncLiteLLMClient(BASE, proxy.master_key, http_client=httpx.AsyncClient(transport=proxy.transport()))
    task = asyncio.create_task(client.ensure_key(user_id="u1"))
    await _until(lambda: proxy.count("/key/list") >= 1)
    started = time.monotonic()
    await client.aclose()
    with pytest.raises(ClientClosedError):
        await task
    assert time.monotonic() - started < 10


def _catch(fn: Callable[[], Any]) -> Any:
    try:
        return fn()
    except LiteLLMError as error:
        return error


# --------------------------------------------------------------------------- requests that outlive the grace


@pytest.fixture
def short_waits(monkeypatch: pytest.MonkeyPatch) -> tuple[float, float]:
    monkeypatch.setattr(R, "SHUTDOWN_GRACE", 0.2)
    monkeypatch.setattr(R, "COMPENSATION_DEADLINE", 2.0)
    return 0.2, 2.0


async def test_an_unanswered_request_is_given_up_after_the_grace_and_its_key_deleted(
    short_waits: tuple[float, float],
) -> None:
    proxy = FakeProxy()
    never = asyncio.Event()

    async def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/model_group/info":
            await never.wait()  # the key exists; the proxy never answers the next request
        return proxy.handle(request)

    client = AsyncLiteLLMClient(
        BASE, proxy.master_key, http_client=httpx.AsyncClient(transport=httpx.MockTransport(handler))
    )
    task = asyncio.create_task(client.request_key(user_id="u1", models=["mock/*"]))
    await _until(lambda: proxy.keys)
    started = time.monotonic()
    await client.aclose()
    took = time.monotonic() - started
    with pytest.raises(ClientClosedError):
        await task
    assert proxy.keys == {}
    assert took < sum(short_waits)


async def test_a_create_on_the_wire_is_awaited_and_its_key_deleted_after_close_returns(
    short_waits: tuple[float, float], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(R, "COMPENSATION_DEADLINE", 0.2)
    proxy = FakeProxy()
    sent, answer = asyncio.Event(), asyncio.Event()

    async def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/key/generate":
            sent.set()
            await answer.wait()  # the create is slower than close's whole wait
        return proxy.handle(request)

    runner = AsyncRunner(httpx.AsyncClient(transport=httpx.MockTransport(handler)), None)
    ctx = Context(base_url=BASE, master_key=proxy.master_key)
    from litellm_sdk._manage.keys import request_key

    task = asyncio.create_task(
        runner.run(ctx, request_key(ctx, {"user_id": "u1"}), CallSettings(httpx.Timeout(5.0), 30.0))
    )
    await sent.wait()
    await runner.close()
    assert not runner.client.is_closed  # the create's call still needs the pool
    answer.set()
    with pytest.raises(ClientClosedError):
        await task
    assert proxy.keys == {}
    for _ in range(100):
        if runner.client.is_closed:
            break
        await asyncio.sleep(0.01)
    assert runner.client.is_closed  # closed by the last call, once done


def test_a_request_slower_than_the_bound_lets_close_return_and_its_call_closes_the_pool(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(R, "SHUTDOWN_GRACE", 0.1)
    monkeypatch.setattr(R, "COMPENSATION_DEADLINE", 0.1)
    proxy = FakeProxy()
    answer = threading.Event()

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/model_group/info":
            answer.wait(10)
        return proxy.handle(request)

    runner = SyncRunner(httpx.Client(transport=httpx.MockTransport(handler)), None)
    ctx = Context(base_url=BASE, master_key=proxy.master_key)
    from litellm_sdk._manage.keys import request_key

    outcome: list[Any] = []
    op = request_key(ctx, {"user_id": "u1", "models": ["mock/*"]})
    caller = threading.Thread(
        target=lambda: outcome.append(_catch(lambda: runner.run(ctx, op, CallSettings(httpx.Timeout(5.0), 30.0))))
    )
    caller.start()
    while not proxy.keys:
        time.sleep(0.005)
    runner.close()
    assert not runner.client.is_closed
    answer.set()
    caller.join(10)
    assert isinstance(outcome[0], ClientClosedError)
    assert proxy.keys == {}
    assert runner.client.is_closed


def test_a_compensation_is_not_stopped_by_the_close() -> None:
    proxy = FakeProxy()
    runner = SyncRunner(httpx.Client(transport=proxy.transport()), None)
    ctx = Context(base_url=BASE, master_key=proxy.master_key)
    undone: list[str] = []

    def undo() -> Any:
        yield from call(ctx, Request("GET", "/key/list", params={"page": 1, "size": 1}))
        undone.append("sent")

    def op() -> Any:
        yield Undo(undo, "undo")
        runner.closing = True  # the client closes while this call runs
        yield Request("GET", "/key/list", params={"page": 1, "size": 1})

    with pytest.raises(ClientClosedError):
        runner.run(ctx, op(), CallSettings(httpx.Timeout(5.0), 30.0))
    assert undone == ["sent"]
    assert proxy.count("/key/list") == 1


async def test_two_closes_at_once_both_return_when_the_calls_are_done(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(R, "SHUTDOWN_GRACE", 5.0)
    proxy = FakeProxy()
    answer = asyncio.Event()

    async def handler(request: httpx.Request) -> httpx.Response:
        await answer.wait()
        return proxy.handle(request)

    client = AsyncLiteLLMClient(
        BASE, proxy.master_key, http_client=httpx.AsyncClient(transport=httpx.MockTransport(handler))
    )
    login = asyncio.create_task(client.request_key(user_id="u1", models=["mock/*"]))
    await _until(lambda: client._runner.active)
    started = time.monotonic()
    closes = asyncio.gather(client.aclose(), client.close())
    await asyncio.sleep(0.05)
    answer.set()  # the create is answered: the call stops at its next step, deletes its key and leaves
    await closes
    assert time.monotonic() - started < 4  # neither close waited out the 5 s grace
    with pytest.raises(ClientClosedError):
        await login
    assert proxy.keys == {}
