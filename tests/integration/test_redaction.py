"""Secrets never appear whole: not in reprs, str, exceptions, nor in any log line or output of the tier.

The audit (last test) reads the transcript kept by tests/integration/conftest.py: every ``litellm_sdk`` log
record at DEBUG and every captured stdout/stderr/log section of the integration tests of this session.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator

import pytest

from litellm_sdk import (
    APIConnectionError,
    APITimeoutError,
    AsyncLiteLLMClient,
    AuthenticationError,
    LiteLLMClient,
    LiteLLMError,
    NotFoundError,
)

from ._faults import DROP_RESPONSE, HANG, Canned, CannedServer, FaultProxy, json_error
from ._helpers import unique
from .conftest import AUDIT_TEST, TRANSCRIPT, leaked_keys


@pytest.fixture
def client(litellm_proxy) -> Iterator[LiteLLMClient]:
    with LiteLLMClient(litellm_proxy.base_url, litellm_proxy.master_key) as c:
        yield c


def shown(*objects: object) -> str:
    """Everything a developer could see of these objects: str, repr, and an error's to_dict."""
    parts = []
    for obj in objects:
        parts += [str(obj), repr(obj)]
        if isinstance(obj, LiteLLMError):
            parts += [repr(obj.to_dict()), obj.suggested_action]
    return "\n".join(parts)


def assert_hidden(text: str, *secrets: str) -> None:
    for secret in secrets:
        assert secret not in text, f"a secret ending {secret[-4:]} appears whole"
    assert leaked_keys(text) == []


def test_client_and_key_info_reprs_mask_secrets(client: LiteLLMClient, litellm_proxy) -> None:
    info = client.request_key(user_id=unique("redact"), models=["plain-chat"])
    try:
        quick = client.with_options(timeout=5, max_retries=0)
        text = shown(client, quick, info, info.budget, info.rate_limit, info.models[0], client._ctx)
        assert_hidden(text, litellm_proxy.master_key, info.key)
        assert info.masked_key in repr(info)
    finally:
        client.revoke(info.key)


async def test_async_client_repr_masks_the_master_key(litellm_proxy) -> None:
    async with AsyncLiteLLMClient(litellm_proxy.base_url, litellm_proxy.master_key) as client:
        assert_hidden(shown(client, client.with_options(max_retries=1)), litellm_proxy.master_key)


def test_errors_from_the_real_proxy_mask_secrets(client: LiteLLMClient, litellm_proxy) -> None:
    wrong = "sk-WrongMasterKey" + "Zq9x" * 8
    with LiteLLMClient(litellm_proxy.base_url, wrong) as bad:
        with pytest.raises(AuthenticationError) as auth:
            bad.request_key(models=["plain-chat"])
    info = client.request_key(user_id=unique("redact"), models=["plain-chat"])
    client.revoke(info.key)
    with pytest.raises(NotFoundError) as missing:
        client.describe_key(info.key)
    with pytest.raises(LiteLLMError) as update:
        client.update_key(info.key, max_budget=1)
    assert_hidden(shown(auth.value, missing.value, update.value), wrong, info.key, litellm_proxy.master_key)


def test_regenerate_keeps_the_key_out_of_logs_and_errors(
    client: LiteLLMClient, litellm_proxy, caplog: pytest.LogCaptureFixture
) -> None:
    info = client.request_key(user_id=unique("redact"), models=["plain-chat"])
    caplog.set_level(logging.DEBUG, logger="litellm_sdk")
    try:
        try:
            rotated = client.regenerate_key(info.key)  # needs Enterprise on most proxies
        except LiteLLMError as exc:
            text = shown(exc)
        else:
            text = shown(rotated)
            client.revoke(rotated.key)
        text += "\n".join(r.getMessage() for r in caplog.records)
        assert "regenerate" in text
        assert_hidden(text, info.key, litellm_proxy.master_key)
    finally:
        client.revoke(info.key)


