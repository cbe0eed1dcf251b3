from enum import StrEnum


class ToolSearchToolExecutionType0(StrEnum):
    CLIENT = "client"
    SERVER = "server"

    def __str__(self) -> str:
        return str(self.value)
