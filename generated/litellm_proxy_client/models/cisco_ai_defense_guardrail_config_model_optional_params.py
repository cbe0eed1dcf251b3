from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.cisco_ai_defense_guardrail_config_model_optional_params_fallback_on_error_type_0 import (
    CiscoAIDefenseGuardrailConfigModelOptionalParamsFallbackOnErrorType0,
)
from ..models.cisco_ai_defense_guardrail_config_model_optional_params_inspection_type import (
    CiscoAIDefenseGuardrailConfigModelOptionalParamsInspectionType,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.cisco_ai_defense_rule import CiscoAIDefenseRule


T = TypeVar("T", bound="CiscoAIDefenseGuardrailConfigModelOptionalParams")


@_attrs_define
class CiscoAIDefenseGuardrailConfigModelOptionalParams:
    """Optional parameters for the Cisco AI Defense guardrail.

    Attributes:
        enabled_rules (list[CiscoAIDefenseRule] | None | Unset): Explicit list of Cisco AI Defense rules to evaluate. If
            omitted, the policies configured for the API key in the Cisco AI Defense UI are used.
        fallback_on_error (CiscoAIDefenseGuardrailConfigModelOptionalParamsFallbackOnErrorType0 | None | Unset):
            Behaviour when the Cisco AI Defense API is unavailable: 'allow' proceeds without scanning (high availability),
            'block' rejects the request (maximum security). Default:
            CiscoAIDefenseGuardrailConfigModelOptionalParamsFallbackOnErrorType0.BLOCK.
        inspect_path (None | str | Unset): Override for the inspection endpoint path. Defaults to /api/v1/inspect/chat
            when inspection_type='chat' and /api/v1/inspect/mcp when inspection_type='mcp'.
        inspection_type (CiscoAIDefenseGuardrailConfigModelOptionalParamsInspectionType | Unset): Which Cisco AI Defense
            inspection surface to use. 'chat' scans LLM model conversations via /api/v1/inspect/chat. 'mcp' scans MCP tool
            calls via /api/v1/inspect/mcp. Each guardrail instance targets exactly one surface; configure two guardrails to
            scan both chat and MCP traffic. Default: CiscoAIDefenseGuardrailConfigModelOptionalParamsInspectionType.CHAT.
        integration_profile_id (None | str | Unset): Integration profile id to apply (advanced).
        integration_profile_version (None | str | Unset): Integration profile version to apply (advanced).
        integration_tenant_id (None | str | Unset): Integration tenant id to apply (advanced).
        integration_type (None | str | Unset): Integration type to apply (advanced).
        on_flagged_action (None | str | Unset): Action to take when Cisco AI Defense flags content. 'block' raises an
            HTTPException; 'monitor' logs the detection and lets the request continue. Default: 'block'.
        timeout (float | None | Unset): Timeout (seconds) for Cisco AI Defense API calls (1-60). Default: 10.0.
    """

    enabled_rules: list[CiscoAIDefenseRule] | None | Unset = UNSET
    fallback_on_error: CiscoAIDefenseGuardrailConfigModelOptionalParamsFallbackOnErrorType0 | None | Unset = (
        CiscoAIDefenseGuardrailConfigModelOptionalParamsFallbackOnErrorType0.BLOCK
    )
    inspect_path: None | str | Unset = UNSET
    inspection_type: CiscoAIDefenseGuardrailConfigModelOptionalParamsInspectionType | Unset = (
        CiscoAIDefenseGuardrailConfigModelOptionalParamsInspectionType.CHAT
    )
    integration_profile_id: None | str | Unset = UNSET
    integration_profile_version: None | str | Unset = UNSET
    integration_tenant_id: None | str | Unset = UNSET
    integration_type: None | str | Unset = UNSET
    on_flagged_action: None | str | Unset = "block"
    timeout: float | None | Unset = 10.0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        enabled_rules: list[dict[str, Any]] | None | Unset
        if isinstance(self.enabled_rules, Unset):
            enabled_rules = UNSET
        elif isinstance(self.enabled_rules, list):
            enabled_rules = []
            for enabled_rules_type_0_item_data in self.enabled_rules:
                enabled_rules_type_0_item = enabled_rules_type_0_item_data.to_dict()
                enabled_rules.append(enabled_rules_type_0_item)

        else:
            enabled_rules = self.enabled_rules

        fallback_on_error: None | str | Unset
        if isinstance(self.fallback_on_error, Unset):
            fallback_on_error = UNSET
        elif isinstance(self.fallback_on_error, CiscoAIDefenseGuardrailConfigModelOptionalParamsFallbackOnErrorType0):
            fallback_on_error = self.fallback_on_error.value
        else:
            fallback_on_error = self.fallback_on_error

        inspect_path: None | str | Unset
        if isinstance(self.inspect_path, Unset):
            inspect_path = UNSET
        else:
            inspect_path = self.inspect_path

        inspection_type: str | Unset = UNSET
        if not isinstance(self.inspection_type, Unset):
            inspection_type = self.inspection_type.value

        integration_profile_id: None | str | Unset
        if isinstance(self.integration_profile_id, Unset):
            integration_profile_id = UNSET
        else:
            integration_profile_id = self.integration_profile_id

        integration_profile_version: None | str | Unset
        if isinstance(self.integration_profile_version, Unset):
            integration_profile_version = UNSET
        else:
            integration_profile_version = self.integration_profile_version

        integration_tenant_id: None | str | Unset
        if isinstance(self.integration_tenant_id, Unset):
            integration_tenant_id = UNSET
        else:
            integration_tenant_id = self.integration_tenant_id

        integration_type: None | str | Unset
        if isinstance(self.integration_type, Unset):
            integration_type = UNSET
        else:
            integration_type = self.integration_type

        on_flagged_action: None | str | Unset
        if isinstance(self.on_flagged_action, Unset):
            on_flagged_action = UNSET
        else:
            on_flagged_action = self.on_flagged_action

        timeout: float | None | Unset
        if isinstance(self.timeout, Unset):
            timeout = UNSET
        else:
            timeout = self.timeout

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if enabled_rules is not UNSET:
            field_dict["enabled_rules"] = enabled_rules
        if fallback_on_error is not UNSET:
            field_dict["fallback_on_error"] = fallback_on_error
        if inspect_path is not UNSET:
            field_dict["inspect_path"] = inspect_path
        if inspection_type is not UNSET:
            field_dict["inspection_type"] = inspection_type
        if integration_profile_id is not UNSET:
            field_dict["integration_profile_id"] = integration_profile_id
        if integration_profile_version is not UNSET:
            field_dict["integration_profile_version"] = integration_profile_version
        if integration_tenant_id is not UNSET:
            field_dict["integration_tenant_id"] = integration_tenant_id
        if integration_type is not UNSET:
            field_dict["integration_type"] = integration_type
        if on_flagged_action is not UNSET:
            field_dict["on_flagged_action"] = on_flagged_action
        if timeout is not UNSET:
            field_dict["timeout"] = timeout

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.cisco_ai_defense_rule import CiscoAIDefenseRule  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_enabled_rules(data: object) -> list[CiscoAIDefenseRule] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                enabled_rules_type_0 = []
                _enabled_rules_type_0 = data
                for enabled_rules_type_0_item_data in _enabled_rules_type_0:
                    enabled_rules_type_0_item = CiscoAIDefenseRule.from_dict(enabled_rules_type_0_item_data)

                    enabled_rules_type_0.append(enabled_rules_type_0_item)

                return enabled_rules_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[CiscoAIDefenseRule] | None | Unset, data)

        enabled_rules = _parse_enabled_rules(d.pop("enabled_rules", UNSET))

        def _parse_fallback_on_error(
            data: object,
        ) -> CiscoAIDefenseGuardrailConfigModelOptionalParamsFallbackOnErrorType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                fallback_on_error_type_0 = CiscoAIDefenseGuardrailConfigModelOptionalParamsFallbackOnErrorType0(data)

                return fallback_on_error_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CiscoAIDefenseGuardrailConfigModelOptionalParamsFallbackOnErrorType0 | None | Unset, data)

        fallback_on_error = _parse_fallback_on_error(d.pop("fallback_on_error", UNSET))

        def _parse_inspect_path(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        inspect_path = _parse_inspect_path(d.pop("inspect_path", UNSET))

        _inspection_type = d.pop("inspection_type", UNSET)
        inspection_type: CiscoAIDefenseGuardrailConfigModelOptionalParamsInspectionType | Unset
        if isinstance(_inspection_type, Unset):
            inspection_type = UNSET
        else:
            inspection_type = CiscoAIDefenseGuardrailConfigModelOptionalParamsInspectionType(_inspection_type)

        def _parse_integration_profile_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        integration_profile_id = _parse_integration_profile_id(d.pop("integration_profile_id", UNSET))

        def _parse_integration_profile_version(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        integration_profile_version = _parse_integration_profile_version(d.pop("integration_profile_version", UNSET))

        def _parse_integration_tenant_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        integration_tenant_id = _parse_integration_tenant_id(d.pop("integration_tenant_id", UNSET))

        def _parse_integration_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        integration_type = _parse_integration_type(d.pop("integration_type", UNSET))

        def _parse_on_flagged_action(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        on_flagged_action = _parse_on_flagged_action(d.pop("on_flagged_action", UNSET))

        def _parse_timeout(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        timeout = _parse_timeout(d.pop("timeout", UNSET))

        cisco_ai_defense_guardrail_config_model_optional_params = cls(
            enabled_rules=enabled_rules,
            fallback_on_error=fallback_on_error,
            inspect_path=inspect_path,
            inspection_type=inspection_type,
            integration_profile_id=integration_profile_id,
            integration_profile_version=integration_profile_version,
            integration_tenant_id=integration_tenant_id,
            integration_type=integration_type,
            on_flagged_action=on_flagged_action,
            timeout=timeout,
        )

        cisco_ai_defense_guardrail_config_model_optional_params.additional_properties = d
        return cisco_ai_defense_guardrail_config_model_optional_params

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
