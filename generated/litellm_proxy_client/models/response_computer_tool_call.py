from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.response_computer_tool_call_status import ResponseComputerToolCallStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.action_click import ActionClick
    from ..models.action_double_click import ActionDoubleClick
    from ..models.action_drag import ActionDrag
    from ..models.action_keypress import ActionKeypress
    from ..models.action_move import ActionMove
    from ..models.action_screenshot import ActionScreenshot
    from ..models.action_scroll import ActionScroll
    from ..models.action_type import ActionType
    from ..models.action_wait import ActionWait
    from ..models.click import Click
    from ..models.double_click import DoubleClick
    from ..models.drag import Drag
    from ..models.keypress import Keypress
    from ..models.move import Move
    from ..models.pending_safety_check import PendingSafetyCheck
    from ..models.screenshot import Screenshot
    from ..models.scroll import Scroll
    from ..models.type_action import TypeAction
    from ..models.wait import Wait


T = TypeVar("T", bound="ResponseComputerToolCall")


@_attrs_define
class ResponseComputerToolCall:
    """A tool call to a computer use tool.

    See the
    [computer use guide](https://developers.openai.com/api/docs/guides/tools-computer-use) for more information.

        Attributes:
            call_id (str):
            id (str):
            pending_safety_checks (list[PendingSafetyCheck]):
            status (ResponseComputerToolCallStatus):
            type_ (Literal['computer_call']):
            action (ActionClick | ActionDoubleClick | ActionDrag | ActionKeypress | ActionMove | ActionScreenshot |
                ActionScroll | ActionType | ActionWait | None | Unset):
            actions (list[Click | DoubleClick | Drag | Keypress | Move | Screenshot | Scroll | TypeAction | Wait] | None |
                Unset):
    """

    call_id: str
    id: str
    pending_safety_checks: list[PendingSafetyCheck]
    status: ResponseComputerToolCallStatus
    type_: Literal["computer_call"]
    action: (
        ActionClick
        | ActionDoubleClick
        | ActionDrag
        | ActionKeypress
        | ActionMove
        | ActionScreenshot
        | ActionScroll
        | ActionType
        | ActionWait
        | None
        | Unset
    ) = UNSET
    actions: (
        list[Click | DoubleClick | Drag | Keypress | Move | Screenshot | Scroll | TypeAction | Wait] | None | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.action_click import ActionClick  # noqa: PLC0415
        from ..models.action_double_click import ActionDoubleClick  # noqa: PLC0415
        from ..models.action_drag import ActionDrag  # noqa: PLC0415
        from ..models.action_keypress import ActionKeypress  # noqa: PLC0415
        from ..models.action_move import ActionMove  # noqa: PLC0415
        from ..models.action_screenshot import ActionScreenshot  # noqa: PLC0415
        from ..models.action_scroll import ActionScroll  # noqa: PLC0415
        from ..models.action_type import ActionType  # noqa: PLC0415
        from ..models.action_wait import ActionWait  # noqa: PLC0415
        from ..models.click import Click  # noqa: PLC0415
        from ..models.double_click import DoubleClick  # noqa: PLC0415
        from ..models.drag import Drag  # noqa: PLC0415
        from ..models.keypress import Keypress  # noqa: PLC0415
        from ..models.move import Move  # noqa: PLC0415
        from ..models.screenshot import Screenshot  # noqa: PLC0415
        from ..models.scroll import Scroll  # noqa: PLC0415
        from ..models.type_action import TypeAction  # noqa: PLC0415

        call_id = self.call_id

        id = self.id

        pending_safety_checks = []
        for pending_safety_checks_item_data in self.pending_safety_checks:
            pending_safety_checks_item = pending_safety_checks_item_data.to_dict()
            pending_safety_checks.append(pending_safety_checks_item)

        status = self.status.value

        type_ = self.type_

        action: dict[str, Any] | None | Unset
        if isinstance(self.action, Unset):
            action = UNSET
        elif isinstance(self.action, ActionClick):
            action = self.action.to_dict()
        elif isinstance(self.action, ActionDoubleClick):
            action = self.action.to_dict()
        elif isinstance(self.action, ActionDrag):
            action = self.action.to_dict()
        elif isinstance(self.action, ActionKeypress):
            action = self.action.to_dict()
        elif isinstance(self.action, ActionMove):
            action = self.action.to_dict()
        elif isinstance(self.action, ActionScreenshot):
            action = self.action.to_dict()
        elif isinstance(self.action, ActionScroll):
            action = self.action.to_dict()
        elif isinstance(self.action, ActionType):
            action = self.action.to_dict()
        elif isinstance(self.action, ActionWait):
            action = self.action.to_dict()
        else:
            action = self.action

        actions: list[dict[str, Any]] | None | Unset
        if isinstance(self.actions, Unset):
            actions = UNSET
        elif isinstance(self.actions, list):
            actions = []
            for actions_type_0_item_data in self.actions:
                actions_type_0_item: dict[str, Any]
                if isinstance(actions_type_0_item_data, Click):
                    actions_type_0_item = actions_type_0_item_data.to_dict()
                elif isinstance(actions_type_0_item_data, DoubleClick):
                    actions_type_0_item = actions_type_0_item_data.to_dict()
                elif isinstance(actions_type_0_item_data, Drag):
                    actions_type_0_item = actions_type_0_item_data.to_dict()
                elif isinstance(actions_type_0_item_data, Keypress):
                    actions_type_0_item = actions_type_0_item_data.to_dict()
                elif isinstance(actions_type_0_item_data, Move):
                    actions_type_0_item = actions_type_0_item_data.to_dict()
                elif isinstance(actions_type_0_item_data, Screenshot):
                    actions_type_0_item = actions_type_0_item_data.to_dict()
                elif isinstance(actions_type_0_item_data, Scroll):
                    actions_type_0_item = actions_type_0_item_data.to_dict()
                elif isinstance(actions_type_0_item_data, TypeAction):
                    actions_type_0_item = actions_type_0_item_data.to_dict()
                else:
                    actions_type_0_item = actions_type_0_item_data.to_dict()

                actions.append(actions_type_0_item)

        else:
            actions = self.actions

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "call_id": call_id,
                "id": id,
                "pending_safety_checks": pending_safety_checks,
                "status": status,
                "type": type_,
            }
        )
        if action is not UNSET:
            field_dict["action"] = action
        if actions is not UNSET:
            field_dict["actions"] = actions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.action_click import ActionClick  # noqa: PLC0415
        from ..models.action_double_click import ActionDoubleClick  # noqa: PLC0415
        from ..models.action_drag import ActionDrag  # noqa: PLC0415
        from ..models.action_keypress import ActionKeypress  # noqa: PLC0415
        from ..models.action_move import ActionMove  # noqa: PLC0415
        from ..models.action_screenshot import ActionScreenshot  # noqa: PLC0415
        from ..models.action_scroll import ActionScroll  # noqa: PLC0415
        from ..models.action_type import ActionType  # noqa: PLC0415
        from ..models.action_wait import ActionWait  # noqa: PLC0415
        from ..models.click import Click  # noqa: PLC0415
        from ..models.double_click import DoubleClick  # noqa: PLC0415
        from ..models.drag import Drag  # noqa: PLC0415
        from ..models.keypress import Keypress  # noqa: PLC0415
        from ..models.move import Move  # noqa: PLC0415
        from ..models.pending_safety_check import PendingSafetyCheck  # noqa: PLC0415
        from ..models.screenshot import Screenshot  # noqa: PLC0415
        from ..models.scroll import Scroll  # noqa: PLC0415
        from ..models.type_action import TypeAction  # noqa: PLC0415
        from ..models.wait import Wait  # noqa: PLC0415

        d = dict(src_dict)
        call_id = d.pop("call_id")

        id = d.pop("id")

        pending_safety_checks = []
        _pending_safety_checks = d.pop("pending_safety_checks")
        for pending_safety_checks_item_data in _pending_safety_checks:
            pending_safety_checks_item = PendingSafetyCheck.from_dict(pending_safety_checks_item_data)

            pending_safety_checks.append(pending_safety_checks_item)

        status = ResponseComputerToolCallStatus(d.pop("status"))

        type_ = cast(Literal["computer_call"], d.pop("type"))
        if type_ != "computer_call":
            raise ValueError(f"type must match const 'computer_call', got '{type_}'")

        def _parse_action(
            data: object,
        ) -> (
            ActionClick
            | ActionDoubleClick
            | ActionDrag
            | ActionKeypress
            | ActionMove
            | ActionScreenshot
            | ActionScroll
            | ActionType
            | ActionWait
            | None
            | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                action_type_0 = ActionClick.from_dict(data)

                return action_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                action_type_1 = ActionDoubleClick.from_dict(data)

                return action_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                action_type_2 = ActionDrag.from_dict(data)

                return action_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                action_type_3 = ActionKeypress.from_dict(data)

                return action_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                action_type_4 = ActionMove.from_dict(data)

                return action_type_4
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                action_type_5 = ActionScreenshot.from_dict(data)

                return action_type_5
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                action_type_6 = ActionScroll.from_dict(data)

                return action_type_6
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                action_type_7 = ActionType.from_dict(data)

                return action_type_7
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                action_type_8 = ActionWait.from_dict(data)

                return action_type_8
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                ActionClick
                | ActionDoubleClick
                | ActionDrag
                | ActionKeypress
                | ActionMove
                | ActionScreenshot
                | ActionScroll
                | ActionType
                | ActionWait
                | None
                | Unset,
                data,
            )

        action = _parse_action(d.pop("action", UNSET))

        def _parse_actions(
            data: object,
        ) -> (
            list[Click | DoubleClick | Drag | Keypress | Move | Screenshot | Scroll | TypeAction | Wait] | None | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                actions_type_0 = []
                _actions_type_0 = data
                for actions_type_0_item_data in _actions_type_0:

                    def _parse_actions_type_0_item(
                        data: object,
                    ) -> Click | DoubleClick | Drag | Keypress | Move | Screenshot | Scroll | TypeAction | Wait:
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            actions_type_0_item_type_0 = Click.from_dict(data)

                            return actions_type_0_item_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            actions_type_0_item_type_1 = DoubleClick.from_dict(data)

                            return actions_type_0_item_type_1
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            actions_type_0_item_type_2 = Drag.from_dict(data)

                            return actions_type_0_item_type_2
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            actions_type_0_item_type_3 = Keypress.from_dict(data)

                            return actions_type_0_item_type_3
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            actions_type_0_item_type_4 = Move.from_dict(data)

                            return actions_type_0_item_type_4
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            actions_type_0_item_type_5 = Screenshot.from_dict(data)

                            return actions_type_0_item_type_5
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            actions_type_0_item_type_6 = Scroll.from_dict(data)

                            return actions_type_0_item_type_6
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            actions_type_0_item_type_7 = TypeAction.from_dict(data)

                            return actions_type_0_item_type_7
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        if not isinstance(data, dict):
                            raise TypeError()
                        actions_type_0_item_type_8 = Wait.from_dict(data)

                        return actions_type_0_item_type_8

                    actions_type_0_item = _parse_actions_type_0_item(actions_type_0_item_data)

                    actions_type_0.append(actions_type_0_item)

                return actions_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                list[Click | DoubleClick | Drag | Keypress | Move | Screenshot | Scroll | TypeAction | Wait]
                | None
                | Unset,
                data,
            )

        actions = _parse_actions(d.pop("actions", UNSET))

        response_computer_tool_call = cls(
            call_id=call_id,
            id=id,
            pending_safety_checks=pending_safety_checks,
            status=status,
            type_=type_,
            action=action,
            actions=actions,
        )

        response_computer_tool_call.additional_properties = d
        return response_computer_tool_call

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
