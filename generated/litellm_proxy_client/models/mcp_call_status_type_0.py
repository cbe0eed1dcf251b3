from enum import StrEnum


class McpCallStatusType0(StrEnum):
    CALLING = "calling"
    COMPLETED = "completed"
    FAILED = "failed"
    INCOMPLETE = "incomplete"
    IN_PROGRESS = "in_progress"

    def __str__(self) -> str:
        return str(self.value)
