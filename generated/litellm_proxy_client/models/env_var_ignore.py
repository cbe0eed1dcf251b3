from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EnvVarIgnore")


@_attrs_define
class EnvVarIgnore:
    """
    Attributes:
        env_var (str):
        source (Literal['env_var'] | Unset):  Default: 'env_var'.
    """

    env_var: str
    source: Literal["env_var"] | Unset = "env_var"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        env_var = self.env_var

        source = self.source

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "env_var": env_var,
            }
        )
        if source is not UNSET:
            field_dict["source"] = source

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        env_var = d.pop("env_var")

        source = cast(Literal["env_var"] | Unset, d.pop("source", UNSET))
        if source != "env_var" and not isinstance(source, Unset):
            raise ValueError(f"source must match const 'env_var', got '{source}'")

        env_var_ignore = cls(
            env_var=env_var,
            source=source,
        )

        env_var_ignore.additional_properties = d
        return env_var_ignore

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
