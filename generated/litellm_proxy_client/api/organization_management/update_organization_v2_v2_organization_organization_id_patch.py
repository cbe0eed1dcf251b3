from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.http_validation_error import HTTPValidationError
from ...models.lite_llm_organization_table_with_members import LiteLLMOrganizationTableWithMembers
from ...models.organization_update_request_v2 import OrganizationUpdateRequestV2
from ...types import Response


def _get_kwargs(
    organization_id: str,
    *,
    body: OrganizationUpdateRequestV2,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v2/organization/{organization_id}".format(
            organization_id=quote(str(organization_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | LiteLLMOrganizationTableWithMembers | None:
    if response.status_code == 200:
        response_200 = LiteLLMOrganizationTableWithMembers.from_dict(response.json())

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
) -> Response[HTTPValidationError | LiteLLMOrganizationTableWithMembers]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    organization_id: str,
    *,
    client: AuthenticatedClient,
    body: OrganizationUpdateRequestV2,
) -> Response[HTTPValidationError | LiteLLMOrganizationTableWithMembers]:
    """Update Organization V2

     Partial update of an organization (RESTful PATCH, RFC 7396 merge-patch semantics).

    A sent field is written and an omitted one is left untouched (presence is read from
    ``model_fields_set``). Clear tokens are per field: budget limits and ``metadata`` clear with
    ``null``, ``models`` with ``[]``, and ``object_permission`` with ``null`` (it merges when sent,
    so an empty ``{}`` is rejected). ``organization_alias`` is required and cannot be cleared.
    Validation failures return 422; the object-permission upsert, budget-row write, and
    org-row write are one transaction.

    Args:
        organization_id (str):
        body (OrganizationUpdateRequestV2): Typed PATCH body for
            ``/v2/organization/{organization_id}`` (RFC 7396 merge-patch).

            Presence is read from ``model_fields_set``, so a sent field is written and an omitted one
            is
            left untouched. ``extra="forbid"`` makes an unknown key a 422 rather than a silent no-op,
            since
            the contract hinges on which keys are present. See the endpoint for the per-field clear
            tokens.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | LiteLLMOrganizationTableWithMembers]
    """

    kwargs = _get_kwargs(
        organization_id=organization_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    organization_id: str,
    *,
    client: AuthenticatedClient,
    body: OrganizationUpdateRequestV2,
) -> HTTPValidationError | LiteLLMOrganizationTableWithMembers | None:
    """Update Organization V2

     Partial update of an organization (RESTful PATCH, RFC 7396 merge-patch semantics).

    A sent field is written and an omitted one is left untouched (presence is read from
    ``model_fields_set``). Clear tokens are per field: budget limits and ``metadata`` clear with
    ``null``, ``models`` with ``[]``, and ``object_permission`` with ``null`` (it merges when sent,
    so an empty ``{}`` is rejected). ``organization_alias`` is required and cannot be cleared.
    Validation failures return 422; the object-permission upsert, budget-row write, and
    org-row write are one transaction.

    Args:
        organization_id (str):
        body (OrganizationUpdateRequestV2): Typed PATCH body for
            ``/v2/organization/{organization_id}`` (RFC 7396 merge-patch).

            Presence is read from ``model_fields_set``, so a sent field is written and an omitted one
            is
            left untouched. ``extra="forbid"`` makes an unknown key a 422 rather than a silent no-op,
            since
            the contract hinges on which keys are present. See the endpoint for the per-field clear
            tokens.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | LiteLLMOrganizationTableWithMembers
    """

    return sync_detailed(
        organization_id=organization_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    organization_id: str,
    *,
    client: AuthenticatedClient,
    body: OrganizationUpdateRequestV2,
) -> Response[HTTPValidationError | LiteLLMOrganizationTableWithMembers]:
    """Update Organization V2

     Partial update of an organization (RESTful PATCH, RFC 7396 merge-patch semantics).

    A sent field is written and an omitted one is left untouched (presence is read from
    ``model_fields_set``). Clear tokens are per field: budget limits and ``metadata`` clear with
    ``null``, ``models`` with ``[]``, and ``object_permission`` with ``null`` (it merges when sent,
    so an empty ``{}`` is rejected). ``organization_alias`` is required and cannot be cleared.
    Validation failures return 422; the object-permission upsert, budget-row write, and
    org-row write are one transaction.

    Args:
        organization_id (str):
        body (OrganizationUpdateRequestV2): Typed PATCH body for
            ``/v2/organization/{organization_id}`` (RFC 7396 merge-patch).

            Presence is read from ``model_fields_set``, so a sent field is written and an omitted one
            is
            left untouched. ``extra="forbid"`` makes an unknown key a 422 rather than a silent no-op,
            since
            the contract hinges on which keys are present. See the endpoint for the per-field clear
            tokens.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | LiteLLMOrganizationTableWithMembers]
    """

    kwargs = _get_kwargs(
        organization_id=organization_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    organization_id: str,
    *,
    client: AuthenticatedClient,
    body: OrganizationUpdateRequestV2,
) -> HTTPValidationError | LiteLLMOrganizationTableWithMembers | None:
    """Update Organization V2

     Partial update of an organization (RESTful PATCH, RFC 7396 merge-patch semantics).

    A sent field is written and an omitted one is left untouched (presence is read from
    ``model_fields_set``). Clear tokens are per field: budget limits and ``metadata`` clear with
    ``null``, ``models`` with ``[]``, and ``object_permission`` with ``null`` (it merges when sent,
    so an empty ``{}`` is rejected). ``organization_alias`` is required and cannot be cleared.
    Validation failures return 422; the object-permission upsert, budget-row write, and
    org-row write are one transaction.

    Args:
        organization_id (str):
        body (OrganizationUpdateRequestV2): Typed PATCH body for
            ``/v2/organization/{organization_id}`` (RFC 7396 merge-patch).

            Presence is read from ``model_fields_set``, so a sent field is written and an omitted one
            is
            left untouched. ``extra="forbid"`` makes an unknown key a 422 rather than a silent no-op,
            since
            the contract hinges on which keys are present. See the endpoint for the per-field clear
            tokens.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | LiteLLMOrganizationTableWithMembers
    """

    return (
        await asyncio_detailed(
            organization_id=organization_id,
            client=client,
            body=body,
        )
    ).parsed
