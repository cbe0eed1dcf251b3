from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.extraction_response_answers import ExtractionResponseAnswers
    from ..models.extraction_usage import ExtractionUsage


T = TypeVar("T", bound="ExtractionResponse")


@_attrs_define
class ExtractionResponse:
    """
    Attributes:
        answers (ExtractionResponseAnswers):
        model (str):
        truncated (bool):
        usage (ExtractionUsage):
        state_text (None | str | Unset):
    """

    answers: ExtractionResponseAnswers
    model: str
    truncated: bool
    usage: ExtractionUsage
    state_text: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        answers = self.answers.to_dict()

        model = self.model

        truncated = self.truncated

        usage = self.usage.to_dict()

        state_text: None | str | Unset
        if isinstance(self.state_text, Unset):
            state_text = UNSET
        else:
            state_text = self.state_text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "answers": answers,
                "model": model,
                "truncated": truncated,
                "usage": usage,
            }
        )
        if state_text is not UNSET:
            field_dict["state_text"] = state_text

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.extraction_response_answers import ExtractionResponseAnswers  # noqa: PLC0415
        from ..models.extraction_usage import ExtractionUsage  # noqa: PLC0415

        d = dict(src_dict)
        answers = ExtractionResponseAnswers.from_dict(d.pop("answers"))

        model = d.pop("model")

        truncated = d.pop("truncated")

        usage = ExtractionUsage.from_dict(d.pop("usage"))

        def _parse_state_text(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        state_text = _parse_state_text(d.pop("state_text", UNSET))

        extraction_response = cls(
            answers=answers,
            model=model,
            truncated=truncated,
            usage=usage,
            state_text=state_text,
        )

        extraction_response.additional_properties = d
        return extraction_response

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
