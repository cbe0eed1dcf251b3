"""The engine's promises (issue 11) on the real LiteLLM proxy with PostgreSQL.

- Cancellation: a call cancelled (asyncio), timed out by the caller (``asyncio.wait_for``) or interrupted
  (``KeyboardInterrupt`` in the sync client) after any of its steps leaves on the proxy exactly the keys that were
  handed to callers: none for an abandoned call.
- Flights: concurrent calls whose answers could differ never share a ``/model_group/info`` fetch; identical ones do.
- ensure_key: concurrent calls with different requests each get a key made for their own request (or a
  ConflictError), and the alias has at most one live key once they settle; across threads, asyncio tasks, OS
  processes and two LiteLLM processes serving one PostgreSQL database.
- Servable models: only models a deployment serves are listed and turn on features.

Keys are counted on the proxy itself (``/key/list`` with the master key over plain httpx), by a user id or an
alias unique to each test. Steps are stopped with httpx transports wrapping the real one (tests/integration/
_steps.py); nothing of LiteLLM or of the SDK is mocked.
"""

from __future__ import annotations

import asyncio
import contextlib
import fnmatch
import json
import os
import subprocess
import sys
import threading
from collections.abc import Awaitable, Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import httpx
import pytest

from litellm_sdk import ALL_MODELS, AsyncLiteLLMClient, ConflictError, LiteLLMClient, LiteLLMError, VirtualKeyInfo
from tests import _servers
from tests._servers import LocalProxy, ServerError

from ._helpers import chat, unique
from ._second_proxy import SecondProxy
from ._steps import (
    INFLIGHT,
    PHASES,
    AsyncGate,
    AsyncMeeting,
    Hold,
    SyncGate,
    SyncMeeting,
    keys_on_proxy,
    tokens_on_proxy,
)

REPO = Path(__file__).resolve().parents[2]
#: The launcher's wildcard deployment (mock answers, no provider is called).
WILDCARD_DEPLOYMENT = "anthropic/claude-haiku*"
MODEL_GROUP_INFO = "GET /model_group/info"
GENERATE = "POST /key/generate"


# --------------------------------------------------------------------------- fixtures


@pytest.fixture(scope="module")
def proxy_b_started(litellm_proxy: LocalProxy) -> Iterator[SecondProxy | None]:
    """A second litellm process on the session proxy's database, started when this module starts (it takes
    tens of seconds to come up, so the module's other tests run meanwhile) and stopped by its PID at the end."""
    if not litellm_proxy.controllable or litellm_proxy.state_dir is None:
        yield None
        return
    pid = int((litellm_proxy.state_dir / "litellm.pid").read_text().strip())
    second = SecondProxy(pid)
    second.start()
    _servers._LIVE.append(second)  # type: ignore[arg-type]  # the atexit hook of tests/_servers closes it too
    try:
        yield second
    finally:
        second.close()
        with contextlib.suppress(ValueError):
            _servers._LIVE.remove(second)  # type: ignore[arg-type]


@pytest.fixture(scope="module", autouse=True)
def _start_proxy_b_early(proxy_b_started: SecondProxy | None) -> None:
    """Start proxy B with the module's first test."""


@pytest.fixture
def proxy_b(proxy_b_started: SecondProxy | None, litellm_proxy: LocalProxy) -> SecondProxy:
    if proxy_b_started is None:
        if os.environ.get("LITELLM_SDK_REUSE_PROXY") != "1":  # CI never reuses a proxy: there this must not skip
            pytest.fail("no session-owned proxy process to copy for a second LiteLLM on the same database")
        pytest.skip(
            "missing: a local LiteLLM process to copy for the second proxy (LITELLM_SDK_REUSE_PROXY=1 reused the "
            "proxy of LITELLM_BASE_URL)"
        )
    try:
        proxy_b_started.wait_ready()
    except ServerError as error:
        pytest.fail(str(error))
    assert proxy_b_started.port != litellm_proxy.port
    return proxy_b_started


