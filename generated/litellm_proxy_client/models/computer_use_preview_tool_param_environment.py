from enum import StrEnum


class ComputerUsePreviewToolParamEnvironment(StrEnum):
    BROWSER = "browser"
    LINUX = "linux"
    MAC = "mac"
    UBUNTU = "ubuntu"
    WINDOWS = "windows"

    def __str__(self) -> str:
        return str(self.value)
