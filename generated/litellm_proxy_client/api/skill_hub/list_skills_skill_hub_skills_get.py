from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.http_validation_error import HTTPValidationError
from ...models.list_skills_skill_hub_skills_get_sort_by import ListSkillsSkillHubSkillsGetSortBy
from ...models.list_skills_skill_hub_skills_get_sort_order import ListSkillsSkillHubSkillsGetSortOrder
from ...models.skill_hub_list import SkillHubList
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    query: str | Unset = "",
    offset: int | Unset = 0,
    limit: int | Unset = 50,
    tag: str | Unset = "",
    security_scan_passed: bool | None | Unset = UNSET,
    sort_by: ListSkillsSkillHubSkillsGetSortBy | Unset = ListSkillsSkillHubSkillsGetSortBy.NAME,
    sort_order: ListSkillsSkillHubSkillsGetSortOrder | Unset = ListSkillsSkillHubSkillsGetSortOrder.ASC,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["query"] = query

    params["offset"] = offset

    params["limit"] = limit

    params["tag"] = tag

    json_security_scan_passed: bool | None | Unset
    if isinstance(security_scan_passed, Unset):
        json_security_scan_passed = UNSET
    else:
        json_security_scan_passed = security_scan_passed
    params["security_scan_passed"] = json_security_scan_passed

    json_sort_by: str | Unset = UNSET
    if not isinstance(sort_by, Unset):
        json_sort_by = sort_by.value

    params["sort_by"] = json_sort_by

    json_sort_order: str | Unset = UNSET
    if not isinstance(sort_order, Unset):
        json_sort_order = sort_order.value

    params["sort_order"] = json_sort_order

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/skill-hub/skills",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | SkillHubList | None:
    if response.status_code == 200:
        response_200 = SkillHubList.from_dict(response.json())

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
) -> Response[HTTPValidationError | SkillHubList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    query: str | Unset = "",
    offset: int | Unset = 0,
    limit: int | Unset = 50,
    tag: str | Unset = "",
    security_scan_passed: bool | None | Unset = UNSET,
    sort_by: ListSkillsSkillHubSkillsGetSortBy | Unset = ListSkillsSkillHubSkillsGetSortBy.NAME,
    sort_order: ListSkillsSkillHubSkillsGetSortOrder | Unset = ListSkillsSkillHubSkillsGetSortOrder.ASC,
) -> Response[HTTPValidationError | SkillHubList]:
    """List Skills

     Browse the caller's public and granted private skills.

    Args:
        query (str | Unset):  Default: ''.
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 50.
        tag (str | Unset):  Default: ''.
        security_scan_passed (bool | None | Unset):
        sort_by (ListSkillsSkillHubSkillsGetSortBy | Unset):  Default:
            ListSkillsSkillHubSkillsGetSortBy.NAME.
        sort_order (ListSkillsSkillHubSkillsGetSortOrder | Unset):  Default:
            ListSkillsSkillHubSkillsGetSortOrder.ASC.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | SkillHubList]
    """

    kwargs = _get_kwargs(
        query=query,
        offset=offset,
        limit=limit,
        tag=tag,
        security_scan_passed=security_scan_passed,
        sort_by=sort_by,
        sort_order=sort_order,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    query: str | Unset = "",
    offset: int | Unset = 0,
    limit: int | Unset = 50,
    tag: str | Unset = "",
    security_scan_passed: bool | None | Unset = UNSET,
    sort_by: ListSkillsSkillHubSkillsGetSortBy | Unset = ListSkillsSkillHubSkillsGetSortBy.NAME,
    sort_order: ListSkillsSkillHubSkillsGetSortOrder | Unset = ListSkillsSkillHubSkillsGetSortOrder.ASC,
) -> HTTPValidationError | SkillHubList | None:
    """List Skills

     Browse the caller's public and granted private skills.

    Args:
        query (str | Unset):  Default: ''.
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 50.
        tag (str | Unset):  Default: ''.
        security_scan_passed (bool | None | Unset):
        sort_by (ListSkillsSkillHubSkillsGetSortBy | Unset):  Default:
            ListSkillsSkillHubSkillsGetSortBy.NAME.
        sort_order (ListSkillsSkillHubSkillsGetSortOrder | Unset):  Default:
            ListSkillsSkillHubSkillsGetSortOrder.ASC.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | SkillHubList
    """

    return sync_detailed(
        client=client,
        query=query,
        offset=offset,
        limit=limit,
        tag=tag,
        security_scan_passed=security_scan_passed,
        sort_by=sort_by,
        sort_order=sort_order,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    query: str | Unset = "",
    offset: int | Unset = 0,
    limit: int | Unset = 50,
    tag: str | Unset = "",
    security_scan_passed: bool | None | Unset = UNSET,
    sort_by: ListSkillsSkillHubSkillsGetSortBy | Unset = ListSkillsSkillHubSkillsGetSortBy.NAME,
    sort_order: ListSkillsSkillHubSkillsGetSortOrder | Unset = ListSkillsSkillHubSkillsGetSortOrder.ASC,
) -> Response[HTTPValidationError | SkillHubList]:
    """List Skills

     Browse the caller's public and granted private skills.

    Args:
        query (str | Unset):  Default: ''.
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 50.
        tag (str | Unset):  Default: ''.
        security_scan_passed (bool | None | Unset):
        sort_by (ListSkillsSkillHubSkillsGetSortBy | Unset):  Default:
            ListSkillsSkillHubSkillsGetSortBy.NAME.
        sort_order (ListSkillsSkillHubSkillsGetSortOrder | Unset):  Default:
            ListSkillsSkillHubSkillsGetSortOrder.ASC.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | SkillHubList]
    """

    kwargs = _get_kwargs(
        query=query,
        offset=offset,
        limit=limit,
        tag=tag,
        security_scan_passed=security_scan_passed,
        sort_by=sort_by,
        sort_order=sort_order,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    query: str | Unset = "",
    offset: int | Unset = 0,
    limit: int | Unset = 50,
    tag: str | Unset = "",
    security_scan_passed: bool | None | Unset = UNSET,
    sort_by: ListSkillsSkillHubSkillsGetSortBy | Unset = ListSkillsSkillHubSkillsGetSortBy.NAME,
    sort_order: ListSkillsSkillHubSkillsGetSortOrder | Unset = ListSkillsSkillHubSkillsGetSortOrder.ASC,
) -> HTTPValidationError | SkillHubList | None:
    """List Skills

     Browse the caller's public and granted private skills.

    Args:
        query (str | Unset):  Default: ''.
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 50.
        tag (str | Unset):  Default: ''.
        security_scan_passed (bool | None | Unset):
        sort_by (ListSkillsSkillHubSkillsGetSortBy | Unset):  Default:
            ListSkillsSkillHubSkillsGetSortBy.NAME.
        sort_order (ListSkillsSkillHubSkillsGetSortOrder | Unset):  Default:
            ListSkillsSkillHubSkillsGetSortOrder.ASC.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | SkillHubList
    """

    return (
        await asyncio_detailed(
            client=client,
            query=query,
            offset=offset,
            limit=limit,
            tag=tag,
            security_scan_passed=security_scan_passed,
            sort_by=sort_by,
            sort_order=sort_order,
        )
    ).parsed
