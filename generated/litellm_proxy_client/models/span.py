from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.span_spend_match_type_0 import SpanSpendMatchType0
from ..models.span_status import SpanStatus
from ..models.span_type import SpanType

T = TypeVar("T", bound="Span")


@_attrs_define
class Span:
    """
    Attributes:
        agent (str):
        duration_ms (float):
        error (None | str):
        error_truncated (bool):
        framework (str):
        input_preview (str):
        input_tokens (int):
        litellm_request_id (None | str):
        model (None | str):
        name (str):
        output_tokens (int):
        parent_span_id (None | str):
        span_id (str):
        spend (float | None):
        spend_log_request_id (None | str):
        spend_match (None | SpanSpendMatchType0):
        start_offset_ms (float):
        status (SpanStatus):
        type_ (SpanType):
    """

    agent: str
    duration_ms: float
    error: None | str
    error_truncated: bool
    framework: str
    input_preview: str
    input_tokens: int
    litellm_request_id: None | str
    model: None | str
    name: str
    output_tokens: int
    parent_span_id: None | str
    span_id: str
    spend: float | None
    spend_log_request_id: None | str
    spend_match: None | SpanSpendMatchType0
    start_offset_ms: float
    status: SpanStatus
    type_: SpanType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        agent = self.agent

        duration_ms = self.duration_ms

        error: None | str
        error = self.error

        error_truncated = self.error_truncated

        framework = self.framework

        input_preview = self.input_preview

        input_tokens = self.input_tokens

        litellm_request_id: None | str
        litellm_request_id = self.litellm_request_id

        model: None | str
        model = self.model

        name = self.name

        output_tokens = self.output_tokens

        parent_span_id: None | str
        parent_span_id = self.parent_span_id

        span_id = self.span_id

        spend: float | None
        spend = self.spend

        spend_log_request_id: None | str
        spend_log_request_id = self.spend_log_request_id

        spend_match: None | str
        if isinstance(self.spend_match, SpanSpendMatchType0):
            spend_match = self.spend_match.value
        else:
            spend_match = self.spend_match

        start_offset_ms = self.start_offset_ms

        status = self.status.value

        type_ = self.type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "agent": agent,
                "duration_ms": duration_ms,
                "error": error,
                "error_truncated": error_truncated,
                "framework": framework,
                "input_preview": input_preview,
                "input_tokens": input_tokens,
                "litellm_request_id": litellm_request_id,
                "model": model,
                "name": name,
                "output_tokens": output_tokens,
                "parent_span_id": parent_span_id,
                "span_id": span_id,
                "spend": spend,
                "spend_log_request_id": spend_log_request_id,
                "spend_match": spend_match,
                "start_offset_ms": start_offset_ms,
                "status": status,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        agent = d.pop("agent")

        duration_ms = d.pop("duration_ms")

        def _parse_error(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        error = _parse_error(d.pop("error"))

        error_truncated = d.pop("error_truncated")

        framework = d.pop("framework")

        input_preview = d.pop("input_preview")

        input_tokens = d.pop("input_tokens")

        def _parse_litellm_request_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        litellm_request_id = _parse_litellm_request_id(d.pop("litellm_request_id"))

        def _parse_model(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        model = _parse_model(d.pop("model"))

        name = d.pop("name")

        output_tokens = d.pop("output_tokens")

        def _parse_parent_span_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        parent_span_id = _parse_parent_span_id(d.pop("parent_span_id"))

        span_id = d.pop("span_id")

        def _parse_spend(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        spend = _parse_spend(d.pop("spend"))

        def _parse_spend_log_request_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        spend_log_request_id = _parse_spend_log_request_id(d.pop("spend_log_request_id"))

        def _parse_spend_match(data: object) -> None | SpanSpendMatchType0:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                spend_match_type_0 = SpanSpendMatchType0(data)

                return spend_match_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SpanSpendMatchType0, data)

        spend_match = _parse_spend_match(d.pop("spend_match"))

        start_offset_ms = d.pop("start_offset_ms")

        status = SpanStatus(d.pop("status"))

        type_ = SpanType(d.pop("type"))

        span = cls(
            agent=agent,
            duration_ms=duration_ms,
            error=error,
            error_truncated=error_truncated,
            framework=framework,
            input_preview=input_preview,
            input_tokens=input_tokens,
            litellm_request_id=litellm_request_id,
            model=model,
            name=name,
            output_tokens=output_tokens,
            parent_span_id=parent_span_id,
            span_id=span_id,
            spend=spend,
            spend_log_request_id=spend_log_request_id,
            spend_match=spend_match,
            start_offset_ms=start_offset_ms,
            status=status,
            type_=type_,
        )

        span.additional_properties = d
        return span

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
