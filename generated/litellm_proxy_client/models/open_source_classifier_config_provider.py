from enum import StrEnum


class OpenSourceClassifierConfigProvider(StrEnum):
    BESPOKE = "bespoke"
    DATABRICKS = "databricks"
    JEV = "jev"
    LAYA = "laya"

    def __str__(self) -> str:
        return str(self.value)
