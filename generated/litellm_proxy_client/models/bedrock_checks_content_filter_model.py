from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.bedrock_checks_content_filter_category_item import BedrockChecksContentFilterCategoryItem


T = TypeVar("T", bound="BedrockChecksContentFilterModel")


@_attrs_define
class BedrockChecksContentFilterModel:
    """
    Attributes:
        categories (list[BedrockChecksContentFilterCategoryItem]):
    """

    categories: list[BedrockChecksContentFilterCategoryItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        categories = []
        for categories_item_data in self.categories:
            categories_item = categories_item_data.to_dict()
            categories.append(categories_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "categories": categories,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.bedrock_checks_content_filter_category_item import BedrockChecksContentFilterCategoryItem  # noqa: PLC0415

        d = dict(src_dict)
        categories = []
        _categories = d.pop("categories")
        for categories_item_data in _categories:
            categories_item = BedrockChecksContentFilterCategoryItem.from_dict(categories_item_data)

            categories.append(categories_item)

        bedrock_checks_content_filter_model = cls(
            categories=categories,
        )

        bedrock_checks_content_filter_model.additional_properties = d
        return bedrock_checks_content_filter_model

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
