"""Shared flights: concurrent calls that would send the same requests share one run, and only those. A flight's
identity is the digest of everything that decides its answer, so calls with other models, teams or wildcards never
get each other's answer; a cancelled leader does not poison the flight; a caller joining a slow flight is bound by its
own timeout. Calls really run at once (asyncio tasks, threads) over the in-memory LiteLLM stand-in."""

from __future__ import annotations

import asyncio
import hashlib
import math
import time

import httpx
import pytest

from litellm_sdk import ALL_MODELS
from litellm_sdk._engine import steps as E
from litellm_sdk._engine.steps import Context, Shared
from litellm_sdk._manage.keys import scope_models

from .._concurrent import BASE, SERVABLE_ALL, async_client, gated_async, gated_sync, run_threads, sync_client
from .._fake_proxy import FakeProxy
from .._ops import MASTER, Driver, ctx, script


def _fn(c: E.Context, **kwargs: object) -> E.Op[object]:
    yield from ()
    return (c.base_url, kwargs)


def _other(c: E.Context, **kwargs: object) -> E.Op[object]:
    yield from ()
    return None


def test_flight_identity_is_the_hash_of_everything_that_decides_the_answer() -> None:
    c = ctx()
    one = Shared(_fn, {"a": 1, "b": [1, 2]})
    assert one.identity(c) == Shared(_fn, {"b": [1, 2], "a": 1}).identity(c)  # key order does not matter
    assert len(one.identity(c)) == 64
    int(one.identity(c), 16)
    others = [
        Shared(_fn, {"a": 2, "b": [1, 2]}).identity(c),
        Shared(_fn, {"a": 1, "b": [2, 1]}).identity(c),
        Shared(_other, {"a": 1, "b": [1, 2]}).identity(c),
        one.identity(E.Context(base_url=BASE + "/other", master_key=MASTER)),
        one.identity(E.Context(base_url=BASE, master_key=MASTER + "x")),
    ]
    assert one.identity(c) not in others
    assert len(set(others)) == len(others)
    # the credential is not part of it: any valid credential gets the same answer
    assert Shared(_fn, {"a": 1, "b": [1, 2]}, credential="sk-one").identity(c) == one.identity(c)
    # nested mappings are canonical too
    assert Shared(_fn, {"s": {"x": 1, "y": 2}}).identity(c) == Shared(_fn, {"s": {"y": 2, "x": 1}}).identity(c)


def test_flight_identity_is_the_documented_digest() -> None:
    c = ctx()
    subject = f'["{_fn.__module__}._fn","{BASE}","{hashlib.sha256(MASTER.encode()).hexdigest()}",{{"a":1}}]'.encode()
    assert Shared(_fn, {"a": 1}).identity(c) == hashlib.sha256(subject).hexdigest()


def test_flight_arguments_must_be_plain_json() -> None:
    with pytest.raises(TypeError, match=r"^a Shared argument must be JSON data, got object$"):
        Shared(_fn, {"a": object()}).identity(ctx())
    with pytest.raises(ValueError):
        Shared(_fn, {"a": math.nan}).identity(ctx())


def test_a_flight_starts_its_function_with_the_args_and_the_credential() -> None:
    c = ctx()
    op = Shared(_fn, {"a": 1}).start(c)
    assert Driver(script()).run(op) == (BASE, {"a": 1})
    op = Shared(_fn, {"a": 1}, credential="sk-cred").start(c)
    assert Driver(script()).run(op) == (BASE, {"a": 1, "credential": "sk-cred"})


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
