"""request_key, ensure_key and the rest of a key's life as sans-I/O operations, step by step (kills keys mutants): the exact
requests and bodies sent, the compensations registered and dropped, retries, and what each answer becomes."""

from __future__ import annotations

import hashlib
import logging
from typing import Any

import pytest

from litellm_sdk._engine.steps import CacheGetMany, CacheSet, Forget, Request, Shared, Sleep, Undo
from litellm_sdk._manage import ensure as EN
from litellm_sdk._manage import keys as K
from litellm_sdk._memo import IdentityMemo
from litellm_sdk.capabilities import is_pattern
from litellm_sdk.errors import (
    APIConnectionError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    InvalidResponseError,
    LiteLLMError,
    NotFoundError,
    PermissionDeniedError,
    ServerError,
)
from litellm_sdk.types import ModelInfo

from ._fake_proxy import GROUPS, FakeProxy
from ._ops import MASTER, Driver, Proxy, ctx, err, ok, script


def sha(key: str) -> str:
    return hashlib.sha256(key.encode()).hexdigest()


KEY = "sk-chosen-value-0123456789"


# --------------------------------------------------------------------------- bodies


def test_new_key_values_are_sk_and_256_random_bits() -> None:
    a, b = K.new_key_value(), K.new_key_value()
    assert a.startswith("sk-") and len(a) == 3 + 43
    assert a != b


def test_may_have_created() -> None:
    assert K._may_have_created(APIConnectionError("x")) is True
    assert K._may_have_created(APIConnectionError("x", request_sent=False)) is False
    assert K._may_have_created(ServerError("x", status=500)) is True
    assert K._may_have_created(ServerError("x", status=499)) is False
    assert K._may_have_created(ServerError("x")) is False
    assert K._may_have_created(LiteLLMError("x", status=503)) is True


# --------------------------------------------------------------------------- generate_key


def test_generate_chooses_the_key_registers_its_delete_and_posts_once() -> None:
    p = Proxy(FakeProxy())
    record = p.run(K.generate_key(p.context, {"user_id": "u"}))
    key = record["key"]
    assert key.startswith("sk-") and len(key) == 46
    assert p.calls == [("POST", "/key/generate")]
    sent = p.requests[0]
    assert sent.json == {"user_id": "u", "key": key}
    assert sent.idempotent is False
    assert sent.auth is None
    undo = list(p.driver.undo.values())
    assert len(undo) == 1
    assert undo[0].label == f"delete the key sk-...{key[-4:]} made for this call"
    p.run(undo[0].action())  # the compensation deletes exactly that key
    assert p.calls[-1] == ("POST", "/key/delete")
    assert p.bodies("/key/delete") == [{"keys": [key]}]
    assert key not in p.fake.keys


def test_generate_fills_in_the_key_when_the_record_has_none() -> None:
    d = Driver(script(ok({"user_id": "u"})))
    record = d.run(K.generate_key(ctx(), {"key": KEY}, key_is_new=True))
    assert record == {"user_id": "u", "key": KEY}
    assert next(s for s in d.steps if isinstance(s, Request)).json == {"key": KEY}
    d = Driver(script(ok({"key": "sk-from-proxy-000"})))
    assert d.run(K.generate_key(ctx(), {"key": KEY}, key_is_new=True))["key"] == "sk-from-proxy-000"
    d = Driver(script(ok({"key": ""})))
    assert d.run(K.generate_key(ctx(), {"key": KEY}, key_is_new=True))["key"] == KEY


def test_generate_with_a_caller_chosen_key_checks_it_is_free_first() -> None:
    p = Proxy(FakeProxy())
    p.run(K.generate_key(p.context, {"key": KEY}))
    assert p.calls == [("GET", "/key/info"), ("POST", "/key/generate")]
    assert p.requests[0].params == {"key": sha(KEY)}
    with pytest.raises(ConflictError) as info:
        p.run(K.generate_key(p.context, {"key": KEY}))
    assert info.value.param == "key"
    assert info.value.message == "A key with this value already exists; choose another value"
    assert p.calls[-1] == ("GET", "/key/info")
    # key_is_new: the SDK just made the value, no lookup
    q = Proxy(FakeProxy())
    q.run(K.generate_key(q.context, {"key": KEY}, key_is_new=True))
    assert q.calls == [("POST", "/key/generate")]
    # an empty key is no key: the SDK chooses one
    r = Proxy(FakeProxy())
    assert r.run(K.generate_key(r.context, {"key": ""}))["key"].startswith("sk-")
    assert r.calls == [("POST", "/key/generate")]


def test_generate_refused_as_a_conflict_at_once_drops_its_compensation() -> None:
    d = Driver(script(err(409, "Key with this value already exists")))
    with pytest.raises(ConflictError):
        d.run(K.generate_key(ctx(), {"key": KEY}, key_is_new=True))
    assert d.undo == {}
    assert d.of(Forget) == [Forget(1)]
    assert len(d.of(Request)) == 1


def test_generate_refused_as_bad_input_drops_its_compensation_without_lookup() -> None:
    d = Driver(script(err(400, "Invalid duration format", "bad_request_error")))
    with pytest.raises(BadRequestError):
        d.run(K.generate_key(ctx(), {"key": KEY}, key_is_new=True))
    assert d.undo == {}
    assert [s.path for s in d.of(Request)] == ["/key/generate"]


def test_a_lost_generate_answer_is_checked_then_sent_again_with_the_same_value() -> None:
    info404 = err(404, "Key not found")
    d = Driver(script(err(503), info404, None, ok({"token": sha(KEY)})))
    record = d.run(K.generate_key(ctx(max_retries=2), {"key": KEY, "user_id": "u"}, key_is_new=True))
    assert record == {"token": sha(KEY), "key": KEY}
    reqs = d.of(Request)
    assert [(r.method, r.path) for r in reqs] == [
        ("POST", "/key/generate"),
        ("GET", "/key/info"),
        ("POST", "/key/generate"),
    ]
    assert reqs[0].json == reqs[2].json == {"key": KEY, "user_id": "u"}
    assert reqs[1].params == {"key": sha(KEY)}
    assert [s.seconds for s in d.of(Sleep)] == [1.0]
    assert d.of(Sleep)[0].error.status == 503  # type: ignore[union-attr]
    assert len(d.undo) == 1  # still registered: the key now exists and the call is not over


def test_a_lost_generate_answer_whose_key_exists_uses_it(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="litellm_sdk")
    found = ok({"key": sha(KEY), "info": {"token": sha(KEY), "models": ["a"]}})
    d = Driver(script(APIConnectionError("reset"), found))
    record = d.run(K.generate_key(ctx(), {"key": KEY}, key_is_new=True))
    assert record == {"token": sha(KEY), "models": ["a"], "key": KEY}
    assert not d.of(Sleep)
    assert [r.getMessage() for r in caplog.records] == [
        "POST /key/generate failed (connection_error) after the key was created; using it"
    ]


