from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.systemone_systemone_post_decisions_request_assets_type_0 import (
        SystemoneSystemonePostDecisionsRequestAssetsType0,
    )
    from ..models.systemone_systemone_post_decisions_request_decisions_base_64_audio import (
        SystemoneSystemonePostDecisionsRequestDecisionsBase64Audio,
    )
    from ..models.systemone_systemone_post_decisions_request_decisions_base_64_image import (
        SystemoneSystemonePostDecisionsRequestDecisionsBase64Image,
    )
    from ..models.systemone_systemone_post_decisions_request_decisions_base_64_video import (
        SystemoneSystemonePostDecisionsRequestDecisionsBase64Video,
    )
    from ..models.systemone_systemone_post_decisions_request_questions import (
        SystemoneSystemonePostDecisionsRequestQuestions,
    )
    from ..models.systemone_systemone_post_decisions_request_state_type_1 import (
        SystemoneSystemonePostDecisionsRequestStateType1,
    )


T = TypeVar("T", bound="SystemoneSystemonePostDecisionsRequest")


@_attrs_define
class SystemoneSystemonePostDecisionsRequest:
    """
    Attributes:
        model (str): A decision model from the proxy model_list
        questions (SystemoneSystemonePostDecisionsRequestQuestions): Named noul, choice and score questions. Each key
            becomes a key in the answers
        state (list[Any] | str | SystemoneSystemonePostDecisionsRequestStateType1): The thing being judged, such as a
            support ticket, a document or a chat transcript
        assets (None | SystemoneSystemonePostDecisionsRequestAssetsType0 | Unset): TypeSafe only. Images keyed by a
            reference string. Write the reference in state, instructions or criteria where the image belongs
        audio (list[str | SystemoneSystemonePostDecisionsRequestDecisionsBase64Audio] | Unset): Clef-omni only. Up to 4
            embedded audio clips, each a base64 data URL or {content_type, base64}
        images (list[str | SystemoneSystemonePostDecisionsRequestDecisionsBase64Image] | None | Unset): Images as data
            URLs or content_type plus base64, for providers that look at images
        videos (list[str | SystemoneSystemonePostDecisionsRequestDecisionsBase64Video] | Unset): Clef-omni only. Up to 2
            embedded videos, each a base64 data URL or {content_type, base64}
    """

    model: str
    questions: SystemoneSystemonePostDecisionsRequestQuestions
    state: list[Any] | str | SystemoneSystemonePostDecisionsRequestStateType1
    assets: None | SystemoneSystemonePostDecisionsRequestAssetsType0 | Unset = UNSET
    audio: list[str | SystemoneSystemonePostDecisionsRequestDecisionsBase64Audio] | Unset = UNSET
    images: list[str | SystemoneSystemonePostDecisionsRequestDecisionsBase64Image] | None | Unset = UNSET
    videos: list[str | SystemoneSystemonePostDecisionsRequestDecisionsBase64Video] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.systemone_systemone_post_decisions_request_assets_type_0 import (
            SystemoneSystemonePostDecisionsRequestAssetsType0,  # noqa: PLC0415
        )
        from ..models.systemone_systemone_post_decisions_request_decisions_base_64_audio import (
            SystemoneSystemonePostDecisionsRequestDecisionsBase64Audio,  # noqa: PLC0415
        )
        from ..models.systemone_systemone_post_decisions_request_decisions_base_64_image import (
            SystemoneSystemonePostDecisionsRequestDecisionsBase64Image,  # noqa: PLC0415
        )
        from ..models.systemone_systemone_post_decisions_request_decisions_base_64_video import (
            SystemoneSystemonePostDecisionsRequestDecisionsBase64Video,  # noqa: PLC0415
        )
        from ..models.systemone_systemone_post_decisions_request_state_type_1 import (
            SystemoneSystemonePostDecisionsRequestStateType1,  # noqa: PLC0415
        )

        model = self.model

        questions = self.questions.to_dict()

        state: dict[str, Any] | list[Any] | str
        if isinstance(self.state, SystemoneSystemonePostDecisionsRequestStateType1):
            state = self.state.to_dict()
        elif isinstance(self.state, list):
            state = self.state

        else:
            state = self.state

        assets: dict[str, Any] | None | Unset
        if isinstance(self.assets, Unset):
            assets = UNSET
        elif isinstance(self.assets, SystemoneSystemonePostDecisionsRequestAssetsType0):
            assets = self.assets.to_dict()
        else:
            assets = self.assets

        audio: list[dict[str, Any] | str] | Unset = UNSET
        if not isinstance(self.audio, Unset):
            audio = []
            for audio_item_data in self.audio:
                audio_item: dict[str, Any] | str
                if isinstance(audio_item_data, SystemoneSystemonePostDecisionsRequestDecisionsBase64Audio):
                    audio_item = audio_item_data.to_dict()
                else:
                    audio_item = audio_item_data
                audio.append(audio_item)

        images: list[dict[str, Any] | str] | None | Unset
        if isinstance(self.images, Unset):
            images = UNSET
        elif isinstance(self.images, list):
            images = []
            for images_type_0_item_data in self.images:
                images_type_0_item: dict[str, Any] | str
                if isinstance(images_type_0_item_data, SystemoneSystemonePostDecisionsRequestDecisionsBase64Image):
                    images_type_0_item = images_type_0_item_data.to_dict()
                else:
                    images_type_0_item = images_type_0_item_data
                images.append(images_type_0_item)

        else:
            images = self.images

        videos: list[dict[str, Any] | str] | Unset = UNSET
        if not isinstance(self.videos, Unset):
            videos = []
            for videos_item_data in self.videos:
                videos_item: dict[str, Any] | str
                if isinstance(videos_item_data, SystemoneSystemonePostDecisionsRequestDecisionsBase64Video):
                    videos_item = videos_item_data.to_dict()
                else:
                    videos_item = videos_item_data
                videos.append(videos_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "model": model,
                "questions": questions,
                "state": state,
            }
        )
        if assets is not UNSET:
            field_dict["assets"] = assets
        if audio is not UNSET:
            field_dict["audio"] = audio
        if images is not UNSET:
            field_dict["images"] = images
        if videos is not UNSET:
            field_dict["videos"] = videos

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.systemone_systemone_post_decisions_request_assets_type_0 import (
            SystemoneSystemonePostDecisionsRequestAssetsType0,  # noqa: PLC0415
        )
        from ..models.systemone_systemone_post_decisions_request_decisions_base_64_audio import (
            SystemoneSystemonePostDecisionsRequestDecisionsBase64Audio,  # noqa: PLC0415
        )
        from ..models.systemone_systemone_post_decisions_request_decisions_base_64_image import (
            SystemoneSystemonePostDecisionsRequestDecisionsBase64Image,  # noqa: PLC0415
        )
        from ..models.systemone_systemone_post_decisions_request_decisions_base_64_video import (
            SystemoneSystemonePostDecisionsRequestDecisionsBase64Video,  # noqa: PLC0415
        )
        from ..models.systemone_systemone_post_decisions_request_questions import (
            SystemoneSystemonePostDecisionsRequestQuestions,  # noqa: PLC0415
        )
        from ..models.systemone_systemone_post_decisions_request_state_type_1 import (
            SystemoneSystemonePostDecisionsRequestStateType1,  # noqa: PLC0415
        )

        d = dict(src_dict)
        model = d.pop("model")

        questions = SystemoneSystemonePostDecisionsRequestQuestions.from_dict(d.pop("questions"))

        def _parse_state(data: object) -> list[Any] | str | SystemoneSystemonePostDecisionsRequestStateType1:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                state_type_1 = SystemoneSystemonePostDecisionsRequestStateType1.from_dict(data)

                return state_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, list):
                    raise TypeError()
                state_type_2 = cast(list[Any], data)

                return state_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Any] | str | SystemoneSystemonePostDecisionsRequestStateType1, data)

        state = _parse_state(d.pop("state"))

        def _parse_assets(data: object) -> None | SystemoneSystemonePostDecisionsRequestAssetsType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                assets_type_0 = SystemoneSystemonePostDecisionsRequestAssetsType0.from_dict(data)

                return assets_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SystemoneSystemonePostDecisionsRequestAssetsType0 | Unset, data)

        assets = _parse_assets(d.pop("assets", UNSET))

        _audio = d.pop("audio", UNSET)
        audio: list[str | SystemoneSystemonePostDecisionsRequestDecisionsBase64Audio] | Unset = UNSET
        if _audio is not UNSET:
            audio = []
            for audio_item_data in _audio:

                def _parse_audio_item(data: object) -> str | SystemoneSystemonePostDecisionsRequestDecisionsBase64Audio:
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        audio_item_decisions_base_64_audio = (
                            SystemoneSystemonePostDecisionsRequestDecisionsBase64Audio.from_dict(data)
                        )

                        return audio_item_decisions_base_64_audio
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    return cast(str | SystemoneSystemonePostDecisionsRequestDecisionsBase64Audio, data)

                audio_item = _parse_audio_item(audio_item_data)

                audio.append(audio_item)

        def _parse_images(
            data: object,
        ) -> list[str | SystemoneSystemonePostDecisionsRequestDecisionsBase64Image] | None | Unset:
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
                    ) -> str | SystemoneSystemonePostDecisionsRequestDecisionsBase64Image:
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            images_type_0_item_decisions_base_64_image = (
                                SystemoneSystemonePostDecisionsRequestDecisionsBase64Image.from_dict(data)
                            )

                            return images_type_0_item_decisions_base_64_image
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        return cast(str | SystemoneSystemonePostDecisionsRequestDecisionsBase64Image, data)

                    images_type_0_item = _parse_images_type_0_item(images_type_0_item_data)

                    images_type_0.append(images_type_0_item)

                return images_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str | SystemoneSystemonePostDecisionsRequestDecisionsBase64Image] | None | Unset, data)

        images = _parse_images(d.pop("images", UNSET))

        _videos = d.pop("videos", UNSET)
        videos: list[str | SystemoneSystemonePostDecisionsRequestDecisionsBase64Video] | Unset = UNSET
        if _videos is not UNSET:
            videos = []
            for videos_item_data in _videos:

                def _parse_videos_item(
                    data: object,
                ) -> str | SystemoneSystemonePostDecisionsRequestDecisionsBase64Video:
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        videos_item_decisions_base_64_video = (
                            SystemoneSystemonePostDecisionsRequestDecisionsBase64Video.from_dict(data)
                        )

                        return videos_item_decisions_base_64_video
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    return cast(str | SystemoneSystemonePostDecisionsRequestDecisionsBase64Video, data)

                videos_item = _parse_videos_item(videos_item_data)

                videos.append(videos_item)

        systemone_systemone_post_decisions_request = cls(
            model=model,
            questions=questions,
            state=state,
            assets=assets,
            audio=audio,
            images=images,
            videos=videos,
        )

        systemone_systemone_post_decisions_request.additional_properties = d
        return systemone_systemone_post_decisions_request

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
