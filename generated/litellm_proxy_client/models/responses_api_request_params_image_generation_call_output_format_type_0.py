from enum import StrEnum


class ResponsesAPIRequestParamsImageGenerationCallOutputFormatType0(StrEnum):
    GIF = "gif"
    JPEG = "jpeg"
    PNG = "png"
    SVG = "svg"
    WEBP = "webp"

    def __str__(self) -> str:
        return str(self.value)
