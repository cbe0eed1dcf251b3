from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.mcp_credentials_token_endpoint_auth_method_type_0 import MCPCredentialsTokenEndpointAuthMethodType0
from ..types import UNSET, Unset

T = TypeVar("T", bound="MCPCredentials")


@_attrs_define
class MCPCredentials:
    """
    Attributes:
        audience (None | str | Unset):
        auth_value (None | str | Unset):
        aws_access_key_id (None | str | Unset):
        aws_region_name (None | str | Unset):
        aws_role_name (None | str | Unset):
        aws_secret_access_key (None | str | Unset):
        aws_service_name (None | str | Unset):
        aws_session_name (None | str | Unset):
        aws_session_token (None | str | Unset):
        client_assertion_signing_alg (None | str | Unset):
        client_id (None | str | Unset):
        client_private_key (None | str | Unset):
        client_private_key_id (None | str | Unset):
        client_secret (None | str | Unset):
        dcr_issuer (None | str | Unset):
        dcr_server_url (None | str | Unset):
        id_jag_resource (None | str | Unset):
        id_jag_resource_client_id (None | str | Unset):
        id_jag_resource_client_secret (None | str | Unset):
        id_jag_resource_token_endpoint (None | str | Unset):
        id_jag_subject_source (None | str | Unset):
        redirect_uris (list[str] | None | Unset):
        scopes (list[str] | None | Unset):
        subject_token_type (None | str | Unset):
        token_endpoint_auth_method (MCPCredentialsTokenEndpointAuthMethodType0 | None | Unset):
        token_exchange_endpoint (None | str | Unset):
        token_exchange_profile (None | str | Unset):
        upstream_resource (None | str | Unset):
        upstream_token_header (None | str | Unset):
    """

    audience: None | str | Unset = UNSET
    auth_value: None | str | Unset = UNSET
    aws_access_key_id: None | str | Unset = UNSET
    aws_region_name: None | str | Unset = UNSET
    aws_role_name: None | str | Unset = UNSET
    aws_secret_access_key: None | str | Unset = UNSET
    aws_service_name: None | str | Unset = UNSET
    aws_session_name: None | str | Unset = UNSET
    aws_session_token: None | str | Unset = UNSET
    client_assertion_signing_alg: None | str | Unset = UNSET
    client_id: None | str | Unset = UNSET
    client_private_key: None | str | Unset = UNSET
    client_private_key_id: None | str | Unset = UNSET
    client_secret: None | str | Unset = UNSET
    dcr_issuer: None | str | Unset = UNSET
    dcr_server_url: None | str | Unset = UNSET
    id_jag_resource: None | str | Unset = UNSET
    id_jag_resource_client_id: None | str | Unset = UNSET
    id_jag_resource_client_secret: None | str | Unset = UNSET
    id_jag_resource_token_endpoint: None | str | Unset = UNSET
    id_jag_subject_source: None | str | Unset = UNSET
    redirect_uris: list[str] | None | Unset = UNSET
    scopes: list[str] | None | Unset = UNSET
    subject_token_type: None | str | Unset = UNSET
    token_endpoint_auth_method: MCPCredentialsTokenEndpointAuthMethodType0 | None | Unset = UNSET
    token_exchange_endpoint: None | str | Unset = UNSET
    token_exchange_profile: None | str | Unset = UNSET
    upstream_resource: None | str | Unset = UNSET
    upstream_token_header: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        audience: None | str | Unset
        if isinstance(self.audience, Unset):
            audience = UNSET
        else:
            audience = self.audience

        auth_value: None | str | Unset
        if isinstance(self.auth_value, Unset):
            auth_value = UNSET
        else:
            auth_value = self.auth_value

        aws_access_key_id: None | str | Unset
        if isinstance(self.aws_access_key_id, Unset):
            aws_access_key_id = UNSET
        else:
            aws_access_key_id = self.aws_access_key_id

        aws_region_name: None | str | Unset
        if isinstance(self.aws_region_name, Unset):
            aws_region_name = UNSET
        else:
            aws_region_name = self.aws_region_name

        aws_role_name: None | str | Unset
        if isinstance(self.aws_role_name, Unset):
            aws_role_name = UNSET
        else:
            aws_role_name = self.aws_role_name

        aws_secret_access_key: None | str | Unset
        if isinstance(self.aws_secret_access_key, Unset):
            aws_secret_access_key = UNSET
        else:
            aws_secret_access_key = self.aws_secret_access_key

        aws_service_name: None | str | Unset
        if isinstance(self.aws_service_name, Unset):
            aws_service_name = UNSET
        else:
            aws_service_name = self.aws_service_name

        aws_session_name: None | str | Unset
        if isinstance(self.aws_session_name, Unset):
            aws_session_name = UNSET
        else:
            aws_session_name = self.aws_session_name

        aws_session_token: None | str | Unset
        if isinstance(self.aws_session_token, Unset):
            aws_session_token = UNSET
        else:
            aws_session_token = self.aws_session_token

        client_assertion_signing_alg: None | str | Unset
        if isinstance(self.client_assertion_signing_alg, Unset):
            client_assertion_signing_alg = UNSET
        else:
            client_assertion_signing_alg = self.client_assertion_signing_alg

        client_id: None | str | Unset
        if isinstance(self.client_id, Unset):
            client_id = UNSET
        else:
            client_id = self.client_id

        client_private_key: None | str | Unset
        if isinstance(self.client_private_key, Unset):
            client_private_key = UNSET
        else:
            client_private_key = self.client_private_key

        client_private_key_id: None | str | Unset
        if isinstance(self.client_private_key_id, Unset):
            client_private_key_id = UNSET
        else:
            client_private_key_id = self.client_private_key_id

        client_secret: None | str | Unset
        if isinstance(self.client_secret, Unset):
            client_secret = UNSET
        else:
            client_secret = self.client_secret

        dcr_issuer: None | str | Unset
        if isinstance(self.dcr_issuer, Unset):
            dcr_issuer = UNSET
        else:
            dcr_issuer = self.dcr_issuer

        dcr_server_url: None | str | Unset
        if isinstance(self.dcr_server_url, Unset):
            dcr_server_url = UNSET
        else:
            dcr_server_url = self.dcr_server_url

        id_jag_resource: None | str | Unset
        if isinstance(self.id_jag_resource, Unset):
            id_jag_resource = UNSET
        else:
            id_jag_resource = self.id_jag_resource

        id_jag_resource_client_id: None | str | Unset
        if isinstance(self.id_jag_resource_client_id, Unset):
            id_jag_resource_client_id = UNSET
        else:
            id_jag_resource_client_id = self.id_jag_resource_client_id

        id_jag_resource_client_secret: None | str | Unset
        if isinstance(self.id_jag_resource_client_secret, Unset):
            id_jag_resource_client_secret = UNSET
        else:
            id_jag_resource_client_secret = self.id_jag_resource_client_secret

        id_jag_resource_token_endpoint: None | str | Unset
        if isinstance(self.id_jag_resource_token_endpoint, Unset):
            id_jag_resource_token_endpoint = UNSET
        else:
            id_jag_resource_token_endpoint = self.id_jag_resource_token_endpoint

        id_jag_subject_source: None | str | Unset
        if isinstance(self.id_jag_subject_source, Unset):
            id_jag_subject_source = UNSET
        else:
            id_jag_subject_source = self.id_jag_subject_source

        redirect_uris: list[str] | None | Unset
        if isinstance(self.redirect_uris, Unset):
            redirect_uris = UNSET
        elif isinstance(self.redirect_uris, list):
            redirect_uris = self.redirect_uris

        else:
            redirect_uris = self.redirect_uris

        scopes: list[str] | None | Unset
        if isinstance(self.scopes, Unset):
            scopes = UNSET
        elif isinstance(self.scopes, list):
            scopes = self.scopes

        else:
            scopes = self.scopes

        subject_token_type: None | str | Unset
        if isinstance(self.subject_token_type, Unset):
            subject_token_type = UNSET
        else:
            subject_token_type = self.subject_token_type

        token_endpoint_auth_method: None | str | Unset
        if isinstance(self.token_endpoint_auth_method, Unset):
            token_endpoint_auth_method = UNSET
        elif isinstance(self.token_endpoint_auth_method, MCPCredentialsTokenEndpointAuthMethodType0):
            token_endpoint_auth_method = self.token_endpoint_auth_method.value
        else:
            token_endpoint_auth_method = self.token_endpoint_auth_method

        token_exchange_endpoint: None | str | Unset
        if isinstance(self.token_exchange_endpoint, Unset):
            token_exchange_endpoint = UNSET
        else:
            token_exchange_endpoint = self.token_exchange_endpoint

        token_exchange_profile: None | str | Unset
        if isinstance(self.token_exchange_profile, Unset):
            token_exchange_profile = UNSET
        else:
            token_exchange_profile = self.token_exchange_profile

        upstream_resource: None | str | Unset
        if isinstance(self.upstream_resource, Unset):
            upstream_resource = UNSET
        else:
            upstream_resource = self.upstream_resource

        upstream_token_header: None | str | Unset
        if isinstance(self.upstream_token_header, Unset):
            upstream_token_header = UNSET
        else:
            upstream_token_header = self.upstream_token_header

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if audience is not UNSET:
            field_dict["audience"] = audience
        if auth_value is not UNSET:
            field_dict["auth_value"] = auth_value
        if aws_access_key_id is not UNSET:
            field_dict["aws_access_key_id"] = aws_access_key_id
        if aws_region_name is not UNSET:
            field_dict["aws_region_name"] = aws_region_name
        if aws_role_name is not UNSET:
            field_dict["aws_role_name"] = aws_role_name
        if aws_secret_access_key is not UNSET:
            field_dict["aws_secret_access_key"] = aws_secret_access_key
        if aws_service_name is not UNSET:
            field_dict["aws_service_name"] = aws_service_name
        if aws_session_name is not UNSET:
            field_dict["aws_session_name"] = aws_session_name
        if aws_session_token is not UNSET:
            field_dict["aws_session_token"] = aws_session_token
        if client_assertion_signing_alg is not UNSET:
            field_dict["client_assertion_signing_alg"] = client_assertion_signing_alg
        if client_id is not UNSET:
            field_dict["client_id"] = client_id
        if client_private_key is not UNSET:
            field_dict["client_private_key"] = client_private_key
        if client_private_key_id is not UNSET:
            field_dict["client_private_key_id"] = client_private_key_id
        if client_secret is not UNSET:
            field_dict["client_secret"] = client_secret
        if dcr_issuer is not UNSET:
            field_dict["dcr_issuer"] = dcr_issuer
        if dcr_server_url is not UNSET:
            field_dict["dcr_server_url"] = dcr_server_url
        if id_jag_resource is not UNSET:
            field_dict["id_jag_resource"] = id_jag_resource
        if id_jag_resource_client_id is not UNSET:
            field_dict["id_jag_resource_client_id"] = id_jag_resource_client_id
        if id_jag_resource_client_secret is not UNSET:
            field_dict["id_jag_resource_client_secret"] = id_jag_resource_client_secret
        if id_jag_resource_token_endpoint is not UNSET:
            field_dict["id_jag_resource_token_endpoint"] = id_jag_resource_token_endpoint
        if id_jag_subject_source is not UNSET:
            field_dict["id_jag_subject_source"] = id_jag_subject_source
        if redirect_uris is not UNSET:
            field_dict["redirect_uris"] = redirect_uris
        if scopes is not UNSET:
            field_dict["scopes"] = scopes
        if subject_token_type is not UNSET:
            field_dict["subject_token_type"] = subject_token_type
        if token_endpoint_auth_method is not UNSET:
            field_dict["token_endpoint_auth_method"] = token_endpoint_auth_method
        if token_exchange_endpoint is not UNSET:
            field_dict["token_exchange_endpoint"] = token_exchange_endpoint
        if token_exchange_profile is not UNSET:
            field_dict["token_exchange_profile"] = token_exchange_profile
        if upstream_resource is not UNSET:
            field_dict["upstream_resource"] = upstream_resource
        if upstream_token_header is not UNSET:
            field_dict["upstream_token_header"] = upstream_token_header

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_audience(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        audience = _parse_audience(d.pop("audience", UNSET))

        def _parse_auth_value(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        auth_value = _parse_auth_value(d.pop("auth_value", UNSET))

        def _parse_aws_access_key_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        aws_access_key_id = _parse_aws_access_key_id(d.pop("aws_access_key_id", UNSET))

        def _parse_aws_region_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        aws_region_name = _parse_aws_region_name(d.pop("aws_region_name", UNSET))

        def _parse_aws_role_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        aws_role_name = _parse_aws_role_name(d.pop("aws_role_name", UNSET))

        def _parse_aws_secret_access_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        aws_secret_access_key = _parse_aws_secret_access_key(d.pop("aws_secret_access_key", UNSET))

        def _parse_aws_service_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        aws_service_name = _parse_aws_service_name(d.pop("aws_service_name", UNSET))

        def _parse_aws_session_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        aws_session_name = _parse_aws_session_name(d.pop("aws_session_name", UNSET))

        def _parse_aws_session_token(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        aws_session_token = _parse_aws_session_token(d.pop("aws_session_token", UNSET))

        def _parse_client_assertion_signing_alg(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        client_assertion_signing_alg = _parse_client_assertion_signing_alg(d.pop("client_assertion_signing_alg", UNSET))

        def _parse_client_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        client_id = _parse_client_id(d.pop("client_id", UNSET))

        def _parse_client_private_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        client_private_key = _parse_client_private_key(d.pop("client_private_key", UNSET))

        def _parse_client_private_key_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        client_private_key_id = _parse_client_private_key_id(d.pop("client_private_key_id", UNSET))

        def _parse_client_secret(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        client_secret = _parse_client_secret(d.pop("client_secret", UNSET))

        def _parse_dcr_issuer(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        dcr_issuer = _parse_dcr_issuer(d.pop("dcr_issuer", UNSET))

        def _parse_dcr_server_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        dcr_server_url = _parse_dcr_server_url(d.pop("dcr_server_url", UNSET))

        def _parse_id_jag_resource(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        id_jag_resource = _parse_id_jag_resource(d.pop("id_jag_resource", UNSET))

        def _parse_id_jag_resource_client_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        id_jag_resource_client_id = _parse_id_jag_resource_client_id(d.pop("id_jag_resource_client_id", UNSET))

        def _parse_id_jag_resource_client_secret(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        id_jag_resource_client_secret = _parse_id_jag_resource_client_secret(
            d.pop("id_jag_resource_client_secret", UNSET)
        )

        def _parse_id_jag_resource_token_endpoint(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        id_jag_resource_token_endpoint = _parse_id_jag_resource_token_endpoint(
            d.pop("id_jag_resource_token_endpoint", UNSET)
        )

        def _parse_id_jag_subject_source(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        id_jag_subject_source = _parse_id_jag_subject_source(d.pop("id_jag_subject_source", UNSET))

        def _parse_redirect_uris(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                redirect_uris_type_0 = cast(list[str], data)

                return redirect_uris_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        redirect_uris = _parse_redirect_uris(d.pop("redirect_uris", UNSET))

        def _parse_scopes(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                scopes_type_0 = cast(list[str], data)

                return scopes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        scopes = _parse_scopes(d.pop("scopes", UNSET))

        def _parse_subject_token_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        subject_token_type = _parse_subject_token_type(d.pop("subject_token_type", UNSET))

        def _parse_token_endpoint_auth_method(
            data: object,
        ) -> MCPCredentialsTokenEndpointAuthMethodType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                token_endpoint_auth_method_type_0 = MCPCredentialsTokenEndpointAuthMethodType0(data)

                return token_endpoint_auth_method_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MCPCredentialsTokenEndpointAuthMethodType0 | None | Unset, data)

        token_endpoint_auth_method = _parse_token_endpoint_auth_method(d.pop("token_endpoint_auth_method", UNSET))

        def _parse_token_exchange_endpoint(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        token_exchange_endpoint = _parse_token_exchange_endpoint(d.pop("token_exchange_endpoint", UNSET))

        def _parse_token_exchange_profile(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        token_exchange_profile = _parse_token_exchange_profile(d.pop("token_exchange_profile", UNSET))

        def _parse_upstream_resource(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        upstream_resource = _parse_upstream_resource(d.pop("upstream_resource", UNSET))

        def _parse_upstream_token_header(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        upstream_token_header = _parse_upstream_token_header(d.pop("upstream_token_header", UNSET))

        mcp_credentials = cls(
            audience=audience,
            auth_value=auth_value,
            aws_access_key_id=aws_access_key_id,
            aws_region_name=aws_region_name,
            aws_role_name=aws_role_name,
            aws_secret_access_key=aws_secret_access_key,
            aws_service_name=aws_service_name,
            aws_session_name=aws_session_name,
            aws_session_token=aws_session_token,
            client_assertion_signing_alg=client_assertion_signing_alg,
            client_id=client_id,
            client_private_key=client_private_key,
            client_private_key_id=client_private_key_id,
            client_secret=client_secret,
            dcr_issuer=dcr_issuer,
            dcr_server_url=dcr_server_url,
            id_jag_resource=id_jag_resource,
            id_jag_resource_client_id=id_jag_resource_client_id,
            id_jag_resource_client_secret=id_jag_resource_client_secret,
            id_jag_resource_token_endpoint=id_jag_resource_token_endpoint,
            id_jag_subject_source=id_jag_subject_source,
            redirect_uris=redirect_uris,
            scopes=scopes,
            subject_token_type=subject_token_type,
            token_endpoint_auth_method=token_endpoint_auth_method,
            token_exchange_endpoint=token_exchange_endpoint,
            token_exchange_profile=token_exchange_profile,
            upstream_resource=upstream_resource,
            upstream_token_header=upstream_token_header,
        )

        mcp_credentials.additional_properties = d
        return mcp_credentials

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
