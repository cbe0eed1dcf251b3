from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_detail import ErrorDetail
from ...models.error_envelope import ErrorEnvelope
from ...models.http_validation_error import HTTPValidationError
from ...models.open_ai_model_list import OpenAIModelList
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    return_wildcard_routes: bool | None | Unset = UNSET,
    team_id: None | str | Unset = UNSET,
    include_model_access_groups: bool | None | Unset = False,
    only_model_access_groups: bool | None | Unset = False,
    include_metadata: bool | None | Unset = False,
    fallback_type: None | str | Unset = UNSET,
    scope: None | str | Unset = UNSET,
    healthy_only: bool | None | Unset = False,
    client_version: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_return_wildcard_routes: bool | None | Unset
    if isinstance(return_wildcard_routes, Unset):
        json_return_wildcard_routes = UNSET
    else:
        json_return_wildcard_routes = return_wildcard_routes
    params["return_wildcard_routes"] = json_return_wildcard_routes

    json_team_id: None | str | Unset
    if isinstance(team_id, Unset):
        json_team_id = UNSET
    else:
        json_team_id = team_id
    params["team_id"] = json_team_id

    json_include_model_access_groups: bool | None | Unset
    if isinstance(include_model_access_groups, Unset):
        json_include_model_access_groups = UNSET
    else:
        json_include_model_access_groups = include_model_access_groups
    params["include_model_access_groups"] = json_include_model_access_groups

    json_only_model_access_groups: bool | None | Unset
    if isinstance(only_model_access_groups, Unset):
        json_only_model_access_groups = UNSET
    else:
        json_only_model_access_groups = only_model_access_groups
    params["only_model_access_groups"] = json_only_model_access_groups

    json_include_metadata: bool | None | Unset
    if isinstance(include_metadata, Unset):
        json_include_metadata = UNSET
    else:
        json_include_metadata = include_metadata
    params["include_metadata"] = json_include_metadata

    json_fallback_type: None | str | Unset
    if isinstance(fallback_type, Unset):
        json_fallback_type = UNSET
    else:
        json_fallback_type = fallback_type
    params["fallback_type"] = json_fallback_type

    json_scope: None | str | Unset
    if isinstance(scope, Unset):
        json_scope = UNSET
    else:
        json_scope = scope
    params["scope"] = json_scope

    json_healthy_only: bool | None | Unset
    if isinstance(healthy_only, Unset):
        json_healthy_only = UNSET
    else:
        json_healthy_only = healthy_only
    params["healthy_only"] = json_healthy_only

    json_client_version: None | str | Unset
    if isinstance(client_version, Unset):
        json_client_version = UNSET
    else:
        json_client_version = client_version
    params["client_version"] = json_client_version

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/models",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorDetail | ErrorEnvelope | ErrorDetail | ErrorEnvelope | HTTPValidationError | OpenAIModelList | None:
    if response.status_code == 200:
        response_200 = OpenAIModelList.from_dict(response.json())

        return response_200

    if response.status_code == 400:

        def _parse_response_400(data: object) -> ErrorDetail | ErrorEnvelope:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_400_type_0 = ErrorEnvelope.from_dict(data)

                return response_400_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_400_type_1 = ErrorDetail.from_dict(data)

            return response_400_type_1

        response_400 = _parse_response_400(response.json())

        return response_400

    if response.status_code == 401:

        def _parse_response_401(data: object) -> ErrorDetail | ErrorEnvelope:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_401_type_0 = ErrorEnvelope.from_dict(data)

                return response_401_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_401_type_1 = ErrorDetail.from_dict(data)

            return response_401_type_1

        response_401 = _parse_response_401(response.json())

        return response_401

    if response.status_code == 403:

        def _parse_response_403(data: object) -> ErrorDetail | ErrorEnvelope:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_403_type_0 = ErrorEnvelope.from_dict(data)

                return response_403_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_403_type_1 = ErrorDetail.from_dict(data)

            return response_403_type_1

        response_403 = _parse_response_403(response.json())

        return response_403

    if response.status_code == 404:

        def _parse_response_404(data: object) -> ErrorDetail | ErrorEnvelope:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_404_type_0 = ErrorEnvelope.from_dict(data)

                return response_404_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_404_type_1 = ErrorDetail.from_dict(data)

            return response_404_type_1

        response_404 = _parse_response_404(response.json())

        return response_404

    if response.status_code == 409:

        def _parse_response_409(data: object) -> ErrorDetail | ErrorEnvelope:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_409_type_0 = ErrorEnvelope.from_dict(data)

                return response_409_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_409_type_1 = ErrorDetail.from_dict(data)

            return response_409_type_1

        response_409 = _parse_response_409(response.json())

        return response_409

    if response.status_code == 422:

        def _parse_response_422(data: object) -> ErrorDetail | ErrorEnvelope | HTTPValidationError:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_422_type_0 = ErrorEnvelope.from_dict(data)

                return response_422_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_422_type_1 = HTTPValidationError.from_dict(data)

                return response_422_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_422_type_2 = ErrorDetail.from_dict(data)

            return response_422_type_2

        response_422 = _parse_response_422(response.json())

        return response_422

    if response.status_code == 429:

        def _parse_response_429(data: object) -> ErrorDetail | ErrorEnvelope:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_429_type_0 = ErrorEnvelope.from_dict(data)

                return response_429_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_429_type_1 = ErrorDetail.from_dict(data)

            return response_429_type_1

        response_429 = _parse_response_429(response.json())

        return response_429

    if response.status_code == 500:

        def _parse_response_500(data: object) -> ErrorDetail | ErrorEnvelope:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_500_type_0 = ErrorEnvelope.from_dict(data)

                return response_500_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_500_type_1 = ErrorDetail.from_dict(data)

            return response_500_type_1

        response_500 = _parse_response_500(response.json())

        return response_500

    if response.status_code == 503:

        def _parse_response_503(data: object) -> ErrorDetail | ErrorEnvelope:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_503_type_0 = ErrorEnvelope.from_dict(data)

                return response_503_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_503_type_1 = ErrorDetail.from_dict(data)

            return response_503_type_1

        response_503 = _parse_response_503(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorDetail | ErrorEnvelope | ErrorDetail | ErrorEnvelope | HTTPValidationError | OpenAIModelList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    return_wildcard_routes: bool | None | Unset = UNSET,
    team_id: None | str | Unset = UNSET,
    include_model_access_groups: bool | None | Unset = False,
    only_model_access_groups: bool | None | Unset = False,
    include_metadata: bool | None | Unset = False,
    fallback_type: None | str | Unset = UNSET,
    scope: None | str | Unset = UNSET,
    healthy_only: bool | None | Unset = False,
    client_version: None | str | Unset = UNSET,
) -> Response[ErrorDetail | ErrorEnvelope | ErrorDetail | ErrorEnvelope | HTTPValidationError | OpenAIModelList]:
    """Model List

     Use `/model/info` - to get detailed model information, example - pricing, mode, etc.

    This is just for compatibility with openai projects like aider.

    Query Parameters:
    - return_wildcard_routes: When true, also list wildcard routes such as `openai/*`.
                    Defaults to `general_settings.return_wildcard_routes`, and an explicit
                    value on the request wins over it
    - client_version: Sent by Codex CLI (`?client_version=0.159.3`) when it fetches a
                    provider's model catalog. When present, the response is Codex's own
                    catalog shape (`{"models": [...]}`) built from the same listing, with
                    each model's `model_info.service_tiers` as its service tiers and, for a
                    model that Codex release does not know, the reasoning efforts
                    `/model_group/info` reports that it can parse; absent, the OpenAI shape
                    below is returned
    - include_metadata: Include additional metadata in the response with fallback information
    - fallback_type: Type of fallbacks to include ("general", "context_window", "content_policy")
                    Defaults to "general" when include_metadata=true
    - scope: Optional scope parameter. Currently only accepts "expand".
             When scope=expand is passed, proxy admins, team admins, and org admins
             will receive all proxy models as if they are a proxy admin.
    - healthy_only: When true, hide models whose backing deployments are all marked
                    unhealthy by background health checks. Set
                    `general_settings.model_list_healthy_only: true` to apply this
                    to every caller without the query parameter. Requires
                    `background_health_checks: true` in general_settings, plus
                    either `model_list_healthy_only` or `enable_health_check_routing`
                    to keep deployment health state cached; without health state
                    the listing is returned unfiltered (fail open).
                    Models expanded from wildcard routes (e.g. `openai/*`) are not
                    filtered, and nothing is hidden when `allowed_fails_policy` is
                    configured (cooldown remains the sole exclusion mechanism).
                    Hiding is presentation-only: a hidden model can still be
                    called directly.

    Args:
        return_wildcard_routes (bool | None | Unset):
        team_id (None | str | Unset):
        include_model_access_groups (bool | None | Unset):  Default: False.
        only_model_access_groups (bool | None | Unset):  Default: False.
        include_metadata (bool | None | Unset):  Default: False.
        fallback_type (None | str | Unset):
        scope (None | str | Unset):
        healthy_only (bool | None | Unset):  Default: False.
        client_version (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDetail | ErrorEnvelope | ErrorDetail | ErrorEnvelope | HTTPValidationError | OpenAIModelList]
    """

    kwargs = _get_kwargs(
        return_wildcard_routes=return_wildcard_routes,
        team_id=team_id,
        include_model_access_groups=include_model_access_groups,
        only_model_access_groups=only_model_access_groups,
        include_metadata=include_metadata,
        fallback_type=fallback_type,
        scope=scope,
        healthy_only=healthy_only,
        client_version=client_version,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    return_wildcard_routes: bool | None | Unset = UNSET,
    team_id: None | str | Unset = UNSET,
    include_model_access_groups: bool | None | Unset = False,
    only_model_access_groups: bool | None | Unset = False,
    include_metadata: bool | None | Unset = False,
    fallback_type: None | str | Unset = UNSET,
    scope: None | str | Unset = UNSET,
    healthy_only: bool | None | Unset = False,
    client_version: None | str | Unset = UNSET,
) -> ErrorDetail | ErrorEnvelope | ErrorDetail | ErrorEnvelope | HTTPValidationError | OpenAIModelList | None:
    """Model List

     Use `/model/info` - to get detailed model information, example - pricing, mode, etc.

    This is just for compatibility with openai projects like aider.

    Query Parameters:
    - return_wildcard_routes: When true, also list wildcard routes such as `openai/*`.
                    Defaults to `general_settings.return_wildcard_routes`, and an explicit
                    value on the request wins over it
    - client_version: Sent by Codex CLI (`?client_version=0.159.3`) when it fetches a
                    provider's model catalog. When present, the response is Codex's own
                    catalog shape (`{"models": [...]}`) built from the same listing, with
                    each model's `model_info.service_tiers` as its service tiers and, for a
                    model that Codex release does not know, the reasoning efforts
                    `/model_group/info` reports that it can parse; absent, the OpenAI shape
                    below is returned
    - include_metadata: Include additional metadata in the response with fallback information
    - fallback_type: Type of fallbacks to include ("general", "context_window", "content_policy")
                    Defaults to "general" when include_metadata=true
    - scope: Optional scope parameter. Currently only accepts "expand".
             When scope=expand is passed, proxy admins, team admins, and org admins
             will receive all proxy models as if they are a proxy admin.
    - healthy_only: When true, hide models whose backing deployments are all marked
                    unhealthy by background health checks. Set
                    `general_settings.model_list_healthy_only: true` to apply this
                    to every caller without the query parameter. Requires
                    `background_health_checks: true` in general_settings, plus
                    either `model_list_healthy_only` or `enable_health_check_routing`
                    to keep deployment health state cached; without health state
                    the listing is returned unfiltered (fail open).
                    Models expanded from wildcard routes (e.g. `openai/*`) are not
                    filtered, and nothing is hidden when `allowed_fails_policy` is
                    configured (cooldown remains the sole exclusion mechanism).
                    Hiding is presentation-only: a hidden model can still be
                    called directly.

    Args:
        return_wildcard_routes (bool | None | Unset):
        team_id (None | str | Unset):
        include_model_access_groups (bool | None | Unset):  Default: False.
        only_model_access_groups (bool | None | Unset):  Default: False.
        include_metadata (bool | None | Unset):  Default: False.
        fallback_type (None | str | Unset):
        scope (None | str | Unset):
        healthy_only (bool | None | Unset):  Default: False.
        client_version (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDetail | ErrorEnvelope | ErrorDetail | ErrorEnvelope | HTTPValidationError | OpenAIModelList
    """

    return sync_detailed(
        client=client,
        return_wildcard_routes=return_wildcard_routes,
        team_id=team_id,
        include_model_access_groups=include_model_access_groups,
        only_model_access_groups=only_model_access_groups,
        include_metadata=include_metadata,
        fallback_type=fallback_type,
        scope=scope,
        healthy_only=healthy_only,
        client_version=client_version,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    return_wildcard_routes: bool | None | Unset = UNSET,
    team_id: None | str | Unset = UNSET,
    include_model_access_groups: bool | None | Unset = False,
    only_model_access_groups: bool | None | Unset = False,
    include_metadata: bool | None | Unset = False,
    fallback_type: None | str | Unset = UNSET,
    scope: None | str | Unset = UNSET,
    healthy_only: bool | None | Unset = False,
    client_version: None | str | Unset = UNSET,
) -> Response[ErrorDetail | ErrorEnvelope | ErrorDetail | ErrorEnvelope | HTTPValidationError | OpenAIModelList]:
    """Model List

     Use `/model/info` - to get detailed model information, example - pricing, mode, etc.

    This is just for compatibility with openai projects like aider.

    Query Parameters:
    - return_wildcard_routes: When true, also list wildcard routes such as `openai/*`.
                    Defaults to `general_settings.return_wildcard_routes`, and an explicit
                    value on the request wins over it
    - client_version: Sent by Codex CLI (`?client_version=0.159.3`) when it fetches a
                    provider's model catalog. When present, the response is Codex's own
                    catalog shape (`{"models": [...]}`) built from the same listing, with
                    each model's `model_info.service_tiers` as its service tiers and, for a
                    model that Codex release does not know, the reasoning efforts
                    `/model_group/info` reports that it can parse; absent, the OpenAI shape
                    below is returned
    - include_metadata: Include additional metadata in the response with fallback information
    - fallback_type: Type of fallbacks to include ("general", "context_window", "content_policy")
                    Defaults to "general" when include_metadata=true
    - scope: Optional scope parameter. Currently only accepts "expand".
             When scope=expand is passed, proxy admins, team admins, and org admins
             will receive all proxy models as if they are a proxy admin.
    - healthy_only: When true, hide models whose backing deployments are all marked
                    unhealthy by background health checks. Set
                    `general_settings.model_list_healthy_only: true` to apply this
                    to every caller without the query parameter. Requires
                    `background_health_checks: true` in general_settings, plus
                    either `model_list_healthy_only` or `enable_health_check_routing`
                    to keep deployment health state cached; without health state
                    the listing is returned unfiltered (fail open).
                    Models expanded from wildcard routes (e.g. `openai/*`) are not
                    filtered, and nothing is hidden when `allowed_fails_policy` is
                    configured (cooldown remains the sole exclusion mechanism).
                    Hiding is presentation-only: a hidden model can still be
                    called directly.

    Args:
        return_wildcard_routes (bool | None | Unset):
        team_id (None | str | Unset):
        include_model_access_groups (bool | None | Unset):  Default: False.
        only_model_access_groups (bool | None | Unset):  Default: False.
        include_metadata (bool | None | Unset):  Default: False.
        fallback_type (None | str | Unset):
        scope (None | str | Unset):
        healthy_only (bool | None | Unset):  Default: False.
        client_version (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDetail | ErrorEnvelope | ErrorDetail | ErrorEnvelope | HTTPValidationError | OpenAIModelList]
    """

    kwargs = _get_kwargs(
        return_wildcard_routes=return_wildcard_routes,
        team_id=team_id,
        include_model_access_groups=include_model_access_groups,
        only_model_access_groups=only_model_access_groups,
        include_metadata=include_metadata,
        fallback_type=fallback_type,
        scope=scope,
        healthy_only=healthy_only,
        client_version=client_version,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    return_wildcard_routes: bool | None | Unset = UNSET,
    team_id: None | str | Unset = UNSET,
    include_model_access_groups: bool | None | Unset = False,
    only_model_access_groups: bool | None | Unset = False,
    include_metadata: bool | None | Unset = False,
    fallback_type: None | str | Unset = UNSET,
    scope: None | str | Unset = UNSET,
    healthy_only: bool | None | Unset = False,
    client_version: None | str | Unset = UNSET,
) -> ErrorDetail | ErrorEnvelope | ErrorDetail | ErrorEnvelope | HTTPValidationError | OpenAIModelList | None:
    """Model List

     Use `/model/info` - to get detailed model information, example - pricing, mode, etc.

    This is just for compatibility with openai projects like aider.

    Query Parameters:
    - return_wildcard_routes: When true, also list wildcard routes such as `openai/*`.
                    Defaults to `general_settings.return_wildcard_routes`, and an explicit
                    value on the request wins over it
    - client_version: Sent by Codex CLI (`?client_version=0.159.3`) when it fetches a
                    provider's model catalog. When present, the response is Codex's own
                    catalog shape (`{"models": [...]}`) built from the same listing, with
                    each model's `model_info.service_tiers` as its service tiers and, for a
                    model that Codex release does not know, the reasoning efforts
                    `/model_group/info` reports that it can parse; absent, the OpenAI shape
                    below is returned
    - include_metadata: Include additional metadata in the response with fallback information
    - fallback_type: Type of fallbacks to include ("general", "context_window", "content_policy")
                    Defaults to "general" when include_metadata=true
    - scope: Optional scope parameter. Currently only accepts "expand".
             When scope=expand is passed, proxy admins, team admins, and org admins
             will receive all proxy models as if they are a proxy admin.
    - healthy_only: When true, hide models whose backing deployments are all marked
                    unhealthy by background health checks. Set
                    `general_settings.model_list_healthy_only: true` to apply this
                    to every caller without the query parameter. Requires
                    `background_health_checks: true` in general_settings, plus
                    either `model_list_healthy_only` or `enable_health_check_routing`
                    to keep deployment health state cached; without health state
                    the listing is returned unfiltered (fail open).
                    Models expanded from wildcard routes (e.g. `openai/*`) are not
                    filtered, and nothing is hidden when `allowed_fails_policy` is
                    configured (cooldown remains the sole exclusion mechanism).
                    Hiding is presentation-only: a hidden model can still be
                    called directly.

    Args:
        return_wildcard_routes (bool | None | Unset):
        team_id (None | str | Unset):
        include_model_access_groups (bool | None | Unset):  Default: False.
        only_model_access_groups (bool | None | Unset):  Default: False.
        include_metadata (bool | None | Unset):  Default: False.
        fallback_type (None | str | Unset):
        scope (None | str | Unset):
        healthy_only (bool | None | Unset):  Default: False.
        client_version (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDetail | ErrorEnvelope | ErrorDetail | ErrorEnvelope | HTTPValidationError | OpenAIModelList
    """

    return (
        await asyncio_detailed(
            client=client,
            return_wildcard_routes=return_wildcard_routes,
            team_id=team_id,
            include_model_access_groups=include_model_access_groups,
            only_model_access_groups=only_model_access_groups,
            include_metadata=include_metadata,
            fallback_type=fallback_type,
            scope=scope,
            healthy_only=healthy_only,
            client_version=client_version,
        )
    ).parsed
