from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.cache_prediction_arm_cache_state import CachePredictionArmCacheState
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.cache_cost_scenario import CacheCostScenario
    from ..models.cache_evidence import CacheEvidence


T = TypeVar("T", bound="CachePredictionArm")


@_attrs_define
class CachePredictionArm:
    """
    Attributes:
        deployment_id (str):
        cache_state (CachePredictionArmCacheState | Unset):  Default: CachePredictionArmCacheState.UNKNOWN.
        cold (CacheCostScenario | None | Unset):
        estimate (CacheCostScenario | None | Unset):
        evidence (CacheEvidence | None | Unset):
        model (None | str | Unset):
        reason (None | str | Unset):
        token_count_source (Literal['anthropic_count_tokens'] | None | Unset):
        warm (CacheCostScenario | None | Unset):
    """

    deployment_id: str
    cache_state: CachePredictionArmCacheState | Unset = CachePredictionArmCacheState.UNKNOWN
    cold: CacheCostScenario | None | Unset = UNSET
    estimate: CacheCostScenario | None | Unset = UNSET
    evidence: CacheEvidence | None | Unset = UNSET
    model: None | str | Unset = UNSET
    reason: None | str | Unset = UNSET
    token_count_source: Literal["anthropic_count_tokens"] | None | Unset = UNSET
    warm: CacheCostScenario | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.cache_cost_scenario import CacheCostScenario  # noqa: PLC0415
        from ..models.cache_evidence import CacheEvidence  # noqa: PLC0415

        deployment_id = self.deployment_id

        cache_state: str | Unset = UNSET
        if not isinstance(self.cache_state, Unset):
            cache_state = self.cache_state.value

        cold: dict[str, Any] | None | Unset
        if isinstance(self.cold, Unset):
            cold = UNSET
        elif isinstance(self.cold, CacheCostScenario):
            cold = self.cold.to_dict()
        else:
            cold = self.cold

        estimate: dict[str, Any] | None | Unset
        if isinstance(self.estimate, Unset):
            estimate = UNSET
        elif isinstance(self.estimate, CacheCostScenario):
            estimate = self.estimate.to_dict()
        else:
            estimate = self.estimate

        evidence: dict[str, Any] | None | Unset
        if isinstance(self.evidence, Unset):
            evidence = UNSET
        elif isinstance(self.evidence, CacheEvidence):
            evidence = self.evidence.to_dict()
        else:
            evidence = self.evidence

        model: None | str | Unset
        if isinstance(self.model, Unset):
            model = UNSET
        else:
            model = self.model

        reason: None | str | Unset
        if isinstance(self.reason, Unset):
            reason = UNSET
        else:
            reason = self.reason

        token_count_source: Literal["anthropic_count_tokens"] | None | Unset
        if isinstance(self.token_count_source, Unset):
            token_count_source = UNSET
        else:
            token_count_source = self.token_count_source

        warm: dict[str, Any] | None | Unset
        if isinstance(self.warm, Unset):
            warm = UNSET
        elif isinstance(self.warm, CacheCostScenario):
            warm = self.warm.to_dict()
        else:
            warm = self.warm

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "deployment_id": deployment_id,
            }
        )
        if cache_state is not UNSET:
            field_dict["cache_state"] = cache_state
        if cold is not UNSET:
            field_dict["cold"] = cold
        if estimate is not UNSET:
            field_dict["estimate"] = estimate
        if evidence is not UNSET:
            field_dict["evidence"] = evidence
        if model is not UNSET:
            field_dict["model"] = model
        if reason is not UNSET:
            field_dict["reason"] = reason
        if token_count_source is not UNSET:
            field_dict["token_count_source"] = token_count_source
        if warm is not UNSET:
            field_dict["warm"] = warm

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.cache_cost_scenario import CacheCostScenario  # noqa: PLC0415
        from ..models.cache_evidence import CacheEvidence  # noqa: PLC0415

        d = dict(src_dict)
        deployment_id = d.pop("deployment_id")

        _cache_state = d.pop("cache_state", UNSET)
        cache_state: CachePredictionArmCacheState | Unset
        if isinstance(_cache_state, Unset):
            cache_state = UNSET
        else:
            cache_state = CachePredictionArmCacheState(_cache_state)

        def _parse_cold(data: object) -> CacheCostScenario | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                cold_type_0 = CacheCostScenario.from_dict(data)

                return cold_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CacheCostScenario | None | Unset, data)

        cold = _parse_cold(d.pop("cold", UNSET))

        def _parse_estimate(data: object) -> CacheCostScenario | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                estimate_type_0 = CacheCostScenario.from_dict(data)

                return estimate_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CacheCostScenario | None | Unset, data)

        estimate = _parse_estimate(d.pop("estimate", UNSET))

        def _parse_evidence(data: object) -> CacheEvidence | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                evidence_type_0 = CacheEvidence.from_dict(data)

                return evidence_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CacheEvidence | None | Unset, data)

        evidence = _parse_evidence(d.pop("evidence", UNSET))

        def _parse_model(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        model = _parse_model(d.pop("model", UNSET))

        def _parse_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reason = _parse_reason(d.pop("reason", UNSET))

        def _parse_token_count_source(data: object) -> Literal["anthropic_count_tokens"] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            token_count_source_type_0 = cast(Literal["anthropic_count_tokens"], data)
            if token_count_source_type_0 != "anthropic_count_tokens":
                raise ValueError(
                    f"token_count_source_type_0 must match const 'anthropic_count_tokens', got '{token_count_source_type_0}'"
                )
            return token_count_source_type_0
            return cast(Literal["anthropic_count_tokens"] | None | Unset, data)

        token_count_source = _parse_token_count_source(d.pop("token_count_source", UNSET))

        def _parse_warm(data: object) -> CacheCostScenario | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                warm_type_0 = CacheCostScenario.from_dict(data)

                return warm_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CacheCostScenario | None | Unset, data)

        warm = _parse_warm(d.pop("warm", UNSET))

        cache_prediction_arm = cls(
            deployment_id=deployment_id,
            cache_state=cache_state,
            cold=cold,
            estimate=estimate,
            evidence=evidence,
            model=model,
            reason=reason,
            token_count_source=token_count_source,
            warm=warm,
        )

        cache_prediction_arm.additional_properties = d
        return cache_prediction_arm

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