def test_a_connection_that_failed_before_sending_is_retried_without_lookup(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="litellm_sdk")
    d = Driver(script(APIConnectionError("refused", request_sent=False), None, ok({})))
    d.run(K.generate_key(ctx(), {"key": KEY}, key_is_new=True))
    assert [r.path for r in d.of(Request)] == ["/key/generate", "/key/generate"]
    assert [r.getMessage() for r in caplog.records] == ["retrying POST /key/generate in 1.00s after connection_error"]


def test_generate_out_of_retries_after_a_possible_create_keeps_the_compensation() -> None:
    nf = err(404, "Key not found")
    d = Driver(script(err(503), nf, None, err(502), nf, None, err(500), nf))
    with pytest.raises(ServerError) as info:
        d.run(K.generate_key(ctx(max_retries=2), {"key": KEY}, key_is_new=True))
    assert info.value.status == 500
    assert [s.seconds for s in d.of(Sleep)] == [1.0, 2.0]
    assert len(d.undo) == 1  # the proxy may hold the key: the runner deletes it
    assert not d.of(Forget)


def test_generate_out_of_retries_when_nothing_was_sent_drops_the_compensation() -> None:
    refused = APIConnectionError("refused", request_sent=False)
    d = Driver(script(refused, None, refused))
    with pytest.raises(APIConnectionError):
        d.run(K.generate_key(ctx(max_retries=1), {"key": KEY}, key_is_new=True))
    assert d.undo == {}


def test_a_failed_lookup_raises_the_generate_error() -> None:
    d = Driver(script(err(503, "first"), err(401, "no auth", "auth_error")))
    with pytest.raises(ServerError) as info:
        d.run(K.generate_key(ctx(), {"key": KEY}, key_is_new=True))
    assert info.value.message == "first"
    assert info.value.__cause__ is None and info.value.__suppress_context__


def test_a_conflict_after_a_retry_reads_the_key_back() -> None:
    found = ok({"key": sha(KEY), "info": {"token": sha(KEY)}})
    d = Driver(script(err(503), err(404), None, err(400, "Key with this value already exists"), found))
    record = d.run(K.generate_key(ctx(), {"key": KEY}, key_is_new=True))
    assert record == {"token": sha(KEY), "key": KEY}
    # ... and when it cannot be found, the conflict is raised, the compensation kept
    d = Driver(script(err(503), err(404), None, err(409, "Key already exists"), err(404)))
    with pytest.raises(ConflictError):
        d.run(K.generate_key(ctx(max_retries=1), {"key": KEY}, key_is_new=True))
    assert len(d.undo) == 1


def test_a_non_mapping_generate_answer_is_invalid() -> None:
    d = Driver(script(ok([1])))
    with pytest.raises(InvalidResponseError, match=r"^\[invalid_response\] POST /key/generate returned list"):
        d.run(K.generate_key(ctx(max_retries=0), {"key": KEY}, key_is_new=True))


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


# --------------------------------------------------------------------------- models


def model(name: str, **extra: Any) -> ModelInfo:
    return ModelInfo.from_dict({"id": name, "name": name, "providers": ["openai"], "mode": "chat", **extra})


def test_fetch_model_groups_asks_with_the_key_and_caches_each_group() -> None:
    p = Proxy(FakeProxy())
    key = p.run(K.generate_key(p.context, {"models": ["plain-chat", "dall-e-3"]}))["key"]
    steps_before = len(p.driver.steps)
    models = p.run(K.fetch_model_groups(p.context, key))
    assert sorted(m.id for m in models) == ["dall-e-3", "plain-chat"]
    assert p.requests[-1] == Request("GET", "/model_group/info", auth=key)
    sets = [s for s in p.driver.steps[steps_before:] if isinstance(s, CacheSet)]
    assert sorted(s.key for s in sets) == sorted(
        p.context.cache_key("model_group", m) for m in ("dall-e-3", "plain-chat")
    )
    assert all(s.ttl == p.context.capability_ttl for s in sets)
    by_id = {m.id: m for m in models}
    for s in sets:
        assert ModelInfo.from_dict(s.value) == by_id[s.value["id"]]


def _many(cache: dict[str, Any]) -> Any:
    return lambda step: [cache.get(key) for key in step.keys]


def test_cached_models_reads_each_name_once_in_order_in_one_step() -> None:
    c = ctx()
    cache = {c.cache_key("model_group", n): model(n).to_dict() for n in ("a", "b")}
    d = Driver(_many(cache))
    got = d.run(K._cached_models(c, ["b", "a", "b"]))
    assert [m.id for m in got] == ["a", "b"]
    assert d.steps == [CacheGetMany((c.cache_key("model_group", "a"), c.cache_key("model_group", "b")))]
    assert Driver(_many(cache)).run(K._cached_models(c, ["a", "c", "d"])) is None  # one miss: no cached answer
    assert Driver(lambda step: ["not a dict"]).run(K._cached_models(c, ["a"])) is None
    assert Driver(lambda step: [{"id": 5}]).run(K._cached_models(c, ["a"])) is None
    assert Driver(lambda step: [{"no": "id"}]).run(K._cached_models(c, ["a"])) is None
    assert Driver(lambda step: None).run(K._cached_models(c, ["a"])) is None  # the cache failed
    assert Driver(lambda step: [model("a").to_dict()]).run(K._cached_models(c, ["a", "b"])) is None  # too few
    d = Driver(lambda step: None)
    assert d.run(K._cached_models(c, [])) == () and d.steps == []


def test_model_memo_builds_a_cached_dict_once_and_is_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(K, "_MODEL_MEMO", IdentityMemo(2))
    a, b, c = model("a").to_dict(), model("b").to_dict(), model("c").to_dict()
    first = K._model_from_cached(a)
    assert K._model_from_cached(a) is first
    assert K._model_from_cached(dict(a)) == first
    assert len(K._MODEL_MEMO) == 2
    K._model_from_cached(b)  # full: cleared, then this one stored
    assert len(K._MODEL_MEMO) == 1
    K._model_from_cached(c)
    assert len(K._MODEL_MEMO) == 2
    assert K._model_from_cached(c).id == "c"
    assert K._model_from_cached(b).id == "b"


def test_model_scope_drops_per_key_fields_and_the_ensure_marker() -> None:
    record = {
        "key": KEY,
        "token": "t",
        "token_id": "t",
        "key_name": "n",
        "key_alias": "a",
        "expires": "e",
        "created_at": "c",
        "updated_at": "u",
        "created_by": "cb",
        "updated_by": "ub",
        "spend": 1.0,
        "last_active": "l",
        "budget_reset_at": "b",
        "litellm_budget_table": {},
        "models": ["openai/*"],
        "team_id": "team",
        "user_id": "user",
        "unknown_field": 1,
        "metadata": {K.ENSURE_METADATA: {"nonce": "n"}, "keep": 1},
    }
    assert K.model_scope(record) == {
        "models": ["openai/*"],
        "team_id": "team",
        "user_id": "user",
        "unknown_field": 1,
        "metadata": {"keep": 1},
    }
    assert K.model_scope({"metadata": {"a": 1}}) == {"metadata": {"a": 1}}
    assert K.model_scope({"metadata": "x"}) == {"metadata": "x"}
    assert record["metadata"] == {K.ENSURE_METADATA: {"nonce": "n"}, "keep": 1}  # not changed in place


