"""The public API follows the conventions of openai-python and httpx: status errors carry ``status_code`` and
``response``, the 422 class does not shadow pydantic's, values are hashable, arguments are checked at the call,
a cache of the wrong kind is a ConfigurationError, and sync users do not pay for asyncio at import."""

from __future__ import annotations

import importlib
import subprocess
import sys
import warnings
from typing import Any

import httpx
import pytest

import litellm_sdk
from litellm_sdk import (
    AsyncLiteLLMClient,
    ConfigurationError,
    InvalidRequestError,
    LiteLLMClient,
    NotFoundError,
    UnprocessableEntityError,
)

from .._fake_proxy import FakeProxy

BASE = "http://litellm.test"


def test_status_errors_carry_status_code_and_the_response() -> None:
    proxy = FakeProxy()
    client = LiteLLMClient(BASE, proxy.master_key, http_client=httpx.Client(transport=proxy.transport()))
    with pytest.raises(NotFoundError) as caught:
        client.update_key("sk-no-such-key-000000000000", max_budget=1)
    error = caught.value
    assert error.status_code == 404 == error.status
    assert isinstance(error.response, httpx.Response)
    assert error.response.status_code == 404
    assert error.response.json()["error"]["type"] == "not_found_error"


def test_validation_error_is_a_deprecated_alias_kept_out_of_star_imports() -> None:
    assert "ValidationError" not in litellm_sdk.__all__
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        alias = litellm_sdk.ValidationError
    assert alias is UnprocessableEntityError
    assert any(issubclass(w.category, DeprecationWarning) for w in caught)
    namespace: dict[str, Any] = {}
    exec("from litellm_sdk import *", namespace)
    assert "ValidationError" not in namespace


def test_key_info_and_models_are_hashable() -> None:
    proxy = FakeProxy()
    client = LiteLLMClient(BASE, proxy.master_key, http_client=httpx.Client(transport=proxy.transport()))
    info = client.request_key(models=["gpt-4o-vision"], metadata={"team": "a"})
    again = litellm_sdk.VirtualKeyInfo.from_dict(info.to_dict())
    assert again == info
    assert {info, again} == {info}
    assert len({m for m in info.models}) == 1


def test_list_keys_checks_its_arguments_at_the_call() -> None:
    proxy = FakeProxy()
    client = LiteLLMClient(BASE, proxy.master_key, http_client=httpx.Client(transport=proxy.transport()))
    with pytest.raises(InvalidRequestError):
        client.list_keys(page_size=0)
    aclient = AsyncLiteLLMClient(BASE, proxy.master_key, http_client=httpx.AsyncClient(transport=proxy.transport()))
    with pytest.raises(InvalidRequestError):
        aclient.list_keys(page_size=1000)
    assert proxy.calls == []


class _AsyncCache:
    async def get(self, key: str) -> Any:
        return None

    async def set(self, key: str, value: Any, ttl: float | None = None) -> None:
        return None

    async def delete(self, key: str) -> None:
        return None


def test_a_cache_of_the_wrong_kind_is_a_configuration_error() -> None:
    with pytest.raises(ConfigurationError) as caught:
        LiteLLMClient(BASE, "sk-master-aaaaaaaaaaaa", cache=_AsyncCache())  # type: ignore[arg-type]
    assert caught.value.param == "cache" and "AsyncLiteLLMClient" in caught.value.message
    with pytest.raises(ConfigurationError):
        AsyncLiteLLMClient(BASE, "sk-master-aaaaaaaaaaaa", cache=object())  # type: ignore[arg-type]
    AsyncLiteLLMClient(BASE, "sk-master-aaaaaaaaaaaa", cache=_AsyncCache())  # an async cache is fine there


def test_sync_users_do_not_import_asyncio_or_dateutil_parser() -> None:
    code = (
        "import sys; import litellm_sdk; c = litellm_sdk.LiteLLMClient('http://x.test', 'sk-master-aaaa'); "
        "print('asyncio' in sys.modules, 'dateutil.parser' in sys.modules)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["False", "False"]


def test_managing_keys_does_not_import_the_key_in_use_until_it_is_used() -> None:
    code = (
        "import sys; import litellm_sdk; c = litellm_sdk.LiteLLMClient('http://x.test', 'sk-master-aaaa'); "
        "print(sorted(m for m in sys.modules if m.startswith('litellm_sdk._use')));"
        "from litellm_sdk import KeyClient, ChatChunk, ui_message_stream; "
        "import litellm_sdk._use.client as u, litellm_sdk._use.types as t, litellm_sdk._use.vercel as v; "
        "print(KeyClient is u.KeyClient, ChatChunk is t.ChatChunk, ui_message_stream is v.ui_message_stream, "
        "'KeyClient' in dir(litellm_sdk), 'KeyClient' in vars(litellm_sdk))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    first, second = done.stdout.splitlines()
    assert first == "[]"
    assert second.split() == ["True"] * 5


def test_every_lazy_name_is_public_and_loads() -> None:
    assert set(litellm_sdk._IN_USE) <= set(litellm_sdk.__all__)
    for module in set(litellm_sdk._IN_USE.values()):  # each key-in-use module's whole public API, and only it
        exported = importlib.import_module(f"litellm_sdk.{module}").__all__
        assert {name for name, home in litellm_sdk._IN_USE.items() if home == module} == set(exported)
    for name, module in litellm_sdk._IN_USE.items():
        assert getattr(litellm_sdk, name) is getattr(importlib.import_module(f"litellm_sdk.{module}"), name)
    with pytest.raises(AttributeError):
        litellm_sdk.NoSuchName  # type: ignore[attr-defined]  # noqa: B018
