"""ensure_key: one key per user (and team), found in LiteLLM itself, safe under concurrency. Step by step: the
alias and the derived secret, the request fingerprint, which existing key may be handed out (and why not), the
replacement of one that may not, an alias it did not make refused; creators that raced settle on the earliest key and
the others delete their own. Then concurrent calls with different requests, which never get each other's key."""

from __future__ import annotations

import asyncio
import hashlib
import json
import logging
import secrets
from typing import Any

import httpx
import pytest

from litellm_sdk import AsyncLiteLLMClient, ConflictError
from litellm_sdk._constants import ENSURE_PAGE_SIZE
from litellm_sdk._engine.steps import CacheGetMany, CacheSet, Request, Shared
from litellm_sdk._manage import ensure as EN
from litellm_sdk._manage import keys as K
from litellm_sdk._manage.ensure import ensure_alias
from litellm_sdk.types import VirtualKeyInfo

from .._concurrent import BASE, async_client
from .._fake_proxy import FakeProxy
from .._ops import MASTER, Driver, Proxy, ctx, err, ok


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


def test_ensure_key_is_one_flight_per_whole_request() -> None:
    seen: list[Shared] = []
    made = VirtualKeyInfo(key="sk-chosen-value-0123456789", raw={"team_id": "t1", "user_id": "u1"})

    def answer(step: Any) -> Any:
        if isinstance(step, CacheGetMany):  # the budgets of the team, read beside: not cached
            return [None] * len(step.keys)
        if isinstance(step, Shared) and step.fn is not EN.ensure_once:
            return "refused"  # the team's budget: the master key may not read it
        if isinstance(step, CacheSet):
            return None
        seen.append(step)
        return made

    body = {"models": ["a"], "team_id": "t1"}
    info = Driver(answer).run(EN.ensure_key(ctx(), "u1", body, min_validity=60.0, replace_blocked=True))
    assert info.key == made.key
    assert [(b.scope, b.id, b.known) for b in info.budgets] == [("team_member", "u1", False), ("team", "t1", False)]
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


def handed_out_or_why_not(
    caplog: pytest.LogCaptureFixture, *, request: str | None = "", min_validity: float = 300.0, **record: Any
) -> str | None:
    """ensure_once with one key of ours under the alias, made for ``request`` (default: this very request; None: a
    marker without one): None when it hands that key out, else the reason it logs for replacing it."""
    caplog.set_level(logging.INFO, logger="litellm_sdk")
    caplog.clear()
    p = Proxy(FakeProxy())
    secret, entry = entry_for(ALIAS, "n1", EN.request_fingerprint({}) if request == "" else str(request))
    if request is None:
        del entry["metadata"][K.ENSURE_METADATA]["request"]
    seed(p.fake, secret, entry, **record)
    info = run_once(p, {}, min_validity=min_validity)
    if info.key == secret:
        return None
    (line,) = [r.getMessage() for r in caplog.records if r.getMessage().startswith("replacing the key")]
    return line.split(": it ", 1)[1]


ANOTHER_REQUEST = "was made for another request (models, team, budget, duration ...)"
EXPIRING = "expired or about to expire"
USED_UP = "budget used up"


def _in(seconds: float) -> str:
    from datetime import datetime, timedelta, timezone

    return (datetime.now(timezone.utc) + timedelta(seconds=seconds)).isoformat()


@pytest.mark.parametrize(
    ("request_", "min_validity", "record", "reason"),
    [
        ("", 300, {}, None),
        ("g" * 32, 300, {}, ANOTHER_REQUEST),
        (None, 0, {}, ANOTHER_REQUEST),
        ("", 300, {"expires_in": 200}, EXPIRING),
        ("", 300, {"expires_in": 400}, None),
        ("", 100, {"expires_in": 200}, None),
        ("", 0, {"expires_in": -5}, EXPIRING),
        ("", 0, {"max_budget": 1.0, "spend": 1.0}, USED_UP),
        ("", 0, {"max_budget": 1.0, "spend": 2}, USED_UP),
        ("", 0, {"max_budget": 1.0, "spend": 0.5}, None),
        ("", 0, {"max_budget": 0, "spend": None}, USED_UP),
        ("", 0, {"max_budget": 0.5}, None),
        ("", 0, {"max_budget": None, "spend": 9.0}, None),
        ("", 0, {"max_budget": 1.0, "spend": "9"}, None),
    ],
)
def test_a_key_of_ours_is_handed_out_unless_made_for_another_request_expiring_or_used_up(
    request_: str | None,
    min_validity: float,
    record: dict[str, Any],
    reason: str | None,
    caplog: pytest.LogCaptureFixture,
) -> None:
    # the expiry is made when the test runs, not when it is collected: a long session must not age it
    if "expires_in" in record:
        record = {"expires": _in(record["expires_in"])}
    assert handed_out_or_why_not(caplog, request=request_, min_validity=min_validity, **record) == reason


