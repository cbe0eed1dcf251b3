from enum import StrEnum


class NewCustomerRequestAllowedModelRegionType0(StrEnum):
    EU = "eu"
    US = "us"

    def __str__(self) -> str:
        return str(self.value)
