from enum import StrEnum


class ContentFilterCategoryConfigAction(StrEnum):
    BLOCK = "BLOCK"
    MASK = "MASK"

    def __str__(self) -> str:
        return str(self.value)
