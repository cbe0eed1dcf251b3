from enum import StrEnum


class IncompleteDetailsReasonType0(StrEnum):
    CONTENT_FILTER = "content_filter"
    MAX_MESSAGES = "max_messages"
    MAX_OUTPUT_TOKENS = "max_output_tokens"
    STEERED = "steered"

    def __str__(self) -> str:
        return str(self.value)
