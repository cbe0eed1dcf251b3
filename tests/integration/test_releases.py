"""The support window against the real proxy of the release under test (LITELLM_SDK_LITELLM_VERSION):
the SDK reads the release, warns once outside the tested window, and gives the same results where the
releases answer differently (statuses that moved, the deleted-key record, wildcard model groups, sentinels).

scripts/test-matrix runs this (and the whole integration tier) once per tested release.
"""

from __future__ import annotations

import fnmatch
import hashlib
import logging
import time

import httpx
import pytest

from litellm_sdk import (
    AsyncLiteLLMClient,
    BudgetExceededError,
    KeyExpiredError,
    LiteLLMClient,
    ModelAccessDeniedError,
    NotFoundError,
)
from litellm_sdk._constants import NEWEST_TESTED_LITELLM, OLDEST_TESTED_LITELLM
from litellm_sdk._manage import release as _support
from tests._servers import STUB_MODELS

from . import _releases as rel
from ._helpers import chat, create_team, unique

CONFIGURED = {"gpt-4o-vision", "plain-chat", "dall-e-3", "whisper-1", "text-embedding-3-small"} | STUB_MODELS
#: The test proxy's wildcard deployment: the model-cost-map names it matches are among "every model" too.
WILDCARD = "anthropic/claude-haiku*"


def every_model(names: object) -> bool:
    """The configured models, plus only names the wildcard deployment serves."""
    found = set(names)  # type: ignore[call-overload]
    return found >= CONFIGURED and all(fnmatch.fnmatchcase(n, WILDCARD) for n in found - CONFIGURED)


@pytest.fixture
def client(litellm_proxy):
    with LiteLLMClient(litellm_proxy.base_url, litellm_proxy.master_key) as c:
        yield c


@pytest.fixture
def admin(litellm_proxy):
    headers = {"Authorization": f"Bearer {litellm_proxy.master_key}"}
    with httpx.Client(base_url=litellm_proxy.base_url, headers=headers, timeout=60) as c:
        yield c


def version_text(release: tuple[int, int, int]) -> str:
    return ".".join(map(str, release))


# ------------------------------------------------------------------------------------------ the release


def test_the_release_under_test_is_inside_the_tested_window(litellm_release) -> None:
    assert _support.in_tested_window(version_text(litellm_release)) is True
    assert _support.TESTED_WINDOW == (OLDEST_TESTED_LITELLM, NEWEST_TESTED_LITELLM)


def test_readiness_reports_the_release_where_each_release_puts_it(litellm_proxy, litellm_release, admin) -> None:
    plain = httpx.get(f"{litellm_proxy.base_url}/health/readiness", timeout=30)
    assert plain.status_code == 200
    assert ("litellm_version" in plain.json()) is rel.readiness_has_version(litellm_release)
    details = admin.get("/health/readiness/details")
    anonymous = httpx.get(f"{litellm_proxy.base_url}/health/readiness/details", timeout=30)
    if rel.readiness_details_exists(litellm_release):
        assert details.status_code == 200, details.text
        assert details.json()["litellm_version"] == version_text(litellm_release)
        assert anonymous.status_code == 401  # the details need the master key
    else:
        assert details.status_code == 404 and anonymous.status_code == 404


async def test_proxy_version_sync_and_async(litellm_proxy, litellm_release, client: LiteLLMClient) -> None:
    assert client.proxy_version() == version_text(litellm_release)
    async with AsyncLiteLLMClient(litellm_proxy.base_url, litellm_proxy.master_key) as aclient:
        assert await aclient.proxy_version() == version_text(litellm_release)


def _window_warnings(caplog: pytest.LogCaptureFixture) -> list[logging.LogRecord]:
    return [r for r in caplog.records if r.levelno == logging.WARNING and "outside the releases" in r.getMessage()]


def test_no_warning_inside_the_window_one_per_client_outside(
    litellm_proxy, litellm_release, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="litellm_sdk")
    with LiteLLMClient(litellm_proxy.base_url, litellm_proxy.master_key) as inside:
        inside.request_key(models=["plain-chat"])
    assert _window_warnings(caplog) == []
    # The same proxy seen by an SDK whose window ends before this release:
    monkeypatch.setattr(_support, "_OLDEST", (0, 1, 0))
    monkeypatch.setattr(_support, "_NEWEST", (0, 2, 0))
    seen: list[str] = []
    with LiteLLMClient(litellm_proxy.base_url, litellm_proxy.master_key) as outside:
        outside._runner.client.event_hooks["request"].append(lambda r: seen.append(r.url.path))
        outside.request_key(models=["plain-chat"])
        outside.with_options(max_retries=0).request_key(models=["plain-chat"])
        outside.ensure_key(user_id=unique("window"), models=["plain-chat"])
    warnings = _window_warnings(caplog)
    assert len(warnings) == 1, [w.getMessage() for w in warnings]
    assert version_text(litellm_release) in warnings[0].getMessage()
    checks = [p for p in seen if p.startswith("/health/readiness")]
    # one request on the releases with /details, two on 1.80.x (details 404, then readiness)
    assert len(checks) == (1 if rel.readiness_details_exists(litellm_release) else 2), checks


