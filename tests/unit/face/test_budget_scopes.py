"""Whose budget refused a call: BudgetExceededError's scope, id, figures and reservation, read from every message
format of the supported LiteLLM releases (tests/fixtures/budget_messages.json: each message rendered from the
release's own source), and the sentence a person is shown for each."""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path
from typing import Any

import httpx
import pytest

from litellm_sdk import BudgetExceededError, BudgetScope, ConflictError, error_from_response
from litellm_sdk._classify import budget_details
from litellm_sdk._manage import keys as K
from litellm_sdk.errors import _period_words

from .._ops import Driver, ctx, err, ok, script

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"
BUDGET = json.loads((FIXTURES / "budget_messages.json").read_text())
CASES: list[dict[str, Any]] = BUDGET["cases"]
RELEASES = ("1.80.17", "1.90.7", "1.100.5", "1.108.7", "1.110.2")
FIELDS = ("scope", "scope_id", "team_id", "max_budget", "spent", "budget_duration", "reservation", "estimated_cost")


def answer(status: int, message: str, type_: str | None = "budget_exceeded") -> BudgetExceededError:
    body = {"error": {"message": message, "type": type_, "param": None, "code": str(status)}}
    error = error_from_response(status, httpx.Headers(), json.dumps(body).encode())
    assert isinstance(error, BudgetExceededError)
    return error


def case_id(case: dict[str, Any]) -> str:
    return f"{case['release']}-{case['expect']['scope']}-{case['message'][:48]}"


# --------------------------------------------------------------------------- every format of every release


@pytest.mark.parametrize("case", CASES, ids=case_id)
def test_every_release_message_names_its_scope(case: dict[str, Any]) -> None:
    error = answer(case["status"], case["message"], case["type"])
    assert {field: getattr(error, field) for field in FIELDS} == case["expect"]
    assert (error.code, error.retryable, error.status) == ("budget_exceeded", False, case["status"])
    assert error.message == case["message"]


def read(case: dict[str, Any]) -> BudgetExceededError:
    return answer(case["status"], case["message"], case["type"])


def test_every_scope_and_reservation_state_is_read_from_the_releases() -> None:
    errors = [(case["release"], read(case)) for case in CASES]
    assert {release for release, _ in errors} == set(RELEASES)
    assert {error.scope for _, error in errors} == BudgetScope.ALL | {None}
    # the reservation's forms (1.90+), its stated estimate (1.108+) and the forms both use are all there
    assert {error.reservation for _, error in errors} == {True, False, None}
    assert {release for release, error in errors if error.estimated_cost is not None} == {"1.108.7", "1.110.2"}
    assert {release for release, error in errors if error.reservation} == set(RELEASES) - {"1.80.17"}


@pytest.mark.parametrize("release", RELEASES)
def test_each_release_has_the_scopes_its_source_raises(release: str) -> None:
    scopes = {read(c).scope for c in CASES if c["release"] == release}
    common = {None, "key_model", "team", "team_member", "user", "end_user", "organization", "tag"}
    later = {
        "1.80.17": set(),  # its key check names no key (LiteLLM's default text)
        "1.90.7": {"key", "key_window", "team_window", "project", "session", "end_user_model"},
        "1.100.5": {"key", "key_window", "team_window", "project", "session", "end_user_model", "user_model",
                    "model_access_group"},
    }  # fmt: skip
    later["1.108.7"] = later["1.110.2"] = later["1.100.5"] | {"team_model", "team_member_model"}
    assert scopes == common | later[release]


@pytest.mark.parametrize(
    ("status", "type_"),
    [(400, "budget_exceeded"), (429, "budget_exceeded"), (422, "budget_exceeded"), (500, "None"), (429, None)],
)
def test_the_scope_is_read_whatever_the_status_and_label(status: int, type_: str | None) -> None:
    error = answer(status, "Budget has been exceeded! Team=t-1 Current cost: 3.5, Max budget: 3.0", type_)
    assert (error.scope, error.scope_id, error.team_id, error.spent, error.max_budget) == ("team", "t-1", "t-1", 3.5, 3)


def test_a_message_wrapped_in_a_dict_repr_or_a_detail_body_is_read_too() -> None:
    text = "ExceededBudget: Team=t-9 over 7d budget. Spend=$5.0100, Limit=$5.00"
    error = answer(429, repr({"error": text}))
    assert (error.scope, error.scope_id, error.budget_duration, error.spent) == ("team_window", "t-9", "7d", 5.01)
    detail = error_from_response(429, httpx.Headers(), json.dumps({"detail": {"error": text}}).encode())
    assert isinstance(detail, BudgetExceededError) and detail.scope == "team_window"


