"""What a page gets: ``VirtualKeyInfo.for_browser()`` holds the models for a picker with their capabilities, the
features, the budget and the expiry, and never the secret (not even masked); its ``to_dict()`` is compact enough for a
cookie-backed session with ten models, where ``VirtualKeyInfo.to_dict()`` is not, and reads back with ``from_dict``."""

from __future__ import annotations

import base64
import json
from datetime import datetime, timedelta, timezone
from typing import Any

import attrs
import httpx
import pytest

from litellm_sdk import (
    BrowserKeyInfo,
    BrowserModelInfo,
    BudgetInfo,
    Features,
    LiteLLMClient,
    ModelInfo,
    VirtualKeyInfo,
)
from litellm_sdk.types import CAPABILITY_FEATURES
from tests.unit._fake_proxy import FakeProxy

SECRET = "sk-live-secret-key-0123456789wxyz"
RESETS = datetime(2030, 1, 31, tzinfo=timezone.utc)
EXPIRES = datetime(2030, 1, 1, 12, tzinfo=timezone.utc)
EYES = ModelInfo(
    id="gpt-4o-vision",
    name="gpt-4o-vision",
    provider="openai",
    providers=("openai", "azure"),
    mode="chat",
    max_input_tokens=128000,
    max_output_tokens=16384,
    input_cost_per_token=2.5e-6,
    output_cost_per_token=1e-5,
    tpm=100000,
    rpm=500,
    supports_vision=True,
    supports_function_calling=True,
    supported_openai_params=("temperature", "tools", "tool_choice", "max_tokens"),
    supported_endpoints=("/v1/chat/completions",),
    description="internal deployment note",
    extra={"litellm_provider": "openai", "api_base": "https://internal.example"},
)
PLAIN = ModelInfo(id="plain-chat", name="Plain chat", providers=("openai",), mode="chat")
INFO = VirtualKeyInfo(
    key=SECRET,
    token_id="9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
    key_alias="user-123-chat",
    models=(EYES, PLAIN),
    features=Features.from_models((EYES, PLAIN)),
    budget=BudgetInfo(max=5.0, spent=1.25, duration="30d", resets_at=RESETS, per_model={"gpt-4o-vision": {"x": 1}}),
    expires_at=EXPIRES,
    user_id="user-123",
    team_id="team-a",
    metadata={"note": "internal"},
    raw={"token": "hashed", "key": SECRET},
)


def test_the_browser_view_holds_what_a_page_needs() -> None:
    view = INFO.for_browser()
    assert isinstance(view, BrowserKeyInfo)
    assert view.model_ids == ("gpt-4o-vision", "plain-chat")
    eyes = view.model("gpt-4o-vision")
    assert eyes == BrowserModelInfo(
        id="gpt-4o-vision",
        name="gpt-4o-vision",
        mode="chat",
        max_input_tokens=128000,
        max_output_tokens=16384,
        supports_vision=True,
        supports_function_calling=True,
    )
    assert eyes is not None and eyes.capabilities == ("vision", "function_calling")
    assert set(eyes.capabilities) == EYES.capabilities
    assert view.model("plain-chat") == BrowserModelInfo(id="plain-chat", name="Plain chat", mode="chat")
    assert view.model("nope") is None
    assert view.features == INFO.features and view.features.vision and view.features.chat
    assert view.budget == BudgetInfo(max=5.0, spent=1.25, duration="30d", resets_at=RESETS)  # no per-model budgets
    assert view.budget is not None and view.budget.remaining == 3.75
    assert (view.expires_at, view.user_id, view.team_id, view.blocked) == (EXPIRES, "user-123", "team-a", False)
    assert view.is_expired(at=EXPIRES - timedelta(minutes=5), leeway=600)
    assert not view.is_expired(at=EXPIRES - timedelta(hours=1))


def test_the_browser_view_never_holds_the_secret_not_even_masked() -> None:
    view = INFO.for_browser()
    names = {f.name for f in attrs.fields(BrowserKeyInfo)}
    assert not names & {"key", "token_id", "masked_key", "raw", "metadata", "key_alias"}
    text = json.dumps(view.to_dict()) + repr(view) + str(view)
    for leak in (SECRET, INFO.masked_key, SECRET[-4:], INFO.token_id, "hashed", "internal", "api_base", "azure"):
        assert leak not in text, leak


def test_to_dict_is_compact_json_and_reads_back() -> None:
    data = INFO.for_browser().to_dict()
    assert data == {
        "models": [
            {
                "id": "gpt-4o-vision",
                "mode": "chat",
                "max_input_tokens": 128000,
                "max_output_tokens": 16384,
                "capabilities": ["vision", "function_calling"],
            },
            {"id": "plain-chat", "name": "Plain chat", "mode": "chat"},
        ],
        "features": ["chat", "vision", "function_calling"],
        "budget": {"max": 5.0, "spent": 1.25, "remaining": 3.75, "duration": "30d", "resets_at": RESETS.isoformat()},
        "user_id": "user-123",
        "team_id": "team-a",
        "expires_at": EXPIRES.isoformat(),
    }
    assert BrowserKeyInfo.from_dict(json.loads(json.dumps(data))) == INFO.for_browser()


