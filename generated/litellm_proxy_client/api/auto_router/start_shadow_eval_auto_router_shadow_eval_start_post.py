from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.http_validation_error import HTTPValidationError
from ...models.shadow_eval_job_response import ShadowEvalJobResponse
from ...models.start_shadow_eval_request import StartShadowEvalRequest
from ...types import Response


def _get_kwargs(
    *,
    body: StartShadowEvalRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/auto_router/shadow_eval/start",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | ShadowEvalJobResponse | None:
    if response.status_code == 201:
        response_201 = ShadowEvalJobResponse.from_dict(response.json())

        return response_201

    if response.status_code == 422:
        response_422 = HTTPValidationError.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[HTTPValidationError | ShadowEvalJobResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: StartShadowEvalRequest,
) -> Response[HTTPValidationError | ShadowEvalJobResponse]:
    """Start Shadow Eval

     Start a shadow eval: duplicate a sampled slice of one or more targets' live traffic
    against a second arm, judge the two responses blind, and stratify win rates by tier,
    by the model that served the real arm, and by target.

    A target is a virtual key, a team, or a user. Team and user targets match on the
    identity every request resolves to at auth time, so they cover JWT-authenticated
    traffic, which presents no virtual key; a user target samples that user's traffic
    across all their teams, whether it arrives on a JWT or a key they own. models narrows
    every target to requests for those model groups, so a user plus one model samples that
    user's traffic on that model across every key they own; it is forward-only, since a
    reverse job already samples exactly the traffic its own router served.

    A forward job answers whether the targets should adopt router_name: it samples the
    requests the router did not serve and duplicates them through it. A reverse job
    answers whether a target already on the router still gains from it: it samples the
    requests the router did serve and duplicates them against baseline_model. A target
    can hold one active job per direction, so both questions can run at once, and a
    request matching several jobs' targets (say its key and its team) is sampled by
    each, separately budgeted.

    Shadow responses are never served to users. Each target samples until its recorded
    eval spend, the shadow and judge calls' own cost, reaches max_budget dollars, the
    job's window ends, or the job is stopped, so one target running out of budget does
    not end sampling for the others; sampling changes propagate to pods within about 10
    seconds. Shadow and judge calls bill to the sampled request's own identity but are
    excluded from request counts and auto-router adoption metrics.

    Args:
        body (StartShadowEvalRequest): Start duplicating one or more targets' traffic for blind
            comparison against an auto-router.

            A target is a virtual key, a team, or a user; each becomes its own leg with its own
            budget and stop state. Team and user targets match on the identity every request
            carries after auth (user_api_key_team_id / user_api_key_user_id), so they cover
            JWT-authenticated traffic, which presents no virtual key at all.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | ShadowEvalJobResponse]
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
    body: StartShadowEvalRequest,
) -> HTTPValidationError | ShadowEvalJobResponse | None:
    """Start Shadow Eval

     Start a shadow eval: duplicate a sampled slice of one or more targets' live traffic
    against a second arm, judge the two responses blind, and stratify win rates by tier,
    by the model that served the real arm, and by target.

    A target is a virtual key, a team, or a user. Team and user targets match on the
    identity every request resolves to at auth time, so they cover JWT-authenticated
    traffic, which presents no virtual key; a user target samples that user's traffic
    across all their teams, whether it arrives on a JWT or a key they own. models narrows
    every target to requests for those model groups, so a user plus one model samples that
    user's traffic on that model across every key they own; it is forward-only, since a
    reverse job already samples exactly the traffic its own router served.

    A forward job answers whether the targets should adopt router_name: it samples the
    requests the router did not serve and duplicates them through it. A reverse job
    answers whether a target already on the router still gains from it: it samples the
    requests the router did serve and duplicates them against baseline_model. A target
    can hold one active job per direction, so both questions can run at once, and a
    request matching several jobs' targets (say its key and its team) is sampled by
    each, separately budgeted.

    Shadow responses are never served to users. Each target samples until its recorded
    eval spend, the shadow and judge calls' own cost, reaches max_budget dollars, the
    job's window ends, or the job is stopped, so one target running out of budget does
    not end sampling for the others; sampling changes propagate to pods within about 10
    seconds. Shadow and judge calls bill to the sampled request's own identity but are
    excluded from request counts and auto-router adoption metrics.

    Args:
        body (StartShadowEvalRequest): Start duplicating one or more targets' traffic for blind
            comparison against an auto-router.

            A target is a virtual key, a team, or a user; each becomes its own leg with its own
            budget and stop state. Team and user targets match on the identity every request
            carries after auth (user_api_key_team_id / user_api_key_user_id), so they cover
            JWT-authenticated traffic, which presents no virtual key at all.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | ShadowEvalJobResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: StartShadowEvalRequest,
) -> Response[HTTPValidationError | ShadowEvalJobResponse]:
    """Start Shadow Eval

     Start a shadow eval: duplicate a sampled slice of one or more targets' live traffic
    against a second arm, judge the two responses blind, and stratify win rates by tier,
    by the model that served the real arm, and by target.

    A target is a virtual key, a team, or a user. Team and user targets match on the
    identity every request resolves to at auth time, so they cover JWT-authenticated
    traffic, which presents no virtual key; a user target samples that user's traffic
    across all their teams, whether it arrives on a JWT or a key they own. models narrows
    every target to requests for those model groups, so a user plus one model samples that
    user's traffic on that model across every key they own; it is forward-only, since a
    reverse job already samples exactly the traffic its own router served.

    A forward job answers whether the targets should adopt router_name: it samples the
    requests the router did not serve and duplicates them through it. A reverse job
    answers whether a target already on the router still gains from it: it samples the
    requests the router did serve and duplicates them against baseline_model. A target
    can hold one active job per direction, so both questions can run at once, and a
    request matching several jobs' targets (say its key and its team) is sampled by
    each, separately budgeted.

    Shadow responses are never served to users. Each target samples until its recorded
    eval spend, the shadow and judge calls' own cost, reaches max_budget dollars, the
    job's window ends, or the job is stopped, so one target running out of budget does
    not end sampling for the others; sampling changes propagate to pods within about 10
    seconds. Shadow and judge calls bill to the sampled request's own identity but are
    excluded from request counts and auto-router adoption metrics.

    Args:
        body (StartShadowEvalRequest): Start duplicating one or more targets' traffic for blind
            comparison against an auto-router.

            A target is a virtual key, a team, or a user; each becomes its own leg with its own
            budget and stop state. Team and user targets match on the identity every request
            carries after auth (user_api_key_team_id / user_api_key_user_id), so they cover
            JWT-authenticated traffic, which presents no virtual key at all.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | ShadowEvalJobResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: StartShadowEvalRequest,
) -> HTTPValidationError | ShadowEvalJobResponse | None:
    """Start Shadow Eval

     Start a shadow eval: duplicate a sampled slice of one or more targets' live traffic
    against a second arm, judge the two responses blind, and stratify win rates by tier,
    by the model that served the real arm, and by target.

    A target is a virtual key, a team, or a user. Team and user targets match on the
    identity every request resolves to at auth time, so they cover JWT-authenticated
    traffic, which presents no virtual key; a user target samples that user's traffic
    across all their teams, whether it arrives on a JWT or a key they own. models narrows
    every target to requests for those model groups, so a user plus one model samples that
    user's traffic on that model across every key they own; it is forward-only, since a
    reverse job already samples exactly the traffic its own router served.

    A forward job answers whether the targets should adopt router_name: it samples the
    requests the router did not serve and duplicates them through it. A reverse job
    answers whether a target already on the router still gains from it: it samples the
    requests the router did serve and duplicates them against baseline_model. A target
    can hold one active job per direction, so both questions can run at once, and a
    request matching several jobs' targets (say its key and its team) is sampled by
    each, separately budgeted.

    Shadow responses are never served to users. Each target samples until its recorded
    eval spend, the shadow and judge calls' own cost, reaches max_budget dollars, the
    job's window ends, or the job is stopped, so one target running out of budget does
    not end sampling for the others; sampling changes propagate to pods within about 10
    seconds. Shadow and judge calls bill to the sampled request's own identity but are
    excluded from request counts and auto-router adoption metrics.

    Args:
        body (StartShadowEvalRequest): Start duplicating one or more targets' traffic for blind
            comparison against an auto-router.

            A target is a virtual key, a team, or a user; each becomes its own leg with its own
            budget and stop state. Team and user targets match on the identity every request
            carries after auth (user_api_key_team_id / user_api_key_user_id), so they cover
            JWT-authenticated traffic, which presents no virtual key at all.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | ShadowEvalJobResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
