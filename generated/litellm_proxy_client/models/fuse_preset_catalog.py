from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.fuse_harness_preset import FuseHarnessPreset
    from ..models.fuse_model_preset import FuseModelPreset


T = TypeVar("T", bound="FusePresetCatalog")


@_attrs_define
class FusePresetCatalog:
    """
    Attributes:
        harnesses (list[FuseHarnessPreset]):
        models (list[FuseModelPreset]):
        version (str):
    """

    harnesses: list[FuseHarnessPreset]
    models: list[FuseModelPreset]
    version: str

    def to_dict(self) -> dict[str, Any]:
        harnesses = []
        for harnesses_item_data in self.harnesses:
            harnesses_item = harnesses_item_data.to_dict()
            harnesses.append(harnesses_item)

        models = []
        for models_item_data in self.models:
            models_item = models_item_data.to_dict()
            models.append(models_item)

        version = self.version

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "harnesses": harnesses,
                "models": models,
                "version": version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.fuse_harness_preset import FuseHarnessPreset  # noqa: PLC0415
        from ..models.fuse_model_preset import FuseModelPreset  # noqa: PLC0415

        d = dict(src_dict)
        harnesses = []
        _harnesses = d.pop("harnesses")
        for harnesses_item_data in _harnesses:
            harnesses_item = FuseHarnessPreset.from_dict(harnesses_item_data)

            harnesses.append(harnesses_item)

        models = []
        _models = d.pop("models")
        for models_item_data in _models:
            models_item = FuseModelPreset.from_dict(models_item_data)

            models.append(models_item)

        version = d.pop("version")

        fuse_preset_catalog = cls(
            harnesses=harnesses,
            models=models,
            version=version,
        )

        return fuse_preset_catalog
