from enum import StrEnum


class CiscoAIDefenseGuardrailConfigModelOptionalParamsFallbackOnErrorType0(StrEnum):
    ALLOW = "allow"
    BLOCK = "block"

    def __str__(self) -> str:
        return str(self.value)
