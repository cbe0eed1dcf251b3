from enum import StrEnum


class GenericResponseOutputItemPhaseType0(StrEnum):
    COMMENTARY = "commentary"
    FINAL_ANSWER = "final_answer"

    def __str__(self) -> str:
        return str(self.value)
