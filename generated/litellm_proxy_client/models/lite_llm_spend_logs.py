from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.lite_llm_spend_logs_messages_type_2 import LiteLLMSpendLogsMessagesType2
    from ..models.lite_llm_spend_logs_response_type_2 import LiteLLMSpendLogsResponseType2


T = TypeVar("T", bound="LiteLLMSpendLogs")


@_attrs_define
class LiteLLMSpendLogs:
    """
    Attributes:
        api_key (str):
        call_type (str):
        end_time (datetime.datetime | None | str):
        messages (list[Any] | LiteLLMSpendLogsMessagesType2 | None | str):
        request_id (str):
        response (list[Any] | LiteLLMSpendLogsResponseType2 | None | str):
        start_time (datetime.datetime | None | str):
        api_base (None | str | Unset):  Default: ''.
        cache_hit (None | str | Unset):  Default: 'False'.
        cache_key (None | str | Unset):
        completion_tokens (int | None | Unset):  Default: 0.
        created_at (datetime.datetime | None | Unset):
        metadata (Any | None | Unset):
        model (None | str | Unset):  Default: ''.
        prompt_tokens (int | None | Unset):  Default: 0.
        request_tags (Any | None | Unset):
        requester_ip_address (None | str | Unset):
        spend (float | None | Unset):  Default: 0.0.
        total_tokens (int | None | Unset):  Default: 0.
        updated_at (datetime.datetime | None | Unset):
        user (None | str | Unset):  Default: ''.
    """

    api_key: str
    call_type: str
    end_time: datetime.datetime | None | str
    messages: list[Any] | LiteLLMSpendLogsMessagesType2 | None | str
    request_id: str
    response: list[Any] | LiteLLMSpendLogsResponseType2 | None | str
    start_time: datetime.datetime | None | str
    api_base: None | str | Unset = ""
    cache_hit: None | str | Unset = "False"
    cache_key: None | str | Unset = UNSET
    completion_tokens: int | None | Unset = 0
    created_at: datetime.datetime | None | Unset = UNSET
    metadata: Any | None | Unset = UNSET
    model: None | str | Unset = ""
    prompt_tokens: int | None | Unset = 0
    request_tags: Any | None | Unset = UNSET
    requester_ip_address: None | str | Unset = UNSET
    spend: float | None | Unset = 0.0
    total_tokens: int | None | Unset = 0
    updated_at: datetime.datetime | None | Unset = UNSET
    user: None | str | Unset = ""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.lite_llm_spend_logs_messages_type_2 import LiteLLMSpendLogsMessagesType2  # noqa: PLC0415
        from ..models.lite_llm_spend_logs_response_type_2 import LiteLLMSpendLogsResponseType2  # noqa: PLC0415

        api_key = self.api_key

        call_type = self.call_type

        end_time: None | str
        if isinstance(self.end_time, datetime.datetime):
            end_time = self.end_time.isoformat()
        else:
            end_time = self.end_time

        messages: dict[str, Any] | list[Any] | None | str
        if isinstance(self.messages, list):
            messages = self.messages

        elif isinstance(self.messages, LiteLLMSpendLogsMessagesType2):
            messages = self.messages.to_dict()
        else:
            messages = self.messages

        request_id = self.request_id

        response: dict[str, Any] | list[Any] | None | str
        if isinstance(self.response, list):
            response = self.response

        elif isinstance(self.response, LiteLLMSpendLogsResponseType2):
            response = self.response.to_dict()
        else:
            response = self.response

        start_time: None | str
        if isinstance(self.start_time, datetime.datetime):
            start_time = self.start_time.isoformat()
        else:
            start_time = self.start_time

        api_base: None | str | Unset
        if isinstance(self.api_base, Unset):
            api_base = UNSET
        else:
            api_base = self.api_base

        cache_hit: None | str | Unset
        if isinstance(self.cache_hit, Unset):
            cache_hit = UNSET
        else:
            cache_hit = self.cache_hit

        cache_key: None | str | Unset
        if isinstance(self.cache_key, Unset):
            cache_key = UNSET
        else:
            cache_key = self.cache_key

        completion_tokens: int | None | Unset
        if isinstance(self.completion_tokens, Unset):
            completion_tokens = UNSET
        else:
            completion_tokens = self.completion_tokens

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        metadata: Any | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        else:
            metadata = self.metadata

        model: None | str | Unset
        if isinstance(self.model, Unset):
            model = UNSET
        else:
            model = self.model

        prompt_tokens: int | None | Unset
        if isinstance(self.prompt_tokens, Unset):
            prompt_tokens = UNSET
        else:
            prompt_tokens = self.prompt_tokens

        request_tags: Any | None | Unset
        if isinstance(self.request_tags, Unset):
            request_tags = UNSET
        else:
            request_tags = self.request_tags

        requester_ip_address: None | str | Unset
        if isinstance(self.requester_ip_address, Unset):
            requester_ip_address = UNSET
        else:
            requester_ip_address = self.requester_ip_address

        spend: float | None | Unset
        if isinstance(self.spend, Unset):
            spend = UNSET
        else:
            spend = self.spend

        total_tokens: int | None | Unset
        if isinstance(self.total_tokens, Unset):
            total_tokens = UNSET
        else:
            total_tokens = self.total_tokens

        updated_at: None | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        elif isinstance(self.updated_at, datetime.datetime):
            updated_at = self.updated_at.isoformat()
        else:
            updated_at = self.updated_at

        user: None | str | Unset
        if isinstance(self.user, Unset):
            user = UNSET
        else:
            user = self.user

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "api_key": api_key,
                "call_type": call_type,
                "endTime": end_time,
                "messages": messages,
                "request_id": request_id,
                "response": response,
                "startTime": start_time,
            }
        )
        if api_base is not UNSET:
            field_dict["api_base"] = api_base
        if cache_hit is not UNSET:
            field_dict["cache_hit"] = cache_hit
        if cache_key is not UNSET:
            field_dict["cache_key"] = cache_key
        if completion_tokens is not UNSET:
            field_dict["completion_tokens"] = completion_tokens
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if model is not UNSET:
            field_dict["model"] = model
        if prompt_tokens is not UNSET:
            field_dict["prompt_tokens"] = prompt_tokens
        if request_tags is not UNSET:
            field_dict["request_tags"] = request_tags
        if requester_ip_address is not UNSET:
            field_dict["requester_ip_address"] = requester_ip_address
        if spend is not UNSET:
            field_dict["spend"] = spend
        if total_tokens is not UNSET:
            field_dict["total_tokens"] = total_tokens
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if user is not UNSET:
            field_dict["user"] = user

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.lite_llm_spend_logs_messages_type_2 import LiteLLMSpendLogsMessagesType2  # noqa: PLC0415
        from ..models.lite_llm_spend_logs_response_type_2 import LiteLLMSpendLogsResponseType2  # noqa: PLC0415

        d = dict(src_dict)
        api_key = d.pop("api_key")

        call_type = d.pop("call_type")

        def _parse_end_time(data: object) -> datetime.datetime | None | str:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                end_time_type_1 = datetime.datetime.fromisoformat(data)

                return end_time_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | str, data)

        end_time = _parse_end_time(d.pop("endTime"))

        def _parse_messages(data: object) -> list[Any] | LiteLLMSpendLogsMessagesType2 | None | str:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                messages_type_1 = cast(list[Any], data)

                return messages_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                messages_type_2 = LiteLLMSpendLogsMessagesType2.from_dict(data)

                return messages_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Any] | LiteLLMSpendLogsMessagesType2 | None | str, data)

        messages = _parse_messages(d.pop("messages"))

        request_id = d.pop("request_id")

        def _parse_response(data: object) -> list[Any] | LiteLLMSpendLogsResponseType2 | None | str:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                response_type_1 = cast(list[Any], data)

                return response_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_type_2 = LiteLLMSpendLogsResponseType2.from_dict(data)

                return response_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Any] | LiteLLMSpendLogsResponseType2 | None | str, data)

        response = _parse_response(d.pop("response"))

        def _parse_start_time(data: object) -> datetime.datetime | None | str:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                start_time_type_1 = datetime.datetime.fromisoformat(data)

                return start_time_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | str, data)

        start_time = _parse_start_time(d.pop("startTime"))

        def _parse_api_base(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        api_base = _parse_api_base(d.pop("api_base", UNSET))

        def _parse_cache_hit(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        cache_hit = _parse_cache_hit(d.pop("cache_hit", UNSET))

        def _parse_cache_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        cache_key = _parse_cache_key(d.pop("cache_key", UNSET))

        def _parse_completion_tokens(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        completion_tokens = _parse_completion_tokens(d.pop("completion_tokens", UNSET))

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

        def _parse_metadata(data: object) -> Any | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(Any | None | Unset, data)

        metadata = _parse_metadata(d.pop("metadata", UNSET))

        def _parse_model(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        model = _parse_model(d.pop("model", UNSET))

        def _parse_prompt_tokens(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        prompt_tokens = _parse_prompt_tokens(d.pop("prompt_tokens", UNSET))

        def _parse_request_tags(data: object) -> Any | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(Any | None | Unset, data)

        request_tags = _parse_request_tags(d.pop("request_tags", UNSET))

        def _parse_requester_ip_address(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        requester_ip_address = _parse_requester_ip_address(d.pop("requester_ip_address", UNSET))

        def _parse_spend(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        spend = _parse_spend(d.pop("spend", UNSET))

        def _parse_total_tokens(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        total_tokens = _parse_total_tokens(d.pop("total_tokens", UNSET))

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

        def _parse_user(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        user = _parse_user(d.pop("user", UNSET))

        lite_llm_spend_logs = cls(
            api_key=api_key,
            call_type=call_type,
            end_time=end_time,
            messages=messages,
            request_id=request_id,
            response=response,
            start_time=start_time,
            api_base=api_base,
            cache_hit=cache_hit,
            cache_key=cache_key,
            completion_tokens=completion_tokens,
            created_at=created_at,
            metadata=metadata,
            model=model,
            prompt_tokens=prompt_tokens,
            request_tags=request_tags,
            requester_ip_address=requester_ip_address,
            spend=spend,
            total_tokens=total_tokens,
            updated_at=updated_at,
            user=user,
        )

        lite_llm_spend_logs.additional_properties = d
        return lite_llm_spend_logs

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
