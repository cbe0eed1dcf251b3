from enum import StrEnum


class ComplexityTier(StrEnum):
    COMPLEX = "COMPLEX"
    MEDIUM = "MEDIUM"
    NON_REASONING = "NON_REASONING"
    REASONING = "REASONING"
    SIMPLE = "SIMPLE"

    def __str__(self) -> str:
        return str(self.value)
