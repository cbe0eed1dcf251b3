from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.lite_llm_object_permission_base import LiteLLMObjectPermissionBase
    from ..models.organization_update_request_v2_metadata_type_0 import OrganizationUpdateRequestV2MetadataType0
    from ..models.organization_update_request_v2_model_max_budget_type_0 import (
        OrganizationUpdateRequestV2ModelMaxBudgetType0,
    )


T = TypeVar("T", bound="OrganizationUpdateRequestV2")


@_attrs_define
class OrganizationUpdateRequestV2:
    """Typed PATCH body for ``/v2/organization/{organization_id}`` (RFC 7396 merge-patch).

    Presence is read from ``model_fields_set``, so a sent field is written and an omitted one is
    left untouched. ``extra="forbid"`` makes an unknown key a 422 rather than a silent no-op, since
    the contract hinges on which keys are present. See the endpoint for the per-field clear tokens.

        Attributes:
            budget_duration (None | str | Unset):
            max_budget (float | None | Unset):
            max_parallel_requests (int | None | Unset):
            metadata (None | OrganizationUpdateRequestV2MetadataType0 | Unset):
            model_max_budget (None | OrganizationUpdateRequestV2ModelMaxBudgetType0 | Unset):
            models (list[str] | None | Unset):
            object_permission (LiteLLMObjectPermissionBase | None | Unset):
            organization_alias (None | str | Unset):
            rpm_limit (int | None | Unset):
            soft_budget (float | None | Unset):
            tpm_limit (int | None | Unset):
    """

    budget_duration: None | str | Unset = UNSET
    max_budget: float | None | Unset = UNSET
    max_parallel_requests: int | None | Unset = UNSET
    metadata: None | OrganizationUpdateRequestV2MetadataType0 | Unset = UNSET
    model_max_budget: None | OrganizationUpdateRequestV2ModelMaxBudgetType0 | Unset = UNSET
    models: list[str] | None | Unset = UNSET
    object_permission: LiteLLMObjectPermissionBase | None | Unset = UNSET
    organization_alias: None | str | Unset = UNSET
    rpm_limit: int | None | Unset = UNSET
    soft_budget: float | None | Unset = UNSET
    tpm_limit: int | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.lite_llm_object_permission_base import LiteLLMObjectPermissionBase  # noqa: PLC0415
        from ..models.organization_update_request_v2_metadata_type_0 import OrganizationUpdateRequestV2MetadataType0  # noqa: PLC0415
        from ..models.organization_update_request_v2_model_max_budget_type_0 import (
            OrganizationUpdateRequestV2ModelMaxBudgetType0,  # noqa: PLC0415
        )

        budget_duration: None | str | Unset
        if isinstance(self.budget_duration, Unset):
            budget_duration = UNSET
        else:
            budget_duration = self.budget_duration

        max_budget: float | None | Unset
        if isinstance(self.max_budget, Unset):
            max_budget = UNSET
        else:
            max_budget = self.max_budget

        max_parallel_requests: int | None | Unset
        if isinstance(self.max_parallel_requests, Unset):
            max_parallel_requests = UNSET
        else:
            max_parallel_requests = self.max_parallel_requests

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, OrganizationUpdateRequestV2MetadataType0):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        model_max_budget: dict[str, Any] | None | Unset
        if isinstance(self.model_max_budget, Unset):
            model_max_budget = UNSET
        elif isinstance(self.model_max_budget, OrganizationUpdateRequestV2ModelMaxBudgetType0):
            model_max_budget = self.model_max_budget.to_dict()
        else:
            model_max_budget = self.model_max_budget

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

        organization_alias: None | str | Unset
        if isinstance(self.organization_alias, Unset):
            organization_alias = UNSET
        else:
            organization_alias = self.organization_alias

        rpm_limit: int | None | Unset
        if isinstance(self.rpm_limit, Unset):
            rpm_limit = UNSET
        else:
            rpm_limit = self.rpm_limit

        soft_budget: float | None | Unset
        if isinstance(self.soft_budget, Unset):
            soft_budget = UNSET
        else:
            soft_budget = self.soft_budget

        tpm_limit: int | None | Unset
        if isinstance(self.tpm_limit, Unset):
            tpm_limit = UNSET
        else:
            tpm_limit = self.tpm_limit

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if budget_duration is not UNSET:
            field_dict["budget_duration"] = budget_duration
        if max_budget is not UNSET:
            field_dict["max_budget"] = max_budget
        if max_parallel_requests is not UNSET:
            field_dict["max_parallel_requests"] = max_parallel_requests
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if model_max_budget is not UNSET:
            field_dict["model_max_budget"] = model_max_budget
        if models is not UNSET:
            field_dict["models"] = models
        if object_permission is not UNSET:
            field_dict["object_permission"] = object_permission
        if organization_alias is not UNSET:
            field_dict["organization_alias"] = organization_alias
        if rpm_limit is not UNSET:
            field_dict["rpm_limit"] = rpm_limit
        if soft_budget is not UNSET:
            field_dict["soft_budget"] = soft_budget
        if tpm_limit is not UNSET:
            field_dict["tpm_limit"] = tpm_limit

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.lite_llm_object_permission_base import LiteLLMObjectPermissionBase  # noqa: PLC0415
        from ..models.organization_update_request_v2_metadata_type_0 import OrganizationUpdateRequestV2MetadataType0  # noqa: PLC0415
        from ..models.organization_update_request_v2_model_max_budget_type_0 import (
            OrganizationUpdateRequestV2ModelMaxBudgetType0,  # noqa: PLC0415
        )

        d = dict(src_dict)

        def _parse_budget_duration(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        budget_duration = _parse_budget_duration(d.pop("budget_duration", UNSET))

        def _parse_max_budget(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        max_budget = _parse_max_budget(d.pop("max_budget", UNSET))

        def _parse_max_parallel_requests(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_parallel_requests = _parse_max_parallel_requests(d.pop("max_parallel_requests", UNSET))

        def _parse_metadata(data: object) -> None | OrganizationUpdateRequestV2MetadataType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                metadata_type_0 = OrganizationUpdateRequestV2MetadataType0.from_dict(data)

                return metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | OrganizationUpdateRequestV2MetadataType0 | Unset, data)

        metadata = _parse_metadata(d.pop("metadata", UNSET))

        def _parse_model_max_budget(data: object) -> None | OrganizationUpdateRequestV2ModelMaxBudgetType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                model_max_budget_type_0 = OrganizationUpdateRequestV2ModelMaxBudgetType0.from_dict(data)

                return model_max_budget_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | OrganizationUpdateRequestV2ModelMaxBudgetType0 | Unset, data)

        model_max_budget = _parse_model_max_budget(d.pop("model_max_budget", UNSET))

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

        def _parse_organization_alias(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        organization_alias = _parse_organization_alias(d.pop("organization_alias", UNSET))

        def _parse_rpm_limit(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        rpm_limit = _parse_rpm_limit(d.pop("rpm_limit", UNSET))

        def _parse_soft_budget(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        soft_budget = _parse_soft_budget(d.pop("soft_budget", UNSET))

        def _parse_tpm_limit(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        tpm_limit = _parse_tpm_limit(d.pop("tpm_limit", UNSET))

        organization_update_request_v2 = cls(
            budget_duration=budget_duration,
            max_budget=max_budget,
            max_parallel_requests=max_parallel_requests,
            metadata=metadata,
            model_max_budget=model_max_budget,
            models=models,
            object_permission=object_permission,
            organization_alias=organization_alias,
            rpm_limit=rpm_limit,
            soft_budget=soft_budget,
            tpm_limit=tpm_limit,
        )

        return organization_update_request_v2
