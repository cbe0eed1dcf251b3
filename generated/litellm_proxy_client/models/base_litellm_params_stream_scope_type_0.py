from enum import StrEnum


class BaseLitellmParamsStreamScopeType0(StrEnum):
    BOTH = "both"
    NON_STREAMING = "non_streaming"
    STREAMING = "streaming"

    def __str__(self) -> str:
        return str(self.value)