def test_resolve_models_uses_the_cache_only_for_a_fully_cached_explicit_list() -> None:
    c = ctx()
    cache = {c.cache_key("model_group", n): model(n).to_dict() for n in ("a", "b")}
    d = Driver(lambda step: [cache.get(k) for k in step.keys] if isinstance(step, CacheGetMany) else None)
    got = d.run(K.resolve_models(c, KEY, {"models": ["a", "b"], "key": KEY}))
    assert [m.id for m in got] == ["a", "b"]
    assert not d.of(Shared)

    shared: list[Shared] = []

    def answer(step: Any) -> Any:
        if isinstance(step, CacheGetMany):
            return [cache.get(k) for k in step.keys]
        shared.append(step)
        return (model("z"),)

    record = {"models": ["a", "c"], "key": KEY, "token": "t", "team_id": "tm"}
    got = Driver(answer).run(K.resolve_models(c, KEY, record))
    assert [m.id for m in got] == ["z"]
    assert shared == [Shared(K.scope_models, {"scope": {"models": ["a", "c"], "team_id": "tm"}}, credential=KEY)]
    for models in (["a", "openai/*"], ["all-team-models"], [], None):
        shared.clear()
        d = Driver(answer)
        d.run(K.resolve_models(c, KEY, {"models": models}))
        assert not d.of(CacheGetMany), models
        assert len(shared) == 1


def test_patterns_and_sentinels() -> None:
    assert is_pattern("openai/*")
    assert is_pattern("*")
    for s in ("all-team-models", "all-proxy-models", "all-org-models"):
        assert is_pattern(s)
    assert not is_pattern("gpt-4o")
    assert not is_pattern("all-models")
    assert K._record_models({"models": ["a", 1, None, "b"]}) == ["a", "b"]
    assert K._record_models({"models": "a"}) == []
    assert K._record_models({}) == []


def test_scope_models_fetches_with_the_credential() -> None:
    d = Driver(script(ok({"data": [GROUPS["plain-chat"]]}), None))
    got = d.run(K.scope_models(ctx(), {"models": []}, credential=KEY))
    assert [m.id for m in got] == ["plain-chat"]
    assert d.steps[0] == Request("GET", "/model_group/info", auth=KEY)


def test_request_key_is_generate_then_the_new_keys_models() -> None:
    p = Proxy(FakeProxy())
    info = p.run(K.request_key(p.context, {"models": ["gpt-4o-vision"], "user_id": "u"}))
    assert p.calls == [("POST", "/key/generate"), ("GET", "/model_group/info")]
    assert p.requests[1].auth == info.key
    assert info.model_ids == ("gpt-4o-vision",)
    assert info.user_id == "u"
    assert info.features.vision
    again = p.run(K.request_key(p.context, {"models": ["gpt-4o-vision"]}))
    assert p.calls[-1] == ("POST", "/key/generate")  # warm cache: one round trip
    assert again.model_ids == ("gpt-4o-vision",)


def test_models_for_a_key_that_cannot_ask_for_itself_come_from_the_master_key() -> None:
    """Blocked (401), expired (400 on 1.80.x) or route-restricted (403): the key's list is resolved from what the
    master key reads, as LiteLLM resolves it; a wildcard is the groups it matches, never every model."""
    served = {"model_group": "openai/gpt-4.1-mini", "providers": ["openai"], "mode": "chat"}
    groups = ok({"data": [GROUPS["plain-chat"], GROUPS["dall-e-3"], GROUPS["whisper-1"], served]})
    no_groups = ok({"data": [{"model_name": "plain-chat", "model_info": {}}]})
    refusals = (
        err(401, "Key is blocked", "auth_error"),
        err(400, "Authentication Error - Expired Key", "expired_key"),
        err(403, "Virtual key is not allowed to call this route.", "auth_error"),
    )
    for refusal in refusals:
        d = Driver(script(None, refusal, groups, no_groups), ctx(max_retries=0))  # None: first name not cached
        got = d.run(K.models_for_record(ctx(max_retries=0), KEY, {"models": ["plain-chat", "whisper-1", "x"]}))
        assert [m.id for m in got] == ["plain-chat", "whisper-1"]
        reqs = d.of(Request)
        assert reqs == [
            Request("GET", "/model_group/info", auth=KEY),
            Request("GET", "/model_group/info"),
            Request("GET", "/model/info"),
        ]
        assert {s.key for s in d.of(CacheSet)} == {
            ctx().cache_key("model_group", n) for n in ("plain-chat", "whisper-1")
        }
    blocked = err(401, "Key is blocked", "auth_error")
    for models, want in (
        (["openai/*"], ["openai/gpt-4.1-mini"]),  # the groups the wildcard matches (was: every model)
        (["mistral/*"], []),
        ([], ["dall-e-3", "openai/gpt-4.1-mini", "plain-chat", "whisper-1"]),
        (["all-team-models", "plain-chat"], ["dall-e-3", "openai/gpt-4.1-mini", "plain-chat", "whisper-1"]),
        (["all-proxy-models"], ["dall-e-3", "openai/gpt-4.1-mini", "plain-chat", "whisper-1"]),
    ):
        d = Driver(script(blocked, groups), ctx(max_retries=0))  # no /model/info: no name that may be a group
        got = d.run(K.models_for_record(ctx(max_retries=0), KEY, {"models": models}))
        assert [m.id for m in got] == want, models
        assert len(d.of(Request)) == 2
    d = Driver(script(err(400, "bad", "bad_request_error")), ctx(max_retries=0))
    with pytest.raises(BadRequestError):
        d.run(K.models_for_record(ctx(max_retries=0), KEY, {"models": []}))
    d = Driver(script(blocked, err(401, "bad master key", "auth_error")), ctx(max_retries=0))
    with pytest.raises(AuthenticationError):  # the master key's own refusal is not swallowed
        d.run(K.models_for_record(ctx(max_retries=0), KEY, {"models": []}))


def test_a_key_that_cannot_ask_inherits_its_teams_models_and_access_groups() -> None:
    groups = ok({"data": [GROUPS["plain-chat"], GROUPS["dall-e-3"], GROUPS["whisper-1"]]})
    deployments = ok(
        {
            "data": [
                {"model_name": "plain-chat", "model_info": {"access_groups": ["beta"]}},
                {"model_name": "whisper-1", "model_info": {"access_groups": ["beta"]}},
                {"model_name": "dall-e-3", "model_info": {}},
            ]
        }
    )
    team = ok({"team_id": "tm", "team_info": {"team_id": "tm", "models": ["beta"]}})
    blocked = err(401, "Key is blocked", "auth_error")
    for models in ([], ["all-team-models"]):
        d = Driver(script(blocked, groups, team, deployments), ctx(max_retries=0))
        got = d.run(K.models_for_record(ctx(max_retries=0), KEY, {"models": models, "team_id": "tm"}))
        assert [m.id for m in got] == ["plain-chat", "whisper-1"], models
        assert d.of(Request)[2] == Request("GET", "/team/info", params={"team_id": "tm"})
        assert d.of(Request)[3] == Request("GET", "/model/info")
    # a team the proxy does not know: the key's list means what it means without a team
    d = Driver(script(blocked, groups, err(404, "Team not found", "not_found_error")), ctx(max_retries=0))
    got = d.run(K.models_for_record(ctx(max_retries=0), KEY, {"models": [], "team_id": "gone"}))
    assert [m.id for m in got] == ["dall-e-3", "plain-chat", "whisper-1"]
    # an explicit list never reads the team; an access group in it is read from the deployments
    d = Driver(script(None, blocked, groups, deployments), ctx(max_retries=0))
    got = d.run(K.models_for_record(ctx(max_retries=0), KEY, {"models": ["beta"], "team_id": "tm"}))
    assert [m.id for m in got] == ["plain-chat", "whisper-1"]
    assert [r.path for r in d.of(Request)] == ["/model_group/info", "/model_group/info", "/model/info"]


