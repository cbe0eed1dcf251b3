from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="FuseHarnessPreset")


@_attrs_define
class FuseHarnessPreset:
    """
    Attributes:
        id (str):
        label (str):
        sources (list[str]):
        text (str):
    """

    id: str
    label: str
    sources: list[str]
    text: str

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        label = self.label

        sources = self.sources

        text = self.text

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
                "label": label,
                "sources": sources,
                "text": text,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        label = d.pop("label")

        sources = cast(list[str], d.pop("sources"))

        text = d.pop("text")

        fuse_harness_preset = cls(
            id=id,
            label=label,
            sources=sources,
            text=text,
        )

        return fuse_harness_preset
