from enum import StrEnum


class PiiAction(StrEnum):
    BLOCK = "BLOCK"
    MASK = "MASK"

    def __str__(self) -> str:
        return str(self.value)
