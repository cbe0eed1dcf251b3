from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.logprob_top_logprob import LogprobTopLogprob


T = TypeVar("T", bound="Logprob")


@_attrs_define
class Logprob:
    """The log probability of a token.

    Attributes:
        bytes_ (list[int]):
        logprob (float):
        token (str):
        top_logprobs (list[LogprobTopLogprob]):
    """

    bytes_: list[int]
    logprob: float
    token: str
    top_logprobs: list[LogprobTopLogprob]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bytes_ = self.bytes_

        logprob = self.logprob

        token = self.token

        top_logprobs = []
        for top_logprobs_item_data in self.top_logprobs:
            top_logprobs_item = top_logprobs_item_data.to_dict()
            top_logprobs.append(top_logprobs_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "bytes": bytes_,
                "logprob": logprob,
                "token": token,
                "top_logprobs": top_logprobs,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.logprob_top_logprob import LogprobTopLogprob  # noqa: PLC0415

        d = dict(src_dict)
        bytes_ = cast(list[int], d.pop("bytes"))

        logprob = d.pop("logprob")

        token = d.pop("token")

        top_logprobs = []
        _top_logprobs = d.pop("top_logprobs")
        for top_logprobs_item_data in _top_logprobs:
            top_logprobs_item = LogprobTopLogprob.from_dict(top_logprobs_item_data)

            top_logprobs.append(top_logprobs_item)

        logprob = cls(
            bytes_=bytes_,
            logprob=logprob,
            token=token,
            top_logprobs=top_logprobs,
        )

        logprob.additional_properties = d
        return logprob

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
