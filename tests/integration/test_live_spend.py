"""The key's running spend (``LiveBudget``) on the real proxy: the figure after each answer equals what
``describe_key`` reports once LiteLLM has written the spend (it writes in batches every ``proxy_batch_write_at``
seconds plus up to 5: 2 in this tier's config, 10 by default), chats and a stream included, and reads that lag the write never lower it;
with a Redis cache a second server (another process) counts into the same figure.

Why the SDK keeps the figure at all, measured on LiteLLM 1.108.7 (and 1.110.2): ``x-litellm-key-spend`` is not a
running total (each chat reports about its own cost), a stream reports 0.0, and ``/key/info`` lags the batch write.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
import time
from collections.abc import Iterator

import pytest

from litellm_sdk import BudgetScope, LiteLLMClient, LiveBudget, VirtualKeyInfo
from litellm_sdk.cache import RedisCache
from tests._servers import LocalProxy, RedisServer

from ._helpers import create_team, unique

USER = [{"role": "user", "content": "Say hello"}]
#: How long describe_key may lag the answers before the test gives up (the batch write runs every 2-7 s here).
CATCH_UP = 45.0
#: Floats summed by the SDK and by the proxy (in another order, through Postgres) may differ in their last bits.
TOLERANCE = 1e-9


@pytest.fixture(scope="module")
def admin(litellm_proxy: LocalProxy) -> Iterator[LiteLLMClient]:
    with LiteLLMClient(litellm_proxy.base_url, litellm_proxy.master_key) as client:
        yield client


@pytest.fixture
def info(admin: LiteLLMClient) -> Iterator[VirtualKeyInfo]:
    # the budget reservation (LiteLLM 1.85+) holds a call's worst case against the budget: keep it far away
    made = admin.request_key(models=["plain-chat"], max_budget=1000.0, duration="1h", key_alias=unique("live-spend"))
    yield made
    admin.revoke(made.key)


def figure(budget: LiveBudget | None) -> float:
    assert budget is not None and budget.spent is not None, budget
    return budget.spent


def caught_up(admin: LiteLLMClient, info: VirtualKeyInfo, expected: float) -> VirtualKeyInfo:
    """describe_key until the proxy's spend reaches ``expected`` (within CATCH_UP seconds); every read in between
    lags the write and must leave the running figure where it was."""
    deadline = time.monotonic() + CATCH_UP
    while True:
        read = admin.describe_key(info.key)
        assert read.budget is not None
        if read.budget.spent >= expected - TOLERANCE or time.monotonic() > deadline:
            return read
        assert figure(admin.live_budget(info)) == pytest.approx(expected, rel=TOLERANCE)  # a lagging read
        time.sleep(0.5)


def test_four_chats_and_a_stream_the_figure_after_each_equals_describe_keys_spend_once_written(
    admin: LiteLLMClient, info: VirtualKeyInfo
) -> None:
    key = admin.for_key(info)
    previous = 0.0
    for _ in range(4):
        reply = key.chat("plain-chat", USER)
        cost = reply.spend.response_cost
        assert cost is not None and cost > 0  # the mock model is priced
        after = figure(reply.budget)
        assert after == pytest.approx(previous + cost, rel=TOLERANCE)
        read = caught_up(admin, info, after)
        assert read.budget is not None and read.budget.spent == pytest.approx(after, rel=TOLERANCE)
        reconciled = admin.live_budget(info)
        assert reconciled is not None and figure(reconciled) == pytest.approx(after, rel=TOLERANCE)
        assert reconciled.unconfirmed == pytest.approx(0.0, abs=TOLERANCE) and reconciled.read_at is not None
        previous = after

    with key.stream_chat("plain-chat", USER) as stream:
        assert figure(stream.budget) == pytest.approx(previous, rel=TOLERANCE)  # before its answer
        assert stream.budget is not None and stream.budget.in_flight == 1
        completion = stream.until_done()
    assert stream.spend.response_cost in (None, 0.0)  # the head comes before the answer: no cost there
    assert completion.usage is not None
    after = figure(stream.budget)
    assert after > previous and stream.budget is not None and stream.budget.in_flight == 0
    read = caught_up(admin, info, after)
    assert read.budget is not None and read.budget.spent == pytest.approx(after, rel=TOLERANCE)


def test_chats_in_a_row_with_lagging_reads_between_them_end_equal_to_describe_key(
    admin: LiteLLMClient, info: VirtualKeyInfo
) -> None:
    key = admin.for_key(info)
    figures = []
    for _ in range(4):
        figures.append(figure(key.chat("plain-chat", USER).budget))
        admin.describe_key(info.key)  # right after the answer: the write has (most likely) not happened yet
        figures.append(figure(key.budget()))
    assert figures == sorted(figures) and figures[-1] == pytest.approx(figures[-2], rel=TOLERANCE)
    read = caught_up(admin, info, figures[-1])
    assert read.budget is not None and read.budget.spent == pytest.approx(figures[-1], rel=TOLERANCE)
    assert figure(key.budget()) == pytest.approx(read.budget.spent, rel=TOLERANCE)


def test_in_a_team_the_figure_counts_against_the_teams_budget_which_is_the_effective_one(
    litellm_proxy: LocalProxy, admin: LiteLLMClient
) -> None:
    team = create_team(litellm_proxy.base_url, litellm_proxy.master_key, ["plain-chat"], max_budget=50.0)
    info = admin.request_key(team_id=team, models=["plain-chat"], max_budget=1000.0, duration="1h")
    try:
        key = admin.for_key(info)
        key.chat("plain-chat", USER, max_tokens=20)  # max_tokens: LiteLLM holds less against the budgets meanwhile
        budget = key.chat("plain-chat", USER, max_tokens=20).budget
        assert budget is not None and budget.effective is not None
        assert (budget.effective.scope, budget.effective.id) == (BudgetScope.TEAM, team)
        assert budget.effective_remaining == pytest.approx(50.0 - figure(budget), rel=TOLERANCE)  # a new team
        read = caught_up(admin, info, figure(budget))
        team_read = next(b for b in read.budgets if b.scope == BudgetScope.TEAM)
        assert team_read.spent == pytest.approx(figure(budget), rel=TOLERANCE)  # the proxy wrote the team's too
        live = admin.live_budget(info)
        assert live is not None and live.effective is not None
        assert live.effective.remaining == pytest.approx(team_read.remaining, rel=TOLERANCE)
    finally:
        admin.revoke(info.key)


SERVER_B = textwrap.dedent(
    """
    import json, sys
    from litellm_sdk import LiteLLMClient, VirtualKeyInfo
    from litellm_sdk.cache import RedisCache

    given = json.load(sys.stdin)  # never on the command line: the key and the master key stay out of any message
    cache = RedisCache.from_url(given["redis_url"], prefix=given["prefix"])
    with LiteLLMClient(given["base_url"], given["master_key"], cache=cache) as client:
        key = client.for_key(VirtualKeyInfo.from_dict(given["info"]))
        reply = key.chat("plain-chat", [{"role": "user", "content": "Say hello"}])
        print(json.dumps({"cost": reply.spend.response_cost, "spent": reply.budget.spent}))
    """
)


def test_with_redis_a_second_server_counts_into_the_same_figure(
    litellm_proxy: LocalProxy, redis_server: RedisServer, info: VirtualKeyInfo
) -> None:
    prefix = unique("live-spend") + ":"
    cache = RedisCache.from_url(redis_server.url, prefix=prefix)
    with LiteLLMClient(litellm_proxy.base_url, litellm_proxy.master_key, cache=cache) as server_a:
        mine = figure(server_a.for_key(info).chat("plain-chat", USER).budget)
        given = {
            "base_url": litellm_proxy.base_url,
            "master_key": litellm_proxy.master_key,
            "redis_url": redis_server.url,
            "prefix": prefix,
            "info": info.to_dict(),
        }
        server_b = subprocess.run(
            [sys.executable, "-c", SERVER_B], input=json.dumps(given), capture_output=True, text=True, timeout=120
        )
        assert server_b.returncode == 0, server_b.stderr[-2000:]
        theirs = json.loads(server_b.stdout)
        assert theirs["spent"] == pytest.approx(mine + theirs["cost"], rel=TOLERANCE)  # B counted on top of A
        shared = server_a.live_budget(info)
        assert shared is not None and shared.shared
        assert figure(shared) == pytest.approx(theirs["spent"], rel=TOLERANCE)
        read = caught_up(server_a, info, theirs["spent"])
        assert read.budget is not None and read.budget.spent == pytest.approx(theirs["spent"], rel=TOLERANCE)
    cache.clear()
    cache.close()


def test_the_redis_adapters_add_atomically_on_a_real_redis(redis_server: RedisServer) -> None:
    import asyncio

    from litellm_sdk.cache import AsyncRedisCache

    prefix = unique("incr") + ":"
    sync = RedisCache.from_url(redis_server.url, prefix=prefix)

    async def tasks() -> float | None:
        cache = AsyncRedisCache.from_url(redis_server.url, prefix=prefix)
        try:

            async def task() -> None:
                for _ in range(10):
                    await cache.incr("n", 0.125, ttl=60)

            await asyncio.gather(*(task() for _ in range(20)))  # 20 at once, within the client's connection pool
            value: float | None = await cache.get("n")
            return value
        finally:
            await cache.aclose()

    try:
        assert asyncio.run(tasks()) == 200 * 0.125
        assert sync.incr("n", 0.5) == 200 * 0.125 + 0.5
        assert 0 < sync._redis.pttl(prefix + "n") <= 60_000  # the ttl given with the adds
    finally:
        sync.clear()
        sync.close()
