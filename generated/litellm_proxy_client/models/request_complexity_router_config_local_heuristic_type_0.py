from enum import StrEnum


class RequestComplexityRouterConfigLocalHeuristicType0(StrEnum):
    HEURISTIC = "heuristic"
    HEURISTIC_V2 = "heuristic_v2"

    def __str__(self) -> str:
        return str(self.value)