def async_client(proxy: Any, transport: httpx.AsyncBaseTransport | None = None, **hooks: Any) -> AsyncLiteLLMClient:
    """A client over the caller's own httpx.AsyncClient (close it with :func:`aclose`)."""
    http = httpx.AsyncClient(transport=transport or httpx.AsyncHTTPTransport(), event_hooks=hooks or None)
    return AsyncLiteLLMClient(proxy.base_url, proxy.master_key, http_client=http)


async def aclose(client: AsyncLiteLLMClient) -> None:
    await client._runner.client.aclose()


@contextlib.contextmanager
def sync_client(proxy: Any, transport: httpx.BaseTransport | None = None, **hooks: Any) -> Iterator[LiteLLMClient]:
    """A client over the caller's own httpx.Client, which is closed at the end."""
    with httpx.Client(transport=transport or httpx.HTTPTransport(), event_hooks=hooks or None) as http:
        yield LiteLLMClient(proxy.base_url, proxy.master_key, http_client=http)


def after_create(steps: list[str]) -> int:
    """How many stop points of a call come after the proxy answered its ``/key/generate``: the ``sent`` and
    ``read`` phases of that request and every phase of each later one."""
    return 2 + len(PHASES) * (len(steps) - steps.index(GENERATE) - 1)


def token(info: VirtualKeyInfo) -> str:
    assert info.token_id, "the SDK reports the key's token id"
    return info.token_id


# --------------------------------------------------------------------------- 1. cancellation after every step

AsyncCall = Callable[[AsyncLiteLLMClient, str], Awaitable[VirtualKeyInfo]]
SyncCall = Callable[[LiteLLMClient, str], VirtualKeyInfo]

ASYNC_CALLS: dict[str, AsyncCall] = {
    "request_key explicit models": lambda c, user: c.request_key(user_id=user, models=["plain-chat"]),
    "request_key all models (shared flight)": lambda c, user: c.request_key(user_id=user, models=ALL_MODELS),
    "ensure_key new user": lambda c, user: c.ensure_key(user_id=user, models=["plain-chat"]),
}
SYNC_CALLS: dict[str, SyncCall] = {
    "request_key explicit models": lambda c, user: c.request_key(user_id=user, models=["plain-chat"]),
    "request_key all models (shared flight)": lambda c, user: c.request_key(user_id=user, models=ALL_MODELS),
    "ensure_key new user": lambda c, user: c.ensure_key(user_id=user, models=["plain-chat"]),
}


async def run_async_gated(proxy: LocalProxy, call: AsyncCall, user: str, gate: AsyncGate) -> VirtualKeyInfo | None:
    """Run ``call``; if it reaches the gate, cancel its task there. Returns its result, or None when cancelled
    (after the task has finished, compensations included)."""
    client = async_client(proxy, gate)
    try:
        task = asyncio.ensure_future(call(client, user))
        reached = asyncio.ensure_future(gate.reached.wait())
        await asyncio.wait({task, reached}, timeout=60, return_when=asyncio.FIRST_COMPLETED)
        reached.cancel()
        if task.done():
            return task.result()
        assert gate.fired, "the call neither finished nor reached the gate within 60 s"
        task.cancel()
        gate.released.set()
        with pytest.raises(asyncio.CancelledError):
            await task
        return None
    finally:
        await gate.settle()
        await aclose(client)


async def steps_of(proxy: LocalProxy, call: AsyncCall) -> list[str]:
    """The requests ``call`` sends on a cold client, in order (one undisturbed run)."""
    gate = AsyncGate()
    info = await run_async_gated(proxy, call, unique("probe"), gate)
    assert info is not None
    return gate.seen


