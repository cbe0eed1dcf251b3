"""The public namespace: every name in __all__ exists, nothing public is missing, no builtin is shadowed."""

from __future__ import annotations

import builtins

import litellm_sdk


def test_all_names_exist_and_are_sorted() -> None:
    for name in litellm_sdk.__all__:
        assert hasattr(litellm_sdk, name), name
    assert sorted(litellm_sdk.__all__) == list(litellm_sdk.__all__)


def test_contract_names_from_the_issue() -> None:
    required = {
        "LiteLLMClient", "AsyncLiteLLMClient", "VirtualKeyInfo", "ModelInfo", "Features", "BudgetInfo",
        "RateLimitInfo", "LiteLLMError", "CacheAdapter", "AsyncCacheAdapter", "InMemoryCache",
        "AuthenticationError", "PermissionDeniedError", "NotFoundError", "ConflictError", "UnprocessableEntityError",
        "BudgetExceededError", "KeyExpiredError", "ModelAccessDeniedError", "RateLimitError", "ServerError",
        "APIConnectionError", "APITimeoutError",
    }  # fmt: skip
    assert required <= set(litellm_sdk.__all__)


def test_public_classes_are_exported_and_do_not_shadow_builtins() -> None:
    public = {n for n in dir(litellm_sdk) if not n.startswith("_") and isinstance(getattr(litellm_sdk, n), type)}
    assert public <= set(litellm_sdk.__all__)
    assert not set(litellm_sdk.__all__) & set(dir(builtins))


def test_errors_all_derive_from_litellm_error() -> None:
    for name in litellm_sdk.__all__:
        obj = getattr(litellm_sdk, name)
        if isinstance(obj, type) and issubclass(obj, Exception):
            assert issubclass(obj, litellm_sdk.LiteLLMError), name
