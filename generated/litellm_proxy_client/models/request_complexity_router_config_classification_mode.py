from enum import StrEnum


class RequestComplexityRouterConfigClassificationMode(StrEnum):
    EVERY_REQUEST = "every_request"
    USER_TURN = "user_turn"

    def __str__(self) -> str:
        return str(self.value)
