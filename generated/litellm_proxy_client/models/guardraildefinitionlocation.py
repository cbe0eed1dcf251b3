from enum import StrEnum


class GUARDRAILDEFINITIONLOCATION(StrEnum):
    CONFIG = "config"
    DB = "db"

    def __str__(self) -> str:
        return str(self.value)
