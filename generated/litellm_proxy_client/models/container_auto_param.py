from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.container_auto_param_memory_limit_type_0 import ContainerAutoParamMemoryLimitType0
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.container_network_policy_allowlist_param import ContainerNetworkPolicyAllowlistParam
    from ..models.container_network_policy_disabled_param import ContainerNetworkPolicyDisabledParam
    from ..models.inline_skill_param import InlineSkillParam
    from ..models.skill_reference_param import SkillReferenceParam


T = TypeVar("T", bound="ContainerAutoParam")


@_attrs_define
class ContainerAutoParam:
    """
    Attributes:
        type_ (Literal['container_auto']):
        file_ids (list[str] | Unset):
        memory_limit (ContainerAutoParamMemoryLimitType0 | None | Unset):
        network_policy (ContainerNetworkPolicyAllowlistParam | ContainerNetworkPolicyDisabledParam | Unset):
        skills (list[InlineSkillParam | SkillReferenceParam] | Unset):
    """

    type_: Literal["container_auto"]
    file_ids: list[str] | Unset = UNSET
    memory_limit: ContainerAutoParamMemoryLimitType0 | None | Unset = UNSET
    network_policy: ContainerNetworkPolicyAllowlistParam | ContainerNetworkPolicyDisabledParam | Unset = UNSET
    skills: list[InlineSkillParam | SkillReferenceParam] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.container_network_policy_disabled_param import ContainerNetworkPolicyDisabledParam  # noqa: PLC0415
        from ..models.skill_reference_param import SkillReferenceParam  # noqa: PLC0415

        type_ = self.type_

        file_ids: list[str] | Unset = UNSET
        if not isinstance(self.file_ids, Unset):
            file_ids = self.file_ids

        memory_limit: None | str | Unset
        if isinstance(self.memory_limit, Unset):
            memory_limit = UNSET
        elif isinstance(self.memory_limit, ContainerAutoParamMemoryLimitType0):
            memory_limit = self.memory_limit.value
        else:
            memory_limit = self.memory_limit

        network_policy: dict[str, Any] | Unset
        if isinstance(self.network_policy, Unset):
            network_policy = UNSET
        elif isinstance(self.network_policy, ContainerNetworkPolicyDisabledParam):
            network_policy = self.network_policy.to_dict()
        else:
            network_policy = self.network_policy.to_dict()

        skills: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.skills, Unset):
            skills = []
            for skills_item_data in self.skills:
                skills_item: dict[str, Any]
                if isinstance(skills_item_data, SkillReferenceParam):
                    skills_item = skills_item_data.to_dict()
                else:
                    skills_item = skills_item_data.to_dict()

                skills.append(skills_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if file_ids is not UNSET:
            field_dict["file_ids"] = file_ids
        if memory_limit is not UNSET:
            field_dict["memory_limit"] = memory_limit
        if network_policy is not UNSET:
            field_dict["network_policy"] = network_policy
        if skills is not UNSET:
            field_dict["skills"] = skills

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.container_network_policy_allowlist_param import ContainerNetworkPolicyAllowlistParam  # noqa: PLC0415
        from ..models.container_network_policy_disabled_param import ContainerNetworkPolicyDisabledParam  # noqa: PLC0415
        from ..models.inline_skill_param import InlineSkillParam  # noqa: PLC0415
        from ..models.skill_reference_param import SkillReferenceParam  # noqa: PLC0415

        d = dict(src_dict)
        type_ = cast(Literal["container_auto"], d.pop("type"))
        if type_ != "container_auto":
            raise ValueError(f"type must match const 'container_auto', got '{type_}'")

        file_ids = cast(list[str], d.pop("file_ids", UNSET))

        def _parse_memory_limit(data: object) -> ContainerAutoParamMemoryLimitType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                memory_limit_type_0 = ContainerAutoParamMemoryLimitType0(data)

                return memory_limit_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ContainerAutoParamMemoryLimitType0 | None | Unset, data)

        memory_limit = _parse_memory_limit(d.pop("memory_limit", UNSET))

        def _parse_network_policy(
            data: object,
        ) -> ContainerNetworkPolicyAllowlistParam | ContainerNetworkPolicyDisabledParam | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                network_policy_type_0 = ContainerNetworkPolicyDisabledParam.from_dict(data)

                return network_policy_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            network_policy_type_1 = ContainerNetworkPolicyAllowlistParam.from_dict(data)

            return network_policy_type_1

        network_policy = _parse_network_policy(d.pop("network_policy", UNSET))

        _skills = d.pop("skills", UNSET)
        skills: list[InlineSkillParam | SkillReferenceParam] | Unset = UNSET
        if _skills is not UNSET:
            skills = []
            for skills_item_data in _skills:

                def _parse_skills_item(data: object) -> InlineSkillParam | SkillReferenceParam:
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        skills_item_type_0 = SkillReferenceParam.from_dict(data)

                        return skills_item_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    skills_item_type_1 = InlineSkillParam.from_dict(data)

                    return skills_item_type_1

                skills_item = _parse_skills_item(skills_item_data)

                skills.append(skills_item)

        container_auto_param = cls(
            type_=type_,
            file_ids=file_ids,
            memory_limit=memory_limit,
            network_policy=network_policy,
            skills=skills,
        )

        container_auto_param.additional_properties = d
        return container_auto_param

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
