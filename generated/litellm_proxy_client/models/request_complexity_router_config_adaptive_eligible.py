from enum import StrEnum


class RequestComplexityRouterConfigAdaptiveEligible(StrEnum):
    ALL = "all"
    CLASSIFIED_TIER = "classified_tier"

    def __str__(self) -> str:
        return str(self.value)
