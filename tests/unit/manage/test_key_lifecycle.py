"""The rest of a key's life as operations: find a key by its token id, describe, update, block and unblock,
regenerate (the new key chosen by the SDK, a lost answer looked up), revoke and discard, delete and list; each retries
a transient failure, and the compensations of a rotation delete what they must. Then the same calls awaited over an
in-memory transport."""

from __future__ import annotations

import hashlib
import logging
from typing import Any

import httpx
import pytest

from litellm_sdk import ALL_MODELS, AsyncLiteLLMClient, LiteLLMClient, NotFoundError
from litellm_sdk._engine.steps import Request, Sleep
from litellm_sdk._manage import keys as K
from litellm_sdk.errors import (
    APIConnectionError,
    AuthenticationError,
    InvalidRequestError,
    InvalidResponseError,
    ServerError,
)

from .._fake_proxy import GROUPS, FakeProxy
from .._ops import Driver, Proxy, ctx, err, ok, script


def sha(key: str) -> str:
    return hashlib.sha256(key.encode()).hexdigest()


KEY = "sk-chosen-value-0123456789"


# --------------------------------------------------------------------------- find / delete / revoke


def test_find_key_record_asks_by_token_id_and_checks_the_answer_is_about_this_key() -> None:
    t = sha(KEY)

    def find(answer: Any) -> Any:
        d = Driver(script(answer))
        result = d.run(K.find_key_record(ctx(), KEY))
        assert d.steps[0] == Request("GET", "/key/info", params={"key": t})
        return result

    assert find(ok({"key": t, "info": {"token": t, "m": 1}})) == {"token": t, "m": 1, "key": KEY}
    assert find(ok({"key": KEY, "info": {"m": 1}})) == {"m": 1, "key": KEY, "token": t}
    assert find(ok({"info": {"m": 1}})) == {"m": 1, "key": KEY, "token": t}
    assert find(err(404, "Key not found")) is None
    assert find(ok({"key": t, "info": "x"})) is None
    assert find(ok({"key": t})) is None
    assert find(ok({"key": t, "info": {"status": "deleted"}})) is None
    assert find(ok({"key": t, "info": {"status": "active"}})) == {"status": "active", "key": KEY, "token": t}
    assert find(ok({"key": "sk-other-key-000", "info": {}})) is None
    assert find(ok({"key": t, "info": {"token": sha("other")}})) is None
    with pytest.raises(InvalidResponseError, match=r"^\[invalid_response\] GET /key/info returned list"):
        find(ok([]))
    with pytest.raises(AuthenticationError):
        find(err(401, "bad", "auth_error"))


def test_delete_keys_posts_the_list_and_returns_what_was_deleted() -> None:
    d = Driver(script(ok({"deleted_keys": ["sk-a-1234", 5, "sk-b-1234"]})))
    assert d.run(K.delete_keys(ctx(), ("sk-a-1234", "sk-b-1234"))) == ("sk-a-1234", "sk-b-1234")
    assert d.steps[0] == Request("POST", "/key/delete", json={"keys": ["sk-a-1234", "sk-b-1234"]})
    assert Driver(script(ok({"other": 1}))).run(K.delete_keys(ctx(), ["sk-a-1234"])) == ("sk-a-1234",)
    assert Driver(script(ok(["x"]))).run(K.delete_keys(ctx(), ["sk-a-1234"])) == ("sk-a-1234",)
    assert Driver(script(ok({"deleted_keys": "x"}))).run(K.delete_keys(ctx(), ["sk-a-1234"])) == ("sk-a-1234",)
    # the first attempt deleted them and its answer was lost
    d = Driver(script(err(503), None, err(404, "No keys found")))
    assert d.run(K.delete_keys(ctx(), ["sk-a-1234"])) == ("sk-a-1234",)