def test_a_key_with_exactly_min_validity_left_is_not_handed_out(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    from datetime import datetime, timedelta, timezone

    now = datetime(2030, 1, 1, tzinfo=timezone.utc)

    class Frozen(datetime):
        @classmethod
        def now(cls, tz: Any = None) -> Any:
            return now

    monkeypatch.setattr(EN, "datetime", Frozen)
    expires = (now + timedelta(seconds=300)).isoformat()
    assert handed_out_or_why_not(caplog, min_validity=300, expires=expires) == EXPIRING
    assert handed_out_or_why_not(caplog, min_validity=299.5, expires=expires) is None


ANOTHER_MASTER = "was made by ensure_key with another master key"


@pytest.mark.parametrize(
    ("case", "outcome"),
    [
        ("ours", None),
        ("derived for another alias", ANOTHER_MASTER),
        ("another master key", ANOTHER_MASTER),
        ("nonce not a string", ANOTHER_MASTER),
        ("marker without a nonce", ANOTHER_MASTER),
        ("marker not an object", ConflictError),
        ("metadata of another tool", ConflictError),
        ("metadata not an object", ConflictError),
        ("no metadata", ConflictError),
    ],
)
def test_only_a_key_ensure_key_made_with_this_master_key_is_its_own(
    case: str, outcome: Any, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="litellm_sdk")
    p = Proxy(FakeProxy())
    fp = EN.request_fingerprint({})
    secret, entry = entry_for(ALIAS, "n1", fp)
    if case == "derived for another alias":
        secret, entry = entry_for("other-alias", "n1", fp)
        entry["key_alias"] = ALIAS
    elif case == "another master key":
        secret, entry = entry_for(ALIAS, "n1", fp, master="sk-another-master-000")
    elif case == "nonce not a string":
        entry["metadata"] = {K.ENSURE_METADATA: {"nonce": 5, "request": fp}}
    elif case == "marker without a nonce":
        entry["metadata"] = {K.ENSURE_METADATA: {"request": fp}}
    elif case == "marker not an object":
        entry["metadata"] = {K.ENSURE_METADATA: "x"}
    elif case == "metadata of another tool":
        entry["metadata"] = {"other": {}}
    elif case == "metadata not an object":
        entry["metadata"] = "x"
    elif case == "no metadata":
        entry["metadata"] = None
    seed(p.fake, secret, entry)
    if outcome is ConflictError:
        with pytest.raises(ConflictError, match="belongs to a key that ensure_key did not make"):
            run_once(p, {})
        assert secret in p.fake.keys
        return
    info = run_once(p, {})
    if outcome is None:
        assert info.key == secret
    else:
        assert info.key != secret and secret not in p.fake.keys
        assert f"replacing the key with alias {ALIAS}: it {outcome}" in [r.getMessage() for r in caplog.records]


def test_ensure_once_looks_up_its_alias_and_only_exact_matches_count() -> None:
    def listing(*entries: Any) -> Any:
        return lambda request: httpx.Response(200, json={"keys": list(entries), "total_pages": 1})

    p = Proxy(FakeProxy())
    p.fake.faults["/key/list"] = [listing({"key_alias": ALIAS + "x"}, "tok", {"token": "b"})]
    info = run_once(p, {})  # nothing listed is a key of this alias: a new key, no conflict
    assert list(p.fake.keys) == [info.key]
    assert p.requests[0] == Request(
        "GET",
        "/key/list",
        params={"key_alias": ALIAS, "page": 1, "size": ENSURE_PAGE_SIZE, "return_full_object": "true"},
    )
    q = Proxy(FakeProxy())
    q.fake.faults["/key/list"] = [listing({"key_alias": ALIAS, "token": "a"})]
    with pytest.raises(ConflictError, match="belongs to a key that ensure_key did not make"):
        run_once(q, {})


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


def rival(nonce: str, created_at: str | None, body: dict[str, Any] | None = None, **record: Any) -> Any:
    """A key another caller made for the alias: (secret, entry, record fields) for :func:`race`."""
    secret, entry = entry_for(ALIAS, nonce, EN.request_fingerprint(body or {}), master=record.pop("master", MASTER))
    if created_at is not None:
        record["created_at"] = created_at
    return secret, entry, record


def race(
    p: Proxy,
    body: dict[str, Any],
    ours_at: str | None,
    *rivals: Any,
    listed: bool = True,
    ours_first: bool = False,
    min_validity: float = 0.0,
) -> tuple[str, Any]:
    """ensure_once while other callers create keys for the alias after its look-up and before its own create, so
    only its settling sees them. Our key gets ``created_at=ours_at`` (none for None); ``listed=False``: the settling's
    listing lags and does not show our key yet; ``ours_first``: the listing shows ours before the rivals.
    Returns (our key's value, what ensure_once returned)."""
    ours: dict[str, str] = {}

    def rivals_create_first(request: httpx.Request) -> None:
        for secret, entry, record in rivals:
            seed(p.fake, secret, entry, **record)

    def ours_created(request: httpx.Request, response: httpx.Response) -> httpx.Response:
        key = ours["key"] = json.loads(request.content)["key"]
        record = p.fake.keys[key]
        record.pop("created_at")
        if ours_at is not None:
            record["created_at"] = ours_at
        if ours_first:
            p.fake.keys = {key: record, **{k: v for k, v in p.fake.keys.items() if k != key}}
        return httpx.Response(200, json=record)

    def lagging(request: httpx.Request) -> httpx.Response:
        rows = [
            {**{k: v for k, v in r.items() if k not in ("key", "token_id")}, "token": r["token_id"]}
            for k, r in p.fake.keys.items()
            if k != ours["key"]
        ]
        return httpx.Response(200, json={"keys": rows, "total_pages": 1})

    p.fake.faults["/key/generate"] = [rivals_create_first]
    p.fake.after["/key/generate"] = [ours_created]
    if not listed:
        p.fake.faults["/key/list"] = [passes, lagging]
    info = run_once(p, body, min_validity=min_validity)
    return ours["key"], info


def test_settle_the_earliest_key_wins_and_the_loser_deletes_its_own(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="litellm_sdk")
    p = Proxy(FakeProxy())
    body = {"models": ["plain-chat"]}
    theirs = rival("n-theirs", "2030-01-01", body)
    ours, info = race(p, body, "2030-01-02", theirs)
    assert info.key == theirs[0]
    assert p.bodies("/key/delete") == [{"keys": [ours]}]
    assert list(p.fake.keys) == [theirs[0]]
    assert info.model_ids == ("plain-chat",)
    assert f"another caller created the key with alias {ALIAS} first; deleting ours" in [
        r.getMessage() for r in caplog.records
    ]


def test_settle_the_winner_keeps_its_key() -> None:
    p = Proxy(FakeProxy())
    ours, info = race(p, {}, "2030-01-01", rival("n-theirs", "2030-01-02"))
    assert info.key == ours
    assert ("POST", "/key/delete") not in p.calls


@pytest.mark.parametrize("created_at", ["2030-01-01", None])
def test_settle_ties_on_time_are_broken_by_token(created_at: str | None, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(secrets, "token_hex", lambda n: "n-ours")  # our key's nonce, so its token is known
    ours = EN.derive_key(MASTER, ALIAS, "n-ours")
    lower = next(n for n in (f"n{i}" for i in range(99)) if sha(EN.derive_key(MASTER, ALIAS, n)) < sha(ours))
    higher = next(n for n in (f"n{i}" for i in range(99)) if sha(EN.derive_key(MASTER, ALIAS, n)) > sha(ours))
    p = Proxy(FakeProxy())
    theirs = rival(lower, created_at)
    assert race(p, {}, created_at, theirs)[1].key == theirs[0]
    q = Proxy(FakeProxy())
    assert race(q, {}, created_at, rival(higher, created_at))[1].key == ours


def test_settle_a_loser_that_asked_for_something_else_gets_a_conflict() -> None:
    p = Proxy(FakeProxy())
    with pytest.raises(ConflictError) as info:
        race(p, {"models": ["dall-e-3"]}, "2030-01-02", rival("n-theirs", "2030-01-01", {"models": ["plain-chat"]}))
    assert info.value.param == "key_alias"
    assert info.value.message == (
        f"A concurrent ensure_key for alias {ALIAS!r} made its key first, and that key "
        "was made for another request (models, team, budget, duration ...)"
    )
    assert info.value.suggested_action.startswith("Two logins of one user asked for different keys at once;")
    assert len(p.fake.keys) == 1  # ours was deleted: only the winner's key is left


def test_settle_counts_only_keys_made_with_this_master_key() -> None:
    p = Proxy(FakeProxy())
    ours, info = race(p, {}, "2030-01-02", rival("n-f", "2030-01-01", master="sk-another-master-000"))
    assert info.key == ours
    assert ("POST", "/key/delete") not in p.calls


def test_settle_ignores_a_loser_key_already_gone() -> None:
    p = Proxy(FakeProxy())
    p.fake.faults["/key/delete"] = [lambda r: err_response(404, "No keys found")]
    theirs = rival("n-theirs", "2030-01-01")
    assert race(p, {}, "2030-01-02", theirs)[1].key == theirs[0]


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
    ours, info = race(p, {}, "2030-01-01T00:00:00+00:00", rival("n-theirs", "2030-01-02T00:00:00Z"), listed=False)
    assert info.key == ours
    assert ("POST", "/key/delete") not in p.calls


def test_settle_gives_way_when_the_listing_lags_and_shows_only_an_older_rival() -> None:
    p = Proxy(FakeProxy())
    theirs = rival("n-theirs", "2030-01-01T00:00:00Z")
    ours, info = race(p, {}, "2030-01-01T00:00:01.5+00:00", theirs, listed=False)
    assert info.key == theirs[0]  # the rival every other caller also sees as the earliest
    assert p.bodies("/key/delete") == [{"keys": [ours]}]


def test_settle_compares_creation_times_as_instants() -> None:
    p = Proxy(FakeProxy())
    # "2030-01-01T01:00:00+02:00" is 23:00 UTC the day before: earlier, although it sorts later as text
    theirs = rival("n-theirs", "2030-01-01T01:00:00+02:00")
    assert race(p, {}, "2030-01-01T00:00:00Z", theirs)[1].key == theirs[0]


def test_settle_a_key_without_created_at_counts_as_earliest() -> None:
    p = Proxy(FakeProxy())
    theirs = rival("n-theirs", None)
    assert race(p, {}, "2030-01-01", theirs)[1].key == theirs[0]


@pytest.mark.parametrize("ours_first", [False, True])
def test_settle_a_tie_goes_to_the_lower_token_whatever_the_listing_order(
    ours_first: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(secrets, "token_hex", lambda n: "n-ours")
    ours = EN.derive_key(MASTER, ALIAS, "n-ours")
    for nonce in ("n0", "n1", "n2", "n3"):
        theirs = rival(nonce, "2030-01-01")
        p = Proxy(FakeProxy())
        _, info = race(p, {}, "2030-01-01", theirs, ours_first=ours_first)
        low, high = sorted([ours, theirs[0]], key=sha)
        assert info.key == low
        assert p.bodies("/key/delete") == ([{"keys": [high]}] if high == ours else [])


def test_settle_checks_the_winner_against_min_validity() -> None:
    p = Proxy(FakeProxy())
    theirs = rival("n-theirs", "2030-01-01", expires="2999-01-01T00:00:00Z")
    assert race(p, {}, "2030-01-02", theirs, min_validity=60.0)[1].key == theirs[0]
    q = Proxy(FakeProxy())
    with pytest.raises(ConflictError, match="that key expired or about to expire"):
        race(q, {}, "2030-01-02", rival("n-theirs", "2030-01-01", expires="2000-01-01T00:00:00Z"), min_validity=60.0)


def test_settle_conflict_tells_what_to_do() -> None:
    p = Proxy(FakeProxy())
    with pytest.raises(ConflictError) as info:
        race(p, {"models": ["dall-e-3"]}, "2030-01-02", rival("n-theirs", "2030-01-01", {"models": ["plain-chat"]}))
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
