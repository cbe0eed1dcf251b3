"""The key's running spend (``result.budget``, ``KeyClient.budget()``, ``live_budget(info)``) over a fake proxy
that, like LiteLLM, writes spend in batches and sends ``x-litellm-key-spend`` that is not a running total: every
answer adds its cost; an authoritative read reconciles without the figure falling; all clients of a process share
one figure, threads and tasks lose no cost, a shared cache (Redis) shares it between servers; streams are priced
from their usage; calls in flight and answers without a known cost are counted for the bound."""

from __future__ import annotations

import asyncio
import json
import threading
from collections.abc import Callable
from typing import Any

import attrs
import httpx
import pytest

from litellm_sdk import (
    ALL_MODELS,
    AsyncKeyClient,
    AsyncLiteLLMClient,
    BudgetScope,
    KeyClient,
    LiteLLMClient,
    LiveBudget,
    ScopeBudget,
    ServerError,
    ui_message_stream,
)
from litellm_sdk._engine import ledger
from litellm_sdk.cache import AsyncRedisCache, RedisCache

from .._fake_proxy import FakeProxy
from ..face.test_caches import AsyncFakeRedis, FakeRedis, GetOnly
from ._fakes import WAV, sse

BASE = "http://litellm.test"
COST = 0.125  # every whole answer's x-litellm-response-cost: exact in binary, so sums compare exactly
PROMPT, COMPLETION = 8, 20
IN_PRICE, OUT_PRICE = 0.001, 0.002  # plain-chat's prices, as /model_group/info reports them
STREAM_COST = PROMPT * IN_PRICE + COMPLETION * OUT_PRICE
USER = [{"role": "user", "content": "hi"}]


