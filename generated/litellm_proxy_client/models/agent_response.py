from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.agent_response_execution_mode import AgentResponseExecutionMode
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.agent_identity_binding import AgentIdentityBinding
    from ..models.agent_key_summary import AgentKeySummary
    from ..models.agent_kill_switch_config import AgentKillSwitchConfig
    from ..models.agent_response_agent_card_params import AgentResponseAgentCardParams
    from ..models.agent_response_litellm_params_type_0 import AgentResponseLitellmParamsType0
    from ..models.agent_response_object_permission_type_0 import AgentResponseObjectPermissionType0
    from ..models.agent_response_static_headers_type_0 import AgentResponseStaticHeadersType0


T = TypeVar("T", bound="AgentResponse")


@_attrs_define
class AgentResponse:
    """
    Attributes:
        agent_card_params (AgentResponseAgentCardParams):
        agent_id (str):
        agent_name (str):
        access_group_ids (list[str] | None | Unset):
        created_at (datetime.datetime | None | Unset):
        created_by (None | str | Unset):
        enabled (bool | Unset):  Default: True.
        execution_mode (AgentResponseExecutionMode | Unset):  Default: AgentResponseExecutionMode.AUTONOMOUS.
        extra_headers (list[str] | None | Unset):
        identity (AgentIdentityBinding | None | Unset):
        identity_managed (bool | Unset):  Default: False.
        jwt_auth_configured (bool | Unset):  Default: False.
        keys (list[AgentKeySummary] | None | Unset):
        kill_switch (AgentKillSwitchConfig | None | Unset):
        litellm_params (AgentResponseLitellmParamsType0 | None | Unset):
        object_permission (AgentResponseObjectPermissionType0 | None | Unset):
        rpm_limit (int | None | Unset):
        search_score (float | None | Unset):
        session_rpm_limit (int | None | Unset):
        session_tpm_limit (int | None | Unset):
        spend (float | None | Unset):
        static_headers (AgentResponseStaticHeadersType0 | None | Unset):
        tpm_limit (int | None | Unset):
        updated_at (datetime.datetime | None | Unset):
        updated_by (None | str | Unset):
    """

    agent_card_params: AgentResponseAgentCardParams
    agent_id: str
    agent_name: str
    access_group_ids: list[str] | None | Unset = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    created_by: None | str | Unset = UNSET
    enabled: bool | Unset = True
    execution_mode: AgentResponseExecutionMode | Unset = AgentResponseExecutionMode.AUTONOMOUS
    extra_headers: list[str] | None | Unset = UNSET
    identity: AgentIdentityBinding | None | Unset = UNSET
    identity_managed: bool | Unset = False
    jwt_auth_configured: bool | Unset = False
    keys: list[AgentKeySummary] | None | Unset = UNSET
    kill_switch: AgentKillSwitchConfig | None | Unset = UNSET
    litellm_params: AgentResponseLitellmParamsType0 | None | Unset = UNSET
    object_permission: AgentResponseObjectPermissionType0 | None | Unset = UNSET
    rpm_limit: int | None | Unset = UNSET
    search_score: float | None | Unset = UNSET
    session_rpm_limit: int | None | Unset = UNSET
    session_tpm_limit: int | None | Unset = UNSET
    spend: float | None | Unset = UNSET
    static_headers: AgentResponseStaticHeadersType0 | None | Unset = UNSET
    tpm_limit: int | None | Unset = UNSET
    updated_at: datetime.datetime | None | Unset = UNSET
    updated_by: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.agent_identity_binding import AgentIdentityBinding  # noqa: PLC0415
        from ..models.agent_kill_switch_config import AgentKillSwitchConfig  # noqa: PLC0415
        from ..models.agent_response_litellm_params_type_0 import AgentResponseLitellmParamsType0  # noqa: PLC0415
        from ..models.agent_response_object_permission_type_0 import AgentResponseObjectPermissionType0  # noqa: PLC0415
        from ..models.agent_response_static_headers_type_0 import AgentResponseStaticHeadersType0  # noqa: PLC0415

        agent_card_params = self.agent_card_params.to_dict()

        agent_id = self.agent_id

        agent_name = self.agent_name

        access_group_ids: list[str] | None | Unset
        if isinstance(self.access_group_ids, Unset):
            access_group_ids = UNSET
        elif isinstance(self.access_group_ids, list):
            access_group_ids = self.access_group_ids

        else:
            access_group_ids = self.access_group_ids

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

        enabled = self.enabled

        execution_mode: str | Unset = UNSET
        if not isinstance(self.execution_mode, Unset):
            execution_mode = self.execution_mode.value

        extra_headers: list[str] | None | Unset
        if isinstance(self.extra_headers, Unset):
            extra_headers = UNSET
        elif isinstance(self.extra_headers, list):
            extra_headers = self.extra_headers

        else:
            extra_headers = self.extra_headers

        identity: dict[str, Any] | None | Unset
        if isinstance(self.identity, Unset):
            identity = UNSET
        elif isinstance(self.identity, AgentIdentityBinding):
            identity = self.identity.to_dict()
        else:
            identity = self.identity

        identity_managed = self.identity_managed

        jwt_auth_configured = self.jwt_auth_configured

        keys: list[dict[str, Any]] | None | Unset
        if isinstance(self.keys, Unset):
            keys = UNSET
        elif isinstance(self.keys, list):
            keys = []
            for keys_type_0_item_data in self.keys:
                keys_type_0_item = keys_type_0_item_data.to_dict()
                keys.append(keys_type_0_item)

        else:
            keys = self.keys

        kill_switch: dict[str, Any] | None | Unset
        if isinstance(self.kill_switch, Unset):
            kill_switch = UNSET
        elif isinstance(self.kill_switch, AgentKillSwitchConfig):
            kill_switch = self.kill_switch.to_dict()
        else:
            kill_switch = self.kill_switch

        litellm_params: dict[str, Any] | None | Unset
        if isinstance(self.litellm_params, Unset):
            litellm_params = UNSET
        elif isinstance(self.litellm_params, AgentResponseLitellmParamsType0):
            litellm_params = self.litellm_params.to_dict()
        else:
            litellm_params = self.litellm_params

        object_permission: dict[str, Any] | None | Unset
        if isinstance(self.object_permission, Unset):
            object_permission = UNSET
        elif isinstance(self.object_permission, AgentResponseObjectPermissionType0):
            object_permission = self.object_permission.to_dict()
        else:
            object_permission = self.object_permission

        rpm_limit: int | None | Unset
        if isinstance(self.rpm_limit, Unset):
            rpm_limit = UNSET
        else:
            rpm_limit = self.rpm_limit

        search_score: float | None | Unset
        if isinstance(self.search_score, Unset):
            search_score = UNSET
        else:
            search_score = self.search_score

        session_rpm_limit: int | None | Unset
        if isinstance(self.session_rpm_limit, Unset):
            session_rpm_limit = UNSET
        else:
            session_rpm_limit = self.session_rpm_limit

        session_tpm_limit: int | None | Unset
        if isinstance(self.session_tpm_limit, Unset):
            session_tpm_limit = UNSET
        else:
            session_tpm_limit = self.session_tpm_limit

        spend: float | None | Unset
        if isinstance(self.spend, Unset):
            spend = UNSET
        else:
            spend = self.spend

        static_headers: dict[str, Any] | None | Unset
        if isinstance(self.static_headers, Unset):
            static_headers = UNSET
        elif isinstance(self.static_headers, AgentResponseStaticHeadersType0):
            static_headers = self.static_headers.to_dict()
        else:
            static_headers = self.static_headers

        tpm_limit: int | None | Unset
        if isinstance(self.tpm_limit, Unset):
            tpm_limit = UNSET
        else:
            tpm_limit = self.tpm_limit

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "agent_card_params": agent_card_params,
                "agent_id": agent_id,
                "agent_name": agent_name,
            }
        )
        if access_group_ids is not UNSET:
            field_dict["access_group_ids"] = access_group_ids
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if execution_mode is not UNSET:
            field_dict["execution_mode"] = execution_mode
        if extra_headers is not UNSET:
            field_dict["extra_headers"] = extra_headers
        if identity is not UNSET:
            field_dict["identity"] = identity
        if identity_managed is not UNSET:
            field_dict["identity_managed"] = identity_managed
        if jwt_auth_configured is not UNSET:
            field_dict["jwt_auth_configured"] = jwt_auth_configured
        if keys is not UNSET:
            field_dict["keys"] = keys
        if kill_switch is not UNSET:
            field_dict["kill_switch"] = kill_switch
        if litellm_params is not UNSET:
            field_dict["litellm_params"] = litellm_params
        if object_permission is not UNSET:
            field_dict["object_permission"] = object_permission
        if rpm_limit is not UNSET:
            field_dict["rpm_limit"] = rpm_limit
        if search_score is not UNSET:
            field_dict["search_score"] = search_score
        if session_rpm_limit is not UNSET:
            field_dict["session_rpm_limit"] = session_rpm_limit
        if session_tpm_limit is not UNSET:
            field_dict["session_tpm_limit"] = session_tpm_limit
        if spend is not UNSET:
            field_dict["spend"] = spend
        if static_headers is not UNSET:
            field_dict["static_headers"] = static_headers
        if tpm_limit is not UNSET:
            field_dict["tpm_limit"] = tpm_limit
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if updated_by is not UNSET:
            field_dict["updated_by"] = updated_by

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.agent_identity_binding import AgentIdentityBinding  # noqa: PLC0415
        from ..models.agent_key_summary import AgentKeySummary  # noqa: PLC0415
        from ..models.agent_kill_switch_config import AgentKillSwitchConfig  # noqa: PLC0415
        from ..models.agent_response_agent_card_params import AgentResponseAgentCardParams  # noqa: PLC0415
        from ..models.agent_response_litellm_params_type_0 import AgentResponseLitellmParamsType0  # noqa: PLC0415
        from ..models.agent_response_object_permission_type_0 import AgentResponseObjectPermissionType0  # noqa: PLC0415
        from ..models.agent_response_static_headers_type_0 import AgentResponseStaticHeadersType0  # noqa: PLC0415

        d = dict(src_dict)
        agent_card_params = AgentResponseAgentCardParams.from_dict(d.pop("agent_card_params"))

        agent_id = d.pop("agent_id")

        agent_name = d.pop("agent_name")

        def _parse_access_group_ids(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                access_group_ids_type_0 = cast(list[str], data)

                return access_group_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        access_group_ids = _parse_access_group_ids(d.pop("access_group_ids", UNSET))

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

        enabled = d.pop("enabled", UNSET)

        _execution_mode = d.pop("execution_mode", UNSET)
        execution_mode: AgentResponseExecutionMode | Unset
        if isinstance(_execution_mode, Unset):
            execution_mode = UNSET
        else:
            execution_mode = AgentResponseExecutionMode(_execution_mode)

        def _parse_extra_headers(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                extra_headers_type_0 = cast(list[str], data)

                return extra_headers_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        extra_headers = _parse_extra_headers(d.pop("extra_headers", UNSET))

        def _parse_identity(data: object) -> AgentIdentityBinding | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                identity_type_0 = AgentIdentityBinding.from_dict(data)

                return identity_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AgentIdentityBinding | None | Unset, data)

        identity = _parse_identity(d.pop("identity", UNSET))

        identity_managed = d.pop("identity_managed", UNSET)

        jwt_auth_configured = d.pop("jwt_auth_configured", UNSET)

        def _parse_keys(data: object) -> list[AgentKeySummary] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                keys_type_0 = []
                _keys_type_0 = data
                for keys_type_0_item_data in _keys_type_0:
                    keys_type_0_item = AgentKeySummary.from_dict(keys_type_0_item_data)

                    keys_type_0.append(keys_type_0_item)

                return keys_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[AgentKeySummary] | None | Unset, data)

        keys = _parse_keys(d.pop("keys", UNSET))

        def _parse_kill_switch(data: object) -> AgentKillSwitchConfig | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                kill_switch_type_0 = AgentKillSwitchConfig.from_dict(data)

                return kill_switch_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AgentKillSwitchConfig | None | Unset, data)

        kill_switch = _parse_kill_switch(d.pop("kill_switch", UNSET))

        def _parse_litellm_params(data: object) -> AgentResponseLitellmParamsType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                litellm_params_type_0 = AgentResponseLitellmParamsType0.from_dict(data)

                return litellm_params_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AgentResponseLitellmParamsType0 | None | Unset, data)

        litellm_params = _parse_litellm_params(d.pop("litellm_params", UNSET))

        def _parse_object_permission(data: object) -> AgentResponseObjectPermissionType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                object_permission_type_0 = AgentResponseObjectPermissionType0.from_dict(data)

                return object_permission_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AgentResponseObjectPermissionType0 | None | Unset, data)

        object_permission = _parse_object_permission(d.pop("object_permission", UNSET))

        def _parse_rpm_limit(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        rpm_limit = _parse_rpm_limit(d.pop("rpm_limit", UNSET))

        def _parse_search_score(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        search_score = _parse_search_score(d.pop("search_score", UNSET))

        def _parse_session_rpm_limit(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        session_rpm_limit = _parse_session_rpm_limit(d.pop("session_rpm_limit", UNSET))

        def _parse_session_tpm_limit(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        session_tpm_limit = _parse_session_tpm_limit(d.pop("session_tpm_limit", UNSET))

        def _parse_spend(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        spend = _parse_spend(d.pop("spend", UNSET))

        def _parse_static_headers(data: object) -> AgentResponseStaticHeadersType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                static_headers_type_0 = AgentResponseStaticHeadersType0.from_dict(data)

                return static_headers_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AgentResponseStaticHeadersType0 | None | Unset, data)

        static_headers = _parse_static_headers(d.pop("static_headers", UNSET))

        def _parse_tpm_limit(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        tpm_limit = _parse_tpm_limit(d.pop("tpm_limit", UNSET))

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

        agent_response = cls(
            agent_card_params=agent_card_params,
            agent_id=agent_id,
            agent_name=agent_name,
            access_group_ids=access_group_ids,
            created_at=created_at,
            created_by=created_by,
            enabled=enabled,
            execution_mode=execution_mode,
            extra_headers=extra_headers,
            identity=identity,
            identity_managed=identity_managed,
            jwt_auth_configured=jwt_auth_configured,
            keys=keys,
            kill_switch=kill_switch,
            litellm_params=litellm_params,
            object_permission=object_permission,
            rpm_limit=rpm_limit,
            search_score=search_score,
            session_rpm_limit=session_rpm_limit,
            session_tpm_limit=session_tpm_limit,
            spend=spend,
            static_headers=static_headers,
            tpm_limit=tpm_limit,
            updated_at=updated_at,
            updated_by=updated_by,
        )

        agent_response.additional_properties = d
        return agent_response

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
