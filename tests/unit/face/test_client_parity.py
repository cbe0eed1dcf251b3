"""The sync and async clients are twins: the same public methods with the same parameters, and one scenario run
through ``LiteLLMClient`` and through ``AsyncLiteLLMClient`` (and their key clients) over the same scripted proxy
gives the same results, the same errors and the same requests, in the same order.

A scenario is written once, as a generator of calls that receives each call's result (a value or the LiteLLMError
it raised); a blocking driver and an awaiting driver run it. Key values and ensure_key's nonces are made
deterministic so that the two runs can be compared request for request.
"""

from __future__ import annotations

import inspect
import itertools
import json
import re
import types
from collections.abc import Callable, Generator, Iterator
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest

from litellm_sdk import (
    AsyncKeyClient,
    AsyncLiteLLMClient,
    KeyClient,
    LiteLLMClient,
    LiteLLMError,
)
from litellm_sdk._engine import ledger
from litellm_sdk._manage import ensure, keys

from .._fake_proxy import FakeProxy

BASE = "http://litellm.test"

# --- (a) the same methods with the same parameters -------------------------------------------------------------

#: sync name -> async name, where the protocols differ
_PROTOCOL = {"__enter__": "__aenter__", "__exit__": "__aexit__"}
#: async members that are not coroutine functions: the constructor, an async iterator, the clients made from one
_NOT_AWAITED = {"__init__", "list_keys", "for_key", "from_info", "with_options"}
#: (member, parameter or "return") whose annotations differ on purpose: the async management client also takes
#: (and so also holds) an async cache
_ANNOTATIONS_DIFFER = {("__init__", "cache"), ("cache", "return")}
#: async-only public members (httpx names the async close ``aclose``)
_ASYNC_ONLY = {"aclose"}

TWINS = [(LiteLLMClient, AsyncLiteLLMClient), (KeyClient, AsyncKeyClient)]


def _public(cls: type) -> set[str]:
    # names with "ǁ" are the copies mutmut's trampoline adds to a class under scripts/mutate, not the class's own
    return {n for n in dir(cls) if not n.startswith("_") and "ǁ" not in n} | {
        n for n in (*_PROTOCOL, *_PROTOCOL.values(), "__init__") if n in vars(cls)
    }


def _alike(annotation: Any) -> str:
    """An annotation as the sync twin would spell it (``AsyncIterator`` -> ``Iterator``, ``AsyncKeyClient`` ...)."""
    return re.sub(r"\bAsync(?=[A-Z])", "", str(annotation))


@pytest.mark.parametrize(("sync", "async_"), TWINS, ids=lambda c: c.__name__)
def test_every_public_method_has_an_async_twin_with_the_same_parameters(sync: type, async_: type) -> None:
    names = _public(sync) - set(_PROTOCOL.values())
    assert _public(async_) - set(_PROTOCOL.values()) - _ASYNC_ONLY == names - set(_PROTOCOL)
    for name in sorted(names):
        twin = _PROTOCOL.get(name, name)
        left, right = inspect.getattr_static(sync, name), inspect.getattr_static(async_, twin)
        assert type(left) is type(right), f"{sync.__name__}.{name}: {type(left)} vs {type(right)}"
        if isinstance(left, property):
            returns = [_alike(p.fget.__annotations__["return"]) for p in (left, right)]
            assert (name, "return") in _ANNOTATIONS_DIFFER or returns[0] == returns[1], f"{name}: {returns}"
            continue
        left_fn, right_fn = getattr(sync, name), getattr(async_, twin)
        ours, theirs = inspect.signature(left_fn), inspect.signature(right_fn)
        assert [(p.name, p.kind, p.default) for p in ours.parameters.values()] == [
            (p.name, p.kind, p.default) for p in theirs.parameters.values()
        ], f"{async_.__name__}.{twin} takes other parameters than {sync.__name__}.{name}"
        for param in ours.parameters.values():
            if (name, param.name) not in _ANNOTATIONS_DIFFER:
                other = theirs.parameters[param.name].annotation
                assert _alike(param.annotation) == _alike(other), f"{name}({param.name}): {param.annotation}"
        returns = [_alike(ours.return_annotation), _alike(theirs.return_annotation)]
        assert (name, "return") in _ANNOTATIONS_DIFFER or returns[0] == returns[1], f"{name}: {returns}"
        awaited = name not in _NOT_AWAITED
        assert inspect.iscoroutinefunction(right_fn) is awaited, f"{async_.__name__}.{twin}: coroutine {awaited}?"
        assert not inspect.iscoroutinefunction(left_fn), f"{sync.__name__}.{name} is a coroutine function"
        if name != "__init__" and left_fn.__doc__:
            assert right_fn.__doc__, f"{async_.__name__}.{twin} has no docstring ('See :meth:...')"


