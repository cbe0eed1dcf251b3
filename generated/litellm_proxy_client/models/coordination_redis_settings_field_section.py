from enum import StrEnum


class CoordinationRedisSettingsFieldSection(StrEnum):
    CLUSTER = "cluster"
    CONNECTION = "connection"
    SENTINEL = "sentinel"

    def __str__(self) -> str:
        return str(self.value)
