from enum import StrEnum


class UISettingsResponseSourceAdditionalProperty(StrEnum):
    CONFIG = "config"
    DB = "db"
    DEFAULT = "default"
    ENV = "env"
    UNSET = "unset"

    def __str__(self) -> str:
        return str(self.value)
