from enum import StrEnum


class ShadowEvalJobResponseStatus(StrEnum):
    COMPLETED = "completed"
    RUNNING = "running"
    STOPPED = "stopped"

    def __str__(self) -> str:
        return str(self.value)
