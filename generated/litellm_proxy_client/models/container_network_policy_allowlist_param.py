from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.container_network_policy_domain_secret_param import ContainerNetworkPolicyDomainSecretParam


T = TypeVar("T", bound="ContainerNetworkPolicyAllowlistParam")


@_attrs_define
class ContainerNetworkPolicyAllowlistParam:
    """
    Attributes:
        allowed_domains (list[str]):
        type_ (Literal['allowlist']):
        domain_secrets (list[ContainerNetworkPolicyDomainSecretParam] | Unset):
    """

    allowed_domains: list[str]
    type_: Literal["allowlist"]
    domain_secrets: list[ContainerNetworkPolicyDomainSecretParam] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        allowed_domains = self.allowed_domains

        type_ = self.type_

        domain_secrets: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.domain_secrets, Unset):
            domain_secrets = []
            for domain_secrets_item_data in self.domain_secrets:
                domain_secrets_item = domain_secrets_item_data.to_dict()
                domain_secrets.append(domain_secrets_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "allowed_domains": allowed_domains,
                "type": type_,
            }
        )
        if domain_secrets is not UNSET:
            field_dict["domain_secrets"] = domain_secrets

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.container_network_policy_domain_secret_param import ContainerNetworkPolicyDomainSecretParam  # noqa: PLC0415

        d = dict(src_dict)
        allowed_domains = cast(list[str], d.pop("allowed_domains"))

        type_ = cast(Literal["allowlist"], d.pop("type"))
        if type_ != "allowlist":
            raise ValueError(f"type must match const 'allowlist', got '{type_}'")

        _domain_secrets = d.pop("domain_secrets", UNSET)
        domain_secrets: list[ContainerNetworkPolicyDomainSecretParam] | Unset = UNSET
        if _domain_secrets is not UNSET:
            domain_secrets = []
            for domain_secrets_item_data in _domain_secrets:
                domain_secrets_item = ContainerNetworkPolicyDomainSecretParam.from_dict(domain_secrets_item_data)

                domain_secrets.append(domain_secrets_item)

        container_network_policy_allowlist_param = cls(
            allowed_domains=allowed_domains,
            type_=type_,
            domain_secrets=domain_secrets,
        )

        container_network_policy_allowlist_param.additional_properties = d
        return container_network_policy_allowlist_param

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
