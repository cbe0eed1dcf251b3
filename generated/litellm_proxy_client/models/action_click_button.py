from enum import StrEnum


class ActionClickButton(StrEnum):
    BACK = "back"
    FORWARD = "forward"
    LEFT = "left"
    RIGHT = "right"
    WHEEL = "wheel"

    def __str__(self) -> str:
        return str(self.value)
