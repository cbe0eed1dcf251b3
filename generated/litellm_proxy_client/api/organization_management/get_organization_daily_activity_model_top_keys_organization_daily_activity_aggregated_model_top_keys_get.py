from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.http_validation_error import HTTPValidationError
from ...models.model_top_keys_response import ModelTopKeysResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    model_group: str,
    by_model_group: bool | Unset = True,
    limit: int | Unset = 5,
    organization_ids: None | str | Unset = UNSET,
    start_date: None | str | Unset = UNSET,
    end_date: None | str | Unset = UNSET,
    model: None | str | Unset = UNSET,
    api_key: None | str | Unset = UNSET,
    exclude_organization_ids: None | str | Unset = UNSET,
    timezone: int | None | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["model_group"] = model_group

    params["by_model_group"] = by_model_group

    params["limit"] = limit

    json_organization_ids: None | str | Unset
    if isinstance(organization_ids, Unset):
        json_organization_ids = UNSET
    else:
        json_organization_ids = organization_ids
    params["organization_ids"] = json_organization_ids

    json_start_date: None | str | Unset
    if isinstance(start_date, Unset):
        json_start_date = UNSET
    else:
        json_start_date = start_date
    params["start_date"] = json_start_date

    json_end_date: None | str | Unset
    if isinstance(end_date, Unset):
        json_end_date = UNSET
    else:
        json_end_date = end_date
    params["end_date"] = json_end_date

    json_model: None | str | Unset
    if isinstance(model, Unset):
        json_model = UNSET
    else:
        json_model = model
    params["model"] = json_model

    json_api_key: None | str | Unset
    if isinstance(api_key, Unset):
        json_api_key = UNSET
    else:
        json_api_key = api_key
    params["api_key"] = json_api_key

    json_exclude_organization_ids: None | str | Unset
    if isinstance(exclude_organization_ids, Unset):
        json_exclude_organization_ids = UNSET
    else:
        json_exclude_organization_ids = exclude_organization_ids
    params["exclude_organization_ids"] = json_exclude_organization_ids

    json_timezone: int | None | Unset
    if isinstance(timezone, Unset):
        json_timezone = UNSET
    else:
        json_timezone = timezone
    params["timezone"] = json_timezone

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/organization/daily/activity/aggregated/model_top_keys",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | ModelTopKeysResponse | None:
    if response.status_code == 200:
        response_200 = ModelTopKeysResponse.from_dict(response.json())

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
) -> Response[HTTPValidationError | ModelTopKeysResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    model_group: str,
    by_model_group: bool | Unset = True,
    limit: int | Unset = 5,
    organization_ids: None | str | Unset = UNSET,
    start_date: None | str | Unset = UNSET,
    end_date: None | str | Unset = UNSET,
    model: None | str | Unset = UNSET,
    api_key: None | str | Unset = UNSET,
    exclude_organization_ids: None | str | Unset = UNSET,
    timezone: int | None | Unset = UNSET,
) -> Response[HTTPValidationError | ModelTopKeysResponse]:
    """Get Organization Daily Activity Model Top Keys

    Args:
        model_group (str):
        by_model_group (bool | Unset):  Default: True.
        limit (int | Unset):  Default: 5.
        organization_ids (None | str | Unset):
        start_date (None | str | Unset):
        end_date (None | str | Unset):
        model (None | str | Unset):
        api_key (None | str | Unset):
        exclude_organization_ids (None | str | Unset):
        timezone (int | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | ModelTopKeysResponse]
    """

    kwargs = _get_kwargs(
        model_group=model_group,
        by_model_group=by_model_group,
        limit=limit,
        organization_ids=organization_ids,
        start_date=start_date,
        end_date=end_date,
        model=model,
        api_key=api_key,
        exclude_organization_ids=exclude_organization_ids,
        timezone=timezone,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    model_group: str,
    by_model_group: bool | Unset = True,
    limit: int | Unset = 5,
    organization_ids: None | str | Unset = UNSET,
    start_date: None | str | Unset = UNSET,
    end_date: None | str | Unset = UNSET,
    model: None | str | Unset = UNSET,
    api_key: None | str | Unset = UNSET,
    exclude_organization_ids: None | str | Unset = UNSET,
    timezone: int | None | Unset = UNSET,
) -> HTTPValidationError | ModelTopKeysResponse | None:
    """Get Organization Daily Activity Model Top Keys

    Args:
        model_group (str):
        by_model_group (bool | Unset):  Default: True.
        limit (int | Unset):  Default: 5.
        organization_ids (None | str | Unset):
        start_date (None | str | Unset):
        end_date (None | str | Unset):
        model (None | str | Unset):
        api_key (None | str | Unset):
        exclude_organization_ids (None | str | Unset):
        timezone (int | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | ModelTopKeysResponse
    """

    return sync_detailed(
        client=client,
        model_group=model_group,
        by_model_group=by_model_group,
        limit=limit,
        organization_ids=organization_ids,
        start_date=start_date,
        end_date=end_date,
        model=model,
        api_key=api_key,
        exclude_organization_ids=exclude_organization_ids,
        timezone=timezone,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    model_group: str,
    by_model_group: bool | Unset = True,
    limit: int | Unset = 5,
    organization_ids: None | str | Unset = UNSET,
    start_date: None | str | Unset = UNSET,
    end_date: None | str | Unset = UNSET,
    model: None | str | Unset = UNSET,
    api_key: None | str | Unset = UNSET,
    exclude_organization_ids: None | str | Unset = UNSET,
    timezone: int | None | Unset = UNSET,
) -> Response[HTTPValidationError | ModelTopKeysResponse]:
    """Get Organization Daily Activity Model Top Keys

    Args:
        model_group (str):
        by_model_group (bool | Unset):  Default: True.
        limit (int | Unset):  Default: 5.
        organization_ids (None | str | Unset):
        start_date (None | str | Unset):
        end_date (None | str | Unset):
        model (None | str | Unset):
        api_key (None | str | Unset):
        exclude_organization_ids (None | str | Unset):
        timezone (int | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | ModelTopKeysResponse]
    """

    kwargs = _get_kwargs(
        model_group=model_group,
        by_model_group=by_model_group,
        limit=limit,
        organization_ids=organization_ids,
        start_date=start_date,
        end_date=end_date,
        model=model,
        api_key=api_key,
        exclude_organization_ids=exclude_organization_ids,
        timezone=timezone,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    model_group: str,
    by_model_group: bool | Unset = True,
    limit: int | Unset = 5,
    organization_ids: None | str | Unset = UNSET,
    start_date: None | str | Unset = UNSET,
    end_date: None | str | Unset = UNSET,
    model: None | str | Unset = UNSET,
    api_key: None | str | Unset = UNSET,
    exclude_organization_ids: None | str | Unset = UNSET,
    timezone: int | None | Unset = UNSET,
) -> HTTPValidationError | ModelTopKeysResponse | None:
    """Get Organization Daily Activity Model Top Keys

    Args:
        model_group (str):
        by_model_group (bool | Unset):  Default: True.
        limit (int | Unset):  Default: 5.
        organization_ids (None | str | Unset):
        start_date (None | str | Unset):
        end_date (None | str | Unset):
        model (None | str | Unset):
        api_key (None | str | Unset):
        exclude_organization_ids (None | str | Unset):
        timezone (int | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | ModelTopKeysResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            model_group=model_group,
            by_model_group=by_model_group,
            limit=limit,
            organization_ids=organization_ids,
            start_date=start_date,
            end_date=end_date,
            model=model,
            api_key=api_key,
            exclude_organization_ids=exclude_organization_ids,
            timezone=timezone,
        )
    ).parsed
