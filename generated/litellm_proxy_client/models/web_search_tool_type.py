from enum import StrEnum


class WebSearchToolType(StrEnum):
    WEB_SEARCH = "web_search"
    WEB_SEARCH_2025_08_26 = "web_search_2025_08_26"

    def __str__(self) -> str:
        return str(self.value)
