from enum import StrEnum


class WebSearchPreviewToolSearchContentTypesType0Item(StrEnum):
    IMAGE = "image"
    TEXT = "text"

    def __str__(self) -> str:
        return str(self.value)
