from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.add_team_callback import AddTeamCallback
from ...models.error_detail import ErrorDetail
from ...models.error_envelope import ErrorEnvelope
from ...models.http_validation_error import HTTPValidationError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    team_id: str,
    *,
    body: AddTeamCallback,
    litellm_changed_by: None | str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(litellm_changed_by, Unset):
        headers["litellm-changed-by"] = litellm_changed_by

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/team/{team_id}/callback".format(
            team_id=quote(str(team_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ErrorDetail | ErrorEnvelope | ErrorDetail | ErrorEnvelope | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = response.json()
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
) -> Response[Any | ErrorDetail | ErrorEnvelope | ErrorDetail | ErrorEnvelope | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    team_id: str,
    *,
    client: AuthenticatedClient,
    body: AddTeamCallback,
    litellm_changed_by: None | str | Unset = UNSET,
) -> Response[Any | ErrorDetail | ErrorEnvelope | ErrorDetail | ErrorEnvelope | HTTPValidationError]:
    """Add Team Callbacks

     Add a success/failure callback to a team

    Use this if if you want different teams to have different success/failure callbacks

    Parameters:
    - callback_name (str, required): The name of the callback to add, e.g. "langfuse", "langsmith",
    "gcs", "newrelic". The value is validated against the callbacks that support team-scoped credentials
    - callback_type (Literal["success", "failure", "success_and_failure"], required): The type of
    callback to add. One of:
        - "success": Callback for successful LLM calls
        - "failure": Callback for failed LLM calls
        - "success_and_failure": Callback for both successful and failed LLM calls
    - callback_vars (StandardCallbackDynamicParams, required): A dictionary of variables to pass to the
    callback
        - langfuse_public_key: The public key for the Langfuse callback
        - langfuse_secret_key: The secret key for the Langfuse callback
        - langfuse_secret: The secret for the Langfuse callback
        - langfuse_host: The host for the Langfuse callback
        - langfuse_environment: The tracing environment for the Langfuse callback (lowercase; falls back
    to LANGFUSE_TRACING_ENVIRONMENT)
        - langfuse_span_scope: For langfuse_otel, "full" (default) sends the whole request trace,
    "llm_only" sends only the model-call spans
        - capture_message_content: For OTel v2 callbacks, "no_content" or "span_only".
          An explicit value overrides the global setting for this destination; omitted follows the
    proxy's own callback for that backend, else the global setting.
          "span_only" puts prompt and response content on the destination's spans, "no_content" leaves
    it out
        - excluded_services: For OTel v2 callbacks, a comma-separated list of datastore names such as
    "redis,postgres", or "none" to exclude nothing. An explicit value replaces the global exclusions;
    omitted follows them
        - gcs_bucket_name: The name of the GCS bucket
        - gcs_path_service_account: The path to the GCS service account
        - langsmith_api_key: The API key for the Langsmith callback
        - langsmith_project: The project for the Langsmith callback
        - langsmith_base_url: The base URL for the Langsmith callback
        - newrelic_api_key: The ingest license key for the team's New Relic account; routes both
    LLM/agent traces and cost metrics to that account. Requires the proxy to run with
    LITELLM_OTEL_V2=true, otherwise this callback is rejected with a 400
        - newrelic_region: The New Relic region for the team's account ("us" or "eu"), riding the team's
    own key

    Example curl:
    ```
    curl -X POST 'http:/localhost:4000/team/dbe2f686-a686-4896-864a-4c3924458709/callback'         -H
    'Content-Type: application/json'         -H "Authorization: Bearer $LITELLM_MASTER_KEY"         -d
    '{
        "callback_name": "langfuse",
        "callback_type": "success",
        "callback_vars": {"langfuse_public_key": "pk-lf-xxxx1", "langfuse_secret_key": "sk-xxxxx"}

    }'
    ```

    This means for the team where team_id = dbe2f686-a686-4896-864a-4c3924458709, all LLM calls will be
    logged to langfuse using the public key pk-lf-xxxx1 and the secret key sk-xxxxx

    Args:
        team_id (str):
        litellm_changed_by (None | str | Unset): The litellm-changed-by header enables tracking of
            actions performed by authorized users on behalf of other users, providing an audit trail
            for accountability
        body (AddTeamCallback):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorDetail | ErrorEnvelope | ErrorDetail | ErrorEnvelope | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        team_id=team_id,
        body=body,
        litellm_changed_by=litellm_changed_by,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    team_id: str,
    *,
    client: AuthenticatedClient,
    body: AddTeamCallback,
    litellm_changed_by: None | str | Unset = UNSET,
) -> Any | ErrorDetail | ErrorEnvelope | ErrorDetail | ErrorEnvelope | HTTPValidationError | None:
    """Add Team Callbacks

     Add a success/failure callback to a team

    Use this if if you want different teams to have different success/failure callbacks

    Parameters:
    - callback_name (str, required): The name of the callback to add, e.g. "langfuse", "langsmith",
    "gcs", "newrelic". The value is validated against the callbacks that support team-scoped credentials
    - callback_type (Literal["success", "failure", "success_and_failure"], required): The type of
    callback to add. One of:
        - "success": Callback for successful LLM calls
        - "failure": Callback for failed LLM calls
        - "success_and_failure": Callback for both successful and failed LLM calls
    - callback_vars (StandardCallbackDynamicParams, required): A dictionary of variables to pass to the
    callback
        - langfuse_public_key: The public key for the Langfuse callback
        - langfuse_secret_key: The secret key for the Langfuse callback
        - langfuse_secret: The secret for the Langfuse callback
        - langfuse_host: The host for the Langfuse callback
        - langfuse_environment: The tracing environment for the Langfuse callback (lowercase; falls back
    to LANGFUSE_TRACING_ENVIRONMENT)
        - langfuse_span_scope: For langfuse_otel, "full" (default) sends the whole request trace,
    "llm_only" sends only the model-call spans
        - capture_message_content: For OTel v2 callbacks, "no_content" or "span_only".
          An explicit value overrides the global setting for this destination; omitted follows the
    proxy's own callback for that backend, else the global setting.
          "span_only" puts prompt and response content on the destination's spans, "no_content" leaves
    it out
        - excluded_services: For OTel v2 callbacks, a comma-separated list of datastore names such as
    "redis,postgres", or "none" to exclude nothing. An explicit value replaces the global exclusions;
    omitted follows them
        - gcs_bucket_name: The name of the GCS bucket
        - gcs_path_service_account: The path to the GCS service account
        - langsmith_api_key: The API key for the Langsmith callback
        - langsmith_project: The project for the Langsmith callback
        - langsmith_base_url: The base URL for the Langsmith callback
        - newrelic_api_key: The ingest license key for the team's New Relic account; routes both
    LLM/agent traces and cost metrics to that account. Requires the proxy to run with
    LITELLM_OTEL_V2=true, otherwise this callback is rejected with a 400
        - newrelic_region: The New Relic region for the team's account ("us" or "eu"), riding the team's
    own key

    Example curl:
    ```
    curl -X POST 'http:/localhost:4000/team/dbe2f686-a686-4896-864a-4c3924458709/callback'         -H
    'Content-Type: application/json'         -H "Authorization: Bearer $LITELLM_MASTER_KEY"         -d
    '{
        "callback_name": "langfuse",
        "callback_type": "success",
        "callback_vars": {"langfuse_public_key": "pk-lf-xxxx1", "langfuse_secret_key": "sk-xxxxx"}

    }'
    ```

    This means for the team where team_id = dbe2f686-a686-4896-864a-4c3924458709, all LLM calls will be
    logged to langfuse using the public key pk-lf-xxxx1 and the secret key sk-xxxxx

    Args:
        team_id (str):
        litellm_changed_by (None | str | Unset): The litellm-changed-by header enables tracking of
            actions performed by authorized users on behalf of other users, providing an audit trail
            for accountability
        body (AddTeamCallback):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorDetail | ErrorEnvelope | ErrorDetail | ErrorEnvelope | HTTPValidationError
    """

    return sync_detailed(
        team_id=team_id,
        client=client,
        body=body,
        litellm_changed_by=litellm_changed_by,
    ).parsed


async def asyncio_detailed(
    team_id: str,
    *,
    client: AuthenticatedClient,
    body: AddTeamCallback,
    litellm_changed_by: None | str | Unset = UNSET,
) -> Response[Any | ErrorDetail | ErrorEnvelope | ErrorDetail | ErrorEnvelope | HTTPValidationError]:
    """Add Team Callbacks

     Add a success/failure callback to a team

    Use this if if you want different teams to have different success/failure callbacks

    Parameters:
    - callback_name (str, required): The name of the callback to add, e.g. "langfuse", "langsmith",
    "gcs", "newrelic". The value is validated against the callbacks that support team-scoped credentials
    - callback_type (Literal["success", "failure", "success_and_failure"], required): The type of
    callback to add. One of:
        - "success": Callback for successful LLM calls
        - "failure": Callback for failed LLM calls
        - "success_and_failure": Callback for both successful and failed LLM calls
    - callback_vars (StandardCallbackDynamicParams, required): A dictionary of variables to pass to the
    callback
        - langfuse_public_key: The public key for the Langfuse callback
        - langfuse_secret_key: The secret key for the Langfuse callback
        - langfuse_secret: The secret for the Langfuse callback
        - langfuse_host: The host for the Langfuse callback
        - langfuse_environment: The tracing environment for the Langfuse callback (lowercase; falls back
    to LANGFUSE_TRACING_ENVIRONMENT)
        - langfuse_span_scope: For langfuse_otel, "full" (default) sends the whole request trace,
    "llm_only" sends only the model-call spans
        - capture_message_content: For OTel v2 callbacks, "no_content" or "span_only".
          An explicit value overrides the global setting for this destination; omitted follows the
    proxy's own callback for that backend, else the global setting.
          "span_only" puts prompt and response content on the destination's spans, "no_content" leaves
    it out
        - excluded_services: For OTel v2 callbacks, a comma-separated list of datastore names such as
    "redis,postgres", or "none" to exclude nothing. An explicit value replaces the global exclusions;
    omitted follows them
        - gcs_bucket_name: The name of the GCS bucket
        - gcs_path_service_account: The path to the GCS service account
        - langsmith_api_key: The API key for the Langsmith callback
        - langsmith_project: The project for the Langsmith callback
        - langsmith_base_url: The base URL for the Langsmith callback
        - newrelic_api_key: The ingest license key for the team's New Relic account; routes both
    LLM/agent traces and cost metrics to that account. Requires the proxy to run with
    LITELLM_OTEL_V2=true, otherwise this callback is rejected with a 400
        - newrelic_region: The New Relic region for the team's account ("us" or "eu"), riding the team's
    own key

    Example curl:
    ```
    curl -X POST 'http:/localhost:4000/team/dbe2f686-a686-4896-864a-4c3924458709/callback'         -H
    'Content-Type: application/json'         -H "Authorization: Bearer $LITELLM_MASTER_KEY"         -d
    '{
        "callback_name": "langfuse",
        "callback_type": "success",
        "callback_vars": {"langfuse_public_key": "pk-lf-xxxx1", "langfuse_secret_key": "sk-xxxxx"}

    }'
    ```

    This means for the team where team_id = dbe2f686-a686-4896-864a-4c3924458709, all LLM calls will be
    logged to langfuse using the public key pk-lf-xxxx1 and the secret key sk-xxxxx

    Args:
        team_id (str):
        litellm_changed_by (None | str | Unset): The litellm-changed-by header enables tracking of
            actions performed by authorized users on behalf of other users, providing an audit trail
            for accountability
        body (AddTeamCallback):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorDetail | ErrorEnvelope | ErrorDetail | ErrorEnvelope | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        team_id=team_id,
        body=body,
        litellm_changed_by=litellm_changed_by,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    team_id: str,
    *,
    client: AuthenticatedClient,
    body: AddTeamCallback,
    litellm_changed_by: None | str | Unset = UNSET,
) -> Any | ErrorDetail | ErrorEnvelope | ErrorDetail | ErrorEnvelope | HTTPValidationError | None:
    """Add Team Callbacks

     Add a success/failure callback to a team

    Use this if if you want different teams to have different success/failure callbacks

    Parameters:
    - callback_name (str, required): The name of the callback to add, e.g. "langfuse", "langsmith",
    "gcs", "newrelic". The value is validated against the callbacks that support team-scoped credentials
    - callback_type (Literal["success", "failure", "success_and_failure"], required): The type of
    callback to add. One of:
        - "success": Callback for successful LLM calls
        - "failure": Callback for failed LLM calls
        - "success_and_failure": Callback for both successful and failed LLM calls
    - callback_vars (StandardCallbackDynamicParams, required): A dictionary of variables to pass to the
    callback
        - langfuse_public_key: The public key for the Langfuse callback
        - langfuse_secret_key: The secret key for the Langfuse callback
        - langfuse_secret: The secret for the Langfuse callback
        - langfuse_host: The host for the Langfuse callback
        - langfuse_environment: The tracing environment for the Langfuse callback (lowercase; falls back
    to LANGFUSE_TRACING_ENVIRONMENT)
        - langfuse_span_scope: For langfuse_otel, "full" (default) sends the whole request trace,
    "llm_only" sends only the model-call spans
        - capture_message_content: For OTel v2 callbacks, "no_content" or "span_only".
          An explicit value overrides the global setting for this destination; omitted follows the
    proxy's own callback for that backend, else the global setting.
          "span_only" puts prompt and response content on the destination's spans, "no_content" leaves
    it out
        - excluded_services: For OTel v2 callbacks, a comma-separated list of datastore names such as
    "redis,postgres", or "none" to exclude nothing. An explicit value replaces the global exclusions;
    omitted follows them
        - gcs_bucket_name: The name of the GCS bucket
        - gcs_path_service_account: The path to the GCS service account
        - langsmith_api_key: The API key for the Langsmith callback
        - langsmith_project: The project for the Langsmith callback
        - langsmith_base_url: The base URL for the Langsmith callback
        - newrelic_api_key: The ingest license key for the team's New Relic account; routes both
    LLM/agent traces and cost metrics to that account. Requires the proxy to run with
    LITELLM_OTEL_V2=true, otherwise this callback is rejected with a 400
        - newrelic_region: The New Relic region for the team's account ("us" or "eu"), riding the team's
    own key

    Example curl:
    ```
    curl -X POST 'http:/localhost:4000/team/dbe2f686-a686-4896-864a-4c3924458709/callback'         -H
    'Content-Type: application/json'         -H "Authorization: Bearer $LITELLM_MASTER_KEY"         -d
    '{
        "callback_name": "langfuse",
        "callback_type": "success",
        "callback_vars": {"langfuse_public_key": "pk-lf-xxxx1", "langfuse_secret_key": "sk-xxxxx"}

    }'
    ```

    This means for the team where team_id = dbe2f686-a686-4896-864a-4c3924458709, all LLM calls will be
    logged to langfuse using the public key pk-lf-xxxx1 and the secret key sk-xxxxx

    Args:
        team_id (str):
        litellm_changed_by (None | str | Unset): The litellm-changed-by header enables tracking of
            actions performed by authorized users on behalf of other users, providing an audit trail
            for accountability
        body (AddTeamCallback):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorDetail | ErrorEnvelope | ErrorDetail | ErrorEnvelope | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            team_id=team_id,
            client=client,
            body=body,
            litellm_changed_by=litellm_changed_by,
        )
    ).parsed
