from enum import StrEnum


class ComputerUsePreviewToolEnvironment(StrEnum):
    BROWSER = "browser"
    LINUX = "linux"
    MAC = "mac"
    UBUNTU = "ubuntu"
    WINDOWS = "windows"

    def __str__(self) -> str:
        return str(self.value)
