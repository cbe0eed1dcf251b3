"""LiteLLM key records -> SDK types: each field LiteLLM sends read from its name (and its fallback places),
fields of an unexpected type read as absent, datetimes always aware, unavailable models; the warm-path memo gives the
same features for the same model objects, never a stale answer for other models, and starts over when full."""

from __future__ import annotations

import gc
import math
import weakref
from datetime import datetime, timedelta, timezone
from typing import Any

import pytest

from litellm_sdk._manage import records as _records
from litellm_sdk._manage.records import (
    budget_from_record,
    key_info_from_record,
    key_summary_from_record,
    parse_datetime,
    rate_limit_from_record,
    tags_from_record,
    unavailable_models,
)
from litellm_sdk._memo import IdentityMemo
from litellm_sdk.errors import InvalidResponseError
from litellm_sdk.types import BudgetInfo, Features, KeySummary, ModelInfo, RateLimitInfo

UTC = timezone.utc
SECRET = "sk-test-secret-value-0123456789abcdef"


def model(name: str, *, served: bool = True, **flags: Any) -> ModelInfo:
    return ModelInfo(id=name, name=name, providers=("openai",) if served else (), **flags)


# --- datetimes ---------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2030-01-02T03:04:05", datetime(2030, 1, 2, 3, 4, 5, tzinfo=UTC)),  # naive: UTC
        ("2030-01-02T03:04:05Z", datetime(2030, 1, 2, 3, 4, 5, tzinfo=UTC)),
        ("2030-01-02T03:04:05.123456Z", datetime(2030, 1, 2, 3, 4, 5, 123456, tzinfo=UTC)),
        ("2030-01-02T05:04:05+02:00", datetime(2030, 1, 2, 3, 4, 5, tzinfo=UTC)),
        ("2030-01-02", datetime(2030, 1, 2, tzinfo=UTC)),
        ("2030-01-02Z", datetime(2030, 1, 2, tzinfo=UTC)),  # a date only: read once its final Z is an offset
    ],
)
def test_iso_datetimes_are_read_as_aware(text: str, expected: datetime) -> None:
    got = parse_datetime(text)
    assert got == expected
    assert got is not None and got.tzinfo is not None


def test_an_offset_is_kept_and_only_a_final_z_means_utc() -> None:
    got = parse_datetime("2030-01-02T05:04:05+02:00")
    assert got is not None and got.utcoffset() == timedelta(hours=2)
    assert parse_datetime("2030-01-02T03:04:05Z").utcoffset() == timedelta(0)  # type: ignore[union-attr]
    assert parse_datetime("2030-01-02T03:04:05Z:00") is None  # a Z before the end is no offset


def test_forms_only_dateutil_reads() -> None:
    # Python 3.10's fromisoformat rejects these; 3.11+ reads some of them: either way the result is the same
    assert parse_datetime("20300102T030405Z") == datetime(2030, 1, 2, 3, 4, 5, tzinfo=UTC)
    assert parse_datetime("2030-01-02T03:04:05.1234567") is None or parse_datetime(
        "2030-01-02T03:04:05.1234567"
    ) == datetime(2030, 1, 2, 3, 4, 5, 123456, tzinfo=UTC)
    assert parse_datetime("2030-W01-1") == datetime(2029, 12, 31, tzinfo=UTC)


@pytest.mark.parametrize("value", [None, "", "None", "soon", "2030-13-45", 1893456000, [], "99999-01-01"])
def test_absent_or_bad_datetimes_are_none(value: Any) -> None:
    assert parse_datetime(value) is None


def test_datetime_objects_are_taken_as_they_are_naive_ones_as_utc() -> None:
    aware = datetime(2030, 1, 1, tzinfo=timezone(timedelta(hours=-5)))
    assert parse_datetime(aware) is aware
    assert parse_datetime(datetime(2030, 1, 1)) == datetime(2030, 1, 1, tzinfo=UTC)


