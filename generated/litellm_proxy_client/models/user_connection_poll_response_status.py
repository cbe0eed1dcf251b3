from enum import StrEnum


class UserConnectionPollResponseStatus(StrEnum):
    CONNECTED = "connected"
    DENIED = "denied"
    EXPIRED = "expired"
    NO_COPILOT_SEAT = "no_copilot_seat"
    PENDING = "pending"
    SLOW_DOWN = "slow_down"

    def __str__(self) -> str:
        return str(self.value)
