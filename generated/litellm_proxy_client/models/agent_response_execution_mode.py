from enum import StrEnum


class AgentResponseExecutionMode(StrEnum):
    AUTONOMOUS = "autonomous"
    BOTH = "both"
    DELEGATED = "delegated"

    def __str__(self) -> str:
        return str(self.value)
