from enum import StrEnum


class ToolImageGenerationModeration(StrEnum):
    AUTO = "auto"
    LOW = "low"

    def __str__(self) -> str:
        return str(self.value)
