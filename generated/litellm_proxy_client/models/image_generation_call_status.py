from enum import StrEnum


class ImageGenerationCallStatus(StrEnum):
    COMPLETED = "completed"
    FAILED = "failed"
    GENERATING = "generating"
    IN_PROGRESS = "in_progress"

    def __str__(self) -> str:
        return str(self.value)
