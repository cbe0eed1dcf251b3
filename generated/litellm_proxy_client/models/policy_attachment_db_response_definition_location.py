from enum import StrEnum


class PolicyAttachmentDBResponseDefinitionLocation(StrEnum):
    CONFIG = "config"
    DB = "db"

    def __str__(self) -> str:
        return str(self.value)