# --- budgets, limits, tags ---------------------------------------------------------------------------------------


def test_budget_fields() -> None:
    budget = budget_from_record(
        {
            "max_budget": 10,
            "spend": 2.5,
            "budget_duration": "30d",
            "budget_reset_at": "2030-01-01T00:00:00Z",
            "model_max_budget": {"gpt-4o": {"budget_limit": 1.0, "time_period": "1d"}, "bad": 5},
        }
    )
    assert budget == BudgetInfo(
        max=10.0,
        spent=2.5,
        duration="30d",
        resets_at=datetime(2030, 1, 1, tzinfo=UTC),
        per_model={"gpt-4o": {"budget_limit": 1.0, "time_period": "1d"}},
    )
    assert type(budget.max) is float


@pytest.mark.parametrize("bad", [None, True, "10", math.nan, math.inf, [1]])
def test_budget_numbers_of_another_type_are_absent(bad: Any) -> None:
    budget = budget_from_record({"max_budget": bad, "spend": bad, "budget_duration": 5})
    assert budget == BudgetInfo(max=None, spent=0.0, duration=None, resets_at=None, per_model={})
    assert budget.remaining is None  # never a zero budget


def test_budget_of_an_empty_record_and_a_zero_budget() -> None:
    assert budget_from_record({}) == BudgetInfo(max=None)
    zero = budget_from_record({"max_budget": 0, "spend": 0})
    assert zero.max == 0.0 and zero.exhausted
    assert budget_from_record({"budget_duration": "None"}).duration is None
    assert budget_from_record({"model_max_budget": ["x"]}).per_model == {}


def test_rate_limits_top_level_first_then_metadata() -> None:
    limits = rate_limit_from_record(
        {
            "tpm_limit": 1000,
            "rpm_limit": 10.0,
            "max_parallel_requests": 2,
            "model_tpm_limit": {"a": 5, "b": "x", "c": 2.0},
            "metadata": {"model_tpm_limit": {"z": 1}, "model_rpm_limit": {"m": 3, "n": None}},
        }
    )
    assert limits == RateLimitInfo(
        tpm=1000, rpm=10, max_parallel_requests=2, model_tpm={"a": 5, "c": 2}, model_rpm={"m": 3}
    )
    assert type(limits.rpm) is int
    assert rate_limit_from_record({}) == RateLimitInfo()
    assert rate_limit_from_record({"tpm_limit": True, "rpm_limit": "5", "metadata": "x"}) == RateLimitInfo()
    assert rate_limit_from_record({"model_rpm_limit": {"a": 1}}).model_rpm == {"a": 1}
    assert rate_limit_from_record({"metadata": {"model_tpm_limit": {"z": 1}}}).model_tpm == {"z": 1}


def test_tags_top_level_or_from_metadata() -> None:
    assert tags_from_record({"tags": ["a", 1, "b"], "metadata": {"tags": ["m"]}}) == ("a", "b")
    assert tags_from_record({"tags": [], "metadata": {"tags": ("m", None)}}) == ("m",)
    assert tags_from_record({"tags": "a", "metadata": {"tags": "m"}}) == ()
    assert tags_from_record({}) == ()


# --- unavailable models ------------------------------------------------------------------------------------------


def test_unavailable_models_are_names_and_patterns_nothing_serves() -> None:
    servable = (model("gpt-4o"), model("anthropic/claude-haiku-4-5"))
    allowed = ("gpt-4o", "gone", "anthropic/*", "openai/*", "all-team-models", "all-proxy-models", "GPT-4O")
    assert unavailable_models(allowed, servable) == ("gone", "openai/*", "GPT-4O")
    assert unavailable_models((), servable) == ()
    assert unavailable_models(("anthropic/Claude*",), servable) == ("anthropic/Claude*",)  # case matters
    assert unavailable_models(("all-org-models", "x"), ()) == ("x",)


# --- whole records -----------------------------------------------------------------------------------------------


