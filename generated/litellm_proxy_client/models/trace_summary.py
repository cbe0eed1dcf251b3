from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.trace_summary_status import TraceSummaryStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.run_source import RunSource


T = TypeVar("T", bound="TraceSummary")


@_attrs_define
class TraceSummary:
    """
    Attributes:
        agent_count (int):
        agent_invocations (int):
        duration_ms (float):
        error_count (int):
        input_preview (str):
        input_tokens (int):
        llm_calls (int):
        models (list[str]):
        name (str):
        output_tokens (int):
        priced_calls (int):
        service (str):
        span_count (int):
        spend (float | None):
        start_time (str):
        status (TraceSummaryStatus):
        tool_calls (int):
        trace_id (str):
        agent_names (list[str] | Unset):
        frameworks (list[str] | Unset):
        resolution_limited (bool | Unset):
        source (None | RunSource | Unset):
        trace_ref (str | Unset):
    """

    agent_count: int
    agent_invocations: int
    duration_ms: float
    error_count: int
    input_preview: str
    input_tokens: int
    llm_calls: int
    models: list[str]
    name: str
    output_tokens: int
    priced_calls: int
    service: str
    span_count: int
    spend: float | None
    start_time: str
    status: TraceSummaryStatus
    tool_calls: int
    trace_id: str
    agent_names: list[str] | Unset = UNSET
    frameworks: list[str] | Unset = UNSET
    resolution_limited: bool | Unset = UNSET
    source: None | RunSource | Unset = UNSET
    trace_ref: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.run_source import RunSource  # noqa: PLC0415

        agent_count = self.agent_count

        agent_invocations = self.agent_invocations

        duration_ms = self.duration_ms

        error_count = self.error_count

        input_preview = self.input_preview

        input_tokens = self.input_tokens

        llm_calls = self.llm_calls

        models = self.models

        name = self.name

        output_tokens = self.output_tokens

        priced_calls = self.priced_calls

        service = self.service

        span_count = self.span_count

        spend: float | None
        spend = self.spend

        start_time = self.start_time

        status = self.status.value

        tool_calls = self.tool_calls

        trace_id = self.trace_id

        agent_names: list[str] | Unset = UNSET
        if not isinstance(self.agent_names, Unset):
            agent_names = self.agent_names

        frameworks: list[str] | Unset = UNSET
        if not isinstance(self.frameworks, Unset):
            frameworks = self.frameworks

        resolution_limited = self.resolution_limited

        source: dict[str, Any] | None | Unset
        if isinstance(self.source, Unset):
            source = UNSET
        elif isinstance(self.source, RunSource):
            source = self.source.to_dict()
        else:
            source = self.source

        trace_ref = self.trace_ref

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "agent_count": agent_count,
                "agent_invocations": agent_invocations,
                "duration_ms": duration_ms,
                "error_count": error_count,
                "input_preview": input_preview,
                "input_tokens": input_tokens,
                "llm_calls": llm_calls,
                "models": models,
                "name": name,
                "output_tokens": output_tokens,
                "priced_calls": priced_calls,
                "service": service,
                "span_count": span_count,
                "spend": spend,
                "start_time": start_time,
                "status": status,
                "tool_calls": tool_calls,
                "trace_id": trace_id,
            }
        )
        if agent_names is not UNSET:
            field_dict["agent_names"] = agent_names
        if frameworks is not UNSET:
            field_dict["frameworks"] = frameworks
        if resolution_limited is not UNSET:
            field_dict["resolution_limited"] = resolution_limited
        if source is not UNSET:
            field_dict["source"] = source
        if trace_ref is not UNSET:
            field_dict["trace_ref"] = trace_ref

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.run_source import RunSource  # noqa: PLC0415

        d = dict(src_dict)
        agent_count = d.pop("agent_count")

        agent_invocations = d.pop("agent_invocations")

        duration_ms = d.pop("duration_ms")

        error_count = d.pop("error_count")

        input_preview = d.pop("input_preview")

        input_tokens = d.pop("input_tokens")

        llm_calls = d.pop("llm_calls")

        models = cast(list[str], d.pop("models"))

        name = d.pop("name")

        output_tokens = d.pop("output_tokens")

        priced_calls = d.pop("priced_calls")

        service = d.pop("service")

        span_count = d.pop("span_count")

        def _parse_spend(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        spend = _parse_spend(d.pop("spend"))

        start_time = d.pop("start_time")

        status = TraceSummaryStatus(d.pop("status"))

        tool_calls = d.pop("tool_calls")

        trace_id = d.pop("trace_id")

        agent_names = cast(list[str], d.pop("agent_names", UNSET))

        frameworks = cast(list[str], d.pop("frameworks", UNSET))

        resolution_limited = d.pop("resolution_limited", UNSET)

        def _parse_source(data: object) -> None | RunSource | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                source_type_0 = RunSource.from_dict(data)

                return source_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RunSource | Unset, data)

        source = _parse_source(d.pop("source", UNSET))

        trace_ref = d.pop("trace_ref", UNSET)

        trace_summary = cls(
            agent_count=agent_count,
            agent_invocations=agent_invocations,
            duration_ms=duration_ms,
            error_count=error_count,
            input_preview=input_preview,
            input_tokens=input_tokens,
            llm_calls=llm_calls,
            models=models,
            name=name,
            output_tokens=output_tokens,
            priced_calls=priced_calls,
            service=service,
            span_count=span_count,
            spend=spend,
            start_time=start_time,
            status=status,
            tool_calls=tool_calls,
            trace_id=trace_id,
            agent_names=agent_names,
            frameworks=frameworks,
            resolution_limited=resolution_limited,
            source=source,
            trace_ref=trace_ref,
        )

        trace_summary.additional_properties = d
        return trace_summary

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
