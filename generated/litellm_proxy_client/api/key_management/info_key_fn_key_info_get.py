from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_detail import ErrorDetail
from ...models.error_envelope import ErrorEnvelope
from ...models.http_validation_error import HTTPValidationError
from ...models.key_info_response import KeyInfoResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    key: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_key: None | str | Unset
    if isinstance(key, Unset):
        json_key = UNSET
    else:
        json_key = key
    params["key"] = json_key

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/key/info",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorDetail | ErrorEnvelope | ErrorDetail | ErrorEnvelope | HTTPValidationError | KeyInfoResponse | None:
    if response.status_code == 200:
        response_200 = KeyInfoResponse.from_dict(response.json())

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
) -> Response[ErrorDetail | ErrorEnvelope | ErrorDetail | ErrorEnvelope | HTTPValidationError | KeyInfoResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    key: None | str | Unset = UNSET,
) -> Response[ErrorDetail | ErrorEnvelope | ErrorDetail | ErrorEnvelope | HTTPValidationError | KeyInfoResponse]:
    """Info Key Fn

     Retrieve information about a key.

    Parameters:
    - key: str | None (query parameter) - The key to look up. Accepts the plaintext key or its hash;
      prefer the hash, since a query parameter is recorded verbatim by any HTTP access log in front
      of the proxy. Defaults to the key in the Authorization header.

    Returns:
    - key: str - The key that was looked up, echoed back as it was passed in
    - info: dict - The key's row, minus the hashed token. Deleted keys are served from the
      LiteLLM_DeletedVerificationToken archive and carry deleted_at / deleted_by
        - status: "active" | "expired" | "revoked" | "deleted" - Derived from blocked, expires and
          whether the row came from the archive
        - key_alias: str | None - User-friendly key alias
        - spend: float - Amount spent by the key. When budget_duration is set this covers only the
          current budget window, not the key's lifetime
        - max_budget: float | None - Max budget for the key, enforced against spend
        - budget_duration: str | None - Budget reset period ("30d", "1h", etc.)
        - budget_reset_at: datetime | None - When the current budget window ends and spend is next
          reset to 0, not when it was last reset. Reset times snap to standard boundaries in the
          configured timezone (30d and 1mo land on the 1st of the month, 7d on Monday, 1h on the
          hour), so subtracting budget_duration from it does not give the window's start
        - model_max_budget: dict - Per-model budgets, e.g. {"gpt-4": {"budget_limit": 0.0005,
    "time_period": "30d"}}
        - model_max_budget_usage: dict | None - Current-window spend per model, present only when
          the key has per-model budgets. Each entry's budget_reset_at is when that model's open
          window ends and its spend resets, or None when no window is open or it ends after year 9999
        - budget_limits: list | None - Concurrent budget windows, exactly as stored
        - budget_limits_usage: dict | None - Current-window spend per budget window, e.g.
          {"1h": {"current_spend": 0.0009}}, present only when the key has budget windows
          (read from the same cross-pod spend counter the budget enforcement uses)
        - models: list - Model_name's the key is allowed to call
        - tpm_limit / rpm_limit: int | None - Tokens and requests per minute limits
        - metadata: dict - Metadata for the key, e.g. {"team": "core-infra"}
        - blocked: bool | None - Whether the key is blocked
        - expires: datetime | None - When the key stops authenticating requests
        - last_active: datetime | None - When the key was last used
        - object_permission: dict | None - Resolved vector store / MCP permissions when the key has
          an object_permission_id

    Example Curl:
    ```
    curl -X GET
    "http://0.0.0.0:4000/key/info?key=d5345c0ecc68ae6295c69f91926b2bd379e25481a40c34b5884d157a9f65d8fa"
    -H "Authorization: Bearer $LITELLM_MASTER_KEY"
    ```

    Example Curl - if no key is passed, it will use the Key Passed in Authorization Header
    ```
    curl -X GET "http://0.0.0.0:4000/key/info" -H "Authorization: Bearer sk-test-example-key-123"
    ```

    Args:
        key (None | str | Unset): Key to look up. Pass the key's sha256 hash so the raw key stays
            out of URLs and access logs. Example
            key='d5345c0ecc68ae6295c69f91926b2bd379e25481a40c34b5884d157a9f65d8fa'

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDetail | ErrorEnvelope | ErrorDetail | ErrorEnvelope | HTTPValidationError | KeyInfoResponse]
    """

    kwargs = _get_kwargs(
        key=key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    key: None | str | Unset = UNSET,
) -> ErrorDetail | ErrorEnvelope | ErrorDetail | ErrorEnvelope | HTTPValidationError | KeyInfoResponse | None:
    """Info Key Fn

     Retrieve information about a key.

    Parameters:
    - key: str | None (query parameter) - The key to look up. Accepts the plaintext key or its hash;
      prefer the hash, since a query parameter is recorded verbatim by any HTTP access log in front
      of the proxy. Defaults to the key in the Authorization header.

    Returns:
    - key: str - The key that was looked up, echoed back as it was passed in
    - info: dict - The key's row, minus the hashed token. Deleted keys are served from the
      LiteLLM_DeletedVerificationToken archive and carry deleted_at / deleted_by
        - status: "active" | "expired" | "revoked" | "deleted" - Derived from blocked, expires and
          whether the row came from the archive
        - key_alias: str | None - User-friendly key alias
        - spend: float - Amount spent by the key. When budget_duration is set this covers only the
          current budget window, not the key's lifetime
        - max_budget: float | None - Max budget for the key, enforced against spend
        - budget_duration: str | None - Budget reset period ("30d", "1h", etc.)
        - budget_reset_at: datetime | None - When the current budget window ends and spend is next
          reset to 0, not when it was last reset. Reset times snap to standard boundaries in the
          configured timezone (30d and 1mo land on the 1st of the month, 7d on Monday, 1h on the
          hour), so subtracting budget_duration from it does not give the window's start
        - model_max_budget: dict - Per-model budgets, e.g. {"gpt-4": {"budget_limit": 0.0005,
    "time_period": "30d"}}
        - model_max_budget_usage: dict | None - Current-window spend per model, present only when
          the key has per-model budgets. Each entry's budget_reset_at is when that model's open
          window ends and its spend resets, or None when no window is open or it ends after year 9999
        - budget_limits: list | None - Concurrent budget windows, exactly as stored
        - budget_limits_usage: dict | None - Current-window spend per budget window, e.g.
          {"1h": {"current_spend": 0.0009}}, present only when the key has budget windows
          (read from the same cross-pod spend counter the budget enforcement uses)
        - models: list - Model_name's the key is allowed to call
        - tpm_limit / rpm_limit: int | None - Tokens and requests per minute limits
        - metadata: dict - Metadata for the key, e.g. {"team": "core-infra"}
        - blocked: bool | None - Whether the key is blocked
        - expires: datetime | None - When the key stops authenticating requests
        - last_active: datetime | None - When the key was last used
        - object_permission: dict | None - Resolved vector store / MCP permissions when the key has
          an object_permission_id

    Example Curl:
    ```
    curl -X GET
    "http://0.0.0.0:4000/key/info?key=d5345c0ecc68ae6295c69f91926b2bd379e25481a40c34b5884d157a9f65d8fa"
    -H "Authorization: Bearer $LITELLM_MASTER_KEY"
    ```

    Example Curl - if no key is passed, it will use the Key Passed in Authorization Header
    ```
    curl -X GET "http://0.0.0.0:4000/key/info" -H "Authorization: Bearer sk-test-example-key-123"
    ```

    Args:
        key (None | str | Unset): Key to look up. Pass the key's sha256 hash so the raw key stays
            out of URLs and access logs. Example
            key='d5345c0ecc68ae6295c69f91926b2bd379e25481a40c34b5884d157a9f65d8fa'

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDetail | ErrorEnvelope | ErrorDetail | ErrorEnvelope | HTTPValidationError | KeyInfoResponse
    """

    return sync_detailed(
        client=client,
        key=key,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    key: None | str | Unset = UNSET,
) -> Response[ErrorDetail | ErrorEnvelope | ErrorDetail | ErrorEnvelope | HTTPValidationError | KeyInfoResponse]:
    """Info Key Fn

     Retrieve information about a key.

    Parameters:
    - key: str | None (query parameter) - The key to look up. Accepts the plaintext key or its hash;
      prefer the hash, since a query parameter is recorded verbatim by any HTTP access log in front
      of the proxy. Defaults to the key in the Authorization header.

    Returns:
    - key: str - The key that was looked up, echoed back as it was passed in
    - info: dict - The key's row, minus the hashed token. Deleted keys are served from the
      LiteLLM_DeletedVerificationToken archive and carry deleted_at / deleted_by
        - status: "active" | "expired" | "revoked" | "deleted" - Derived from blocked, expires and
          whether the row came from the archive
        - key_alias: str | None - User-friendly key alias
        - spend: float - Amount spent by the key. When budget_duration is set this covers only the
          current budget window, not the key's lifetime
        - max_budget: float | None - Max budget for the key, enforced against spend
        - budget_duration: str | None - Budget reset period ("30d", "1h", etc.)
        - budget_reset_at: datetime | None - When the current budget window ends and spend is next
          reset to 0, not when it was last reset. Reset times snap to standard boundaries in the
          configured timezone (30d and 1mo land on the 1st of the month, 7d on Monday, 1h on the
          hour), so subtracting budget_duration from it does not give the window's start
        - model_max_budget: dict - Per-model budgets, e.g. {"gpt-4": {"budget_limit": 0.0005,
    "time_period": "30d"}}
        - model_max_budget_usage: dict | None - Current-window spend per model, present only when
          the key has per-model budgets. Each entry's budget_reset_at is when that model's open
          window ends and its spend resets, or None when no window is open or it ends after year 9999
        - budget_limits: list | None - Concurrent budget windows, exactly as stored
        - budget_limits_usage: dict | None - Current-window spend per budget window, e.g.
          {"1h": {"current_spend": 0.0009}}, present only when the key has budget windows
          (read from the same cross-pod spend counter the budget enforcement uses)
        - models: list - Model_name's the key is allowed to call
        - tpm_limit / rpm_limit: int | None - Tokens and requests per minute limits
        - metadata: dict - Metadata for the key, e.g. {"team": "core-infra"}
        - blocked: bool | None - Whether the key is blocked
        - expires: datetime | None - When the key stops authenticating requests
        - last_active: datetime | None - When the key was last used
        - object_permission: dict | None - Resolved vector store / MCP permissions when the key has
          an object_permission_id

    Example Curl:
    ```
    curl -X GET
    "http://0.0.0.0:4000/key/info?key=d5345c0ecc68ae6295c69f91926b2bd379e25481a40c34b5884d157a9f65d8fa"
    -H "Authorization: Bearer $LITELLM_MASTER_KEY"
    ```

    Example Curl - if no key is passed, it will use the Key Passed in Authorization Header
    ```
    curl -X GET "http://0.0.0.0:4000/key/info" -H "Authorization: Bearer sk-test-example-key-123"
    ```

    Args:
        key (None | str | Unset): Key to look up. Pass the key's sha256 hash so the raw key stays
            out of URLs and access logs. Example
            key='d5345c0ecc68ae6295c69f91926b2bd379e25481a40c34b5884d157a9f65d8fa'

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDetail | ErrorEnvelope | ErrorDetail | ErrorEnvelope | HTTPValidationError | KeyInfoResponse]
    """

    kwargs = _get_kwargs(
        key=key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    key: None | str | Unset = UNSET,
) -> ErrorDetail | ErrorEnvelope | ErrorDetail | ErrorEnvelope | HTTPValidationError | KeyInfoResponse | None:
    """Info Key Fn

     Retrieve information about a key.

    Parameters:
    - key: str | None (query parameter) - The key to look up. Accepts the plaintext key or its hash;
      prefer the hash, since a query parameter is recorded verbatim by any HTTP access log in front
      of the proxy. Defaults to the key in the Authorization header.

    Returns:
    - key: str - The key that was looked up, echoed back as it was passed in
    - info: dict - The key's row, minus the hashed token. Deleted keys are served from the
      LiteLLM_DeletedVerificationToken archive and carry deleted_at / deleted_by
        - status: "active" | "expired" | "revoked" | "deleted" - Derived from blocked, expires and
          whether the row came from the archive
        - key_alias: str | None - User-friendly key alias
        - spend: float - Amount spent by the key. When budget_duration is set this covers only the
          current budget window, not the key's lifetime
        - max_budget: float | None - Max budget for the key, enforced against spend
        - budget_duration: str | None - Budget reset period ("30d", "1h", etc.)
        - budget_reset_at: datetime | None - When the current budget window ends and spend is next
          reset to 0, not when it was last reset. Reset times snap to standard boundaries in the
          configured timezone (30d and 1mo land on the 1st of the month, 7d on Monday, 1h on the
          hour), so subtracting budget_duration from it does not give the window's start
        - model_max_budget: dict - Per-model budgets, e.g. {"gpt-4": {"budget_limit": 0.0005,
    "time_period": "30d"}}
        - model_max_budget_usage: dict | None - Current-window spend per model, present only when
          the key has per-model budgets. Each entry's budget_reset_at is when that model's open
          window ends and its spend resets, or None when no window is open or it ends after year 9999
        - budget_limits: list | None - Concurrent budget windows, exactly as stored
        - budget_limits_usage: dict | None - Current-window spend per budget window, e.g.
          {"1h": {"current_spend": 0.0009}}, present only when the key has budget windows
          (read from the same cross-pod spend counter the budget enforcement uses)
        - models: list - Model_name's the key is allowed to call
        - tpm_limit / rpm_limit: int | None - Tokens and requests per minute limits
        - metadata: dict - Metadata for the key, e.g. {"team": "core-infra"}
        - blocked: bool | None - Whether the key is blocked
        - expires: datetime | None - When the key stops authenticating requests
        - last_active: datetime | None - When the key was last used
        - object_permission: dict | None - Resolved vector store / MCP permissions when the key has
          an object_permission_id

    Example Curl:
    ```
    curl -X GET
    "http://0.0.0.0:4000/key/info?key=d5345c0ecc68ae6295c69f91926b2bd379e25481a40c34b5884d157a9f65d8fa"
    -H "Authorization: Bearer $LITELLM_MASTER_KEY"
    ```

    Example Curl - if no key is passed, it will use the Key Passed in Authorization Header
    ```
    curl -X GET "http://0.0.0.0:4000/key/info" -H "Authorization: Bearer sk-test-example-key-123"
    ```

    Args:
        key (None | str | Unset): Key to look up. Pass the key's sha256 hash so the raw key stays
            out of URLs and access logs. Example
            key='d5345c0ecc68ae6295c69f91926b2bd379e25481a40c34b5884d157a9f65d8fa'

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDetail | ErrorEnvelope | ErrorDetail | ErrorEnvelope | HTTPValidationError | KeyInfoResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            key=key,
        )
    ).parsed
