from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.decisions_response import DecisionsResponse
from ...models.systemone_v1_systemone_post_decisions_request import SystemoneV1SystemonePostDecisionsRequest
from ...types import Response


def _get_kwargs(
    *,
    body: SystemoneV1SystemonePostDecisionsRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/systemone",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> DecisionsResponse | None:
    if response.status_code == 200:
        response_200 = DecisionsResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[DecisionsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: SystemoneV1SystemonePostDecisionsRequest,
) -> Response[DecisionsResponse]:
    """Ask named questions about a state (System One format)

     Judge a `state` against one or more named `questions` and get one calibrated answer per question
    name.

    Question types are `noul` (probability the answer is yes), `choice` (one label out of `criteria`,
    with
    `confidence` and `probabilities`), `score` (an index into the `criteria` levels, with `confidence`,
    `legend` and `probabilities`) and `box` (the image region the `instructions` describe, with
    `confidence`).
    TypeSafe models also take images in `assets`, each one referenced by its key in `state`. Requests
    that break
    these rules are rejected with a 400 before any provider is called. `model` is any decision model in
    the proxy model list. OpenAI decision models accept this format
    too, LiteLLM translates it and keeps the answers keyed by question name. Streaming is not supported.

    [Docs](https://docs.litellm.ai/docs/decisions)

    Args:
        body (SystemoneV1SystemonePostDecisionsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DecisionsResponse]
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
    body: SystemoneV1SystemonePostDecisionsRequest,
) -> DecisionsResponse | None:
    """Ask named questions about a state (System One format)

     Judge a `state` against one or more named `questions` and get one calibrated answer per question
    name.

    Question types are `noul` (probability the answer is yes), `choice` (one label out of `criteria`,
    with
    `confidence` and `probabilities`), `score` (an index into the `criteria` levels, with `confidence`,
    `legend` and `probabilities`) and `box` (the image region the `instructions` describe, with
    `confidence`).
    TypeSafe models also take images in `assets`, each one referenced by its key in `state`. Requests
    that break
    these rules are rejected with a 400 before any provider is called. `model` is any decision model in
    the proxy model list. OpenAI decision models accept this format
    too, LiteLLM translates it and keeps the answers keyed by question name. Streaming is not supported.

    [Docs](https://docs.litellm.ai/docs/decisions)

    Args:
        body (SystemoneV1SystemonePostDecisionsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DecisionsResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: SystemoneV1SystemonePostDecisionsRequest,
) -> Response[DecisionsResponse]:
    """Ask named questions about a state (System One format)

     Judge a `state` against one or more named `questions` and get one calibrated answer per question
    name.

    Question types are `noul` (probability the answer is yes), `choice` (one label out of `criteria`,
    with
    `confidence` and `probabilities`), `score` (an index into the `criteria` levels, with `confidence`,
    `legend` and `probabilities`) and `box` (the image region the `instructions` describe, with
    `confidence`).
    TypeSafe models also take images in `assets`, each one referenced by its key in `state`. Requests
    that break
    these rules are rejected with a 400 before any provider is called. `model` is any decision model in
    the proxy model list. OpenAI decision models accept this format
    too, LiteLLM translates it and keeps the answers keyed by question name. Streaming is not supported.

    [Docs](https://docs.litellm.ai/docs/decisions)

    Args:
        body (SystemoneV1SystemonePostDecisionsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DecisionsResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: SystemoneV1SystemonePostDecisionsRequest,
) -> DecisionsResponse | None:
    """Ask named questions about a state (System One format)

     Judge a `state` against one or more named `questions` and get one calibrated answer per question
    name.

    Question types are `noul` (probability the answer is yes), `choice` (one label out of `criteria`,
    with
    `confidence` and `probabilities`), `score` (an index into the `criteria` levels, with `confidence`,
    `legend` and `probabilities`) and `box` (the image region the `instructions` describe, with
    `confidence`).
    TypeSafe models also take images in `assets`, each one referenced by its key in `state`. Requests
    that break
    these rules are rejected with a 400 before any provider is called. `model` is any decision model in
    the proxy model list. OpenAI decision models accept this format
    too, LiteLLM translates it and keeps the answers keyed by question name. Streaming is not supported.

    [Docs](https://docs.litellm.ai/docs/decisions)

    Args:
        body (SystemoneV1SystemonePostDecisionsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DecisionsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
