from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DeploymentModelInfo")


@_attrs_define
class DeploymentModelInfo:
    """
    Attributes:
        base_model (None | str | Unset):
        db_model (bool | None | Unset):
        id (None | str | Unset):
        input_cost_per_token (float | None | Unset):
        litellm_provider (None | str | Unset):
        max_input_tokens (float | None | Unset):
        max_output_tokens (float | None | Unset):
        max_tokens (float | None | Unset):
        mode (None | str | Unset):
        output_cost_per_token (float | None | Unset):
        supports_function_calling (bool | None | Unset):
        supports_vision (bool | None | Unset):
    """

    base_model: None | str | Unset = UNSET
    db_model: bool | None | Unset = UNSET
    id: None | str | Unset = UNSET
    input_cost_per_token: float | None | Unset = UNSET
    litellm_provider: None | str | Unset = UNSET
    max_input_tokens: float | None | Unset = UNSET
    max_output_tokens: float | None | Unset = UNSET
    max_tokens: float | None | Unset = UNSET
    mode: None | str | Unset = UNSET
    output_cost_per_token: float | None | Unset = UNSET
    supports_function_calling: bool | None | Unset = UNSET
    supports_vision: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        base_model: None | str | Unset
        if isinstance(self.base_model, Unset):
            base_model = UNSET
        else:
            base_model = self.base_model

        db_model: bool | None | Unset
        if isinstance(self.db_model, Unset):
            db_model = UNSET
        else:
            db_model = self.db_model

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        input_cost_per_token: float | None | Unset
        if isinstance(self.input_cost_per_token, Unset):
            input_cost_per_token = UNSET
        else:
            input_cost_per_token = self.input_cost_per_token

        litellm_provider: None | str | Unset
        if isinstance(self.litellm_provider, Unset):
            litellm_provider = UNSET
        else:
            litellm_provider = self.litellm_provider

        max_input_tokens: float | None | Unset
        if isinstance(self.max_input_tokens, Unset):
            max_input_tokens = UNSET
        else:
            max_input_tokens = self.max_input_tokens

        max_output_tokens: float | None | Unset
        if isinstance(self.max_output_tokens, Unset):
            max_output_tokens = UNSET
        else:
            max_output_tokens = self.max_output_tokens

        max_tokens: float | None | Unset
        if isinstance(self.max_tokens, Unset):
            max_tokens = UNSET
        else:
            max_tokens = self.max_tokens

        mode: None | str | Unset
        if isinstance(self.mode, Unset):
            mode = UNSET
        else:
            mode = self.mode

        output_cost_per_token: float | None | Unset
        if isinstance(self.output_cost_per_token, Unset):
            output_cost_per_token = UNSET
        else:
            output_cost_per_token = self.output_cost_per_token

        supports_function_calling: bool | None | Unset
        if isinstance(self.supports_function_calling, Unset):
            supports_function_calling = UNSET
        else:
            supports_function_calling = self.supports_function_calling

        supports_vision: bool | None | Unset
        if isinstance(self.supports_vision, Unset):
            supports_vision = UNSET
        else:
            supports_vision = self.supports_vision

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if base_model is not UNSET:
            field_dict["base_model"] = base_model
        if db_model is not UNSET:
            field_dict["db_model"] = db_model
        if id is not UNSET:
            field_dict["id"] = id
        if input_cost_per_token is not UNSET:
            field_dict["input_cost_per_token"] = input_cost_per_token
        if litellm_provider is not UNSET:
            field_dict["litellm_provider"] = litellm_provider
        if max_input_tokens is not UNSET:
            field_dict["max_input_tokens"] = max_input_tokens
        if max_output_tokens is not UNSET:
            field_dict["max_output_tokens"] = max_output_tokens
        if max_tokens is not UNSET:
            field_dict["max_tokens"] = max_tokens
        if mode is not UNSET:
            field_dict["mode"] = mode
        if output_cost_per_token is not UNSET:
            field_dict["output_cost_per_token"] = output_cost_per_token
        if supports_function_calling is not UNSET:
            field_dict["supports_function_calling"] = supports_function_calling
        if supports_vision is not UNSET:
            field_dict["supports_vision"] = supports_vision

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_base_model(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        base_model = _parse_base_model(d.pop("base_model", UNSET))

        def _parse_db_model(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        db_model = _parse_db_model(d.pop("db_model", UNSET))

        def _parse_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        def _parse_input_cost_per_token(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        input_cost_per_token = _parse_input_cost_per_token(d.pop("input_cost_per_token", UNSET))

        def _parse_litellm_provider(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        litellm_provider = _parse_litellm_provider(d.pop("litellm_provider", UNSET))

        def _parse_max_input_tokens(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        max_input_tokens = _parse_max_input_tokens(d.pop("max_input_tokens", UNSET))

        def _parse_max_output_tokens(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        max_output_tokens = _parse_max_output_tokens(d.pop("max_output_tokens", UNSET))

        def _parse_max_tokens(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        max_tokens = _parse_max_tokens(d.pop("max_tokens", UNSET))

        def _parse_mode(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        mode = _parse_mode(d.pop("mode", UNSET))

        def _parse_output_cost_per_token(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        output_cost_per_token = _parse_output_cost_per_token(d.pop("output_cost_per_token", UNSET))

        def _parse_supports_function_calling(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        supports_function_calling = _parse_supports_function_calling(d.pop("supports_function_calling", UNSET))

        def _parse_supports_vision(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        supports_vision = _parse_supports_vision(d.pop("supports_vision", UNSET))

        deployment_model_info = cls(
            base_model=base_model,
            db_model=db_model,
            id=id,
            input_cost_per_token=input_cost_per_token,
            litellm_provider=litellm_provider,
            max_input_tokens=max_input_tokens,
            max_output_tokens=max_output_tokens,
            max_tokens=max_tokens,
            mode=mode,
            output_cost_per_token=output_cost_per_token,
            supports_function_calling=supports_function_calling,
            supports_vision=supports_vision,
        )

        deployment_model_info.additional_properties = d
        return deployment_model_info

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
