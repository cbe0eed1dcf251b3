from enum import StrEnum


class GetModelInsightTasksModelInsightsTasksGetMetric(StrEnum):
    REQUESTS = "requests"
    SPEND = "spend"
    TOKENS = "tokens"

    def __str__(self) -> str:
        return str(self.value)