async def test_async_client_warns_once_too(
    litellm_proxy, litellm_release, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setattr(_support, "_OLDEST", (99, 0, 0))
    monkeypatch.setattr(_support, "_NEWEST", (99, 1, 0))
    caplog.set_level(logging.DEBUG, logger="litellm_sdk")
    async with AsyncLiteLLMClient(litellm_proxy.base_url, litellm_proxy.master_key) as aclient:
        for _ in range(3):
            await aclient.request_key(models=["plain-chat"])
    assert len(_window_warnings(caplog)) == 1


def test_a_key_that_may_not_read_the_details_gets_none_not_an_error(litellm_proxy, litellm_release) -> None:
    with LiteLLMClient(litellm_proxy.base_url, "sk-not-an-admin-key-0000", max_retries=0) as stranger:
        found = stranger.proxy_version()
    # 1.80.x tells anyone (plain readiness); later releases tell only the master key (/details answers 401)
    assert found == (None if rel.readiness_details_exists(litellm_release) else version_text(litellm_release))


# ------------------------------------------------------------------------------------------ statuses that moved


def test_expired_key_is_key_expired_on_every_release(client: LiteLLMClient, litellm_proxy, litellm_release) -> None:
    info = client.request_key(models=["plain-chat"], duration="2s")
    time.sleep(2.5)
    with pytest.raises(KeyExpiredError) as caught:
        chat(litellm_proxy.base_url, info.key)
    assert caught.value.code == "expired_key" and caught.value.retryable is False
    assert caught.value.status == rel.expired_key_status(litellm_release)
    described = client.describe_key(info.key)
    assert described.is_expired()
    assert described.model_ids == ("plain-chat",)


def test_budget_exceeded_is_budget_exceeded_on_every_release(
    client: LiteLLMClient, litellm_proxy, litellm_release
) -> None:
    info = client.request_key(models=["gpt-4o-vision"], max_budget=0.000001)
    with pytest.raises(BudgetExceededError) as caught:
        for _ in range(20):
            chat(litellm_proxy.base_url, info.key, "gpt-4o-vision")
            time.sleep(0.3)
    assert caught.value.code == "budget_exceeded" and caught.value.retryable is False
    assert caught.value.status == rel.budget_exceeded_status(litellm_release)


def test_model_access_denied_on_every_release(client: LiteLLMClient, litellm_proxy, litellm_release) -> None:
    info = client.request_key(models=["plain-chat"])
    with pytest.raises(ModelAccessDeniedError) as caught:
        chat(litellm_proxy.base_url, info.key, "gpt-4o-vision")
    assert caught.value.code == "key_model_access_denied"
    assert caught.value.status == rel.model_access_denied_status(litellm_release)


def test_a_deleted_key_is_not_found_on_every_release(
    client: LiteLLMClient, admin: httpx.Client, litellm_release
) -> None:
    info = client.request_key(models=["plain-chat"])
    assert client.revoke(info.key) is True
    token_id = hashlib.sha256(info.key.encode()).hexdigest()
    raw = admin.get("/key/info", params={"key": token_id})
    assert raw.status_code == rel.deleted_key_info_status(litellm_release), raw.text
    if raw.status_code == 200:
        assert raw.json()["info"].get("status") == "deleted"
    with pytest.raises(NotFoundError):
        client.describe_key(info.key)
    assert client.revoke(info.key) is False


# ------------------------------------------------------------------------------------------ model lists


def test_wildcard_key_gives_no_unservable_models_on_every_release(
    client: LiteLLMClient, litellm_proxy, litellm_release
) -> None:
    info = client.request_key(models=["openai/*"])
    raw = httpx.get(
        f"{litellm_proxy.base_url}/model_group/info", headers={"Authorization": f"Bearer {info.key}"}, timeout=60
    ).json()["data"]
    assert all(group.get("providers") == [] for group in raw)  # no wildcard deployment on this proxy
    if rel.wildcard_is_expanded(litellm_release):
        assert len(raw) > 100 and not any("*" in group["model_group"] for group in raw)
    else:
        assert [group["model_group"] for group in raw] == ["openai/*"]
    # The SDK: none of those can be routed, so the key has no models and no features, on every release.
    assert info.models == ()
    assert info.features.enabled() == ()
    assert info.allowed_models == ("openai/*",)


def test_all_team_models_sentinel_on_every_release(client: LiteLLMClient, litellm_proxy) -> None:
    team = create_team(litellm_proxy.base_url, litellm_proxy.master_key, ["plain-chat", "whisper-1"])
    in_team = client.request_key(team_id=team, models=["all-team-models"])
    assert set(in_team.model_ids) == {"plain-chat", "whisper-1"}
    assert in_team.features.chat and in_team.features.audio_transcription and not in_team.features.vision
    assert set(client.describe_key(in_team.key).model_ids) == {"plain-chat", "whisper-1"}
    everything = client.request_key(models=["all-proxy-models"])
    assert every_model(everything.model_ids)


def test_all_team_models_without_a_team_is_every_model_on_every_release(
    client: LiteLLMClient, litellm_proxy, litellm_release
) -> None:
    info = client.request_key(models=["all-team-models"])
    raw = httpx.get(
        f"{litellm_proxy.base_url}/model_group/info", headers={"Authorization": f"Bearer {info.key}"}, timeout=60
    ).json()["data"]
    if rel.no_team_sentinel_is_expanded(litellm_release):
        assert every_model(group["model_group"] for group in raw if group.get("providers"))
    else:
        assert [(group["model_group"], group["providers"]) for group in raw] == [("all-team-models", [])]
    assert chat(litellm_proxy.base_url, info.key, "plain-chat")["choices"]  # the key may call them all
    assert every_model(info.model_ids)
    assert every_model(client.describe_key(info.key).model_ids)
