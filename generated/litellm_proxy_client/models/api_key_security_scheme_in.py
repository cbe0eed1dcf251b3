from enum import StrEnum


class APIKeySecuritySchemeIn(StrEnum):
    COOKIE = "cookie"
    HEADER = "header"
    QUERY = "query"

    def __str__(self) -> str:
        return str(self.value)
