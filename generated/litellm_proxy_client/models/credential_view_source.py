from enum import StrEnum


class CredentialViewSource(StrEnum):
    CONFIG = "config"
    DB = "db"

    def __str__(self) -> str:
        return str(self.value)
