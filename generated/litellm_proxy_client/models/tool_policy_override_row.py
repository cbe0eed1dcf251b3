from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.tool_policy_override_row_input_policy import ToolPolicyOverrideRowInputPolicy
from ..types import UNSET, Unset

T = TypeVar("T", bound="ToolPolicyOverrideRow")


@_attrs_define
class ToolPolicyOverrideRow:
    """
    Attributes:
        override_id (str):
        tool_name (str):
        created_at (datetime.datetime | None | Unset):
        input_policy (ToolPolicyOverrideRowInputPolicy | Unset):  Default: ToolPolicyOverrideRowInputPolicy.BLOCKED.
        key_alias (None | str | Unset):
        key_hash (None | str | Unset):
        team_id (None | str | Unset):
        updated_at (datetime.datetime | None | Unset):
    """

    override_id: str
    tool_name: str
    created_at: datetime.datetime | None | Unset = UNSET
    input_policy: ToolPolicyOverrideRowInputPolicy | Unset = ToolPolicyOverrideRowInputPolicy.BLOCKED
    key_alias: None | str | Unset = UNSET
    key_hash: None | str | Unset = UNSET
    team_id: None | str | Unset = UNSET
    updated_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        override_id = self.override_id

        tool_name = self.tool_name

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        input_policy: str | Unset = UNSET
        if not isinstance(self.input_policy, Unset):
            input_policy = self.input_policy.value

        key_alias: None | str | Unset
        if isinstance(self.key_alias, Unset):
            key_alias = UNSET
        else:
            key_alias = self.key_alias

        key_hash: None | str | Unset
        if isinstance(self.key_hash, Unset):
            key_hash = UNSET
        else:
            key_hash = self.key_hash

        team_id: None | str | Unset
        if isinstance(self.team_id, Unset):
            team_id = UNSET
        else:
            team_id = self.team_id

        updated_at: None | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        elif isinstance(self.updated_at, datetime.datetime):
            updated_at = self.updated_at.isoformat()
        else:
            updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "override_id": override_id,
                "tool_name": tool_name,
            }
        )
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if input_policy is not UNSET:
            field_dict["input_policy"] = input_policy
        if key_alias is not UNSET:
            field_dict["key_alias"] = key_alias
        if key_hash is not UNSET:
            field_dict["key_hash"] = key_hash
        if team_id is not UNSET:
            field_dict["team_id"] = team_id
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        override_id = d.pop("override_id")

        tool_name = d.pop("tool_name")

        def _parse_created_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                created_at_type_0 = datetime.datetime.fromisoformat(data)

                return created_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        created_at = _parse_created_at(d.pop("created_at", UNSET))

        _input_policy = d.pop("input_policy", UNSET)
        input_policy: ToolPolicyOverrideRowInputPolicy | Unset
        if isinstance(_input_policy, Unset):
            input_policy = UNSET
        else:
            input_policy = ToolPolicyOverrideRowInputPolicy(_input_policy)

        def _parse_key_alias(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        key_alias = _parse_key_alias(d.pop("key_alias", UNSET))

        def _parse_key_hash(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        key_hash = _parse_key_hash(d.pop("key_hash", UNSET))

        def _parse_team_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        team_id = _parse_team_id(d.pop("team_id", UNSET))

        def _parse_updated_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                updated_at_type_0 = datetime.datetime.fromisoformat(data)

                return updated_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        updated_at = _parse_updated_at(d.pop("updated_at", UNSET))

        tool_policy_override_row = cls(
            override_id=override_id,
            tool_name=tool_name,
            created_at=created_at,
            input_policy=input_policy,
            key_alias=key_alias,
            key_hash=key_hash,
            team_id=team_id,
            updated_at=updated_at,
        )

        tool_policy_override_row.additional_properties = d
        return tool_policy_override_row

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
