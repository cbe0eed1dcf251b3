from enum import StrEnum


class SkillHubVersionContentKind(StrEnum):
    SOURCE_REFERENCE = "source_reference"
    STORED_ARCHIVE = "stored_archive"

    def __str__(self) -> str:
        return str(self.value)
