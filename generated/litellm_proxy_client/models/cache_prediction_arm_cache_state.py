from enum import StrEnum


class CachePredictionArmCacheState(StrEnum):
    DISABLED = "disabled"
    PARTIAL = "partial"
    STALE = "stale"
    UNKNOWN = "unknown"
    WARM = "warm"

    def __str__(self) -> str:
        return str(self.value)
