"""Both SDK clients against Prism serving the fixed spec: every request the SDK sends and every response it
reads is checked against the spec (sl-violations header + openapi-core), and each error status LiteLLM
declares comes back as the right LiteLLMError."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx
import pytest

from litellm_sdk import (
    ALL_MODELS,
    AsyncLiteLLMClient,
    AuthenticationError,
    BudgetExceededError,
    ConflictError,
    EnterpriseRequiredError,
    LiteLLMClient,
    LiteLLMError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ServerError,
    UnprocessableEntityError,
)
from tests._contract import ContractChecker

MASTER = "sk-prism-master-key-000000"


def prefer(rules: dict[str, str]) -> Callable[[httpx.Request], None]:
    """A request hook asking Prism for a given status or example per path."""

    def hook(request: httpx.Request) -> None:
        for path, value in rules.items():
            if request.url.path == path:
                request.headers["Prefer"] = value

    return hook


def sync_client(prism: str, contract: ContractChecker, rules: dict[str, str] | None = None, **kw: Any) -> LiteLLMClient:
    http = contract.client()
    http.event_hooks["request"] = [prefer(rules or {})]
    return LiteLLMClient(prism, MASTER, http_client=http, **kw)


def async_client(
    prism: str, contract: ContractChecker, rules: dict[str, str] | None = None, **kw: Any
) -> AsyncLiteLLMClient:
    http = contract.async_client()

    async def hook(request: httpx.Request) -> None:
        prefer(rules or {})(request)

    http.event_hooks["request"] = [hook]
    return AsyncLiteLLMClient(prism, MASTER, http_client=http, **kw)


def test_request_key_sync(prism: str, contract: ContractChecker) -> None:
    client = sync_client(prism, contract, {"/key/generate": "example=narrow", "/model_group/info": "example=default"})
    info = client.request_key(user_id="user-123", models=["gpt-4o-vision"], duration="24h", max_budget=5)
    assert info.key.startswith("sk-")
    assert info.models, "the recorded /model_group/info example lists models"
    assert info.features.chat
    assert contract.exchanges >= 2


async def test_request_key_async(prism: str, contract: ContractChecker) -> None:
    client = async_client(
        prism, contract, {"/key/generate": "example=all-models", "/model_group/info": "example=all-models"}
    )
    info = await client.request_key(models=ALL_MODELS)
    assert info.features.chat and info.features.embeddings and info.features.image_generation
    assert info.budget is not None and info.budget.max is None and info.budget.remaining is None
    await client.close()


def test_lifecycle_calls_conform(prism: str, contract: ContractChecker) -> None:
    client = sync_client(prism, contract, {"/key/info": "example=default", "/key/list": "example=full-objects"})
    key = "sk-REDACTED-virtual-key"  # the placeholder the recorded /key/info example echoes
    described = client.describe_key(key)
    assert described.key == key
    client.update_key(key, max_budget=2.0, metadata={"a": 1})
    client.block_key(key)
    client.unblock_key(key)
    assert client.delete_keys(key)
    summaries = list(client.list_keys(user_id="someone", page_size=5))
    assert all(s.token_id for s in summaries)


@pytest.mark.parametrize(
    ("path", "prefer_value", "error", "code"),
    [
        ("/key/generate", "code=401", AuthenticationError, None),
        ("/key/generate", "code=403", PermissionDeniedError, None),
        ("/key/generate", "code=409", ConflictError, "conflict"),
        ("/key/generate", "code=422", UnprocessableEntityError, "validation_error"),
        ("/key/generate", "code=500, example=enterprise-only", EnterpriseRequiredError, "enterprise_required"),
        ("/key/generate", "code=429", RateLimitError, "rate_limited"),
        ("/key/generate", "code=503", ServerError, None),
        ("/model_group/info", "code=401, example=expired", AuthenticationError, "expired_key"),
        ("/model_group/info", "code=401, example=blocked", AuthenticationError, "key_blocked"),
    ],
)
def test_declared_errors_map_to_litellm_errors(
    prism: str, contract: ContractChecker, path: str, prefer_value: str, error: type[LiteLLMError], code: str | None
) -> None:
    client = sync_client(prism, contract, {path: prefer_value}, max_retries=0)
    with pytest.raises(error) as caught:
        client.request_key(models=["plain-chat"])
    assert caught.value.status is not None and caught.value.status >= 400
    if code:
        assert caught.value.code == code
    assert caught.value.suggested_action


def test_update_unknown_key_is_not_found(prism: str, contract: ContractChecker) -> None:
    client = sync_client(prism, contract, {"/key/update": "code=404, example=unknown-key"}, max_retries=0)
    with pytest.raises(NotFoundError):
        client.update_key("sk-unknown-key-0000000", max_budget=1.0)


async def test_budget_exceeded_example_maps_by_type(prism: str, contract: ContractChecker) -> None:
    http = contract.async_client(
        prism, headers={"Authorization": "Bearer sk-some-virtual-key", "Prefer": "code=422, example=budget-exceeded"}
    )
    response = await http.post(
        "/chat/completions", json={"model": "plain-chat", "messages": [{"role": "user", "content": "hi"}]}
    )
    from litellm_sdk import raise_for_status

    with pytest.raises(BudgetExceededError) as caught:
        raise_for_status(response)
    assert caught.value.status == 422 and caught.value.code == "budget_exceeded"
    await http.aclose()


def test_prism_429_with_retry_after_is_retried_after_waiting(prism: str, contract: ContractChecker) -> None:
    """The spec declares retry-after on 429: Prism sends it, the SDK waits that long and retries."""
    import time

    seen: list[str | None] = []
    client = sync_client(prism, contract, {"/key/generate": "code=429"}, max_retries=1)
    client._runner.client.event_hooks["response"].append(lambda r: seen.append(r.headers.get("retry-after")))
    started = time.monotonic()
    with pytest.raises(RateLimitError) as caught:
        client.request_key(models=["plain-chat"])
    assert seen == ["1", "1"]  # first attempt + one retry, each answered with Retry-After: 1
    assert caught.value.retry_after == 1.0
    assert time.monotonic() - started >= 0.9
