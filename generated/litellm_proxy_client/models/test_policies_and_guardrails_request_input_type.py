from enum import StrEnum


class TestPoliciesAndGuardrailsRequestInputType(StrEnum):
    REQUEST = "request"
    RESPONSE = "response"

    def __str__(self) -> str:
        return str(self.value)
