from enum import StrEnum


class ApplyPatchToolParamAllowedCallersType0Item(StrEnum):
    DIRECT = "direct"
    PROGRAMMATIC = "programmatic"

    def __str__(self) -> str:
        return str(self.value)