class SpendingProxy(FakeProxy):
    """FakeProxy plus the key's calls. Costs are written to the key's ``spend`` only at :meth:`write` (LiteLLM's
    batch write); each answer's ``x-litellm-key-spend`` is its own cost, as measured on LiteLLM 1.108.7."""

    def __init__(self) -> None:
        super().__init__()
        self.pending: dict[str, float] = {}
        self.lock = threading.Lock()
        #: what a stream's usage holds beyond the token counts (e.g. LiteLLM's ``cost``)
        self.stream_usage_extra: dict[str, Any] = {}
        #: how many calls of the key were counted in flight when the proxy answered each
        self.in_flight_seen: list[int] = []

    def groups_for(self, record: dict[str, Any]) -> list[dict[str, Any]]:
        found = super().groups_for(record)
        return [
            {**g, "input_cost_per_token": IN_PRICE, "output_cost_per_token": OUT_PRICE}
            if g["model_group"] == "plain-chat"
            else g
            for g in found
        ]

    def write(self) -> None:
        """The proxy's batch write: every cost so far lands in the keys' spend."""
        with self.lock:
            for key, amount in self.pending.items():
                self.keys[key]["spend"] += amount
            self.pending.clear()

    def charge(self, request: httpx.Request, cost: float) -> str:
        key = request.headers["authorization"].removeprefix("Bearer ")
        self.in_flight_seen.append(ledger.IN_FLIGHT.count(ledger.account_of(_ctx(), key)))
        with self.lock:
            self.pending[key] = self.pending.get(key, 0.0) + cost
        return key

    def handle(self, request: httpx.Request) -> httpx.Response:
        path = request.url.path
        if path == "/chat/completions":
            body = json.loads(request.content)
            if body.get("stream"):
                return self._stream(request, body)
            self.charge(request, COST)
            answer = {
                "id": "c",
                "model": body["model"],
                "choices": [{"index": 0, "message": {"role": "assistant", "content": "Hi"}, "finish_reason": "stop"}],
                "usage": {"prompt_tokens": PROMPT, "completion_tokens": COMPLETION, "total_tokens": 28},
            }
            return httpx.Response(200, json=answer, headers=self._headers(COST))
        if path in ("/embeddings", "/images/generations", "/audio/transcriptions", "/audio/speech"):
            request.read()
            self.charge(request, COST)
            bodies: dict[str, Any] = {
                "/embeddings": {"data": [{"index": 0, "embedding": [0.1]}]},
                "/images/generations": {"data": [{"url": "https://example.invalid/a.png"}]},
                "/audio/transcriptions": {"text": "hello"},
            }
            if path == "/audio/speech":
                return httpx.Response(
                    200, content=b"ID3", headers={**self._headers(COST), "content-type": "audio/mpeg"}
                )
            return httpx.Response(200, json=bodies[path], headers=self._headers(COST))
        return super().handle(request)

    @staticmethod
    def _headers(cost: float) -> dict[str, str]:
        return {
            "x-litellm-response-cost": str(cost),
            "x-litellm-key-spend": str(cost),
            "x-litellm-key-max-budget": "1.0",
        }

    def _stream(self, request: httpx.Request, body: dict[str, Any]) -> httpx.Response:
        model = body["model"]
        chunk = {
            "id": "s",
            "model": model,
            "choices": [{"index": 0, "delta": {"content": "Hi"}, "finish_reason": None}],
        }
        end = {"id": "s", "model": model, "choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}]}
        if model == "fails-midway":
            error = {"error": {"message": "upstream failed", "type": None, "param": None, "code": "500"}}
            content = sse(chunk, error, done=False)
        elif model == "cut-short":
            content = sse(chunk, done=False)[:-2]
        else:
            usage = {"prompt_tokens": PROMPT, "completion_tokens": COMPLETION, "total_tokens": 28}
            self.charge(request, float(self.stream_usage_extra.get("cost", STREAM_COST)))
            content = sse(chunk, end, {"id": "s", "choices": [], "usage": {**usage, **self.stream_usage_extra}})
        headers = {"content-type": "text/event-stream", **self._headers(0.0)}  # a stream's head: cost 0.0
        return httpx.Response(200, headers=headers, content=content)


def _ctx() -> Any:
    from litellm_sdk._engine.steps import Context

    return Context(base_url=BASE, master_key="sk-unused")


def management(proxy: SpendingProxy, **options: Any) -> LiteLLMClient:
    return LiteLLMClient(
        BASE, proxy.master_key, http_client=httpx.Client(transport=httpx.MockTransport(proxy.handle)), **options
    )


def amanagement(proxy: SpendingProxy, **options: Any) -> AsyncLiteLLMClient:
    transport = httpx.MockTransport(proxy.handle)
    return AsyncLiteLLMClient(BASE, proxy.master_key, http_client=httpx.AsyncClient(transport=transport), **options)


def spent(budget: LiveBudget | None) -> float | None:
    assert budget is not None
    return budget.spent


# --- every answer adds its cost -----------------------------------------------------------------------------------


def test_each_answer_adds_its_cost_where_litellms_key_spend_header_does_not() -> None:
    proxy = SpendingProxy()
    with management(proxy) as client:
        info = client.request_key(models=["plain-chat"], max_budget=1.0)
        key = client.for_key(info)
        replies = [key.chat("plain-chat", USER) for _ in range(4)]
    assert [r.spend.key_spend for r in replies] == [COST] * 4  # LiteLLM's header: each answer's own cost
    assert [r.spend.key_remaining for r in replies] == [1.0 - COST] * 4  # so it never falls
    assert [spent(r.budget) for r in replies] == [COST, 2 * COST, 3 * COST, 4 * COST]
    last = replies[-1].budget
    assert last is not None and last.remaining == 1.0 - 4 * COST and last.max_budget == 1.0
    assert (last.confirmed, last.unconfirmed, last.estimate, last.shared) == (0.0, 4 * COST, True, False)


def test_every_kind_of_result_carries_the_figure_after_it() -> None:
    proxy = SpendingProxy()
    with management(proxy) as client:
        info = client.request_key(models=ALL_MODELS, max_budget=10.0)  # every model
        key = client.for_key(info)
        results = [
            key.chat("plain-chat", USER),
            key.embed("text-embedding-3-small", "hello"),
            key.generate_image("a cat", model="dall-e-3"),
            key.transcribe(WAV, model="whisper-1"),
            key.speech("Hello", model="whisper-1", check=False),
        ]
    assert [spent(r.budget) for r in results] == [COST * n for n in range(1, 6)]
    assert spent(key.budget()) == 5 * COST


# --- authoritative reads reconcile ---------------------------------------------------------------------------------


def test_a_read_that_lags_the_batch_write_leaves_the_figure_and_one_that_caught_up_equals_it() -> None:
    proxy = SpendingProxy()
    with management(proxy) as client:
        info = client.request_key(models=["plain-chat"], max_budget=1.0)
        key = client.for_key(info)
        key.chat("plain-chat", USER)
        key.chat("plain-chat", USER)
        lagging = client.describe_key(info.key)  # nothing written yet
        assert lagging.budget is not None and lagging.budget.spent == 0.0
        after_lag = client.live_budget(info)
        assert spent(after_lag) == 2 * COST and after_lag is not None and after_lag.read_at is not None
        proxy.write()
        fresh = client.refresh(info)
        assert fresh.budget is not None and fresh.budget.spent == 2 * COST
        caught_up = key.budget()
        assert caught_up is not None and (caught_up.spent, caught_up.confirmed, caught_up.unconfirmed) == (
            2 * COST,
            2 * COST,
            0.0,
        )
        assert spent(key.chat("plain-chat", USER).budget) == 3 * COST


def test_spend_made_elsewhere_is_taken_from_the_read_and_a_raised_budget_too() -> None:
    proxy = SpendingProxy()
    with management(proxy) as client:
        info = client.request_key(models=["plain-chat"], max_budget=1.0)
        key = client.for_key(info)
        key.chat("plain-chat", USER)
        proxy.keys[info.key]["spend"] += 0.5  # a call this process never saw, written
        proxy.write()
        client.describe_key(info.key)
        assert spent(key.budget()) == 0.5 + COST
        client.update_key(info.key, max_budget=3.0)
        budget = key.budget()
        assert budget is not None and budget.max_budget == 3.0 and budget.remaining == 3.0 - 0.5 - COST


def test_a_budget_reset_drops_what_was_seen_before_the_read() -> None:
    proxy = SpendingProxy()
    with management(proxy) as client:
        info = client.request_key(models=["plain-chat"], max_budget=1.0)
        key = client.for_key(info)
        key.chat("plain-chat", USER)
        proxy.write()
        client.describe_key(info.key)
        key.chat("plain-chat", USER)
        proxy.pending.clear()
        proxy.keys[info.key]["spend"] = 0.0  # LiteLLM's budget reset
        client.describe_key(info.key)
        assert spent(key.budget()) == 0.0


# --- one figure per key in a process; a shared cache shares it between servers --------------------------------------


def test_every_client_of_a_key_in_a_process_sees_one_figure() -> None:
    proxy = SpendingProxy()
    with management(proxy) as client:
        info = client.request_key(models=["plain-chat"], max_budget=1.0)
        client.describe_key(info.key)  # a read, so even a client that knows only the key has a figure
        first = client.for_key(info)
        second = KeyClient.from_info(info, BASE, http_client=httpx.Client(transport=httpx.MockTransport(proxy.handle)))
        bare = KeyClient(info.key, BASE, http_client=httpx.Client(transport=httpx.MockTransport(proxy.handle)))
        first.chat("plain-chat", USER)
        second.chat("plain-chat", USER)
        bare.chat("plain-chat", USER, check=False)

        async def from_a_task() -> LiveBudget | None:
            transport = httpx.MockTransport(proxy.handle)
            async with AsyncKeyClient.from_info(info, BASE, http_client=httpx.AsyncClient(transport=transport)) as a:
                await a.chat("plain-chat", USER)
                return await a.budget()

        assert spent(asyncio.run(from_a_task())) == 4 * COST
        assert spent(first.budget()) == spent(second.budget()) == spent(bare.budget()) == 4 * COST
        assert spent(client.live_budget(info)) == 4 * COST


def test_a_client_that_knows_only_the_key_has_no_figure_until_a_read() -> None:
    proxy = SpendingProxy()
    with management(proxy) as client:
        info = client.request_key(models=["plain-chat"])
    with KeyClient(info.key, BASE, http_client=httpx.Client(transport=httpx.MockTransport(proxy.handle))) as bare:
        budget = bare.chat("plain-chat", USER).budget
    assert budget is not None and budget.spent is None and budget.unconfirmed == COST and budget.remaining is None


def test_threads_lose_no_cost() -> None:
    proxy = SpendingProxy()
    with management(proxy) as client:
        info = client.request_key(models=["plain-chat"], max_budget=100.0)
        keys = [client.for_key(info) for _ in range(4)]
        barrier = threading.Barrier(8)

        def work(n: int) -> None:
            barrier.wait()
            for _ in range(25):
                keys[n % 4].chat("plain-chat", USER)

        threads = [threading.Thread(target=work, args=(n,)) for n in range(8)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert spent(client.live_budget(info)) == 8 * 25 * COST


def test_tasks_lose_no_cost_and_count_in_flight_while_they_wait() -> None:
    proxy = SpendingProxy()

    async def run() -> tuple[LiveBudget | None, list[int]]:
        async with amanagement(proxy) as client:
            info = await client.request_key(models=["plain-chat"], max_budget=100.0)
            key = client.for_key(info)
            await asyncio.gather(*(key.chat("plain-chat", USER) for _ in range(50)))
            return await key.budget(), proxy.in_flight_seen

    budget, in_flight = asyncio.run(run())
    assert budget is not None and budget.spent == 50 * COST and budget.in_flight == 0
    assert min(in_flight) >= 1  # the proxy answered each while it was counted in flight


@pytest.mark.parametrize("adapter", ["redis", "no-incr"])
def test_a_shared_cache_shares_the_figure_between_servers(adapter: str) -> None:
    proxy = SpendingProxy()
    shared = FakeRedis()
    store = GetOnly()  # a user's shared adapter without incr: read and write

    def cache() -> Any:
        return RedisCache(shared) if adapter == "redis" else store

    with management(proxy, cache=cache()) as one, management(proxy, cache=cache()) as two:  # two "servers"
        info = one.request_key(models=["plain-chat"], max_budget=1.0)
        one.for_key(info).chat("plain-chat", USER)
        budget = two.for_key(info).chat("plain-chat", USER).budget
        assert budget is not None and budget.spent == 2 * COST and budget.shared
        assert spent(one.live_budget(info)) == 2 * COST
    assert len(ledger.PROCESS_STORE) == 0  # nothing of it in this process's own store
    if adapter == "redis":
        assert any(call[0] == "incrbyfloat" for call in shared.calls)


def test_an_async_shared_cache_shares_it_too() -> None:
    shared = AsyncFakeRedis()
    proxy = SpendingProxy()

    async def run() -> LiveBudget | None:
        async with amanagement(proxy, cache=AsyncRedisCache(shared)) as one:
            async with amanagement(proxy, cache=AsyncRedisCache(shared)) as two:
                info = await one.request_key(models=["plain-chat"], max_budget=1.0)
                await one.for_key(info).chat("plain-chat", USER)
                await two.for_key(info).chat("plain-chat", USER)
                await two.describe_key(info.key)  # reconciled in the shared cache
                return await one.live_budget(info)

    budget = asyncio.run(run())
    assert budget is not None and budget.spent == 2 * COST and budget.read_at is not None and budget.shared


def test_a_failing_shared_cache_gives_no_figure_and_never_fails_the_call() -> None:
    class Down(GetOnly):
        def get(self, key: str) -> Any:
            raise ConnectionError("redis is down")

        def set(self, key: str, value: Any, ttl: float | None = None) -> None:
            raise ConnectionError("redis is down")

    proxy = SpendingProxy()
    with management(proxy, cache=Down()) as client:
        info = client.request_key(models=["plain-chat"], max_budget=1.0)
        reply = client.for_key(info).chat("plain-chat", USER)
        assert reply.text == "Hi" and reply.budget is None
        assert client.describe_key(info.key).key == info.key and client.live_budget(info) is None


# --- streams --------------------------------------------------------------------------------------------------------


def test_a_stream_is_priced_from_its_usage_at_the_models_prices_when_no_cost_comes() -> None:
    proxy = SpendingProxy()
    with management(proxy) as client:
        info = client.request_key(models=["plain-chat"], max_budget=1.0)
        key = client.for_key(info)
        key.chat("plain-chat", USER)
        with key.stream_chat("plain-chat", USER) as stream:
            before = stream.budget
            assert before is not None and before.spent == COST and before.in_flight == 1
            assert spent(key.budget()) == COST and key.budget().in_flight == 1  # type: ignore[union-attr]
            completion = stream.until_done()
        assert stream.spend.response_cost == 0.0  # the head's cost header: before the answer
        after = stream.budget
        assert after is not None and after.spent == pytest.approx(COST + STREAM_COST) and after.in_flight == 0
        assert completion.budget == after
        proxy.write()
        fresh = client.describe_key(info.key)
        assert fresh.budget is not None and spent(key.budget()) == pytest.approx(fresh.budget.spent)


def test_a_streams_usage_cost_is_taken_when_litellm_sends_it() -> None:
    proxy = SpendingProxy()
    proxy.stream_usage_extra = {"cost": 0.0625}

    async def run() -> LiveBudget | None:
        async with amanagement(proxy) as client:
            info = await client.request_key(models=["plain-chat"], max_budget=1.0)
            async with await client.for_key(info).stream_chat("plain-chat", USER) as stream:
                async for _ in stream:
                    pass
            return stream.budget

    assert spent(asyncio.run(run())) == 0.0625


def test_a_stream_the_proxy_ends_with_an_error_adds_nothing_and_one_closed_early_is_unpriced() -> None:
    proxy = SpendingProxy()
    with management(proxy) as client:
        info = client.request_key(models=ALL_MODELS, max_budget=1.0)
        key = client.for_key(info)
        failing = key.stream_chat("fails-midway", USER, check=False)
        with pytest.raises(ServerError):
            failing.until_done()
        assert failing.budget is not None and (failing.budget.spent, failing.budget.unpriced) == (0.0, 0)
        with key.stream_chat("plain-chat", USER) as left:
            next(iter(left))  # the user stops reading: the proxy may still charge it
        assert left.budget is not None and left.budget.unpriced == 1 and left.budget.spent == 0.0
        assert "without a known cost" in left.budget.bound and left.budget.in_flight == 0


def test_a_stream_dropped_unread_is_no_longer_counted_in_flight() -> None:
    proxy = SpendingProxy()
    with management(proxy) as client:
        info = client.request_key(models=["plain-chat"], max_budget=1.0)
        key = client.for_key(info)
        stream = key.stream_chat("plain-chat", USER)
        assert key.budget().in_flight == 1  # type: ignore[union-attr]
        stream._body.close()
        del stream
        assert key.budget().in_flight == 0  # type: ignore[union-attr]


def test_the_ui_message_stream_reports_the_running_figure_as_remaining_budget() -> None:
    proxy = SpendingProxy()
    with management(proxy) as client:
        info = client.request_key(models=["plain-chat"], max_budget=1.0)
        key = client.for_key(info)
        key.chat("plain-chat", USER)
        body = b"".join(ui_message_stream(key.stream_chat("plain-chat", USER))).decode()
    frames = [json.loads(line[6:]) for line in body.splitlines() if line.startswith("data: {")]
    start = next(f for f in frames if f["type"] == "start")
    finish = next(f for f in frames if f["type"] == "finish")
    assert start["messageMetadata"]["remainingBudget"] == 1.0 - COST  # not max_budget - x-litellm-key-spend
    assert finish["messageMetadata"]["remainingBudget"] == pytest.approx(1.0 - COST - STREAM_COST)


def test_the_ui_hook_can_be_given_the_figure() -> None:
    proxy = SpendingProxy()
    hook: Callable[[Any], float | None] = lambda completion: completion.budget.remaining  # noqa: E731
    with management(proxy) as client:
        info = client.request_key(models=["plain-chat"], max_budget=1.0)
        body = b"".join(ui_message_stream(client.for_key(info).stream_chat("plain-chat", USER), remaining_budget=hook))
    assert f'"remainingBudget":{1.0 - STREAM_COST}' in body.decode()


def test_the_figure_counts_against_every_budget_of_the_key_and_the_ui_shows_the_tightest() -> None:
    proxy = SpendingProxy()
    with management(proxy) as client:
        made = client.request_key(models=["plain-chat"], max_budget=10.0)
    team = ScopeBudget(scope=BudgetScope.TEAM, id="team-a", max=1.0, spent=0.5)
    info = attrs.evolve(made, budgets=(ScopeBudget(scope=BudgetScope.KEY, id=made.token_id, max=10.0, spent=0.0), team))
    transport = httpx.MockTransport(proxy.handle)
    with KeyClient.from_info(info, BASE, http_client=httpx.Client(transport=transport)) as key:
        budget = key.chat("plain-chat", USER).budget
        assert budget is not None and budget.remaining == 10.0 - COST  # the key's own budget
        assert budget.effective is not None and budget.effective.scope == "team"
        assert budget.effective_remaining == 0.5 - COST  # what is really left: the team's
        body = b"".join(ui_message_stream(key.stream_chat("plain-chat", USER))).decode()
    frames = [json.loads(line[6:]) for line in body.splitlines() if line.startswith("data: {")]
    assert frames[0]["messageMetadata"]["remainingBudget"] == 0.5 - COST
    assert frames[-1]["messageMetadata"]["remainingBudget"] == pytest.approx(0.5 - COST - STREAM_COST)
