from enum import StrEnum


class FunctionShellToolParamAllowedCallersType0Item(StrEnum):
    DIRECT = "direct"
    PROGRAMMATIC = "programmatic"

    def __str__(self) -> str:
        return str(self.value)
