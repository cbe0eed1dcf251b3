from enum import StrEnum


class ResponsesAPIRequestParamsImageGenerationCallActionType0(StrEnum):
    AUTO = "auto"
    EDIT = "edit"
    GENERATE = "generate"

    def __str__(self) -> str:
        return str(self.value)
