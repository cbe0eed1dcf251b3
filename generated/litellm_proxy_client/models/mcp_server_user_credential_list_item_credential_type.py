from enum import StrEnum


class MCPServerUserCredentialListItemCredentialType(StrEnum):
    BYOK = "byok"
    OAUTH2 = "oauth2"

    def __str__(self) -> str:
        return str(self.value)
