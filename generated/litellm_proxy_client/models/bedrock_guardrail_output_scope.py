from enum import StrEnum


class BedrockGuardrailOutputScope(StrEnum):
    FULL = "FULL"
    INTERVENTIONS = "INTERVENTIONS"

    def __str__(self) -> str:
        return str(self.value)