@pytest.mark.parametrize("name", list(ASYNC_CALLS))
async def test_async_cancel_after_every_step_leaves_no_key_nobody_holds(litellm_proxy: LocalProxy, name: str) -> None:
    call = ASYNC_CALLS[name]
    steps = await steps_of(litellm_proxy, call)
    assert GENERATE in steps
    points = [(at, phase) for at in range(1, len(steps) + 1) for phase in PHASES]

    async def one(at: int, phase: str) -> tuple[str, AsyncGate, VirtualKeyInfo | None]:
        user = unique("cancel")
        gate = AsyncGate(at, phase)
        return user, gate, await run_async_gated(litellm_proxy, call, user, gate)

    outcomes = await asyncio.gather(*(one(at, phase) for at, phase in points))
    wrong, created_then_cancelled = [], 0
    for (at, phase), (user, gate, info) in zip(points, outcomes, strict=True):
        handed = {token(info)} if info is not None else set()
        left = tokens_on_proxy(litellm_proxy.base_url, litellm_proxy.master_key, user_id=user)
        if info is None and (GENERATE, 200) in gate.answered[:at]:
            created_then_cancelled += 1
        if left != handed:
            wrong.append(f"cancelled at {steps[at - 1]} ({phase}): {len(left)} keys on the proxy, {len(handed)} handed")
    assert not wrong, "\n".join(wrong)
    # the test proves something only if some cancellations came after the proxy had created the key
    assert created_then_cancelled >= after_create(steps)


@pytest.mark.parametrize("name", ["request_key explicit models", "ensure_key new user"])
async def test_async_cancel_while_the_create_is_in_flight_leaves_no_key(litellm_proxy: LocalProxy, name: str) -> None:
    """Cancelled while ``POST /key/generate`` is on its way: the proxy creates the key after the cancellation (as
    one busy with the request would), so a compensating delete sent at once would find nothing and leave it."""
    call = ASYNC_CALLS[name]
    steps = await steps_of(litellm_proxy, call)
    users = [unique("inflight") for _ in range(3)]
    gates = [AsyncGate(steps.index(GENERATE) + 1, INFLIGHT) for _ in users]
    outcomes = await asyncio.gather(
        *(run_async_gated(litellm_proxy, call, u, g) for u, g in zip(users, gates, strict=True))
    )
    for user, gate, info in zip(users, gates, outcomes, strict=True):
        assert info is None and (GENERATE, 200) in gate.answered, "the proxy created the key after the cancellation"
        assert tokens_on_proxy(litellm_proxy.base_url, litellm_proxy.master_key, user_id=user) == set()


async def test_five_cancelled_logins_leave_no_orphan_key(litellm_proxy: LocalProxy) -> None:
    """Five concurrent logins (one client) cancelled once the proxy has created their keys: none is left."""
    user = unique("storm")
    gate = AsyncGate(hold_every=GENERATE, phase="sent")
    client = async_client(litellm_proxy, gate)
    try:
        tasks = [asyncio.ensure_future(client.request_key(user_id=user, models=["plain-chat"])) for _ in range(5)]
        for _ in range(600):
            if gate.holding == 5:
                break
            await asyncio.sleep(0.05)
        assert gate.holding == 5
        assert len(tokens_on_proxy(litellm_proxy.base_url, litellm_proxy.master_key, user_id=user)) == 5
        for task in tasks:
            task.cancel()
        gate.released.set()
        results = await asyncio.gather(*tasks, return_exceptions=True)
    finally:
        await aclose(client)
    assert all(isinstance(r, asyncio.CancelledError) for r in results)
    assert tokens_on_proxy(litellm_proxy.base_url, litellm_proxy.master_key, user_id=user) == set()
    assert gate.seen.count("POST /key/delete") >= 1


