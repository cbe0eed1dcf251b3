from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.skill_scan_status import SkillScanStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.skill_scan_report import SkillScanReport


T = TypeVar("T", bound="SkillScan")


@_attrs_define
class SkillScan:
    """
    Attributes:
        expires_at (datetime.datetime):
        id (str):
        requested_by (str):
        started_at (datetime.datetime):
        status (SkillScanStatus):
        archive_sha256 (None | str | Unset):
        completed_at (datetime.datetime | None | Unset):
        error (None | str | Unset):
        report (None | SkillScanReport | Unset):
    """

    expires_at: datetime.datetime
    id: str
    requested_by: str
    started_at: datetime.datetime
    status: SkillScanStatus
    archive_sha256: None | str | Unset = UNSET
    completed_at: datetime.datetime | None | Unset = UNSET
    error: None | str | Unset = UNSET
    report: None | SkillScanReport | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.skill_scan_report import SkillScanReport  # noqa: PLC0415

        expires_at = self.expires_at.isoformat()

        id = self.id

        requested_by = self.requested_by

        started_at = self.started_at.isoformat()

        status = self.status.value

        archive_sha256: None | str | Unset
        if isinstance(self.archive_sha256, Unset):
            archive_sha256 = UNSET
        else:
            archive_sha256 = self.archive_sha256

        completed_at: None | str | Unset
        if isinstance(self.completed_at, Unset):
            completed_at = UNSET
        elif isinstance(self.completed_at, datetime.datetime):
            completed_at = self.completed_at.isoformat()
        else:
            completed_at = self.completed_at

        error: None | str | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        else:
            error = self.error

        report: dict[str, Any] | None | Unset
        if isinstance(self.report, Unset):
            report = UNSET
        elif isinstance(self.report, SkillScanReport):
            report = self.report.to_dict()
        else:
            report = self.report

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "expires_at": expires_at,
                "id": id,
                "requested_by": requested_by,
                "started_at": started_at,
                "status": status,
            }
        )
        if archive_sha256 is not UNSET:
            field_dict["archive_sha256"] = archive_sha256
        if completed_at is not UNSET:
            field_dict["completed_at"] = completed_at
        if error is not UNSET:
            field_dict["error"] = error
        if report is not UNSET:
            field_dict["report"] = report

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.skill_scan_report import SkillScanReport  # noqa: PLC0415

        d = dict(src_dict)
        expires_at = datetime.datetime.fromisoformat(d.pop("expires_at"))

        id = d.pop("id")

        requested_by = d.pop("requested_by")

        started_at = datetime.datetime.fromisoformat(d.pop("started_at"))

        status = SkillScanStatus(d.pop("status"))

        def _parse_archive_sha256(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        archive_sha256 = _parse_archive_sha256(d.pop("archive_sha256", UNSET))

        def _parse_completed_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                completed_at_type_0 = datetime.datetime.fromisoformat(data)

                return completed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        completed_at = _parse_completed_at(d.pop("completed_at", UNSET))

        def _parse_error(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        error = _parse_error(d.pop("error", UNSET))

        def _parse_report(data: object) -> None | SkillScanReport | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                report_type_0 = SkillScanReport.from_dict(data)

                return report_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SkillScanReport | Unset, data)

        report = _parse_report(d.pop("report", UNSET))

        skill_scan = cls(
            expires_at=expires_at,
            id=id,
            requested_by=requested_by,
            started_at=started_at,
            status=status,
            archive_sha256=archive_sha256,
            completed_at=completed_at,
            error=error,
            report=report,
        )

        skill_scan.additional_properties = d
        return skill_scan

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
