from enum import StrEnum


class LitellmParamsOnFlaggedType0(StrEnum):
    BLOCK = "block"
    INJECT_SYSTEM_MESSAGE = "inject_system_message"
    MASK = "mask"
    MONITOR = "monitor"

    def __str__(self) -> str:
        return str(self.value)