def test_the_recorded_1_108_7_body_is_the_key_scope() -> None:
    (case,) = [c for c in json.loads((FIXTURES / "error_bodies.json").read_text()) if c["name"] == "budget_exceeded"]
    error = error_from_response(case["status"], httpx.Headers(), json.dumps(case["body"]).encode())
    assert isinstance(error, BudgetExceededError)
    assert (error.scope, error.max_budget, error.spent) == ("key", 1e-06, 32.778000999999996)
    assert "key" in error.suggested_action


@pytest.mark.parametrize(
    ("message", "details"),
    [
        # ids with spaces, "=" and ":" are taken whole; an alias with parentheses keeps them
        (
            "Budget has been exceeded! Key=my support bot (sk-...wxyz) Current cost: 1, Max budget: 1",
            {"scope": "key", "scope_id": "my support bot", "reservation": False},
        ),
        (
            "Budget has been exceeded! Key=key Current cost: 1, Max budget: 1",
            {"scope": "key", "scope_id": None, "reservation": False},
        ),
        (
            "Budget has been exceeded! Tag=team=blue Current cost: inf, Max budget: 1e-09",
            {"scope": "tag", "scope_id": "team=blue", "spent": float("inf"), "max_budget": 1e-09},
        ),
        (
            "Budget has been exceeded! TeamMember=okta|u-1:team-1 Current cost: 2, Max budget: 1",
            {"scope": "team_member", "scope_id": "okta|u-1", "team_id": "team-1", "reservation": None},
        ),
        (
            "Budget has been exceeded! Team=t:weekly Current cost: 2, Max budget: 1",
            {"scope": "team_window", "scope_id": "t", "budget_duration": "weekly", "reservation": True},
        ),
        (
            "Budget has been exceeded! Team=ns:team Current cost: 2, Max budget: 1",  # ':team' is no period
            {"scope": "team", "scope_id": "ns:team", "team_id": "ns:team", "reservation": None},
        ),
        (
            "LiteLLM Virtual Key: abc, key_alias: None, exceeded budget for model=openai/gpt-4o, budget_model=openai/*",
            {"scope": "key_model", "scope_id": "openai/gpt-4o", "reservation": False},
        ),
        (
            "Session budget exceeded for session s.1.2. Current spend: $0.5000, max_budget_per_session: $0.50.",
            {"scope": "session", "scope_id": "s.1.2", "spent": 0.5, "max_budget": 0.5},
        ),
    ],
)
def test_edge_forms(message: str, details: dict[str, Any]) -> None:
    got = budget_details(message)
    assert {field: got.get(field) for field in details} == details


@pytest.mark.parametrize(
    "message",
    [
        "Budget has been exceeded! OSS Classifier Test Routing requires available budget.",
        "Exceeded budget for provider openai: 5 >= 4",
        "Budget exceeded",
    ],
)
def test_a_budget_message_in_no_known_form_has_no_scope(message: str) -> None:
    error = answer(429, message)
    assert all(getattr(error, field) is None for field in FIELDS)
    assert error.code == "budget_exceeded"
    assert "did not say whose" in error.suggested_action


# --------------------------------------------------------------------------- what a person is told

#: Per scope, words its sentence must have: whose budget, and who can change it or what to do.
WHO = {
    None: ("did not say whose", "whoever gave you access"),
    "key": ("your key's budget", "whoever gave you the key"),
    "key_window": ("your key's", "whoever gave you the key"),
    "key_model": ("your key's budget for gpt-4o", "pick another model"),
    "team": ("your team's budget", "team admin"),
    "team_window": ("your team's", "team admin"),
    "team_model": ("your team's budget for gpt-4o", "team admin"),
    "team_member": ("your own budget in this team", "team admin"),
    "team_member_model": ("your own budget for gpt-4o in this team", "team admin"),
    "user": ("your account's budget", "administrator"),
    "user_model": ("your account's budget for gpt-4o", "administrator"),
    "end_user": ("your use of this service", "operator"),
    "end_user_model": ("your use of gpt-4o", "operator"),
    "organization": ("your organization's budget", "organization admin"),
    "project": ("this project's budget", "project's owner"),
    "tag": ("calls tagged 'marketing'", "administrator"),
    "model_access_group": ("model group 'premium-models'", "pick a model outside that group"),
    "session": ("this conversation's spending limit", "new conversation"),
}

