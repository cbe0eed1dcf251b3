from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.skill_scan_finding_severity import SkillScanFindingSeverity
from ..types import UNSET, Unset

T = TypeVar("T", bound="SkillScanFinding")


@_attrs_define
class SkillScanFinding:
    """
    Attributes:
        file (str):
        message (str):
        rule_id (str):
        severity (SkillScanFindingSeverity):
        explanation (None | str | Unset):
        remediation (None | str | Unset):
        start_line (int | None | Unset):
    """

    file: str
    message: str
    rule_id: str
    severity: SkillScanFindingSeverity
    explanation: None | str | Unset = UNSET
    remediation: None | str | Unset = UNSET
    start_line: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        file = self.file

        message = self.message

        rule_id = self.rule_id

        severity = self.severity.value

        explanation: None | str | Unset
        if isinstance(self.explanation, Unset):
            explanation = UNSET
        else:
            explanation = self.explanation

        remediation: None | str | Unset
        if isinstance(self.remediation, Unset):
            remediation = UNSET
        else:
            remediation = self.remediation

        start_line: int | None | Unset
        if isinstance(self.start_line, Unset):
            start_line = UNSET
        else:
            start_line = self.start_line

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "file": file,
                "message": message,
                "rule_id": rule_id,
                "severity": severity,
            }
        )
        if explanation is not UNSET:
            field_dict["explanation"] = explanation
        if remediation is not UNSET:
            field_dict["remediation"] = remediation
        if start_line is not UNSET:
            field_dict["start_line"] = start_line

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        file = d.pop("file")

        message = d.pop("message")

        rule_id = d.pop("rule_id")

        severity = SkillScanFindingSeverity(d.pop("severity"))

        def _parse_explanation(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        explanation = _parse_explanation(d.pop("explanation", UNSET))

        def _parse_remediation(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        remediation = _parse_remediation(d.pop("remediation", UNSET))

        def _parse_start_line(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        start_line = _parse_start_line(d.pop("start_line", UNSET))

        skill_scan_finding = cls(
            file=file,
            message=message,
            rule_id=rule_id,
            severity=severity,
            explanation=explanation,
            remediation=remediation,
            start_line=start_line,
        )

        skill_scan_finding.additional_properties = d
        return skill_scan_finding

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
