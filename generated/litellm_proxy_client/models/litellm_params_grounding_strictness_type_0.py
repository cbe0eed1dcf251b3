from enum import StrEnum


class LitellmParamsGroundingStrictnessType0(StrEnum):
    BALANCED = "BALANCED"
    STRICT = "STRICT"

    def __str__(self) -> str:
        return str(self.value)
