from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_detail import ErrorDetail
from ...models.error_envelope import ErrorEnvelope
from ...models.http_validation_error import HTTPValidationError
from ...models.user_info_response import UserInfoResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    user_id: None | str | Unset = UNSET,
    admin_mcp: bool | Unset = False,
    mcp_tool: None | str | Unset = UNSET,
    mcp_path: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_user_id: None | str | Unset
    if isinstance(user_id, Unset):
        json_user_id = UNSET
    else:
        json_user_id = user_id
    params["user_id"] = json_user_id

    params["admin_mcp"] = admin_mcp

    json_mcp_tool: None | str | Unset
    if isinstance(mcp_tool, Unset):
        json_mcp_tool = UNSET
    else:
        json_mcp_tool = mcp_tool
    params["mcp_tool"] = json_mcp_tool

    json_mcp_path: None | str | Unset
    if isinstance(mcp_path, Unset):
        json_mcp_path = UNSET
    else:
        json_mcp_path = mcp_path
    params["mcp_path"] = json_mcp_path

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/user/info",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorDetail | ErrorEnvelope | ErrorDetail | ErrorEnvelope | HTTPValidationError | UserInfoResponse | None:
    if response.status_code == 200:
        response_200 = UserInfoResponse.from_dict(response.json())

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
) -> Response[ErrorDetail | ErrorEnvelope | ErrorDetail | ErrorEnvelope | HTTPValidationError | UserInfoResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    user_id: None | str | Unset = UNSET,
    admin_mcp: bool | Unset = False,
    mcp_tool: None | str | Unset = UNSET,
    mcp_path: None | str | Unset = UNSET,
) -> Response[ErrorDetail | ErrorEnvelope | ErrorDetail | ErrorEnvelope | HTTPValidationError | UserInfoResponse]:
    """User Info

     [10/07/2024]
    Note: To get all users (+pagination), use `/user/list` endpoint.


    Use this to get user information. (user row + all user key info)

    Example request
    ```
    curl -X GET 'http://localhost:4000/user/info?user_id=krrish7%40berri.ai'     --header
    "Authorization: Bearer $LITELLM_MASTER_KEY"
    ```

    Args:
        user_id (None | str | Unset): User ID in the request parameters
        admin_mcp (bool | Unset): Include the caller's current admin MCP route permissions
            Default: False.
        mcp_tool (None | str | Unset): Admin MCP tool to authorize for this caller
        mcp_path (None | str | Unset): URL-encoded concrete management path used by the MCP tool,
            before query-string encoding

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDetail | ErrorEnvelope | ErrorDetail | ErrorEnvelope | HTTPValidationError | UserInfoResponse]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        admin_mcp=admin_mcp,
        mcp_tool=mcp_tool,
        mcp_path=mcp_path,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    user_id: None | str | Unset = UNSET,
    admin_mcp: bool | Unset = False,
    mcp_tool: None | str | Unset = UNSET,
    mcp_path: None | str | Unset = UNSET,
) -> ErrorDetail | ErrorEnvelope | ErrorDetail | ErrorEnvelope | HTTPValidationError | UserInfoResponse | None:
    """User Info

     [10/07/2024]
    Note: To get all users (+pagination), use `/user/list` endpoint.


    Use this to get user information. (user row + all user key info)

    Example request
    ```
    curl -X GET 'http://localhost:4000/user/info?user_id=krrish7%40berri.ai'     --header
    "Authorization: Bearer $LITELLM_MASTER_KEY"
    ```

    Args:
        user_id (None | str | Unset): User ID in the request parameters
        admin_mcp (bool | Unset): Include the caller's current admin MCP route permissions
            Default: False.
        mcp_tool (None | str | Unset): Admin MCP tool to authorize for this caller
        mcp_path (None | str | Unset): URL-encoded concrete management path used by the MCP tool,
            before query-string encoding

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDetail | ErrorEnvelope | ErrorDetail | ErrorEnvelope | HTTPValidationError | UserInfoResponse
    """

    return sync_detailed(
        client=client,
        user_id=user_id,
        admin_mcp=admin_mcp,
        mcp_tool=mcp_tool,
        mcp_path=mcp_path,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    user_id: None | str | Unset = UNSET,
    admin_mcp: bool | Unset = False,
    mcp_tool: None | str | Unset = UNSET,
    mcp_path: None | str | Unset = UNSET,
) -> Response[ErrorDetail | ErrorEnvelope | ErrorDetail | ErrorEnvelope | HTTPValidationError | UserInfoResponse]:
    """User Info

     [10/07/2024]
    Note: To get all users (+pagination), use `/user/list` endpoint.


    Use this to get user information. (user row + all user key info)

    Example request
    ```
    curl -X GET 'http://localhost:4000/user/info?user_id=krrish7%40berri.ai'     --header
    "Authorization: Bearer $LITELLM_MASTER_KEY"
    ```

    Args:
        user_id (None | str | Unset): User ID in the request parameters
        admin_mcp (bool | Unset): Include the caller's current admin MCP route permissions
            Default: False.
        mcp_tool (None | str | Unset): Admin MCP tool to authorize for this caller
        mcp_path (None | str | Unset): URL-encoded concrete management path used by the MCP tool,
            before query-string encoding

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDetail | ErrorEnvelope | ErrorDetail | ErrorEnvelope | HTTPValidationError | UserInfoResponse]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        admin_mcp=admin_mcp,
        mcp_tool=mcp_tool,
        mcp_path=mcp_path,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    user_id: None | str | Unset = UNSET,
    admin_mcp: bool | Unset = False,
    mcp_tool: None | str | Unset = UNSET,
    mcp_path: None | str | Unset = UNSET,
) -> ErrorDetail | ErrorEnvelope | ErrorDetail | ErrorEnvelope | HTTPValidationError | UserInfoResponse | None:
    """User Info

     [10/07/2024]
    Note: To get all users (+pagination), use `/user/list` endpoint.


    Use this to get user information. (user row + all user key info)

    Example request
    ```
    curl -X GET 'http://localhost:4000/user/info?user_id=krrish7%40berri.ai'     --header
    "Authorization: Bearer $LITELLM_MASTER_KEY"
    ```

    Args:
        user_id (None | str | Unset): User ID in the request parameters
        admin_mcp (bool | Unset): Include the caller's current admin MCP route permissions
            Default: False.
        mcp_tool (None | str | Unset): Admin MCP tool to authorize for this caller
        mcp_path (None | str | Unset): URL-encoded concrete management path used by the MCP tool,
            before query-string encoding

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDetail | ErrorEnvelope | ErrorDetail | ErrorEnvelope | HTTPValidationError | UserInfoResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            user_id=user_id,
            admin_mcp=admin_mcp,
            mcp_tool=mcp_tool,
            mcp_path=mcp_path,
        )
    ).parsed
