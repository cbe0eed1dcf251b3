from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.daily_activity_key_search_response import DailyActivityKeySearchResponse
from ...models.error_detail import ErrorDetail
from ...models.error_envelope import ErrorEnvelope
from ...models.http_validation_error import HTTPValidationError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    search: str,
    limit: int | Unset = 100,
    start_date: None | str | Unset = UNSET,
    end_date: None | str | Unset = UNSET,
    model: None | str | Unset = UNSET,
    api_key: None | str | Unset = UNSET,
    user_id: None | str | Unset = UNSET,
    timezone: int | None | Unset = UNSET,
    include_current_utc_day: bool | Unset = False,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["search"] = search

    params["limit"] = limit

    json_start_date: None | str | Unset
    if isinstance(start_date, Unset):
        json_start_date = UNSET
    else:
        json_start_date = start_date
    params["start_date"] = json_start_date

    json_end_date: None | str | Unset
    if isinstance(end_date, Unset):
        json_end_date = UNSET
    else:
        json_end_date = end_date
    params["end_date"] = json_end_date

    json_model: None | str | Unset
    if isinstance(model, Unset):
        json_model = UNSET
    else:
        json_model = model
    params["model"] = json_model

    json_api_key: None | str | Unset
    if isinstance(api_key, Unset):
        json_api_key = UNSET
    else:
        json_api_key = api_key
    params["api_key"] = json_api_key

    json_user_id: None | str | Unset
    if isinstance(user_id, Unset):
        json_user_id = UNSET
    else:
        json_user_id = user_id
    params["user_id"] = json_user_id

    json_timezone: int | None | Unset
    if isinstance(timezone, Unset):
        json_timezone = UNSET
    else:
        json_timezone = timezone
    params["timezone"] = json_timezone

    params["include_current_utc_day"] = include_current_utc_day

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/user/daily/activity/aggregated/search",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    DailyActivityKeySearchResponse
    | ErrorDetail
    | ErrorEnvelope
    | ErrorDetail
    | ErrorEnvelope
    | HTTPValidationError
    | None
):
    if response.status_code == 200:
        response_200 = DailyActivityKeySearchResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:

        def _parse_response_400(data: object) -> ErrorDetail | ErrorEnvelope:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_400_type_0 = ErrorEnvelope.from_dict(data)

                return response_400_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_400_type_1 = ErrorDetail.from_dict(data)

            return response_400_type_1

        response_400 = _parse_response_400(response.json())

        return response_400

    if response.status_code == 401:

        def _parse_response_401(data: object) -> ErrorDetail | ErrorEnvelope:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_401_type_0 = ErrorEnvelope.from_dict(data)

                return response_401_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_401_type_1 = ErrorDetail.from_dict(data)

            return response_401_type_1

        response_401 = _parse_response_401(response.json())

        return response_401

    if response.status_code == 403:

        def _parse_response_403(data: object) -> ErrorDetail | ErrorEnvelope:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_403_type_0 = ErrorEnvelope.from_dict(data)

                return response_403_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_403_type_1 = ErrorDetail.from_dict(data)

            return response_403_type_1

        response_403 = _parse_response_403(response.json())

        return response_403

    if response.status_code == 404:

        def _parse_response_404(data: object) -> ErrorDetail | ErrorEnvelope:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_404_type_0 = ErrorEnvelope.from_dict(data)

                return response_404_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_404_type_1 = ErrorDetail.from_dict(data)

            return response_404_type_1

        response_404 = _parse_response_404(response.json())

        return response_404

    if response.status_code == 409:

        def _parse_response_409(data: object) -> ErrorDetail | ErrorEnvelope:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_409_type_0 = ErrorEnvelope.from_dict(data)

                return response_409_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_409_type_1 = ErrorDetail.from_dict(data)

            return response_409_type_1

        response_409 = _parse_response_409(response.json())

        return response_409

    if response.status_code == 422:

        def _parse_response_422(data: object) -> ErrorDetail | ErrorEnvelope | HTTPValidationError:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_422_type_0 = ErrorEnvelope.from_dict(data)

                return response_422_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_422_type_1 = HTTPValidationError.from_dict(data)

                return response_422_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_422_type_2 = ErrorDetail.from_dict(data)

            return response_422_type_2

        response_422 = _parse_response_422(response.json())

        return response_422

    if response.status_code == 429:

        def _parse_response_429(data: object) -> ErrorDetail | ErrorEnvelope:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_429_type_0 = ErrorEnvelope.from_dict(data)

                return response_429_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_429_type_1 = ErrorDetail.from_dict(data)

            return response_429_type_1

        response_429 = _parse_response_429(response.json())

        return response_429

    if response.status_code == 500:

        def _parse_response_500(data: object) -> ErrorDetail | ErrorEnvelope:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_500_type_0 = ErrorEnvelope.from_dict(data)

                return response_500_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_500_type_1 = ErrorDetail.from_dict(data)

            return response_500_type_1

        response_500 = _parse_response_500(response.json())

        return response_500

    if response.status_code == 503:

        def _parse_response_503(data: object) -> ErrorDetail | ErrorEnvelope:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_503_type_0 = ErrorEnvelope.from_dict(data)

                return response_503_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_503_type_1 = ErrorDetail.from_dict(data)

            return response_503_type_1

        response_503 = _parse_response_503(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    DailyActivityKeySearchResponse | ErrorDetail | ErrorEnvelope | ErrorDetail | ErrorEnvelope | HTTPValidationError
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    search: str,
    limit: int | Unset = 100,
    start_date: None | str | Unset = UNSET,
    end_date: None | str | Unset = UNSET,
    model: None | str | Unset = UNSET,
    api_key: None | str | Unset = UNSET,
    user_id: None | str | Unset = UNSET,
    timezone: int | None | Unset = UNSET,
    include_current_utc_day: bool | Unset = False,
) -> Response[
    DailyActivityKeySearchResponse | ErrorDetail | ErrorEnvelope | ErrorDetail | ErrorEnvelope | HTTPValidationError
]:
    """Get User Daily Activity Aggregated Search

    Args:
        search (str):
        limit (int | Unset):  Default: 100.
        start_date (None | str | Unset): Start date in YYYY-MM-DD format
        end_date (None | str | Unset): End date in YYYY-MM-DD format
        model (None | str | Unset): Filter by specific model
        api_key (None | str | Unset): Filter by reporting API key ID. Missing keys are reported as
            unattributed. For a literal key unattributed or a key starting with raw:, add an extra
            raw: prefix
        user_id (None | str | Unset): Filter by specific user ID. Admins can filter by any user or
            omit for global view. Non-admins must provide their own user_id.
        timezone (int | None | Unset): Timezone offset in minutes from UTC (e.g., 480 for PST).
            Matches JavaScript's Date.getTimezoneOffset() convention.
        include_current_utc_day (bool | Unset): When the range ends on the caller's current local
            day, extend it to today's UTC bucket so spend written after the caller's local midnight
            (in UTC terms) is included. Requires the timezone parameter. Historical ranges are never
            extended. Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DailyActivityKeySearchResponse | ErrorDetail | ErrorEnvelope | ErrorDetail | ErrorEnvelope | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        search=search,
        limit=limit,
        start_date=start_date,
        end_date=end_date,
        model=model,
        api_key=api_key,
        user_id=user_id,
        timezone=timezone,
        include_current_utc_day=include_current_utc_day,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    search: str,
    limit: int | Unset = 100,
    start_date: None | str | Unset = UNSET,
    end_date: None | str | Unset = UNSET,
    model: None | str | Unset = UNSET,
    api_key: None | str | Unset = UNSET,
    user_id: None | str | Unset = UNSET,
    timezone: int | None | Unset = UNSET,
    include_current_utc_day: bool | Unset = False,
) -> (
    DailyActivityKeySearchResponse
    | ErrorDetail
    | ErrorEnvelope
    | ErrorDetail
    | ErrorEnvelope
    | HTTPValidationError
    | None
):
    """Get User Daily Activity Aggregated Search

    Args:
        search (str):
        limit (int | Unset):  Default: 100.
        start_date (None | str | Unset): Start date in YYYY-MM-DD format
        end_date (None | str | Unset): End date in YYYY-MM-DD format
        model (None | str | Unset): Filter by specific model
        api_key (None | str | Unset): Filter by reporting API key ID. Missing keys are reported as
            unattributed. For a literal key unattributed or a key starting with raw:, add an extra
            raw: prefix
        user_id (None | str | Unset): Filter by specific user ID. Admins can filter by any user or
            omit for global view. Non-admins must provide their own user_id.
        timezone (int | None | Unset): Timezone offset in minutes from UTC (e.g., 480 for PST).
            Matches JavaScript's Date.getTimezoneOffset() convention.
        include_current_utc_day (bool | Unset): When the range ends on the caller's current local
            day, extend it to today's UTC bucket so spend written after the caller's local midnight
            (in UTC terms) is included. Requires the timezone parameter. Historical ranges are never
            extended. Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DailyActivityKeySearchResponse | ErrorDetail | ErrorEnvelope | ErrorDetail | ErrorEnvelope | HTTPValidationError
    """

    return sync_detailed(
        client=client,
        search=search,
        limit=limit,
        start_date=start_date,
        end_date=end_date,
        model=model,
        api_key=api_key,
        user_id=user_id,
        timezone=timezone,
        include_current_utc_day=include_current_utc_day,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    search: str,
    limit: int | Unset = 100,
    start_date: None | str | Unset = UNSET,
    end_date: None | str | Unset = UNSET,
    model: None | str | Unset = UNSET,
    api_key: None | str | Unset = UNSET,
    user_id: None | str | Unset = UNSET,
    timezone: int | None | Unset = UNSET,
    include_current_utc_day: bool | Unset = False,
) -> Response[
    DailyActivityKeySearchResponse | ErrorDetail | ErrorEnvelope | ErrorDetail | ErrorEnvelope | HTTPValidationError
]:
    """Get User Daily Activity Aggregated Search

    Args:
        search (str):
        limit (int | Unset):  Default: 100.
        start_date (None | str | Unset): Start date in YYYY-MM-DD format
        end_date (None | str | Unset): End date in YYYY-MM-DD format
        model (None | str | Unset): Filter by specific model
        api_key (None | str | Unset): Filter by reporting API key ID. Missing keys are reported as
            unattributed. For a literal key unattributed or a key starting with raw:, add an extra
            raw: prefix
        user_id (None | str | Unset): Filter by specific user ID. Admins can filter by any user or
            omit for global view. Non-admins must provide their own user_id.
        timezone (int | None | Unset): Timezone offset in minutes from UTC (e.g., 480 for PST).
            Matches JavaScript's Date.getTimezoneOffset() convention.
        include_current_utc_day (bool | Unset): When the range ends on the caller's current local
            day, extend it to today's UTC bucket so spend written after the caller's local midnight
            (in UTC terms) is included. Requires the timezone parameter. Historical ranges are never
            extended. Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DailyActivityKeySearchResponse | ErrorDetail | ErrorEnvelope | ErrorDetail | ErrorEnvelope | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        search=search,
        limit=limit,
        start_date=start_date,
        end_date=end_date,
        model=model,
        api_key=api_key,
        user_id=user_id,
        timezone=timezone,
        include_current_utc_day=include_current_utc_day,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    search: str,
    limit: int | Unset = 100,
    start_date: None | str | Unset = UNSET,
    end_date: None | str | Unset = UNSET,
    model: None | str | Unset = UNSET,
    api_key: None | str | Unset = UNSET,
    user_id: None | str | Unset = UNSET,
    timezone: int | None | Unset = UNSET,
    include_current_utc_day: bool | Unset = False,
) -> (
    DailyActivityKeySearchResponse
    | ErrorDetail
    | ErrorEnvelope
    | ErrorDetail
    | ErrorEnvelope
    | HTTPValidationError
    | None
):
    """Get User Daily Activity Aggregated Search

    Args:
        search (str):
        limit (int | Unset):  Default: 100.
        start_date (None | str | Unset): Start date in YYYY-MM-DD format
        end_date (None | str | Unset): End date in YYYY-MM-DD format
        model (None | str | Unset): Filter by specific model
        api_key (None | str | Unset): Filter by reporting API key ID. Missing keys are reported as
            unattributed. For a literal key unattributed or a key starting with raw:, add an extra
            raw: prefix
        user_id (None | str | Unset): Filter by specific user ID. Admins can filter by any user or
            omit for global view. Non-admins must provide their own user_id.
        timezone (int | None | Unset): Timezone offset in minutes from UTC (e.g., 480 for PST).
            Matches JavaScript's Date.getTimezoneOffset() convention.
        include_current_utc_day (bool | Unset): When the range ends on the caller's current local
            day, extend it to today's UTC bucket so spend written after the caller's local midnight
            (in UTC terms) is included. Requires the timezone parameter. Historical ranges are never
            extended. Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DailyActivityKeySearchResponse | ErrorDetail | ErrorEnvelope | ErrorDetail | ErrorEnvelope | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            client=client,
            search=search,
            limit=limit,
            start_date=start_date,
            end_date=end_date,
            model=model,
            api_key=api_key,
            user_id=user_id,
            timezone=timezone,
            include_current_utc_day=include_current_utc_day,
        )
    ).parsed
