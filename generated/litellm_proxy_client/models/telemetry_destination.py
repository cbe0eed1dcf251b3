from enum import StrEnum


class TelemetryDestination(StrEnum):
    HTTP = "http"
    LOCAL_TABLE = "local_table"

    def __str__(self) -> str:
        return str(self.value)