def test_the_async_list_keys_returns_an_async_iterator_checked_at_the_call() -> None:
    client = AsyncLiteLLMClient(BASE, "sk-master-test-0123456789")
    walk = client.list_keys(user_id="u")
    assert hasattr(walk, "__anext__")
    with pytest.raises(LiteLLMError, match="page_size"):
        client.list_keys(page_size=0)


# --- (b) the same scenario through both -------------------------------------------------------------------------


@dataclass(frozen=True)
class Call:
    """One call of a scenario: ``name(*args, **kwargs)`` on the management client, or on ``on`` (a key client)."""

    name: str
    args: tuple[Any, ...] = ()
    kwargs: dict[str, Any] = field(default_factory=dict)
    on: Any = None
    iterate: bool = False  # list the returned (async) iterator


Scenario = Callable[[], Generator[Call, Any, None]]

COMPLETION = {
    "id": "chatcmpl-1",
    "model": "plain-chat",
    "choices": [{"index": 0, "finish_reason": "stop", "message": {"role": "assistant", "content": "Hello."}}],
    "usage": {"prompt_tokens": 3, "completion_tokens": 2, "total_tokens": 5},
}
EMBEDDINGS = {
    "model": "text-embedding-3-small",
    "data": [{"index": 1, "embedding": [0.5, 0.25]}, {"index": 0, "embedding": [1, 0]}],
    "usage": {"prompt_tokens": 2, "total_tokens": 2},
}
SPEND = {"x-litellm-response-cost": "0.001", "x-litellm-key-spend": "0.25"}


def _delta(content: str | None, finish: str | None = None) -> str:
    choice = {"index": 0, "delta": {"role": "assistant", "content": content}, "finish_reason": finish}
    return "data: " + json.dumps({"id": "chatcmpl-s", "model": "plain-chat", "choices": [choice]}) + "\n\n"


STREAM = (_delta("Hel") + _delta("lo") + _delta(None, "stop") + "data: [DONE]\n\n").encode()


def rate_limited(request: httpx.Request) -> httpx.Response:
    body = {"error": {"message": "Rate limit reached", "type": "rate_limit_error", "code": "429"}}
    return httpx.Response(429, json=body, headers={"retry-after": "0"})


class ScriptedProxy:
    """FakeProxy's key endpoints plus the release and the key-in-use routes; records every request it is sent."""

    def __init__(self) -> None:
        self.fake = FakeProxy()
        self.sent: list[tuple[str, str, str | None, bytes]] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        request.read()
        self.sent.append((request.method, str(request.url), request.headers.get("authorization"), request.content))
        path = request.url.path
        if path == "/health/readiness":
            return httpx.Response(200, json={"status": "healthy", "litellm_version": "1.108.7"})
        if path in ("/chat/completions", "/embeddings"):
            queue = self.fake.faults.get(path)
            if queue:
                return queue.pop(0)(request) or httpx.Response(500)
            if json.loads(request.content).get("stream"):
                return httpx.Response(200, content=STREAM, headers={**SPEND, "content-type": "text/event-stream"})
            return httpx.Response(200, json=COMPLETION if path == "/chat/completions" else EMBEDDINGS, headers=SPEND)
        return self.fake.handle(request)

    def count(self, path: str) -> int:
        return sum(1 for _, url, _, _ in self.sent if httpx.URL(url).path == path)


def lifecycle(proxy: ScriptedProxy) -> Generator[Call, Any, None]:
    info = yield Call("request_key", kwargs={"user_id": "user-1", "duration": "24h", "models": ["plain-chat"]})
    yield Call("describe_key", (info.key,))
    yield Call("refresh", (info,))
    yield Call("update_key", (info.key,), {"max_budget": 20.0, "key_alias": "renamed"})
    yield Call("block_key", (info.key,))
    yield Call("unblock_key", (info.key,))
    new = yield Call("regenerate_key", (info.key,), {"max_budget": 30.0})
    yield Call("list_models", (new.key,))
    yield Call("proxy_version")
    yield Call("delete_keys", (new.key,))
    yield Call("revoke", (new.key,))  # already gone
    yield Call("revoke", (new.key,), {"missing_ok": False})
    yield Call("describe_key", (new.key,))
    yield Call("delete_keys")  # refused before sending


def paging(proxy: ScriptedProxy) -> Generator[Call, Any, None]:
    for i in range(5):
        yield Call("request_key", kwargs={"user_id": "pager", "key_alias": f"k{i}"})
    yield Call("request_key", kwargs={"user_id": "someone-else"})
    yield Call("list_keys", kwargs={"user_id": "pager", "page_size": 2}, iterate=True)
    yield Call("list_keys", kwargs={"page_size": 0}, iterate=True)


