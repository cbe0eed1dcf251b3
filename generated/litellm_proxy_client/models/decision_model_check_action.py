from enum import StrEnum


class DecisionModelCheckAction(StrEnum):
    BLOCK = "block"
    LOG = "log"

    def __str__(self) -> str:
        return str(self.value)
