from enum import StrEnum


class SuccessorModelSource(StrEnum):
    DEPLOYMENT_CONFIG = "deployment_config"
    MODEL_COST_MAP = "model_cost_map"

    def __str__(self) -> str:
        return str(self.value)
