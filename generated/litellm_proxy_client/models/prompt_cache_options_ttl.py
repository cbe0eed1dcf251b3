from enum import StrEnum


class PromptCacheOptionsTtl(StrEnum):
    VALUE_0 = "30m"
    VALUE_1 = "12h"

    def __str__(self) -> str:
        return str(self.value)
