from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bedrock_checks_content_filter_model import BedrockChecksContentFilterModel
    from ..models.bedrock_checks_prompt_attack_model import BedrockChecksPromptAttackModel
    from ..models.bedrock_checks_sensitive_information_model import BedrockChecksSensitiveInformationModel


T = TypeVar("T", bound="BedrockChecksConfigModel")


@_attrs_define
class BedrockChecksConfigModel:
    """Inline `checks` config for the resource-less Bedrock InvokeGuardrailChecks API.

    Include only the checks you want to run; at least one must be set.

        Attributes:
            content_filter (BedrockChecksContentFilterModel | None | Unset):
            prompt_attack (BedrockChecksPromptAttackModel | None | Unset):
            sensitive_information (BedrockChecksSensitiveInformationModel | None | Unset):
    """

    content_filter: BedrockChecksContentFilterModel | None | Unset = UNSET
    prompt_attack: BedrockChecksPromptAttackModel | None | Unset = UNSET
    sensitive_information: BedrockChecksSensitiveInformationModel | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.bedrock_checks_content_filter_model import BedrockChecksContentFilterModel  # noqa: PLC0415
        from ..models.bedrock_checks_prompt_attack_model import BedrockChecksPromptAttackModel  # noqa: PLC0415
        from ..models.bedrock_checks_sensitive_information_model import BedrockChecksSensitiveInformationModel  # noqa: PLC0415

        content_filter: dict[str, Any] | None | Unset
        if isinstance(self.content_filter, Unset):
            content_filter = UNSET
        elif isinstance(self.content_filter, BedrockChecksContentFilterModel):
            content_filter = self.content_filter.to_dict()
        else:
            content_filter = self.content_filter

        prompt_attack: dict[str, Any] | None | Unset
        if isinstance(self.prompt_attack, Unset):
            prompt_attack = UNSET
        elif isinstance(self.prompt_attack, BedrockChecksPromptAttackModel):
            prompt_attack = self.prompt_attack.to_dict()
        else:
            prompt_attack = self.prompt_attack

        sensitive_information: dict[str, Any] | None | Unset
        if isinstance(self.sensitive_information, Unset):
            sensitive_information = UNSET
        elif isinstance(self.sensitive_information, BedrockChecksSensitiveInformationModel):
            sensitive_information = self.sensitive_information.to_dict()
        else:
            sensitive_information = self.sensitive_information

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if content_filter is not UNSET:
            field_dict["contentFilter"] = content_filter
        if prompt_attack is not UNSET:
            field_dict["promptAttack"] = prompt_attack
        if sensitive_information is not UNSET:
            field_dict["sensitiveInformation"] = sensitive_information

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.bedrock_checks_content_filter_model import BedrockChecksContentFilterModel  # noqa: PLC0415
        from ..models.bedrock_checks_prompt_attack_model import BedrockChecksPromptAttackModel  # noqa: PLC0415
        from ..models.bedrock_checks_sensitive_information_model import BedrockChecksSensitiveInformationModel  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_content_filter(data: object) -> BedrockChecksContentFilterModel | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                content_filter_type_0 = BedrockChecksContentFilterModel.from_dict(data)

                return content_filter_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BedrockChecksContentFilterModel | None | Unset, data)

        content_filter = _parse_content_filter(d.pop("contentFilter", UNSET))

        def _parse_prompt_attack(data: object) -> BedrockChecksPromptAttackModel | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                prompt_attack_type_0 = BedrockChecksPromptAttackModel.from_dict(data)

                return prompt_attack_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BedrockChecksPromptAttackModel | None | Unset, data)

        prompt_attack = _parse_prompt_attack(d.pop("promptAttack", UNSET))

        def _parse_sensitive_information(data: object) -> BedrockChecksSensitiveInformationModel | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                sensitive_information_type_0 = BedrockChecksSensitiveInformationModel.from_dict(data)

                return sensitive_information_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BedrockChecksSensitiveInformationModel | None | Unset, data)

        sensitive_information = _parse_sensitive_information(d.pop("sensitiveInformation", UNSET))

        bedrock_checks_config_model = cls(
            content_filter=content_filter,
            prompt_attack=prompt_attack,
            sensitive_information=sensitive_information,
        )

        bedrock_checks_config_model.additional_properties = d
        return bedrock_checks_config_model

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
