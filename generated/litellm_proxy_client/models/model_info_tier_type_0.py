from enum import StrEnum


class ModelInfoTierType0(StrEnum):
    FREE = "free"
    PAID = "paid"

    def __str__(self) -> str:
        return str(self.value)
