from enum import StrEnum


class ToolCodeInterpreterAllowedCallersType0Item(StrEnum):
    DIRECT = "direct"
    PROGRAMMATIC = "programmatic"

    def __str__(self) -> str:
        return str(self.value)