def test_transport_errors_mask_the_key_in_the_path(litellm_proxy, caplog: pytest.LogCaptureFixture) -> None:
    key = "sk-" + "Rx7Kp2Qm9Lw4" * 4
    caplog.set_level(logging.DEBUG, logger="litellm_sdk")
    with FaultProxy(litellm_proxy.base_url) as hung:
        hung.default = HANG
        with LiteLLMClient(hung.base_url, litellm_proxy.master_key, timeout=0.3, max_retries=1) as client:
            with pytest.raises(APITimeoutError) as timeout:
                client.regenerate_key(key)
            with pytest.raises(APITimeoutError) as lookup:
                client.describe_key(key)
        hung.refuse()
        with LiteLLMClient(hung.base_url, litellm_proxy.master_key, max_retries=0) as client:
            with pytest.raises(APIConnectionError) as refused:
                client.regenerate_key(key)
    logs = "\n".join(r.getMessage() for r in caplog.records)
    assert_hidden(shown(timeout.value, lookup.value, refused.value) + logs, key, litellm_proxy.master_key)


def test_lost_response_and_error_bodies_never_echo_the_key(litellm_proxy, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="litellm_sdk")
    echoed = "sk-" + "Ec4oK3yV4lue" * 4
    with CannedServer() as canned:
        canned.play(Canned(500, json_error(500, f"Unique constraint failed for key={echoed} token hash")))
        with LiteLLMClient(canned.base_url, litellm_proxy.master_key, max_retries=0) as client:
            with pytest.raises(LiteLLMError) as error:
                client.request_key(models=["plain-chat"], key=echoed)
    with FaultProxy(litellm_proxy.base_url) as fault:
        fault.add_rule(DROP_RESPONSE, method="POST", path="/key/generate", times=1)
        with LiteLLMClient(fault.base_url, litellm_proxy.master_key) as client:
            info = client.request_key(user_id=unique("redact"), models=["plain-chat"])
            client.revoke(info.key)
    logs = "\n".join(r.getMessage() for r in caplog.records)
    assert_hidden(shown(error.value) + logs, echoed, info.key, litellm_proxy.master_key)


def test_httpx_info_log_does_not_show_the_key(client: LiteLLMClient) -> None:
    """An application with ``logging.basicConfig(level=INFO)`` gets httpx's request lines; they must not show
    the key. (Collected privately so that a leak here is reported by this test.)"""
    info = client.request_key(user_id=unique("redact"), models=["plain-chat"])
    records: list[logging.LogRecord] = []
    handler = logging.Handler(logging.INFO)
    handler.emit = records.append  # type: ignore[method-assign]
    httpx_log = logging.getLogger("httpx")
    saved = (httpx_log.level, httpx_log.propagate)
    httpx_log.setLevel(logging.INFO)
    httpx_log.propagate = False
    httpx_log.addHandler(handler)
    try:
        client.describe_key(info.key)
    finally:
        httpx_log.removeHandler(handler)
        httpx_log.setLevel(saved[0])
        httpx_log.propagate = saved[1]
        client.revoke(info.key)
    text = "\n".join(r.getMessage() for r in records)
    assert "/key/info" in text
    assert_hidden(text, info.key)


def test_no_secret_in_any_output_of_the_integration_tier(litellm_proxy) -> None:
    """Runs last (tests/integration/conftest.py moves it): greps the whole tier's output for secrets."""
    assert TRANSCRIPT.entries, "the transcript is empty: is the integration conftest active?"
    problems = []
    for where, text in TRANSCRIPT.entries:
        if AUDIT_TEST in where:
            continue
        if litellm_proxy.master_key in text:
            problems.append(f"{where}: the master key")
        problems += [f"{where}: a virtual key ending {k[-4:]}" for k in leaked_keys(text)]
    assert not problems, "secrets in the output of the integration tier:\n" + "\n".join(sorted(set(problems)))


def test_the_audit_tells_keys_from_placeholders() -> None:
    from litellm_sdk._manage.keys import new_key_value

    real = new_key_value()
    assert leaked_keys(f"oops: {real} was logged") == [real]
    assert leaked_keys("sk-not-the-master-key-0000 sk-" + "A" * 40 + " sk-...wxyz sk-short") == []
