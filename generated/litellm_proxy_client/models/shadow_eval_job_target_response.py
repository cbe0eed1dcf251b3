from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.shadow_eval_job_target_response_target_type import ShadowEvalJobTargetResponseTargetType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.shadow_eval_slice import ShadowEvalSlice


T = TypeVar("T", bound="ShadowEvalJobTargetResponse")


@_attrs_define
class ShadowEvalJobTargetResponse:
    """One target a job shadows (a key, team, or user), with its own budget and stop state.

    Attributes:
        max_turns (int): This target's sample-count ceiling: the whole budget for jobs created before max_budget
            existed, and the error-loop safety valve otherwise
        target_id (str): The hashed virtual key, team id, or user id whose traffic this entry scopes
        target_type (ShadowEvalJobTargetResponseTargetType): What kind of entity this entry scopes
        attempt_count (int | None | Unset): This target's sampled attempts so far, judged and errored alike, the same
            count the sampler budgets against max_turns; populated on list and detail responses. Frozen at stopped_at once
            the target is stamped, so in-flight attempts landing after a stop never reclassify it
        key_name (None | str | Unset): Masked display name (sk-...) for key targets, resolved at read time; None for
            teams and users
        max_budget (float | None | Unset): This target's own USD budget for the eval's shadow and judge spend,
            independent of its siblings'; None on jobs created before spend budgets existed, which max_turns alone bounds
        spend (float | None | Unset): This target's recorded shadow plus judge spend in USD, the same figure the sampler
            budgets against max_budget; populated on list and detail responses and frozen at stopped_at exactly like
            attempt_count
        stopped_at (datetime.datetime | None | Unset): When this target's slot was stamped free, whether its own budget
            ran out, the window closed, or an operator stopped the job; status is derived, so a spent budget reads completed
            even while this is still unset
        target_alias (None | str | Unset): Display label resolved from the target's own row at read time: the key's
            alias, the team's alias, or the user's email; None when unset or deleted
        verdicts (None | ShadowEvalSlice | Unset): This target's own judged-verdict slice; detail endpoint only, None
            until a turn is judged
    """

    max_turns: int
    target_id: str
    target_type: ShadowEvalJobTargetResponseTargetType
    attempt_count: int | None | Unset = UNSET
    key_name: None | str | Unset = UNSET
    max_budget: float | None | Unset = UNSET
    spend: float | None | Unset = UNSET
    stopped_at: datetime.datetime | None | Unset = UNSET
    target_alias: None | str | Unset = UNSET
    verdicts: None | ShadowEvalSlice | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.shadow_eval_slice import ShadowEvalSlice  # noqa: PLC0415

        max_turns = self.max_turns

        target_id = self.target_id

        target_type = self.target_type.value

        attempt_count: int | None | Unset
        if isinstance(self.attempt_count, Unset):
            attempt_count = UNSET
        else:
            attempt_count = self.attempt_count

        key_name: None | str | Unset
        if isinstance(self.key_name, Unset):
            key_name = UNSET
        else:
            key_name = self.key_name

        max_budget: float | None | Unset
        if isinstance(self.max_budget, Unset):
            max_budget = UNSET
        else:
            max_budget = self.max_budget

        spend: float | None | Unset
        if isinstance(self.spend, Unset):
            spend = UNSET
        else:
            spend = self.spend

        stopped_at: None | str | Unset
        if isinstance(self.stopped_at, Unset):
            stopped_at = UNSET
        elif isinstance(self.stopped_at, datetime.datetime):
            stopped_at = self.stopped_at.isoformat()
        else:
            stopped_at = self.stopped_at

        target_alias: None | str | Unset
        if isinstance(self.target_alias, Unset):
            target_alias = UNSET
        else:
            target_alias = self.target_alias

        verdicts: dict[str, Any] | None | Unset
        if isinstance(self.verdicts, Unset):
            verdicts = UNSET
        elif isinstance(self.verdicts, ShadowEvalSlice):
            verdicts = self.verdicts.to_dict()
        else:
            verdicts = self.verdicts

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "max_turns": max_turns,
                "target_id": target_id,
                "target_type": target_type,
            }
        )
        if attempt_count is not UNSET:
            field_dict["attempt_count"] = attempt_count
        if key_name is not UNSET:
            field_dict["key_name"] = key_name
        if max_budget is not UNSET:
            field_dict["max_budget"] = max_budget
        if spend is not UNSET:
            field_dict["spend"] = spend
        if stopped_at is not UNSET:
            field_dict["stopped_at"] = stopped_at
        if target_alias is not UNSET:
            field_dict["target_alias"] = target_alias
        if verdicts is not UNSET:
            field_dict["verdicts"] = verdicts

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.shadow_eval_slice import ShadowEvalSlice  # noqa: PLC0415

        d = dict(src_dict)
        max_turns = d.pop("max_turns")

        target_id = d.pop("target_id")

        target_type = ShadowEvalJobTargetResponseTargetType(d.pop("target_type"))

        def _parse_attempt_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        attempt_count = _parse_attempt_count(d.pop("attempt_count", UNSET))

        def _parse_key_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        key_name = _parse_key_name(d.pop("key_name", UNSET))

        def _parse_max_budget(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        max_budget = _parse_max_budget(d.pop("max_budget", UNSET))

        def _parse_spend(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        spend = _parse_spend(d.pop("spend", UNSET))

        def _parse_stopped_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                stopped_at_type_0 = datetime.datetime.fromisoformat(data)

                return stopped_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        stopped_at = _parse_stopped_at(d.pop("stopped_at", UNSET))

        def _parse_target_alias(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        target_alias = _parse_target_alias(d.pop("target_alias", UNSET))

        def _parse_verdicts(data: object) -> None | ShadowEvalSlice | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                verdicts_type_0 = ShadowEvalSlice.from_dict(data)

                return verdicts_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ShadowEvalSlice | Unset, data)

        verdicts = _parse_verdicts(d.pop("verdicts", UNSET))

        shadow_eval_job_target_response = cls(
            max_turns=max_turns,
            target_id=target_id,
            target_type=target_type,
            attempt_count=attempt_count,
            key_name=key_name,
            max_budget=max_budget,
            spend=spend,
            stopped_at=stopped_at,
            target_alias=target_alias,
            verdicts=verdicts,
        )

        shadow_eval_job_target_response.additional_properties = d
        return shadow_eval_job_target_response

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
