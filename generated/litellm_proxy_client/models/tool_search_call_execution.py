from enum import StrEnum


class ToolSearchCallExecution(StrEnum):
    CLIENT = "client"
    SERVER = "server"

    def __str__(self) -> str:
        return str(self.value)
