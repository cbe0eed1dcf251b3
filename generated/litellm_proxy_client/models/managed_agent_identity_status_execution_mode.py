from enum import StrEnum


class ManagedAgentIdentityStatusExecutionMode(StrEnum):
    AUTONOMOUS = "autonomous"
    BOTH = "both"
    DELEGATED = "delegated"

    def __str__(self) -> str:
        return str(self.value)
