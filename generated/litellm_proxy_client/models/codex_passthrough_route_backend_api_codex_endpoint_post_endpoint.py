from enum import StrEnum


class CodexPassthroughRouteBackendApiCodexEndpointPostEndpoint(StrEnum):
    MODELS = "models"
    RESPONSES = "responses"

    def __str__(self) -> str:
        return str(self.value)
