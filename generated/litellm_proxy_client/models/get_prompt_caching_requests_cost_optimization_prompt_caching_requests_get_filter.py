from enum import StrEnum


class GetPromptCachingRequestsCostOptimizationPromptCachingRequestsGetFilter(StrEnum):
    ALL = "all"
    HITS = "hits"
    INJECTED = "injected"

    def __str__(self) -> str:
        return str(self.value)
