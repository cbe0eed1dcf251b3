from enum import StrEnum


class TraceQueryTableName(StrEnum):
    AGENT_TRACES_BY_KEY = "agent_traces_by_key"
    OTEL_TRACES = "otel_traces"
    SPEND_LOGS = "spend_logs"

    def __str__(self) -> str:
        return str(self.value)
