from enum import StrEnum


class RunSourceType(StrEnum):
    CUSTOM = "custom"
    DISCORD = "discord"
    GITHUB = "github"
    JIRA = "jira"
    LINEAR = "linear"
    SLACK = "slack"
    TEAMS = "teams"

    def __str__(self) -> str:
        return str(self.value)
