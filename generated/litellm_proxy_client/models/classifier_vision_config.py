from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ClassifierVisionConfig")


@_attrs_define
class ClassifierVisionConfig:
    """Whether the LLM classifier sees the images on the request it is classifying.

    Off by default because images cost far more than the text ask they arrive with, and the
    classifier runs on every request. A turn whose complexity lives in the image ("what is wrong in
    this stack trace screenshot") is invisible to a text-only classifier, which is what this buys.

        Attributes:
            enabled (bool | Unset): Forward image content to the classifier. Requires a classifier model declared
                supports_vision, on the deployment's model_info or in the model cost map; images stay stripped otherwise, so a
                classifier that cannot read them is never sent one. Declare model_info.supports_vision on the deployment to
                enable a model the cost map does not describe. Only inline data: URIs are forwarded. A request whose images are
                http(s) URLs still classifies on its text alone, because some providers fetch such a URL from the proxy rather
                than the provider, which would let a caller aim a proxy-side request at an address of their choosing. Default:
                False.
            max_images (int | Unset): How many images from the newest user turn to forward, in wire order. Bounds the added
                cost of a turn that attaches many images. Images on earlier turns are never forwarded. Default: 1.
    """

    enabled: bool | Unset = False
    max_images: int | Unset = 1
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        enabled = self.enabled

        max_images = self.max_images

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if max_images is not UNSET:
            field_dict["max_images"] = max_images

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        enabled = d.pop("enabled", UNSET)

        max_images = d.pop("max_images", UNSET)

        classifier_vision_config = cls(
            enabled=enabled,
            max_images=max_images,
        )

        classifier_vision_config.additional_properties = d
        return classifier_vision_config

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
