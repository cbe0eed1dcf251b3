from enum import StrEnum


class UploadPluginRequestInstallationPreferenceType0(StrEnum):
    AUTO_INSTALL = "auto_install"
    AVAILABLE = "available"
    REQUIRED = "required"

    def __str__(self) -> str:
        return str(self.value)
