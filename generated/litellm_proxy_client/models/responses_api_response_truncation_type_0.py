from enum import StrEnum


class ResponsesAPIResponseTruncationType0(StrEnum):
    AUTO = "auto"
    DISABLED = "disabled"

    def __str__(self) -> str:
        return str(self.value)