def test_key_info_reads_every_field() -> None:
    record = {
        "token": "hash-from-token",
        "key_alias": "alias",
        "models": ["gpt-4o", "vision", "gone", 7],
        "max_budget": 5,
        "spend": 1,
        "tpm_limit": 9,
        "tags": ["t"],
        "expires": "2030-01-01T00:00:00Z",
        "user_id": "u1",
        "team_id": "team",
        "metadata": {"plan": "pro"},
        "aliases": {"fast": "gpt-4o", "bad": 5},
        "created_at": "2029-01-01T00:00:00",
        "blocked": True,
    }
    models = (
        model("gpt-4o", mode="chat"),
        model("vision", supports_vision=True),
        model("unrouted", served=False, mode="audio_transcription"),
    )
    info = key_info_from_record(SECRET, record, models)
    assert info.key == SECRET
    assert info.token_id == "hash-from-token"
    assert info.key_alias == "alias"
    assert info.model_ids == ("gpt-4o", "vision")  # only servable models
    assert info.features == Features(chat=True, vision=True)  # ... and only they turn on features
    assert info.budget == BudgetInfo(max=5.0, spent=1.0)
    assert info.rate_limit == RateLimitInfo(tpm=9)
    assert info.tags == ("t",)
    assert info.expires_at == datetime(2030, 1, 1, tzinfo=UTC)
    assert info.created_at == datetime(2029, 1, 1, tzinfo=UTC)
    assert (info.user_id, info.team_id) == ("u1", "team")
    assert info.metadata == {"plan": "pro"}
    assert info.aliases == {"fast": "gpt-4o"}
    assert info.blocked is True
    assert info.allowed_models == ("gpt-4o", "vision", "gone")
    assert info.unavailable_models == ("gone",)
    assert info.raw == record and info.raw is not record


def test_key_info_prefers_token_id_and_reads_odd_fields_as_absent() -> None:
    assert key_info_from_record(SECRET, {"token_id": "a", "token": "b"}, ()).token_id == "a"
    info = key_info_from_record(
        SECRET,
        {
            "token_id": "",
            "token": "None",
            "key_alias": 5,
            "user_id": "None",
            "team_id": [],
            "metadata": "x",
            "aliases": None,
            "blocked": "true",
            "models": "gpt-4o",
            "expires": "never",
        },
        (),
    )
    assert (info.token_id, info.key_alias, info.user_id, info.team_id) == (None, None, None, None)
    assert info.metadata == {} and info.aliases == {}
    assert info.blocked is False  # only a JSON true blocks
    assert info.allowed_models == () and info.unavailable_models == ()
    assert info.expires_at is None


@pytest.mark.parametrize("record", [None, [], "sk-x"])
def test_a_key_record_that_is_not_an_object_is_an_invalid_response(record: Any) -> None:
    with pytest.raises(InvalidResponseError) as info:
        key_info_from_record(SECRET, record, ())
    assert info.value.message == "A key record is not a JSON object"


def test_the_same_models_again_get_the_memoised_features_and_models() -> None:
    models = (model("memo-a", supports_vision=True), model("memo-b", served=False))
    first = key_info_from_record(SECRET, {"models": ["memo-a", "memo-b"]}, models)
    again = key_info_from_record(SECRET, {"models": ["memo-a", "memo-b"]}, models)
    assert again.features is first.features
    assert again.models is first.models
    assert again.unavailable_models is first.unavailable_models


def test_the_memo_holds_the_models_whose_ids_key_it() -> None:
    # an id is only unique while its object lives: a freed model's id could key a stale answer for another one
    models = (model("held", served=False),)  # unservable: only the memo's owners can hold it
    held = weakref.ref(models[0])
    key_info_from_record(SECRET, {"models": ["held"]}, models)
    del models
    gc.collect()
    assert held() is not None


