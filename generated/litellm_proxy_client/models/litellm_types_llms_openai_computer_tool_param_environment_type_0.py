from enum import StrEnum


class LitellmTypesLlmsOpenaiComputerToolParamEnvironmentType0(StrEnum):
    BROWSER = "browser"
    MAC = "mac"
    UBUNTU = "ubuntu"
    WINDOWS = "windows"

    def __str__(self) -> str:
        return str(self.value)
