from enum import StrEnum


class ToolMcpRequireApprovalType1(StrEnum):
    ALWAYS = "always"
    NEVER = "never"

    def __str__(self) -> str:
        return str(self.value)
