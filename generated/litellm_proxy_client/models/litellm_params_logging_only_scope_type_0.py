from enum import StrEnum


class LitellmParamsLoggingOnlyScopeType0(StrEnum):
    INPUT = "input"
    OUTPUT = "output"

    def __str__(self) -> str:
        return str(self.value)
