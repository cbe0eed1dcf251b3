from enum import StrEnum


class PublicModelHubFacetPublicV1ModelHubFacetGetFacet(StrEnum):
    FEATURES = "features"
    MODES = "modes"
    PROVIDERS = "providers"

    def __str__(self) -> str:
        return str(self.value)
