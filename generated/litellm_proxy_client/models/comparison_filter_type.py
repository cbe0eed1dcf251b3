from enum import StrEnum


class ComparisonFilterType(StrEnum):
    EQ = "eq"
    GT = "gt"
    GTE = "gte"
    IN = "in"
    LT = "lt"
    LTE = "lte"
    NE = "ne"
    NIN = "nin"

    def __str__(self) -> str:
        return str(self.value)
