from enum import StrEnum


class NewMCPServerRequestTransport(StrEnum):
    HTTP = "http"
    SSE = "sse"
    STDIO = "stdio"

    def __str__(self) -> str:
        return str(self.value)
