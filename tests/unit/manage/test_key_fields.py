"""The typed key fields (``KeyFields``, defined once in ``litellm_sdk._manage.fields``): the /key/generate and
/key/update bodies built from them, each bad field refused by name; every field of LiteLLM's GenerateKeyRequest (from
the fixed spec) reaches the proxy through request_key of both clients, the typed ones checked, the rest unchanged;
the CLI's flags come from the same definition."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from typing import Any

import httpx
import pytest

from litellm_sdk import ALL_MODELS, AsyncLiteLLMClient, InvalidRequestError, LiteLLMClient
from litellm_sdk._manage.fields import build_body, build_changes, typed_fields
from litellm_sdk.cli import build_parser

from .._fake_proxy import FakeProxy


def test_a_body_has_every_typed_field_checked_and_drops_nones() -> None:
    body = build_body(
        {
            "user_id": "u",
            "team_id": "t",
            "duration": "24h",
            "models": ("a", "b"),
            "max_budget": 1.5,
            "tags": ["x"],
            "metadata": {"m": 1},
            "key_alias": "al",
            "budget_duration": "daily",
            "tpm_limit": 10,
            "rpm_limit": 0,
            "max_parallel_requests": 3,
            "aliases": {"short": "long"},
            "soft_budget": 2,
            "extra": {"user_id": "overridden", "key": "sk-extra-12345"},
        }
    )
    assert body == {
        "user_id": "u",
        "team_id": "t",
        "duration": "24h",
        "models": ["a", "b"],
        "max_budget": 1.5,
        "tags": ["x"],
        "metadata": {"m": 1},
        "key_alias": "al",
        "budget_duration": "daily",
        "tpm_limit": 10,
        "rpm_limit": 0,
        "max_parallel_requests": 3,
        "aliases": {"short": "long"},
        "soft_budget": 2,
        "key": "sk-extra-12345",
    }
    assert build_body({}) == {}
    assert build_body({"user_id": None, "models": None}) == {}
    assert build_body({"models": ALL_MODELS}) == {"models": []}
    assert build_body({"extra": {"user_id": "from-extra"}}) == {"user_id": "from-extra"}


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("user_id", 5),
        ("team_id", ""),
        ("duration", "3x"),
        ("duration", "daily"),
        ("models", "a"),
        ("models", []),
        ("max_budget", -1),
        ("tags", "t"),
        ("metadata", [1]),
        ("key_alias", " "),
        ("budget_duration", "fortnightly"),
        ("tpm_limit", -1),
        ("rpm_limit", 1.5),
        ("max_parallel_requests", True),
        ("aliases", {"a": 1}),
    ],
)
def test_each_bad_field_is_refused_by_name(field: str, value: Any) -> None:
    with pytest.raises(InvalidRequestError) as info:
        build_body({field: value})
    assert info.value.param == field
    assert info.value.message.startswith(f"{field}: ")
    with pytest.raises(InvalidRequestError) as info:
        build_changes({field: value})
    assert info.value.param == field


def test_an_empty_model_list_is_refused_with_the_way_to_say_all() -> None:
    with pytest.raises(InvalidRequestError) as info:
        build_body({"models": ()})
    assert info.value.message == (
        "models: an empty list would grant every model; pass models=ALL_MODELS to mean all models, "
        "or None to let LiteLLM decide"
    )
    assert repr(ALL_MODELS) == "ALL_MODELS"


def test_changes_keep_explicit_nones_of_typed_fields_only() -> None:
    # "blocked" is not a typed field: its None passes through like any other value
    assert build_changes({"max_budget": None, "soft_budget": 1, "models": ["a"], "blocked": None}) == {
        "soft_budget": 1,
        "blocked": None,
        "models": ["a"],
        "max_budget": None,
    }
    assert build_changes({"max_budget": None}) == {"max_budget": None}
    assert build_changes({}) == {}
    assert build_changes({"budget_duration": "weekly"}) == {"budget_duration": "weekly"}


SPEC = json.loads((Path(__file__).resolve().parents[3] / "openapi" / "litellm-openapi.json").read_text())
FIELDS = sorted(SPEC["components"]["schemas"]["GenerateKeyRequest"]["properties"])
TYPED = {f.name for f in typed_fields()}


#: A valid value per typed field (the test fails if a typed field is added without one).
SAMPLES: dict[str, Any] = {
    "user_id": "u1",
    "team_id": "t1",
    "duration": "7d",
    "models": ["plain-chat"],
    "max_budget": 2.5,
    "tags": ["a"],
    "metadata": {"plan": "pro"},
    "key_alias": "alias-1",
    "budget_duration": "30d",
    "tpm_limit": 10,
    "rpm_limit": 5,
    "max_parallel_requests": 2,
    "aliases": {"fast": "plain-chat"},
    "key": "sk-caller-chosen-0123456789",
}


def send(kind: str, fields: dict[str, Any]) -> dict[str, Any]:
    """The /key/generate body one client sends for ``fields``."""
    proxy = FakeProxy()
    sent: list[dict[str, Any]] = []
    proxy.faults["/key/generate"] = [lambda r: sent.append(json.loads(r.content))]  # type: ignore[func-returns-value]
    if kind == "sync":
        client = LiteLLMClient(
            "http://litellm.test", proxy.master_key, http_client=httpx.Client(transport=proxy.transport())
        )
        client.request_key(**fields)
    else:
        aclient = AsyncLiteLLMClient(
            "http://litellm.test", proxy.master_key, http_client=httpx.AsyncClient(transport=proxy.transport())
        )
        asyncio.run(aclient.request_key(**fields))
    return sent[0]


def test_every_typed_field_is_in_the_spec_and_has_a_sample() -> None:
    assert set(FIELDS) >= TYPED
    assert set(SAMPLES) >= TYPED
    assert len(FIELDS) > 40


@pytest.mark.parametrize("kind", ["sync", "async"])
@pytest.mark.parametrize("field", FIELDS)
def test_field_reaches_the_proxy_unchanged(field: str, kind: str) -> None:
    value = SAMPLES.get(field, {"opaque": [field, 1, None]})
    assert send(kind, {field: value})[field] == value


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_untyped_fields_go_through_extra(kind: str) -> None:
    body = send(kind, {"user_id": "u1", "extra": {"soft_budget": 5, "enforced_params": ["user"]}})
    assert body["soft_budget"] == 5 and body["enforced_params"] == ["user"] and body["user_id"] == "u1"


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_all_models_is_explicit_and_an_empty_list_is_refused_before_sending(kind: str) -> None:
    assert send(kind, {"models": ALL_MODELS})["models"] == []
    proxy = FakeProxy()
    client = LiteLLMClient(
        "http://litellm.test", proxy.master_key, http_client=httpx.Client(transport=proxy.transport())
    )
    with pytest.raises(InvalidRequestError) as caught:
        client.request_key(models=[])
    assert caught.value.param == "models" and "ALL_MODELS" in caught.value.message
    with pytest.raises(InvalidRequestError):
        client.update_key("sk-some-key-000000000000", models=[])
    with pytest.raises(InvalidRequestError):
        client.ensure_key(user_id="u1", models=[])
    assert proxy.calls == []


@pytest.mark.parametrize("field", sorted(TYPED))
def test_every_typed_field_is_checked_before_sending(field: str) -> None:
    proxy = FakeProxy()
    client = LiteLLMClient(
        "http://litellm.test", proxy.master_key, http_client=httpx.Client(transport=proxy.transport())
    )
    with pytest.raises(InvalidRequestError) as caught:
        client.request_key(**{field: object()})
    assert caught.value.param == field
    assert proxy.calls == []


def test_the_cli_has_one_flag_per_typed_field() -> None:
    parser = build_parser()
    sub = next(a for a in parser._actions if a.dest == "command")
    request_key = sub.choices["request-key"]  # type: ignore[index]
    dests = {a.dest for a in request_key._actions}
    assert dests >= TYPED
    args = request_key.parse_args(["--all-models", "--tpm-limit", "3", "--aliases", '{"a": "b"}'])
    assert args.all_models and args.tpm_limit == 3 and args.aliases == {"a": "b"}
