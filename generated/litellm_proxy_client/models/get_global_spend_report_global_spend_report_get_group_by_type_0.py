from enum import StrEnum


class GetGlobalSpendReportGlobalSpendReportGetGroupByType0(StrEnum):
    API_KEY = "api_key"
    CUSTOMER = "customer"
    TEAM = "team"

    def __str__(self) -> str:
        return str(self.value)
