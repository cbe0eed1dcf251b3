from enum import StrEnum


class ListShadowEvalJobsAutoRouterShadowEvalGetTargetTypeType0(StrEnum):
    KEY = "key"
    TEAM = "team"
    USER = "user"

    def __str__(self) -> str:
        return str(self.value)
