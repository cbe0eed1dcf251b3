from enum import StrEnum


class McpRequireApprovalType1(StrEnum):
    ALWAYS = "always"
    NEVER = "never"

    def __str__(self) -> str:
        return str(self.value)
