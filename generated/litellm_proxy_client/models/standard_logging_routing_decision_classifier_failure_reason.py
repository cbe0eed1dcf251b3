from enum import StrEnum


class StandardLoggingRoutingDecisionClassifierFailureReason(StrEnum):
    CIRCUIT_OPEN = "circuit_open"
    CLASSIFIER_ERROR = "classifier_error"
    DECLINED = "declined"
    INVALID_RESPONSE = "invalid_response"
    NOT_CONFIGURED = "not_configured"
    TIMEOUT = "timeout"
    UNSUPPORTED_INPUT = "unsupported_input"

    def __str__(self) -> str:
        return str(self.value)
