from enum import StrEnum


class CoordinationRedisSettingsResponseSourceType0(StrEnum):
    CACHE_BACKEND = "cache_backend"
    COORDINATION_REDIS = "coordination_redis"
    ENVIRONMENT = "environment"

    def __str__(self) -> str:
        return str(self.value)
