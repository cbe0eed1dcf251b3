from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.complexity_tier_model_litellm_params import ComplexityTierModelLitellmParams


T = TypeVar("T", bound="ComplexityTierModel")


@_attrs_define
class ComplexityTierModel:
    """
    Attributes:
        model_name (str):
        litellm_params (ComplexityTierModelLitellmParams | Unset):
    """

    model_name: str
    litellm_params: ComplexityTierModelLitellmParams | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model_name = self.model_name

        litellm_params: dict[str, Any] | Unset = UNSET
        if not isinstance(self.litellm_params, Unset):
            litellm_params = self.litellm_params.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "model_name": model_name,
            }
        )
        if litellm_params is not UNSET:
            field_dict["litellm_params"] = litellm_params

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.complexity_tier_model_litellm_params import ComplexityTierModelLitellmParams  # noqa: PLC0415

        d = dict(src_dict)
        model_name = d.pop("model_name")

        _litellm_params = d.pop("litellm_params", UNSET)
        litellm_params: ComplexityTierModelLitellmParams | Unset
        if isinstance(_litellm_params, Unset):
            litellm_params = UNSET
        else:
            litellm_params = ComplexityTierModelLitellmParams.from_dict(_litellm_params)

        complexity_tier_model = cls(
            model_name=model_name,
            litellm_params=litellm_params,
        )

        complexity_tier_model.additional_properties = d
        return complexity_tier_model

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
