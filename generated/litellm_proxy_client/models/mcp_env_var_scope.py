from enum import StrEnum


class MCPEnvVarScope(StrEnum):
    GLOBAL = "global"
    USER = "user"

    def __str__(self) -> str:
        return str(self.value)
