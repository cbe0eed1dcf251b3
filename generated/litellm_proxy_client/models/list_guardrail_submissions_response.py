from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.guardrail_submission_item import GuardrailSubmissionItem
    from ..models.guardrail_submission_summary import GuardrailSubmissionSummary


T = TypeVar("T", bound="ListGuardrailSubmissionsResponse")


@_attrs_define
class ListGuardrailSubmissionsResponse:
    """
    Attributes:
        submissions (list[GuardrailSubmissionItem]):
        summary (GuardrailSubmissionSummary):
    """

    submissions: list[GuardrailSubmissionItem]
    summary: GuardrailSubmissionSummary
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        submissions = []
        for submissions_item_data in self.submissions:
            submissions_item = submissions_item_data.to_dict()
            submissions.append(submissions_item)

        summary = self.summary.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "submissions": submissions,
                "summary": summary,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.guardrail_submission_item import GuardrailSubmissionItem  # noqa: PLC0415
        from ..models.guardrail_submission_summary import GuardrailSubmissionSummary  # noqa: PLC0415

        d = dict(src_dict)
        submissions = []
        _submissions = d.pop("submissions")
        for submissions_item_data in _submissions:
            submissions_item = GuardrailSubmissionItem.from_dict(submissions_item_data)

            submissions.append(submissions_item)

        summary = GuardrailSubmissionSummary.from_dict(d.pop("summary"))

        list_guardrail_submissions_response = cls(
            submissions=submissions,
            summary=summary,
        )

        list_guardrail_submissions_response.additional_properties = d
        return list_guardrail_submissions_response

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
