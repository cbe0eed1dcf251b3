from enum import StrEnum


class GrammarSyntax(StrEnum):
    LARK = "lark"
    REGEX = "regex"

    def __str__(self) -> str:
        return str(self.value)
