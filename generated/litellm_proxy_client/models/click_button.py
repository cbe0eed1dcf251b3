from enum import StrEnum


class ClickButton(StrEnum):
    BACK = "back"
    FORWARD = "forward"
    LEFT = "left"
    RIGHT = "right"
    WHEEL = "wheel"

    def __str__(self) -> str:
        return str(self.value)
