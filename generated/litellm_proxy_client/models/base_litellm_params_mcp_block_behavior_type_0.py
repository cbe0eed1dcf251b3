from enum import StrEnum


class BaseLitellmParamsMcpBlockBehaviorType0(StrEnum):
    RAISE = "raise"
    TOOL_RESULT = "tool_result"

    def __str__(self) -> str:
        return str(self.value)
