"""ensure_key: one key per user (and team), found in LiteLLM itself, safe under concurrency. Step by step: the
alias and the derived secret, the request fingerprint, which existing key may be handed out (and why not), the
replacement of one that may not, an alias it did not make refused; creators that raced settle on the earliest key and
the others delete their own. Then concurrent calls with different requests, which never get each other's key."""

from __future__ import annotations

import asyncio
import hashlib
import logging
from typing import Any

import httpx
import pytest

from litellm_sdk import AsyncLiteLLMClient, ConflictError
from litellm_sdk._engine.steps import Request, Shared
from litellm_sdk._manage import ensure as EN
from litellm_sdk._manage import keys as K
from litellm_sdk._manage.ensure import ensure_alias

from .._concurrent import BASE, async_client
from .._fake_proxy import FakeProxy
from .._ops import MASTER, Driver, Proxy, ctx, err, ok, script


def sha(key: str) -> str:
    return hashlib.sha256(key.encode()).hexdigest()


KEY = "sk-chosen-value-0123456789"


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


# --------------------------------------------------------------------------- exact outcomes: what is handed out, who wins


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


def test_ensure_once_reuses_the_oldest_of_several_keys_for_the_same_request() -> None:
    p = Proxy(FakeProxy())
    newer, nentry = entry_for(ALIAS, "n-newer", EN.request_fingerprint({}))
    older, oentry = entry_for(ALIAS, "n-older", EN.request_fingerprint({}))
    seed(p.fake, newer, nentry, created_at="2030-01-02")  # listed first
    seed(p.fake, older, oentry, created_at="2030-01-01")
    assert run_once(p, {}).key == older


def err_response(status: int, message: str) -> Any:
    import httpx

    return httpx.Response(status, json={"error": {"message": message, "type": "x", "param": None, "code": str(status)}})


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
