from enum import StrEnum


class StandardLoggingRoutingDecisionRouterType(StrEnum):
    ADAPTIVE = "adaptive"
    COMPLEXITY = "complexity"
    QUALITY = "quality"
    SEMANTIC = "semantic"
    SWITCHYARD = "switchyard"

    def __str__(self) -> str:
        return str(self.value)
