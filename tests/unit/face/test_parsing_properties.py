"""Fuzzing the parsers: any status, headers and bytes or JSON in; a parsed object or a LiteLLMError out.

Whatever a proxy, a load balancer in front of it or a broken network hands back, the SDK must answer with
its own error type (which a caller catches) and never with a KeyError, TypeError, AttributeError, ...
"""

from __future__ import annotations

import json
import math
from datetime import timezone
from typing import Any

import httpx
from hypothesis import example, given
from hypothesis import strategies as st

from litellm_sdk import LiteLLMError, error_from_response
from litellm_sdk._classify import retry_after_seconds
from litellm_sdk._manage.records import key_info_from_record, key_summary_from_record
from litellm_sdk.capabilities import aggregate_features, models_from_groups
from litellm_sdk.errors import APIStatusError, RateLimitError
from litellm_sdk.types import CAPABILITY_FEATURES, KeySummary, ModelInfo, VirtualKeyInfo
from tests.unit._properties import searching

FUZZ = searching(50)
ROUND_TRIP = searching(25)


# ---------------------------------------------------------------------------------------------- strategies

WORDS = st.sampled_from(
    [
        "budget_exceeded",
        "expired_key",
        "key is blocked",
        "already exists",
        "LITELLM_LICENSE",
        "db not connected",
        "try again in 3s",
        "Invalid model name passed",
        "internal_server_error",
        "auth_error",
        "None",
        "{'error': 'nested'}",
        "<html><body>502</body></html>",
        "sk-" + "A" * 40,
    ]
)


TEXT = st.one_of(st.text(max_size=40), WORDS)


def json_values(finite: bool = False) -> st.SearchStrategy[Any]:
    scalars = st.one_of(
        st.none(),
        st.booleans(),
        st.integers(min_value=-(2**70), max_value=2**70),
        st.floats(allow_nan=not finite, allow_infinity=not finite),
        TEXT,
    )
    return st.recursive(
        scalars,
        lambda children: st.one_of(st.lists(children, max_size=4), st.dictionaries(TEXT, children, max_size=4)),
        max_leaves=20,
    )


JSON = json_values()


# LiteLLM's error shapes, with every field fuzzed.
ENVELOPES = st.one_of(
    st.fixed_dictionaries(
        {"error": st.fixed_dictionaries({}, optional={"message": JSON, "type": JSON, "param": JSON, "code": JSON})}
    ),
    st.fixed_dictionaries({"error": TEXT}, optional={"type": JSON}),
    st.fixed_dictionaries({"detail": JSON}),
    st.fixed_dictionaries({"detail": st.lists(st.dictionaries(st.sampled_from(["loc", "msg", "type"]), JSON))}),
    st.fixed_dictionaries({"title": JSON}, optional={"type": JSON, "status": JSON, "detail": JSON}),
    st.fixed_dictionaries({"message": JSON}, optional={"type": JSON}),
)


def dumps(value: Any) -> bytes:
    return json.dumps(value).encode()


BODIES = st.one_of(
    st.binary(max_size=300),
    JSON.map(dumps),
    ENVELOPES.map(dumps),
    ENVELOPES.map(dumps).flatmap(lambda b: st.integers(0, len(b)).map(lambda n: b[:n])),  # truncated JSON
    st.just(b"[" * 5000),  # deeper than the JSON parser's recursion limit
    st.just(b"<!DOCTYPE html><html><title>502 Bad Gateway</title></html>"),
)


RETRY_AFTER_VALUES = st.one_of(
    st.text(alphabet=st.characters(min_codepoint=32, max_codepoint=126), max_size=40),
    st.sampled_from(
        ["1", "0", "-5", "nan", "inf", "1e400", "2.5", "Wed, 21 Oct 2015 07:28:00 GMT", "Mon, 01 Jan 0001 00:00:00 GMT"]
    ),
    st.datetimes(timezones=st.just(timezone.utc)).map(lambda d: d.strftime("%a, %d %b %Y %H:%M:%S GMT")),
)


HEADER_NAMES = st.sampled_from(["retry-after", "Retry-After", "retry-after-ms", "x-litellm-call-id", "x-request-id"])
HEADERS = st.dictionaries(
    st.one_of(HEADER_NAMES, st.from_regex(r"[a-z][a-z-]{0,15}", fullmatch=True)), RETRY_AFTER_VALUES
)


# ---------------------------------------------------------------------------------------------- errors


@FUZZ
@given(status=st.integers(400, 599), headers=HEADERS, content=BODIES, as_httpx=st.booleans())
# Found by this test: a FastAPI-style detail item whose "loc" is null or not a list (errors._validation_message).
@example(status=422, headers={}, content=b'{"detail": [{"loc": null, "msg": "field required"}]}', as_httpx=False)
@example(status=400, headers={}, content=b'{"detail": [{"loc": 7}]}', as_httpx=True)
def test_error_from_response_always_gives_an_api_status_error(
    status: int, headers: dict[str, str], content: bytes, as_httpx: bool
) -> None:
    error = error_from_response(status, httpx.Headers(headers) if as_httpx else headers, content, secrets=("sk-x",))
    assert isinstance(error, APIStatusError)
    assert isinstance(error.message, str) and isinstance(str(error), str) and isinstance(repr(error), str)
    assert error.status == status
    assert isinstance(error.code, str) and error.code
    assert isinstance(error.retryable, bool)
    assert isinstance(error.suggested_action, str) and error.suggested_action
    assert json.dumps(error.to_dict())  # what a server hands to a browser is plain JSON
    assert len(error.message) < 20_000
    if isinstance(error, RateLimitError) and error.retry_after is not None:
        assert error.retry_after >= 0 or math.isnan(error.retry_after)


