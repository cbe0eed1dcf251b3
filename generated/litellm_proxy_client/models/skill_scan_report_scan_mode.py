from enum import StrEnum


class SkillScanReportScanMode(StrEnum):
    STATICLLM = "static+llm"
    STATIC_ONLY = "static-only"

    def __str__(self) -> str:
        return str(self.value)
