from enum import StrEnum


class ImageGenerationCallErrorModerationDetailsModerationStage(StrEnum):
    INPUT = "input"
    OUTPUT = "output"
    UNKNOWN = "unknown"

    def __str__(self) -> str:
        return str(self.value)
