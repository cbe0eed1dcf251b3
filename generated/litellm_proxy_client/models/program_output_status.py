from enum import StrEnum


class ProgramOutputStatus(StrEnum):
    COMPLETED = "completed"
    INCOMPLETE = "incomplete"

    def __str__(self) -> str:
        return str(self.value)
