from enum import StrEnum


class BedrockChecksPromptAttackCategoryItemCategory(StrEnum):
    JAILBREAK = "JAILBREAK"
    PROMPT_INJECTION = "PROMPT_INJECTION"
    PROMPT_LEAKAGE = "PROMPT_LEAKAGE"

    def __str__(self) -> str:
        return str(self.value)