def test_list_models_of_a_route_restricted_key_is_resolved_from_its_record() -> None:
    groups = ok({"data": [GROUPS["plain-chat"], GROUPS["dall-e-3"]]})
    record = ok({"key": sha(KEY), "info": {"token": sha(KEY), "models": ["dall-e-3"]}})
    denied = err(403, "Virtual key is not allowed to call this route.", "auth_error")
    no_groups = ok({"data": []})
    d = Driver(script(denied, record, groups, no_groups), ctx(max_retries=0))
    got = d.run(K.list_models(ctx(max_retries=0), KEY))
    assert [m.id for m in got] == ["dall-e-3"]
    assert d.of(Request)[1] == Request("GET", "/key/info", params={"key": sha(KEY)})
    d = Driver(script(denied, err(404, "Key not found", "not_found_error")), ctx(max_retries=0))
    with pytest.raises(PermissionDeniedError):  # no record to resolve: the refusal stands
        d.run(K.list_models(ctx(max_retries=0), KEY))
    d = Driver(script(err(401, "Key is blocked", "auth_error")), ctx(max_retries=0))
    with pytest.raises(AuthenticationError):  # a blocked key may use nothing now: list_models says why
        d.run(K.list_models(ctx(max_retries=0), KEY))
    d = Driver(script(denied), ctx(max_retries=0))
    with pytest.raises(PermissionDeniedError):
        d.run(K.list_models(ctx(max_retries=0), None))
    d = Driver(script(groups), ctx(max_retries=0))
    assert [m.id for m in d.run(K.list_models(ctx(max_retries=0), None))] == ["dall-e-3", "plain-chat"]


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
    assert d.undo == {}
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


def test_undo_and_forget_steps_are_plain_values() -> None:
    assert Forget(3).handle == 3
    u = Undo(lambda: iter(()), "label")
    assert u.label == "label"
    assert MASTER.startswith("sk-")


# --------------------------------------------------------------------------- ensure_key

ALIAS = "litellm-sdk/u1"


def test_ensure_alias_convention() -> None:
    assert EN.ensure_alias("u1", None) == "litellm-sdk/u1"
    assert EN.ensure_alias("u1", "") == "litellm-sdk/u1"
    assert EN.ensure_alias("u1", "t9") == "litellm-sdk/u1/t9"


def test_derived_key_is_the_documented_hmac() -> None:
    import base64
    import hmac

    digest = hmac.new(MASTER.encode(), b"litellm-sdk:ensure:v1:litellm-sdk/u1:n0", hashlib.sha256).digest()
    expected = "sk-" + base64.urlsafe_b64encode(digest).decode().rstrip("=")
    assert EN.derive_key(MASTER, ALIAS, "n0") == expected
    assert "=" not in expected and len(expected) == 46
    assert EN.derive_key(MASTER, ALIAS, "n1") != expected
    assert EN.derive_key(MASTER + "x", ALIAS, "n0") != expected


def test_request_fingerprint_is_stable_across_versions_and_key_order() -> None:
    # stored in every ensure_key key's metadata: the exact digest must not change between releases
    import json

    body = {"models": ["a"], "max_budget": 1.0}
    text = json.dumps(body, sort_keys=True, separators=(",", ":"))
    assert EN.request_fingerprint(body) == hashlib.sha256(text.encode()).hexdigest()[:32]
    assert EN.request_fingerprint({"max_budget": 1.0, "models": ["a"]}) == EN.request_fingerprint(body)
    assert EN.request_fingerprint({"models": ["b"]}) != EN.request_fingerprint({"models": ["a"]})
    from datetime import datetime

    when = datetime(2030, 1, 1)
    assert (
        EN.request_fingerprint({"at": when})
        == hashlib.sha256(json.dumps({"at": str(when)}, separators=(",", ":")).encode()).hexdigest()[:32]
    )


def test_request_fingerprint_ignores_order_and_repeats_in_set_like_lists_only() -> None:
    fp = EN.request_fingerprint
    for name in ("models", "tags", "guardrails", "allowed_routes", "allowed_cache_controls"):
        assert fp({name: ["b", "a", "b"]}) == fp({name: ["a", "b"]}), name
        assert fp({name: ("b", "a")}) == fp({name: ["a", "b"]}), name
        assert fp({name: ["a"]}) != fp({name: ["a", "c"]}), name
    assert fp({"other_list": ["b", "a"]}) != fp({"other_list": ["a", "b"]})
    assert fp({"models": "b,a"}) != fp({"models": "a,b"})  # not a list: kept as it is
    assert fp({"models": [2, "1"]}) == fp({"models": ["1", 2]})  # sorted as text, so mixed lists work
    body = {"models": ["b", "a"]}
    fp(body)
    assert body == {"models": ["b", "a"]}  # the caller's body is not changed


def test_marker() -> None:
    assert EN._marker({"metadata": {"litellm_sdk": {"nonce": "n"}}}) == {"nonce": "n"}
    assert EN._marker({"metadata": {"litellm_sdk": "x"}}) is None
    assert EN._marker({"metadata": {"other": {}}}) is None
    assert EN._marker({"metadata": "x"}) is None
    assert EN._marker({}) is None


