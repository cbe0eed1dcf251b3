from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.tier_cohort_statistic import TierCohortStatistic
    from ..models.tier_dataset import TierDataset
    from ..models.tier_domain_statistic import TierDomainStatistic
    from ..models.tier_global_statistic import TierGlobalStatistic


T = TypeVar("T", bound="TrainedTierArtifact")


@_attrs_define
class TrainedTierArtifact:
    """
    Attributes:
        global_statistics (list[TierGlobalStatistic]):
        cohort_prior_mass (float | Unset):  Default: 20.0.
        cohort_statistics (list[TierCohortStatistic] | Unset):
        datasets (list[TierDataset] | Unset):
        domain_prior_mass (float | Unset):  Default: 200.0.
        domain_statistics (list[TierDomainStatistic] | Unset):
        routing_threshold (float | Unset):  Default: 0.75.
        schema_version (Literal[1] | Unset):  Default: 1.
        split_method (str | Unset):  Default: 'sha256(prompt): 70% train, 15% validation, 15% test'.
        success_definition (str | Unset):  Default: 'quality score meets the dataset success threshold'.
    """

    global_statistics: list[TierGlobalStatistic]
    cohort_prior_mass: float | Unset = 20.0
    cohort_statistics: list[TierCohortStatistic] | Unset = UNSET
    datasets: list[TierDataset] | Unset = UNSET
    domain_prior_mass: float | Unset = 200.0
    domain_statistics: list[TierDomainStatistic] | Unset = UNSET
    routing_threshold: float | Unset = 0.75
    schema_version: Literal[1] | Unset = 1
    split_method: str | Unset = "sha256(prompt): 70% train, 15% validation, 15% test"
    success_definition: str | Unset = "quality score meets the dataset success threshold"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        global_statistics = []
        for global_statistics_item_data in self.global_statistics:
            global_statistics_item = global_statistics_item_data.to_dict()
            global_statistics.append(global_statistics_item)

        cohort_prior_mass = self.cohort_prior_mass

        cohort_statistics: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.cohort_statistics, Unset):
            cohort_statistics = []
            for cohort_statistics_item_data in self.cohort_statistics:
                cohort_statistics_item = cohort_statistics_item_data.to_dict()
                cohort_statistics.append(cohort_statistics_item)

        datasets: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.datasets, Unset):
            datasets = []
            for datasets_item_data in self.datasets:
                datasets_item = datasets_item_data.to_dict()
                datasets.append(datasets_item)

        domain_prior_mass = self.domain_prior_mass

        domain_statistics: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.domain_statistics, Unset):
            domain_statistics = []
            for domain_statistics_item_data in self.domain_statistics:
                domain_statistics_item = domain_statistics_item_data.to_dict()
                domain_statistics.append(domain_statistics_item)

        routing_threshold = self.routing_threshold

        schema_version = self.schema_version

        split_method = self.split_method

        success_definition = self.success_definition

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "global_statistics": global_statistics,
            }
        )
        if cohort_prior_mass is not UNSET:
            field_dict["cohort_prior_mass"] = cohort_prior_mass
        if cohort_statistics is not UNSET:
            field_dict["cohort_statistics"] = cohort_statistics
        if datasets is not UNSET:
            field_dict["datasets"] = datasets
        if domain_prior_mass is not UNSET:
            field_dict["domain_prior_mass"] = domain_prior_mass
        if domain_statistics is not UNSET:
            field_dict["domain_statistics"] = domain_statistics
        if routing_threshold is not UNSET:
            field_dict["routing_threshold"] = routing_threshold
        if schema_version is not UNSET:
            field_dict["schema_version"] = schema_version
        if split_method is not UNSET:
            field_dict["split_method"] = split_method
        if success_definition is not UNSET:
            field_dict["success_definition"] = success_definition

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.tier_cohort_statistic import TierCohortStatistic  # noqa: PLC0415
        from ..models.tier_dataset import TierDataset  # noqa: PLC0415
        from ..models.tier_domain_statistic import TierDomainStatistic  # noqa: PLC0415
        from ..models.tier_global_statistic import TierGlobalStatistic  # noqa: PLC0415

        d = dict(src_dict)
        global_statistics = []
        _global_statistics = d.pop("global_statistics")
        for global_statistics_item_data in _global_statistics:
            global_statistics_item = TierGlobalStatistic.from_dict(global_statistics_item_data)

            global_statistics.append(global_statistics_item)

        cohort_prior_mass = d.pop("cohort_prior_mass", UNSET)

        _cohort_statistics = d.pop("cohort_statistics", UNSET)
        cohort_statistics: list[TierCohortStatistic] | Unset = UNSET
        if _cohort_statistics is not UNSET:
            cohort_statistics = []
            for cohort_statistics_item_data in _cohort_statistics:
                cohort_statistics_item = TierCohortStatistic.from_dict(cohort_statistics_item_data)

                cohort_statistics.append(cohort_statistics_item)

        _datasets = d.pop("datasets", UNSET)
        datasets: list[TierDataset] | Unset = UNSET
        if _datasets is not UNSET:
            datasets = []
            for datasets_item_data in _datasets:
                datasets_item = TierDataset.from_dict(datasets_item_data)

                datasets.append(datasets_item)

        domain_prior_mass = d.pop("domain_prior_mass", UNSET)

        _domain_statistics = d.pop("domain_statistics", UNSET)
        domain_statistics: list[TierDomainStatistic] | Unset = UNSET
        if _domain_statistics is not UNSET:
            domain_statistics = []
            for domain_statistics_item_data in _domain_statistics:
                domain_statistics_item = TierDomainStatistic.from_dict(domain_statistics_item_data)

                domain_statistics.append(domain_statistics_item)

        routing_threshold = d.pop("routing_threshold", UNSET)

        schema_version = cast(Literal[1] | Unset, d.pop("schema_version", UNSET))
        if schema_version != 1 and not isinstance(schema_version, Unset):
            raise ValueError(f"schema_version must match const 1, got '{schema_version}'")

        split_method = d.pop("split_method", UNSET)

        success_definition = d.pop("success_definition", UNSET)

        trained_tier_artifact = cls(
            global_statistics=global_statistics,
            cohort_prior_mass=cohort_prior_mass,
            cohort_statistics=cohort_statistics,
            datasets=datasets,
            domain_prior_mass=domain_prior_mass,
            domain_statistics=domain_statistics,
            routing_threshold=routing_threshold,
            schema_version=schema_version,
            split_method=split_method,
            success_definition=success_definition,
        )

        trained_tier_artifact.additional_properties = d
        return trained_tier_artifact

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
