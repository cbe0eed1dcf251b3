from enum import StrEnum


class ContentFilterAction(StrEnum):
    BLOCK = "BLOCK"
    MASK = "MASK"

    def __str__(self) -> str:
        return str(self.value)