async def test_ensure_key_cancelled_while_replacing_leaves_only_keys_handed_out(litellm_proxy: LocalProxy) -> None:
    """A returning user whose request changed: the old key is deleted and a new one made. Cancelled after any
    step, the user keeps at most the key handed out before, never a key made for the cancelled call; and the
    next login gets exactly one key."""

    def changed(c: AsyncLiteLLMClient, user: str) -> Awaitable[VirtualKeyInfo]:
        return c.ensure_key(user_id=user, models=["plain-chat", "dall-e-3"])

    async with AsyncLiteLLMClient(litellm_proxy.base_url, litellm_proxy.master_key) as admin:
        probe = unique("probe")
        await admin.ensure_key(user_id=probe, models=["plain-chat"])
        gate = AsyncGate()
        assert await run_async_gated(litellm_proxy, changed, probe, gate) is not None
        steps = gate.seen
        # the user's budget is read beside the replacement, in no fixed order (test_budgets.py covers it)
        budget_reads = ("GET /user/info", "GET /v2/user/info", "GET /team/info", "GET /organization/info")
        assert [s for s in steps if not s.startswith(budget_reads)][:3] == [
            "GET /key/list",
            "POST /key/delete",
            GENERATE,
        ], steps
        points = [(at, "sent") for at in range(1, len(steps) + 1)]  # after the proxy acted on each request
        users = [unique("replace") for _ in points]
        before = [
            token(i) for i in await asyncio.gather(*(admin.ensure_key(user_id=u, models=["plain-chat"]) for u in users))
        ]
        outcomes = await asyncio.gather(
            *(
                run_async_gated(litellm_proxy, changed, user, AsyncGate(at, phase))
                for user, (at, phase) in zip(users, points, strict=True)
            )
        )
        wrong = []
        for user, old, (at, phase), info in zip(users, before, points, outcomes, strict=True):
            left = tokens_on_proxy(litellm_proxy.base_url, litellm_proxy.master_key, user_id=user)
            handed = {old} | ({token(info)} if info is not None else set())
            if not left <= handed or len(left) > 1 or (info is not None and token(info) not in left):
                wrong.append(f"cancelled at {steps[at - 1]} ({phase}): the keys left are not those handed out")
        assert not wrong, "\n".join(wrong)
        again = await asyncio.gather(*(changed(admin, user) for user in users))
        for user, info in zip(users, again, strict=True):
            assert tokens_on_proxy(litellm_proxy.base_url, litellm_proxy.master_key, user_id=user) == {token(info)}


@pytest.mark.parametrize("name", ["request_key explicit models", "ensure_key new user"])
async def test_caller_timeouts_with_wait_for_leave_no_key_nobody_holds(litellm_proxy: LocalProxy, name: str) -> None:
    """The caller's own ``asyncio.wait_for`` at times that land before, between and after the steps (each answer
    arrives 0.25 s after the proxy gave it): every run leaves exactly the key it returned, or none."""
    call = ASYNC_CALLS[name]
    # the last is generous: on a loaded 2-core machine (CI beside the matrix) one answer of the proxy can take 2 s
    bounds = [0.02, 0.15, 0.3, 0.45, 0.6, 0.75, 0.9, 1.1, 1.4, 30.0]

    async def one(bound: float) -> tuple[str, AsyncGate, VirtualKeyInfo | None]:
        user, gate = unique("waitfor"), AsyncGate(delay=0.25)
        client = async_client(litellm_proxy, gate)
        try:
            return user, gate, await asyncio.wait_for(call(client, user), bound)
        except (TimeoutError, asyncio.TimeoutError):
            return user, gate, None
        finally:
            await aclose(client)

    outcomes = await asyncio.gather(*(one(b) for b in bounds))
    timed_out_after_create = 0
    for bound, (user, gate, info) in zip(bounds, outcomes, strict=True):
        handed = {token(info)} if info is not None else set()
        left = tokens_on_proxy(litellm_proxy.base_url, litellm_proxy.master_key, user_id=user)
        assert left == handed, f"wait_for({bound}): {len(left)} keys on the proxy, {len(handed)} handed"
        timed_out_after_create += info is None and (GENERATE, 200) in gate.answered
    assert outcomes[-1][2] is not None, "the generous bound lets the call finish"
    assert timed_out_after_create >= 1, "some bound must land after the proxy created the key"


