from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.access_control_ui_access_mode import AccessControlUIAccessMode
    from ..models.role_mappings import RoleMappings
    from ..models.team_mappings import TeamMappings


T = TypeVar("T", bound="SSOConfig")


@_attrs_define
class SSOConfig:
    """Configuration for SSO environment variables and settings

    Attributes:
        generic_authorization_endpoint (None | str | Unset): Authorization endpoint URL for generic OAuth provider
        generic_client_id (None | str | Unset): Generic OAuth Client ID for SSO authentication (used for Okta and other
            providers)
        generic_client_secret (None | str | Unset): Generic OAuth Client Secret for SSO authentication
        generic_scope (None | str | Unset): Space-separated OAuth scopes requested from the generic provider, e.g.
            'openid email profile'
        generic_token_endpoint (None | str | Unset): Token endpoint URL for generic OAuth provider
        generic_userinfo_endpoint (None | str | Unset): User info endpoint URL for generic OAuth provider
        google_client_id (None | str | Unset): Google OAuth Client ID for SSO authentication
        google_client_secret (None | str | Unset): Google OAuth Client Secret for SSO authentication
        microsoft_client_id (None | str | Unset): Microsoft OAuth Client ID for SSO authentication
        microsoft_client_secret (None | str | Unset): Microsoft OAuth Client Secret for SSO authentication
        microsoft_tenant (None | str | Unset): Microsoft Azure Tenant ID for SSO authentication
        proxy_base_url (None | str | Unset): Base URL of the proxy server for SSO redirects
        role_mappings (None | RoleMappings | Unset): Configuration for mapping SSO groups to LiteLLM roles based on
            group claims in the SSO token
        saml_allow_unsolicited (None | str | Unset): 'true' to accept IdP-initiated (unsolicited) SAML responses, which
            cannot be browser-bound against login CSRF
        saml_idp_metadata_url (None | str | Unset): URL of the SAML IdP metadata to fetch and parse for SSO
            authentication
        saml_idp_metadata_xml (None | str | Unset): Inline SAML IdP metadata XML, used when a metadata URL is not
            available
        saml_sp_entity_id (None | str | Unset): SAML Service Provider entityID; defaults to the proxy's
            /sso/saml/metadata URL
        team_mappings (None | TeamMappings | Unset): Configuration for mapping SSO JWT fields to team IDs. Takes
            precedence over config file settings.
        ui_access_mode (AccessControlUIAccessMode | None | str | Unset): Access mode for the UI
        user_email (None | str | Unset): Email of the proxy admin user
    """

    generic_authorization_endpoint: None | str | Unset = UNSET
    generic_client_id: None | str | Unset = UNSET
    generic_client_secret: None | str | Unset = UNSET
    generic_scope: None | str | Unset = UNSET
    generic_token_endpoint: None | str | Unset = UNSET
    generic_userinfo_endpoint: None | str | Unset = UNSET
    google_client_id: None | str | Unset = UNSET
    google_client_secret: None | str | Unset = UNSET
    microsoft_client_id: None | str | Unset = UNSET
    microsoft_client_secret: None | str | Unset = UNSET
    microsoft_tenant: None | str | Unset = UNSET
    proxy_base_url: None | str | Unset = UNSET
    role_mappings: None | RoleMappings | Unset = UNSET
    saml_allow_unsolicited: None | str | Unset = UNSET
    saml_idp_metadata_url: None | str | Unset = UNSET
    saml_idp_metadata_xml: None | str | Unset = UNSET
    saml_sp_entity_id: None | str | Unset = UNSET
    team_mappings: None | TeamMappings | Unset = UNSET
    ui_access_mode: AccessControlUIAccessMode | None | str | Unset = UNSET
    user_email: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.access_control_ui_access_mode import AccessControlUIAccessMode  # noqa: PLC0415
        from ..models.role_mappings import RoleMappings  # noqa: PLC0415
        from ..models.team_mappings import TeamMappings  # noqa: PLC0415

        generic_authorization_endpoint: None | str | Unset
        if isinstance(self.generic_authorization_endpoint, Unset):
            generic_authorization_endpoint = UNSET
        else:
            generic_authorization_endpoint = self.generic_authorization_endpoint

        generic_client_id: None | str | Unset
        if isinstance(self.generic_client_id, Unset):
            generic_client_id = UNSET
        else:
            generic_client_id = self.generic_client_id

        generic_client_secret: None | str | Unset
        if isinstance(self.generic_client_secret, Unset):
            generic_client_secret = UNSET
        else:
            generic_client_secret = self.generic_client_secret

        generic_scope: None | str | Unset
        if isinstance(self.generic_scope, Unset):
            generic_scope = UNSET
        else:
            generic_scope = self.generic_scope

        generic_token_endpoint: None | str | Unset
        if isinstance(self.generic_token_endpoint, Unset):
            generic_token_endpoint = UNSET
        else:
            generic_token_endpoint = self.generic_token_endpoint

        generic_userinfo_endpoint: None | str | Unset
        if isinstance(self.generic_userinfo_endpoint, Unset):
            generic_userinfo_endpoint = UNSET
        else:
            generic_userinfo_endpoint = self.generic_userinfo_endpoint

        google_client_id: None | str | Unset
        if isinstance(self.google_client_id, Unset):
            google_client_id = UNSET
        else:
            google_client_id = self.google_client_id

        google_client_secret: None | str | Unset
        if isinstance(self.google_client_secret, Unset):
            google_client_secret = UNSET
        else:
            google_client_secret = self.google_client_secret

        microsoft_client_id: None | str | Unset
        if isinstance(self.microsoft_client_id, Unset):
            microsoft_client_id = UNSET
        else:
            microsoft_client_id = self.microsoft_client_id

        microsoft_client_secret: None | str | Unset
        if isinstance(self.microsoft_client_secret, Unset):
            microsoft_client_secret = UNSET
        else:
            microsoft_client_secret = self.microsoft_client_secret

        microsoft_tenant: None | str | Unset
        if isinstance(self.microsoft_tenant, Unset):
            microsoft_tenant = UNSET
        else:
            microsoft_tenant = self.microsoft_tenant

        proxy_base_url: None | str | Unset
        if isinstance(self.proxy_base_url, Unset):
            proxy_base_url = UNSET
        else:
            proxy_base_url = self.proxy_base_url

        role_mappings: dict[str, Any] | None | Unset
        if isinstance(self.role_mappings, Unset):
            role_mappings = UNSET
        elif isinstance(self.role_mappings, RoleMappings):
            role_mappings = self.role_mappings.to_dict()
        else:
            role_mappings = self.role_mappings

        saml_allow_unsolicited: None | str | Unset
        if isinstance(self.saml_allow_unsolicited, Unset):
            saml_allow_unsolicited = UNSET
        else:
            saml_allow_unsolicited = self.saml_allow_unsolicited

        saml_idp_metadata_url: None | str | Unset
        if isinstance(self.saml_idp_metadata_url, Unset):
            saml_idp_metadata_url = UNSET
        else:
            saml_idp_metadata_url = self.saml_idp_metadata_url

        saml_idp_metadata_xml: None | str | Unset
        if isinstance(self.saml_idp_metadata_xml, Unset):
            saml_idp_metadata_xml = UNSET
        else:
            saml_idp_metadata_xml = self.saml_idp_metadata_xml

        saml_sp_entity_id: None | str | Unset
        if isinstance(self.saml_sp_entity_id, Unset):
            saml_sp_entity_id = UNSET
        else:
            saml_sp_entity_id = self.saml_sp_entity_id

        team_mappings: dict[str, Any] | None | Unset
        if isinstance(self.team_mappings, Unset):
            team_mappings = UNSET
        elif isinstance(self.team_mappings, TeamMappings):
            team_mappings = self.team_mappings.to_dict()
        else:
            team_mappings = self.team_mappings

        ui_access_mode: dict[str, Any] | None | str | Unset
        if isinstance(self.ui_access_mode, Unset):
            ui_access_mode = UNSET
        elif isinstance(self.ui_access_mode, AccessControlUIAccessMode):
            ui_access_mode = self.ui_access_mode.to_dict()
        else:
            ui_access_mode = self.ui_access_mode

        user_email: None | str | Unset
        if isinstance(self.user_email, Unset):
            user_email = UNSET
        else:
            user_email = self.user_email

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if generic_authorization_endpoint is not UNSET:
            field_dict["generic_authorization_endpoint"] = generic_authorization_endpoint
        if generic_client_id is not UNSET:
            field_dict["generic_client_id"] = generic_client_id
        if generic_client_secret is not UNSET:
            field_dict["generic_client_secret"] = generic_client_secret
        if generic_scope is not UNSET:
            field_dict["generic_scope"] = generic_scope
        if generic_token_endpoint is not UNSET:
            field_dict["generic_token_endpoint"] = generic_token_endpoint
        if generic_userinfo_endpoint is not UNSET:
            field_dict["generic_userinfo_endpoint"] = generic_userinfo_endpoint
        if google_client_id is not UNSET:
            field_dict["google_client_id"] = google_client_id
        if google_client_secret is not UNSET:
            field_dict["google_client_secret"] = google_client_secret
        if microsoft_client_id is not UNSET:
            field_dict["microsoft_client_id"] = microsoft_client_id
        if microsoft_client_secret is not UNSET:
            field_dict["microsoft_client_secret"] = microsoft_client_secret
        if microsoft_tenant is not UNSET:
            field_dict["microsoft_tenant"] = microsoft_tenant
        if proxy_base_url is not UNSET:
            field_dict["proxy_base_url"] = proxy_base_url
        if role_mappings is not UNSET:
            field_dict["role_mappings"] = role_mappings
        if saml_allow_unsolicited is not UNSET:
            field_dict["saml_allow_unsolicited"] = saml_allow_unsolicited
        if saml_idp_metadata_url is not UNSET:
            field_dict["saml_idp_metadata_url"] = saml_idp_metadata_url
        if saml_idp_metadata_xml is not UNSET:
            field_dict["saml_idp_metadata_xml"] = saml_idp_metadata_xml
        if saml_sp_entity_id is not UNSET:
            field_dict["saml_sp_entity_id"] = saml_sp_entity_id
        if team_mappings is not UNSET:
            field_dict["team_mappings"] = team_mappings
        if ui_access_mode is not UNSET:
            field_dict["ui_access_mode"] = ui_access_mode
        if user_email is not UNSET:
            field_dict["user_email"] = user_email

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.access_control_ui_access_mode import AccessControlUIAccessMode  # noqa: PLC0415
        from ..models.role_mappings import RoleMappings  # noqa: PLC0415
        from ..models.team_mappings import TeamMappings  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_generic_authorization_endpoint(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        generic_authorization_endpoint = _parse_generic_authorization_endpoint(
            d.pop("generic_authorization_endpoint", UNSET)
        )

        def _parse_generic_client_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        generic_client_id = _parse_generic_client_id(d.pop("generic_client_id", UNSET))

        def _parse_generic_client_secret(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        generic_client_secret = _parse_generic_client_secret(d.pop("generic_client_secret", UNSET))

        def _parse_generic_scope(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        generic_scope = _parse_generic_scope(d.pop("generic_scope", UNSET))

        def _parse_generic_token_endpoint(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        generic_token_endpoint = _parse_generic_token_endpoint(d.pop("generic_token_endpoint", UNSET))

        def _parse_generic_userinfo_endpoint(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        generic_userinfo_endpoint = _parse_generic_userinfo_endpoint(d.pop("generic_userinfo_endpoint", UNSET))

        def _parse_google_client_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        google_client_id = _parse_google_client_id(d.pop("google_client_id", UNSET))

        def _parse_google_client_secret(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        google_client_secret = _parse_google_client_secret(d.pop("google_client_secret", UNSET))

        def _parse_microsoft_client_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        microsoft_client_id = _parse_microsoft_client_id(d.pop("microsoft_client_id", UNSET))

        def _parse_microsoft_client_secret(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        microsoft_client_secret = _parse_microsoft_client_secret(d.pop("microsoft_client_secret", UNSET))

        def _parse_microsoft_tenant(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        microsoft_tenant = _parse_microsoft_tenant(d.pop("microsoft_tenant", UNSET))

        def _parse_proxy_base_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        proxy_base_url = _parse_proxy_base_url(d.pop("proxy_base_url", UNSET))

        def _parse_role_mappings(data: object) -> None | RoleMappings | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                role_mappings_type_0 = RoleMappings.from_dict(data)

                return role_mappings_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RoleMappings | Unset, data)

        role_mappings = _parse_role_mappings(d.pop("role_mappings", UNSET))

        def _parse_saml_allow_unsolicited(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        saml_allow_unsolicited = _parse_saml_allow_unsolicited(d.pop("saml_allow_unsolicited", UNSET))

        def _parse_saml_idp_metadata_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        saml_idp_metadata_url = _parse_saml_idp_metadata_url(d.pop("saml_idp_metadata_url", UNSET))

        def _parse_saml_idp_metadata_xml(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        saml_idp_metadata_xml = _parse_saml_idp_metadata_xml(d.pop("saml_idp_metadata_xml", UNSET))

        def _parse_saml_sp_entity_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        saml_sp_entity_id = _parse_saml_sp_entity_id(d.pop("saml_sp_entity_id", UNSET))

        def _parse_team_mappings(data: object) -> None | TeamMappings | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                team_mappings_type_0 = TeamMappings.from_dict(data)

                return team_mappings_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TeamMappings | Unset, data)

        team_mappings = _parse_team_mappings(d.pop("team_mappings", UNSET))

        def _parse_ui_access_mode(data: object) -> AccessControlUIAccessMode | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                ui_access_mode_type_0 = AccessControlUIAccessMode.from_dict(data)

                return ui_access_mode_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AccessControlUIAccessMode | None | str | Unset, data)

        ui_access_mode = _parse_ui_access_mode(d.pop("ui_access_mode", UNSET))

        def _parse_user_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        user_email = _parse_user_email(d.pop("user_email", UNSET))

        sso_config = cls(
            generic_authorization_endpoint=generic_authorization_endpoint,
            generic_client_id=generic_client_id,
            generic_client_secret=generic_client_secret,
            generic_scope=generic_scope,
            generic_token_endpoint=generic_token_endpoint,
            generic_userinfo_endpoint=generic_userinfo_endpoint,
            google_client_id=google_client_id,
            google_client_secret=google_client_secret,
            microsoft_client_id=microsoft_client_id,
            microsoft_client_secret=microsoft_client_secret,
            microsoft_tenant=microsoft_tenant,
            proxy_base_url=proxy_base_url,
            role_mappings=role_mappings,
            saml_allow_unsolicited=saml_allow_unsolicited,
            saml_idp_metadata_url=saml_idp_metadata_url,
            saml_idp_metadata_xml=saml_idp_metadata_xml,
            saml_sp_entity_id=saml_sp_entity_id,
            team_mappings=team_mappings,
            ui_access_mode=ui_access_mode,
            user_email=user_email,
        )

        sso_config.additional_properties = d
        return sso_config

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
