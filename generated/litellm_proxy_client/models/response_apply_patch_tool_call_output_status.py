from enum import StrEnum


class ResponseApplyPatchToolCallOutputStatus(StrEnum):
    COMPLETED = "completed"
    FAILED = "failed"

    def __str__(self) -> str:
        return str(self.value)
