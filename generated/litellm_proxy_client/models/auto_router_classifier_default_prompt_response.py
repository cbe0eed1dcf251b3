from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AutoRouterClassifierDefaultPromptResponse")


@_attrs_define
class AutoRouterClassifierDefaultPromptResponse:
    """The built-in system prompt an auto-router's LLM classifier uses when none is configured.

    Served so the dashboard's prompt editor prefills the rubric the proxy actually sends, rather than
    a copy in the frontend that drifts the moment the rubric is edited.

        Attributes:
            system_prompt (str):
    """

    system_prompt: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        system_prompt = self.system_prompt

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "system_prompt": system_prompt,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        system_prompt = d.pop("system_prompt")

        auto_router_classifier_default_prompt_response = cls(
            system_prompt=system_prompt,
        )

        auto_router_classifier_default_prompt_response.additional_properties = d
        return auto_router_classifier_default_prompt_response

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
