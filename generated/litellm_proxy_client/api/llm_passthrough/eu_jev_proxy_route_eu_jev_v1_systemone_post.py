from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.eu_jev_decision_response import EuJevDecisionResponse
from ...models.eu_jev_proxy_route_eu_jev_v1_systemone_post_eu_jev_decision_request import (
    EuJevProxyRouteEuJevV1SystemonePostEuJevDecisionRequest,
)
from ...types import Response


def _get_kwargs(
    *,
    body: EuJevProxyRouteEuJevV1SystemonePostEuJevDecisionRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/eu_jev/v1/systemone",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> EuJevDecisionResponse | None:
    if response.status_code == 200:
        response_200 = EuJevDecisionResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[EuJevDecisionResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: EuJevProxyRouteEuJevV1SystemonePostEuJevDecisionRequest,
) -> Response[EuJevDecisionResponse]:
    """Eu Jev Proxy Route

     Forward a request to eu/jev, an EU-hosted decision API, with `EU_JEV_API_KEY`.

    `POST /eu_jev/v1/systemone` sends a `state` and one to eight named `questions` (`choice`, `noul` or
    `score`)
    and returns one answer per question name, with spend booked from the reported `usage`. `custom_body`
    and
    `stream` are rejected with a 400. A pass-through endpoint configured at this path keeps serving it.

    [Docs](https://docs.litellm.ai/docs/pass_through/eu_jev)

    Args:
        body (EuJevProxyRouteEuJevV1SystemonePostEuJevDecisionRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EuJevDecisionResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: EuJevProxyRouteEuJevV1SystemonePostEuJevDecisionRequest,
) -> EuJevDecisionResponse | None:
    """Eu Jev Proxy Route

     Forward a request to eu/jev, an EU-hosted decision API, with `EU_JEV_API_KEY`.

    `POST /eu_jev/v1/systemone` sends a `state` and one to eight named `questions` (`choice`, `noul` or
    `score`)
    and returns one answer per question name, with spend booked from the reported `usage`. `custom_body`
    and
    `stream` are rejected with a 400. A pass-through endpoint configured at this path keeps serving it.

    [Docs](https://docs.litellm.ai/docs/pass_through/eu_jev)

    Args:
        body (EuJevProxyRouteEuJevV1SystemonePostEuJevDecisionRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EuJevDecisionResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: EuJevProxyRouteEuJevV1SystemonePostEuJevDecisionRequest,
) -> Response[EuJevDecisionResponse]:
    """Eu Jev Proxy Route

     Forward a request to eu/jev, an EU-hosted decision API, with `EU_JEV_API_KEY`.

    `POST /eu_jev/v1/systemone` sends a `state` and one to eight named `questions` (`choice`, `noul` or
    `score`)
    and returns one answer per question name, with spend booked from the reported `usage`. `custom_body`
    and
    `stream` are rejected with a 400. A pass-through endpoint configured at this path keeps serving it.

    [Docs](https://docs.litellm.ai/docs/pass_through/eu_jev)

    Args:
        body (EuJevProxyRouteEuJevV1SystemonePostEuJevDecisionRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EuJevDecisionResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: EuJevProxyRouteEuJevV1SystemonePostEuJevDecisionRequest,
) -> EuJevDecisionResponse | None:
    """Eu Jev Proxy Route

     Forward a request to eu/jev, an EU-hosted decision API, with `EU_JEV_API_KEY`.

    `POST /eu_jev/v1/systemone` sends a `state` and one to eight named `questions` (`choice`, `noul` or
    `score`)
    and returns one answer per question name, with spend booked from the reported `usage`. `custom_body`
    and
    `stream` are rejected with a 400. A pass-through endpoint configured at this path keeps serving it.

    [Docs](https://docs.litellm.ai/docs/pass_through/eu_jev)

    Args:
        body (EuJevProxyRouteEuJevV1SystemonePostEuJevDecisionRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EuJevDecisionResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