@FUZZ
@given(headers=HEADERS, message=TEXT)
def test_retry_after_seconds_is_a_non_negative_number_or_none(headers: dict[str, str], message: str) -> None:
    value = retry_after_seconds(headers, message)
    assert value is None or (isinstance(value, float) and not value < 0)


# ---------------------------------------------------------------------------------------------- model groups

KNOWN_GROUP_FIELDS = [
    "model_group",
    "providers",
    "mode",
    "max_input_tokens",
    "max_output_tokens",
    "input_cost_per_token",
    "output_cost_per_token",
    "tpm",
    "rpm",
    "supported_openai_params",
    "description",
    *CAPABILITY_FEATURES,
]


def groups(values: st.SearchStrategy[Any]) -> st.SearchStrategy[dict[str, Any]]:
    return st.dictionaries(st.sampled_from(KNOWN_GROUP_FIELDS), values, max_size=8).flatmap(
        lambda g: st.one_of(st.just(g), TEXT.map(lambda name: {**g, "model_group": name}))
    )


GROUP_PAYLOADS = st.one_of(
    JSON,
    st.fixed_dictionaries({"data": st.lists(st.one_of(groups(JSON), JSON), max_size=5)}),
    st.fixed_dictionaries({"data": st.lists(groups(JSON), max_size=5)}),
)


@FUZZ
@given(payload=GROUP_PAYLOADS)
def test_models_from_groups_gives_models_or_a_litellm_error(payload: Any) -> None:
    try:
        models = models_from_groups(payload)
    except LiteLLMError:
        return
    assert isinstance(models, tuple) and all(isinstance(m, ModelInfo) for m in models)
    assert list(m.id for m in models) == sorted(m.id for m in models)
    aggregate_features(models)
    for model in models:
        repr(model)


@ROUND_TRIP
@given(payload=st.fixed_dictionaries({"data": st.lists(groups(json_values(finite=True)), max_size=4)}))
def test_model_info_survives_the_cache_round_trip(payload: Any) -> None:
    try:
        models = models_from_groups(payload)
    except LiteLLMError:
        return
    for model in models:
        assert ModelInfo.from_dict(json.loads(json.dumps(model.to_dict()))) == model


# ---------------------------------------------------------------------------------------------- key records

DATES = st.one_of(
    st.datetimes().map(lambda d: d.isoformat()),
    st.datetimes(timezones=st.just(timezone.utc)).map(lambda d: d.isoformat().replace("+00:00", "Z")),
    TEXT,
)


KEY_RECORD_VALUES: dict[str, st.SearchStrategy[Any]] = {
    "token": TEXT,
    "token_id": TEXT,
    "key_alias": TEXT,
    "key_name": TEXT,
    "models": st.one_of(st.lists(TEXT, max_size=4), JSON),
    "spend": st.one_of(st.floats(), JSON),
    "max_budget": st.one_of(st.floats(), JSON),
    "budget_duration": TEXT,
    "budget_reset_at": DATES,
    "model_max_budget": JSON,
    "tpm_limit": JSON,
    "rpm_limit": JSON,
    "max_parallel_requests": JSON,
    "model_tpm_limit": JSON,
    "model_rpm_limit": JSON,
    "tags": JSON,
    "metadata": JSON,
    "expires": DATES,
    "created_at": DATES,
    "user_id": TEXT,
    "team_id": TEXT,
    "aliases": JSON,
    "blocked": JSON,
}


KEY_RECORDS = st.fixed_dictionaries({}, optional=KEY_RECORD_VALUES)


def finite_only(value: Any) -> bool:
    text = json.dumps(value)
    return "NaN" not in text and "Infinity" not in text


@FUZZ
@given(record=st.one_of(KEY_RECORDS, JSON))
def test_key_records_give_key_info_or_a_litellm_error(record: Any) -> None:
    try:
        info = key_info_from_record("sk-" + "k" * 40, record, ())
    except LiteLLMError:
        return
    assert isinstance(info, VirtualKeyInfo)
    assert "k" * 40 not in repr(info) and "k" * 40 not in str(info)
    json.dumps(info.to_dict(), default=str)


@FUZZ
@given(record=st.one_of(KEY_RECORDS, JSON))
def test_key_list_entries_give_summaries_or_a_litellm_error(record: Any) -> None:
    try:
        summary = key_summary_from_record(record)
    except LiteLLMError:
        return
    assert isinstance(summary, KeySummary)
    repr(summary)
    summary.to_dict()


@ROUND_TRIP
@given(
    record=KEY_RECORDS.filter(finite_only),
    payload=st.fixed_dictionaries({"data": st.lists(groups(json_values(finite=True)), max_size=3)}),
)
def test_virtual_key_info_round_trips_through_json(record: dict[str, Any], payload: Any) -> None:
    try:
        models = models_from_groups(payload)
    except LiteLLMError:
        models = ()
    info = key_info_from_record("sk-" + "r" * 40, record, models)
    again = VirtualKeyInfo.from_dict(json.loads(json.dumps(info.to_dict())))
    assert again == info
    assert again.raw == info.raw