def test_usable_reasons() -> None:
    from datetime import datetime, timedelta, timezone

    fp = "f" * 32
    good = {"metadata": {"litellm_sdk": {"request": fp}}}
    assert EN._usable(good, fingerprint=fp, min_validity=300) is None
    assert EN._usable(good, fingerprint="g" * 32, min_validity=300) == (
        "was made for another request (models, team, budget, duration ...)"
    )
    assert EN._usable({}, fingerprint=fp, min_validity=0) == (
        "was made for another request (models, team, budget, duration ...)"
    )
    now = datetime.now(timezone.utc)
    soon = {**good, "expires": (now + timedelta(seconds=200)).isoformat()}
    later = {**good, "expires": (now + timedelta(seconds=400)).isoformat()}
    assert EN._usable(soon, fingerprint=fp, min_validity=300) == "expired or about to expire"
    assert EN._usable(later, fingerprint=fp, min_validity=300) is None
    assert EN._usable(soon, fingerprint=fp, min_validity=100) is None
    past = {**good, "expires": (now - timedelta(seconds=5)).isoformat()}
    assert EN._usable(past, fingerprint=fp, min_validity=0) == "expired or about to expire"
    assert EN._usable({**good, "max_budget": 1.0, "spend": 1.0}, fingerprint=fp, min_validity=0) == "budget used up"
    assert EN._usable({**good, "max_budget": 1.0, "spend": 2}, fingerprint=fp, min_validity=0) == "budget used up"
    assert EN._usable({**good, "max_budget": 1.0, "spend": 0.5}, fingerprint=fp, min_validity=0) is None
    assert EN._usable({**good, "max_budget": 0, "spend": None}, fingerprint=fp, min_validity=0) == "budget used up"
    assert EN._usable({**good, "max_budget": 0.5}, fingerprint=fp, min_validity=0) is None
    assert EN._usable({**good, "max_budget": None, "spend": 9.0}, fingerprint=fp, min_validity=0) is None
    assert EN._usable({**good, "max_budget": 1.0, "spend": "9"}, fingerprint=fp, min_validity=0) is None


def test_a_key_with_exactly_min_validity_left_is_not_handed_out(monkeypatch: pytest.MonkeyPatch) -> None:
    from datetime import datetime, timedelta, timezone

    now = datetime(2030, 1, 1, tzinfo=timezone.utc)

    class Frozen(datetime):
        @classmethod
        def now(cls, tz: Any = None) -> Any:
            return now

    monkeypatch.setattr(EN, "datetime", Frozen)
    fp = "f" * 32
    record = {"metadata": {"litellm_sdk": {"request": fp}}, "expires": (now + timedelta(seconds=300)).isoformat()}
    assert EN._usable(record, fingerprint=fp, min_validity=300) == "expired or about to expire"
    assert EN._usable(record, fingerprint=fp, min_validity=299.5) is None


def test_ensure_key_is_one_flight_per_whole_request() -> None:
    seen: list[Shared] = []

    def answer(step: Any) -> Any:
        seen.append(step)
        return "info"

    body = {"models": ["a"], "team_id": "t1"}
    assert Driver(answer).run(EN.ensure_key(ctx(), "u1", body, min_validity=60.0, replace_blocked=True)) == "info"
    assert seen == [
        Shared(
            EN.ensure_once,
            {
                "user_id": "u1",
                "alias": "litellm-sdk/u1/t1",
                "body": {"models": ["a"], "team_id": "t1"},
                "min_validity": 60.0,
                "replace_blocked": True,
            },
        )
    ]
    seen.clear()
    Driver(answer).run(EN.ensure_key(ctx(), "u1", {"key_alias": "mine"}, min_validity=1.0, replace_blocked=False))
    assert seen[0].args["alias"] == "mine"
    assert seen[0].args["replace_blocked"] is False
    assert seen[0].credential is None


def entry_for(
    alias: str, nonce: str, fingerprint: str, master: str = MASTER, **extra: Any
) -> tuple[str, dict[str, Any]]:
    secret = EN.derive_key(master, alias, nonce)
    marker = {"nonce": nonce, "user_id": "u1", "request": fingerprint}
    return secret, {"token": sha(secret), "key_alias": alias, "metadata": {K.ENSURE_METADATA: marker}, **extra}


def test_derived_secret_only_for_keys_made_with_this_master_key() -> None:
    c = ctx()
    secret, entry = entry_for(ALIAS, "n1", "fp")
    assert EN._derived_secret(c, ALIAS, entry) == secret
    assert EN._derived_secret(c, "other-alias", entry) is None
    _, foreign = entry_for(ALIAS, "n1", "fp", master="sk-another-master-000")
    assert EN._derived_secret(c, ALIAS, foreign) is None
    assert EN._derived_secret(c, ALIAS, {**entry, "metadata": {K.ENSURE_METADATA: {"nonce": 5}}}) is None
    assert EN._derived_secret(c, ALIAS, {"token": entry["token"]}) is None


def test_alias_entries_lists_by_alias_and_keeps_exact_matches() -> None:
    listed = ok({"keys": [{"key_alias": ALIAS, "token": "a"}, {"key_alias": ALIAS + "x"}, "tok", {"token": "b"}]})
    d = Driver(script(listed))
    assert d.run(EN._alias_entries(ctx(), ALIAS)) == [{"key_alias": ALIAS, "token": "a"}]
    assert d.steps[0].params == {"key_alias": ALIAS, "page": 1, "size": 10, "return_full_object": "true"}


def seed(fake: FakeProxy, secret: str, entry: dict[str, Any], **record: Any) -> None:
    fake.keys[secret] = {
        "key": secret,
        "token_id": entry["token"],
        "models": record.pop("models", ["plain-chat"]),
        "user_id": "u1",
        "key_alias": entry["key_alias"],
        "metadata": entry["metadata"],
        **record,
    }


def run_once(p: Proxy, body: dict[str, Any], *, min_validity: float = 300.0, replace_blocked: bool = True) -> Any:
    op = EN.ensure_once(
        p.context, user_id="u1", alias=ALIAS, body=body, min_validity=min_validity, replace_blocked=replace_blocked
    )
    return p.run(op)


def test_ensure_once_creates_the_derived_key_when_the_alias_is_free() -> None:
    p = Proxy(FakeProxy())
    body = {"models": ["plain-chat"], "metadata": {"app": "chat"}}
    info = run_once(p, body)
    assert p.calls == [
        ("GET", "/key/list"),
        ("POST", "/key/generate"),
        ("GET", "/model_group/info"),
        ("GET", "/key/list"),
    ]
    sent = p.bodies("/key/generate")[0]
    marker = sent["metadata"][K.ENSURE_METADATA]
    assert set(marker) == {"nonce", "user_id", "request"}
    assert len(marker["nonce"]) == 32
    assert marker["user_id"] == "u1"
    assert marker["request"] == EN.request_fingerprint(body)
    assert sent == {
        "models": ["plain-chat"],
        "user_id": "u1",
        "key_alias": ALIAS,
        "metadata": {"app": "chat", K.ENSURE_METADATA: marker},
        "key": EN.derive_key(MASTER, ALIAS, marker["nonce"]),
    }
    assert info.key == sent["key"]
    assert info.model_ids == ("plain-chat",)
    assert body == {"models": ["plain-chat"], "metadata": {"app": "chat"}}  # the caller's body is untouched
    # no metadata in the request: only the marker
    q = Proxy(FakeProxy())
    run_once(q, {})
    assert list(q.bodies("/key/generate")[0]["metadata"]) == [K.ENSURE_METADATA]


def test_ensure_once_hands_back_a_usable_key_without_creating_one() -> None:
    p = Proxy(FakeProxy())
    body = {"models": ["plain-chat"]}
    secret, entry = entry_for(ALIAS, "n1", EN.request_fingerprint(body))
    seed(p.fake, secret, entry)
    info = run_once(p, body)
    assert info.key == secret
    assert info.model_ids == ("plain-chat",)
    assert ("POST", "/key/generate") not in p.calls
    assert ("POST", "/key/delete") not in p.calls
    assert p.requests[-1].auth == secret


