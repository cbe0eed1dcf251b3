"""Drift check: the real proxy's responses for the SDK's endpoints validate against the fixed spec.

A failure names the endpoint, the status and the offending field, so a LiteLLM upgrade that changes
a shape shows up here before it reaches users.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from openapi_core import OpenAPI

from tests._contract import HttpxOpenAPIRequest, HttpxOpenAPIResponse, describe_error, load_openapi
from tests._servers import LocalProxy

from ._releases import Release, update_unknown_key_status


@pytest.fixture(scope="module")
def openapi(openapi_spec_path: Path) -> OpenAPI:
    """The fixed spec, loaded once."""
    return load_openapi(str(openapi_spec_path))


@pytest.fixture(scope="module")
def admin(litellm_proxy: LocalProxy) -> Iterator[httpx.Client]:
    """httpx client authenticated with the master key."""
    headers = {"Authorization": f"Bearer {litellm_proxy.master_key}"}
    with httpx.Client(base_url=litellm_proxy.base_url, headers=headers, timeout=60) as client:
        yield client


@pytest.fixture(scope="module")
def virtual_key(admin: httpx.Client) -> str:
    """A fresh virtual key limited to two models."""
    body = {"models": ["gpt-4o-vision", "plain-chat"], "duration": "1h", "key_alias": f"drift-{uuid.uuid4().hex[:8]}"}
    resp = admin.post("/key/generate", json=body)
    assert resp.status_code == 200, resp.text
    return str(resp.json()["key"])


def assert_conforms(openapi: OpenAPI, response: httpx.Response) -> None:
    """Validate the response against the operation it answers; fail naming endpoint and field."""
    request = response.request
    try:
        openapi.validate_response(HttpxOpenAPIRequest(request), HttpxOpenAPIResponse(response))
    except Exception as e:
        pytest.fail(
            f"drift on {request.method} {request.url.path} -> {response.status_code}:\n"
            f"{describe_error(e)}\nbody: {response.text[:800]}",
            pytrace=False,
        )


def call(client: httpx.Client, method: str, path: str, key: str | None = None, **kw: Any) -> httpx.Response:
    """One request, optionally with another key than the client's."""
    if key is not None:
        kw["headers"] = {"Authorization": f"Bearer {key}"}
    return client.request(method, path, **kw)


def test_health(openapi: OpenAPI, admin: httpx.Client) -> None:
    for path in ("/health/liveliness", "/health/readiness"):
        assert_conforms(openapi, call(admin, "GET", path))


def test_key_lifecycle(openapi: OpenAPI, admin: httpx.Client, litellm_release: Release) -> None:
    created = call(
        admin,
        "POST",
        "/key/generate",
        json={"models": ["plain-chat"], "max_budget": 5.0, "duration": "1h", "metadata": {"drift": True}},
    )
    assert created.status_code == 200, created.text
    assert_conforms(openapi, created)
    key = created.json()["key"]
    unknown_update = update_unknown_key_status(litellm_release)  # 401 on 1.80.x, 404 later
    steps = [
        ("GET", "/key/info", {"params": {"key": key}}, 200),
        ("POST", "/key/update", {"json": {"key": key, "max_budget": 6.0}}, 200),
        ("GET", "/key/list", {"params": {"page": 1, "size": 5}}, 200),
        ("GET", "/key/list", {"params": {"page": 1, "size": 5, "return_full_object": "true"}}, 200),
        ("POST", "/key/delete", {"json": {"keys": [key]}}, 200),
        ("POST", "/key/delete", {"json": {"keys": [key]}}, 404),
        ("POST", "/key/update", {"json": {"key": "sk-drift-unknown-0000", "max_budget": 1}}, unknown_update),
    ]
    for method, path, kw, status in steps:
        resp = call(admin, method, path, **kw)
        assert resp.status_code == status, f"{method} {path}: {resp.status_code} {resp.text[:300]}"
        assert_conforms(openapi, resp)


def test_key_info_self(openapi: OpenAPI, admin: httpx.Client, virtual_key: str) -> None:
    assert_conforms(openapi, call(admin, "GET", "/key/info", key=virtual_key))


@pytest.mark.parametrize("path", ["/model_group/info", "/v1/models"])
def test_virtual_key_views(openapi: OpenAPI, admin: httpx.Client, virtual_key: str, path: str) -> None:
    resp = call(admin, "GET", path, key=virtual_key)
    assert resp.status_code == 200, resp.text
    assert_conforms(openapi, resp)


@pytest.mark.parametrize("path", ["/model/info", "/v1/model/info"])
def test_model_info(openapi: OpenAPI, admin: httpx.Client, path: str) -> None:
    resp = call(admin, "GET", path)
    assert resp.status_code == 200, resp.text
    assert_conforms(openapi, resp)


def test_team_and_user(openapi: OpenAPI, admin: httpx.Client) -> None:
    team = call(admin, "POST", "/team/new", json={"team_alias": f"drift-{uuid.uuid4().hex[:8]}"})
    assert team.status_code == 200, team.text
    assert_conforms(openapi, team)
    team_id = team.json()["team_id"]
    assert_conforms(openapi, call(admin, "GET", "/team/info", params={"team_id": team_id}))
    assert_conforms(openapi, call(admin, "POST", "/team/new", json={"team_id": team_id}))
    user_id = f"drift-user-{uuid.uuid4().hex[:8]}"
    for _ in range(2):  # second one is the 409 duplicate
        assert_conforms(openapi, call(admin, "POST", "/user/new", json={"user_id": user_id}))


def test_auth_errors(openapi: OpenAPI, admin: httpx.Client) -> None:
    resp = call(admin, "GET", "/key/info", key="sk-drift-wrong-master-key", params={"key": "sk-x"})
    assert resp.status_code == 401, resp.text
    assert_conforms(openapi, resp)
