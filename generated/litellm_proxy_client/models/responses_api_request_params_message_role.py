from enum import StrEnum


class ResponsesAPIRequestParamsMessageRole(StrEnum):
    DEVELOPER = "developer"
    SYSTEM = "system"
    USER = "user"

    def __str__(self) -> str:
        return str(self.value)