@pytest.mark.parametrize(
    ("change", "reason"),
    [
        ({"fingerprint": "other"}, "was made for another request (models, team, budget, duration ...)"),
        ({"max_budget": 1.0, "spend": 1.0}, "budget used up"),
        ({"blocked": True}, "is blocked"),
        ({"master": "sk-another-master-000"}, "was made by ensure_key with another master key"),
    ],
)
def test_ensure_once_replaces_a_key_it_cannot_hand_out(
    change: dict[str, Any], reason: str, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="litellm_sdk")
    p = Proxy(FakeProxy())
    body = {"models": ["plain-chat"]}
    change = dict(change)  # the parameter is shared by every run of this test in one process
    fp = change.pop("fingerprint", EN.request_fingerprint(body))
    master = change.pop("master", MASTER)
    secret, entry = entry_for(ALIAS, "n1", fp, master=master)
    seed(p.fake, secret, entry, **change)
    info = run_once(p, body)
    assert info.key != secret
    assert secret not in p.fake.keys
    assert p.bodies("/key/delete") == [{"keys": [entry["token"]]}]
    assert list(p.fake.keys) == [info.key]
    assert f"replacing the key with alias {ALIAS}: it {reason}" in [r.getMessage() for r in caplog.records]


def test_ensure_once_refuses_an_alias_it_did_not_make() -> None:
    p = Proxy(FakeProxy())
    p.fake.keys["sk-hand-made-0001"] = {
        "key": "sk-hand-made-0001",
        "token_id": sha("sk-hand-made-0001"),
        "models": [],
        "user_id": "u1",
        "key_alias": ALIAS,
        "metadata": {},
    }
    with pytest.raises(ConflictError) as info:
        run_once(p, {})
    assert info.value.param == "key_alias"
    assert info.value.message == f"The key alias {ALIAS!r} belongs to a key that ensure_key did not make"
    assert info.value.suggested_action == "Revoke that key, or pass key_alias= to give ensure_key another alias."
    assert "sk-hand-made-0001" in p.fake.keys


def test_ensure_once_keeps_a_blocked_key_unless_told_to_replace_it() -> None:
    from litellm_sdk.errors import KeyBlockedError

    p = Proxy(FakeProxy())
    secret, entry = entry_for(ALIAS, "n1", EN.request_fingerprint({}))
    seed(p.fake, secret, entry, blocked=True)
    with pytest.raises(KeyBlockedError) as info:
        run_once(p, {}, replace_blocked=False)
    assert info.value.message == f"The key of user 'u1' ({ALIAS}) is blocked by an administrator"
    assert info.value.suggested_action == "Unblock the key (unblock_key) or revoke it before a new one is issued."
    assert secret in p.fake.keys
    # "blocked" must be exactly True
    p.fake.keys[secret]["blocked"] = "yes"
    assert run_once(p, {}, replace_blocked=False).key == secret


def test_ensure_once_retries_when_another_caller_took_the_alias_then_gives_up() -> None:
    c = ctx()

    def answer(step: Any) -> Any:
        if step.path == "/key/list":
            return ok({"keys": []})
        return err(409, "Key with alias already exists")

    d = Driver(answer, c)
    with pytest.raises(ConflictError) as info:
        d.run(EN.ensure_once(c, user_id="u1", alias=ALIAS, body={}, min_validity=0, replace_blocked=True))
    assert info.value.message == f"Could not settle on one key for alias {ALIAS!r}: it kept changing"
    assert info.value.status == 409
    assert [r.path for r in d.of(Request)] == ["/key/list", "/key/generate"] * 3


def test_ensure_once_reads_the_key_another_caller_created(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="litellm_sdk")
    p = Proxy(FakeProxy())
    body: dict[str, Any] = {}
    secret, entry = entry_for(ALIAS, "n1", EN.request_fingerprint(body))

    def rival_first(request: Any) -> Any:
        seed(p.fake, secret, entry)
        return err_response(409, "Key with alias already exists")

    p.fake.faults["/key/generate"] = [rival_first]
    info = run_once(p, body)
    assert info.key == secret
    assert f"another caller created the key with alias {ALIAS} first; reading it" in [
        r.getMessage() for r in caplog.records
    ]


def err_response(status: int, message: str) -> Any:
    import httpx

    return httpx.Response(status, json={"error": {"message": message, "type": "x", "param": None, "code": str(status)}})


def test_ensure_once_ignores_a_key_already_gone_when_replacing() -> None:
    p = Proxy(FakeProxy())
    secret, entry = entry_for(ALIAS, "n1", "other")
    seed(p.fake, secret, entry)

    def someone_else_deleted_it(request: Any) -> Any:
        p.fake.keys.pop(secret)
        return err_response(404, "No keys found")

    p.fake.faults["/key/delete"] = [someone_else_deleted_it]
    info = run_once(p, {})
    assert info.key != secret
    assert list(p.fake.keys) == [info.key]


def test_settle_without_a_rival_keeps_the_created_key() -> None:
    p = Proxy(FakeProxy())
    info = run_once(p, {})
    assert list(p.fake.keys) == [info.key]


def make_created(p: Proxy, body: dict[str, Any], nonce: str, created_at: str) -> tuple[str, dict[str, Any]]:
    secret, entry = entry_for(ALIAS, nonce, EN.request_fingerprint(body))
    seed(p.fake, secret, entry, created_at=created_at)
    return secret, entry


def test_settle_the_earliest_key_wins_and_the_loser_deletes_its_own(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="litellm_sdk")
    p = Proxy(FakeProxy())
    body = {"models": ["plain-chat"]}
    ours, _ = make_created(p, body, "n-ours", "2030-01-02")
    theirs, _ = make_created(p, body, "n-theirs", "2030-01-01")
    created = K.key_info_from_record(ours, {"models": ["plain-chat"]}, ())
    info = p.run(EN._settle(p.context, ALIAS, created, fingerprint=EN.request_fingerprint(body), min_validity=0))
    assert info.key == theirs
    assert p.bodies("/key/delete") == [{"keys": [ours]}]
    assert list(p.fake.keys) == [theirs]
    assert info.model_ids == ("plain-chat",)
    assert f"another caller created the key with alias {ALIAS} first; deleting ours" in [
        r.getMessage() for r in caplog.records
    ]


def test_settle_the_winner_keeps_its_key() -> None:
    p = Proxy(FakeProxy())
    body: dict[str, Any] = {}
    ours, _ = make_created(p, body, "n-ours", "2030-01-01")
    make_created(p, body, "n-theirs", "2030-01-02")
    created = K.key_info_from_record(ours, {}, ())
    assert p.run(EN._settle(p.context, ALIAS, created, fingerprint="x", min_validity=0)) is created
    assert ("POST", "/key/delete") not in p.calls


