from enum import StrEnum


class ResponsesAPIRequestParamsImageGenerationCallBackgroundType0(StrEnum):
    AUTO = "auto"
    OPAQUE = "opaque"
    TRANSPARENT = "transparent"

    def __str__(self) -> str:
        return str(self.value)
