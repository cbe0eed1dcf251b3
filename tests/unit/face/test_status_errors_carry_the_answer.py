"""A status error made from a proxy answer carries that answer as its ``response``: also when the SDK words the
error itself (``describe_key`` of an unknown or deleted key, a caller-chosen key value already taken, what
``ensure_key`` concludes from a listing of the alias)."""

from __future__ import annotations

import hashlib
from typing import Any

import httpx
import pytest

from litellm_sdk import (
    AsyncLiteLLMClient,
    ConflictError,
    KeyBlockedError,
    LiteLLMClient,
    NotFoundError,
)
from litellm_sdk._constants import ENSURE_ATTEMPTS, ENSURE_METADATA
from litellm_sdk._manage.ensure import derive_key, ensure_alias

from .._fake_proxy import FakeProxy

BASE = "http://litellm.test"
UNKNOWN = "sk-unknown-key-0123456789"


def _client(proxy: FakeProxy) -> LiteLLMClient:
    return LiteLLMClient(BASE, proxy.master_key, http_client=httpx.Client(transport=proxy.transport()), max_retries=0)


def _record(key: str, **fields: Any) -> dict[str, Any]:
    return {
        "key": key,
        "token_id": hashlib.sha256(key.encode()).hexdigest(),
        "models": [],
        "user_id": "u1",
        "metadata": {},
        "created_at": "2025-01-01T00:00:00Z",
        **fields,
    }


def test_describe_key_of_an_unknown_key_carries_the_proxys_404() -> None:
    proxy = FakeProxy()
    with pytest.raises(NotFoundError) as info:
        _client(proxy).describe_key(UNKNOWN)
    assert info.value.response is not None
    assert info.value.response.status_code == 404
    assert info.value.response.json()["error"]["message"] == "Key not found"


async def test_async_describe_key_of_an_unknown_key_carries_the_proxys_404() -> None:
    proxy = FakeProxy()
    client = AsyncLiteLLMClient(BASE, proxy.master_key, http_client=httpx.AsyncClient(transport=proxy.transport()))
    with pytest.raises(NotFoundError) as info:
        await client.describe_key(UNKNOWN)
    assert info.value.response is not None and info.value.response.status_code == 404


def test_describe_key_of_a_deleted_key_carries_the_answer_that_says_so() -> None:
    proxy = FakeProxy()
    token = hashlib.sha256(UNKNOWN.encode()).hexdigest()
    deleted = {"key": token, "info": {"token": token, "status": "deleted"}}  # LiteLLM 1.108.7
    proxy.faults["/key/info"] = [lambda r: httpx.Response(200, json=deleted)]
    with pytest.raises(NotFoundError) as info:
        _client(proxy).describe_key(UNKNOWN)
    assert info.value.status == 404
    assert info.value.response is not None
    assert info.value.response.status_code == 200
    assert info.value.response.json() == deleted


def test_a_caller_chosen_key_value_already_taken_carries_the_answer_that_found_it() -> None:
    proxy = FakeProxy()
    taken = "sk-taken-value-0123456789"
    proxy.keys[taken] = _record(taken)
    with pytest.raises(ConflictError) as info:
        _client(proxy).request_key(user_id="u1", key=taken)
    assert info.value.response is not None
    assert info.value.response.status_code == 200
    assert info.value.response.json()["info"]["token_id"] == proxy.keys[taken]["token_id"]


def test_ensure_key_on_an_alias_it_did_not_make_carries_the_listing() -> None:
    proxy = FakeProxy()
    foreign = "sk-foreign-value-0123456789"
    proxy.keys[foreign] = _record(foreign, key_alias=ensure_alias("u1", None))
    with pytest.raises(ConflictError) as info:
        _client(proxy).ensure_key(user_id="u1")
    assert info.value.response is not None
    assert info.value.response.status_code == 200
    assert [row["key_alias"] for row in info.value.response.json()["keys"]] == [ensure_alias("u1", None)]


def test_ensure_key_of_a_blocked_key_carries_the_listing_that_shows_it_blocked() -> None:
    proxy = FakeProxy()
    client = _client(proxy)
    made = client.ensure_key(user_id="u1", models=["plain-chat"])
    client.block_key(made.key)
    with pytest.raises(KeyBlockedError) as info:
        client.ensure_key(user_id="u1", models=["plain-chat"])
    assert info.value.response is not None
    assert [row["blocked"] for row in info.value.response.json()["keys"]] == [True]


def test_ensure_key_that_kept_meeting_conflicts_carries_the_last_one() -> None:
    proxy = FakeProxy()
    taken = {"error": {"message": "Key with this value already exists", "type": "conflict", "code": "409"}}
    proxy.faults["/key/generate"] = [lambda r: httpx.Response(409, json=taken)] * ENSURE_ATTEMPTS
    with pytest.raises(ConflictError, match="kept changing") as info:
        _client(proxy).ensure_key(user_id="u1")
    assert info.value.response is not None
    assert info.value.response.status_code == 409
    assert info.value.response.json() == taken


def test_ensure_key_that_lost_a_race_to_another_request_carries_the_listing_that_showed_the_winner() -> None:
    proxy = FakeProxy()
    alias = ensure_alias("u1", None)
    nonce = "older-nonce"
    winner = derive_key(proxy.master_key, alias, nonce)
    marker = {"nonce": nonce, "user_id": "u1", "request": "another request"}

    def rival_lands_meanwhile(request: httpx.Request, response: httpx.Response) -> httpx.Response:
        proxy.keys[winner] = _record(winner, key_alias=alias, metadata={ENSURE_METADATA: marker})
        return response

    proxy.after["/key/generate"] = [rival_lands_meanwhile]
    with pytest.raises(ConflictError, match="made its key first") as info:
        _client(proxy).ensure_key(user_id="u1", models=["plain-chat"])
    assert list(proxy.keys) == [winner]  # ours was deleted
    assert info.value.response is not None
    rows = info.value.response.json()["keys"]
    assert proxy.keys[winner]["token_id"] in [row["token"] for row in rows]