@pytest.mark.parametrize("name", ["request_key explicit models", "ensure_key new user"])
def test_sync_keyboard_interrupt_after_every_step_leaves_no_key_nobody_holds(
    litellm_proxy: LocalProxy, name: str
) -> None:
    call = SYNC_CALLS[name]
    probe = SyncGate()
    with sync_client(litellm_proxy, probe) as client:
        call(client, unique("probe"))
    steps = probe.seen
    points = [(at, phase) for at in range(1, len(steps) + 1) for phase in PHASES]

    def one(at: int, phase: str) -> tuple[str, SyncGate, VirtualKeyInfo | None]:
        user, gate = unique("ctrl-c"), SyncGate(at, phase)
        with sync_client(litellm_proxy, gate) as client:
            try:
                return user, gate, call(client, user)
            except KeyboardInterrupt:
                return user, gate, None

    with ThreadPoolExecutor(len(points)) as pool:
        outcomes = list(pool.map(lambda p: one(*p), points))
    wrong, created_then_interrupted = [], 0
    for (at, phase), (user, gate, info) in zip(points, outcomes, strict=True):
        assert gate.fired, f"request {at} ({phase}) was never reached"
        assert info is None, "the interruption reaches the caller"
        left = tokens_on_proxy(litellm_proxy.base_url, litellm_proxy.master_key, user_id=user)
        created_then_interrupted += (GENERATE, 200) in gate.answered[:at]
        if left:
            wrong.append(f"interrupted at {steps[at - 1]} ({phase}): {len(left)} keys left, none handed")
    assert not wrong, "\n".join(wrong)
    assert created_then_interrupted >= after_create(steps)


# --------------------------------------------------------------------------- 2. flights on the real proxy

DIFFERENT_MODEL_LISTS = [
    pytest.param(ALL_MODELS, ["openai/*"], id="all-vs-openai-wildcard"),
    pytest.param(["openai/*"], [WILDCARD_DEPLOYMENT], id="two-wildcards"),
]


def _seen(request: httpx.Request, master_key: str) -> str:
    """``METHOD /path``; a model-group look-up made with the master key (1.80.x's expansion of a wildcard it leaves
    unexpanded) is marked apart from the keys' own."""
    seen = f"{request.method} {request.url.path}"
    via_master = request.headers.get("authorization") == f"Bearer {master_key}"
    return seen + " (master key)" if via_master and seen == MODEL_GROUP_INFO else seen


def alone(proxy: LocalProxy, key: str) -> VirtualKeyInfo:
    """describe_key with a fresh client (its own cache, no concurrent caller)."""
    with LiteLLMClient(proxy.base_url, proxy.master_key) as client:
        return client.describe_key(key)


def same_models(info: VirtualKeyInfo, reference: VirtualKeyInfo) -> None:
    assert info.model_ids == reference.model_ids
    assert info.features == reference.features
    assert info.unavailable_models == reference.unavailable_models


def check_expected(info: VirtualKeyInfo, models: list[str]) -> None:
    """What LiteLLM's answer means for this test proxy, independently of the SDK's flights."""
    if models is ALL_MODELS:
        assert {"plain-chat", "gpt-4o-vision", "dall-e-3"} <= set(info.model_ids)
    elif models == ["openai/*"]:  # no openai/* deployment: nothing servable
        assert info.model_ids == () and info.unavailable_models == ("openai/*",) and not info.features.chat
    else:
        assert info.model_ids and all(fnmatch.fnmatchcase(m, models[0]) for m in info.model_ids)
        assert info.features.chat


@pytest.mark.parametrize(("first", "second"), DIFFERENT_MODEL_LISTS)
async def test_async_concurrent_keys_with_different_models_get_their_own(
    litellm_proxy: LocalProxy, first: list[str], second: list[str]
) -> None:
    user = unique("flight")
    seen: list[str] = []

    async def hook(request: httpx.Request) -> None:
        seen.append(_seen(request, litellm_proxy.master_key))

    meeting = Hold(MODEL_GROUP_INFO, lambda h: h.count(MODEL_GROUP_INFO) >= 2)
    client = async_client(litellm_proxy, AsyncMeeting(meeting), request=[hook])
    try:
        infos = await asyncio.gather(*(client.request_key(user_id=user, models=m) for m in (first, second)))
    finally:
        await aclose(client)
    assert seen.count(MODEL_GROUP_INFO) == 2, "keys whose answers differ each fetch their own models"
    for info, models in zip(infos, (first, second), strict=True):
        assert list(info.allowed_models) == ([] if models is ALL_MODELS else models)
        check_expected(info, models)
        same_models(info, alone(litellm_proxy, info.key))


