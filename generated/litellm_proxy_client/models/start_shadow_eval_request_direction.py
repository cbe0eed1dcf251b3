from enum import StrEnum


class StartShadowEvalRequestDirection(StrEnum):
    FORWARD = "forward"
    REVERSE = "reverse"

    def __str__(self) -> str:
        return str(self.value)