def test_revoke_and_discard() -> None:
    p = Proxy(FakeProxy())
    record = p.run(K.generate_key(p.context, {}))
    key = record["key"]
    assert p.run(K.revoke(p.context, key, missing_ok=False)) is True
    assert p.run(K.revoke(p.context, key, missing_ok=True)) is False
    with pytest.raises(NotFoundError):
        p.run(K.revoke(p.context, key, missing_ok=False))
    assert p.run(K.discard_key(p.context, key)) is None  # a key already gone is fine


def test_discard_logs_what_it_deleted(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="litellm_sdk")
    Driver(script(ok({"deleted_keys": [KEY]}))).run(K.discard_key(ctx(), KEY))
    assert [r.getMessage() for r in caplog.records] == [
        f"deleted the key sk-...{KEY[-4:]} that a failed or abandoned call had created"
    ]


def test_block_unblock_and_update_send_the_key_in_the_body() -> None:
    d = Driver(script(ok({})))
    d.run(K.set_blocked(ctx(), KEY, True))
    assert d.steps == [Request("POST", "/key/block", json={"key": KEY})]
    d = Driver(script(ok({})))
    d.run(K.set_blocked(ctx(), KEY, False))
    assert d.steps == [Request("POST", "/key/unblock", json={"key": KEY})]
    p = Proxy(FakeProxy())
    key = p.run(K.generate_key(p.context, {"models": ["plain-chat"]}))["key"]
    info = p.run(K.update_key(p.context, key, {"max_budget": 3.0}))
    assert p.bodies("/key/update") == [{"max_budget": 3.0, "key": key}]
    assert info.budget is not None and info.budget.max == 3.0
    assert info.key == key
    assert p.calls[-3:] == [("POST", "/key/update"), ("GET", "/key/info"), ("GET", "/model_group/info")]


def test_describe_key_reads_the_record_then_its_models() -> None:
    p = Proxy(FakeProxy())
    key = p.run(K.generate_key(p.context, {"models": ["plain-chat"], "user_id": "u"}))["key"]
    info = p.run(K.describe_key(p.context, key))
    assert (info.key, info.user_id, info.model_ids) == (key, "u", ("plain-chat",))
    with pytest.raises(NotFoundError) as missing:
        p.run(K.describe_key(p.context, "sk-never-existed-0000"))
    assert missing.value.status == 404
    assert missing.value.message == "No key sk-...0000 on the proxy (it was deleted or never existed)"


# --------------------------------------------------------------------------- regenerate


def test_regenerate_posts_by_token_id_with_a_chosen_new_key() -> None:
    p = Proxy(FakeProxy())
    old = p.run(K.generate_key(p.context, {"models": ["plain-chat"]}))["key"]
    info = p.run(K.regenerate_key(p.context, old, {"max_budget": 1.0}))
    req = p.requests[1]
    assert req.method == "POST" and req.path == f"/key/{sha(old)}/regenerate"
    assert req.idempotent is False
    assert req.json == {"max_budget": 1.0, "key": old, "new_key": info.key}
    assert info.key.startswith("sk-") and info.key != old
    assert info.model_ids == ("plain-chat",)
    labels = [u.label for u in p.driver.undo.values()]
    assert f"delete the rotated key sk-...{info.key[-4:]}" in labels
    chosen = "sk-my-new-value-0001"
    info = p.run(K.regenerate_key(p.context, info.key, {"new_key": chosen}))
    assert info.key == chosen


def test_regenerate_uses_the_new_key_when_the_record_has_no_string_key() -> None:
    groups = ok({"data": [GROUPS["plain-chat"]]})
    d = Driver(script(ok({"key": 5, "models": []}), groups), ctx())
    info = d.run(K.regenerate_key(ctx(), KEY, {"new_key": "sk-new-value-0002"}))
    assert info.key == "sk-new-value-0002"
    assert d.of(Request)[-1].auth == "sk-new-value-0002"


def test_regenerate_refused_drops_its_compensation() -> None:
    d = Driver(script(err(404, "Key not found", "not_found_error")))
    with pytest.raises(NotFoundError):
        d.run(K.regenerate_key(ctx(), KEY, {}))
    assert d.undo == {}
    assert len(d.of(Request)) == 1


