from enum import StrEnum


class LitellmParamsDefaultAction(StrEnum):
    ALLOW = "allow"
    DENY = "deny"

    def __str__(self) -> str:
        return str(self.value)
