from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.lite_llm_organization_membership_table import LiteLLMOrganizationMembershipTable
    from ..models.lite_llm_user_table import LiteLLMUserTable


T = TypeVar("T", bound="OrganizationAddMemberResponse")


@_attrs_define
class OrganizationAddMemberResponse:
    """
    Attributes:
        organization_id (str):
        updated_organization_memberships (list[LiteLLMOrganizationMembershipTable]):
        updated_users (list[LiteLLMUserTable]):
    """

    organization_id: str
    updated_organization_memberships: list[LiteLLMOrganizationMembershipTable]
    updated_users: list[LiteLLMUserTable]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        organization_id = self.organization_id

        updated_organization_memberships = []
        for updated_organization_memberships_item_data in self.updated_organization_memberships:
            updated_organization_memberships_item = updated_organization_memberships_item_data.to_dict()
            updated_organization_memberships.append(updated_organization_memberships_item)

        updated_users = []
        for updated_users_item_data in self.updated_users:
            updated_users_item = updated_users_item_data.to_dict()
            updated_users.append(updated_users_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "organization_id": organization_id,
                "updated_organization_memberships": updated_organization_memberships,
                "updated_users": updated_users,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.lite_llm_organization_membership_table import LiteLLMOrganizationMembershipTable  # noqa: PLC0415
        from ..models.lite_llm_user_table import LiteLLMUserTable  # noqa: PLC0415

        d = dict(src_dict)
        organization_id = d.pop("organization_id")

        updated_organization_memberships = []
        _updated_organization_memberships = d.pop("updated_organization_memberships")
        for updated_organization_memberships_item_data in _updated_organization_memberships:
            updated_organization_memberships_item = LiteLLMOrganizationMembershipTable.from_dict(
                updated_organization_memberships_item_data
            )

            updated_organization_memberships.append(updated_organization_memberships_item)

        updated_users = []
        _updated_users = d.pop("updated_users")
        for updated_users_item_data in _updated_users:
            updated_users_item = LiteLLMUserTable.from_dict(updated_users_item_data)

            updated_users.append(updated_users_item)

        organization_add_member_response = cls(
            organization_id=organization_id,
            updated_organization_memberships=updated_organization_memberships,
            updated_users=updated_users,
        )

        organization_add_member_response.additional_properties = d
        return organization_add_member_response

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
