from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.index_create_lite_llm_params import IndexCreateLiteLLMParams
    from ..models.lite_llm_managed_vector_store_index_index_info_type_0 import (
        LiteLLMManagedVectorStoreIndexIndexInfoType0,
    )


T = TypeVar("T", bound="LiteLLMManagedVectorStoreIndex")


@_attrs_define
class LiteLLMManagedVectorStoreIndex:
    """LiteLLM managed vector store index object - this is is the object stored in the database

    Attributes:
        id (str):
        index_name (str):
        litellm_params (IndexCreateLiteLLMParams):
        created_at (datetime.datetime | None | Unset):
        created_by (None | str | Unset):
        index_info (LiteLLMManagedVectorStoreIndexIndexInfoType0 | None | Unset):
        updated_at (datetime.datetime | None | Unset):
        updated_by (None | str | Unset):
    """

    id: str
    index_name: str
    litellm_params: IndexCreateLiteLLMParams
    created_at: datetime.datetime | None | Unset = UNSET
    created_by: None | str | Unset = UNSET
    index_info: LiteLLMManagedVectorStoreIndexIndexInfoType0 | None | Unset = UNSET
    updated_at: datetime.datetime | None | Unset = UNSET
    updated_by: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.lite_llm_managed_vector_store_index_index_info_type_0 import (
            LiteLLMManagedVectorStoreIndexIndexInfoType0,  # noqa: PLC0415
        )

        id = self.id

        index_name = self.index_name

        litellm_params = self.litellm_params.to_dict()

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        created_by: None | str | Unset
        if isinstance(self.created_by, Unset):
            created_by = UNSET
        else:
            created_by = self.created_by

        index_info: dict[str, Any] | None | Unset
        if isinstance(self.index_info, Unset):
            index_info = UNSET
        elif isinstance(self.index_info, LiteLLMManagedVectorStoreIndexIndexInfoType0):
            index_info = self.index_info.to_dict()
        else:
            index_info = self.index_info

        updated_at: None | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        elif isinstance(self.updated_at, datetime.datetime):
            updated_at = self.updated_at.isoformat()
        else:
            updated_at = self.updated_at

        updated_by: None | str | Unset
        if isinstance(self.updated_by, Unset):
            updated_by = UNSET
        else:
            updated_by = self.updated_by

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "index_name": index_name,
                "litellm_params": litellm_params,
            }
        )
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        if index_info is not UNSET:
            field_dict["index_info"] = index_info
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if updated_by is not UNSET:
            field_dict["updated_by"] = updated_by

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.index_create_lite_llm_params import IndexCreateLiteLLMParams  # noqa: PLC0415
        from ..models.lite_llm_managed_vector_store_index_index_info_type_0 import (
            LiteLLMManagedVectorStoreIndexIndexInfoType0,  # noqa: PLC0415
        )

        d = dict(src_dict)
        id = d.pop("id")

        index_name = d.pop("index_name")

        litellm_params = IndexCreateLiteLLMParams.from_dict(d.pop("litellm_params"))

        def _parse_created_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                created_at_type_0 = datetime.datetime.fromisoformat(data)

                return created_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        created_at = _parse_created_at(d.pop("created_at", UNSET))

        def _parse_created_by(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        created_by = _parse_created_by(d.pop("created_by", UNSET))

        def _parse_index_info(data: object) -> LiteLLMManagedVectorStoreIndexIndexInfoType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                index_info_type_0 = LiteLLMManagedVectorStoreIndexIndexInfoType0.from_dict(data)

                return index_info_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LiteLLMManagedVectorStoreIndexIndexInfoType0 | None | Unset, data)

        index_info = _parse_index_info(d.pop("index_info", UNSET))

        def _parse_updated_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                updated_at_type_0 = datetime.datetime.fromisoformat(data)

                return updated_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        updated_at = _parse_updated_at(d.pop("updated_at", UNSET))

        def _parse_updated_by(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        updated_by = _parse_updated_by(d.pop("updated_by", UNSET))

        lite_llm_managed_vector_store_index = cls(
            id=id,
            index_name=index_name,
            litellm_params=litellm_params,
            created_at=created_at,
            created_by=created_by,
            index_info=index_info,
            updated_at=updated_at,
            updated_by=updated_by,
        )

        lite_llm_managed_vector_store_index.additional_properties = d
        return lite_llm_managed_vector_store_index

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
