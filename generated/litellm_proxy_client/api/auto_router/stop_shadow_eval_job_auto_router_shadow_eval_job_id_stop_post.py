from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.http_validation_error import HTTPValidationError
from ...models.shadow_eval_job_response import ShadowEvalJobResponse
from ...types import Response


def _get_kwargs(
    job_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/auto_router/shadow_eval/{job_id}/stop".format(
            job_id=quote(str(job_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | ShadowEvalJobResponse | None:
    if response.status_code == 200:
        response_200 = ShadowEvalJobResponse.from_dict(response.json())

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
) -> Response[HTTPValidationError | ShadowEvalJobResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    job_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[HTTPValidationError | ShadowEvalJobResponse]:
    """Stop Shadow Eval Job

     Stop an active shadow eval job, every target it scopes at once. Attempts are kept;
    sampling halts within ~10s. Targets that already stopped on their own budget keep the
    stopped_at they earned. The statement is the whole state machine: it claims the job
    only while a leg still samples inside the window with no stop recorded, so a racing
    operator, a same-instant budget spend, and a repeat stop all read the same 400 with
    the status the job actually holds.

    Args:
        job_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | ShadowEvalJobResponse]
    """

    kwargs = _get_kwargs(
        job_id=job_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    job_id: str,
    *,
    client: AuthenticatedClient,
) -> HTTPValidationError | ShadowEvalJobResponse | None:
    """Stop Shadow Eval Job

     Stop an active shadow eval job, every target it scopes at once. Attempts are kept;
    sampling halts within ~10s. Targets that already stopped on their own budget keep the
    stopped_at they earned. The statement is the whole state machine: it claims the job
    only while a leg still samples inside the window with no stop recorded, so a racing
    operator, a same-instant budget spend, and a repeat stop all read the same 400 with
    the status the job actually holds.

    Args:
        job_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | ShadowEvalJobResponse
    """

    return sync_detailed(
        job_id=job_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    job_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[HTTPValidationError | ShadowEvalJobResponse]:
    """Stop Shadow Eval Job

     Stop an active shadow eval job, every target it scopes at once. Attempts are kept;
    sampling halts within ~10s. Targets that already stopped on their own budget keep the
    stopped_at they earned. The statement is the whole state machine: it claims the job
    only while a leg still samples inside the window with no stop recorded, so a racing
    operator, a same-instant budget spend, and a repeat stop all read the same 400 with
    the status the job actually holds.

    Args:
        job_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | ShadowEvalJobResponse]
    """

    kwargs = _get_kwargs(
        job_id=job_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    job_id: str,
    *,
    client: AuthenticatedClient,
) -> HTTPValidationError | ShadowEvalJobResponse | None:
    """Stop Shadow Eval Job

     Stop an active shadow eval job, every target it scopes at once. Attempts are kept;
    sampling halts within ~10s. Targets that already stopped on their own budget keep the
    stopped_at they earned. The statement is the whole state machine: it claims the job
    only while a leg still samples inside the window with no stop recorded, so a racing
    operator, a same-instant budget spend, and a repeat stop all read the same 400 with
    the status the job actually holds.

    Args:
        job_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | ShadowEvalJobResponse
    """

    return (
        await asyncio_detailed(
            job_id=job_id,
            client=client,
        )
    ).parsed
