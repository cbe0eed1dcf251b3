from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.vector_store_update_request_vector_store_metadata_type_0 import (
        VectorStoreUpdateRequestVectorStoreMetadataType0,
    )


T = TypeVar("T", bound="VectorStoreUpdateRequest")


@_attrs_define
class VectorStoreUpdateRequest:
    """
    Attributes:
        vector_store_id (str):
        custom_llm_provider (None | str | Unset):
        vector_store_description (None | str | Unset):
        vector_store_metadata (None | Unset | VectorStoreUpdateRequestVectorStoreMetadataType0):
        vector_store_name (None | str | Unset):
    """

    vector_store_id: str
    custom_llm_provider: None | str | Unset = UNSET
    vector_store_description: None | str | Unset = UNSET
    vector_store_metadata: None | Unset | VectorStoreUpdateRequestVectorStoreMetadataType0 = UNSET
    vector_store_name: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.vector_store_update_request_vector_store_metadata_type_0 import (
            VectorStoreUpdateRequestVectorStoreMetadataType0,  # noqa: PLC0415
        )

        vector_store_id = self.vector_store_id

        custom_llm_provider: None | str | Unset
        if isinstance(self.custom_llm_provider, Unset):
            custom_llm_provider = UNSET
        else:
            custom_llm_provider = self.custom_llm_provider

        vector_store_description: None | str | Unset
        if isinstance(self.vector_store_description, Unset):
            vector_store_description = UNSET
        else:
            vector_store_description = self.vector_store_description

        vector_store_metadata: dict[str, Any] | None | Unset
        if isinstance(self.vector_store_metadata, Unset):
            vector_store_metadata = UNSET
        elif isinstance(self.vector_store_metadata, VectorStoreUpdateRequestVectorStoreMetadataType0):
            vector_store_metadata = self.vector_store_metadata.to_dict()
        else:
            vector_store_metadata = self.vector_store_metadata

        vector_store_name: None | str | Unset
        if isinstance(self.vector_store_name, Unset):
            vector_store_name = UNSET
        else:
            vector_store_name = self.vector_store_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "vector_store_id": vector_store_id,
            }
        )
        if custom_llm_provider is not UNSET:
            field_dict["custom_llm_provider"] = custom_llm_provider
        if vector_store_description is not UNSET:
            field_dict["vector_store_description"] = vector_store_description
        if vector_store_metadata is not UNSET:
            field_dict["vector_store_metadata"] = vector_store_metadata
        if vector_store_name is not UNSET:
            field_dict["vector_store_name"] = vector_store_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.vector_store_update_request_vector_store_metadata_type_0 import (
            VectorStoreUpdateRequestVectorStoreMetadataType0,  # noqa: PLC0415
        )

        d = dict(src_dict)
        vector_store_id = d.pop("vector_store_id")

        def _parse_custom_llm_provider(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        custom_llm_provider = _parse_custom_llm_provider(d.pop("custom_llm_provider", UNSET))

        def _parse_vector_store_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        vector_store_description = _parse_vector_store_description(d.pop("vector_store_description", UNSET))

        def _parse_vector_store_metadata(
            data: object,
        ) -> None | Unset | VectorStoreUpdateRequestVectorStoreMetadataType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                vector_store_metadata_type_0 = VectorStoreUpdateRequestVectorStoreMetadataType0.from_dict(data)

                return vector_store_metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | VectorStoreUpdateRequestVectorStoreMetadataType0, data)

        vector_store_metadata = _parse_vector_store_metadata(d.pop("vector_store_metadata", UNSET))

        def _parse_vector_store_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        vector_store_name = _parse_vector_store_name(d.pop("vector_store_name", UNSET))

        vector_store_update_request = cls(
            vector_store_id=vector_store_id,
            custom_llm_provider=custom_llm_provider,
            vector_store_description=vector_store_description,
            vector_store_metadata=vector_store_metadata,
            vector_store_name=vector_store_name,
        )

        vector_store_update_request.additional_properties = d
        return vector_store_update_request

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
