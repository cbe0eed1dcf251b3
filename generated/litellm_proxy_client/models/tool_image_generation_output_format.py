from enum import StrEnum


class ToolImageGenerationOutputFormat(StrEnum):
    GIF = "gif"
    JPEG = "jpeg"
    PNG = "png"
    SVG = "svg"
    WEBP = "webp"

    def __str__(self) -> str:
        return str(self.value)
