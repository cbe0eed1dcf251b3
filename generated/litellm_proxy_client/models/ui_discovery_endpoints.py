from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.worker_registry_entry import WorkerRegistryEntry


T = TypeVar("T", bound="UiDiscoveryEndpoints")


@_attrs_define
class UiDiscoveryEndpoints:
    """
    Attributes:
        admin_ui_disabled (bool):
        auto_redirect_to_sso (bool):
        proxy_base_url (None | str):
        server_root_path (str):
        sso_configured (bool):
        claude_code_marketplace_auth_required (bool | Unset):  Default: False.
        gateway_base_url (None | str | Unset):
        hide_default_credentials_hint (bool | Unset):  Default: False.
        is_control_plane (bool | Unset):  Default: False.
        mcp_stdio_enabled (bool | Unset):  Default: False.
        use_si_terminology (bool | Unset):  Default: False.
        workers (list[WorkerRegistryEntry] | Unset):
    """

    admin_ui_disabled: bool
    auto_redirect_to_sso: bool
    proxy_base_url: None | str
    server_root_path: str
    sso_configured: bool
    claude_code_marketplace_auth_required: bool | Unset = False
    gateway_base_url: None | str | Unset = UNSET
    hide_default_credentials_hint: bool | Unset = False
    is_control_plane: bool | Unset = False
    mcp_stdio_enabled: bool | Unset = False
    use_si_terminology: bool | Unset = False
    workers: list[WorkerRegistryEntry] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        admin_ui_disabled = self.admin_ui_disabled

        auto_redirect_to_sso = self.auto_redirect_to_sso

        proxy_base_url: None | str
        proxy_base_url = self.proxy_base_url

        server_root_path = self.server_root_path

        sso_configured = self.sso_configured

        claude_code_marketplace_auth_required = self.claude_code_marketplace_auth_required

        gateway_base_url: None | str | Unset
        if isinstance(self.gateway_base_url, Unset):
            gateway_base_url = UNSET
        else:
            gateway_base_url = self.gateway_base_url

        hide_default_credentials_hint = self.hide_default_credentials_hint

        is_control_plane = self.is_control_plane

        mcp_stdio_enabled = self.mcp_stdio_enabled

        use_si_terminology = self.use_si_terminology

        workers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.workers, Unset):
            workers = []
            for workers_item_data in self.workers:
                workers_item = workers_item_data.to_dict()
                workers.append(workers_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "admin_ui_disabled": admin_ui_disabled,
                "auto_redirect_to_sso": auto_redirect_to_sso,
                "proxy_base_url": proxy_base_url,
                "server_root_path": server_root_path,
                "sso_configured": sso_configured,
            }
        )
        if claude_code_marketplace_auth_required is not UNSET:
            field_dict["claude_code_marketplace_auth_required"] = claude_code_marketplace_auth_required
        if gateway_base_url is not UNSET:
            field_dict["gateway_base_url"] = gateway_base_url
        if hide_default_credentials_hint is not UNSET:
            field_dict["hide_default_credentials_hint"] = hide_default_credentials_hint
        if is_control_plane is not UNSET:
            field_dict["is_control_plane"] = is_control_plane
        if mcp_stdio_enabled is not UNSET:
            field_dict["mcp_stdio_enabled"] = mcp_stdio_enabled
        if use_si_terminology is not UNSET:
            field_dict["use_si_terminology"] = use_si_terminology
        if workers is not UNSET:
            field_dict["workers"] = workers

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.worker_registry_entry import WorkerRegistryEntry  # noqa: PLC0415

        d = dict(src_dict)
        admin_ui_disabled = d.pop("admin_ui_disabled")

        auto_redirect_to_sso = d.pop("auto_redirect_to_sso")

        def _parse_proxy_base_url(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        proxy_base_url = _parse_proxy_base_url(d.pop("proxy_base_url"))

        server_root_path = d.pop("server_root_path")

        sso_configured = d.pop("sso_configured")

        claude_code_marketplace_auth_required = d.pop("claude_code_marketplace_auth_required", UNSET)

        def _parse_gateway_base_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        gateway_base_url = _parse_gateway_base_url(d.pop("gateway_base_url", UNSET))

        hide_default_credentials_hint = d.pop("hide_default_credentials_hint", UNSET)

        is_control_plane = d.pop("is_control_plane", UNSET)

        mcp_stdio_enabled = d.pop("mcp_stdio_enabled", UNSET)

        use_si_terminology = d.pop("use_si_terminology", UNSET)

        _workers = d.pop("workers", UNSET)
        workers: list[WorkerRegistryEntry] | Unset = UNSET
        if _workers is not UNSET:
            workers = []
            for workers_item_data in _workers:
                workers_item = WorkerRegistryEntry.from_dict(workers_item_data)

                workers.append(workers_item)

        ui_discovery_endpoints = cls(
            admin_ui_disabled=admin_ui_disabled,
            auto_redirect_to_sso=auto_redirect_to_sso,
            proxy_base_url=proxy_base_url,
            server_root_path=server_root_path,
            sso_configured=sso_configured,
            claude_code_marketplace_auth_required=claude_code_marketplace_auth_required,
            gateway_base_url=gateway_base_url,
            hide_default_credentials_hint=hide_default_credentials_hint,
            is_control_plane=is_control_plane,
            mcp_stdio_enabled=mcp_stdio_enabled,
            use_si_terminology=use_si_terminology,
            workers=workers,
        )

        ui_discovery_endpoints.additional_properties = d
        return ui_discovery_endpoints

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
