from enum import StrEnum


class LitellmParamsPresidioFilterScopeType0(StrEnum):
    BOTH = "both"
    INPUT = "input"
    OUTPUT = "output"

    def __str__(self) -> str:
        return str(self.value)
