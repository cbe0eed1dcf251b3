"""One contender of row 1d: ``python -m _bench.instr_worker CONTENDER N`` warms up, then makes N calls (run under
callgrind by instructions.py, which compares the counts of two such runs)."""

from __future__ import annotations

import gc
import sys
from collections.abc import Callable
from typing import Any

import httpx

from _bench.common import BENCH_USER
from _bench.overhead import CANNED_KEY, CANNED_MODELS, LIST_PARAMS, canned_handler

WARMUP = 300
BASE = "http://canned.invalid"


def contenders() -> dict[str, Callable[[], Any]]:
    transport = httpx.MockTransport(canned_handler())
    raw = httpx.Client(base_url=BASE, headers={"Authorization": f"Bearer {CANNED_KEY}"}, transport=transport)
    real_client = httpx.Client

    def sdk_made(**options: Any) -> httpx.Client:  # the client the SDK makes for itself, on the canned transport
        return real_client(transport=transport, **options)

    httpx.Client = sdk_made  # type: ignore[misc]
    try:
        from litellm_sdk import LiteLLMClient

        sdk = LiteLLMClient(BASE, CANNED_KEY, max_retries=0)
    finally:
        httpx.Client = real_client  # type: ignore[misc]

    def raw_call(method: str, path: str, **kwargs: Any) -> Any:
        response = raw.request(method, path, **kwargs)
        response.raise_for_status()
        return response.json()

    return {
        "raw httpx GET /key/list": lambda: raw_call("GET", "/key/list", params=LIST_PARAMS),
        "litellm_sdk list_keys (1 page)": lambda: list(sdk.list_keys(page_size=10)),
        "raw httpx GET /key/info": lambda: raw_call("GET", "/key/info", params={"key": CANNED_KEY}),
        "litellm_sdk describe_key (warm cache)": lambda: sdk.describe_key(CANNED_KEY),
        "raw httpx POST /key/generate": lambda: raw_call(
            "POST", "/key/generate", json={"user_id": BENCH_USER, "models": CANNED_MODELS}
        ),
        "litellm_sdk request_key (warm cache)": lambda: sdk.request_key(user_id=BENCH_USER, models=CANNED_MODELS),
    }


def main() -> int:
    name, calls = sys.argv[1], int(sys.argv[2])
    call = contenders()[name]
    for _ in range(WARMUP):
        call()
    # The garbage of the measured calls is collected once, at the end: an automatic full collection landing in one
    # of the two runs and not the other would otherwise count the whole heap as the cost of some calls.
    gc.collect()
    gc.disable()
    for _ in range(calls):
        call()
    gc.collect()
    return 0


if __name__ == "__main__":
    sys.exit(main())
