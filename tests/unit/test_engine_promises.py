"""The engine's promises where they break: concurrent calls with different inputs, calls cancelled or
interrupted after each step, callers with tight deadlines joining slow flights, a user's own ``http_client``
with hooks and mounts. Calls really run at once (asyncio tasks, threads) over an in-memory LiteLLM stand-in."""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from litellm_sdk import (
    ALL_MODELS,
    APITimeoutError,
    AsyncLiteLLMClient,
    BudgetExceededError,
    ConfigurationError,
    ConflictError,
    LiteLLMClient,
    RateLimitError,
    ServerError,
    araise_for_status,
    raise_for_status,
)
from litellm_sdk._engine.deadline import derived_deadline
from litellm_sdk._engine.steps import Context, Shared
from litellm_sdk._manage.ensure import ensure_alias
from litellm_sdk._manage.keys import scope_models
from litellm_sdk.errors import InvalidRequestError

from ._fake_proxy import GROUPS, FakeProxy

BASE = "http://litellm.test"
SERVABLE_ALL = tuple(sorted(GROUPS))


def _no_backoff(client: Any) -> Any:
    client._ctx = client._ctx.__class__(
        base_url=client._ctx.base_url,
        master_key=client._ctx.master_key,
        retry=client._ctx.retry.__class__(max_retries=client.max_retries, initial=0.0, maximum=0.0),
    )
    return client


def async_client(proxy: FakeProxy, handler: Callable[..., Any], **kwargs: Any) -> AsyncLiteLLMClient:
    http = httpx.AsyncClient(transport=httpx.MockTransport(handler))
    return _no_backoff(AsyncLiteLLMClient(BASE, proxy.master_key, http_client=http, **kwargs))  # type: ignore[no-any-return]


def sync_client(proxy: FakeProxy, handler: Callable[..., Any], **kwargs: Any) -> LiteLLMClient:
    http = httpx.Client(transport=httpx.MockTransport(handler))
    return _no_backoff(LiteLLMClient(BASE, proxy.master_key, http_client=http, **kwargs))  # type: ignore[no-any-return]


def gated_async(proxy: FakeProxy, callers: int) -> Callable[[httpx.Request], Any]:
    """Holds every /model_group/info until ``callers`` keys exist, so all calls are in flight at once."""

    async def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/model_group/info":
            for _ in range(200):
                if proxy.count("/key/generate") >= callers:
                    break
                await asyncio.sleep(0.005)
            await asyncio.sleep(0.01)
        return proxy.handle(request)

    return handler


def gated_sync(proxy: FakeProxy, callers: int) -> Callable[[httpx.Request], httpx.Response]:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/model_group/info":
            for _ in range(200):
                if proxy.count("/key/generate") >= callers:
                    break
                time.sleep(0.005)
            time.sleep(0.02)
        return proxy.handle(request)

    return handler


def run_threads(*calls: Callable[[], Any]) -> list[Any]:
    results: list[Any] = [None] * len(calls)

    def run(i: int) -> None:
        try:
            results[i] = calls[i]()
        except Exception as exc:
            results[i] = exc

    threads = [threading.Thread(target=run, args=(i,)) for i in range(len(calls))]
    for t in threads:
        t.start()
    for t in threads:
        t.join(10)
    return results


# --------------------------------------------------------------------------- flights never merge answers


async def test_concurrent_all_models_and_wildcard_keys_each_get_their_own_models() -> None:
    proxy = FakeProxy()
    client = async_client(proxy, gated_async(proxy, 2))
    everything, wildcard = await asyncio.gather(
        client.request_key(user_id="u1", models=ALL_MODELS), client.request_key(user_id="u1", models=["mock/*"])
    )
    assert everything.model_ids == SERVABLE_ALL
    assert wildcard.model_ids == ("mock/alpha", "mock/beta")
    assert proxy.count("/model_group/info") == 2


async def test_two_wildcard_lists_for_one_user_are_not_merged() -> None:
    proxy = FakeProxy()
    client = async_client(proxy, gated_async(proxy, 2))
    alpha, beta = await asyncio.gather(
        client.request_key(user_id="u1", models=["mock/a*"]), client.request_key(user_id="u1", models=["mock/b*"])
    )
    assert alpha.model_ids == ("mock/alpha",)
    assert beta.model_ids == ("mock/beta",)