@pytest.mark.parametrize(("first", "second"), DIFFERENT_MODEL_LISTS)
def test_sync_threads_with_different_models_get_their_own(
    litellm_proxy: LocalProxy, first: list[str], second: list[str]
) -> None:
    user = unique("flight")
    seen: list[str] = []
    meeting = Hold(MODEL_GROUP_INFO, lambda h: h.count(MODEL_GROUP_INFO) >= 2)
    hook = [lambda r: seen.append(_seen(r, litellm_proxy.master_key))]
    with sync_client(litellm_proxy, SyncMeeting(meeting), request=hook) as client, ThreadPoolExecutor(2) as pool:
        infos = list(pool.map(lambda m: client.request_key(user_id=user, models=m), (first, second)))
    assert seen.count(MODEL_GROUP_INFO) == 2
    for info, models in zip(infos, (first, second), strict=True):
        check_expected(info, models)
        same_models(info, alone(litellm_proxy, info.key))


async def test_identical_concurrent_calls_still_share_one_fetch(litellm_proxy: LocalProxy) -> None:
    """Two logins asking the same thing at once: one ``/model_group/info`` (the first is held until the second
    has made its key, so they overlap), and both get the models the key has alone."""
    user = unique("same")
    seen: list[str] = []

    async def hook(request: httpx.Request) -> None:
        seen.append(_seen(request, litellm_proxy.master_key))

    meeting = Hold(MODEL_GROUP_INFO, lambda h: h.count(GENERATE, answered=True) >= 2, patience=5.0, grace=0.3)
    client = async_client(litellm_proxy, AsyncMeeting(meeting), request=[hook])
    try:
        infos = await asyncio.gather(*(client.request_key(user_id=user, models=ALL_MODELS) for _ in range(2)))
    finally:
        await aclose(client)
    assert seen.count(GENERATE) == 2 and seen.count(MODEL_GROUP_INFO) == 1
    assert infos[0].key != infos[1].key
    for info in infos:
        same_models(info, alone(litellm_proxy, info.key))


def test_identical_concurrent_threads_still_share_one_fetch(litellm_proxy: LocalProxy) -> None:
    user = unique("same")
    seen: list[str] = []
    meeting = Hold(MODEL_GROUP_INFO, lambda h: h.count(GENERATE, answered=True) >= 2, patience=5.0, grace=0.3)
    hook = [lambda r: seen.append(_seen(r, litellm_proxy.master_key))]
    with sync_client(litellm_proxy, SyncMeeting(meeting), request=hook) as client, ThreadPoolExecutor(2) as pool:
        infos = list(pool.map(lambda _: client.request_key(user_id=user, models=ALL_MODELS), range(2)))
    assert seen.count(GENERATE) == 2 and seen.count(MODEL_GROUP_INFO) == 1
    for info in infos:
        same_models(info, alone(litellm_proxy, info.key))


# --------------------------------------------------------------------------- 3. ensure_key under concurrency

#: Three different requests for one user (other models; a budget), each asked by two callers.
REQUESTS: list[dict[str, Any]] = [
    {"models": ["plain-chat"]},
    {"models": ["plain-chat", "dall-e-3"]},
    {"models": ["plain-chat"], "max_budget": 5.0},
]


def matches(request: dict[str, Any], allowed_models: list[str] | tuple[str, ...], max_budget: float | None) -> bool:
    return sorted(allowed_models) == sorted(request["models"]) and max_budget == request.get("max_budget")


def check_settled(proxy: Any, user: str, handed: set[str]) -> None:
    """At most one live key for the user's alias, and it is one that was handed to a caller."""
    live = keys_on_proxy(proxy.base_url, proxy.master_key, key_alias=f"litellm-sdk/{user}")
    assert len(live) <= 1, f"{len(live)} live keys for one alias"
    assert {k["token"] for k in live} <= handed, "the live key was handed to a caller"
    assert len(keys_on_proxy(proxy.base_url, proxy.master_key, user_id=user)) == len(live)


