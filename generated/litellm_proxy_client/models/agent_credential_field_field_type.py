from enum import StrEnum


class AgentCredentialFieldFieldType(StrEnum):
    PASSWORD = "password"
    SELECT = "select"
    TEXT = "text"
    TEXTAREA = "textarea"
    UPLOAD = "upload"

    def __str__(self) -> str:
        return str(self.value)
