from enum import StrEnum


class ImageGenerationActionType0(StrEnum):
    AUTO = "auto"
    EDIT = "edit"
    GENERATE = "generate"

    def __str__(self) -> str:
        return str(self.value)
