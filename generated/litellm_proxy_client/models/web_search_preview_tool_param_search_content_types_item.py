from enum import StrEnum


class WebSearchPreviewToolParamSearchContentTypesItem(StrEnum):
    IMAGE = "image"
    TEXT = "text"

    def __str__(self) -> str:
        return str(self.value)
