from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.auto_router_classifier_default_prompt_response import AutoRouterClassifierDefaultPromptResponse
from ...models.classification_rubric import ClassificationRubric
from ...models.http_validation_error import HTTPValidationError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    context_window_size: int | Unset = 3,
    tier_labels: None | str | Unset = UNSET,
    classification_rubric: ClassificationRubric | None | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["context_window_size"] = context_window_size

    json_tier_labels: None | str | Unset
    if isinstance(tier_labels, Unset):
        json_tier_labels = UNSET
    else:
        json_tier_labels = tier_labels
    params["tier_labels"] = json_tier_labels

    json_classification_rubric: None | str | Unset
    if isinstance(classification_rubric, Unset):
        json_classification_rubric = UNSET
    elif isinstance(classification_rubric, ClassificationRubric):
        json_classification_rubric = classification_rubric.value
    else:
        json_classification_rubric = classification_rubric
    params["classification_rubric"] = json_classification_rubric

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/auto_router/classifier/default_prompt",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AutoRouterClassifierDefaultPromptResponse | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = AutoRouterClassifierDefaultPromptResponse.from_dict(response.json())

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
) -> Response[AutoRouterClassifierDefaultPromptResponse | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    context_window_size: int | Unset = 3,
    tier_labels: None | str | Unset = UNSET,
    classification_rubric: ClassificationRubric | None | Unset = UNSET,
) -> Response[AutoRouterClassifierDefaultPromptResponse | HTTPValidationError]:
    """Get Auto Router Classifier Default Prompt

     Get the built-in system prompt used by an auto-router's LLM classifier

    Args:
        context_window_size (int | Unset):  Default: 3.
        tier_labels (None | str | Unset):
        classification_rubric (ClassificationRubric | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AutoRouterClassifierDefaultPromptResponse | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        context_window_size=context_window_size,
        tier_labels=tier_labels,
        classification_rubric=classification_rubric,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    context_window_size: int | Unset = 3,
    tier_labels: None | str | Unset = UNSET,
    classification_rubric: ClassificationRubric | None | Unset = UNSET,
) -> AutoRouterClassifierDefaultPromptResponse | HTTPValidationError | None:
    """Get Auto Router Classifier Default Prompt

     Get the built-in system prompt used by an auto-router's LLM classifier

    Args:
        context_window_size (int | Unset):  Default: 3.
        tier_labels (None | str | Unset):
        classification_rubric (ClassificationRubric | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AutoRouterClassifierDefaultPromptResponse | HTTPValidationError
    """

    return sync_detailed(
        client=client,
        context_window_size=context_window_size,
        tier_labels=tier_labels,
        classification_rubric=classification_rubric,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    context_window_size: int | Unset = 3,
    tier_labels: None | str | Unset = UNSET,
    classification_rubric: ClassificationRubric | None | Unset = UNSET,
) -> Response[AutoRouterClassifierDefaultPromptResponse | HTTPValidationError]:
    """Get Auto Router Classifier Default Prompt

     Get the built-in system prompt used by an auto-router's LLM classifier

    Args:
        context_window_size (int | Unset):  Default: 3.
        tier_labels (None | str | Unset):
        classification_rubric (ClassificationRubric | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AutoRouterClassifierDefaultPromptResponse | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        context_window_size=context_window_size,
        tier_labels=tier_labels,
        classification_rubric=classification_rubric,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    context_window_size: int | Unset = 3,
    tier_labels: None | str | Unset = UNSET,
    classification_rubric: ClassificationRubric | None | Unset = UNSET,
) -> AutoRouterClassifierDefaultPromptResponse | HTTPValidationError | None:
    """Get Auto Router Classifier Default Prompt

     Get the built-in system prompt used by an auto-router's LLM classifier

    Args:
        context_window_size (int | Unset):  Default: 3.
        tier_labels (None | str | Unset):
        classification_rubric (ClassificationRubric | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AutoRouterClassifierDefaultPromptResponse | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            client=client,
            context_window_size=context_window_size,
            tier_labels=tier_labels,
            classification_rubric=classification_rubric,
        )
    ).parsed
