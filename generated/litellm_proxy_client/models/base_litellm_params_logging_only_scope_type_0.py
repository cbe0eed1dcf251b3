from enum import StrEnum


class BaseLitellmParamsLoggingOnlyScopeType0(StrEnum):
    INPUT = "input"
    OUTPUT = "output"

    def __str__(self) -> str:
        return str(self.value)
