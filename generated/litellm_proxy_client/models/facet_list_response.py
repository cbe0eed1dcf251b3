from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.page_links import PageLinks
    from ..models.page_meta import PageMeta


T = TypeVar("T", bound="FacetListResponse")


@_attrs_define
class FacetListResponse:
    """The distinct values one column takes over a filtered query. `data` holds bare values, not entity rows.

    Attributes:
        data (list[str]):
        links (PageLinks): Hypermedia for a paginated list. No `first`/`last`: without a total count the last page is
            unknown.
        meta (PageMeta): `has_more` rather than `total_count`, which would need a COUNT(*) over the whole match set per
            keystroke.
    """

    data: list[str]
    links: PageLinks
    meta: PageMeta
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = self.data

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
        from ..models.page_links import PageLinks  # noqa: PLC0415
        from ..models.page_meta import PageMeta  # noqa: PLC0415

        d = dict(src_dict)
        data = cast(list[str], d.pop("data"))

        links = PageLinks.from_dict(d.pop("links"))

        meta = PageMeta.from_dict(d.pop("meta"))

        facet_list_response = cls(
            data=data,
            links=links,
            meta=meta,
        )

        facet_list_response.additional_properties = d
        return facet_list_response

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
