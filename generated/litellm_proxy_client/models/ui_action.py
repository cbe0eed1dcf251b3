from enum import StrEnum


class UIAction(StrEnum):
    CLICK = "click"
    SUBMIT = "submit"
    VIEW = "view"

    def __str__(self) -> str:
        return str(self.value)
