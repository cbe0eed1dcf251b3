from enum import StrEnum


class AllowedVectorStoreIndexItemIndexPermissionsItem(StrEnum):
    READ = "read"
    WRITE = "write"

    def __str__(self) -> str:
        return str(self.value)
