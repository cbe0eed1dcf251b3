from enum import StrEnum


class DiscoveryMode(StrEnum):
    LANGGRAPH_PLATFORM = "langgraph_platform"
    WELL_KNOWN_FALLBACK = "well_known_fallback"

    def __str__(self) -> str:
        return str(self.value)