def reuse(proxy: ScriptedProxy) -> Generator[Call, Any, None]:
    request = {"user_id": "returning", "duration": "24h", "models": ["plain-chat"]}
    yield Call("ensure_key", kwargs=request)
    yield Call("ensure_key", kwargs=request)  # the same key again
    yield Call("ensure_key", kwargs={**request, "models": ["dall-e-3"]})  # another request: a new key
    yield Call("ensure_key", kwargs={"user_id": ""})


def retries(proxy: ScriptedProxy) -> Generator[Call, Any, None]:
    info = yield Call("request_key", kwargs={"user_id": "user-2"})
    proxy.fake.faults["/key/info"] = [rate_limited]
    yield Call("describe_key", (info.key,))  # a 429 with Retry-After: 0, then the answer
    proxy.fake.faults["/key/info"] = [rate_limited, rate_limited]
    once = yield Call("with_options", kwargs={"max_retries": 1})
    yield Call("describe_key", (info.key,), on=once)  # two 429s: out of retries
    yield Call("describe_key", ("sk-nobody-has-this-key",))  # 404


def key_in_use(proxy: ScriptedProxy) -> Generator[Call, Any, None]:
    info = yield Call("request_key", kwargs={"user_id": "user-3", "models": ["plain-chat", "text-embedding-3-small"]})
    key = yield Call("for_key", (info,))
    messages = [{"role": "user", "content": "hi"}]
    yield Call("chat", ("plain-chat", messages), {"temperature": 0}, on=key)
    yield Call("embed", ("text-embedding-3-small", ["a", "b"]), on=key)
    proxy.fake.faults["/chat/completions"] = [rate_limited]
    yield Call("chat", ("plain-chat", messages), on=key)  # 429: nothing was done, so it is sent again
    yield Call("chat", ("dall-e-3", messages), on=key)  # not a model of the key: refused before sending
    yield Call("embed", ("text-embedding-3-small", []), on=key)
    yield Call("stream_chat", ("plain-chat", messages), on=key, iterate=True)
    proxy.fake.faults["/chat/completions"] = [rate_limited]
    yield Call("stream_chat", ("plain-chat", messages), on=key, iterate=True)  # 429 before the stream: sent again
    yield Call("stream_chat", ("dall-e-3", messages), on=key, iterate=True)


SCENARIOS: dict[str, Callable[[ScriptedProxy], Generator[Call, Any, None]]] = {
    "lifecycle": lifecycle,
    "paging": paging,
    "reuse": reuse,
    "retries": retries,
    "key_in_use": key_in_use,
}


def outcome(result: Any) -> Any:
    """What a call gave, comparable across the twins (an error by everything it tells the caller)."""
    if isinstance(result, LiteLLMError):
        response = getattr(result, "response", None)
        return (
            "error",
            type(result).__name__,
            result.code,
            result.status,
            result.message,
            result.retryable,
            result.param,
            response.status_code if response is not None else None,
        )
    if isinstance(result, (LiteLLMClient, AsyncLiteLLMClient, KeyClient, AsyncKeyClient)):
        return ("client", repr(result).removeprefix("Async"))
    return ("ok", result)


@pytest.fixture
def deterministic(monkeypatch: pytest.MonkeyPatch) -> Callable[[], None]:
    """Key values and ensure_key nonces from counters; calling the fixture's value starts them again."""
    counters: dict[str, Iterator[int]] = {}

    def restart() -> None:
        counters["key"], counters["nonce"] = itertools.count(), itertools.count()
        ledger.PROCESS_STORE.clear()  # the keys' running spend starts again too

    restart()
    monkeypatch.setattr(keys, "new_key_value", lambda: f"sk-parity-{next(counters['key']):04d}")
    fake_secrets = types.SimpleNamespace(token_hex=lambda n: f"{next(counters['nonce']):0{2 * n}x}")
    monkeypatch.setattr(ensure, "_secrets", fake_secrets)
    return restart


def run_blocking(scenario: Scenario, proxy: ScriptedProxy) -> list[Any]:
    client = LiteLLMClient(BASE, proxy.fake.master_key, http_client=httpx.Client(transport=httpx.MockTransport(proxy)))
    outcomes: list[Any] = []
    steps = scenario()
    result: Any = None
    with client:
        while True:
            try:
                call = steps.send(result)
            except StopIteration:
                return outcomes
            try:
                result = getattr(call.on or client, call.name)(*call.args, **call.kwargs)
                if call.iterate:
                    result = list(result)
            except LiteLLMError as error:
                result = error
            outcomes.append(outcome(result))


