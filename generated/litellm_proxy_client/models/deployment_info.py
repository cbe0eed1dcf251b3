from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.deployment_info_litellm_params import DeploymentInfoLitellmParams
    from ..models.deployment_model_info import DeploymentModelInfo


T = TypeVar("T", bound="DeploymentInfo")


@_attrs_define
class DeploymentInfo:
    """
    Attributes:
        model_name (str):
        litellm_params (DeploymentInfoLitellmParams | Unset):
        model_info (DeploymentModelInfo | Unset):
    """

    model_name: str
    litellm_params: DeploymentInfoLitellmParams | Unset = UNSET
    model_info: DeploymentModelInfo | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model_name = self.model_name

        litellm_params: dict[str, Any] | Unset = UNSET
        if not isinstance(self.litellm_params, Unset):
            litellm_params = self.litellm_params.to_dict()

        model_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.model_info, Unset):
            model_info = self.model_info.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "model_name": model_name,
            }
        )
        if litellm_params is not UNSET:
            field_dict["litellm_params"] = litellm_params
        if model_info is not UNSET:
            field_dict["model_info"] = model_info

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.deployment_info_litellm_params import DeploymentInfoLitellmParams  # noqa: PLC0415
        from ..models.deployment_model_info import DeploymentModelInfo  # noqa: PLC0415

        d = dict(src_dict)
        model_name = d.pop("model_name")

        _litellm_params = d.pop("litellm_params", UNSET)
        litellm_params: DeploymentInfoLitellmParams | Unset
        if isinstance(_litellm_params, Unset):
            litellm_params = UNSET
        else:
            litellm_params = DeploymentInfoLitellmParams.from_dict(_litellm_params)

        _model_info = d.pop("model_info", UNSET)
        model_info: DeploymentModelInfo | Unset
        if isinstance(_model_info, Unset):
            model_info = UNSET
        else:
            model_info = DeploymentModelInfo.from_dict(_model_info)

        deployment_info = cls(
            model_name=model_name,
            litellm_params=litellm_params,
            model_info=model_info,
        )

        deployment_info.additional_properties = d
        return deployment_info

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
