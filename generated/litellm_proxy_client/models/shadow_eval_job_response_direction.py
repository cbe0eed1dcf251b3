from enum import StrEnum


class ShadowEvalJobResponseDirection(StrEnum):
    FORWARD = "forward"
    REVERSE = "reverse"

    def __str__(self) -> str:
        return str(self.value)
