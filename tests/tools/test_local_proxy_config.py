"""The test proxy's config (scripts/_local_proxy/config.py): the stub-upstream deployments appear only when
LITELLM_SDK_STUB_UPSTREAM names an upstream, all point at it, and are the ones the integration tier expects."""

from __future__ import annotations

from typing import Any

import pytest
import yaml
from _local_proxy.common import LauncherError
from _local_proxy.config import render_config

from tests._servers import ENV_STUB_UPSTREAM, STUB_MODELS


def models(config: str) -> dict[str, dict[str, Any]]:
    return {m["model_name"]: m for m in yaml.safe_load(config)["model_list"]}


def test_without_a_stub_upstream_the_config_has_only_mock_models(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(ENV_STUB_UPSTREAM, raising=False)
    found = models(render_config())
    assert not set(found) & STUB_MODELS
    assert all("mock_response" in m["litellm_params"] for m in found.values())
    assert "{stub_models}" not in render_config()


def test_with_a_stub_upstream_its_deployments_call_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ENV_STUB_UPSTREAM, "http://127.0.0.1:40123/")
    found = models(render_config())
    assert set(found) & STUB_MODELS == STUB_MODELS
    for name in STUB_MODELS:
        params = found[name]["litellm_params"]
        assert params["api_base"] == "http://127.0.0.1:40123/v1" and "mock_response" not in params
    assert found["whisper-stub"]["model_info"]["mode"] == "audio_transcription"
    assert found["tts-stub"]["model_info"]["mode"] == "audio_speech"
    monkeypatch.delenv(ENV_STUB_UPSTREAM)
    assert set(models(render_config())) == set(found) - STUB_MODELS


@pytest.mark.parametrize("bad", ["127.0.0.1:40123", "http://127.0.0.1:1/v1\n  mock_response: x", "file:///etc"])
def test_a_stub_upstream_that_is_not_a_bare_url_is_refused(monkeypatch: pytest.MonkeyPatch, bad: str) -> None:
    monkeypatch.setenv(ENV_STUB_UPSTREAM, bad)
    with pytest.raises(LauncherError, match=ENV_STUB_UPSTREAM):
        render_config()