def test_regenerate_with_a_lost_answer_looks_for_the_new_key() -> None:
    new = "sk-new-value-0003"
    found = ok({"key": sha(new), "info": {"token": sha(new), "models": ["plain-chat"]}})
    groups = ok({"data": [GROUPS["plain-chat"]]})
    d = Driver(script(err(503), found, None, groups), ctx())
    info = d.run(K.regenerate_key(ctx(), KEY, {"new_key": new}))
    assert info.key == new
    assert d.of(Request)[1] == Request("GET", "/key/info", params={"key": sha(new)})
    assert len(d.undo) == 1
    d = Driver(script(err(503), err(404)))
    with pytest.raises(ServerError):
        d.run(K.regenerate_key(ctx(), KEY, {"new_key": new}))
    assert len(d.undo) == 1 and len(d.of(Request)) == 2  # not sent again; the rotation may still land: kept
    d = Driver(script(APIConnectionError("refused", request_sent=False)))
    with pytest.raises(APIConnectionError):
        d.run(K.regenerate_key(ctx(), KEY, {"new_key": new}))
    assert d.undo == {} and len(d.of(Request)) == 1
    d = Driver(script(ok([1])))
    with pytest.raises(InvalidResponseError, match=r"^\[invalid_response\] POST /key/\{key\}/regenerate returned list"):
        d.run(K.regenerate_key(ctx(), KEY, {"new_key": new}))


# --------------------------------------------------------------------------- list


def test_list_keys_page_query_and_answer() -> None:
    d = Driver(script(ok({"keys": [{"token": "t"}], "total_pages": 4})))
    entries, total = d.run(K.list_keys_page(ctx(), {"user_id": "u", "team_id": None}, 2, 50))
    assert (entries, total) == ([{"token": "t"}], 4)
    assert d.steps[0] == Request(
        "GET", "/key/list", params={"user_id": "u", "page": 2, "size": 50, "return_full_object": "true"}
    )
    assert Driver(script(ok({"keys": [], "total_pages": True}))).run(K.list_keys_page(ctx(), {}, 3, 10)) == ([], 3)
    assert Driver(script(ok({"keys": [], "total_pages": "9"}))).run(K.list_keys_page(ctx(), {}, 3, 10)) == ([], 3)
    assert Driver(script(ok({"keys": []}))).run(K.list_keys_page(ctx(), {}, 1, 10)) == ([], 1)
    with pytest.raises(InvalidResponseError) as info:
        Driver(script(ok({"keys": "x"}))).run(K.list_keys_page(ctx(), {}, 1, 10))
    assert info.value.message == "GET /key/list did not return a 'keys' list"
    assert info.value.body == {"keys": "x"}
    with pytest.raises(InvalidResponseError, match=r"^\[invalid_response\] GET /key/list returned list"):
        Driver(script(ok([]))).run(K.list_keys_page(ctx(), {}, 1, 10))


# --------------------------------------------------------------------------- transient failures on every step


def unavailable(request: Any) -> Any:
    return err_response(503, "temporarily unavailable")


def test_list_keys_page_retries_a_transient_failure() -> None:
    d = Driver(script(err(503), None, ok({"keys": [], "total_pages": 1})))
    assert d.run(K.list_keys_page(ctx(), {}, 1, 10)) == ([], 1)
    assert [s.seconds for s in d.of(Sleep)] == [1.0]


def test_block_retries_a_transient_failure() -> None:
    d = Driver(script(err(503), None, ok({})))
    d.run(K.set_blocked(ctx(), KEY, True))
    assert [r.path for r in d.of(Request)] == ["/key/block", "/key/block"]