async def test_same_models_in_two_teams_are_not_merged() -> None:
    proxy = FakeProxy()
    proxy.teams = {"t-chat": ["plain-chat"], "t-img": ["dall-e-3"]}
    client = async_client(proxy, gated_async(proxy, 2))
    chat, img = await asyncio.gather(
        client.request_key(user_id="u1", team_id="t-chat", models=ALL_MODELS),
        client.request_key(user_id="u1", team_id="t-img", models=ALL_MODELS),
    )
    assert chat.model_ids == ("plain-chat",) and chat.features.chat and not chat.features.image_generation
    assert img.model_ids == ("dall-e-3",) and img.features.image_generation and not img.features.chat


def test_threads_with_different_model_lists_each_get_their_own_models() -> None:
    proxy = FakeProxy()
    client = sync_client(proxy, gated_sync(proxy, 2))
    everything, wildcard = run_threads(
        lambda: client.request_key(user_id="u1", models=ALL_MODELS),
        lambda: client.request_key(user_id="u1", models=["mock/*"]),
    )
    assert everything.model_ids == SERVABLE_ALL
    assert wildcard.model_ids == ("mock/alpha", "mock/beta")


def test_identical_concurrent_calls_in_threads_share_one_fetch() -> None:
    proxy = FakeProxy()
    client = sync_client(proxy, gated_sync(proxy, 8))
    infos = run_threads(*[lambda: client.request_key(user_id="u1", models=["mock/*"]) for _ in range(8)])
    assert all(i.model_ids == ("mock/alpha", "mock/beta") for i in infos)
    assert len({i.key for i in infos}) == 8
    assert proxy.count("/model_group/info") == 1


def test_flight_identity_covers_every_input() -> None:
    ctx = Context(base_url=BASE, master_key="sk-master-aaaaaaaaaaaa")
    base = Shared(scope_models, {"scope": {"models": ["a*"], "team_id": None, "user_id": "u1"}}, credential="sk-1")
    same = Shared(scope_models, {"scope": {"user_id": "u1", "team_id": None, "models": ["a*"]}}, credential="sk-2")
    assert base.identity(ctx) == same.identity(ctx)  # the credential is only a means
    for scope in (
        {"models": ["b*"], "team_id": None, "user_id": "u1"},
        {"models": ["a*"], "team_id": "t", "user_id": "u1"},
        {"models": ["a*"], "team_id": None, "user_id": "u2"},
        {"models": ["a*"], "team_id": None, "user_id": "u1", "organization_id": "o"},
    ):
        assert Shared(scope_models, {"scope": scope}).identity(ctx) != base.identity(ctx)
    other_master = Context(base_url=BASE, master_key="sk-master-bbbbbbbbbbbb")
    other_proxy = Context(base_url="http://other.test", master_key=ctx.master_key)
    assert base.identity(other_master) != base.identity(ctx)
    assert base.identity(other_proxy) != base.identity(ctx)
    with pytest.raises(TypeError, match="JSON data"):
        Shared(scope_models, {"scope": object()}).identity(ctx)


# --------------------------------------------------------------------------- ensure_key with different requests


async def test_concurrent_ensure_key_with_different_requests_never_hands_out_the_wrong_key() -> None:
    proxy = FakeProxy()

    async def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/key/generate":  # both callers looked the alias up before either created
            for _ in range(100):
                if proxy.count("/key/list") >= 2:
                    break
                await asyncio.sleep(0.005)
        return proxy.handle(request)

    client = async_client(proxy, handler)
    results = await asyncio.gather(
        client.ensure_key(user_id="u1", models=["plain-chat"]),
        client.ensure_key(user_id="u1", models=["dall-e-3"], max_budget=5.0),
        return_exceptions=True,
    )
    wanted = [(("plain-chat",), None), (("dall-e-3",), 5.0)]
    handed = []
    for result, (models, budget) in zip(results, wanted, strict=True):
        if isinstance(result, ConflictError):
            continue
        assert not isinstance(result, BaseException), result
        assert result.model_ids == models
        assert (result.budget.max if result.budget else None) == budget
        handed.append(result.key)
    alias = ensure_alias("u1", None)
    live = [k for k, r in proxy.keys.items() if r["key_alias"] == alias]
    assert len(live) == 1 and live == handed


