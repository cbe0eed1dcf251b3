from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.response_function_web_search_param_status import ResponseFunctionWebSearchParamStatus

if TYPE_CHECKING:
    from ..models.action_find import ActionFind
    from ..models.action_open_page import ActionOpenPage
    from ..models.action_search import ActionSearch


T = TypeVar("T", bound="ResponseFunctionWebSearchParam")


@_attrs_define
class ResponseFunctionWebSearchParam:
    """The results of a web search tool call.

    See the
    [web search guide](https://developers.openai.com/api/docs/guides/tools-web-search) for more information.

        Attributes:
            action (ActionFind | ActionOpenPage | ActionSearch):
            id (str):
            status (ResponseFunctionWebSearchParamStatus):
            type_ (Literal['web_search_call']):
    """

    action: ActionFind | ActionOpenPage | ActionSearch
    id: str
    status: ResponseFunctionWebSearchParamStatus
    type_: Literal["web_search_call"]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.action_open_page import ActionOpenPage  # noqa: PLC0415
        from ..models.action_search import ActionSearch  # noqa: PLC0415

        action: dict[str, Any]
        if isinstance(self.action, ActionSearch):
            action = self.action.to_dict()
        elif isinstance(self.action, ActionOpenPage):
            action = self.action.to_dict()
        else:
            action = self.action.to_dict()

        id = self.id

        status = self.status.value

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "action": action,
                "id": id,
                "status": status,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.action_find import ActionFind  # noqa: PLC0415
        from ..models.action_open_page import ActionOpenPage  # noqa: PLC0415
        from ..models.action_search import ActionSearch  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_action(data: object) -> ActionFind | ActionOpenPage | ActionSearch:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                action_type_0 = ActionSearch.from_dict(data)

                return action_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                action_type_1 = ActionOpenPage.from_dict(data)

                return action_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            action_type_2 = ActionFind.from_dict(data)

            return action_type_2

        action = _parse_action(d.pop("action"))

        id = d.pop("id")

        status = ResponseFunctionWebSearchParamStatus(d.pop("status"))

        type_ = cast(Literal["web_search_call"], d.pop("type"))
        if type_ != "web_search_call":
            raise ValueError(f"type must match const 'web_search_call', got '{type_}'")

        response_function_web_search_param = cls(
            action=action,
            id=id,
            status=status,
            type_=type_,
        )

        response_function_web_search_param.additional_properties = d
        return response_function_web_search_param

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
