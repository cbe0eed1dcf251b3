from enum import StrEnum


class LitellmParamsOnViolationType0(StrEnum):
    ALERT = "alert"
    BLOCK = "block"
    END_SESSION = "end_session"
    WARN = "warn"

    def __str__(self) -> str:
        return str(self.value)
