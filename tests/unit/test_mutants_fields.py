"""The /key/generate and /key/update bodies built from the typed fields (kills _fields mutants)."""

from __future__ import annotations

from typing import Any

import pytest

from litellm_sdk._manage.fields import ALL_MODELS, build_body, build_changes
from litellm_sdk.errors import InvalidRequestError


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