async def test_identical_concurrent_ensure_key_calls_share_one_key() -> None:
    proxy = FakeProxy()
    client = async_client(proxy, proxy.handle)
    infos = await asyncio.gather(*[client.ensure_key(user_id="u1", models=["plain-chat"]) for _ in range(5)])
    assert len({i.key for i in infos}) == 1
    assert proxy.count("/key/generate") == 1


async def test_ensure_key_replaces_a_key_made_for_another_request() -> None:
    proxy = FakeProxy()
    client = async_client(proxy, proxy.handle)
    first = await client.ensure_key(user_id="u1", models=["plain-chat"])
    again = await client.ensure_key(user_id="u1", models=["plain-chat"])
    assert again.key == first.key
    reordered = await client.ensure_key(user_id="u1", models=["dall-e-3", "plain-chat"])
    assert (await client.ensure_key(user_id="u1", models=["plain-chat", "dall-e-3"])).key == reordered.key
    budgeted = await client.ensure_key(user_id="u1", models=["plain-chat"], max_budget=2.0)
    assert budgeted.key != first.key and budgeted.budget is not None and budgeted.budget.max == 2.0
    assert list(proxy.keys) == [budgeted.key]


async def test_ensure_key_leaves_a_key_it_did_not_make_alone() -> None:
    proxy = FakeProxy()
    client = async_client(proxy, proxy.handle)
    alias = ensure_alias("u1", None)
    hand_made = await client.request_key(user_id="u1", key_alias=alias)
    with pytest.raises(ConflictError) as caught:
        await client.ensure_key(user_id="u1")
    assert caught.value.param == "key_alias"
    assert list(proxy.keys) == [hand_made.key]


async def test_ensure_key_replaces_its_own_key_made_with_another_master_key() -> None:
    proxy = FakeProxy()
    old = async_client(proxy, proxy.handle)
    made = await old.ensure_key(user_id="u1")
    rotated = AsyncLiteLLMClient(
        BASE, "sk-rotated-master-key-99999", http_client=httpx.AsyncClient(transport=httpx.MockTransport(proxy.handle))
    )
    proxy.master_key = "sk-rotated-master-key-99999"
    fresh = await rotated.ensure_key(user_id="u1")
    assert fresh.key != made.key
    assert list(proxy.keys) == [fresh.key]


# --------------------------------------------------------------------------- cancellation and interruption


def _steps_of(proxy: FakeProxy) -> int:
    return len(proxy.calls)


async def _count_steps(call: Callable[[AsyncLiteLLMClient], Any]) -> int:
    proxy = FakeProxy()
    await call(async_client(proxy, proxy.handle))
    return _steps_of(proxy)


REQUEST_KEY: Callable[[Any], Any] = lambda c: c.request_key(user_id="u1", models=["mock/*"])  # noqa: E731
ENSURE_KEY: Callable[[Any], Any] = lambda c: c.ensure_key(user_id="u1", models=["plain-chat"])  # noqa: E731


@pytest.mark.parametrize("operation", [REQUEST_KEY, ENSURE_KEY], ids=["request_key", "ensure_key"])
@pytest.mark.parametrize("when", ["before_sent", "after_answered"])
async def test_a_call_cancelled_after_any_step_leaves_no_key(operation: Callable[[Any], Any], when: str) -> None:
    steps = await _count_steps(operation)
    assert steps >= 2
    for step in range(1, steps + 1):
        proxy = FakeProxy()
        seen = 0

        async def handler(request: httpx.Request, step: int = step, proxy: FakeProxy = proxy) -> httpx.Response:
            nonlocal seen
            seen += 1
            if seen == step and when == "before_sent":
                task = asyncio.current_task()
                assert task is not None
                task.cancel()
                await asyncio.sleep(0)
            response = proxy.handle(request)
            if seen == step and when == "after_answered":
                task = asyncio.current_task()
                assert task is not None
                task.cancel()
                await asyncio.sleep(0)
            return response

        client = async_client(proxy, handler)
        task = asyncio.create_task(operation(client))
        with pytest.raises(asyncio.CancelledError):
            await task
        assert proxy.keys == {}, f"cancelled {when} step {step}: a key nobody holds is left"


