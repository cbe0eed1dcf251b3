from enum import StrEnum


class RequestComplexityRouterConfigClassifierType(StrEnum):
    CAPABILITY = "capability"
    CUSTOM = "custom"
    HEURISTIC = "heuristic"
    HEURISTIC_FIRST = "heuristic_first"
    HEURISTIC_V2 = "heuristic_v2"
    HYBRID = "hybrid"
    LLM = "llm"
    LLM_V2 = "llm_v2"
    OSS_CLASSIFIER = "oss_classifier"

    def __str__(self) -> str:
        return str(self.value)
