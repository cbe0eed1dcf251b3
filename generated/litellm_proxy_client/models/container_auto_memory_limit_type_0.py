from enum import StrEnum


class ContainerAutoMemoryLimitType0(StrEnum):
    VALUE_0 = "1g"
    VALUE_1 = "4g"
    VALUE_2 = "16g"
    VALUE_3 = "64g"

    def __str__(self) -> str:
        return str(self.value)
