from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.scim_group import SCIMGroup
    from ..models.scim_user_output import SCIMUserOutput


T = TypeVar("T", bound="SCIMListResponse")


@_attrs_define
class SCIMListResponse:
    """
    Attributes:
        resources (list[SCIMGroup | SCIMUserOutput]):
        total_results (int):
        items_per_page (int | None | Unset):  Default: 10.
        schemas (list[str] | Unset):
        start_index (int | None | Unset):  Default: 1.
    """

    resources: list[SCIMGroup | SCIMUserOutput]
    total_results: int
    items_per_page: int | None | Unset = 10
    schemas: list[str] | Unset = UNSET
    start_index: int | None | Unset = 1
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.scim_user_output import SCIMUserOutput  # noqa: PLC0415

        resources: list[dict[str, Any]]
        if isinstance(self.resources, list):
            resources = []
            for resources_type_0_item_data in self.resources:
                resources_type_0_item: dict[str, Any]
                if isinstance(resources_type_0_item_data, SCIMUserOutput):
                    resources_type_0_item = resources_type_0_item_data.to_dict()
                else:
                    resources_type_0_item = resources_type_0_item_data.to_dict()

                resources.append(resources_type_0_item)

        total_results = self.total_results

        items_per_page: int | None | Unset
        if isinstance(self.items_per_page, Unset):
            items_per_page = UNSET
        else:
            items_per_page = self.items_per_page

        schemas: list[str] | Unset = UNSET
        if not isinstance(self.schemas, Unset):
            schemas = self.schemas

        start_index: int | None | Unset
        if isinstance(self.start_index, Unset):
            start_index = UNSET
        else:
            start_index = self.start_index

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Resources": resources,
                "totalResults": total_results,
            }
        )
        if items_per_page is not UNSET:
            field_dict["itemsPerPage"] = items_per_page
        if schemas is not UNSET:
            field_dict["schemas"] = schemas
        if start_index is not UNSET:
            field_dict["startIndex"] = start_index

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.scim_group import SCIMGroup  # noqa: PLC0415
        from ..models.scim_user_output import SCIMUserOutput  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_resources(data: object) -> list[SCIMGroup | SCIMUserOutput]:
            if not isinstance(data, list):
                raise TypeError()
            resources_type_0 = []
            _resources_type_0 = data
            for resources_type_0_item_data in _resources_type_0:

                def _parse_resources_type_0_item(data: object) -> SCIMGroup | SCIMUserOutput:
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        resources_type_0_item_type_0 = SCIMUserOutput.from_dict(data)

                        return resources_type_0_item_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    resources_type_0_item_type_1 = SCIMGroup.from_dict(data)

                    return resources_type_0_item_type_1

                resources_type_0_item = _parse_resources_type_0_item(resources_type_0_item_data)

                resources_type_0.append(resources_type_0_item)

            return resources_type_0

        resources = _parse_resources(d.pop("Resources"))

        total_results = d.pop("totalResults")

        def _parse_items_per_page(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        items_per_page = _parse_items_per_page(d.pop("itemsPerPage", UNSET))

        schemas = cast(list[str], d.pop("schemas", UNSET))

        def _parse_start_index(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        start_index = _parse_start_index(d.pop("startIndex", UNSET))

        scim_list_response = cls(
            resources=resources,
            total_results=total_results,
            items_per_page=items_per_page,
            schemas=schemas,
            start_index=start_index,
        )

        scim_list_response.additional_properties = d
        return scim_list_response

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
