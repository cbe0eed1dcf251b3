from enum import StrEnum


class ResponseCodeInterpreterToolCallParamStatus(StrEnum):
    COMPLETED = "completed"
    FAILED = "failed"
    INCOMPLETE = "incomplete"
    INTERPRETING = "interpreting"
    IN_PROGRESS = "in_progress"

    def __str__(self) -> str:
        return str(self.value)
