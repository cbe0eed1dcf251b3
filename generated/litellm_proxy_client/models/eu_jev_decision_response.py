from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.eu_jev_decision_response_answers import EuJevDecisionResponseAnswers
    from ..models.eu_jev_meta import EuJevMeta
    from ..models.eu_jev_usage import EuJevUsage


T = TypeVar("T", bound="EuJevDecisionResponse")


@_attrs_define
class EuJevDecisionResponse:
    """
    Attributes:
        answers (EuJevDecisionResponseAnswers): One answer per question, under the same names
        meta (EuJevMeta):
        model (str): The release that answered, such as eu-jeff-1.0.0
        usage (EuJevUsage):
    """

    answers: EuJevDecisionResponseAnswers
    meta: EuJevMeta
    model: str
    usage: EuJevUsage
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        answers = self.answers.to_dict()

        meta = self.meta.to_dict()

        model = self.model

        usage = self.usage.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "answers": answers,
                "meta": meta,
                "model": model,
                "usage": usage,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.eu_jev_decision_response_answers import EuJevDecisionResponseAnswers  # noqa: PLC0415
        from ..models.eu_jev_meta import EuJevMeta  # noqa: PLC0415
        from ..models.eu_jev_usage import EuJevUsage  # noqa: PLC0415

        d = dict(src_dict)
        answers = EuJevDecisionResponseAnswers.from_dict(d.pop("answers"))

        meta = EuJevMeta.from_dict(d.pop("meta"))

        model = d.pop("model")

        usage = EuJevUsage.from_dict(d.pop("usage"))

        eu_jev_decision_response = cls(
            answers=answers,
            meta=meta,
            model=model,
            usage=usage,
        )

        eu_jev_decision_response.additional_properties = d
        return eu_jev_decision_response

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
