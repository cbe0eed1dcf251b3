from enum import StrEnum


class RegisterPluginRequestInstallationPreferenceType0(StrEnum):
    AUTO_INSTALL = "auto_install"
    AVAILABLE = "available"
    REQUIRED = "required"

    def __str__(self) -> str:
        return str(self.value)
