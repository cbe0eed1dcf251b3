from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.budget_list_item import BudgetListItem
    from ..models.list_links import ListLinks
    from ..models.list_meta import ListMeta


T = TypeVar("T", bound="ListResponseBudgetListItem")


@_attrs_define
class ListResponseBudgetListItem:
    """
    Attributes:
        data (list[BudgetListItem]):
        links (ListLinks): Page-mode counterpart to `PageLinks`. `first`/`last` are knowable here because the total
            count is.
        meta (ListMeta): Page-mode counterpart to `PageMeta`: an entity list pays for the COUNT(*) so the table can show
            a page count.
    """

    data: list[BudgetListItem]
    links: ListLinks
    meta: ListMeta
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        links = self.links.to_dict()

        meta = self.meta.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
                "links": links,
                "meta": meta,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.budget_list_item import BudgetListItem  # noqa: PLC0415
        from ..models.list_links import ListLinks  # noqa: PLC0415
        from ..models.list_meta import ListMeta  # noqa: PLC0415

        d = dict(src_dict)
        data = []
        _data = d.pop("data")
        for data_item_data in _data:
            data_item = BudgetListItem.from_dict(data_item_data)

            data.append(data_item)

        links = ListLinks.from_dict(d.pop("links"))

        meta = ListMeta.from_dict(d.pop("meta"))

        list_response_budget_list_item = cls(
            data=data,
            links=links,
            meta=meta,
        )

        list_response_budget_list_item.additional_properties = d
        return list_response_budget_list_item

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
