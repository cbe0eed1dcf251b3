from enum import StrEnum


class ListToolsV1ToolListGetInputPolicyType0(StrEnum):
    BLOCKED = "blocked"
    TRUSTED = "trusted"
    UNTRUSTED = "untrusted"

    def __str__(self) -> str:
        return str(self.value)
