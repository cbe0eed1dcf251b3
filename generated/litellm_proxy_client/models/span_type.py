from enum import StrEnum


class SpanType(StrEnum):
    AGENT = "agent"
    CHAIN = "chain"
    DECISION = "decision"
    EMBEDDING = "embedding"
    EVALUATOR = "evaluator"
    FRAMEWORK = "framework"
    GUARDRAIL = "guardrail"
    LLM = "llm"
    PROMPT = "prompt"
    RERANKER = "reranker"
    RETRIEVER = "retriever"
    TOOL = "tool"

    def __str__(self) -> str:
        return str(self.value)
