from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_response_budget_list_item import ListResponseBudgetListItem
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/management/v1/budgets",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ListResponseBudgetListItem | None:
    if response.status_code == 200:
        response_200 = ListResponseBudgetListItem.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ListResponseBudgetListItem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[ListResponseBudgetListItem]:
    """List Budgets

     The budgets defined on this proxy, paged, sortable and filterable, for the
    Budgets page.

    Readable by a proxy admin or an admin viewer; anyone else is refused 403. The
    older `/budget/list` answers with the whole table as a bare array and has no
    way to page, sort or filter it.

    `sort` takes a comma-separated list of `budget_id`, `max_budget`, `tpm_limit`,
    `rpm_limit`, `tpd_limit`, `created_at` or `budget_duration`, each optionally prefixed with `-` for
    descending,
    and defaults to `-created_at`. Reset periods sort by elapsed time, with calendar months
    measured from the current UTC date and unset periods last. `budget_id` is appended to every sort as
    the
    tiebreaker. `q` is a case-insensitive substring match on `budget_id`.
    `page_size` defaults to 50 and is capped at 100. Filters are
    `filter[budget_duration][in|is_null]`, `filter[max_budget][gte|lte|is_null]`
    and `filter[created_at][gte|lte]`.

    Example curl:
    ```
    curl --location --globoff 'http://0.0.0.0:4000/management/v1/budgets?sort=-
    max_budget&filter[budget_duration][in]=7d,30d&page_size=25'         --header "Authorization: Bearer
    $LITELLM_MASTER_KEY"
    ```

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListResponseBudgetListItem]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
) -> ListResponseBudgetListItem | None:
    """List Budgets

     The budgets defined on this proxy, paged, sortable and filterable, for the
    Budgets page.

    Readable by a proxy admin or an admin viewer; anyone else is refused 403. The
    older `/budget/list` answers with the whole table as a bare array and has no
    way to page, sort or filter it.

    `sort` takes a comma-separated list of `budget_id`, `max_budget`, `tpm_limit`,
    `rpm_limit`, `tpd_limit`, `created_at` or `budget_duration`, each optionally prefixed with `-` for
    descending,
    and defaults to `-created_at`. Reset periods sort by elapsed time, with calendar months
    measured from the current UTC date and unset periods last. `budget_id` is appended to every sort as
    the
    tiebreaker. `q` is a case-insensitive substring match on `budget_id`.
    `page_size` defaults to 50 and is capped at 100. Filters are
    `filter[budget_duration][in|is_null]`, `filter[max_budget][gte|lte|is_null]`
    and `filter[created_at][gte|lte]`.

    Example curl:
    ```
    curl --location --globoff 'http://0.0.0.0:4000/management/v1/budgets?sort=-
    max_budget&filter[budget_duration][in]=7d,30d&page_size=25'         --header "Authorization: Bearer
    $LITELLM_MASTER_KEY"
    ```

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListResponseBudgetListItem
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[ListResponseBudgetListItem]:
    """List Budgets

     The budgets defined on this proxy, paged, sortable and filterable, for the
    Budgets page.

    Readable by a proxy admin or an admin viewer; anyone else is refused 403. The
    older `/budget/list` answers with the whole table as a bare array and has no
    way to page, sort or filter it.

    `sort` takes a comma-separated list of `budget_id`, `max_budget`, `tpm_limit`,
    `rpm_limit`, `tpd_limit`, `created_at` or `budget_duration`, each optionally prefixed with `-` for
    descending,
    and defaults to `-created_at`. Reset periods sort by elapsed time, with calendar months
    measured from the current UTC date and unset periods last. `budget_id` is appended to every sort as
    the
    tiebreaker. `q` is a case-insensitive substring match on `budget_id`.
    `page_size` defaults to 50 and is capped at 100. Filters are
    `filter[budget_duration][in|is_null]`, `filter[max_budget][gte|lte|is_null]`
    and `filter[created_at][gte|lte]`.

    Example curl:
    ```
    curl --location --globoff 'http://0.0.0.0:4000/management/v1/budgets?sort=-
    max_budget&filter[budget_duration][in]=7d,30d&page_size=25'         --header "Authorization: Bearer
    $LITELLM_MASTER_KEY"
    ```

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListResponseBudgetListItem]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
) -> ListResponseBudgetListItem | None:
    """List Budgets

     The budgets defined on this proxy, paged, sortable and filterable, for the
    Budgets page.

    Readable by a proxy admin or an admin viewer; anyone else is refused 403. The
    older `/budget/list` answers with the whole table as a bare array and has no
    way to page, sort or filter it.

    `sort` takes a comma-separated list of `budget_id`, `max_budget`, `tpm_limit`,
    `rpm_limit`, `tpd_limit`, `created_at` or `budget_duration`, each optionally prefixed with `-` for
    descending,
    and defaults to `-created_at`. Reset periods sort by elapsed time, with calendar months
    measured from the current UTC date and unset periods last. `budget_id` is appended to every sort as
    the
    tiebreaker. `q` is a case-insensitive substring match on `budget_id`.
    `page_size` defaults to 50 and is capped at 100. Filters are
    `filter[budget_duration][in|is_null]`, `filter[max_budget][gte|lte|is_null]`
    and `filter[created_at][gte|lte]`.

    Example curl:
    ```
    curl --location --globoff 'http://0.0.0.0:4000/management/v1/budgets?sort=-
    max_budget&filter[budget_duration][in]=7d,30d&page_size=25'         --header "Authorization: Bearer
    $LITELLM_MASTER_KEY"
    ```

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListResponseBudgetListItem
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
