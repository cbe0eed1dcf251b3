"""What the key-scoped client returns: typed results of chat, embeddings, images, audio, with ``raw``.

Every result carries :class:`Spend`, read from the headers LiteLLM (1.108.7) sets on each answer of the
OpenAI-compatible routes (``common_request_processing.get_custom_headers``): the response's cost, the key's spend
*including* this response, its budget and limits, and the rate-limit headers of the parallel-request limiter.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

import attrs

__all__ = [
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
]


def _float(value: str | None) -> float | None:
    if value is None or value in ("", "None", "null"):
        return None
    try:
        return float(value)
    except ValueError:
        return None


def _int(value: str | None) -> int | None:
    number = _float(value)
    return int(number) if number is not None else None


@attrs.frozen(kw_only=True)
class Spend:
    """What LiteLLM reported about cost and limits with one response (None: the proxy did not say).

    ``key_spend`` already includes ``response_cost``; on a stream the headers come before the answer, so
    ``response_cost`` is 0 or absent there and ``key_spend`` is the spend before this call.
    """

    response_cost: float | None = None
    key_spend: float | None = None
    key_max_budget: float | None = None
    key_tpm_limit: int | None = None
    key_rpm_limit: int | None = None
    remaining_requests: int | None = None
    remaining_tokens: int | None = None
    limit_requests: int | None = None
    limit_tokens: int | None = None
    call_id: str | None = None
    model_id: str | None = None
    response_ms: float | None = None
    #: Every ``x-litellm-*`` and ``x-ratelimit-*`` header as sent.
    headers: Mapping[str, str] = attrs.field(factory=dict, hash=False)

    @property
    def key_remaining(self) -> float | None:
        """Budget left after this response; None when the key has no budget or the proxy did not say."""
        if self.key_max_budget is None or self.key_spend is None:
            return None
        return max(0.0, self.key_max_budget - self.key_spend)

    @classmethod
    def from_headers(cls, headers: Mapping[str, str]) -> Spend:
        picked = {
            name.lower(): value
            for name, value in headers.items()
            if name.lower().startswith(("x-litellm-", "x-ratelimit-"))
        }
        return cls(
            response_cost=_float(picked.get("x-litellm-response-cost")),
            key_spend=_float(picked.get("x-litellm-key-spend")),
            key_max_budget=_float(picked.get("x-litellm-key-max-budget")),
            key_tpm_limit=_int(picked.get("x-litellm-key-tpm-limit")),
            key_rpm_limit=_int(picked.get("x-litellm-key-rpm-limit")),
            remaining_requests=_int(picked.get("x-ratelimit-remaining-requests")),
            remaining_tokens=_int(picked.get("x-ratelimit-remaining-tokens")),
            limit_requests=_int(picked.get("x-ratelimit-limit-requests")),
            limit_tokens=_int(picked.get("x-ratelimit-limit-tokens")),
            call_id=picked.get("x-litellm-call-id"),
            model_id=picked.get("x-litellm-model-id"),
            response_ms=_float(picked.get("x-litellm-response-duration-ms")),
            headers=picked,
        )


@attrs.frozen(kw_only=True)
class Usage:
    prompt_tokens: int | None = None
    completion_tokens: int | None = None
    total_tokens: int | None = None
    raw: Mapping[str, Any] = attrs.field(factory=dict, repr=False, eq=False, hash=False)

    @classmethod
    def from_raw(cls, data: Any) -> Usage | None:
        if not isinstance(data, dict):
            return None
        return cls(
            prompt_tokens=_opt_int(data.get("prompt_tokens")),
            completion_tokens=_opt_int(data.get("completion_tokens")),
            total_tokens=_opt_int(data.get("total_tokens")),
            raw=data,
        )


def _opt_int(value: Any) -> int | None:
    return int(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else None


@attrs.frozen(kw_only=True)
class ToolCall:
    """One function call the model asked for; ``arguments`` is the JSON text as the model wrote it."""

    id: str
    name: str
    arguments: str = ""
    index: int = 0

    def parsed_arguments(self) -> Any:
        """``arguments`` as JSON (ValueError when the model wrote something that is not JSON)."""
        return json.loads(self.arguments) if self.arguments else {}


@attrs.frozen(kw_only=True)
class ChatCompletion:
    """A whole chat answer (or a stream's answer once it is done)."""

    id: str | None
    model: str | None
    text: str
    tool_calls: tuple[ToolCall, ...] = ()
    finish_reason: str | None = None
    usage: Usage | None = None
    spend: Spend = attrs.field(factory=Spend)
    raw: Mapping[str, Any] = attrs.field(factory=dict, repr=False, eq=False, hash=False)


@attrs.frozen(kw_only=True)
class ChatChunk:
    """One ``chat.completion.chunk`` of a stream: this chunk's text, reasoning and tool-call pieces."""

    text: str = ""
    #: The model's thinking, for models that stream it (LiteLLM's delta ``reasoning_content``).
    reasoning: str = ""
    #: Pieces of tool calls: ``id`` and ``name`` come with a call's first piece, ``arguments`` in parts.
    tool_calls: tuple[ToolCall, ...] = ()
    finish_reason: str | None = None
    usage: Usage | None = None
    raw: Mapping[str, Any] = attrs.field(factory=dict, repr=False, eq=False, hash=False)


@attrs.frozen(kw_only=True)
class Embeddings:
    vectors: tuple[tuple[float, ...], ...]
    model: str | None = None
    usage: Usage | None = None
    spend: Spend = attrs.field(factory=Spend)
    raw: Mapping[str, Any] = attrs.field(factory=dict, repr=False, eq=False, hash=False)


@attrs.frozen(kw_only=True)
class GeneratedImage:
    url: str | None = None
    b64_json: str | None = attrs.field(default=None, repr=lambda v: "None" if v is None else f"<{len(v)} chars>")
    revised_prompt: str | None = None


@attrs.frozen(kw_only=True)
class Images:
    images: tuple[GeneratedImage, ...]
    spend: Spend = attrs.field(factory=Spend)
    raw: Mapping[str, Any] = attrs.field(factory=dict, repr=False, eq=False, hash=False)

    @property
    def urls(self) -> tuple[str, ...]:
        return tuple(image.url for image in self.images if image.url)


@attrs.frozen(kw_only=True)
class Transcription:
    text: str
    language: str | None = None
    duration: float | None = None
    spend: Spend = attrs.field(factory=Spend)
    raw: Mapping[str, Any] = attrs.field(factory=dict, repr=False, eq=False, hash=False)


@attrs.frozen(kw_only=True)
class Speech:
    """Generated audio: the bytes and their media type (e.g. ``audio/mpeg``)."""

    content: bytes = attrs.field(repr=lambda v: f"<{len(v)} bytes>")
    content_type: str | None = None
    spend: Spend = attrs.field(factory=Spend)
