from enum import StrEnum


class LitellmParamsAction(StrEnum):
    BLOCK = "block"
    MASK = "mask"

    def __str__(self) -> str:
        return str(self.value)