async def test_five_logins_abandoned_by_wait_for_leave_no_orphan_key() -> None:
    proxy = FakeProxy()

    async def handler(request: httpx.Request) -> httpx.Response:
        response = proxy.handle(request)
        if request.url.path == "/model_group/info":
            await asyncio.sleep(0.5)  # the proxy is slow right after the key was made
        return response

    client = async_client(proxy, handler)
    for i in range(5):
        with pytest.raises(asyncio.TimeoutError):
            await asyncio.wait_for(client.request_key(user_id=f"u{i}", models=["mock/*"]), 0.05)
    assert proxy.count("/key/generate") == 5
    assert proxy.keys == {}


@pytest.mark.parametrize("operation", ["request_key", "ensure_key"])
def test_keyboard_interrupt_after_any_step_leaves_no_key(operation: str) -> None:
    def call(client: LiteLLMClient) -> Any:
        if operation == "request_key":
            return client.request_key(user_id="u1", models=["mock/*"])
        return client.ensure_key(user_id="u1", models=["plain-chat"])

    counting = FakeProxy()
    call(sync_client(counting, counting.handle))
    for step in range(1, len(counting.calls) + 1):
        proxy = FakeProxy()
        seen = 0

        def handler(request: httpx.Request, step: int = step, proxy: FakeProxy = proxy) -> httpx.Response:
            nonlocal seen
            seen += 1
            response = proxy.handle(request)
            if seen == step:
                raise KeyboardInterrupt
            return response

        with pytest.raises(KeyboardInterrupt):
            call(sync_client(proxy, handler))
        assert proxy.keys == {}, f"interrupted after step {step}: a key nobody holds is left"


@pytest.mark.parametrize("when", ["before_sent", "after_answered"])
async def test_a_rotation_cancelled_after_any_step_leaves_no_key_nobody_holds(when: str) -> None:
    counting = FakeProxy()
    counter = async_client(counting, counting.handle)
    original = await counter.request_key(user_id="u1", models=["mock/*"])
    before = len(counting.calls)
    await counter.regenerate_key(original.key)
    steps = len(counting.calls) - before
    assert steps >= 2
    for step in range(1, steps + 1):
        proxy = FakeProxy()
        client = async_client(proxy, proxy.handle)
        info = await client.request_key(user_id="u1", models=["mock/*"])
        seen = 0

        async def handler(request: httpx.Request, step: int = step, proxy: FakeProxy = proxy) -> httpx.Response:
            nonlocal seen
            seen += 1
            if seen == step and when == "before_sent":
                asyncio.current_task().cancel()  # type: ignore[union-attr]
                await asyncio.sleep(0)
            response = proxy.handle(request)
            if seen == step and when == "after_answered":
                asyncio.current_task().cancel()  # type: ignore[union-attr]
                await asyncio.sleep(0)
            return response

        rotating = async_client(proxy, handler)
        with pytest.raises(asyncio.CancelledError):
            await asyncio.create_task(rotating.regenerate_key(info.key))
        # the old key survives (rotation never happened) or is gone with its replacement: never a key nobody holds
        assert list(proxy.keys) in ([info.key], []), f"cancelled {when} step {step}"


async def test_a_call_that_fails_after_the_key_was_made_deletes_it() -> None:
    proxy = FakeProxy()
    proxy.faults["/model_group/info"] = [lambda r: httpx.Response(503, text="down")] * 3
    client = async_client(proxy, proxy.handle)
    with pytest.raises(ServerError):
        await client.request_key(user_id="u1", models=["mock/*"])
    assert proxy.count("/key/generate") == 1
    assert proxy.keys == {}