def test_key_summary_fields() -> None:
    record = {
        "token": "hash",
        "token_id": "other",
        "key_alias": "a",
        "key_name": "sk-...wxyz",
        "user_id": "u",
        "team_id": "t",
        "models": ["m", 1],
        "spend": 2,
        "max_budget": 3,
        "expires": "2030-01-01T00:00:00",
        "created_at": "2029-01-01T00:00:00Z",
        "blocked": True,
        "metadata": {"k": "v"},
    }
    summary = key_summary_from_record(record)
    assert summary == KeySummary(
        token_id="hash",  # /key/list names it token; token_id is the fallback
        key_alias="a",
        key_name="sk-...wxyz",
        user_id="u",
        team_id="t",
        models=("m",),
        spend=2.0,
        max_budget=3.0,
        expires_at=datetime(2030, 1, 1, tzinfo=UTC),
        created_at=datetime(2029, 1, 1, tzinfo=UTC),
        blocked=True,
        metadata={"k": "v"},
    )
    assert summary.raw == record
    assert key_summary_from_record({"token_id": "only"}).token_id == "only"
    empty = key_summary_from_record({"spend": None, "blocked": 1, "key_name": ""})
    assert empty == KeySummary(token_id="")
    assert empty.blocked is False and empty.spend == 0.0 and empty.key_name is None


def test_a_key_summary_may_be_just_the_token_hash() -> None:
    assert key_summary_from_record("abc123") == KeySummary(token_id="abc123")  # type: ignore[arg-type]
    with pytest.raises(InvalidResponseError) as info:
        key_summary_from_record(5)  # type: ignore[arg-type]
    assert info.value.message == "A /key/list entry is neither an object nor a token"


RECORD = {"key": "sk-abcdefgh1234", "token": "t" * 64, "models": ["a", "b"]}


def _model(model_id: str, *, vision: bool = False, served: bool = True) -> ModelInfo:
    return ModelInfo(
        id=model_id, name=model_id, mode="chat", providers=("openai",) if served else (), supports_vision=vision
    )


def test_other_models_with_the_same_count_get_their_own_features() -> None:
    plain = (_model("a"), _model("b"))
    seeing = (_model("a"), _model("b", vision=True))
    first = _records.key_info_from_record("sk-abcdefgh1234", RECORD, plain)
    second = _records.key_info_from_record("sk-abcdefgh1234", RECORD, seeing)
    again = _records.key_info_from_record("sk-abcdefgh1234", RECORD, plain)
    assert not first.features.vision
    assert second.features.vision
    assert again.features == first.features and not again.features.vision
    assert again.models == plain


def test_unservable_models_stay_out_on_the_memoised_path() -> None:
    models = (_model("a"), _model("b", vision=True, served=False))
    for _ in range(2):
        info = _records.key_info_from_record("sk-abcdefgh1234", RECORD, models)
        assert info.model_ids == ("a",)
        assert not info.features.vision
        assert info.unavailable_models == ("b",)


def test_a_full_memo_is_cleared_not_grown(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_records, "_FEATURES_MEMO", IdentityMemo(3))
    kept = [(_model(f"m{i}"),) for i in range(7)]
    for models in kept:
        _records.key_info_from_record("sk-abcdefgh1234", RECORD, models)
        assert len(_records._FEATURES_MEMO) <= 3
    assert _records.key_info_from_record("sk-abcdefgh1234", RECORD, kept[0]).model_ids == ("m0",)


def test_the_same_models_for_another_model_list_get_their_own_unavailable_names() -> None:
    models = (_model("a"), _model("b"))
    first = _records.key_info_from_record("sk-abcdefgh1234", {**RECORD, "models": ["a", "b"]}, models)
    other = _records.key_info_from_record("sk-abcdefgh1234", {**RECORD, "models": ["a", "b", "gone"]}, models)
    again = _records.key_info_from_record("sk-abcdefgh1234", {**RECORD, "models": ["a", "b"]}, models)
    assert first.unavailable_models == () and again.unavailable_models == ()
    assert other.unavailable_models == ("gone",)
    assert other.allowed_models == ("a", "b", "gone")
