from enum import StrEnum


class ToolPolicyUpdateRequestInputPolicyType0(StrEnum):
    BLOCKED = "blocked"
    TRUSTED = "trusted"
    UNTRUSTED = "untrusted"

    def __str__(self) -> str:
        return str(self.value)