def test_compensations_retry_a_transient_failure_of_the_delete() -> None:
    p = Proxy(FakeProxy())
    key = p.run(K.generate_key(p.context, {}))["key"]
    (undo,) = p.driver.undo.values()
    p.fake.faults["/key/delete"] = [unavailable]
    p.run(undo.action())
    assert key not in p.fake.keys
    assert p.sleeps == [1.0]
    q = Proxy(FakeProxy())
    old = q.run(K.generate_key(q.context, {}))["key"]
    info = q.run(K.regenerate_key(q.context, old, {}))
    rotated = [u for u in q.driver.undo.values() if u.label.startswith("delete the rotated key")]
    q.fake.faults["/key/delete"] = [unavailable]
    q.run(rotated[0].action())
    assert info.key not in q.fake.keys


def test_delete_keys_returns_only_what_the_proxy_deleted() -> None:
    d = Driver(script(ok({"deleted_keys": ["sk-a-1234", 5]})))
    assert d.run(K.delete_keys(ctx(), ["sk-a-1234", "sk-b-1234"])) == ("sk-a-1234",)
    d = Driver(script(ok({"deleted_keys": []})))
    assert d.run(K.delete_keys(ctx(), ["sk-a-1234"])) == ()


def test_regenerate_hands_out_the_key_the_proxy_answered_with() -> None:
    groups = ok({"data": [GROUPS["plain-chat"]]})
    d = Driver(script(ok({"key": "sk-proxy-chose-this-01", "models": []}), groups), ctx())
    info = d.run(K.regenerate_key(ctx(), KEY, {"new_key": "sk-we-asked-for-this-1"}))
    assert info.key == "sk-proxy-chose-this-01"
    assert d.of(Request)[-1].auth == "sk-proxy-chose-this-01"


def err_response(status: int, message: str) -> Any:
    import httpx

    return httpx.Response(status, json={"error": {"message": message, "type": "x", "param": None, "code": str(status)}})


# --------------------------------------------------------------------------- over an in-memory transport


def async_client(proxy: FakeProxy) -> AsyncLiteLLMClient:
    return AsyncLiteLLMClient(
        "http://litellm.test", proxy.master_key, http_client=httpx.AsyncClient(transport=proxy.transport())
    )


async def test_async_lifecycle_end_to_end() -> None:
    proxy = FakeProxy()
    async with async_client(proxy) as client:
        info = await client.request_key(user_id="u1", models=["plain-chat"], max_budget=1)
        updated = await client.update_key(info.key, max_budget=4, models=["plain-chat", "dall-e-3"])
        assert updated.budget is not None and updated.budget.max == 4
        assert updated.features.image_generation
        await client.block_key(info.key)
        assert (await client.describe_key(info.key)).blocked
        await client.unblock_key(info.key)
        assert not (await client.refresh(info)).blocked
        rotated = await client.regenerate_key(info.key)
        assert rotated.key != info.key and rotated.user_id == "u1"
        with pytest.raises(NotFoundError):
            await client.describe_key(info.key)
        listed = [s async for s in client.list_keys(user_id="u1", page_size=1)]
        assert [s.token_id for s in listed] == [rotated.token_id]
        models = await client.list_models()
        assert len(models) == 5
        assert await client.revoke(rotated.key) is True
        assert await client.revoke(rotated.key) is False
        assert await client.delete_keys(*[(await client.request_key(models=ALL_MODELS)).key for _ in range(2)])


def test_regenerate_sends_the_key_in_the_body_and_its_token_in_the_path() -> None:
    proxy = FakeProxy()
    client = LiteLLMClient(
        "http://litellm.test", proxy.master_key, http_client=httpx.Client(transport=proxy.transport())
    )
    info = client.request_key(models=["plain-chat"])
    paths: list[str] = []
    client._runner.client.event_hooks["request"].append(lambda r: paths.append(r.url.path))
    rotated = client.regenerate_key(info.key)
    assert paths[0] == f"/key/{info.token_id}/regenerate"
    assert info.key not in "".join(paths)
    assert rotated.key in proxy.keys and info.key not in proxy.keys


