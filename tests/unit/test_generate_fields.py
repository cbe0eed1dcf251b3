"""Every field of LiteLLM's GenerateKeyRequest (from the fixed spec) is reachable through request_key:
the common ones as typed keywords, the rest as extra keywords sent unchanged."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import httpx
import pytest

from litellm_sdk import LiteLLMClient

from ._fake_proxy import FakeProxy

SPEC = json.loads((Path(__file__).resolve().parents[2] / "openapi" / "litellm-openapi.json").read_text())
FIELDS = sorted(SPEC["components"]["schemas"]["GenerateKeyRequest"]["properties"])

TYPED_SAMPLES: dict[str, Any] = {
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


def test_the_spec_has_the_fields_we_type() -> None:
    assert set(TYPED_SAMPLES) <= set(FIELDS)
    assert len(FIELDS) > 40


@pytest.mark.parametrize("field", FIELDS)
def test_field_reaches_the_proxy_unchanged(field: str) -> None:
    value = TYPED_SAMPLES.get(field, {"opaque": [field, 1, None]})
    proxy = FakeProxy()
    sent: list[dict[str, Any]] = []
    proxy.faults["/key/generate"] = [lambda r: sent.append(json.loads(r.content))]  # type: ignore[func-returns-value]
    client = LiteLLMClient(
        "http://litellm.test", proxy.master_key, http_client=httpx.Client(transport=proxy.transport())
    )
    client.request_key(**{field: value})
    assert sent[0][field] == value
