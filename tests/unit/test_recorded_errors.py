"""The error mapper over every error body recorded from the real proxy (scripts/regenerate --record-examples)."""

from __future__ import annotations

import json
from pathlib import Path

import httpx
import pytest

from litellm_sdk import (
    AuthenticationError,
    BadRequestError,
    BudgetExceededError,
    ConflictError,
    EnterpriseRequiredError,
    KeyBlockedError,
    KeyExpiredError,
    LiteLLMError,
    ModelAccessDeniedError,
    NotFoundError,
    UnprocessableEntityError,
    error_from_response,
)

RECORDED = json.loads((Path(__file__).resolve().parents[1] / "fixtures" / "error_bodies.json").read_text())

EXPECTED: dict[str, tuple[type[LiteLLMError], str, bool]] = {
    "bad_duration": (BadRequestError, "bad_request", False),
    "bad_master_key": (AuthenticationError, "token_not_found_in_db", False),
    "blocked_key": (KeyBlockedError, "key_blocked", False),
    "budget_exceeded": (BudgetExceededError, "budget_exceeded", False),
    "delete_twice": (NotFoundError, "not_found", False),
    "duplicate_team": (ConflictError, "conflict", False),
    "duplicate_user": (ConflictError, "conflict", False),
    "enterprise_feature": (EnterpriseRequiredError, "enterprise_required", False),
    "expired_key": (KeyExpiredError, "expired_key", False),
    "key_without_sk_prefix": (AuthenticationError, "authentication_error", False),
    "model_not_allowed": (ModelAccessDeniedError, "key_model_access_denied", False),
    "regenerate_unlicensed": (EnterpriseRequiredError, "enterprise_required", False),
    "unknown_model": (BadRequestError, "model_not_found", False),
    "update_unknown_key": (NotFoundError, "not_found", False),
    "validation_error": (UnprocessableEntityError, "validation_error", False),
}


def test_every_recorded_body_has_an_expectation() -> None:
    assert {case["name"] for case in RECORDED} == set(EXPECTED)


@pytest.mark.parametrize("case", RECORDED, ids=lambda c: c["name"])
def test_recorded_error_body(case: dict) -> None:
    cls, code, retryable = EXPECTED[case["name"]]
    err = error_from_response(
        case["status"], httpx.Headers(case.get("headers") or {}), json.dumps(case["body"]).encode()
    )
    assert type(err) is cls
    assert err.code == code
    assert err.retryable is retryable
    assert err.status == case["status"]
    assert err.message and not err.message.startswith("{'")
    assert err.param != "None"
    assert err.suggested_action