@pytest.mark.parametrize(
    "info",
    [
        VirtualKeyInfo(key=SECRET),
        VirtualKeyInfo(key=SECRET, blocked=True, budget=BudgetInfo(max=None, spent=0.0)),
        VirtualKeyInfo(key=SECRET, models=(ModelInfo(id="m", name="m", **dict.fromkeys(CAPABILITY_FEATURES, True)),)),
    ],
    ids=["bare", "blocked, unlimited budget", "every capability"],
)
def test_defaults_are_left_out_and_every_view_reads_back(info: VirtualKeyInfo) -> None:
    view = info.for_browser()
    data = view.to_dict()
    assert BrowserKeyInfo.from_dict(json.loads(json.dumps(data))) == view
    assert None not in data.values() and False not in data.values()
    if info == VirtualKeyInfo(key=SECRET):
        assert data == {}
    if info.blocked:
        assert data == {"blocked": True, "budget": {"spent": 0.0}}  # no max: unlimited, so nothing remaining


def test_from_dict_ignores_what_it_does_not_know() -> None:
    view = BrowserKeyInfo.from_dict({"models": [{"id": "m", "capabilities": ["vision", "telepathy"], "x": 1}], "y": 2})
    assert view.models == (BrowserModelInfo(id="m", name="m", supports_vision=True),)


# --- sizes -------------------------------------------------------------------------------------------------------


def starlette_cookie_bytes(session: dict[str, Any]) -> int:
    """The Set-Cookie a cookie-backed session (Starlette's SessionMiddleware) sends for ``session``: base64 of its
    JSON, signed (``.`` timestamp ``.`` signature: 35 bytes), with its name and default attributes."""
    value = base64.b64encode(json.dumps(session).encode())
    return len("session=") + len(value) + 35 + len("; path=/; Max-Age=1209600; httponly; samesite=lax")


def test_for_two_models_the_view_is_a_fraction_of_to_dict() -> None:
    proxy = FakeProxy()
    client = LiteLLMClient(
        "http://litellm.test", proxy.master_key, http_client=httpx.Client(transport=proxy.transport())
    )
    info = client.request_key(models=["gpt-4o-vision", "plain-chat"], user_id="user-123", max_budget=5.0)
    assert len(info.models) == 2
    full, view = len(json.dumps(info.to_dict())), len(json.dumps(info.for_browser().to_dict()))
    assert view * 5 < full, (view, full)  # measured: 446 bytes against 3,042 (the fake proxy's records)
    assert starlette_cookie_bytes({"key_info": info.for_browser().to_dict()}) < 1024


#: Ten models as a real team might have them: provider-prefixed names, four capabilities each, context sizes.
TEN = tuple(
    ModelInfo(
        id=name,
        name=name,
        providers=(name.split("/")[0],),
        mode="chat",
        max_input_tokens=1_000_000,
        max_output_tokens=128_000,
        input_cost_per_token=3e-6,
        supports_vision=True,
        supports_function_calling=True,
        supports_parallel_function_calling=True,
        supports_reasoning=True,
        supported_openai_params=("temperature", "top_p", "max_tokens", "tools", "tool_choice", "response_format"),
    )
    for name in (
        "anthropic/claude-sonnet-4-5-20250929",
        "openai/gpt-4.1-mini-2025-04-14",
        "gemini/gemini-2.5-pro-preview-06-05",
        "bedrock/us.anthropic.claude-3-7-sonnet-20250219-v1:0",
        "azure/gpt-4o-2024-11-20-eastus2",
        "mistral/mistral-large-latest-2411",
        "xai/grok-4-fast-reasoning-latest",
        "openai/o4-mini-deep-research-2025-06-26",
        "vertex_ai/gemini-2.5-flash-lite-preview",
        "groq/llama-3.3-70b-versatile-128k",
    )
)
TEN_INFO = VirtualKeyInfo(
    key=SECRET,
    models=TEN,
    features=Features.from_models(TEN),
    budget=BudgetInfo(max=25.0, spent=12.345678901234, duration="30d", resets_at=RESETS),
    expires_at=EXPIRES,
    user_id="user-0b6c1f7e-2f4a-4d8e-9a51-3c2d7e8f9a10",
    team_id="7d9e4c2a-1b3f-4e5d-8c6a-9f0b1a2c3d4e",
)


def test_ten_models_fit_a_cookie_backed_session_with_room_to_spare() -> None:
    view = TEN_INFO.for_browser().to_dict()
    assert len(json.dumps(view)) < 2600  # measured: 2,518 bytes
    assert starlette_cookie_bytes({"key_info": view}) < 3600  # under the browsers' 4,096 bytes per cookie
    assert starlette_cookie_bytes({"key_info": TEN_INFO.to_dict()}) > 4096  # the README's old pattern did not fit


def test_even_with_every_capability_on_ten_models_stay_under_4_kb_of_json() -> None:
    models = tuple(attrs.evolve(m, **dict.fromkeys(CAPABILITY_FEATURES, True)) for m in TEN)
    view = attrs.evolve(TEN_INFO, models=models, features=Features.from_models(models)).for_browser()
    assert len(json.dumps(view.to_dict())) < 3500  # measured: 3,365 bytes
