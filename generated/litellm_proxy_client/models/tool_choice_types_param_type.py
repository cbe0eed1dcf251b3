from enum import StrEnum


class ToolChoiceTypesParamType(StrEnum):
    CODE_INTERPRETER = "code_interpreter"
    COMPUTER = "computer"
    COMPUTER_USE = "computer_use"
    COMPUTER_USE_PREVIEW = "computer_use_preview"
    FILE_SEARCH = "file_search"
    IMAGE_GENERATION = "image_generation"
    WEB_SEARCH_PREVIEW = "web_search_preview"
    WEB_SEARCH_PREVIEW_2025_03_11 = "web_search_preview_2025_03_11"

    def __str__(self) -> str:
        return str(self.value)
