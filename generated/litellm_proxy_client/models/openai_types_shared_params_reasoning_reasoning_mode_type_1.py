from enum import StrEnum


class OpenaiTypesSharedParamsReasoningReasoningModeType1(StrEnum):
    PRO = "pro"
    STANDARD = "standard"

    def __str__(self) -> str:
        return str(self.value)