def check_outcome(request: dict[str, Any], outcome: VirtualKeyInfo | BaseException) -> str | None:
    """The caller's key was made for its own request, or it got a ConflictError; the token it holds otherwise."""
    if isinstance(outcome, ConflictError):
        return None
    assert isinstance(outcome, VirtualKeyInfo), f"{type(outcome).__name__}: {outcome}"
    budget = outcome.budget.max if outcome.budget else None
    assert matches(request, outcome.allowed_models, budget), f"asked {request}, got {outcome.allowed_models} {budget}"
    assert outcome.metadata["litellm_sdk"]["request"], "the key carries its request's fingerprint"
    return token(outcome)


def test_ensure_key_threads_on_two_proxies_with_different_requests(
    litellm_proxy: LocalProxy, proxy_b: SecondProxy
) -> None:
    """Six threads, two per request, half through each proxy (one sync client per proxy, shared by its threads)."""
    for _ in range(2):
        user = unique("ens-threads")
        asks = REQUESTS * 2
        barrier = threading.Barrier(len(asks))

        def login(
            request: dict[str, Any], client: LiteLLMClient, user: str = user, barrier: threading.Barrier = barrier
        ) -> VirtualKeyInfo | BaseException:
            barrier.wait()
            try:
                return client.ensure_key(user_id=user, **request)
            except LiteLLMError as error:
                return error

        with (
            LiteLLMClient(litellm_proxy.base_url, litellm_proxy.master_key) as a,
            LiteLLMClient(proxy_b.base_url, litellm_proxy.master_key) as b,
            ThreadPoolExecutor(len(asks)) as pool,
        ):
            outcomes = list(pool.map(login, asks, [a, b] * len(REQUESTS)))
        handed = {t for r, o in zip(asks, outcomes, strict=True) if (t := check_outcome(r, o))}
        assert handed, "at least one caller got a key"
        check_settled(litellm_proxy, user, handed)


async def test_ensure_key_tasks_on_two_proxies_with_different_requests(
    litellm_proxy: LocalProxy, proxy_b: SecondProxy
) -> None:
    """Half the callers through proxy A, half through proxy B (one database), two callers per request."""
    async with (
        AsyncLiteLLMClient(litellm_proxy.base_url, litellm_proxy.master_key) as a,
        AsyncLiteLLMClient(proxy_b.base_url, litellm_proxy.master_key) as b,
    ):
        for _ in range(3):
            user = unique("ens-tasks")
            asks = REQUESTS * 2
            clients = [a, b] * len(REQUESTS)
            outcomes = await asyncio.gather(
                *(c.ensure_key(user_id=user, **r) for c, r in zip(clients, asks, strict=True)), return_exceptions=True
            )
            handed = {t for r, o in zip(asks, outcomes, strict=True) if (t := check_outcome(r, o))}
            assert handed
            check_settled(litellm_proxy, user, handed)
        # the same request everywhere: one key, the same for every caller on either proxy
        user = unique("ens-same")
        same = await asyncio.gather(*(c.ensure_key(user_id=user, **REQUESTS[0]) for c in [a, b] * 4))
        assert len({info.key for info in same}) == 1
        assert tokens_on_proxy(litellm_proxy.base_url, litellm_proxy.master_key, user_id=user) == {token(same[0])}


