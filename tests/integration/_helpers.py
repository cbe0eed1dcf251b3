"""Small helpers for integration tests: act on the real proxy the way a chat UI and an admin would."""

from __future__ import annotations

import time
import uuid
from typing import Any

import httpx

from litellm_sdk import LiteLLMClient, VirtualKeyInfo, raise_for_status


def unique(prefix: str) -> str:
    return f"{prefix}-{uuid.uuid4().hex[:10]}"


def create_team(base_url: str, master_key: str, models: list[str], **fields: Any) -> str:
    response = httpx.post(
        f"{base_url}/team/new",
        headers={"Authorization": f"Bearer {master_key}"},
        json={"team_alias": unique("team"), "models": models, **fields},
        timeout=30,
    )
    raise_for_status(response)
    return str(response.json()["team_id"])


def chat(base_url: str, key: str, model: str = "plain-chat") -> dict[str, Any]:
    """One chat completion through the proxy with a virtual key; LiteLLM errors raise as LiteLLMError."""
    response = httpx.post(
        f"{base_url}/chat/completions",
        headers={"Authorization": f"Bearer {key}"},
        json={"model": model, "messages": [{"role": "user", "content": "Say hello in many words please"}]},
        timeout=60,
    )
    result: dict[str, Any] = raise_for_status(response).json()
    return result


def wait_for_spend(client: LiteLLMClient, key: str, timeout: float = 20.0) -> VirtualKeyInfo:
    """describe_key until the proxy's batched spend write (every few seconds) shows spend > 0."""
    deadline = time.monotonic() + timeout
    while True:
        info = client.describe_key(key)
        if (info.budget and info.budget.spent > 0) or time.monotonic() > deadline:
            return info
        time.sleep(0.5)
