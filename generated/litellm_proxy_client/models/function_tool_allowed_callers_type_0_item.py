from enum import StrEnum


class FunctionToolAllowedCallersType0Item(StrEnum):
    DIRECT = "direct"
    PROGRAMMATIC = "programmatic"

    def __str__(self) -> str:
        return str(self.value)
