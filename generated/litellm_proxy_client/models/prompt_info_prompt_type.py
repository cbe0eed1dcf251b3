from enum import StrEnum


class PromptInfoPromptType(StrEnum):
    CONFIG = "config"
    DB = "db"

    def __str__(self) -> str:
        return str(self.value)
