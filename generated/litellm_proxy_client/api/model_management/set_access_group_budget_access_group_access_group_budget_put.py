from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.access_group_budget_request import AccessGroupBudgetRequest
from ...models.access_group_budget_response import AccessGroupBudgetResponse
from ...models.http_validation_error import HTTPValidationError
from ...types import Response


def _get_kwargs(
    access_group: str,
    *,
    body: AccessGroupBudgetRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/access_group/{access_group}/budget".format(
            access_group=quote(str(access_group), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AccessGroupBudgetResponse | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = AccessGroupBudgetResponse.from_dict(response.json())

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
) -> Response[AccessGroupBudgetResponse | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    access_group: str,
    *,
    client: AuthenticatedClient,
    body: AccessGroupBudgetRequest,
) -> Response[AccessGroupBudgetResponse | HTTPValidationError]:
    """ Set Access Group Budget

     Set or replace the shared budget of an access group. Idempotent.

    Every key that can reach a model in the group draws from this one budget.

    Example:
    ```bash
    curl -X PUT 'http://localhost:4000/access_group/production-models/budget' \\
      -H "Authorization: Bearer $LITELLM_MASTER_KEY" \\
      -H 'Content-Type: application/json' \\
      -d '{
        "max_budget": 100.0,
        "budget_duration": "30d"
      }'
    ```

    Parameters:
    - access_group: str - The access group name (URL path parameter)
    - max_budget: Optional[float] - Requests fail once the group's shared spend exceeds this
    - soft_budget: Optional[float] - Fires an alert when reached; requests still succeed
    - budget_duration: Optional[str] - Frequency of resetting the group's spend (e.g. '30d')
    - budget_id: Optional[str] - Link an existing budget instead of creating one

    Returns:
    - AccessGroupBudgetResponse with the stored budget and current spend

    Raises:
    - HTTPException 400: If no budget field is given, or budget_duration cannot be parsed
    - HTTPException 404: If access group not found

    Args:
        access_group (str):
        body (AccessGroupBudgetRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AccessGroupBudgetResponse | HTTPValidationError]
     """

    kwargs = _get_kwargs(
        access_group=access_group,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    access_group: str,
    *,
    client: AuthenticatedClient,
    body: AccessGroupBudgetRequest,
) -> AccessGroupBudgetResponse | HTTPValidationError | None:
    """ Set Access Group Budget

     Set or replace the shared budget of an access group. Idempotent.

    Every key that can reach a model in the group draws from this one budget.

    Example:
    ```bash
    curl -X PUT 'http://localhost:4000/access_group/production-models/budget' \\
      -H "Authorization: Bearer $LITELLM_MASTER_KEY" \\
      -H 'Content-Type: application/json' \\
      -d '{
        "max_budget": 100.0,
        "budget_duration": "30d"
      }'
    ```

    Parameters:
    - access_group: str - The access group name (URL path parameter)
    - max_budget: Optional[float] - Requests fail once the group's shared spend exceeds this
    - soft_budget: Optional[float] - Fires an alert when reached; requests still succeed
    - budget_duration: Optional[str] - Frequency of resetting the group's spend (e.g. '30d')
    - budget_id: Optional[str] - Link an existing budget instead of creating one

    Returns:
    - AccessGroupBudgetResponse with the stored budget and current spend

    Raises:
    - HTTPException 400: If no budget field is given, or budget_duration cannot be parsed
    - HTTPException 404: If access group not found

    Args:
        access_group (str):
        body (AccessGroupBudgetRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AccessGroupBudgetResponse | HTTPValidationError
     """

    return sync_detailed(
        access_group=access_group,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    access_group: str,
    *,
    client: AuthenticatedClient,
    body: AccessGroupBudgetRequest,
) -> Response[AccessGroupBudgetResponse | HTTPValidationError]:
    """ Set Access Group Budget

     Set or replace the shared budget of an access group. Idempotent.

    Every key that can reach a model in the group draws from this one budget.

    Example:
    ```bash
    curl -X PUT 'http://localhost:4000/access_group/production-models/budget' \\
      -H "Authorization: Bearer $LITELLM_MASTER_KEY" \\
      -H 'Content-Type: application/json' \\
      -d '{
        "max_budget": 100.0,
        "budget_duration": "30d"
      }'
    ```

    Parameters:
    - access_group: str - The access group name (URL path parameter)
    - max_budget: Optional[float] - Requests fail once the group's shared spend exceeds this
    - soft_budget: Optional[float] - Fires an alert when reached; requests still succeed
    - budget_duration: Optional[str] - Frequency of resetting the group's spend (e.g. '30d')
    - budget_id: Optional[str] - Link an existing budget instead of creating one

    Returns:
    - AccessGroupBudgetResponse with the stored budget and current spend

    Raises:
    - HTTPException 400: If no budget field is given, or budget_duration cannot be parsed
    - HTTPException 404: If access group not found

    Args:
        access_group (str):
        body (AccessGroupBudgetRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AccessGroupBudgetResponse | HTTPValidationError]
     """

    kwargs = _get_kwargs(
        access_group=access_group,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    access_group: str,
    *,
    client: AuthenticatedClient,
    body: AccessGroupBudgetRequest,
) -> AccessGroupBudgetResponse | HTTPValidationError | None:
    """ Set Access Group Budget

     Set or replace the shared budget of an access group. Idempotent.

    Every key that can reach a model in the group draws from this one budget.

    Example:
    ```bash
    curl -X PUT 'http://localhost:4000/access_group/production-models/budget' \\
      -H "Authorization: Bearer $LITELLM_MASTER_KEY" \\
      -H 'Content-Type: application/json' \\
      -d '{
        "max_budget": 100.0,
        "budget_duration": "30d"
      }'
    ```

    Parameters:
    - access_group: str - The access group name (URL path parameter)
    - max_budget: Optional[float] - Requests fail once the group's shared spend exceeds this
    - soft_budget: Optional[float] - Fires an alert when reached; requests still succeed
    - budget_duration: Optional[str] - Frequency of resetting the group's spend (e.g. '30d')
    - budget_id: Optional[str] - Link an existing budget instead of creating one

    Returns:
    - AccessGroupBudgetResponse with the stored budget and current spend

    Raises:
    - HTTPException 400: If no budget field is given, or budget_duration cannot be parsed
    - HTTPException 404: If access group not found

    Args:
        access_group (str):
        body (AccessGroupBudgetRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AccessGroupBudgetResponse | HTTPValidationError
     """

    return (
        await asyncio_detailed(
            access_group=access_group,
            client=client,
            body=body,
        )
    ).parsed
