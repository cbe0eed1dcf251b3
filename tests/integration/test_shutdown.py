"""Shutdown on the real LiteLLM proxy with PostgreSQL: an ``AsyncLiteLLMClient`` closed while four logins run
leaves no key that nobody holds, and each caller gets ClientClosedError or a key it then holds
(docs/reliability.md, "Shutdown").

The client owns its connection pool, as a web server's does; the moment of the close is found with an httpx event
hook on that pool (nothing of LiteLLM or of the SDK is mocked). Keys are counted afterwards with a fresh client.
"""

from __future__ import annotations

import asyncio
import time

import httpx
import pytest

from litellm_sdk import AsyncLiteLLMClient, ClientClosedError, VirtualKeyInfo
from litellm_sdk._constants import COMPENSATION_DEADLINE, SHUTDOWN_GRACE
from tests._servers import LocalProxy

from ._helpers import unique

LOGINS = 4

#: When the client is closed: once all four ``POST /key/generate`` are on the wire, or once the first key exists
#: and its models are being fetched (the other logins anywhere in their steps).
MOMENTS = {
    "all creates on the wire": ("POST", "/key/generate", LOGINS),
    "first models fetch on the wire": ("GET", "/model_group/info", 1),
}


@pytest.mark.parametrize("moment", list(MOMENTS))
async def test_closing_a_client_with_four_logins_in_flight_leaves_no_key_nobody_holds(
    litellm_proxy: LocalProxy, moment: str
) -> None:
    method, path, count = MOMENTS[moment]
    users = [unique("shutdown") for _ in range(LOGINS)]
    client = AsyncLiteLLMClient(litellm_proxy.base_url, litellm_proxy.master_key)
    seen = 0
    close_now = asyncio.Event()

    async def watch(request: httpx.Request) -> None:
        nonlocal seen
        if request.method == method and request.url.path == path:
            seen += 1
            if seen == count:
                close_now.set()

    client._runner.client.event_hooks["request"].append(watch)  # the pool the client made for itself
    logins = [asyncio.ensure_future(client.request_key(user_id=user, models=["plain-chat"])) for user in users]
    await asyncio.wait_for(close_now.wait(), 60)
    started = time.monotonic()
    await client.aclose()
    took = time.monotonic() - started
    outcomes = await asyncio.gather(*logins, return_exceptions=True)

    assert took < SHUTDOWN_GRACE + COMPENSATION_DEADLINE
    assert all(isinstance(o, (VirtualKeyInfo, ClientClosedError)) for o in outcomes), outcomes
    assert any(isinstance(o, ClientClosedError) for o in outcomes), "the close came after every login had ended"
    with pytest.raises(ClientClosedError):
        await client.request_key(user_id=users[0])
    async with AsyncLiteLLMClient(litellm_proxy.base_url, litellm_proxy.master_key) as fresh:
        for user, outcome in zip(users, outcomes, strict=True):
            left = [summary async for summary in fresh.list_keys(user_id=user)]
            if isinstance(outcome, VirtualKeyInfo):  # a caller who got its key holds it: the one key of that user
                assert [s.token_id for s in left] == [(await fresh.describe_key(outcome.key)).token_id]
                await fresh.revoke(outcome.key)
            else:
                assert left == [], f"{user}: {len(left)} key(s) left that nobody holds"
