import datetime
from http import HTTPStatus
from typing import Any, Literal

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.capture_rate_report import CaptureRateReport
from ...models.http_validation_error import HTTPValidationError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    start_date: datetime.date,
    end_date: datetime.date,
    provider: Literal["openai"] | Unset = "openai",
    threshold: float | Unset = 0.9,
    project_ids: list[str] | None | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_start_date = start_date.isoformat()
    params["start_date"] = json_start_date

    json_end_date = end_date.isoformat()
    params["end_date"] = json_end_date

    params["provider"] = provider

    params["threshold"] = threshold

    json_project_ids: list[str] | None | Unset
    if isinstance(project_ids, Unset):
        json_project_ids = UNSET
    elif isinstance(project_ids, list):
        json_project_ids = project_ids

    else:
        json_project_ids = project_ids
    params["project_ids"] = json_project_ids

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/spend/capture_rate",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CaptureRateReport | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = CaptureRateReport.from_dict(response.json())

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
) -> Response[CaptureRateReport | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    start_date: datetime.date,
    end_date: datetime.date,
    provider: Literal["openai"] | Unset = "openai",
    threshold: float | Unset = 0.9,
    project_ids: list[str] | None | Unset = UNSET,
) -> Response[CaptureRateReport | HTTPValidationError]:
    """Get Spend Capture Rate

     Compare the spend LiteLLM captured for a provider against that provider's own bill, per UTC day.

    Admin only. Reads the provider's billing API with the billing credential set on the proxy
    (OpenAI: `OPENAI_ADMIN_KEY`) and sums `LiteLLM_DailyUserSpend` for the same days.

    Example:
    ```
    curl -H "Authorization: Bearer $LITELLM_MASTER_KEY"
    "http://localhost:4000/spend/capture_rate?provider=openai&start_date=2026-09-17&end_date=2026-09-23"
    ```

    Args:
        start_date (datetime.date): First UTC day of the range, YYYY-MM-DD
        end_date (datetime.date): Last UTC day of the range, YYYY-MM-DD, inclusive
        provider (Literal['openai'] | Unset): Provider whose bill to compare against; needs
            OPENAI_ADMIN_KEY set on the proxy Default: 'openai'.
        threshold (float | Unset): Ratio under which the report flags below_threshold Default:
            0.9.
        project_ids (list[str] | None | Unset): Scope the OpenAI bill to these project ids; omit
            to compare against the whole organization. Captured spend is never scoped, so pass every
            project LiteLLM's OpenAI keys belong to

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CaptureRateReport | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        start_date=start_date,
        end_date=end_date,
        provider=provider,
        threshold=threshold,
        project_ids=project_ids,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    start_date: datetime.date,
    end_date: datetime.date,
    provider: Literal["openai"] | Unset = "openai",
    threshold: float | Unset = 0.9,
    project_ids: list[str] | None | Unset = UNSET,
) -> CaptureRateReport | HTTPValidationError | None:
    """Get Spend Capture Rate

     Compare the spend LiteLLM captured for a provider against that provider's own bill, per UTC day.

    Admin only. Reads the provider's billing API with the billing credential set on the proxy
    (OpenAI: `OPENAI_ADMIN_KEY`) and sums `LiteLLM_DailyUserSpend` for the same days.

    Example:
    ```
    curl -H "Authorization: Bearer $LITELLM_MASTER_KEY"
    "http://localhost:4000/spend/capture_rate?provider=openai&start_date=2026-09-17&end_date=2026-09-23"
    ```

    Args:
        start_date (datetime.date): First UTC day of the range, YYYY-MM-DD
        end_date (datetime.date): Last UTC day of the range, YYYY-MM-DD, inclusive
        provider (Literal['openai'] | Unset): Provider whose bill to compare against; needs
            OPENAI_ADMIN_KEY set on the proxy Default: 'openai'.
        threshold (float | Unset): Ratio under which the report flags below_threshold Default:
            0.9.
        project_ids (list[str] | None | Unset): Scope the OpenAI bill to these project ids; omit
            to compare against the whole organization. Captured spend is never scoped, so pass every
            project LiteLLM's OpenAI keys belong to

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CaptureRateReport | HTTPValidationError
    """

    return sync_detailed(
        client=client,
        start_date=start_date,
        end_date=end_date,
        provider=provider,
        threshold=threshold,
        project_ids=project_ids,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    start_date: datetime.date,
    end_date: datetime.date,
    provider: Literal["openai"] | Unset = "openai",
    threshold: float | Unset = 0.9,
    project_ids: list[str] | None | Unset = UNSET,
) -> Response[CaptureRateReport | HTTPValidationError]:
    """Get Spend Capture Rate

     Compare the spend LiteLLM captured for a provider against that provider's own bill, per UTC day.

    Admin only. Reads the provider's billing API with the billing credential set on the proxy
    (OpenAI: `OPENAI_ADMIN_KEY`) and sums `LiteLLM_DailyUserSpend` for the same days.

    Example:
    ```
    curl -H "Authorization: Bearer $LITELLM_MASTER_KEY"
    "http://localhost:4000/spend/capture_rate?provider=openai&start_date=2026-09-17&end_date=2026-09-23"
    ```

    Args:
        start_date (datetime.date): First UTC day of the range, YYYY-MM-DD
        end_date (datetime.date): Last UTC day of the range, YYYY-MM-DD, inclusive
        provider (Literal['openai'] | Unset): Provider whose bill to compare against; needs
            OPENAI_ADMIN_KEY set on the proxy Default: 'openai'.
        threshold (float | Unset): Ratio under which the report flags below_threshold Default:
            0.9.
        project_ids (list[str] | None | Unset): Scope the OpenAI bill to these project ids; omit
            to compare against the whole organization. Captured spend is never scoped, so pass every
            project LiteLLM's OpenAI keys belong to

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CaptureRateReport | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        start_date=start_date,
        end_date=end_date,
        provider=provider,
        threshold=threshold,
        project_ids=project_ids,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    start_date: datetime.date,
    end_date: datetime.date,
    provider: Literal["openai"] | Unset = "openai",
    threshold: float | Unset = 0.9,
    project_ids: list[str] | None | Unset = UNSET,
) -> CaptureRateReport | HTTPValidationError | None:
    """Get Spend Capture Rate

     Compare the spend LiteLLM captured for a provider against that provider's own bill, per UTC day.

    Admin only. Reads the provider's billing API with the billing credential set on the proxy
    (OpenAI: `OPENAI_ADMIN_KEY`) and sums `LiteLLM_DailyUserSpend` for the same days.

    Example:
    ```
    curl -H "Authorization: Bearer $LITELLM_MASTER_KEY"
    "http://localhost:4000/spend/capture_rate?provider=openai&start_date=2026-09-17&end_date=2026-09-23"
    ```

    Args:
        start_date (datetime.date): First UTC day of the range, YYYY-MM-DD
        end_date (datetime.date): Last UTC day of the range, YYYY-MM-DD, inclusive
        provider (Literal['openai'] | Unset): Provider whose bill to compare against; needs
            OPENAI_ADMIN_KEY set on the proxy Default: 'openai'.
        threshold (float | Unset): Ratio under which the report flags below_threshold Default:
            0.9.
        project_ids (list[str] | None | Unset): Scope the OpenAI bill to these project ids; omit
            to compare against the whole organization. Captured spend is never scoped, so pass every
            project LiteLLM's OpenAI keys belong to

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CaptureRateReport | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            client=client,
            start_date=start_date,
            end_date=end_date,
            provider=provider,
            threshold=threshold,
            project_ids=project_ids,
        )
    ).parsed
