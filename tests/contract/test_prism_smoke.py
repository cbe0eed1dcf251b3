"""Prism serves the fixed spec usefully, and every recorded example validates against the fixed spec."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests._contract import ContractChecker, HttpxOpenAPIRequest, HttpxOpenAPIResponse, describe_error, load_openapi
from tests._servers import REPO

RECORDED = REPO / "openapi" / "recorded-examples.json"
AUTH = {"Authorization": "Bearer sk-prism-test-key"}


def test_health_is_served_without_violations(prism: str, contract: ContractChecker) -> None:
    with contract.client(prism, headers=AUTH) as client:
        resp = client.get("/health/liveliness")
    assert resp.status_code == 200


def test_prefer_code_404_returns_error_envelope(prism: str, contract: ContractChecker) -> None:
    with contract.client(prism, headers={**AUTH, "Prefer": "code=404"}) as client:
        resp = client.post("/key/update", json={"key": "sk-unknown-key", "max_budget": 1.0})
    assert resp.status_code == 404
    error = resp.json()["error"]
    assert isinstance(error["message"], str)
    assert isinstance(error["type"], str)
    assert error["code"] == "404"


def test_invalid_request_is_flagged(prism: str, contract: ContractChecker) -> None:
    with contract.allow_violations(), httpx.Client(base_url=prism, headers=AUTH) as client:
        resp = client.post("/key/generate", json={"max_budget": "not-a-number"})
    assert resp.status_code == 422 or resp.headers.get("sl-violations")


def _recorded() -> list[tuple[str, str, str, Any]]:
    if not RECORDED.exists():
        return []
    data = json.loads(RECORDED.read_text())
    return [
        (endpoint, status, name, body)
        for endpoint, by_status in sorted(data.items())
        for status, by_name in sorted(by_status.items())
        for name, body in sorted(by_name.items())
    ]


@pytest.mark.parametrize(
    ("endpoint", "status", "name", "body"), _recorded(), ids=lambda v: v if isinstance(v, str) else ""
)
def test_recorded_example_validates(openapi_spec_path: Path, endpoint: str, status: str, name: str, body: Any) -> None:
    """Each example scripts/regenerate --record-examples captured from the real proxy matches the fixed spec."""
    openapi = load_openapi(str(openapi_spec_path))
    method, template = endpoint.split(" ", 1)
    path = re.sub(r"\{[^}]+\}", "sk-REDACTED-virtual-key", template)
    request = httpx.Request(method, f"http://127.0.0.1{path}")
    response = httpx.Response(int(status), json=body, request=request)
    try:
        openapi.validate_response(HttpxOpenAPIRequest(request), HttpxOpenAPIResponse(response))
    except Exception as e:
        pytest.fail(f"recorded example {endpoint} {status} {name!r}:\n{describe_error(e)}", pytrace=False)


def test_examples_were_recorded() -> None:
    assert RECORDED.exists(), "run scripts/regenerate --record-examples"
    assert _recorded()
