"""litellm-sdk: a typed client for the LiteLLM proxy.

Request a virtual key for a user and get back exactly the models, features, budget and limits that key
allows, ready to configure a chat UI::

    from litellm_sdk import LiteLLMClient

    with LiteLLMClient() as client:  # LITELLM_BASE_URL, LITELLM_MASTER_KEY
        info = client.request_key(user_id="user-123", duration="24h")
        if info.features.image_generation: ...
"""

import importlib
from typing import TYPE_CHECKING

from litellm_sdk._classify import araise_for_status, error_from_response, raise_for_status
from litellm_sdk._manage.fields import ALL_MODELS, AllModels, KeyFields, KeyOptions
from litellm_sdk._version import __version__
from litellm_sdk.cache import AsyncCacheAdapter, CacheAdapter, InMemoryCache
from litellm_sdk.client import AsyncLiteLLMClient, LiteLLMClient
from litellm_sdk.errors import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    BudgetExceededError,
    BudgetScope,
    ClientClosedError,
    ConfigurationError,
    ConflictError,
    ContentPolicyError,
    EnterpriseRequiredError,
    InvalidRequestError,
    InvalidResponseError,
    KeyBlockedError,
    KeyExpiredError,
    LiteLLMError,
    ModelAccessDeniedError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ServerError,
    UnprocessableEntityError,
)
from litellm_sdk.types import (
    BrowserKeyInfo,
    BrowserModelInfo,
    BudgetInfo,
    Features,
    KeySummary,
    LiveBudget,
    ModelInfo,
    RateLimitInfo,
    ScopeBudget,
    VirtualKeyInfo,
)

if TYPE_CHECKING:
    from litellm_sdk._use.client import AsyncChatStream, AsyncKeyClient, ChatStream, KeyClient
    from litellm_sdk._use.types import (
        ChatChunk,
        ChatCompletion,
        Embeddings,
        GeneratedImage,
        Images,
        Speech,
        Spend,
        ToolCall,
        Transcription,
        Usage,
    )
    from litellm_sdk._use.ui_messages import chat_messages_from_ui
    from litellm_sdk._use.vercel import (
        UI_MESSAGE_STREAM_HEADERS,
        UIDataPart,
        UIErrorResponse,
        aui_message_stream,
        ui_error_response,
        ui_message_stream,
    )

#: The key in use (KeyClient and its results), loaded at first use: a server that only manages keys never imports it.
_IN_USE = {
    **dict.fromkeys(("AsyncChatStream", "AsyncKeyClient", "ChatStream", "KeyClient"), "_use.client"),
    **dict.fromkeys(
        (
            "ChatChunk",
            "ChatCompletion",
            "Embeddings",
            "GeneratedImage",
            "Images",
            "Speech",
            "Spend",
            "ToolCall",
            "Transcription",
            "Usage",
        ),
        "_use.types",
    ),
    "chat_messages_from_ui": "_use.ui_messages",
    **dict.fromkeys(
        (
            "UI_MESSAGE_STREAM_HEADERS",
            "UIDataPart",
            "UIErrorResponse",
            "aui_message_stream",
            "ui_error_response",
            "ui_message_stream",
        ),
        "_use.vercel",
    ),
}

__all__ = [  # noqa: RUF022 - plain sorted(), as tests/unit/face/test_public_api.py checks
    "ALL_MODELS",
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "AllModels",
    "AsyncCacheAdapter",
    "AsyncChatStream",
    "AsyncKeyClient",
    "AsyncLiteLLMClient",
    "AuthenticationError",
    "BadRequestError",
    "BrowserKeyInfo",
    "BrowserModelInfo",
    "BudgetExceededError",
    "BudgetInfo",
    "BudgetScope",
    "CacheAdapter",
    "ChatChunk",
    "ChatCompletion",
    "ChatStream",
    "ClientClosedError",
    "ConfigurationError",
    "ConflictError",
    "ContentPolicyError",
    "Embeddings",
    "EnterpriseRequiredError",
    "Features",
    "GeneratedImage",
    "Images",
    "InMemoryCache",
    "InvalidRequestError",
    "InvalidResponseError",
    "KeyBlockedError",
    "KeyClient",
    "KeyExpiredError",
    "KeyFields",
    "KeyOptions",
    "KeySummary",
    "LiteLLMClient",
    "LiteLLMError",
    "LiveBudget",
    "ModelAccessDeniedError",
    "ModelInfo",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "RateLimitInfo",
    "ScopeBudget",
    "ServerError",
    "Speech",
    "Spend",
    "ToolCall",
    "Transcription",
    "UIDataPart",
    "UIErrorResponse",
    "UI_MESSAGE_STREAM_HEADERS",
    "UnprocessableEntityError",
    "Usage",
    "VirtualKeyInfo",
    "__version__",
    "araise_for_status",
    "aui_message_stream",
    "chat_messages_from_ui",
    "error_from_response",
    "raise_for_status",
    "ui_error_response",
    "ui_message_stream",
]


def __getattr__(name: str) -> object:
    module = _IN_USE.get(name)
    if module is not None:
        value = getattr(importlib.import_module(f"litellm_sdk.{module}"), name)
        globals()[name] = value  # once loaded, a plain module attribute
        return value
    if name == "ValidationError":  # deprecated alias, kept out of __all__ so a star import never shadows pydantic's
        from litellm_sdk import errors

        return getattr(errors, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
