from enum import StrEnum


class AdditionalToolsRole(StrEnum):
    ASSISTANT = "assistant"
    CRITIC = "critic"
    DEVELOPER = "developer"
    DISCRIMINATOR = "discriminator"
    SYSTEM = "system"
    TOOL = "tool"
    UNKNOWN = "unknown"
    USER = "user"

    def __str__(self) -> str:
        return str(self.value)
