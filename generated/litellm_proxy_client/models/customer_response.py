from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.customer_response_allowed_model_region_type_0 import CustomerResponseAllowedModelRegionType0
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.lite_llm_budget_table_full import LiteLLMBudgetTableFull
    from ..models.lite_llm_object_permission_table import LiteLLMObjectPermissionTable


T = TypeVar("T", bound="CustomerResponse")


@_attrs_define
class CustomerResponse:
    """Customer object returned by the /customer read+write endpoints.

    Nests the full budget response model so server-managed budget fields
    (budget_reset_at, created_at) survive response_model filtering, rather than
    the narrow write-allowlist shape LiteLLM_EndUserTable carries for internal use.

        Attributes:
            blocked (bool):
            user_id (str):
            alias (None | str | Unset):
            allowed_model_region (CustomerResponseAllowedModelRegionType0 | None | Unset):
            budget_id (None | str | Unset):
            default_model (None | str | Unset):
            litellm_budget_table (LiteLLMBudgetTableFull | None | Unset):
            models (list[str] | Unset):
            object_permission (LiteLLMObjectPermissionTable | None | Unset):
            object_permission_id (None | str | Unset):
            spend (float | Unset):  Default: 0.0.
    """

    blocked: bool
    user_id: str
    alias: None | str | Unset = UNSET
    allowed_model_region: CustomerResponseAllowedModelRegionType0 | None | Unset = UNSET
    budget_id: None | str | Unset = UNSET
    default_model: None | str | Unset = UNSET
    litellm_budget_table: LiteLLMBudgetTableFull | None | Unset = UNSET
    models: list[str] | Unset = UNSET
    object_permission: LiteLLMObjectPermissionTable | None | Unset = UNSET
    object_permission_id: None | str | Unset = UNSET
    spend: float | Unset = 0.0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.lite_llm_budget_table_full import LiteLLMBudgetTableFull  # noqa: PLC0415
        from ..models.lite_llm_object_permission_table import LiteLLMObjectPermissionTable  # noqa: PLC0415

        blocked = self.blocked

        user_id = self.user_id

        alias: None | str | Unset
        if isinstance(self.alias, Unset):
            alias = UNSET
        else:
            alias = self.alias

        allowed_model_region: None | str | Unset
        if isinstance(self.allowed_model_region, Unset):
            allowed_model_region = UNSET
        elif isinstance(self.allowed_model_region, CustomerResponseAllowedModelRegionType0):
            allowed_model_region = self.allowed_model_region.value
        else:
            allowed_model_region = self.allowed_model_region

        budget_id: None | str | Unset
        if isinstance(self.budget_id, Unset):
            budget_id = UNSET
        else:
            budget_id = self.budget_id

        default_model: None | str | Unset
        if isinstance(self.default_model, Unset):
            default_model = UNSET
        else:
            default_model = self.default_model

        litellm_budget_table: dict[str, Any] | None | Unset
        if isinstance(self.litellm_budget_table, Unset):
            litellm_budget_table = UNSET
        elif isinstance(self.litellm_budget_table, LiteLLMBudgetTableFull):
            litellm_budget_table = self.litellm_budget_table.to_dict()
        else:
            litellm_budget_table = self.litellm_budget_table

        models: list[str] | Unset = UNSET
        if not isinstance(self.models, Unset):
            models = self.models

        object_permission: dict[str, Any] | None | Unset
        if isinstance(self.object_permission, Unset):
            object_permission = UNSET
        elif isinstance(self.object_permission, LiteLLMObjectPermissionTable):
            object_permission = self.object_permission.to_dict()
        else:
            object_permission = self.object_permission

        object_permission_id: None | str | Unset
        if isinstance(self.object_permission_id, Unset):
            object_permission_id = UNSET
        else:
            object_permission_id = self.object_permission_id

        spend = self.spend

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "blocked": blocked,
                "user_id": user_id,
            }
        )
        if alias is not UNSET:
            field_dict["alias"] = alias
        if allowed_model_region is not UNSET:
            field_dict["allowed_model_region"] = allowed_model_region
        if budget_id is not UNSET:
            field_dict["budget_id"] = budget_id
        if default_model is not UNSET:
            field_dict["default_model"] = default_model
        if litellm_budget_table is not UNSET:
            field_dict["litellm_budget_table"] = litellm_budget_table
        if models is not UNSET:
            field_dict["models"] = models
        if object_permission is not UNSET:
            field_dict["object_permission"] = object_permission
        if object_permission_id is not UNSET:
            field_dict["object_permission_id"] = object_permission_id
        if spend is not UNSET:
            field_dict["spend"] = spend

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.lite_llm_budget_table_full import LiteLLMBudgetTableFull  # noqa: PLC0415
        from ..models.lite_llm_object_permission_table import LiteLLMObjectPermissionTable  # noqa: PLC0415

        d = dict(src_dict)
        blocked = d.pop("blocked")

        user_id = d.pop("user_id")

        def _parse_alias(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        alias = _parse_alias(d.pop("alias", UNSET))

        def _parse_allowed_model_region(data: object) -> CustomerResponseAllowedModelRegionType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                allowed_model_region_type_0 = CustomerResponseAllowedModelRegionType0(data)

                return allowed_model_region_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CustomerResponseAllowedModelRegionType0 | None | Unset, data)

        allowed_model_region = _parse_allowed_model_region(d.pop("allowed_model_region", UNSET))

        def _parse_budget_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        budget_id = _parse_budget_id(d.pop("budget_id", UNSET))

        def _parse_default_model(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        default_model = _parse_default_model(d.pop("default_model", UNSET))

        def _parse_litellm_budget_table(data: object) -> LiteLLMBudgetTableFull | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                litellm_budget_table_type_0 = LiteLLMBudgetTableFull.from_dict(data)

                return litellm_budget_table_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LiteLLMBudgetTableFull | None | Unset, data)

        litellm_budget_table = _parse_litellm_budget_table(d.pop("litellm_budget_table", UNSET))

        models = cast(list[str], d.pop("models", UNSET))

        def _parse_object_permission(data: object) -> LiteLLMObjectPermissionTable | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                object_permission_type_0 = LiteLLMObjectPermissionTable.from_dict(data)

                return object_permission_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LiteLLMObjectPermissionTable | None | Unset, data)

        object_permission = _parse_object_permission(d.pop("object_permission", UNSET))

        def _parse_object_permission_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        object_permission_id = _parse_object_permission_id(d.pop("object_permission_id", UNSET))

        spend = d.pop("spend", UNSET)

        customer_response = cls(
            blocked=blocked,
            user_id=user_id,
            alias=alias,
            allowed_model_region=allowed_model_region,
            budget_id=budget_id,
            default_model=default_model,
            litellm_budget_table=litellm_budget_table,
            models=models,
            object_permission=object_permission,
            object_permission_id=object_permission_id,
            spend=spend,
        )

        customer_response.additional_properties = d
        return customer_response

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
