from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.auto_router_routing_test_request import AutoRouterRoutingTestRequest
from ...models.auto_router_routing_test_response import AutoRouterRoutingTestResponse
from ...models.http_validation_error import HTTPValidationError
from ...types import Response


def _get_kwargs(
    *,
    body: AutoRouterRoutingTestRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/auto_router/test_routing",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AutoRouterRoutingTestResponse | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = AutoRouterRoutingTestResponse.from_dict(response.json())

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
) -> Response[AutoRouterRoutingTestResponse | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: AutoRouterRoutingTestRequest,
) -> Response[AutoRouterRoutingTestResponse | HTTPValidationError]:
    """Preview Auto Router Routing

     Route a single request through a complexity-router config and report where it landed.

    Answers "which model would this request get?" for a config that only exists in a form,
    so an auto router can be checked before it is created. The request is classified by the
    same pre-routing hook a live request runs, over the same messages, system prompt and tool
    definitions, then dropped: nothing is sent to the model it routed to, and no auto router is
    created. A heuristic config therefore spends nothing, while an `llm` classifier or semantic
    keyword matching bills its classifier/embedding call to the calling key, like Test Connection
    does.

    Send `messages` to classify a real turn, with `system` and `tools` beside it when the surface
    carries them top level, as Anthropic /v1/messages does. `prompt` is the single-ask shorthand and
    routes as one user turn with nothing around it.

    **Example Request:**
    ```json
    {
        "messages": [
            {"role": "system", "content": "You are a database migration assistant"},
            {"role": "user", "content": "the index is not unique"},
            {"role": "assistant", "content": "Then two workers can both insert. Add a unique index"},
            {"role": "user", "content": "ok do it"}
        ],
        "tools": [{"type": "function", "function": {"name": "Bash", "description": "Run a command"}}],
        "complexity_router_config": {
            "tiers": {"SIMPLE": ["gpt-4o-mini"], "REASONING": ["o3"]},
            "classifier_type": "heuristic"
        }
    }
    ```

    Args:
        body (AutoRouterRoutingTestRequest): A single request to classify against a complexity-
            router config that need not be saved yet.

            Carries the same fields the serving path carries, so a dry run classifies what a real turn
            would classify. `messages`, `system` and `tools` are forwarded to the routing hook
            untranslated,
            which is why they are typed loosely: the hook reads whatever dialect the surface produced,
            and
            validating them against one surface's schema would reject the others.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AutoRouterRoutingTestResponse | HTTPValidationError]
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
    body: AutoRouterRoutingTestRequest,
) -> AutoRouterRoutingTestResponse | HTTPValidationError | None:
    """Preview Auto Router Routing

     Route a single request through a complexity-router config and report where it landed.

    Answers "which model would this request get?" for a config that only exists in a form,
    so an auto router can be checked before it is created. The request is classified by the
    same pre-routing hook a live request runs, over the same messages, system prompt and tool
    definitions, then dropped: nothing is sent to the model it routed to, and no auto router is
    created. A heuristic config therefore spends nothing, while an `llm` classifier or semantic
    keyword matching bills its classifier/embedding call to the calling key, like Test Connection
    does.

    Send `messages` to classify a real turn, with `system` and `tools` beside it when the surface
    carries them top level, as Anthropic /v1/messages does. `prompt` is the single-ask shorthand and
    routes as one user turn with nothing around it.

    **Example Request:**
    ```json
    {
        "messages": [
            {"role": "system", "content": "You are a database migration assistant"},
            {"role": "user", "content": "the index is not unique"},
            {"role": "assistant", "content": "Then two workers can both insert. Add a unique index"},
            {"role": "user", "content": "ok do it"}
        ],
        "tools": [{"type": "function", "function": {"name": "Bash", "description": "Run a command"}}],
        "complexity_router_config": {
            "tiers": {"SIMPLE": ["gpt-4o-mini"], "REASONING": ["o3"]},
            "classifier_type": "heuristic"
        }
    }
    ```

    Args:
        body (AutoRouterRoutingTestRequest): A single request to classify against a complexity-
            router config that need not be saved yet.

            Carries the same fields the serving path carries, so a dry run classifies what a real turn
            would classify. `messages`, `system` and `tools` are forwarded to the routing hook
            untranslated,
            which is why they are typed loosely: the hook reads whatever dialect the surface produced,
            and
            validating them against one surface's schema would reject the others.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AutoRouterRoutingTestResponse | HTTPValidationError
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: AutoRouterRoutingTestRequest,
) -> Response[AutoRouterRoutingTestResponse | HTTPValidationError]:
    """Preview Auto Router Routing

     Route a single request through a complexity-router config and report where it landed.

    Answers "which model would this request get?" for a config that only exists in a form,
    so an auto router can be checked before it is created. The request is classified by the
    same pre-routing hook a live request runs, over the same messages, system prompt and tool
    definitions, then dropped: nothing is sent to the model it routed to, and no auto router is
    created. A heuristic config therefore spends nothing, while an `llm` classifier or semantic
    keyword matching bills its classifier/embedding call to the calling key, like Test Connection
    does.

    Send `messages` to classify a real turn, with `system` and `tools` beside it when the surface
    carries them top level, as Anthropic /v1/messages does. `prompt` is the single-ask shorthand and
    routes as one user turn with nothing around it.

    **Example Request:**
    ```json
    {
        "messages": [
            {"role": "system", "content": "You are a database migration assistant"},
            {"role": "user", "content": "the index is not unique"},
            {"role": "assistant", "content": "Then two workers can both insert. Add a unique index"},
            {"role": "user", "content": "ok do it"}
        ],
        "tools": [{"type": "function", "function": {"name": "Bash", "description": "Run a command"}}],
        "complexity_router_config": {
            "tiers": {"SIMPLE": ["gpt-4o-mini"], "REASONING": ["o3"]},
            "classifier_type": "heuristic"
        }
    }
    ```

    Args:
        body (AutoRouterRoutingTestRequest): A single request to classify against a complexity-
            router config that need not be saved yet.

            Carries the same fields the serving path carries, so a dry run classifies what a real turn
            would classify. `messages`, `system` and `tools` are forwarded to the routing hook
            untranslated,
            which is why they are typed loosely: the hook reads whatever dialect the surface produced,
            and
            validating them against one surface's schema would reject the others.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AutoRouterRoutingTestResponse | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: AutoRouterRoutingTestRequest,
) -> AutoRouterRoutingTestResponse | HTTPValidationError | None:
    """Preview Auto Router Routing

     Route a single request through a complexity-router config and report where it landed.

    Answers "which model would this request get?" for a config that only exists in a form,
    so an auto router can be checked before it is created. The request is classified by the
    same pre-routing hook a live request runs, over the same messages, system prompt and tool
    definitions, then dropped: nothing is sent to the model it routed to, and no auto router is
    created. A heuristic config therefore spends nothing, while an `llm` classifier or semantic
    keyword matching bills its classifier/embedding call to the calling key, like Test Connection
    does.

    Send `messages` to classify a real turn, with `system` and `tools` beside it when the surface
    carries them top level, as Anthropic /v1/messages does. `prompt` is the single-ask shorthand and
    routes as one user turn with nothing around it.

    **Example Request:**
    ```json
    {
        "messages": [
            {"role": "system", "content": "You are a database migration assistant"},
            {"role": "user", "content": "the index is not unique"},
            {"role": "assistant", "content": "Then two workers can both insert. Add a unique index"},
            {"role": "user", "content": "ok do it"}
        ],
        "tools": [{"type": "function", "function": {"name": "Bash", "description": "Run a command"}}],
        "complexity_router_config": {
            "tiers": {"SIMPLE": ["gpt-4o-mini"], "REASONING": ["o3"]},
            "classifier_type": "heuristic"
        }
    }
    ```

    Args:
        body (AutoRouterRoutingTestRequest): A single request to classify against a complexity-
            router config that need not be saved yet.

            Carries the same fields the serving path carries, so a dry run classifies what a real turn
            would classify. `messages`, `system` and `tools` are forwarded to the routing hook
            untranslated,
            which is why they are typed loosely: the hook reads whatever dialect the surface produced,
            and
            validating them against one surface's schema would reject the others.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AutoRouterRoutingTestResponse | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
