import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.deprecation_tag_usage import DeprecationTagUsage
from ...models.http_validation_error import HTTPValidationError
from ...types import UNSET, Response


def _get_kwargs(
    *,
    model: str,
    api_keys: list[str],
    start_date: datetime.date,
    end_date: datetime.date,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["model"] = model

    json_api_keys = api_keys

    params["api_keys"] = json_api_keys

    json_start_date = start_date.isoformat()
    params["start_date"] = json_start_date

    json_end_date = end_date.isoformat()
    params["end_date"] = json_end_date

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/alerting/model-deprecations/tags",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | list[DeprecationTagUsage] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = DeprecationTagUsage.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    if response.status_code == 422:
        response_422 = HTTPValidationError.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[HTTPValidationError | list[DeprecationTagUsage]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    model: str,
    api_keys: list[str],
    start_date: datetime.date,
    end_date: datetime.date,
) -> Response[HTTPValidationError | list[DeprecationTagUsage]]:
    """Get Deprecation Usage Tags

     Distinct tags observed with this model for a page of affected reporting key IDs.

    Args:
        model (str):
        api_keys (list[str]):
        start_date (datetime.date):
        end_date (datetime.date):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | list[DeprecationTagUsage]]
    """

    kwargs = _get_kwargs(
        model=model,
        api_keys=api_keys,
        start_date=start_date,
        end_date=end_date,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    model: str,
    api_keys: list[str],
    start_date: datetime.date,
    end_date: datetime.date,
) -> HTTPValidationError | list[DeprecationTagUsage] | None:
    """Get Deprecation Usage Tags

     Distinct tags observed with this model for a page of affected reporting key IDs.

    Args:
        model (str):
        api_keys (list[str]):
        start_date (datetime.date):
        end_date (datetime.date):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | list[DeprecationTagUsage]
    """

    return sync_detailed(
        client=client,
        model=model,
        api_keys=api_keys,
        start_date=start_date,
        end_date=end_date,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    model: str,
    api_keys: list[str],
    start_date: datetime.date,
    end_date: datetime.date,
) -> Response[HTTPValidationError | list[DeprecationTagUsage]]:
    """Get Deprecation Usage Tags

     Distinct tags observed with this model for a page of affected reporting key IDs.

    Args:
        model (str):
        api_keys (list[str]):
        start_date (datetime.date):
        end_date (datetime.date):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | list[DeprecationTagUsage]]
    """

    kwargs = _get_kwargs(
        model=model,
        api_keys=api_keys,
        start_date=start_date,
        end_date=end_date,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    model: str,
    api_keys: list[str],
    start_date: datetime.date,
    end_date: datetime.date,
) -> HTTPValidationError | list[DeprecationTagUsage] | None:
    """Get Deprecation Usage Tags

     Distinct tags observed with this model for a page of affected reporting key IDs.

    Args:
        model (str):
        api_keys (list[str]):
        start_date (datetime.date):
        end_date (datetime.date):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | list[DeprecationTagUsage]
    """

    return (
        await asyncio_detailed(
            client=client,
            model=model,
            api_keys=api_keys,
            start_date=start_date,
            end_date=end_date,
        )
    ).parsed