async def run_awaiting(scenario: Scenario, proxy: ScriptedProxy) -> list[Any]:
    http = httpx.AsyncClient(transport=httpx.MockTransport(proxy))
    client = AsyncLiteLLMClient(BASE, proxy.fake.master_key, http_client=http)
    outcomes: list[Any] = []
    steps = scenario()
    result: Any = None
    async with client:
        while True:
            try:
                call = steps.send(result)
            except StopIteration:
                return outcomes
            try:
                result = getattr(call.on or client, call.name)(*call.args, **call.kwargs)
                if inspect.isawaitable(result):
                    result = await result
                if call.iterate:
                    result = [item async for item in result]
            except LiteLLMError as error:
                result = error
            outcomes.append(outcome(result))


def kinds(outcomes: list[Any]) -> list[str]:
    return [o[1] if o[0] == "error" else o[0] for o in outcomes]


#: what each scenario must give (so that two identical wrong runs cannot pass), by outcome kind
EXPECTED = {
    "lifecycle": ["ok"] * 11 + ["NotFoundError", "NotFoundError", "InvalidRequestError"],
    "paging": ["ok"] * 7 + ["InvalidRequestError"],
    "reuse": ["ok", "ok", "ok", "InvalidRequestError"],
    "retries": ["ok", "ok", "client", "RateLimitError", "NotFoundError"],
    "key_in_use": [
        *("ok", "client", "ok", "ok", "ok", "ModelAccessDeniedError", "InvalidRequestError"),  # chat, embed
        *("ok", "ok", "ModelAccessDeniedError"),  # stream_chat
    ],
}


@pytest.mark.parametrize("name", list(SCENARIOS))
async def test_a_scenario_gives_the_same_results_errors_and_requests_through_both_clients(
    name: str, deterministic: Callable[[], None]
) -> None:
    blocking_proxy, awaiting_proxy = ScriptedProxy(), ScriptedProxy()
    blocking = run_blocking(lambda: SCENARIOS[name](blocking_proxy), blocking_proxy)
    deterministic()
    awaiting = await run_awaiting(lambda: SCENARIOS[name](awaiting_proxy), awaiting_proxy)

    assert kinds(blocking) == EXPECTED[name], blocking
    assert awaiting == blocking
    assert in_order(awaiting_proxy.sent) == in_order(blocking_proxy.sent)
    assert blocking_proxy.sent, "the scenario sent nothing"


#: Read while a key is made (``Gather``): in no fixed order against the requests making it.
_CONCURRENT = ("/team/info", "/v2/user/info", "/user/info", "/organization/info")


def in_order(sent: list[tuple[str, str, str | None, bytes]]) -> tuple[list[Any], list[Any]]:
    """The requests in the order sent, but for the budget reads a login makes at the same time: those as a set."""
    concurrent = [r for r in sent if httpx.URL(r[1]).path in _CONCURRENT]
    return [r for r in sent if r not in concurrent], sorted(concurrent)


def test_the_scenarios_exercise_what_they_name() -> None:
    """The parity runs above compare like with like; this pins what the shared scenarios actually did."""
    proxy = ScriptedProxy()
    paged = run_blocking(lambda: paging(proxy), proxy)
    assert [s.key_alias for s in paged[6][1]] == ["k0", "k1", "k2", "k3", "k4"]
    assert proxy.count("/key/list") == 3  # five keys, two a page

    proxy = ScriptedProxy()
    reused = run_blocking(lambda: reuse(proxy), proxy)
    assert reused[0][1].key == reused[1][1].key != reused[2][1].key
    assert proxy.count("/key/generate") == 2

    proxy = ScriptedProxy()
    retried = run_blocking(lambda: retries(proxy), proxy)
    assert (retried[3][3], retried[4][3]) == (429, 404)
    assert proxy.count("/key/info") == 2 + 2 + 1  # a 429 then the answer; two 429s (max_retries=1); the 404

    proxy = ScriptedProxy()
    used = run_blocking(lambda: key_in_use(proxy), proxy)
    chats = [json.loads(body) for method, url, _, body in proxy.sent if url.endswith("/chat/completions")]
    assert [c["model"] for c in chats] == ["plain-chat"] * 6  # the refused model was never sent
    assert [c.get("stream", False) for c in chats] == [False] * 3 + [True] * 3  # each 429 sent again once
    assert "".join(chunk.text for chunk in used[7][1]) == "Hello"
    auth = {a for _, url, a, _ in proxy.sent if url.endswith(("/chat/completions", "/embeddings"))}
    assert auth == {f"Bearer {used[0][1].key}"}  # the key client sends the key, not the master key
