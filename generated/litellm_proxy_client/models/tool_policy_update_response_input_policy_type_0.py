from enum import StrEnum


class ToolPolicyUpdateResponseInputPolicyType0(StrEnum):
    BLOCKED = "blocked"
    TRUSTED = "trusted"
    UNTRUSTED = "untrusted"

    def __str__(self) -> str:
        return str(self.value)
