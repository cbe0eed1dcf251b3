from enum import StrEnum


class RankingOptionsRankerType0(StrEnum):
    AUTO = "auto"
    DEFAULT_2024_11_15 = "default-2024-11-15"

    def __str__(self) -> str:
        return str(self.value)