async def test_a_cancelled_leader_does_not_poison_the_flight() -> None:
    proxy = FakeProxy()
    release, fetching = asyncio.Event(), asyncio.Event()

    async def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/model_group/info" and not fetching.is_set():
            fetching.set()
            await release.wait()
        return proxy.handle(request)

    client = async_client(proxy, handler)
    leader = asyncio.create_task(client.request_key(user_id="u1", models=["mock/*"]))
    await fetching.wait()
    follower = asyncio.create_task(client.request_key(user_id="u1", models=["mock/*"]))
    await asyncio.sleep(0.02)
    leader.cancel()
    info = await follower
    assert info.model_ids == ("mock/alpha", "mock/beta")
    with pytest.raises(asyncio.CancelledError):
        await leader
    assert list(proxy.keys) == [info.key]


# --------------------------------------------------------------------------- deadlines


def test_the_derived_deadline_follows_the_documented_formula() -> None:
    assert derived_deadline(httpx.Timeout(0.5), 0) == 0.5
    assert derived_deadline(httpx.Timeout(30.0, connect=5.0), 2) == 3 * 30.0 + 0.5 + 1.0
    assert derived_deadline(httpx.Timeout(10.0), 5) == 6 * 10.0 + 0.5 + 1 + 2 + 4 + 8
    assert derived_deadline(httpx.Timeout(None), 2) is None
    client = LiteLLMClient(BASE, "sk-master-aaaaaaaaaaaa", timeout=2.0, max_retries=1)
    assert client.deadline == 2 * 2.0 + 0.5
    assert client.with_options(max_retries=0).deadline == 2.0
    assert client.with_options(deadline=1.25).deadline == 1.25
    with pytest.raises(ConfigurationError):
        client.with_options(deadline=0)


async def test_a_caller_joining_a_slow_flight_is_bound_by_its_own_timeout() -> None:
    proxy = FakeProxy()

    fetching = asyncio.Event()

    async def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/model_group/info" and not fetching.is_set():
            fetching.set()
            await asyncio.sleep(2.5)
        return proxy.handle(request)

    client = async_client(proxy, handler)
    slow = asyncio.create_task(client.request_key(user_id="u1", models=["mock/*"]))
    await fetching.wait()
    started = time.monotonic()
    info = await client.with_options(timeout=0.5, max_retries=0).request_key(user_id="u1", models=["mock/*"])
    assert time.monotonic() - started < 1.0
    assert info.model_ids == ("mock/alpha", "mock/beta")
    slow.cancel()
    with pytest.raises(asyncio.CancelledError):
        await slow


async def test_a_slow_proxy_gets_apitimeouterror_at_the_deadline_and_no_key_is_left() -> None:
    proxy = FakeProxy()

    async def handler(request: httpx.Request) -> httpx.Response:
        response = proxy.handle(request)
        if request.url.path == "/key/generate":
            await asyncio.sleep(1.0)
        return response

    client = async_client(proxy, handler, deadline=0.2)
    started = time.monotonic()
    with pytest.raises(APITimeoutError) as caught:
        await client.request_key(user_id="u1")
    assert time.monotonic() - started < 0.9  # the handler holds the answer 1.0 s: the call must not wait for it
    assert caught.value.retryable
    assert proxy.keys == {}


