from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.auto_router_routing_test_request_messages_type_0_item import (
        AutoRouterRoutingTestRequestMessagesType0Item,
    )
    from ..models.auto_router_routing_test_request_system_type_1_item import AutoRouterRoutingTestRequestSystemType1Item
    from ..models.auto_router_routing_test_request_tools_type_0_item import AutoRouterRoutingTestRequestToolsType0Item
    from ..models.request_complexity_router_config import RequestComplexityRouterConfig


T = TypeVar("T", bound="AutoRouterRoutingTestRequest")


@_attrs_define
class AutoRouterRoutingTestRequest:
    """A single request to classify against a complexity-router config that need not be saved yet.

    Carries the same fields the serving path carries, so a dry run classifies what a real turn
    would classify. `messages`, `system` and `tools` are forwarded to the routing hook untranslated,
    which is why they are typed loosely: the hook reads whatever dialect the surface produced, and
    validating them against one surface's schema would reject the others.

        Attributes:
            complexity_router_config (RequestComplexityRouterConfig): The part of a complexity-router config a request can
                carry.

                `plugins` holds live RoutingPlugin objects, which no JSON body can express and which have no
                OpenAPI schema, so it is closed off here rather than left as an arbitrary-type field.
            default_model (None | str | Unset): Model to route to when no tier resolves, i.e.
                complexity_router_default_model
            messages (list[AutoRouterRoutingTestRequestMessagesType0Item] | None | Unset): The full message list to route,
                exactly as the serving path would receive it. Mutually exclusive with prompt
            prompt (None | str | Unset): A single ask to route, as an end user would send it. Mutually exclusive with
                messages
            router_name (str | Unset): Name reported as the router in the routing decision. Display only Default:
                'auto_router_routing_test'.
            saved_model_id (None | str | Unset): Test this saved deployment's server-side configuration instead of the
                supplied config and default model
            system (list[AutoRouterRoutingTestRequestSystemType1Item] | None | str | Unset): The top-level system prompt an
                Anthropic /v1/messages body carries beside its messages
            team_id (None | str | Unset): Team the router is being created for. Required for a team admin, who may only test
                their own team's routers
            tools (list[AutoRouterRoutingTestRequestToolsType0Item] | None | Unset): The tool definitions the request
                advertises, which decide whether the plan-mode floor applies
    """

    complexity_router_config: RequestComplexityRouterConfig
    default_model: None | str | Unset = UNSET
    messages: list[AutoRouterRoutingTestRequestMessagesType0Item] | None | Unset = UNSET
    prompt: None | str | Unset = UNSET
    router_name: str | Unset = "auto_router_routing_test"
    saved_model_id: None | str | Unset = UNSET
    system: list[AutoRouterRoutingTestRequestSystemType1Item] | None | str | Unset = UNSET
    team_id: None | str | Unset = UNSET
    tools: list[AutoRouterRoutingTestRequestToolsType0Item] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        complexity_router_config = self.complexity_router_config.to_dict()

        default_model: None | str | Unset
        if isinstance(self.default_model, Unset):
            default_model = UNSET
        else:
            default_model = self.default_model

        messages: list[dict[str, Any]] | None | Unset
        if isinstance(self.messages, Unset):
            messages = UNSET
        elif isinstance(self.messages, list):
            messages = []
            for messages_type_0_item_data in self.messages:
                messages_type_0_item = messages_type_0_item_data.to_dict()
                messages.append(messages_type_0_item)

        else:
            messages = self.messages

        prompt: None | str | Unset
        if isinstance(self.prompt, Unset):
            prompt = UNSET
        else:
            prompt = self.prompt

        router_name = self.router_name

        saved_model_id: None | str | Unset
        if isinstance(self.saved_model_id, Unset):
            saved_model_id = UNSET
        else:
            saved_model_id = self.saved_model_id

        system: list[dict[str, Any]] | None | str | Unset
        if isinstance(self.system, Unset):
            system = UNSET
        elif isinstance(self.system, list):
            system = []
            for system_type_1_item_data in self.system:
                system_type_1_item = system_type_1_item_data.to_dict()
                system.append(system_type_1_item)

        else:
            system = self.system

        team_id: None | str | Unset
        if isinstance(self.team_id, Unset):
            team_id = UNSET
        else:
            team_id = self.team_id

        tools: list[dict[str, Any]] | None | Unset
        if isinstance(self.tools, Unset):
            tools = UNSET
        elif isinstance(self.tools, list):
            tools = []
            for tools_type_0_item_data in self.tools:
                tools_type_0_item = tools_type_0_item_data.to_dict()
                tools.append(tools_type_0_item)

        else:
            tools = self.tools

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "complexity_router_config": complexity_router_config,
            }
        )
        if default_model is not UNSET:
            field_dict["default_model"] = default_model
        if messages is not UNSET:
            field_dict["messages"] = messages
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if router_name is not UNSET:
            field_dict["router_name"] = router_name
        if saved_model_id is not UNSET:
            field_dict["saved_model_id"] = saved_model_id
        if system is not UNSET:
            field_dict["system"] = system
        if team_id is not UNSET:
            field_dict["team_id"] = team_id
        if tools is not UNSET:
            field_dict["tools"] = tools

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.auto_router_routing_test_request_messages_type_0_item import (
            AutoRouterRoutingTestRequestMessagesType0Item,  # noqa: PLC0415
        )
        from ..models.auto_router_routing_test_request_system_type_1_item import (
            AutoRouterRoutingTestRequestSystemType1Item,  # noqa: PLC0415
        )
        from ..models.auto_router_routing_test_request_tools_type_0_item import (
            AutoRouterRoutingTestRequestToolsType0Item,  # noqa: PLC0415
        )
        from ..models.request_complexity_router_config import RequestComplexityRouterConfig  # noqa: PLC0415

        d = dict(src_dict)
        complexity_router_config = RequestComplexityRouterConfig.from_dict(d.pop("complexity_router_config"))

        def _parse_default_model(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        default_model = _parse_default_model(d.pop("default_model", UNSET))

        def _parse_messages(data: object) -> list[AutoRouterRoutingTestRequestMessagesType0Item] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                messages_type_0 = []
                _messages_type_0 = data
                for messages_type_0_item_data in _messages_type_0:
                    messages_type_0_item = AutoRouterRoutingTestRequestMessagesType0Item.from_dict(
                        messages_type_0_item_data
                    )

                    messages_type_0.append(messages_type_0_item)

                return messages_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[AutoRouterRoutingTestRequestMessagesType0Item] | None | Unset, data)

        messages = _parse_messages(d.pop("messages", UNSET))

        def _parse_prompt(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        prompt = _parse_prompt(d.pop("prompt", UNSET))

        router_name = d.pop("router_name", UNSET)

        def _parse_saved_model_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        saved_model_id = _parse_saved_model_id(d.pop("saved_model_id", UNSET))

        def _parse_system(data: object) -> list[AutoRouterRoutingTestRequestSystemType1Item] | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                system_type_1 = []
                _system_type_1 = data
                for system_type_1_item_data in _system_type_1:
                    system_type_1_item = AutoRouterRoutingTestRequestSystemType1Item.from_dict(system_type_1_item_data)

                    system_type_1.append(system_type_1_item)

                return system_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[AutoRouterRoutingTestRequestSystemType1Item] | None | str | Unset, data)

        system = _parse_system(d.pop("system", UNSET))

        def _parse_team_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        team_id = _parse_team_id(d.pop("team_id", UNSET))

        def _parse_tools(data: object) -> list[AutoRouterRoutingTestRequestToolsType0Item] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                tools_type_0 = []
                _tools_type_0 = data
                for tools_type_0_item_data in _tools_type_0:
                    tools_type_0_item = AutoRouterRoutingTestRequestToolsType0Item.from_dict(tools_type_0_item_data)

                    tools_type_0.append(tools_type_0_item)

                return tools_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[AutoRouterRoutingTestRequestToolsType0Item] | None | Unset, data)

        tools = _parse_tools(d.pop("tools", UNSET))

        auto_router_routing_test_request = cls(
            complexity_router_config=complexity_router_config,
            default_model=default_model,
            messages=messages,
            prompt=prompt,
            router_name=router_name,
            saved_model_id=saved_model_id,
            system=system,
            team_id=team_id,
            tools=tools,
        )

        auto_router_routing_test_request.additional_properties = d
        return auto_router_routing_test_request

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
