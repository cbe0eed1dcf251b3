from enum import StrEnum


class CustomDimensionScoringMode(StrEnum):
    BINARY = "binary"
    MATCH_COUNT = "match_count"

    def __str__(self) -> str:
        return str(self.value)
