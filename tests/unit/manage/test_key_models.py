"""A key's models: asked of the proxy with the key itself (or the master key when the key may not ask), each
group cached and read back in one cache step, the cache used only for a fully cached explicit list, sentinels and
wildcards a release answers unexpanded resolved to the groups they match, models no deployment serves kept out, and
the memo of cached models bounded."""

from __future__ import annotations

import hashlib
from typing import Any

import pytest

from litellm_sdk._engine.steps import CacheGetMany, CacheSet, Request, Shared
from litellm_sdk._manage import keys as K
from litellm_sdk._memo import IdentityMemo
from litellm_sdk.capabilities import is_pattern
from litellm_sdk.errors import AuthenticationError, BadRequestError, PermissionDeniedError
from litellm_sdk.types import ModelInfo

from .._concurrent import sync_client
from .._fake_proxy import GROUPS, FakeProxy
from .._ops import Driver, Proxy, ctx, err, ok, script

KEY = "sk-chosen-value-0123456789"


def sha(key: str) -> str:
    return hashlib.sha256(key.encode()).hexdigest()


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


FETCHED = (model("fetched"),)


def resolved(answer_cache: Any, models: Any) -> tuple[Any, Driver]:
    """resolve_models of a key whose record lists ``models``: its cache step answered by ``answer_cache``, a fetch
    from the proxy (a Shared step) answered with FETCHED."""

    def answer(step: Any) -> Any:
        if isinstance(step, CacheGetMany):
            return answer_cache(step)
        assert isinstance(step, Shared), step
        return FETCHED

    d = Driver(answer)
    return d.run(K.resolve_models(ctx(), KEY, {"models": models})), d


def test_an_explicit_list_is_read_from_the_cache_in_one_step_each_name_once() -> None:
    c = ctx()
    cache = {c.cache_key("model_group", n): model(n).to_dict() for n in ("a", "b")}
    got, d = resolved(_many(cache), ["b", "a", "b"])
    assert [m.id for m in got] == ["a", "b"]
    assert d.steps == [CacheGetMany((c.cache_key("model_group", "a"), c.cache_key("model_group", "b")))]
    assert resolved(_many(cache), ["a", "c", "d"])[0] is FETCHED  # one miss: no cached answer
    assert resolved(lambda step: ["not a dict"], ["a"])[0] is FETCHED
    assert resolved(lambda step: [{"id": 5}], ["a"])[0] is FETCHED
    assert resolved(lambda step: [{"no": "id"}], ["a"])[0] is FETCHED
    assert resolved(lambda step: None, ["a"])[0] is FETCHED  # the cache failed
    assert resolved(lambda step: [model("a").to_dict()], ["a", "b"])[0] is FETCHED  # too few


def test_model_memo_builds_a_cached_dict_once_and_is_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(K, "_MODEL_MEMO", IdentityMemo(2))
    a, b, c = model("a").to_dict(), model("b").to_dict(), model("c").to_dict()

    def from_cache(value: dict[str, Any]) -> ModelInfo:
        (found,) = resolved(lambda step: [value], [value["id"]])[0]
        return found  # type: ignore[no-any-return]

    first = from_cache(a)
    assert from_cache(a) is first
    assert from_cache(dict(a)) == first
    assert len(K._MODEL_MEMO) == 2
    from_cache(b)  # full: cleared, then this one stored
    assert len(K._MODEL_MEMO) == 1
    from_cache(c)
    assert len(K._MODEL_MEMO) == 2
    assert from_cache(c).id == "c"
    assert from_cache(b).id == "b"


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


@pytest.mark.parametrize(
    ("listed", "ids"),
    [
        (["plain-chat", 1, None, "whisper-1"], ["plain-chat", "whisper-1"]),  # the names only
        ("plain-chat", ["dall-e-3", "plain-chat", "whisper-1"]),  # not a list: no names, every model
        (None, ["dall-e-3", "plain-chat", "whisper-1"]),
    ],
)
def test_only_the_names_in_a_keys_model_list_narrow_the_master_keys_answer(listed: Any, ids: list[str]) -> None:
    groups = ok({"data": [GROUPS["plain-chat"], GROUPS["dall-e-3"], GROUPS["whisper-1"]]})
    record = {} if listed is None else {"models": listed}
    c = ctx(max_retries=0)
    deployments = ok({"data": []})  # no access groups
    # the cache, the key refused, the master key's groups and (for names that may be access groups) deployments
    answers = [None, err(401, "Key is blocked", "auth_error"), groups, deployments]
    if not isinstance(listed, list):
        answers = answers[1:3]  # no names: nothing to read from the cache, no access group to look up
    got = Driver(script(*answers), c).run(K.models_for_record(c, KEY, record))
    assert sorted(m.id for m in got) == ids


def test_scope_models_fetches_with_the_credential() -> None:
    d = Driver(script(ok({"data": [GROUPS["plain-chat"]]}), None))
    got = d.run(K.scope_models(ctx(), {"models": []}, credential=KEY))
    assert [m.id for m in got] == ["plain-chat"]
    assert d.steps[0] == Request("GET", "/model_group/info", auth=KEY)


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


def test_the_master_key_fallback_retries_a_transient_failure() -> None:
    groups = ok({"data": [GROUPS["plain-chat"]]})
    c = ctx(max_retries=1)
    d = Driver(script(err(401, "Key is blocked", "auth_error"), err(503), None, groups), c)
    got = d.run(K.models_for_record(c, KEY, {"models": []}))
    assert [m.id for m in got] == ["plain-chat"]


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


def test_model_memo_holds_the_dicts_whose_ids_key_it(monkeypatch: pytest.MonkeyPatch) -> None:
    # an id is only unique while its object lives: a freed dict's id is soon another dict's (CPython reuses them)
    monkeypatch.setattr(K, "_MODEL_MEMO", IdentityMemo(64))
    template = model("a").to_dict()
    for name in "abcdefgh":  # each dict is dropped after the call; only the memo can keep its id taken
        got = resolved(lambda step, name=name: [{**template, "id": name, "name": name}], [name])[0]
        assert got[0].id == name


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
