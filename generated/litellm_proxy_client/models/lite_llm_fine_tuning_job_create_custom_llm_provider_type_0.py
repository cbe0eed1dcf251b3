from enum import StrEnum


class LiteLLMFineTuningJobCreateCustomLlmProviderType0(StrEnum):
    AZURE = "azure"
    OPENAI = "openai"
    VERTEX_AI = "vertex_ai"

    def __str__(self) -> str:
        return str(self.value)