def test_a_backoff_that_would_pass_the_deadline_raises_the_last_error_instead(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # What is asserted is the decision (no wait that ends past the deadline), not the wall clock: a loaded machine
    # may take longer than the deadline to run the call, but the SDK must never choose to sleep past it.
    slept: list[float] = []
    monkeypatch.setattr(time, "sleep", slept.append)
    proxy = FakeProxy()
    proxy.faults["/model_group/info"] = [lambda r: httpx.Response(503, text="down")] * 5
    client = LiteLLMClient(
        BASE, proxy.master_key, http_client=httpx.Client(transport=proxy.transport()), max_retries=5, deadline=0.3
    )
    with pytest.raises(ServerError):
        client.request_key(models=["mock/*"])
    assert sum(slept) < 0.3
    assert proxy.count("/model_group/info") < 5


# --------------------------------------------------------------------------- retry classification in use


@pytest.mark.parametrize(
    ("status", "type_", "cls"),
    [
        (503, "budget_exceeded", BudgetExceededError),
        (500, "expired_key", None),
        (502, "key_model_access_denied", None),
    ],
)
def test_a_reason_a_retry_cannot_change_is_sent_once(status: int, type_: str, cls: type | None) -> None:
    proxy = FakeProxy()
    body = {"error": {"message": "no", "type": type_, "param": "None", "code": str(status)}}
    proxy.faults["/key/generate"] = [lambda r: httpx.Response(status, json=body)] * 3
    client = sync_client(proxy, proxy.handle, max_retries=2)
    with pytest.raises(Exception) as caught:
        client.request_key(user_id="u1")
    assert caught.value.retryable is False  # type: ignore[attr-defined]
    if cls is not None:
        assert isinstance(caught.value, cls)
    assert proxy.count("/key/generate") == 1


# --------------------------------------------------------------------------- the user's own http_client


def test_a_raising_response_hook_reaches_the_caller_and_is_not_retried() -> None:
    proxy = FakeProxy()
    proxy.faults["/key/generate"] = [lambda r: httpx.Response(500, text="boom")] * 3
    http = httpx.Client(transport=proxy.transport(), event_hooks={"response": [lambda r: r.raise_for_status()]})
    client = _no_backoff(LiteLLMClient(BASE, proxy.master_key, http_client=http, max_retries=2))
    with pytest.raises(httpx.HTTPStatusError):
        client.request_key(user_id="u1")
    assert proxy.count("/key/generate") == 1


async def test_a_raising_async_hook_reaches_the_caller() -> None:
    proxy = FakeProxy()

    class HookError(Exception):
        pass

    async def hook(request: httpx.Request) -> None:
        raise HookError("mine")

    http = httpx.AsyncClient(transport=httpx.MockTransport(proxy.handle), event_hooks={"request": [hook]})
    client = AsyncLiteLLMClient(BASE, proxy.master_key, http_client=http)
    with pytest.raises(HookError):
        await client.request_key(user_id="u1")
    assert proxy.calls == []


def test_client_api_uses_the_configured_client_with_its_hooks_headers_and_mounts() -> None:
    from litellm_proxy_client.api.health import health_liveliness_health_liveliness_get as liveliness

    seen: list[httpx.Request] = []
    answered = httpx.MockTransport(lambda r: (seen.append(r), httpx.Response(200, json="I'm alive!"))[1])
    unused = httpx.MockTransport(lambda r: httpx.Response(599))
    hooks: list[str] = []
    http = httpx.Client(
        transport=unused,
        mounts={"http://litellm.test": answered},
        headers={"X-Tenant": "t1"},
        event_hooks={"request": [lambda r: hooks.append(r.url.path)]},
    )
    client = LiteLLMClient(BASE, "sk-master-aaaaaaaaaaaa", http_client=http, timeout=7.0)
    with client.api as api:
        response = liveliness.sync_detailed(client=api)
    assert response.status_code == 200
    assert hooks == ["/health/liveliness"]
    assert seen[0].headers["X-Tenant"] == "t1"
    assert seen[0].headers["Authorization"] == "Bearer sk-master-aaaaaaaaaaaa"
    assert seen[0].extensions["timeout"]["read"] == 7.0
    assert not http.is_closed  # `with client.api:` closed only its own shell
    liveliness.sync_detailed(client=client.api)
    assert len(seen) == 2
    clone = client.with_options(timeout=3.0)
    liveliness.sync_detailed(client=clone.api)
    assert seen[-1].extensions["timeout"]["read"] == 3.0
    assert client.api is not clone.api


async def test_async_client_api_shares_the_configured_client() -> None:
    from litellm_proxy_client.api.health import health_liveliness_health_liveliness_get as liveliness

    hooks: list[str] = []

    async def hook(request: httpx.Request) -> None:
        hooks.append(request.url.path)

    http = httpx.AsyncClient(
        transport=httpx.MockTransport(lambda r: httpx.Response(200, json="I'm alive!")), event_hooks={"request": [hook]}
    )
    client = AsyncLiteLLMClient(BASE, "sk-master-aaaaaaaaaaaa", http_client=http)
    async with client.api as api:
        response = await liveliness.asyncio_detailed(client=api)
    assert response.status_code == 200 and hooks == ["/health/liveliness"]
    assert not http.is_closed


# --------------------------------------------------------------------------- raise_for_status, base_url


_ERROR_BODY = b'{"error": {"message": "slow down", "type": "rate_limit_error", "param": "None", "code": "429"}}'


class _Chunks(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A body that arrives in pieces, as from a socket: the response is unread until someone reads it."""

    def __iter__(self) -> Any:
        yield from (_ERROR_BODY[:20], _ERROR_BODY[20:])

    async def __aiter__(self) -> Any:
        for chunk in (_ERROR_BODY[:20], _ERROR_BODY[20:]):
            yield chunk


class _Streaming(httpx.BaseTransport, httpx.AsyncBaseTransport):
    def handle_request(self, request: httpx.Request) -> httpx.Response:
        return httpx.Response(429, headers={"retry-after": "3"}, stream=_Chunks())

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return httpx.Response(429, headers={"retry-after": "3"}, stream=_Chunks())


def test_raise_for_status_reads_a_streamed_response() -> None:
    with httpx.Client(transport=_Streaming()) as http, http.stream("POST", "http://x.test/chat/completions") as resp:
        with pytest.raises(httpx.ResponseNotRead):
            resp.content  # noqa: B018
        with pytest.raises(RateLimitError) as caught:
            raise_for_status(resp)
        assert resp.is_closed
    assert caught.value.retry_after == 3.0 and caught.value.message == "slow down"


async def test_araise_for_status_reads_an_async_streamed_response() -> None:
    async with (
        httpx.AsyncClient(transport=_Streaming()) as http,
        http.stream("POST", "http://x.test/chat/completions") as resp,
    ):
        with pytest.raises(RateLimitError) as caught:
            await araise_for_status(resp)
        assert resp.is_closed
    assert caught.value.retry_after == 3.0 and caught.value.message == "slow down"


async def test_raise_for_status_on_an_unread_async_stream_names_the_async_twin() -> None:
    async with (
        httpx.AsyncClient(transport=_Streaming()) as http,
        http.stream("POST", "http://x.test/chat/completions") as resp,
    ):
        with pytest.raises(InvalidRequestError, match="araise_for_status"):
            raise_for_status(resp)


async def test_araise_for_status_on_a_read_or_successful_response() -> None:
    ok = httpx.Response(200, json={"ok": True})
    assert await araise_for_status(ok) is ok
    with pytest.raises(RateLimitError):
        await araise_for_status(httpx.Response(429, content=_ERROR_BODY))


@pytest.mark.parametrize("url", ["http://[::1", "http://exa mple.com", "https://", "http://h.test/?q=1"])
def test_a_malformed_base_url_is_a_configuration_error_at_construction(url: str) -> None:
    with pytest.raises(ConfigurationError) as caught:
        LiteLLMClient(url, "sk-master-aaaaaaaaaaaa")
    assert caught.value.param == "base_url"


# --------------------------------------------------------------------------- models the proxy cannot serve


def test_models_no_deployment_serves_are_kept_out_of_models_and_features() -> None:
    proxy = FakeProxy()
    client = sync_client(proxy, proxy.handle)
    unknown = client.request_key(models=["plain-chat", "no-such-model"])
    assert unknown.model_ids == ("plain-chat",)
    assert unknown.unavailable_models == ("no-such-model",)
    only_unknown = client.request_key(models=["no-such-model"])
    assert only_unknown.models == () and not only_unknown.features.chat
    wildcard = client.request_key(models=["openai/*"])
    assert wildcard.models == () and not wildcard.features.chat
    assert wildcard.unavailable_models == ("openai/*",)
    served = client.request_key(models=["mock/*"])
    assert served.features.chat and served.features.image_generation and served.unavailable_models == ()


def test_a_wildcard_the_proxy_leaves_unexpanded_gets_the_deployments_it_matches() -> None:
    proxy = FakeProxy()
    proxy.expand_wildcards = False  # LiteLLM 1.80.x answers one pseudo-group "mock/*" with no providers
    proxy.master_sees_wildcards = True
    client = sync_client(proxy, proxy.handle)
    info = client.request_key(models=["mock/*"])
    assert info.model_ids == ("mock/alpha", "mock/beta") and info.unavailable_models == ()
    assert proxy.count("/model_group/info") == 2
    nothing = client.request_key(models=["openai/*"])
    assert nothing.model_ids == () and nothing.unavailable_models == ("openai/*",)
