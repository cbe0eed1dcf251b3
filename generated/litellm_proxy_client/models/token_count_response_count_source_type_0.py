from enum import StrEnum


class TokenCountResponseCountSourceType0(StrEnum):
    LOCAL_ESTIMATE = "local_estimate"
    PROVIDER = "provider"
    TOKEN_COUNT_MODEL = "token_count_model"

    def __str__(self) -> str:
        return str(self.value)
