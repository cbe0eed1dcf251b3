from enum import StrEnum


class RouterSettingsResponseSourceAdditionalProperty(StrEnum):
    CONFIG = "config"
    DB = "db"
    DEFAULT = "default"
    ENV = "env"
    UNSET = "unset"

    def __str__(self) -> str:
        return str(self.value)
