from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.prompt_template_base_metadata_type_0 import PromptTemplateBaseMetadataType0


T = TypeVar("T", bound="PromptTemplateBase")


@_attrs_define
class PromptTemplateBase:
    """
    Attributes:
        content (str):
        litellm_prompt_id (str):
        metadata (None | PromptTemplateBaseMetadataType0 | Unset):
    """

    content: str
    litellm_prompt_id: str
    metadata: None | PromptTemplateBaseMetadataType0 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.prompt_template_base_metadata_type_0 import PromptTemplateBaseMetadataType0  # noqa: PLC0415

        content = self.content

        litellm_prompt_id = self.litellm_prompt_id

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, PromptTemplateBaseMetadataType0):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "content": content,
                "litellm_prompt_id": litellm_prompt_id,
            }
        )
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.prompt_template_base_metadata_type_0 import PromptTemplateBaseMetadataType0  # noqa: PLC0415

        d = dict(src_dict)
        content = d.pop("content")

        litellm_prompt_id = d.pop("litellm_prompt_id")

        def _parse_metadata(data: object) -> None | PromptTemplateBaseMetadataType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                metadata_type_0 = PromptTemplateBaseMetadataType0.from_dict(data)

                return metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PromptTemplateBaseMetadataType0 | Unset, data)

        metadata = _parse_metadata(d.pop("metadata", UNSET))

        prompt_template_base = cls(
            content=content,
            litellm_prompt_id=litellm_prompt_id,
            metadata=metadata,
        )

        prompt_template_base.additional_properties = d
        return prompt_template_base

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