#: What a person is never told: routes, admin how-tos, LiteLLM's field and class names.
DEVELOPER_WORDS = re.compile(
    r"/|`|\bLiteLLM\b|if you're an admin|max_budget|budget_limits|budget_duration|model_max_budget|entity|counter"
    r"|ExceededBudget|scope|\bNone\b|\bkey_alias\b|\btokens?\b|[0-9a-f]{64}",
    re.I,
)


@pytest.mark.parametrize("case", CASES, ids=case_id)
def test_every_case_tells_a_person_whose_budget_and_who_can_fix_it(case: dict[str, Any]) -> None:
    error = answer(case["status"], case["message"], case["type"])
    action = error.suggested_action
    whose, who = WHO[error.scope]
    assert whose in action.lower() or whose in action
    assert who in action
    assert not DEVELOPER_WORDS.search(action), action
    assert action.endswith(".") and action[0].isupper()
    assert ("max_tokens" in action) is bool(error.reservation)  # only where the reservation bit
    assert error.to_dict()["suggested_action"] == action


SCOPES = sorted(BudgetScope.ALL)


@pytest.mark.parametrize("estimated", [None, 0.25])
@pytest.mark.parametrize("reservation", [True, False, None])
@pytest.mark.parametrize("scope", [*SCOPES, None])
def test_every_scope_with_every_reservation_state(
    scope: str | None, reservation: bool | None, estimated: float | None
) -> None:
    error = BudgetExceededError(
        "m",
        scope=scope,
        scope_id="x-1",
        max_budget=2.0,
        budget_duration="1d",
        reservation=reservation if estimated is None else True,
        estimated_cost=estimated,
    )
    action = error.suggested_action
    assert not DEVELOPER_WORDS.search(action), action
    if estimated is not None:
        assert action.startswith("This call could cost up to $0.25, more than is left of ")
        assert "a lower max_tokens" in action and "try again" in action
    elif reservation:
        assert "calls still running" in action and "lower max_tokens hold less" in action
    else:
        assert action.endswith(" is used up: " + action.split(" is used up: ", 1)[1])
        assert "max_tokens" not in action
    if scope in ("key_window", "team_window"):
        assert "$2.00 spending limit per day" in action and "wait until the current day ends" in action
    if scope in ("key_model", "team_model", "team_member_model", "user_model", "end_user_model", "tag"):
        assert "x-1" in action


def test_a_stated_estimate_is_the_reservation_and_says_how_to_fit() -> None:
    error = answer(
        422,
        "Budget has been exceeded! Team=t-1 Current cost: 0.9, Estimated request cost: 0.0123, Max budget: 1.0",
    )
    assert (error.reservation, error.estimated_cost, error.scope) == (True, 0.0123, "team")
    assert error.suggested_action == (
        "This call could cost up to $0.01, more than is left of your team's budget. The proxy sets aside the most a "
        "call can cost before sending it: ask for a shorter answer (a lower max_tokens) or send less text, and try "
        "again; otherwise ask a team admin to raise it (only they can), or wait for it to reset if it renews."
    )


def test_the_reservation_form_says_calls_still_running_hold_the_rest() -> None:
    error = answer(429, f"Budget has been exceeded! Key={'ab' * 32} Current cost: 32.77, Max budget: 1e-06")
    assert (error.scope, error.reservation, error.scope_id) == ("key", True, "ab" * 32)
    assert error.suggested_action == (
        "Your key's budget has nothing left once the most that calls still running may cost is set aside (the proxy "
        "holds it until each call ends). Try again when your other calls have finished, since calls with a lower "
        "max_tokens hold less; otherwise ask whoever gave you the key for a higher budget, or wait for it to reset "
        "if it renews."
    )


def test_a_window_states_its_period_and_limit() -> None:
    error = answer(422, "ExceededBudget: Key over 30d budget. Spend=$10.0001, Limit=$10.00")
    assert error.suggested_action == (
        "Your key's $10.00 spending limit per 30 days is used up: wait until the current 30-day period ends, when it "
        "resets, or ask whoever gave you the key to raise the limit."
    )
    tiny = BudgetExceededError("m", scope="team_window", max_budget=1e-06, budget_duration="monthly")
    assert tiny.suggested_action.startswith("Your team's $1e-06 spending limit per month is used up")
    unknown = BudgetExceededError("m", scope="key_window")
    assert unknown.suggested_action.startswith("Your key's spending limit per period is used up: wait until the")


