from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.agent_kill_switch_config_method import AgentKillSwitchConfigMethod
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.agent_kill_switch_api_key_auth import AgentKillSwitchApiKeyAuth
    from ..models.agent_kill_switch_basic_auth import AgentKillSwitchBasicAuth
    from ..models.agent_kill_switch_bearer_auth import AgentKillSwitchBearerAuth
    from ..models.agent_kill_switch_config_body_type_0 import AgentKillSwitchConfigBodyType0
    from ..models.agent_kill_switch_config_headers import AgentKillSwitchConfigHeaders
    from ..models.agent_kill_switch_config_query_params import AgentKillSwitchConfigQueryParams


T = TypeVar("T", bound="AgentKillSwitchConfig")


@_attrs_define
class AgentKillSwitchConfig:
    """Webhook an admin fires to shut an agent down out of band. LiteLLM only
    makes the call; whatever the endpoint does with it is the agent's business.

        Attributes:
            url (str):
            auth (AgentKillSwitchApiKeyAuth | AgentKillSwitchBasicAuth | AgentKillSwitchBearerAuth | None | Unset):
            body (AgentKillSwitchConfigBodyType0 | None | Unset):
            headers (AgentKillSwitchConfigHeaders | Unset):
            method (AgentKillSwitchConfigMethod | Unset):  Default: AgentKillSwitchConfigMethod.POST.
            query_params (AgentKillSwitchConfigQueryParams | Unset):
    """

    url: str
    auth: AgentKillSwitchApiKeyAuth | AgentKillSwitchBasicAuth | AgentKillSwitchBearerAuth | None | Unset = UNSET
    body: AgentKillSwitchConfigBodyType0 | None | Unset = UNSET
    headers: AgentKillSwitchConfigHeaders | Unset = UNSET
    method: AgentKillSwitchConfigMethod | Unset = AgentKillSwitchConfigMethod.POST
    query_params: AgentKillSwitchConfigQueryParams | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.agent_kill_switch_api_key_auth import AgentKillSwitchApiKeyAuth  # noqa: PLC0415
        from ..models.agent_kill_switch_basic_auth import AgentKillSwitchBasicAuth  # noqa: PLC0415
        from ..models.agent_kill_switch_bearer_auth import AgentKillSwitchBearerAuth  # noqa: PLC0415
        from ..models.agent_kill_switch_config_body_type_0 import AgentKillSwitchConfigBodyType0  # noqa: PLC0415

        url = self.url

        auth: dict[str, Any] | None | Unset
        if isinstance(self.auth, Unset):
            auth = UNSET
        elif isinstance(self.auth, AgentKillSwitchBearerAuth):
            auth = self.auth.to_dict()
        elif isinstance(self.auth, AgentKillSwitchApiKeyAuth):
            auth = self.auth.to_dict()
        elif isinstance(self.auth, AgentKillSwitchBasicAuth):
            auth = self.auth.to_dict()
        else:
            auth = self.auth

        body: dict[str, Any] | None | Unset
        if isinstance(self.body, Unset):
            body = UNSET
        elif isinstance(self.body, AgentKillSwitchConfigBodyType0):
            body = self.body.to_dict()
        else:
            body = self.body

        headers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.headers, Unset):
            headers = self.headers.to_dict()

        method: str | Unset = UNSET
        if not isinstance(self.method, Unset):
            method = self.method.value

        query_params: dict[str, Any] | Unset = UNSET
        if not isinstance(self.query_params, Unset):
            query_params = self.query_params.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "url": url,
            }
        )
        if auth is not UNSET:
            field_dict["auth"] = auth
        if body is not UNSET:
            field_dict["body"] = body
        if headers is not UNSET:
            field_dict["headers"] = headers
        if method is not UNSET:
            field_dict["method"] = method
        if query_params is not UNSET:
            field_dict["query_params"] = query_params

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.agent_kill_switch_api_key_auth import AgentKillSwitchApiKeyAuth  # noqa: PLC0415
        from ..models.agent_kill_switch_basic_auth import AgentKillSwitchBasicAuth  # noqa: PLC0415
        from ..models.agent_kill_switch_bearer_auth import AgentKillSwitchBearerAuth  # noqa: PLC0415
        from ..models.agent_kill_switch_config_body_type_0 import AgentKillSwitchConfigBodyType0  # noqa: PLC0415
        from ..models.agent_kill_switch_config_headers import AgentKillSwitchConfigHeaders  # noqa: PLC0415
        from ..models.agent_kill_switch_config_query_params import AgentKillSwitchConfigQueryParams  # noqa: PLC0415

        d = dict(src_dict)
        url = d.pop("url")

        def _parse_auth(
            data: object,
        ) -> AgentKillSwitchApiKeyAuth | AgentKillSwitchBasicAuth | AgentKillSwitchBearerAuth | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                auth_type_0_type_0 = AgentKillSwitchBearerAuth.from_dict(data)

                return auth_type_0_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                auth_type_0_type_1 = AgentKillSwitchApiKeyAuth.from_dict(data)

                return auth_type_0_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                auth_type_0_type_2 = AgentKillSwitchBasicAuth.from_dict(data)

                return auth_type_0_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                AgentKillSwitchApiKeyAuth | AgentKillSwitchBasicAuth | AgentKillSwitchBearerAuth | None | Unset, data
            )

        auth = _parse_auth(d.pop("auth", UNSET))

        def _parse_body(data: object) -> AgentKillSwitchConfigBodyType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                body_type_0 = AgentKillSwitchConfigBodyType0.from_dict(data)

                return body_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AgentKillSwitchConfigBodyType0 | None | Unset, data)

        body = _parse_body(d.pop("body", UNSET))

        _headers = d.pop("headers", UNSET)
        headers: AgentKillSwitchConfigHeaders | Unset
        if isinstance(_headers, Unset):
            headers = UNSET
        else:
            headers = AgentKillSwitchConfigHeaders.from_dict(_headers)

        _method = d.pop("method", UNSET)
        method: AgentKillSwitchConfigMethod | Unset
        if isinstance(_method, Unset):
            method = UNSET
        else:
            method = AgentKillSwitchConfigMethod(_method)

        _query_params = d.pop("query_params", UNSET)
        query_params: AgentKillSwitchConfigQueryParams | Unset
        if isinstance(_query_params, Unset):
            query_params = UNSET
        else:
            query_params = AgentKillSwitchConfigQueryParams.from_dict(_query_params)

        agent_kill_switch_config = cls(
            url=url,
            auth=auth,
            body=body,
            headers=headers,
            method=method,
            query_params=query_params,
        )

        return agent_kill_switch_config
