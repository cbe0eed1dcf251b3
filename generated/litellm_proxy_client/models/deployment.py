from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.lite_llm_params import LiteLLMParams
    from ..models.model_info import ModelInfo


T = TypeVar("T", bound="Deployment")


@_attrs_define
class Deployment:
    """
    Attributes:
        litellm_params (LiteLLMParams): LiteLLM Params with 'model' requirement - used for completions
        model_info (ModelInfo):
        model_name (str):
        blocked (bool | None | Unset):
    """

    litellm_params: LiteLLMParams
    model_info: ModelInfo
    model_name: str
    blocked: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        litellm_params = self.litellm_params.to_dict()

        model_info = self.model_info.to_dict()

        model_name = self.model_name

        blocked: bool | None | Unset
        if isinstance(self.blocked, Unset):
            blocked = UNSET
        else:
            blocked = self.blocked

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "litellm_params": litellm_params,
                "model_info": model_info,
                "model_name": model_name,
            }
        )
        if blocked is not UNSET:
            field_dict["blocked"] = blocked

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.lite_llm_params import LiteLLMParams  # noqa: PLC0415
        from ..models.model_info import ModelInfo  # noqa: PLC0415

        d = dict(src_dict)
        litellm_params = LiteLLMParams.from_dict(d.pop("litellm_params"))

        model_info = ModelInfo.from_dict(d.pop("model_info"))

        model_name = d.pop("model_name")

        def _parse_blocked(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        blocked = _parse_blocked(d.pop("blocked", UNSET))

        deployment = cls(
            litellm_params=litellm_params,
            model_info=model_info,
            model_name=model_name,
            blocked=blocked,
        )

        deployment.additional_properties = d
        return deployment

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
