from enum import StrEnum


class ContentFilterPatternPatternType(StrEnum):
    PREBUILT = "prebuilt"
    REGEX = "regex"

    def __str__(self) -> str:
        return str(self.value)
