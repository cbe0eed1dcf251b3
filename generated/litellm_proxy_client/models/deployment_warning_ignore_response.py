from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.admin_ignore import AdminIgnore


T = TypeVar("T", bound="DeploymentWarningIgnoreResponse")


@_attrs_define
class DeploymentWarningIgnoreResponse:
    """
    Attributes:
        id (str):
        ignore (AdminIgnore | None):
    """

    id: str
    ignore: AdminIgnore | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.admin_ignore import AdminIgnore  # noqa: PLC0415

        id = self.id

        ignore: dict[str, Any] | None
        if isinstance(self.ignore, AdminIgnore):
            ignore = self.ignore.to_dict()
        else:
            ignore = self.ignore

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "ignore": ignore,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.admin_ignore import AdminIgnore  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        def _parse_ignore(data: object) -> AdminIgnore | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                ignore_type_0 = AdminIgnore.from_dict(data)

                return ignore_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AdminIgnore | None, data)

        ignore = _parse_ignore(d.pop("ignore"))

        deployment_warning_ignore_response = cls(
            id=id,
            ignore=ignore,
        )

        deployment_warning_ignore_response.additional_properties = d
        return deployment_warning_ignore_response

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
