from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.guardrail_ui_add_guardrail_settings_content_filter_settings_type_0 import (
        GuardrailUIAddGuardrailSettingsContentFilterSettingsType0,
    )
    from ..models.guardrail_ui_add_guardrail_settings_supported_modes_by_provider import (
        GuardrailUIAddGuardrailSettingsSupportedModesByProvider,
    )
    from ..models.pii_entity_category_map import PiiEntityCategoryMap


T = TypeVar("T", bound="GuardrailUIAddGuardrailSettings")


@_attrs_define
class GuardrailUIAddGuardrailSettings:
    """
    Attributes:
        pii_entity_categories (list[PiiEntityCategoryMap]):
        providers_without_directional_logging_only_scope (list[str]):
        supported_actions (list[str]):
        supported_entities (list[str]):
        supported_modes (list[str]):
        supported_modes_by_provider (GuardrailUIAddGuardrailSettingsSupportedModesByProvider):
        content_filter_settings (GuardrailUIAddGuardrailSettingsContentFilterSettingsType0 | None | Unset):
        decision_model_providers (list[str] | Unset):
    """

    pii_entity_categories: list[PiiEntityCategoryMap]
    providers_without_directional_logging_only_scope: list[str]
    supported_actions: list[str]
    supported_entities: list[str]
    supported_modes: list[str]
    supported_modes_by_provider: GuardrailUIAddGuardrailSettingsSupportedModesByProvider
    content_filter_settings: GuardrailUIAddGuardrailSettingsContentFilterSettingsType0 | None | Unset = UNSET
    decision_model_providers: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.guardrail_ui_add_guardrail_settings_content_filter_settings_type_0 import (
            GuardrailUIAddGuardrailSettingsContentFilterSettingsType0,  # noqa: PLC0415
        )

        pii_entity_categories = []
        for pii_entity_categories_item_data in self.pii_entity_categories:
            pii_entity_categories_item = pii_entity_categories_item_data.to_dict()
            pii_entity_categories.append(pii_entity_categories_item)

        providers_without_directional_logging_only_scope = self.providers_without_directional_logging_only_scope

        supported_actions = self.supported_actions

        supported_entities = self.supported_entities

        supported_modes = self.supported_modes

        supported_modes_by_provider = self.supported_modes_by_provider.to_dict()

        content_filter_settings: dict[str, Any] | None | Unset
        if isinstance(self.content_filter_settings, Unset):
            content_filter_settings = UNSET
        elif isinstance(self.content_filter_settings, GuardrailUIAddGuardrailSettingsContentFilterSettingsType0):
            content_filter_settings = self.content_filter_settings.to_dict()
        else:
            content_filter_settings = self.content_filter_settings

        decision_model_providers: list[str] | Unset = UNSET
        if not isinstance(self.decision_model_providers, Unset):
            decision_model_providers = self.decision_model_providers

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "pii_entity_categories": pii_entity_categories,
                "providers_without_directional_logging_only_scope": providers_without_directional_logging_only_scope,
                "supported_actions": supported_actions,
                "supported_entities": supported_entities,
                "supported_modes": supported_modes,
                "supported_modes_by_provider": supported_modes_by_provider,
            }
        )
        if content_filter_settings is not UNSET:
            field_dict["content_filter_settings"] = content_filter_settings
        if decision_model_providers is not UNSET:
            field_dict["decision_model_providers"] = decision_model_providers

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.guardrail_ui_add_guardrail_settings_content_filter_settings_type_0 import (
            GuardrailUIAddGuardrailSettingsContentFilterSettingsType0,  # noqa: PLC0415
        )
        from ..models.guardrail_ui_add_guardrail_settings_supported_modes_by_provider import (
            GuardrailUIAddGuardrailSettingsSupportedModesByProvider,  # noqa: PLC0415
        )
        from ..models.pii_entity_category_map import PiiEntityCategoryMap  # noqa: PLC0415

        d = dict(src_dict)
        pii_entity_categories = []
        _pii_entity_categories = d.pop("pii_entity_categories")
        for pii_entity_categories_item_data in _pii_entity_categories:
            pii_entity_categories_item = PiiEntityCategoryMap.from_dict(pii_entity_categories_item_data)

            pii_entity_categories.append(pii_entity_categories_item)

        providers_without_directional_logging_only_scope = cast(
            list[str], d.pop("providers_without_directional_logging_only_scope")
        )

        supported_actions = cast(list[str], d.pop("supported_actions"))

        supported_entities = cast(list[str], d.pop("supported_entities"))

        supported_modes = cast(list[str], d.pop("supported_modes"))

        supported_modes_by_provider = GuardrailUIAddGuardrailSettingsSupportedModesByProvider.from_dict(
            d.pop("supported_modes_by_provider")
        )

        def _parse_content_filter_settings(
            data: object,
        ) -> GuardrailUIAddGuardrailSettingsContentFilterSettingsType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                content_filter_settings_type_0 = GuardrailUIAddGuardrailSettingsContentFilterSettingsType0.from_dict(
                    data
                )

                return content_filter_settings_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GuardrailUIAddGuardrailSettingsContentFilterSettingsType0 | None | Unset, data)

        content_filter_settings = _parse_content_filter_settings(d.pop("content_filter_settings", UNSET))

        decision_model_providers = cast(list[str], d.pop("decision_model_providers", UNSET))

        guardrail_ui_add_guardrail_settings = cls(
            pii_entity_categories=pii_entity_categories,
            providers_without_directional_logging_only_scope=providers_without_directional_logging_only_scope,
            supported_actions=supported_actions,
            supported_entities=supported_entities,
            supported_modes=supported_modes,
            supported_modes_by_provider=supported_modes_by_provider,
            content_filter_settings=content_filter_settings,
            decision_model_providers=decision_model_providers,
        )

        guardrail_ui_add_guardrail_settings.additional_properties = d
        return guardrail_ui_add_guardrail_settings

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
