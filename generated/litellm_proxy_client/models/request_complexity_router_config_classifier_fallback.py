from enum import StrEnum


class RequestComplexityRouterConfigClassifierFallback(StrEnum):
    DEFAULT_MODEL = "default_model"
    HEURISTIC = "heuristic"

    def __str__(self) -> str:
        return str(self.value)
