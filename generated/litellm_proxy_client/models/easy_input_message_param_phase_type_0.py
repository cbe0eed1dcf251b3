from enum import StrEnum


class EasyInputMessageParamPhaseType0(StrEnum):
    COMMENTARY = "commentary"
    FINAL_ANSWER = "final_answer"

    def __str__(self) -> str:
        return str(self.value)
