from enum import StrEnum


class ListSkillsSkillHubSkillsGetSortBy(StrEnum):
    APPROVED_BY = "approved_by"
    CREATED_AT = "created_at"
    CREATED_BY = "created_by"
    DOWNLOAD_COUNT = "download_count"
    NAME = "name"
    PUBLISHED_BY = "published_by"
    SECURITY_SCAN_PASSED = "security_scan_passed"
    UPDATED_AT = "updated_at"

    def __str__(self) -> str:
        return str(self.value)
