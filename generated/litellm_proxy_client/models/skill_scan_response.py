from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.skill_scan import SkillScan


T = TypeVar("T", bound="SkillScanResponse")


@_attrs_define
class SkillScanResponse:
    """
    Attributes:
        configured (bool):
        scan (None | SkillScan):
    """

    configured: bool
    scan: None | SkillScan
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.skill_scan import SkillScan  # noqa: PLC0415

        configured = self.configured

        scan: dict[str, Any] | None
        if isinstance(self.scan, SkillScan):
            scan = self.scan.to_dict()
        else:
            scan = self.scan

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "configured": configured,
                "scan": scan,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.skill_scan import SkillScan  # noqa: PLC0415

        d = dict(src_dict)
        configured = d.pop("configured")

        def _parse_scan(data: object) -> None | SkillScan:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                scan_type_0 = SkillScan.from_dict(data)

                return scan_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SkillScan, data)

        scan = _parse_scan(d.pop("scan"))

        skill_scan_response = cls(
            configured=configured,
            scan=scan,
        )

        skill_scan_response.additional_properties = d
        return skill_scan_response

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
