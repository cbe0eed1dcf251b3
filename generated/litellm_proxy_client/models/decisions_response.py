from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.decisions_response_answers import DecisionsResponseAnswers
    from ..models.decisions_usage import DecisionsUsage


T = TypeVar("T", bound="DecisionsResponse")


@_attrs_define
class DecisionsResponse:
    """
    Attributes:
        answers (DecisionsResponseAnswers):
        model (None | str | Unset):
        usage (DecisionsUsage | None | Unset):
    """

    answers: DecisionsResponseAnswers
    model: None | str | Unset = UNSET
    usage: DecisionsUsage | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.decisions_usage import DecisionsUsage  # noqa: PLC0415

        answers = self.answers.to_dict()

        model: None | str | Unset
        if isinstance(self.model, Unset):
            model = UNSET
        else:
            model = self.model

        usage: dict[str, Any] | None | Unset
        if isinstance(self.usage, Unset):
            usage = UNSET
        elif isinstance(self.usage, DecisionsUsage):
            usage = self.usage.to_dict()
        else:
            usage = self.usage

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "answers": answers,
            }
        )
        if model is not UNSET:
            field_dict["model"] = model
        if usage is not UNSET:
            field_dict["usage"] = usage

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.decisions_response_answers import DecisionsResponseAnswers  # noqa: PLC0415
        from ..models.decisions_usage import DecisionsUsage  # noqa: PLC0415

        d = dict(src_dict)
        answers = DecisionsResponseAnswers.from_dict(d.pop("answers"))

        def _parse_model(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        model = _parse_model(d.pop("model", UNSET))

        def _parse_usage(data: object) -> DecisionsUsage | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                usage_type_0 = DecisionsUsage.from_dict(data)

                return usage_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DecisionsUsage | None | Unset, data)

        usage = _parse_usage(d.pop("usage", UNSET))

        decisions_response = cls(
            answers=answers,
            model=model,
            usage=usage,
        )

        decisions_response.additional_properties = d
        return decisions_response

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
