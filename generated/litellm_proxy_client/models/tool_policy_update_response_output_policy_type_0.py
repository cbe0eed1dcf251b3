from enum import StrEnum


class ToolPolicyUpdateResponseOutputPolicyType0(StrEnum):
    TRUSTED = "trusted"
    UNTRUSTED = "untrusted"

    def __str__(self) -> str:
        return str(self.value)
