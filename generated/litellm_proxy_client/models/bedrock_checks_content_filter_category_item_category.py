from enum import StrEnum


class BedrockChecksContentFilterCategoryItemCategory(StrEnum):
    HATE = "HATE"
    INSULTS = "INSULTS"
    MISCONDUCT = "MISCONDUCT"
    SEXUAL = "SEXUAL"
    VIOLENCE = "VIOLENCE"

    def __str__(self) -> str:
        return str(self.value)
