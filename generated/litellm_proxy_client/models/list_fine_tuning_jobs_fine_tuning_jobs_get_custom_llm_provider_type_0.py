from enum import StrEnum


class ListFineTuningJobsFineTuningJobsGetCustomLlmProviderType0(StrEnum):
    AZURE = "azure"
    OPENAI = "openai"

    def __str__(self) -> str:
        return str(self.value)
