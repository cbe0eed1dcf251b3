from enum import StrEnum


class LitellmParamsOnDisallowedAction(StrEnum):
    BLOCK = "block"
    REWRITE = "rewrite"

    def __str__(self) -> str:
        return str(self.value)
