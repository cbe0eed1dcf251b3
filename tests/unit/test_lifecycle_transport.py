"""The async lifecycle calls over an in-memory transport: the same operations as the sync client, awaited."""

from __future__ import annotations

import httpx
import pytest

from litellm_sdk import ALL_MODELS, AsyncLiteLLMClient, LiteLLMClient, NotFoundError

from ._fake_proxy import FakeProxy


def async_client(proxy: FakeProxy) -> AsyncLiteLLMClient:
    return AsyncLiteLLMClient(
        "http://litellm.test", proxy.master_key, http_client=httpx.AsyncClient(transport=proxy.transport())
    )


async def test_async_lifecycle_end_to_end() -> None:
    proxy = FakeProxy()
    async with async_client(proxy) as client:
        info = await client.request_key(user_id="u1", models=["plain-chat"], max_budget=1)
        updated = await client.update_key(info.key, max_budget=4, models=["plain-chat", "dall-e-3"])
        assert updated.budget is not None and updated.budget.max == 4
        assert updated.features.image_generation
        await client.block_key(info.key)
        assert (await client.describe_key(info.key)).blocked
        await client.unblock_key(info.key)
        assert not (await client.refresh(info)).blocked
        rotated = await client.regenerate_key(info.key)
        assert rotated.key != info.key and rotated.user_id == "u1"
        with pytest.raises(NotFoundError):
            await client.describe_key(info.key)
        listed = [s async for s in client.list_keys(user_id="u1", page_size=1)]
        assert [s.token_id for s in listed] == [rotated.token_id]
        models = await client.list_models()
        assert len(models) == 5
        assert await client.revoke(rotated.key) is True
        assert await client.revoke(rotated.key) is False
        assert await client.delete_keys(*[(await client.request_key(models=ALL_MODELS)).key for _ in range(2)])


def test_regenerate_sends_the_key_in_the_body_and_its_token_in_the_path() -> None:
    proxy = FakeProxy()
    client = LiteLLMClient(
        "http://litellm.test", proxy.master_key, http_client=httpx.Client(transport=proxy.transport())
    )
    info = client.request_key(models=["plain-chat"])
    paths: list[str] = []
    client._runner.client.event_hooks["request"].append(lambda r: paths.append(r.url.path))
    rotated = client.regenerate_key(info.key)
    assert paths[0] == f"/key/{info.token_id}/regenerate"
    assert info.key not in "".join(paths)
    assert rotated.key in proxy.keys and info.key not in proxy.keys
