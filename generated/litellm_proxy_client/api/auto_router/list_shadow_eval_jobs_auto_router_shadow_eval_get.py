from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.http_validation_error import HTTPValidationError
from ...models.list_shadow_eval_jobs_auto_router_shadow_eval_get_target_type_type_0 import (
    ListShadowEvalJobsAutoRouterShadowEvalGetTargetTypeType0,
)
from ...models.shadow_eval_job_response import ShadowEvalJobResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    target_type: ListShadowEvalJobsAutoRouterShadowEvalGetTargetTypeType0 | None | Unset = UNSET,
    target_id: None | str | Unset = UNSET,
    limit: int | Unset = 50,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_target_type: None | str | Unset
    if isinstance(target_type, Unset):
        json_target_type = UNSET
    elif isinstance(target_type, ListShadowEvalJobsAutoRouterShadowEvalGetTargetTypeType0):
        json_target_type = target_type.value
    else:
        json_target_type = target_type
    params["target_type"] = json_target_type

    json_target_id: None | str | Unset
    if isinstance(target_id, Unset):
        json_target_id = UNSET
    else:
        json_target_id = target_id
    params["target_id"] = json_target_id

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/auto_router/shadow_eval",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | list[ShadowEvalJobResponse] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = ShadowEvalJobResponse.from_dict(response_200_item_data)

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
) -> Response[HTTPValidationError | list[ShadowEvalJobResponse]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    target_type: ListShadowEvalJobsAutoRouterShadowEvalGetTargetTypeType0 | None | Unset = UNSET,
    target_id: None | str | Unset = UNSET,
    limit: int | Unset = 50,
) -> Response[HTTPValidationError | list[ShadowEvalJobResponse]]:
    """List Shadow Eval Jobs

     List shadow eval jobs, newest first, each target with its attempt count so status
    is accurate. Judged counts, spend, and results ride the detail endpoint only.

    Args:
        target_type (ListShadowEvalJobsAutoRouterShadowEvalGetTargetTypeType0 | None | Unset):
            Kind of target to filter on; requires target_id
        target_id (None | str | Unset): Filter to jobs that shadow this target, alone or alongside
            others
        limit (int | Unset): Newest jobs to return Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | list[ShadowEvalJobResponse]]
    """

    kwargs = _get_kwargs(
        target_type=target_type,
        target_id=target_id,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    target_type: ListShadowEvalJobsAutoRouterShadowEvalGetTargetTypeType0 | None | Unset = UNSET,
    target_id: None | str | Unset = UNSET,
    limit: int | Unset = 50,
) -> HTTPValidationError | list[ShadowEvalJobResponse] | None:
    """List Shadow Eval Jobs

     List shadow eval jobs, newest first, each target with its attempt count so status
    is accurate. Judged counts, spend, and results ride the detail endpoint only.

    Args:
        target_type (ListShadowEvalJobsAutoRouterShadowEvalGetTargetTypeType0 | None | Unset):
            Kind of target to filter on; requires target_id
        target_id (None | str | Unset): Filter to jobs that shadow this target, alone or alongside
            others
        limit (int | Unset): Newest jobs to return Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | list[ShadowEvalJobResponse]
    """

    return sync_detailed(
        client=client,
        target_type=target_type,
        target_id=target_id,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    target_type: ListShadowEvalJobsAutoRouterShadowEvalGetTargetTypeType0 | None | Unset = UNSET,
    target_id: None | str | Unset = UNSET,
    limit: int | Unset = 50,
) -> Response[HTTPValidationError | list[ShadowEvalJobResponse]]:
    """List Shadow Eval Jobs

     List shadow eval jobs, newest first, each target with its attempt count so status
    is accurate. Judged counts, spend, and results ride the detail endpoint only.

    Args:
        target_type (ListShadowEvalJobsAutoRouterShadowEvalGetTargetTypeType0 | None | Unset):
            Kind of target to filter on; requires target_id
        target_id (None | str | Unset): Filter to jobs that shadow this target, alone or alongside
            others
        limit (int | Unset): Newest jobs to return Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | list[ShadowEvalJobResponse]]
    """

    kwargs = _get_kwargs(
        target_type=target_type,
        target_id=target_id,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    target_type: ListShadowEvalJobsAutoRouterShadowEvalGetTargetTypeType0 | None | Unset = UNSET,
    target_id: None | str | Unset = UNSET,
    limit: int | Unset = 50,
) -> HTTPValidationError | list[ShadowEvalJobResponse] | None:
    """List Shadow Eval Jobs

     List shadow eval jobs, newest first, each target with its attempt count so status
    is accurate. Judged counts, spend, and results ride the detail endpoint only.

    Args:
        target_type (ListShadowEvalJobsAutoRouterShadowEvalGetTargetTypeType0 | None | Unset):
            Kind of target to filter on; requires target_id
        target_id (None | str | Unset): Filter to jobs that shadow this target, alone or alongside
            others
        limit (int | Unset): Newest jobs to return Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | list[ShadowEvalJobResponse]
    """

    return (
        await asyncio_detailed(
            client=client,
            target_type=target_type,
            target_id=target_id,
            limit=limit,
        )
    ).parsed
