from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ExtractionAnswer")


@_attrs_define
class ExtractionAnswer:
    """
    Attributes:
        type_ (str):
        value (Any):
        confidence (float | None | Unset):
        guess (Any | Unset):
        mean (Any | Unset):
        median (Any | Unset):
        p10 (Any | Unset):
        p90 (Any | Unset):
        p_above (float | None | Unset):
        p_below (float | None | Unset):
        p_null (float | None | Unset):
        quantiles (list[Any] | None | Unset):
        span (list[int] | None | Unset):
        spans (list[list[int]] | None | Unset):
        steps (list[Any] | None | Unset):
    """

    type_: str
    value: Any
    confidence: float | None | Unset = UNSET
    guess: Any | Unset = UNSET
    mean: Any | Unset = UNSET
    median: Any | Unset = UNSET
    p10: Any | Unset = UNSET
    p90: Any | Unset = UNSET
    p_above: float | None | Unset = UNSET
    p_below: float | None | Unset = UNSET
    p_null: float | None | Unset = UNSET
    quantiles: list[Any] | None | Unset = UNSET
    span: list[int] | None | Unset = UNSET
    spans: list[list[int]] | None | Unset = UNSET
    steps: list[Any] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        value = self.value

        confidence: float | None | Unset
        if isinstance(self.confidence, Unset):
            confidence = UNSET
        else:
            confidence = self.confidence

        guess = self.guess

        mean = self.mean

        median = self.median

        p10 = self.p10

        p90 = self.p90

        p_above: float | None | Unset
        if isinstance(self.p_above, Unset):
            p_above = UNSET
        else:
            p_above = self.p_above

        p_below: float | None | Unset
        if isinstance(self.p_below, Unset):
            p_below = UNSET
        else:
            p_below = self.p_below

        p_null: float | None | Unset
        if isinstance(self.p_null, Unset):
            p_null = UNSET
        else:
            p_null = self.p_null

        quantiles: list[Any] | None | Unset
        if isinstance(self.quantiles, Unset):
            quantiles = UNSET
        elif isinstance(self.quantiles, list):
            quantiles = self.quantiles

        else:
            quantiles = self.quantiles

        span: list[int] | None | Unset
        if isinstance(self.span, Unset):
            span = UNSET
        elif isinstance(self.span, list):
            span = self.span

        else:
            span = self.span

        spans: list[list[int]] | None | Unset
        if isinstance(self.spans, Unset):
            spans = UNSET
        elif isinstance(self.spans, list):
            spans = []
            for spans_type_0_item_data in self.spans:
                spans_type_0_item = spans_type_0_item_data

                spans.append(spans_type_0_item)

        else:
            spans = self.spans

        steps: list[Any] | None | Unset
        if isinstance(self.steps, Unset):
            steps = UNSET
        elif isinstance(self.steps, list):
            steps = self.steps

        else:
            steps = self.steps

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "value": value,
            }
        )
        if confidence is not UNSET:
            field_dict["confidence"] = confidence
        if guess is not UNSET:
            field_dict["guess"] = guess
        if mean is not UNSET:
            field_dict["mean"] = mean
        if median is not UNSET:
            field_dict["median"] = median
        if p10 is not UNSET:
            field_dict["p10"] = p10
        if p90 is not UNSET:
            field_dict["p90"] = p90
        if p_above is not UNSET:
            field_dict["p_above"] = p_above
        if p_below is not UNSET:
            field_dict["p_below"] = p_below
        if p_null is not UNSET:
            field_dict["p_null"] = p_null
        if quantiles is not UNSET:
            field_dict["quantiles"] = quantiles
        if span is not UNSET:
            field_dict["span"] = span
        if spans is not UNSET:
            field_dict["spans"] = spans
        if steps is not UNSET:
            field_dict["steps"] = steps

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = d.pop("type")

        value = d.pop("value")

        def _parse_confidence(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        confidence = _parse_confidence(d.pop("confidence", UNSET))

        guess = d.pop("guess", UNSET)

        mean = d.pop("mean", UNSET)

        median = d.pop("median", UNSET)

        p10 = d.pop("p10", UNSET)

        p90 = d.pop("p90", UNSET)

        def _parse_p_above(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        p_above = _parse_p_above(d.pop("p_above", UNSET))

        def _parse_p_below(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        p_below = _parse_p_below(d.pop("p_below", UNSET))

        def _parse_p_null(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        p_null = _parse_p_null(d.pop("p_null", UNSET))

        def _parse_quantiles(data: object) -> list[Any] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                quantiles_type_0 = cast(list[Any], data)

                return quantiles_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Any] | None | Unset, data)

        quantiles = _parse_quantiles(d.pop("quantiles", UNSET))

        def _parse_span(data: object) -> list[int] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                span_type_0 = cast(list[int], data)

                return span_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[int] | None | Unset, data)

        span = _parse_span(d.pop("span", UNSET))

        def _parse_spans(data: object) -> list[list[int]] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                spans_type_0 = []
                _spans_type_0 = data
                for spans_type_0_item_data in _spans_type_0:
                    spans_type_0_item = cast(list[int], spans_type_0_item_data)

                    spans_type_0.append(spans_type_0_item)

                return spans_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[list[int]] | None | Unset, data)

        spans = _parse_spans(d.pop("spans", UNSET))

        def _parse_steps(data: object) -> list[Any] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                steps_type_0 = cast(list[Any], data)

                return steps_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Any] | None | Unset, data)

        steps = _parse_steps(d.pop("steps", UNSET))

        extraction_answer = cls(
            type_=type_,
            value=value,
            confidence=confidence,
            guess=guess,
            mean=mean,
            median=median,
            p10=p10,
            p90=p90,
            p_above=p_above,
            p_below=p_below,
            p_null=p_null,
            quantiles=quantiles,
            span=span,
            spans=spans,
            steps=steps,
        )

        extraction_answer.additional_properties = d
        return extraction_answer

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
