from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.update_customer_request_allowed_model_region_type_0 import UpdateCustomerRequestAllowedModelRegionType0
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.lite_llm_object_permission_base import LiteLLMObjectPermissionBase


T = TypeVar("T", bound="UpdateCustomerRequest")


@_attrs_define
class UpdateCustomerRequest:
    """Update a Customer, use this to update customer budgets etc

    Attributes:
        user_id (str):
        alias (None | str | Unset):
        allowed_model_region (None | Unset | UpdateCustomerRequestAllowedModelRegionType0):
        blocked (bool | Unset):  Default: False.
        budget_id (None | str | Unset):
        default_model (None | str | Unset):
        max_budget (float | None | Unset):
        models (list[str] | None | Unset):
        object_permission (LiteLLMObjectPermissionBase | None | Unset):
    """

    user_id: str
    alias: None | str | Unset = UNSET
    allowed_model_region: None | Unset | UpdateCustomerRequestAllowedModelRegionType0 = UNSET
    blocked: bool | Unset = False
    budget_id: None | str | Unset = UNSET
    default_model: None | str | Unset = UNSET
    max_budget: float | None | Unset = UNSET
    models: list[str] | None | Unset = UNSET
    object_permission: LiteLLMObjectPermissionBase | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.lite_llm_object_permission_base import LiteLLMObjectPermissionBase  # noqa: PLC0415

        user_id = self.user_id

        alias: None | str | Unset
        if isinstance(self.alias, Unset):
            alias = UNSET
        else:
            alias = self.alias

        allowed_model_region: None | str | Unset
        if isinstance(self.allowed_model_region, Unset):
            allowed_model_region = UNSET
        elif isinstance(self.allowed_model_region, UpdateCustomerRequestAllowedModelRegionType0):
            allowed_model_region = self.allowed_model_region.value
        else:
            allowed_model_region = self.allowed_model_region

        blocked = self.blocked

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

        max_budget: float | None | Unset
        if isinstance(self.max_budget, Unset):
            max_budget = UNSET
        else:
            max_budget = self.max_budget

        models: list[str] | None | Unset
        if isinstance(self.models, Unset):
            models = UNSET
        elif isinstance(self.models, list):
            models = self.models

        else:
            models = self.models

        object_permission: dict[str, Any] | None | Unset
        if isinstance(self.object_permission, Unset):
            object_permission = UNSET
        elif isinstance(self.object_permission, LiteLLMObjectPermissionBase):
            object_permission = self.object_permission.to_dict()
        else:
            object_permission = self.object_permission

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "user_id": user_id,
            }
        )
        if alias is not UNSET:
            field_dict["alias"] = alias
        if allowed_model_region is not UNSET:
            field_dict["allowed_model_region"] = allowed_model_region
        if blocked is not UNSET:
            field_dict["blocked"] = blocked
        if budget_id is not UNSET:
            field_dict["budget_id"] = budget_id
        if default_model is not UNSET:
            field_dict["default_model"] = default_model
        if max_budget is not UNSET:
            field_dict["max_budget"] = max_budget
        if models is not UNSET:
            field_dict["models"] = models
        if object_permission is not UNSET:
            field_dict["object_permission"] = object_permission

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.lite_llm_object_permission_base import LiteLLMObjectPermissionBase  # noqa: PLC0415

        d = dict(src_dict)
        user_id = d.pop("user_id")

        def _parse_alias(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        alias = _parse_alias(d.pop("alias", UNSET))

        def _parse_allowed_model_region(data: object) -> None | Unset | UpdateCustomerRequestAllowedModelRegionType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                allowed_model_region_type_0 = UpdateCustomerRequestAllowedModelRegionType0(data)

                return allowed_model_region_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UpdateCustomerRequestAllowedModelRegionType0, data)

        allowed_model_region = _parse_allowed_model_region(d.pop("allowed_model_region", UNSET))

        blocked = d.pop("blocked", UNSET)

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

        def _parse_max_budget(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        max_budget = _parse_max_budget(d.pop("max_budget", UNSET))

        def _parse_models(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                models_type_0 = cast(list[str], data)

                return models_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        models = _parse_models(d.pop("models", UNSET))

        def _parse_object_permission(data: object) -> LiteLLMObjectPermissionBase | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                object_permission_type_0 = LiteLLMObjectPermissionBase.from_dict(data)

                return object_permission_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LiteLLMObjectPermissionBase | None | Unset, data)

        object_permission = _parse_object_permission(d.pop("object_permission", UNSET))

        update_customer_request = cls(
            user_id=user_id,
            alias=alias,
            allowed_model_region=allowed_model_region,
            blocked=blocked,
            budget_id=budget_id,
            default_model=default_model,
            max_budget=max_budget,
            models=models,
            object_permission=object_permission,
        )

        update_customer_request.additional_properties = d
        return update_customer_request

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