@pytest.mark.parametrize("keys_", [(), ("sk-a-1234", "  ")])
def test_delete_keys_refuses_no_key_or_a_blank_one_naming_the_keys_parameter_before_any_request(
    keys_: tuple[str, ...],
) -> None:
    proxy = FakeProxy()
    client = LiteLLMClient(
        "http://litellm.test", proxy.master_key, http_client=httpx.Client(transport=proxy.transport())
    )
    sent: list[str] = []
    client._runner.client.event_hooks["request"].append(lambda r: sent.append(r.url.path))
    with pytest.raises(InvalidRequestError) as caught:
        client.delete_keys(*keys_)
    assert caught.value.param == "keys"
    assert sent == []


@pytest.mark.parametrize(
    ("method", "kwargs"),
    [
        ("revoke", {}),
        ("update_key", {"max_budget": 1}),
        ("block_key", {}),
        ("unblock_key", {}),
        ("describe_key", {}),
        ("regenerate_key", {}),
    ],
)
def test_a_blank_key_is_refused_naming_the_key_parameter_before_any_request(
    method: str, kwargs: dict[str, Any]
) -> None:
    proxy = FakeProxy()
    client = LiteLLMClient(
        "http://litellm.test", proxy.master_key, http_client=httpx.Client(transport=proxy.transport())
    )
    sent: list[str] = []
    client._runner.client.event_hooks["request"].append(lambda r: sent.append(r.url.path))
    with pytest.raises(InvalidRequestError) as caught:
        getattr(client, method)("", **kwargs)
    assert caught.value.param == "key"
    assert sent == []


@pytest.mark.parametrize("method", ["block_key", "unblock_key"])
def test_blocking_a_key_the_proxy_does_not_know_is_not_found(method: str) -> None:
    proxy = FakeProxy()
    client = LiteLLMClient(
        "http://litellm.test", proxy.master_key, http_client=httpx.Client(transport=proxy.transport())
    )
    with pytest.raises(NotFoundError):
        getattr(client, method)("sk-never-issued-1234")


async def test_async_list_keys_sends_the_team_alias_and_other_filters() -> None:
    proxy = FakeProxy()
    asked: list[httpx.QueryParams] = []

    async def record(request: httpx.Request) -> None:
        asked.append(request.url.params)

    async with async_client(proxy) as client:
        client._runner.client.event_hooks["request"].append(record)
        found = [s async for s in client.list_keys(team_id="team-1", key_alias="ci", organization_id="org-1")]
    assert found == []
    assert (asked[0].get("team_id"), asked[0].get("key_alias"), asked[0].get("organization_id")) == (
        "team-1",
        "ci",
        "org-1",
    )


@pytest.mark.parametrize(
    ("kwargs", "param"),
    [
        ({"page_size": 0}, "page_size"),
        ({"page_size": "10"}, "page_size"),
        ({"user_id": ""}, "user_id"),
        ({"team_id": ""}, "team_id"),
        ({"key_alias": ""}, "key_alias"),
    ],
)
def test_list_keys_refuses_a_bad_filter_at_the_call_naming_it(kwargs: dict[str, Any], param: str) -> None:
    proxy = FakeProxy()
    client = LiteLLMClient(
        "http://litellm.test", proxy.master_key, http_client=httpx.Client(transport=proxy.transport())
    )
    with pytest.raises(InvalidRequestError) as caught:
        client.list_keys(**kwargs)
    assert caught.value.param == param


@pytest.mark.parametrize("user_id", [None, ""])
def test_ensure_key_refuses_a_missing_user_id_naming_it(user_id: str | None) -> None:
    proxy = FakeProxy()
    client = LiteLLMClient(
        "http://litellm.test", proxy.master_key, http_client=httpx.Client(transport=proxy.transport())
    )
    with pytest.raises(InvalidRequestError) as caught:
        client.ensure_key(user_id=user_id)  # type: ignore[arg-type]
    assert caught.value.param == "user_id"
    assert proxy.keys == {}
