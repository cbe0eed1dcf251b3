from enum import StrEnum


class BaseLitellmParamsStreamScopeType1AdditionalProperty(StrEnum):
    BOTH = "both"
    NON_STREAMING = "non_streaming"
    STREAMING = "streaming"

    def __str__(self) -> str:
        return str(self.value)
