from enum import StrEnum


class ToolImageGenerationSizeType1(StrEnum):
    AUTO = "auto"
    VALUE_0 = "1024x1024"
    VALUE_1 = "1024x1536"
    VALUE_2 = "1536x1024"

    def __str__(self) -> str:
        return str(self.value)
