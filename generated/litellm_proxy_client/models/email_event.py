from enum import StrEnum


class EmailEvent(StrEnum):
    MAX_BUDGET_ALERT = "Max Budget Alert"
    MODEL_DEPRECATIONS = "Model Deprecations"
    NEW_USER_INVITATION = "New User Invitation"
    SOFT_BUDGET_CROSSED = "Soft Budget Crossed"
    VIRTUAL_KEY_CREATED = "Virtual Key Created"
    VIRTUAL_KEY_ROTATED = "Virtual Key Rotated"

    def __str__(self) -> str:
        return str(self.value)
