from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.annotation_container_file_citation import AnnotationContainerFileCitation
    from ..models.annotation_file_citation import AnnotationFileCitation
    from ..models.annotation_file_path import AnnotationFilePath
    from ..models.annotation_url_citation import AnnotationURLCitation
    from ..models.logprob import Logprob


T = TypeVar("T", bound="ResponseOutputText")


@_attrs_define
class ResponseOutputText:
    """A text output from the model.

    Attributes:
        annotations (list[AnnotationContainerFileCitation | AnnotationFileCitation | AnnotationFilePath |
            AnnotationURLCitation]):
        text (str):
        type_ (Literal['output_text']):
        logprobs (list[Logprob] | None | Unset):
    """

    annotations: list[
        AnnotationContainerFileCitation | AnnotationFileCitation | AnnotationFilePath | AnnotationURLCitation
    ]
    text: str
    type_: Literal["output_text"]
    logprobs: list[Logprob] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.annotation_container_file_citation import AnnotationContainerFileCitation  # noqa: PLC0415
        from ..models.annotation_file_citation import AnnotationFileCitation  # noqa: PLC0415
        from ..models.annotation_url_citation import AnnotationURLCitation  # noqa: PLC0415

        annotations = []
        for annotations_item_data in self.annotations:
            annotations_item: dict[str, Any]
            if isinstance(annotations_item_data, AnnotationFileCitation):
                annotations_item = annotations_item_data.to_dict()
            elif isinstance(annotations_item_data, AnnotationURLCitation):
                annotations_item = annotations_item_data.to_dict()
            elif isinstance(annotations_item_data, AnnotationContainerFileCitation):
                annotations_item = annotations_item_data.to_dict()
            else:
                annotations_item = annotations_item_data.to_dict()

            annotations.append(annotations_item)

        text = self.text

        type_ = self.type_

        logprobs: list[dict[str, Any]] | None | Unset
        if isinstance(self.logprobs, Unset):
            logprobs = UNSET
        elif isinstance(self.logprobs, list):
            logprobs = []
            for logprobs_type_0_item_data in self.logprobs:
                logprobs_type_0_item = logprobs_type_0_item_data.to_dict()
                logprobs.append(logprobs_type_0_item)

        else:
            logprobs = self.logprobs

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "annotations": annotations,
                "text": text,
                "type": type_,
            }
        )
        if logprobs is not UNSET:
            field_dict["logprobs"] = logprobs

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.annotation_container_file_citation import AnnotationContainerFileCitation  # noqa: PLC0415
        from ..models.annotation_file_citation import AnnotationFileCitation  # noqa: PLC0415
        from ..models.annotation_file_path import AnnotationFilePath  # noqa: PLC0415
        from ..models.annotation_url_citation import AnnotationURLCitation  # noqa: PLC0415
        from ..models.logprob import Logprob  # noqa: PLC0415

        d = dict(src_dict)
        annotations = []
        _annotations = d.pop("annotations")
        for annotations_item_data in _annotations:

            def _parse_annotations_item(
                data: object,
            ) -> AnnotationContainerFileCitation | AnnotationFileCitation | AnnotationFilePath | AnnotationURLCitation:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    annotations_item_type_0 = AnnotationFileCitation.from_dict(data)

                    return annotations_item_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    annotations_item_type_1 = AnnotationURLCitation.from_dict(data)

                    return annotations_item_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    annotations_item_type_2 = AnnotationContainerFileCitation.from_dict(data)

                    return annotations_item_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                annotations_item_type_3 = AnnotationFilePath.from_dict(data)

                return annotations_item_type_3

            annotations_item = _parse_annotations_item(annotations_item_data)

            annotations.append(annotations_item)

        text = d.pop("text")

        type_ = cast(Literal["output_text"], d.pop("type"))
        if type_ != "output_text":
            raise ValueError(f"type must match const 'output_text', got '{type_}'")

        def _parse_logprobs(data: object) -> list[Logprob] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                logprobs_type_0 = []
                _logprobs_type_0 = data
                for logprobs_type_0_item_data in _logprobs_type_0:
                    logprobs_type_0_item = Logprob.from_dict(logprobs_type_0_item_data)

                    logprobs_type_0.append(logprobs_type_0_item)

                return logprobs_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Logprob] | None | Unset, data)

        logprobs = _parse_logprobs(d.pop("logprobs", UNSET))

        response_output_text = cls(
            annotations=annotations,
            text=text,
            type_=type_,
            logprobs=logprobs,
        )

        response_output_text.additional_properties = d
        return response_output_text

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
