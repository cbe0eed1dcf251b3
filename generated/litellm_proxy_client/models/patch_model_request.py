from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.model_info import ModelInfo
    from ..models.update_lite_llm_params import UpdateLiteLLMParams


T = TypeVar("T", bound="PatchModelRequest")


@_attrs_define
class PatchModelRequest:
    """
    Attributes:
        blocked (bool | None | Unset):
        litellm_params (None | Unset | UpdateLiteLLMParams):
        litellm_params_to_remove (list[str] | Unset): Top-level litellm_params keys to delete. Omitted parameters remain
            unchanged. The required model key and keys also supplied in litellm_params cannot be removed. Removing an absent
            key or repeating a key is a no-op.
        model_info (ModelInfo | None | Unset):
        model_name (None | str | Unset):
    """

    blocked: bool | None | Unset = UNSET
    litellm_params: None | Unset | UpdateLiteLLMParams = UNSET
    litellm_params_to_remove: list[str] | Unset = UNSET
    model_info: ModelInfo | None | Unset = UNSET
    model_name: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.model_info import ModelInfo  # noqa: PLC0415
        from ..models.update_lite_llm_params import UpdateLiteLLMParams  # noqa: PLC0415

        blocked: bool | None | Unset
        if isinstance(self.blocked, Unset):
            blocked = UNSET
        else:
            blocked = self.blocked

        litellm_params: dict[str, Any] | None | Unset
        if isinstance(self.litellm_params, Unset):
            litellm_params = UNSET
        elif isinstance(self.litellm_params, UpdateLiteLLMParams):
            litellm_params = self.litellm_params.to_dict()
        else:
            litellm_params = self.litellm_params

        litellm_params_to_remove: list[str] | Unset = UNSET
        if not isinstance(self.litellm_params_to_remove, Unset):
            litellm_params_to_remove = self.litellm_params_to_remove

        model_info: dict[str, Any] | None | Unset
        if isinstance(self.model_info, Unset):
            model_info = UNSET
        elif isinstance(self.model_info, ModelInfo):
            model_info = self.model_info.to_dict()
        else:
            model_info = self.model_info

        model_name: None | str | Unset
        if isinstance(self.model_name, Unset):
            model_name = UNSET
        else:
            model_name = self.model_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if blocked is not UNSET:
            field_dict["blocked"] = blocked
        if litellm_params is not UNSET:
            field_dict["litellm_params"] = litellm_params
        if litellm_params_to_remove is not UNSET:
            field_dict["litellm_params_to_remove"] = litellm_params_to_remove
        if model_info is not UNSET:
            field_dict["model_info"] = model_info
        if model_name is not UNSET:
            field_dict["model_name"] = model_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.model_info import ModelInfo  # noqa: PLC0415
        from ..models.update_lite_llm_params import UpdateLiteLLMParams  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_blocked(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        blocked = _parse_blocked(d.pop("blocked", UNSET))

        def _parse_litellm_params(data: object) -> None | Unset | UpdateLiteLLMParams:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                litellm_params_type_0 = UpdateLiteLLMParams.from_dict(data)

                return litellm_params_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UpdateLiteLLMParams, data)

        litellm_params = _parse_litellm_params(d.pop("litellm_params", UNSET))

        litellm_params_to_remove = cast(list[str], d.pop("litellm_params_to_remove", UNSET))

        def _parse_model_info(data: object) -> ModelInfo | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                model_info_type_0 = ModelInfo.from_dict(data)

                return model_info_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ModelInfo | None | Unset, data)

        model_info = _parse_model_info(d.pop("model_info", UNSET))

        def _parse_model_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        model_name = _parse_model_name(d.pop("model_name", UNSET))

        patch_model_request = cls(
            blocked=blocked,
            litellm_params=litellm_params,
            litellm_params_to_remove=litellm_params_to_remove,
            model_info=model_info,
            model_name=model_name,
        )

        patch_model_request.additional_properties = d
        return patch_model_request

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
