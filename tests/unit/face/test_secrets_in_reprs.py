"""No client shows its secret whole: the management clients' master key and the key clients' virtual key are
masked in ``repr`` and ``str``, on clones made by ``with_options`` too."""

from __future__ import annotations

import httpx
import pytest

from litellm_sdk import AsyncKeyClient, AsyncLiteLLMClient, KeyClient, LiteLLMClient

SECRET = "sk-super-secret-value-9876"


@pytest.mark.parametrize(
    ("make", "label"),
    [
        (lambda: LiteLLMClient("http://p.test", SECRET), "master_key"),
        (lambda: AsyncLiteLLMClient("http://p.test", SECRET), "master_key"),
        (lambda: KeyClient(SECRET, "http://p.test", http_client=httpx.Client()), "key"),
        (lambda: AsyncKeyClient(SECRET, "http://p.test", http_client=httpx.AsyncClient()), "key"),
    ],
    ids=["LiteLLMClient", "AsyncLiteLLMClient", "KeyClient", "AsyncKeyClient"],
)
def test_a_clients_repr_masks_its_secret(make: object, label: str) -> None:
    client = make()  # type: ignore[operator]
    for shown in (repr(client), str(client), repr(client.with_options(timeout=3))):
        assert SECRET not in shown and SECRET[3:-4] not in shown
        assert f"{label}='sk-...9876'" in shown
