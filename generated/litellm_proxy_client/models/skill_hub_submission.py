from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.skill_hub_submission_operation import SkillHubSubmissionOperation
from ..models.skill_hub_submission_status import SkillHubSubmissionStatus

if TYPE_CHECKING:
    from ..models.skill_hub_proposal import SkillHubProposal


T = TypeVar("T", bound="SkillHubSubmission")


@_attrs_define
class SkillHubSubmission:
    """
    Attributes:
        base_skill_id (None | str):
        base_updated_at (datetime.datetime | None):
        created_at (datetime.datetime):
        has_archive (bool):
        id (str):
        operation (SkillHubSubmissionOperation):
        proposal (SkillHubProposal):
        rejection_reason (None | str):
        reviewed_at (datetime.datetime | None):
        reviewed_by (None | str):
        skill_name (str):
        status (SkillHubSubmissionStatus):
        submitted_by (str):
    """

    base_skill_id: None | str
    base_updated_at: datetime.datetime | None
    created_at: datetime.datetime
    has_archive: bool
    id: str
    operation: SkillHubSubmissionOperation
    proposal: SkillHubProposal
    rejection_reason: None | str
    reviewed_at: datetime.datetime | None
    reviewed_by: None | str
    skill_name: str
    status: SkillHubSubmissionStatus
    submitted_by: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        base_skill_id: None | str
        base_skill_id = self.base_skill_id

        base_updated_at: None | str
        if isinstance(self.base_updated_at, datetime.datetime):
            base_updated_at = self.base_updated_at.isoformat()
        else:
            base_updated_at = self.base_updated_at

        created_at = self.created_at.isoformat()

        has_archive = self.has_archive

        id = self.id

        operation = self.operation.value

        proposal = self.proposal.to_dict()

        rejection_reason: None | str
        rejection_reason = self.rejection_reason

        reviewed_at: None | str
        if isinstance(self.reviewed_at, datetime.datetime):
            reviewed_at = self.reviewed_at.isoformat()
        else:
            reviewed_at = self.reviewed_at

        reviewed_by: None | str
        reviewed_by = self.reviewed_by

        skill_name = self.skill_name

        status = self.status.value

        submitted_by = self.submitted_by

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "base_skill_id": base_skill_id,
                "base_updated_at": base_updated_at,
                "created_at": created_at,
                "has_archive": has_archive,
                "id": id,
                "operation": operation,
                "proposal": proposal,
                "rejection_reason": rejection_reason,
                "reviewed_at": reviewed_at,
                "reviewed_by": reviewed_by,
                "skill_name": skill_name,
                "status": status,
                "submitted_by": submitted_by,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.skill_hub_proposal import SkillHubProposal  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_base_skill_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        base_skill_id = _parse_base_skill_id(d.pop("base_skill_id"))

        def _parse_base_updated_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                base_updated_at_type_0 = datetime.datetime.fromisoformat(data)

                return base_updated_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        base_updated_at = _parse_base_updated_at(d.pop("base_updated_at"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        has_archive = d.pop("has_archive")

        id = d.pop("id")

        operation = SkillHubSubmissionOperation(d.pop("operation"))

        proposal = SkillHubProposal.from_dict(d.pop("proposal"))

        def _parse_rejection_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        rejection_reason = _parse_rejection_reason(d.pop("rejection_reason"))

        def _parse_reviewed_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                reviewed_at_type_0 = datetime.datetime.fromisoformat(data)

                return reviewed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        reviewed_at = _parse_reviewed_at(d.pop("reviewed_at"))

        def _parse_reviewed_by(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        reviewed_by = _parse_reviewed_by(d.pop("reviewed_by"))

        skill_name = d.pop("skill_name")

        status = SkillHubSubmissionStatus(d.pop("status"))

        submitted_by = d.pop("submitted_by")

        skill_hub_submission = cls(
            base_skill_id=base_skill_id,
            base_updated_at=base_updated_at,
            created_at=created_at,
            has_archive=has_archive,
            id=id,
            operation=operation,
            proposal=proposal,
            rejection_reason=rejection_reason,
            reviewed_at=reviewed_at,
            reviewed_by=reviewed_by,
            skill_name=skill_name,
            status=status,
            submitted_by=submitted_by,
        )

        skill_hub_submission.additional_properties = d
        return skill_hub_submission

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
