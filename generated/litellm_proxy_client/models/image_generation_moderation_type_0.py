from enum import StrEnum


class ImageGenerationModerationType0(StrEnum):
    AUTO = "auto"
    LOW = "low"

    def __str__(self) -> str:
        return str(self.value)
