from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.decisions_decisions_post_open_ai_decision_request import DecisionsDecisionsPostOpenAIDecisionRequest
from ...models.open_ai_decision_response import OpenAIDecisionResponse
from ...types import Response


def _get_kwargs(
    *,
    body: DecisionsDecisionsPostOpenAIDecisionRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/decisions",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> OpenAIDecisionResponse | None:
    if response.status_code == 200:
        response_200 = OpenAIDecisionResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[OpenAIDecisionResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: DecisionsDecisionsPostOpenAIDecisionRequest,
) -> Response[OpenAIDecisionResponse]:
    """Ask questions about an input (OpenAI Decisions format)

     Judge an `input` against 1 to 128 `questions` and get the answers back in the same order.

    Question types are `predicate` (yes/no with `probability`), `choice` (one of the `choices`, with
    `probabilities`), `score` (an index into `levels`, with `probabilities`) and `box` (the image region
    the
    `instructions` describe, with `confidence`). Requests that break these rules are rejected with a 400
    before
    any provider is called. `model` is any decision model in the proxy
    model list. System One decision models accept this format too, LiteLLM translates the request and
    the
    answers. Streaming is not supported.

    [Docs](https://docs.litellm.ai/docs/decisions)

    Args:
        body (DecisionsDecisionsPostOpenAIDecisionRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OpenAIDecisionResponse]
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
    body: DecisionsDecisionsPostOpenAIDecisionRequest,
) -> OpenAIDecisionResponse | None:
    """Ask questions about an input (OpenAI Decisions format)

     Judge an `input` against 1 to 128 `questions` and get the answers back in the same order.

    Question types are `predicate` (yes/no with `probability`), `choice` (one of the `choices`, with
    `probabilities`), `score` (an index into `levels`, with `probabilities`) and `box` (the image region
    the
    `instructions` describe, with `confidence`). Requests that break these rules are rejected with a 400
    before
    any provider is called. `model` is any decision model in the proxy
    model list. System One decision models accept this format too, LiteLLM translates the request and
    the
    answers. Streaming is not supported.

    [Docs](https://docs.litellm.ai/docs/decisions)

    Args:
        body (DecisionsDecisionsPostOpenAIDecisionRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OpenAIDecisionResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: DecisionsDecisionsPostOpenAIDecisionRequest,
) -> Response[OpenAIDecisionResponse]:
    """Ask questions about an input (OpenAI Decisions format)

     Judge an `input` against 1 to 128 `questions` and get the answers back in the same order.

    Question types are `predicate` (yes/no with `probability`), `choice` (one of the `choices`, with
    `probabilities`), `score` (an index into `levels`, with `probabilities`) and `box` (the image region
    the
    `instructions` describe, with `confidence`). Requests that break these rules are rejected with a 400
    before
    any provider is called. `model` is any decision model in the proxy
    model list. System One decision models accept this format too, LiteLLM translates the request and
    the
    answers. Streaming is not supported.

    [Docs](https://docs.litellm.ai/docs/decisions)

    Args:
        body (DecisionsDecisionsPostOpenAIDecisionRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OpenAIDecisionResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: DecisionsDecisionsPostOpenAIDecisionRequest,
) -> OpenAIDecisionResponse | None:
    """Ask questions about an input (OpenAI Decisions format)

     Judge an `input` against 1 to 128 `questions` and get the answers back in the same order.

    Question types are `predicate` (yes/no with `probability`), `choice` (one of the `choices`, with
    `probabilities`), `score` (an index into `levels`, with `probabilities`) and `box` (the image region
    the
    `instructions` describe, with `confidence`). Requests that break these rules are rejected with a 400
    before
    any provider is called. `model` is any decision model in the proxy
    model list. System One decision models accept this format too, LiteLLM translates the request and
    the
    answers. Streaming is not supported.

    [Docs](https://docs.litellm.ai/docs/decisions)

    Args:
        body (DecisionsDecisionsPostOpenAIDecisionRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OpenAIDecisionResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
