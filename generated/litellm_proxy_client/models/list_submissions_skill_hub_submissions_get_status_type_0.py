from enum import StrEnum


class ListSubmissionsSkillHubSubmissionsGetStatusType0(StrEnum):
    APPROVED = "approved"
    PENDING_REVIEW = "pending_review"
    REJECTED = "rejected"

    def __str__(self) -> str:
        return str(self.value)
