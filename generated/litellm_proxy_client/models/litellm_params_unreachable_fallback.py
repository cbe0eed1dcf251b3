from enum import StrEnum


class LitellmParamsUnreachableFallback(StrEnum):
    FAIL_CLOSED = "fail_closed"
    FAIL_OPEN = "fail_open"

    def __str__(self) -> str:
        return str(self.value)
