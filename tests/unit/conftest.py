"""Clients made in this tier skip the once-per-client LiteLLM release check (its extra request would be in
every request count); tests/unit/manage/test_supported_releases.py turns it back on where it is the subject."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _no_release_check(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LITELLM_SDK_CHECK_RELEASE", "0")
