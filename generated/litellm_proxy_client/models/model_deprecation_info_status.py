from enum import StrEnum


class ModelDeprecationInfoStatus(StrEnum):
    DEPRECATED = "deprecated"
    IMMINENT = "imminent"
    UPCOMING = "upcoming"

    def __str__(self) -> str:
        return str(self.value)
