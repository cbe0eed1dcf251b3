from enum import StrEnum


class ToolPolicyOverrideRowInputPolicy(StrEnum):
    BLOCKED = "blocked"
    TRUSTED = "trusted"
    UNTRUSTED = "untrusted"

    def __str__(self) -> str:
        return str(self.value)
