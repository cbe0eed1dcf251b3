from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.deployment_warning_severity import DeploymentWarningSeverity
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.admin_ignore import AdminIgnore
    from ..models.env_var_ignore import EnvVarIgnore


T = TypeVar("T", bound="DeploymentWarning")


@_attrs_define
class DeploymentWarning:
    """
    Attributes:
        id (str):
        severity (DeploymentWarningSeverity):
        ignore (AdminIgnore | EnvVarIgnore | None | Unset):
    """

    id: str
    severity: DeploymentWarningSeverity
    ignore: AdminIgnore | EnvVarIgnore | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.admin_ignore import AdminIgnore  # noqa: PLC0415
        from ..models.env_var_ignore import EnvVarIgnore  # noqa: PLC0415

        id = self.id

        severity = self.severity.value

        ignore: dict[str, Any] | None | Unset
        if isinstance(self.ignore, Unset):
            ignore = UNSET
        elif isinstance(self.ignore, AdminIgnore):
            ignore = self.ignore.to_dict()
        elif isinstance(self.ignore, EnvVarIgnore):
            ignore = self.ignore.to_dict()
        else:
            ignore = self.ignore

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "severity": severity,
            }
        )
        if ignore is not UNSET:
            field_dict["ignore"] = ignore

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.admin_ignore import AdminIgnore  # noqa: PLC0415
        from ..models.env_var_ignore import EnvVarIgnore  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        severity = DeploymentWarningSeverity(d.pop("severity"))

        def _parse_ignore(data: object) -> AdminIgnore | EnvVarIgnore | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                ignore_type_0_type_0 = AdminIgnore.from_dict(data)

                return ignore_type_0_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                ignore_type_0_type_1 = EnvVarIgnore.from_dict(data)

                return ignore_type_0_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AdminIgnore | EnvVarIgnore | None | Unset, data)

        ignore = _parse_ignore(d.pop("ignore", UNSET))

        deployment_warning = cls(
            id=id,
            severity=severity,
            ignore=ignore,
        )

        deployment_warning.additional_properties = d
        return deployment_warning

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
