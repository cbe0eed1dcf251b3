from enum import StrEnum


class RequestType(StrEnum):
    ANALYTICAL_REASONING = "analytical_reasoning"
    CODE_GENERATION = "code_generation"
    CODE_UNDERSTANDING = "code_understanding"
    FACTUAL_LOOKUP = "factual_lookup"
    GENERAL = "general"
    TECHNICAL_DESIGN = "technical_design"
    WRITING = "writing"

    def __str__(self) -> str:
        return str(self.value)
