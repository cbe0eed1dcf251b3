from enum import StrEnum


class ListTeamV2V2TeamListGetSearchTeamIdMatch(StrEnum):
    EXACT = "exact"
    PREFIX = "prefix"

    def __str__(self) -> str:
        return str(self.value)
