from enum import StrEnum


class PolicyDBResponseDefinitionLocation(StrEnum):
    CONFIG = "config"
    DB = "db"

    def __str__(self) -> str:
        return str(self.value)