def run_workers(proxies: list[Any], master_key: str, user: str, asks: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One OS process per request, round-robin over ``proxies``; all call ensure_key at the same moment."""
    procs = []
    for i, request in enumerate(asks):
        env = dict(os.environ, LITELLM_BASE_URL=proxies[i % len(proxies)].base_url, LITELLM_MASTER_KEY=master_key)
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), env.get("PYTHONPATH")]))
        procs.append(
            subprocess.Popen(
                [sys.executable, "-m", "tests.integration._ensure_worker", user, json.dumps(request)],
                cwd=REPO,
                env=env,
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )
        )
    try:
        for proc in procs:
            assert proc.stdout is not None and proc.stdout.readline().strip() == "ready"
        for proc in procs:
            assert proc.stdin is not None
            proc.stdin.write("go\n")
            proc.stdin.flush()
        results = []
        for proc in procs:
            out, err = proc.communicate(timeout=120)
            assert proc.returncode == 0, err[-2000:]
            results.append(json.loads(out.strip().splitlines()[-1]))
        return results
    finally:
        for proc in procs:
            if proc.poll() is None:
                proc.kill()
                proc.wait()


def test_ensure_key_os_processes_on_two_proxies(litellm_proxy: LocalProxy, proxy_b: SecondProxy) -> None:
    """Six OS processes, three through each proxy: first all with one request (one key for all), then two per
    request (each gets its own request's key or ConflictError; at most one live key)."""
    proxies = [litellm_proxy, proxy_b]
    user = unique("ens-procs-same")
    same = run_workers(proxies, litellm_proxy.master_key, user, [REQUESTS[0]] * 6)
    assert all("token" in r for r in same), same
    assert len({r["token"] for r in same}) == 1
    assert tokens_on_proxy(litellm_proxy.base_url, litellm_proxy.master_key, user_id=user) == {same[0]["token"]}

    user = unique("ens-procs")
    asks = REQUESTS * 2
    results = run_workers(proxies, litellm_proxy.master_key, user, asks)
    handed = set()
    for request, result in zip(asks, results, strict=True):
        if "conflict" in result:
            continue
        assert matches(request, result["allowed_models"], result["max_budget"]), (request, result)
        assert result["key_alias"] == f"litellm-sdk/{user}"
        handed.add(result["token"])
    assert handed
    check_settled(litellm_proxy, user, handed)


# --------------------------------------------------------------------------- 4. servable models


def test_unknown_model_and_wildcard_without_deployment_are_not_servable(litellm_proxy: LocalProxy) -> None:
    with LiteLLMClient(litellm_proxy.base_url, litellm_proxy.master_key) as client:
        unknown = client.request_key(models=["no-such-model"])
        assert unknown.model_ids == () and not unknown.features.chat
        assert unknown.unavailable_models == ("no-such-model",)

        mixed = client.request_key(models=["no-such-model", "plain-chat"])
        assert mixed.model_ids == ("plain-chat",) and mixed.features.chat
        assert mixed.unavailable_models == ("no-such-model",)

        pattern = client.request_key(models=["openai/*"])  # the proxy lists ~200 cost-map names for it
        assert pattern.model_ids == () and not pattern.features.chat
        assert pattern.unavailable_models == ("openai/*",)
        assert client.describe_key(pattern.key).model_ids == ()
        # what the SDK leaves out really cannot be called
        listed = httpx.get(
            f"{litellm_proxy.base_url}/model_group/info", headers={"Authorization": f"Bearer {pattern.key}"}, timeout=30
        ).json()["data"]
        # 1.90 and later expand the pattern into ~200 cost-map names; 1.80.x answers the one pseudo-group openai/*
        assert listed and all(group["providers"] == [] for group in listed)
        with pytest.raises(LiteLLMError):
            chat(litellm_proxy.base_url, pattern.key, listed[0]["model_group"])
        with pytest.raises(LiteLLMError):
            chat(litellm_proxy.base_url, unknown.key, "no-such-model")


def test_wildcard_deployment_makes_its_models_servable(litellm_proxy: LocalProxy) -> None:
    with LiteLLMClient(litellm_proxy.base_url, litellm_proxy.master_key) as client:
        info = client.request_key(models=[WILDCARD_DEPLOYMENT])
        assert info.model_ids and all(fnmatch.fnmatchcase(m, WILDCARD_DEPLOYMENT) for m in info.model_ids)
        assert all(m.servable and m.providers == ("anthropic",) for m in info.models)
        assert info.features.chat and info.unavailable_models == ()
        for model in info.model_ids:  # each one answers (the deployment's mock response)
            assert "mock" in chat(litellm_proxy.base_url, info.key, model)["choices"][0]["message"]["content"]

        broad = client.request_key(models=["anthropic/*"])  # broader than the deployment: only its part is servable
        assert set(broad.model_ids) == set(info.model_ids)
        assert broad.unavailable_models == ()
