from enum import StrEnum


class RegenerateKeyRequestRpmLimitTypeType0(StrEnum):
    BEST_EFFORT_THROUGHPUT = "best_effort_throughput"
    DYNAMIC = "dynamic"
    GUARANTEED_THROUGHPUT = "guaranteed_throughput"

    def __str__(self) -> str:
        return str(self.value)
