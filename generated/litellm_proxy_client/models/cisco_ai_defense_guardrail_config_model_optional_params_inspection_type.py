from enum import StrEnum


class CiscoAIDefenseGuardrailConfigModelOptionalParamsInspectionType(StrEnum):
    CHAT = "chat"
    MCP = "mcp"

    def __str__(self) -> str:
        return str(self.value)
