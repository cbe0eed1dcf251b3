from enum import StrEnum


class ClassificationRubric(StrEnum):
    AGENTIC = "agentic"
    BUSINESS = "business"
    CHAT = "chat"
    LEGACY = "legacy"

    def __str__(self) -> str:
        return str(self.value)
