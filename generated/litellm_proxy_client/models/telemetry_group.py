from enum import StrEnum


class TelemetryGroup(StrEnum):
    EVENT_DETAILS = "event_details"
    HEARTBEAT = "heartbeat"
    INSTANCE_CONFIGURATION = "instance_configuration"
    PAGE_NAVIGATION = "page_navigation"
    REQUEST_SUCCESS = "request_success"
    REQUEST_TAXONOMY = "request_taxonomy"
    TOKEN_INFO = "token_info"

    def __str__(self) -> str:
        return str(self.value)