def test_settle_ties_on_time_are_broken_by_token() -> None:
    p = Proxy(FakeProxy())
    a, _ = make_created(p, {}, "n-a", "2030-01-01")
    b, _ = make_created(p, {}, "n-b", "2030-01-01")
    low, high = sorted([a, b], key=sha)
    created = K.key_info_from_record(high, {}, ())
    info = p.run(EN._settle(p.context, ALIAS, created, fingerprint=EN.request_fingerprint({}), min_validity=0))
    assert info.key == low
    # no created_at at all: still decided by token
    q = Proxy(FakeProxy())
    a2, e2 = entry_for(ALIAS, "n-a", EN.request_fingerprint({}))
    b2, f2 = entry_for(ALIAS, "n-b", EN.request_fingerprint({}))
    seed(q.fake, a2, e2)
    seed(q.fake, b2, f2)
    low2, _high2 = sorted([a2, b2], key=sha)
    assert (
        q.run(EN._settle(q.context, ALIAS, K.key_info_from_record(low2, {}, ()), fingerprint="", min_validity=0)).key
        == low2
    )


def test_settle_a_loser_that_asked_for_something_else_gets_a_conflict() -> None:
    p = Proxy(FakeProxy())
    ours, _ = make_created(p, {"models": ["dall-e-3"]}, "n-ours", "2030-01-02")
    make_created(p, {"models": ["plain-chat"]}, "n-theirs", "2030-01-01")
    created = K.key_info_from_record(ours, {}, ())
    with pytest.raises(ConflictError) as info:
        p.run(
            EN._settle(
                p.context, ALIAS, created, fingerprint=EN.request_fingerprint({"models": ["dall-e-3"]}), min_validity=0
            )
        )
    assert info.value.param == "key_alias"
    assert info.value.message == (
        f"A concurrent ensure_key for alias {ALIAS!r} made its key first, and that key "
        "was made for another request (models, team, budget, duration ...)"
    )
    assert info.value.suggested_action.startswith("Two logins of one user asked for different keys at once;")
    assert ours not in p.fake.keys


def test_settle_counts_only_keys_made_with_this_master_key() -> None:
    p = Proxy(FakeProxy())
    ours, _ = make_created(p, {}, "n-ours", "2030-01-02")
    foreign, fentry = entry_for(ALIAS, "n-f", EN.request_fingerprint({}), master="sk-another-master-000")
    seed(p.fake, foreign, fentry, created_at="2030-01-01")
    created = K.key_info_from_record(ours, {}, ())
    assert p.run(EN._settle(p.context, ALIAS, created, fingerprint="", min_validity=0)) is created


def test_settle_ignores_a_loser_key_already_gone() -> None:
    p = Proxy(FakeProxy())
    theirs, _ = make_created(p, {}, "n-theirs", "2030-01-01")
    ours, oentry = entry_for(ALIAS, "n-ours", EN.request_fingerprint({}))
    seed(p.fake, ours, oentry, created_at="2030-01-02")
    p.fake.faults["/key/delete"] = [lambda r: err_response(404, "No keys found")]
    created = K.key_info_from_record(ours, {}, ())
    assert (
        p.run(EN._settle(p.context, ALIAS, created, fingerprint=EN.request_fingerprint({}), min_validity=0)).key
        == theirs
    )


# --------------------------------------------------------------------------- transient failures on every step


def unavailable(request: Any) -> Any:
    return err_response(503, "temporarily unavailable")


def passes(request: Any) -> Any:
    return None


def test_ensure_retries_a_transient_failure_of_each_listing() -> None:
    p = Proxy(FakeProxy())
    p.fake.faults["/key/list"] = [unavailable, passes, unavailable]
    info = run_once(p, {})
    assert p.calls.count(("GET", "/key/list")) == 4
    assert p.sleeps == [1.0, 1.0]
    assert list(p.fake.keys) == [info.key]


def test_list_keys_page_retries_a_transient_failure() -> None:
    d = Driver(script(err(503), None, ok({"keys": [], "total_pages": 1})))
    assert d.run(K.list_keys_page(ctx(), {}, 1, 10)) == ([], 1)
    assert [s.seconds for s in d.of(Sleep)] == [1.0]


def test_block_retries_a_transient_failure() -> None:
    d = Driver(script(err(503), None, ok({})))
    d.run(K.set_blocked(ctx(), KEY, True))
    assert [r.path for r in d.of(Request)] == ["/key/block", "/key/block"]


def test_the_master_key_fallback_retries_a_transient_failure() -> None:
    groups = ok({"data": [GROUPS["plain-chat"]]})
    c = ctx(max_retries=1)
    d = Driver(script(err(401, "Key is blocked", "auth_error"), err(503), None, groups), c)
    got = d.run(K.models_for_record(c, KEY, {"models": []}))
    assert [m.id for m in got] == ["plain-chat"]


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


# --------------------------------------------------------------------------- second round: exact outcomes


def test_a_handed_out_key_record_carries_its_secret() -> None:
    p = Proxy(FakeProxy())
    secret, entry = entry_for(ALIAS, "n1", EN.request_fingerprint({}))
    seed(p.fake, secret, entry)
    info = run_once(p, {})
    assert info.raw["key"] == secret
    assert info.raw["token"] == entry["token"]


def test_a_usable_key_that_expires_later_than_min_validity_is_handed_out() -> None:
    p = Proxy(FakeProxy())
    secret, entry = entry_for(ALIAS, "n1", EN.request_fingerprint({}))
    seed(p.fake, secret, entry)
    p.fake.keys[secret]["expires"] = "2999-01-01T00:00:00Z"
    assert run_once(p, {}, min_validity=300.0).key == secret
    p.fake.keys[secret]["expires"] = "2000-01-01T00:00:00Z"
    assert run_once(p, {}, min_validity=300.0).key != secret


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


def test_settle_keeps_ours_when_the_listing_lags_and_shows_only_a_newer_rival() -> None:
    p = Proxy(FakeProxy())
    make_created(p, {}, "n-theirs", "2030-01-02T00:00:00Z")  # ours is not listed yet
    created = K.key_info_from_record("sk-ours-not-listed-01", {"created_at": "2030-01-01T00:00:00+00:00"}, ())
    assert p.run(EN._settle(p.context, ALIAS, created, fingerprint="", min_validity=0)) is created
    assert ("POST", "/key/delete") not in p.calls


def test_settle_gives_way_when_the_listing_lags_and_shows_only_an_older_rival() -> None:
    p = Proxy(FakeProxy())
    theirs, _ = make_created(p, {}, "n-theirs", "2030-01-01T00:00:00Z")  # ours is not listed yet
    ours = "sk-ours-not-listed-01"
    created = K.key_info_from_record(ours, {"created_at": "2030-01-01T00:00:01.5+00:00"}, ())
    info = p.run(EN._settle(p.context, ALIAS, created, fingerprint=EN.request_fingerprint({}), min_validity=0))
    assert info.key == theirs  # the rival every other caller also sees as the earliest
    assert p.bodies("/key/delete") == [{"keys": [ours]}]


