from enum import StrEnum


class TeamMemberBudgetUpdateResultMaxBudgetSourceType0(StrEnum):
    MEMBER = "member"
    TEAM_DEFAULT = "team_default"

    def __str__(self) -> str:
        return str(self.value)
