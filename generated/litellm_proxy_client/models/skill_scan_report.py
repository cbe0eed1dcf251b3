from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.skill_scan_report_scan_mode import SkillScanReportScanMode
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.skill_scan_finding import SkillScanFinding


T = TypeVar("T", bound="SkillScanReport")


@_attrs_define
class SkillScanReport:
    """
    Attributes:
        complete (bool):
        findings (list[SkillScanFinding]):
        risk_score (int):
        scan_mode (SkillScanReportScanMode):
        scanner_version (str):
        limitations (list[str] | Unset):
    """

    complete: bool
    findings: list[SkillScanFinding]
    risk_score: int
    scan_mode: SkillScanReportScanMode
    scanner_version: str
    limitations: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        complete = self.complete

        findings = []
        for findings_item_data in self.findings:
            findings_item = findings_item_data.to_dict()
            findings.append(findings_item)

        risk_score = self.risk_score

        scan_mode = self.scan_mode.value

        scanner_version = self.scanner_version

        limitations: list[str] | Unset = UNSET
        if not isinstance(self.limitations, Unset):
            limitations = self.limitations

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "complete": complete,
                "findings": findings,
                "risk_score": risk_score,
                "scan_mode": scan_mode,
                "scanner_version": scanner_version,
            }
        )
        if limitations is not UNSET:
            field_dict["limitations"] = limitations

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.skill_scan_finding import SkillScanFinding  # noqa: PLC0415

        d = dict(src_dict)
        complete = d.pop("complete")

        findings = []
        _findings = d.pop("findings")
        for findings_item_data in _findings:
            findings_item = SkillScanFinding.from_dict(findings_item_data)

            findings.append(findings_item)

        risk_score = d.pop("risk_score")

        scan_mode = SkillScanReportScanMode(d.pop("scan_mode"))

        scanner_version = d.pop("scanner_version")

        limitations = cast(list[str], d.pop("limitations", UNSET))

        skill_scan_report = cls(
            complete=complete,
            findings=findings,
            risk_score=risk_score,
            scan_mode=scan_mode,
            scanner_version=scanner_version,
            limitations=limitations,
        )

        skill_scan_report.additional_properties = d
        return skill_scan_report

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
