from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.extraction_v1_extraction_post_extraction_request_extraction_base_64_image import (
        ExtractionV1ExtractionPostExtractionRequestExtractionBase64Image,
    )
    from ..models.extraction_v1_extraction_post_extraction_request_extraction_options import (
        ExtractionV1ExtractionPostExtractionRequestExtractionOptions,
    )
    from ..models.extraction_v1_extraction_post_extraction_request_fields import (
        ExtractionV1ExtractionPostExtractionRequestFields,
    )


T = TypeVar("T", bound="ExtractionV1ExtractionPostExtractionRequest")


@_attrs_define
class ExtractionV1ExtractionPostExtractionRequest:
    """
    Attributes:
        fields (ExtractionV1ExtractionPostExtractionRequestFields): Field name to typed field spec. Each name becomes a
            key in the answers
        model (str): An extraction model from the proxy model_list
        images (list[ExtractionV1ExtractionPostExtractionRequestExtractionBase64Image | str] | None | Unset): Up to 4
            images as data URLs or content_type plus base64, no remote URLs
        options (ExtractionV1ExtractionPostExtractionRequestExtractionOptions | None | Unset):
        reference_date (None | str | Unset): ISO date that anchors dates written without a year
        state (str | Unset): The text to read. Must be non-empty unless images are sent. Text answers are spans of it
            Default: ''.
    """

    fields: ExtractionV1ExtractionPostExtractionRequestFields
    model: str
    images: list[ExtractionV1ExtractionPostExtractionRequestExtractionBase64Image | str] | None | Unset = UNSET
    options: ExtractionV1ExtractionPostExtractionRequestExtractionOptions | None | Unset = UNSET
    reference_date: None | str | Unset = UNSET
    state: str | Unset = ""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.extraction_v1_extraction_post_extraction_request_extraction_base_64_image import (
            ExtractionV1ExtractionPostExtractionRequestExtractionBase64Image,  # noqa: PLC0415
        )
        from ..models.extraction_v1_extraction_post_extraction_request_extraction_options import (
            ExtractionV1ExtractionPostExtractionRequestExtractionOptions,  # noqa: PLC0415
        )

        fields = self.fields.to_dict()

        model = self.model

        images: list[dict[str, Any] | str] | None | Unset
        if isinstance(self.images, Unset):
            images = UNSET
        elif isinstance(self.images, list):
            images = []
            for images_type_0_item_data in self.images:
                images_type_0_item: dict[str, Any] | str
                if isinstance(
                    images_type_0_item_data, ExtractionV1ExtractionPostExtractionRequestExtractionBase64Image
                ):
                    images_type_0_item = images_type_0_item_data.to_dict()
                else:
                    images_type_0_item = images_type_0_item_data
                images.append(images_type_0_item)

        else:
            images = self.images

        options: dict[str, Any] | None | Unset
        if isinstance(self.options, Unset):
            options = UNSET
        elif isinstance(self.options, ExtractionV1ExtractionPostExtractionRequestExtractionOptions):
            options = self.options.to_dict()
        else:
            options = self.options

        reference_date: None | str | Unset
        if isinstance(self.reference_date, Unset):
            reference_date = UNSET
        else:
            reference_date = self.reference_date

        state = self.state

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "fields": fields,
                "model": model,
            }
        )
        if images is not UNSET:
            field_dict["images"] = images
        if options is not UNSET:
            field_dict["options"] = options
        if reference_date is not UNSET:
            field_dict["reference_date"] = reference_date
        if state is not UNSET:
            field_dict["state"] = state

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.extraction_v1_extraction_post_extraction_request_extraction_base_64_image import (
            ExtractionV1ExtractionPostExtractionRequestExtractionBase64Image,  # noqa: PLC0415
        )
        from ..models.extraction_v1_extraction_post_extraction_request_extraction_options import (
            ExtractionV1ExtractionPostExtractionRequestExtractionOptions,  # noqa: PLC0415
        )
        from ..models.extraction_v1_extraction_post_extraction_request_fields import (
            ExtractionV1ExtractionPostExtractionRequestFields,  # noqa: PLC0415
        )

        d = dict(src_dict)
        fields = ExtractionV1ExtractionPostExtractionRequestFields.from_dict(d.pop("fields"))

        model = d.pop("model")

        def _parse_images(
            data: object,
        ) -> list[ExtractionV1ExtractionPostExtractionRequestExtractionBase64Image | str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                images_type_0 = []
                _images_type_0 = data
                for images_type_0_item_data in _images_type_0:

                    def _parse_images_type_0_item(
                        data: object,
                    ) -> ExtractionV1ExtractionPostExtractionRequestExtractionBase64Image | str:
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            images_type_0_item_extraction_base_64_image = (
                                ExtractionV1ExtractionPostExtractionRequestExtractionBase64Image.from_dict(data)
                            )

                            return images_type_0_item_extraction_base_64_image
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        return cast(ExtractionV1ExtractionPostExtractionRequestExtractionBase64Image | str, data)

                    images_type_0_item = _parse_images_type_0_item(images_type_0_item_data)

                    images_type_0.append(images_type_0_item)

                return images_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                list[ExtractionV1ExtractionPostExtractionRequestExtractionBase64Image | str] | None | Unset, data
            )

        images = _parse_images(d.pop("images", UNSET))

        def _parse_options(data: object) -> ExtractionV1ExtractionPostExtractionRequestExtractionOptions | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                options_extraction_options = ExtractionV1ExtractionPostExtractionRequestExtractionOptions.from_dict(
                    data
                )

                return options_extraction_options
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ExtractionV1ExtractionPostExtractionRequestExtractionOptions | None | Unset, data)

        options = _parse_options(d.pop("options", UNSET))

        def _parse_reference_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reference_date = _parse_reference_date(d.pop("reference_date", UNSET))

        state = d.pop("state", UNSET)

        extraction_v1_extraction_post_extraction_request = cls(
            fields=fields,
            model=model,
            images=images,
            options=options,
            reference_date=reference_date,
            state=state,
        )

        extraction_v1_extraction_post_extraction_request.additional_properties = d
        return extraction_v1_extraction_post_extraction_request

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
