from enum import StrEnum


class NewTeamRequestTpmLimitTypeType0(StrEnum):
    BEST_EFFORT_THROUGHPUT = "best_effort_throughput"
    GUARANTEED_THROUGHPUT = "guaranteed_throughput"

    def __str__(self) -> str:
        return str(self.value)
