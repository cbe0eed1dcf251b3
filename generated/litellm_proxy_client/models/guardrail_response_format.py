from enum import StrEnum


class GuardrailResponseFormat(StrEnum):
    NATIVE = "native"
    STANDARD = "standard"

    def __str__(self) -> str:
        return str(self.value)
