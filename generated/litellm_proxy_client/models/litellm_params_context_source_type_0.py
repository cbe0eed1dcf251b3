from enum import StrEnum


class LitellmParamsContextSourceType0(StrEnum):
    AGENTIC = "AGENTIC"
    ENDPOINT = "ENDPOINT"

    def __str__(self) -> str:
        return str(self.value)
