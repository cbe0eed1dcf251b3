from enum import StrEnum


class RetrieveFineTuningJobFineTuningJobsFineTuningJobIdGetCustomLlmProviderType0(StrEnum):
    AZURE = "azure"
    OPENAI = "openai"

    def __str__(self) -> str:
        return str(self.value)
