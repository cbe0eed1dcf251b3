from enum import StrEnum


class LitellmParamsOnSensitiveDataType0(StrEnum):
    BLOCK = "block"
    ROUTE = "route"

    def __str__(self) -> str:
        return str(self.value)
