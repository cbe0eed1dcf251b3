from enum import StrEnum


class LitellmParamsMcpBlockBehaviorType0(StrEnum):
    RAISE = "raise"
    TOOL_RESULT = "tool_result"

    def __str__(self) -> str:
        return str(self.value)