def test_settle_compares_creation_times_as_instants() -> None:
    p = Proxy(FakeProxy())
    # "2030-01-01T01:00:00+02:00" is 23:00 UTC the day before: earlier, although it sorts later as text
    ours, _ = make_created(p, {}, "n-ours", "2030-01-01T00:00:00Z")
    theirs, _ = make_created(p, {}, "n-theirs", "2030-01-01T01:00:00+02:00")
    created = K.key_info_from_record(ours, {}, ())
    info = p.run(EN._settle(p.context, ALIAS, created, fingerprint=EN.request_fingerprint({}), min_validity=0))
    assert info.key == theirs


def test_settle_a_key_without_created_at_counts_as_earliest() -> None:
    p = Proxy(FakeProxy())
    ours, _ = make_created(p, {}, "n-ours", "2030-01-01")
    theirs, tentry = entry_for(ALIAS, "n-theirs", EN.request_fingerprint({}))
    seed(p.fake, theirs, tentry)
    created = K.key_info_from_record(ours, {}, ())
    info = p.run(EN._settle(p.context, ALIAS, created, fingerprint=EN.request_fingerprint({}), min_validity=0))
    assert info.key == theirs


def test_settle_a_tie_goes_to_the_lower_token_whatever_the_listing_order() -> None:
    secrets_ = [entry_for(ALIAS, f"n{i}", EN.request_fingerprint({})) for i in range(2)]
    (low, lentry), (high, hentry) = sorted(secrets_, key=lambda pair: pair[1]["token"])
    p = Proxy(FakeProxy())
    seed(p.fake, high, hentry, created_at="2030-01-01")  # listed first
    seed(p.fake, low, lentry, created_at="2030-01-01")
    created = K.key_info_from_record(high, {}, ())
    info = p.run(EN._settle(p.context, ALIAS, created, fingerprint=EN.request_fingerprint({}), min_validity=0))
    assert info.key == low
    assert p.bodies("/key/delete") == [{"keys": [high]}]


def test_settle_checks_the_winner_against_min_validity() -> None:
    p = Proxy(FakeProxy())
    ours, _ = make_created(p, {}, "n-ours", "2030-01-02")
    theirs, _ = make_created(p, {}, "n-theirs", "2030-01-01")
    p.fake.keys[theirs]["expires"] = "2999-01-01T00:00:00Z"
    created = K.key_info_from_record(ours, {}, ())
    info = p.run(EN._settle(p.context, ALIAS, created, fingerprint=EN.request_fingerprint({}), min_validity=60.0))
    assert info.key == theirs
    q = Proxy(FakeProxy())
    ours, _ = make_created(q, {}, "n-ours", "2030-01-02")
    theirs, _ = make_created(q, {}, "n-theirs", "2030-01-01")
    q.fake.keys[theirs]["expires"] = "2000-01-01T00:00:00Z"
    with pytest.raises(ConflictError, match="that key expired or about to expire"):
        q.run(
            EN._settle(
                q.context,
                ALIAS,
                K.key_info_from_record(ours, {}, ()),
                fingerprint=EN.request_fingerprint({}),
                min_validity=60.0,
            )
        )


def test_settle_conflict_tells_what_to_do() -> None:
    p = Proxy(FakeProxy())
    ours, _ = make_created(p, {"models": ["dall-e-3"]}, "n-ours", "2030-01-02")
    make_created(p, {"models": ["plain-chat"]}, "n-theirs", "2030-01-01")
    with pytest.raises(ConflictError) as info:
        p.run(EN._settle(p.context, ALIAS, K.key_info_from_record(ours, {}, ()), fingerprint="mine", min_validity=0))
    assert info.value.suggested_action == (
        "Two logins of one user asked for different keys at once; ask again (the later "
        "request then replaces the key) or give each request its own key_alias."
    )


def test_ensure_once_a_rival_created_first_with_the_same_request_is_handed_out() -> None:
    p = Proxy(FakeProxy())
    body = {"models": ["plain-chat"]}
    theirs, tentry = entry_for(ALIAS, "n-theirs", EN.request_fingerprint(body))

    def rival_inserted_first(request: Any, response: Any) -> Any:
        seed(p.fake, theirs, tentry, created_at="2000-01-01", expires="2999-01-01T00:00:00Z")
        return response

    p.fake.after["/key/generate"] = [rival_inserted_first]
    info = run_once(p, body, min_validity=60.0)
    assert info.key == theirs
    assert list(p.fake.keys) == [theirs]


# --------------------------------------------------------------------------- releases that answer unexpanded


def test_a_sentinel_answered_unexpanded_is_asked_again_with_the_master_key() -> None:
    sentinel_only = ok({"data": [{"model_group": "all-team-models", "providers": []}]})
    every = ok({"data": [GROUPS["plain-chat"], GROUPS["dall-e-3"]]})
    d = Driver(script(sentinel_only, err(503), None, every))
    models = d.run(K.fetch_model_groups(ctx(), KEY))
    assert [m.id for m in models] == ["dall-e-3", "plain-chat"]
    assert d.of(Request) == [
        Request("GET", "/model_group/info", auth=KEY),
        Request("GET", "/model_group/info"),
        Request("GET", "/model_group/info"),
    ]
    # the master key's own answer is never asked twice
    d = Driver(script(sentinel_only))
    assert d.run(K.fetch_model_groups(ctx(), None)) == ()
    assert len(d.of(Request)) == 1


def test_a_wildcard_answered_as_one_pseudo_group_gets_the_groups_it_matches() -> None:
    pseudo = ok({"data": [{"model_group": "openai/*", "providers": []}, GROUPS["dall-e-3"]]})
    matching = {**GROUPS["plain-chat"], "model_group": "openai/gpt-4o-mini"}
    other = {**GROUPS["plain-chat"], "model_group": "anthropic/claude"}
    every = ok({"data": [matching, other, GROUPS["dall-e-3"]]})
    d = Driver(script(pseudo, err(503), None, every))
    models = d.run(K.fetch_model_groups(ctx(), KEY))
    assert [m.id for m in models] == ["dall-e-3", "openai/gpt-4o-mini"]
    assert d.of(Request)[1:] == [Request("GET", "/model_group/info"), Request("GET", "/model_group/info")]


def test_ensure_once_reuses_the_oldest_of_several_keys_for_the_same_request() -> None:
    p = Proxy(FakeProxy())
    newer, nentry = entry_for(ALIAS, "n-newer", EN.request_fingerprint({}))
    older, oentry = entry_for(ALIAS, "n-older", EN.request_fingerprint({}))
    seed(p.fake, newer, nentry, created_at="2030-01-02")  # listed first
    seed(p.fake, older, oentry, created_at="2030-01-01")
    assert run_once(p, {}).key == older


def test_model_memo_holds_the_dicts_whose_ids_key_it(monkeypatch: pytest.MonkeyPatch) -> None:
    # an id is only unique while its object lives: a freed dict's id is soon another dict's (CPython reuses them)
    monkeypatch.setattr(K, "_MODEL_MEMO", IdentityMemo(64))
    template = model("a").to_dict()
    for name in "abcdefgh":  # each dict is dropped after the call; only the memo can keep its id taken
        assert K._model_from_cached({**template, "id": name, "name": name}).id == name