@pytest.mark.parametrize(
    ("duration", "words"),
    [
        ("1d", ("day", "day")),
        ("24h", ("24 hours", "24-hour period")),
        ("7d", ("7 days", "7-day period")),
        ("1mo", ("month", "month")),
        ("2w", ("2 weeks", "2-week period")),
        ("30s", ("30 seconds", "30-second period")),
        ("15m", ("15 minutes", "15-minute period")),
        ("daily", ("24 hours", "24-hour period")),
        ("Weekly", ("7 days", "7-day period")),
        ("hourly", ("hour", "hour")),
        ("monthly", ("month", "month")),
        ("fortnight", ("fortnight", "fortnight period")),
        ("d", ("d", "d period")),
    ],
)
def test_period_words(duration: str, words: tuple[str, str]) -> None:
    assert _period_words(duration) == words


def test_an_error_made_by_hand_keeps_its_action_and_defaults() -> None:
    plain = BudgetExceededError("x")
    assert all(getattr(plain, field) is None for field in FIELDS)
    assert plain.code == "budget_exceeded" and "budget" in plain.suggested_action
    given = BudgetExceededError("x", scope="team", suggested_action="Call Sam.")
    assert given.suggested_action == "Call Sam."


def test_to_dict_carries_the_budget_as_plain_json() -> None:
    error = answer(422, "Budget has been exceeded! User=u-1 in Team=t-1 Current cost: 1.5, Max budget: 1.0")
    data = json.loads(json.dumps(error.to_dict()))
    assert data["code"] == "budget_exceeded"
    assert data["budget"] == {
        "scope": "team_member",
        "scope_id": "u-1",
        "team_id": "t-1",
        "max_budget": 1.0,
        "spent": 1.5,
        "budget_duration": None,
        "reservation": False,
        "estimated_cost": None,
    }


# --------------------------------------------------------------------------- a re-sent key value refused (item 8)

KEY = "sk-chosen-value-0123456789"
TOKEN = hashlib.sha256(KEY.encode()).hexdigest()

#: How a proxy may refuse a /key/generate whose key value is already stored: the database's words passed on (the
#: open LiteLLM change makes it a 400 from the token's unique constraint), or a reworded refusal.
DUPLICATE_KEY = (
    "Unique constraint failed on the fields: (`token`)",
    "{'error': 'Unique constraint failed on the fields: (`token`)'}",
    'duplicate key value violates unique constraint "LiteLLM_VerificationToken_pkey"',
    "Duplicate virtual key secret",
    "This key value is already in use",
    "The secret key is already taken",
)


@pytest.mark.parametrize("status", [400, 500])  # a 409 was a conflict already
@pytest.mark.parametrize("message", DUPLICATE_KEY)
def test_a_duplicate_key_value_is_a_conflict_whatever_the_status(message: str, status: int) -> None:
    for type_ in ("internal_server_error", "bad_request_error", None):
        body = {"error": {"message": message, "type": type_, "param": None, "code": str(status)}}
        error = error_from_response(status, httpx.Headers(), json.dumps(body).encode())
        assert type(error) is ConflictError
        assert (error.code, error.retryable) == ("conflict", False)


@pytest.mark.parametrize("message", DUPLICATE_KEY)
def test_a_retried_generate_refused_as_a_duplicate_reads_the_key_back(message: str) -> None:
    found = ok({"key": TOKEN, "info": {"token": TOKEN, "models": []}})
    # the first send may have created the key (503), the look-up does not see it yet (404), the re-send is refused
    d = Driver(script(err(503), err(404), None, err(400, message, "bad_request_error"), found))
    record = d.run(K.generate_key(ctx(), {"key": KEY}, key_is_new=True))
    assert record == {"token": TOKEN, "models": [], "key": KEY}
    assert len(d.undo) == 1  # the key is the caller's now, but the call's compensation stands until it returns


@pytest.mark.parametrize("message", DUPLICATE_KEY[:1])
def test_a_first_generate_refused_as_a_duplicate_creates_nothing_of_ours(message: str) -> None:
    d = Driver(script(err(400, message, "bad_request_error")))
    with pytest.raises(ConflictError):
        d.run(K.generate_key(ctx(), {"key": KEY}, key_is_new=True))
    assert d.undo == {}
