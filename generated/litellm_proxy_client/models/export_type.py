from enum import StrEnum


class ExportType(StrEnum):
    DAILY = "daily"
    DAILY_WITH_KEYS = "daily_with_keys"
    DAILY_WITH_MODELS = "daily_with_models"
    DAILY_WITH_USERS = "daily_with_users"

    def __str__(self) -> str:
        return str(self.value)
