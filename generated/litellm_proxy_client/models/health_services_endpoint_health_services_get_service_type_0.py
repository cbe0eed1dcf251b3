from enum import StrEnum


class HealthServicesEndpointHealthServicesGetServiceType0(StrEnum):
    ARIZE = "arize"
    BRAINTRUST = "braintrust"
    DATADOG = "datadog"
    DATADOG_LLM_OBSERVABILITY = "datadog_llm_observability"
    EMAIL = "email"
    GALILEO = "galileo"
    GENERIC_API = "generic_api"
    LANGFUSE = "langfuse"
    LANGFUSE_OTEL = "langfuse_otel"
    MS_TEAMS = "ms_teams"
    NEWRELIC = "newrelic"
    OPENMETER = "openmeter"
    POINTFIVE = "pointfive"
    SIGNOZ = "signoz"
    SLACK = "slack"
    SLACK_BUDGET_ALERTS = "slack_budget_alerts"
    SQS = "sqs"
    WEBHOOK = "webhook"

    def __str__(self) -> str:
        return str(self.value)
