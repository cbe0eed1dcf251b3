from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.policy_db_response_definition_location import PolicyDBResponseDefinitionLocation
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.policy_db_response_condition_type_0 import PolicyDBResponseConditionType0
    from ..models.policy_db_response_pipeline_type_0 import PolicyDBResponsePipelineType0


T = TypeVar("T", bound="PolicyDBResponse")


@_attrs_define
class PolicyDBResponse:
    """Response for a policy from the database.

    Attributes:
        policy_id (str): Unique ID of the policy.
        policy_name (str): Name of the policy.
        condition (None | PolicyDBResponseConditionType0 | Unset): Policy condition.
        created_at (datetime.datetime | None | Unset): When the policy was created.
        created_by (None | str | Unset): Who created the policy.
        definition_location (PolicyDBResponseDefinitionLocation | Unset): Where this policy is defined: 'db' (database)
            or 'config' (config.yaml). Default: PolicyDBResponseDefinitionLocation.DB.
        description (None | str | Unset): Policy description.
        guardrails_add (list[str] | Unset): Guardrails to add.
        guardrails_remove (list[str] | Unset): Guardrails to remove.
        inherit (None | str | Unset): Parent policy name.
        is_latest (bool | Unset): True if this is the latest version by version_number. Default: True.
        parent_version_id (None | str | Unset): Policy ID this version was cloned from.
        pipeline (None | PolicyDBResponsePipelineType0 | Unset): Optional guardrail pipeline.
        production_at (datetime.datetime | None | Unset): When this version was promoted to production.
        published_at (datetime.datetime | None | Unset): When this version was published.
        updated_at (datetime.datetime | None | Unset): When the policy was last updated.
        updated_by (None | str | Unset): Who last updated the policy.
        version_number (int | Unset): Version number of this policy. Default: 1.
        version_status (str | Unset): One of: draft, published, production. Default: 'production'.
    """

    policy_id: str
    policy_name: str
    condition: None | PolicyDBResponseConditionType0 | Unset = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    created_by: None | str | Unset = UNSET
    definition_location: PolicyDBResponseDefinitionLocation | Unset = PolicyDBResponseDefinitionLocation.DB
    description: None | str | Unset = UNSET
    guardrails_add: list[str] | Unset = UNSET
    guardrails_remove: list[str] | Unset = UNSET
    inherit: None | str | Unset = UNSET
    is_latest: bool | Unset = True
    parent_version_id: None | str | Unset = UNSET
    pipeline: None | PolicyDBResponsePipelineType0 | Unset = UNSET
    production_at: datetime.datetime | None | Unset = UNSET
    published_at: datetime.datetime | None | Unset = UNSET
    updated_at: datetime.datetime | None | Unset = UNSET
    updated_by: None | str | Unset = UNSET
    version_number: int | Unset = 1
    version_status: str | Unset = "production"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.policy_db_response_condition_type_0 import PolicyDBResponseConditionType0  # noqa: PLC0415
        from ..models.policy_db_response_pipeline_type_0 import PolicyDBResponsePipelineType0  # noqa: PLC0415

        policy_id = self.policy_id

        policy_name = self.policy_name

        condition: dict[str, Any] | None | Unset
        if isinstance(self.condition, Unset):
            condition = UNSET
        elif isinstance(self.condition, PolicyDBResponseConditionType0):
            condition = self.condition.to_dict()
        else:
            condition = self.condition

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        created_by: None | str | Unset
        if isinstance(self.created_by, Unset):
            created_by = UNSET
        else:
            created_by = self.created_by

        definition_location: str | Unset = UNSET
        if not isinstance(self.definition_location, Unset):
            definition_location = self.definition_location.value

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        guardrails_add: list[str] | Unset = UNSET
        if not isinstance(self.guardrails_add, Unset):
            guardrails_add = self.guardrails_add

        guardrails_remove: list[str] | Unset = UNSET
        if not isinstance(self.guardrails_remove, Unset):
            guardrails_remove = self.guardrails_remove

        inherit: None | str | Unset
        if isinstance(self.inherit, Unset):
            inherit = UNSET
        else:
            inherit = self.inherit

        is_latest = self.is_latest

        parent_version_id: None | str | Unset
        if isinstance(self.parent_version_id, Unset):
            parent_version_id = UNSET
        else:
            parent_version_id = self.parent_version_id

        pipeline: dict[str, Any] | None | Unset
        if isinstance(self.pipeline, Unset):
            pipeline = UNSET
        elif isinstance(self.pipeline, PolicyDBResponsePipelineType0):
            pipeline = self.pipeline.to_dict()
        else:
            pipeline = self.pipeline

        production_at: None | str | Unset
        if isinstance(self.production_at, Unset):
            production_at = UNSET
        elif isinstance(self.production_at, datetime.datetime):
            production_at = self.production_at.isoformat()
        else:
            production_at = self.production_at

        published_at: None | str | Unset
        if isinstance(self.published_at, Unset):
            published_at = UNSET
        elif isinstance(self.published_at, datetime.datetime):
            published_at = self.published_at.isoformat()
        else:
            published_at = self.published_at

        updated_at: None | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        elif isinstance(self.updated_at, datetime.datetime):
            updated_at = self.updated_at.isoformat()
        else:
            updated_at = self.updated_at

        updated_by: None | str | Unset
        if isinstance(self.updated_by, Unset):
            updated_by = UNSET
        else:
            updated_by = self.updated_by

        version_number = self.version_number

        version_status = self.version_status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "policy_id": policy_id,
                "policy_name": policy_name,
            }
        )
        if condition is not UNSET:
            field_dict["condition"] = condition
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        if definition_location is not UNSET:
            field_dict["definition_location"] = definition_location
        if description is not UNSET:
            field_dict["description"] = description
        if guardrails_add is not UNSET:
            field_dict["guardrails_add"] = guardrails_add
        if guardrails_remove is not UNSET:
            field_dict["guardrails_remove"] = guardrails_remove
        if inherit is not UNSET:
            field_dict["inherit"] = inherit
        if is_latest is not UNSET:
            field_dict["is_latest"] = is_latest
        if parent_version_id is not UNSET:
            field_dict["parent_version_id"] = parent_version_id
        if pipeline is not UNSET:
            field_dict["pipeline"] = pipeline
        if production_at is not UNSET:
            field_dict["production_at"] = production_at
        if published_at is not UNSET:
            field_dict["published_at"] = published_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if updated_by is not UNSET:
            field_dict["updated_by"] = updated_by
        if version_number is not UNSET:
            field_dict["version_number"] = version_number
        if version_status is not UNSET:
            field_dict["version_status"] = version_status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.policy_db_response_condition_type_0 import PolicyDBResponseConditionType0  # noqa: PLC0415
        from ..models.policy_db_response_pipeline_type_0 import PolicyDBResponsePipelineType0  # noqa: PLC0415

        d = dict(src_dict)
        policy_id = d.pop("policy_id")

        policy_name = d.pop("policy_name")

        def _parse_condition(data: object) -> None | PolicyDBResponseConditionType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                condition_type_0 = PolicyDBResponseConditionType0.from_dict(data)

                return condition_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PolicyDBResponseConditionType0 | Unset, data)

        condition = _parse_condition(d.pop("condition", UNSET))

        def _parse_created_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                created_at_type_0 = datetime.datetime.fromisoformat(data)

                return created_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        created_at = _parse_created_at(d.pop("created_at", UNSET))

        def _parse_created_by(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        created_by = _parse_created_by(d.pop("created_by", UNSET))

        _definition_location = d.pop("definition_location", UNSET)
        definition_location: PolicyDBResponseDefinitionLocation | Unset
        if isinstance(_definition_location, Unset):
            definition_location = UNSET
        else:
            definition_location = PolicyDBResponseDefinitionLocation(_definition_location)

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        guardrails_add = cast(list[str], d.pop("guardrails_add", UNSET))

        guardrails_remove = cast(list[str], d.pop("guardrails_remove", UNSET))

        def _parse_inherit(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        inherit = _parse_inherit(d.pop("inherit", UNSET))

        is_latest = d.pop("is_latest", UNSET)

        def _parse_parent_version_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        parent_version_id = _parse_parent_version_id(d.pop("parent_version_id", UNSET))

        def _parse_pipeline(data: object) -> None | PolicyDBResponsePipelineType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                pipeline_type_0 = PolicyDBResponsePipelineType0.from_dict(data)

                return pipeline_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PolicyDBResponsePipelineType0 | Unset, data)

        pipeline = _parse_pipeline(d.pop("pipeline", UNSET))

        def _parse_production_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                production_at_type_0 = datetime.datetime.fromisoformat(data)

                return production_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        production_at = _parse_production_at(d.pop("production_at", UNSET))

        def _parse_published_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                published_at_type_0 = datetime.datetime.fromisoformat(data)

                return published_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        published_at = _parse_published_at(d.pop("published_at", UNSET))

        def _parse_updated_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                updated_at_type_0 = datetime.datetime.fromisoformat(data)

                return updated_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        updated_at = _parse_updated_at(d.pop("updated_at", UNSET))

        def _parse_updated_by(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        updated_by = _parse_updated_by(d.pop("updated_by", UNSET))

        version_number = d.pop("version_number", UNSET)

        version_status = d.pop("version_status", UNSET)

        policy_db_response = cls(
            policy_id=policy_id,
            policy_name=policy_name,
            condition=condition,
            created_at=created_at,
            created_by=created_by,
            definition_location=definition_location,
            description=description,
            guardrails_add=guardrails_add,
            guardrails_remove=guardrails_remove,
            inherit=inherit,
            is_latest=is_latest,
            parent_version_id=parent_version_id,
            pipeline=pipeline,
            production_at=production_at,
            published_at=published_at,
            updated_at=updated_at,
            updated_by=updated_by,
            version_number=version_number,
            version_status=version_status,
        )

        policy_db_response.additional_properties = d
        return policy_db_response

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
