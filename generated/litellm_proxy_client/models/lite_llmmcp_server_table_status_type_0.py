from enum import StrEnum


class LiteLLMMCPServerTableStatusType0(StrEnum):
    HEALTHY = "healthy"
    REACHABLE = "reachable"
    UNHEALTHY = "unhealthy"
    UNKNOWN = "unknown"

    def __str__(self) -> str:
        return str(self.value)
