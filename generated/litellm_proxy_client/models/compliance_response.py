from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.compliance_check_result import ComplianceCheckResult


T = TypeVar("T", bound="ComplianceResponse")


@_attrs_define
class ComplianceResponse:
    """Response from a compliance check endpoint.

    Attributes:
        checks (list[ComplianceCheckResult]):
        compliant (bool):
        regulation (str):
    """

    checks: list[ComplianceCheckResult]
    compliant: bool
    regulation: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        checks = []
        for checks_item_data in self.checks:
            checks_item = checks_item_data.to_dict()
            checks.append(checks_item)

        compliant = self.compliant

        regulation = self.regulation

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "checks": checks,
                "compliant": compliant,
                "regulation": regulation,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.compliance_check_result import ComplianceCheckResult  # noqa: PLC0415

        d = dict(src_dict)
        checks = []
        _checks = d.pop("checks")
        for checks_item_data in _checks:
            checks_item = ComplianceCheckResult.from_dict(checks_item_data)

            checks.append(checks_item)

        compliant = d.pop("compliant")

        regulation = d.pop("regulation")

        compliance_response = cls(
            checks=checks,
            compliant=compliant,
            regulation=regulation,
        )

        compliance_response.additional_properties = d
        return compliance_response

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
