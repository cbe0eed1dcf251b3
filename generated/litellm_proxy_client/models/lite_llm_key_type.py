from enum import StrEnum


class LiteLLMKeyType(StrEnum):
    DEFAULT = "default"
    LLM_API = "llm_api"
    MANAGEMENT = "management"
    READ_ONLY = "read_only"

    def __str__(self) -> str:
        return str(self.value)
