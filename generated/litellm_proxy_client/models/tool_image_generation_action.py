from enum import StrEnum


class ToolImageGenerationAction(StrEnum):
    AUTO = "auto"
    EDIT = "edit"
    GENERATE = "generate"

    def __str__(self) -> str:
        return str(self.value)
