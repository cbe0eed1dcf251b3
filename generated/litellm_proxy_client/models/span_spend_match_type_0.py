from enum import StrEnum


class SpanSpendMatchType0(StrEnum):
    AMBIGUOUS = "ambiguous"
    INCOMPLETE_EVIDENCE = "incomplete_evidence"
    MATCHED = "matched"
    NO_CALL_ID = "no_call_id"
    NO_SPEND_LOG = "no_spend_log"

    def __str__(self) -> str:
        return str(self.value)
