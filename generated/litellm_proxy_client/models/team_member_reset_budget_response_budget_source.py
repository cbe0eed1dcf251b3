from enum import StrEnum


class TeamMemberResetBudgetResponseBudgetSource(StrEnum):
    CUSTOM = "custom"
    NONE = "none"
    TEAM_DEFAULT = "team_default"

    def __str__(self) -> str:
        return str(self.value)
