"""Row 1: per-call overhead of one management request, litellm_sdk vs raw httpx vs the generated client vs
LiteLLM's own client vs openai-python, against the canned local server (and, smaller, the real proxy).

Contenders run interleaved: every round, each contender makes ``batch`` calls (each timed on its own), the
order of contenders rotating from round to round; figures are medians over all rounds, so drift on the
shared machine hits every contender alike.
"""

from __future__ import annotations

import json
import subprocess
import time
from collections.abc import Callable
from typing import Any

import httpx

from _bench.common import BENCH_USER, LITELLM_PY, SCRIPTS, Row, Section, child_env, goal, median, ratio, signed_us, us

CANNED_KEY = "sk-benchcanned000000000000000000000000000000"
CANNED_MODELS = ["plain-chat", "gpt-4o-vision"]
LIST_PARAMS = {"page": 1, "size": 10, "return_full_object": "true"}
GOAL = 1.10

Batch = Callable[[int], list[float]]


def timed(fn: Callable[[], Any]) -> Batch:
    def run(n: int) -> list[float]:
        times = []
        for _ in range(n):
            start = time.perf_counter()
            fn()
            times.append(time.perf_counter() - start)
        return times

    return run


class LiteLLMWorker:
    """LiteLLM's own client, in the pinned LiteLLM venv (see litellm_worker.py)."""

    def __init__(self, base_url: str, key: str) -> None:
        self.proc = subprocess.Popen(
            [str(LITELLM_PY), "-m", "_bench.litellm_worker", base_url, key],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            env=child_env(),
            cwd=SCRIPTS,
        )
        ready = self._read()
        if ready != {"ready": True}:
            raise RuntimeError(f"litellm worker failed to start: {ready!r}")

    def _read(self) -> Any:
        assert self.proc.stdout is not None
        line = self.proc.stdout.readline()
        if not line:
            raise RuntimeError("litellm worker exited")
        return json.loads(line)

    def __call__(self, n: int) -> list[float]:
        assert self.proc.stdin is not None
        self.proc.stdin.write(f"{n}\n")
        self.proc.stdin.flush()
        times: list[float] = self._read()
        return times

    def close(self) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.close()
        self.proc.wait(timeout=10)


def interleave(contenders: dict[str, Batch], rounds: int, batch: int, warmup: int = 20) -> dict[str, float]:
    """Median seconds per call of each contender, run A B C A B C ... with a rotating start."""
    for run in contenders.values():
        run(warmup)
    samples: dict[str, list[float]] = {name: [] for name in contenders}
    names = list(contenders)
    for r in range(rounds):
        for name in names[r % len(names) :] + names[: r % len(names)]:
            samples[name].extend(contenders[name](batch))
    return {name: median(values) for name, values in samples.items()}


def canned(base_url: str, rounds: int, batch: int, with_litellm: bool) -> Section:
    import openai
    from litellm_proxy_client import AuthenticatedClient
    from litellm_proxy_client.api.key_management import list_keys_key_list_get

    from litellm_sdk import LiteLLMClient

    raw = httpx.Client(base_url=base_url, headers={"Authorization": f"Bearer {CANNED_KEY}"})
    sdk = LiteLLMClient(base_url, CANNED_KEY, max_retries=0)
    api = AuthenticatedClient(base_url=base_url, token=CANNED_KEY)
    oai = openai.OpenAI(base_url=base_url + "/v1", api_key=CANNED_KEY, max_retries=0)
    # Warm the SDK's capability cache (first request_key: 2 round trips; from then on 1).
    sdk.request_key(user_id=BENCH_USER, models=CANNED_MODELS)

    def raw_get(path: str, params: dict[str, Any] | None = None) -> Any:
        response = raw.get(path, params=params)
        response.raise_for_status()
        return response.json()

    def raw_generate() -> Any:
        response = raw.post("/key/generate", json={"user_id": BENCH_USER, "models": CANNED_MODELS})
        response.raise_for_status()
        return response.json()

    def gen_list() -> Any:
        result = list_keys_key_list_get.sync(client=api, page=1, size=10, return_full_object=True)
        if type(result).__name__ != "KeyListResponseObject":
            raise RuntimeError(f"unexpected /key/list answer: {result!r}")
        return result

    contenders: dict[str, Batch] = {
        "raw httpx GET /key/list": timed(lambda: raw_get("/key/list", LIST_PARAMS)),
        "litellm_sdk list_keys (1 page)": timed(lambda: list(sdk.list_keys(page_size=10))),
        "generated list_keys_key_list_get.sync": timed(gen_list),
        "raw httpx GET /key/info": timed(lambda: raw_get("/key/info", {"key": CANNED_KEY})),
        "litellm_sdk describe_key (warm cache)": timed(lambda: sdk.describe_key(CANNED_KEY)),
        "raw httpx POST /key/generate": timed(raw_generate),
        "litellm_sdk request_key (warm cache)": timed(
            lambda: sdk.request_key(user_id=BENCH_USER, models=CANNED_MODELS)
        ),
        "raw httpx GET /v1/models": timed(lambda: raw_get("/v1/models")),
        "openai models.list()": timed(lambda: oai.models.list().data),
    }
    worker = LiteLLMWorker(base_url, CANNED_KEY) if with_litellm else None
    if worker is not None:
        contenders["litellm.proxy.client keys.list()"] = worker
    try:
        result = interleave(contenders, rounds, batch)
    finally:
        if worker is not None:
            worker.close()
        raw.close()
        sdk.close()
        oai.close()

    section = Section(
        "1. Per-call overhead, canned local server",
        f"One management request per call against a canned asyncio HTTP/1.1 server in its own process "
        f"(scripts/_bench/server.py, LiteLLM-shaped bodies recorded from the real proxy). {rounds} rounds x "
        f"{batch} calls per contender, interleaved; median per call. Each contender's ratio is to raw httpx "
        "making the same request (keep-alive `httpx.Client`, `.json()` on the body). Overhead = median minus "
        "the raw httpx median.",
        header=("Contender", "Median per call", "Ratio", "Overhead vs raw httpx"),
    )
    pairs = [
        ("raw httpx GET /key/list", "litellm_sdk list_keys (1 page)", True),
        ("raw httpx GET /key/list", "generated list_keys_key_list_get.sync", False),
        ("raw httpx GET /key/list", "litellm.proxy.client keys.list()", False),
        ("raw httpx GET /key/info", "litellm_sdk describe_key (warm cache)", True),
        ("raw httpx POST /key/generate", "litellm_sdk request_key (warm cache)", True),
        ("raw httpx GET /v1/models", "openai models.list()", False),
    ]
    seen: set[str] = set()
    for base, name, is_ours in pairs:
        if name not in result:
            continue
        if base not in seen:
            seen.add(base)
            section.rows.append(Row(f"{base} (baseline)", us(result[base]), "1.00x", ""))
        value = result[name]
        verdict = ""
        if is_ours:
            ok = value / result[base] <= GOAL
            verdict = " " + goal(ok, f"<= {GOAL:.2f}x")
            section.verdicts.append(f"{name}: {value / result[base]:.2f}x raw httpx, {goal(ok, f'<= {GOAL:.2f}x')}")
        section.rows.append(
            Row(f"{name}", us(value), ratio(value, result[base]) + verdict, signed_us(value - result[base]))
        )
    return section


def real(base_url: str, master_key: str, rounds: int, batch: int) -> Section:
    from litellm_proxy_client import AuthenticatedClient
    from litellm_proxy_client.api.key_management import list_keys_key_list_get

    from litellm_sdk import LiteLLMClient

    params = {**LIST_PARAMS, "user_id": BENCH_USER}
    raw = httpx.Client(base_url=base_url, headers={"Authorization": f"Bearer {master_key}"})
    sdk = LiteLLMClient(base_url, master_key, max_retries=0)
    api = AuthenticatedClient(base_url=base_url, token=master_key)

    def raw_list() -> Any:
        response = raw.get("/key/list", params=params)
        response.raise_for_status()
        return response.json()

    def gen_list() -> Any:
        return list_keys_key_list_get.sync(client=api, page=1, size=10, return_full_object=True, user_id=BENCH_USER)

    contenders: dict[str, Batch] = {
        "raw httpx GET /key/list": timed(raw_list),
        "litellm_sdk list_keys (1 page)": timed(lambda: list(sdk.list_keys(user_id=BENCH_USER, page_size=10))),
        "generated list_keys_key_list_get.sync": timed(gen_list),
    }
    try:
        result = interleave(contenders, rounds, batch, warmup=3)
    finally:
        raw.close()
        sdk.close()
    base = result["raw httpx GET /key/list"]
    section = Section(
        "1b. Per-call overhead, real LiteLLM proxy (context)",
        f"The same GET /key/list (user_id={BENCH_USER}) against the real local proxy + PostgreSQL, "
        f"{rounds} rounds x {batch} calls, interleaved. Here the proxy's own time dominates; ratios to raw httpx.",
        header=("Contender", "Median per call", "Ratio", "Overhead vs raw httpx"),
    )
    for name, value in result.items():
        section.rows.append(
            Row(name + (" (baseline)" if value is base else ""), us(value), ratio(value, base), signed_us(value - base))
        )
    return section


def canned_handler() -> Callable[[httpx.Request], httpx.Response]:
    """An ``httpx.MockTransport`` handler answering with the canned server's bodies, in process."""
    from _bench.server import load_routes

    answers = {}
    for (method, path), wire in load_routes().items():
        _head, _, body = wire.partition(b"\r\n\r\n")
        answers[method.decode(), path.decode()] = body

    def handler(request: httpx.Request) -> httpx.Response:
        body = answers.get((request.method, request.url.path))
        if body is None:  # e.g. the release check's /health/readiness/details: not part of what is measured
            return httpx.Response(404, json={"detail": "Not Found"})
        return httpx.Response(200, content=body, headers={"content-type": "application/json"})

    return handler


def in_memory(rounds: int, batch: int) -> Section:
    """The client-side work alone: the same calls answered by ``httpx.MockTransport`` from canned bytes (no
    socket, no server), so the ratio is pure client cost, litellm_sdk vs raw httpx."""
    from litellm_sdk import LiteLLMClient

    handler = canned_handler()
    base_url = "http://canned.invalid"
    raw = httpx.Client(
        base_url=base_url, headers={"Authorization": f"Bearer {CANNED_KEY}"}, transport=httpx.MockTransport(handler)
    )
    sdk_http = httpx.Client(transport=httpx.MockTransport(handler))
    sdk = LiteLLMClient(base_url, CANNED_KEY, max_retries=0, http_client=sdk_http)
    sdk.request_key(user_id=BENCH_USER, models=CANNED_MODELS)

    def raw_call(method: str, path: str, **kwargs: Any) -> Any:
        response = raw.request(method, path, **kwargs)
        response.raise_for_status()
        return response.json()

    contenders: dict[str, Batch] = {
        "raw httpx GET /key/list": timed(lambda: raw_call("GET", "/key/list", params=LIST_PARAMS)),
        "litellm_sdk list_keys (1 page)": timed(lambda: list(sdk.list_keys(page_size=10))),
        "raw httpx GET /key/info": timed(lambda: raw_call("GET", "/key/info", params={"key": CANNED_KEY})),
        "litellm_sdk describe_key (warm cache)": timed(lambda: sdk.describe_key(CANNED_KEY)),
        "raw httpx POST /key/generate": timed(
            lambda: raw_call("POST", "/key/generate", json={"user_id": BENCH_USER, "models": CANNED_MODELS})
        ),
        "litellm_sdk request_key (warm cache)": timed(
            lambda: sdk.request_key(user_id=BENCH_USER, models=CANNED_MODELS)
        ),
    }
    try:
        result = interleave(contenders, rounds, batch)
    finally:
        raw.close()
        sdk_http.close()
    section = Section(
        "1c. Client-side work only (no socket)",
        "The same calls answered in-process by `httpx.MockTransport` with the canned bodies: no network and no "
        f"server, so this is the pure client cost. {rounds} rounds x {batch}, interleaved; ratio to raw httpx "
        "on the same transport. Context for row 1 (no goal here).",
        header=("Contender", "Median per call", "Ratio", "Overhead vs raw httpx"),
    )
    names = list(contenders)
    for i in range(0, len(names), 2):
        base, name = names[i], names[i + 1]
        section.rows.append(Row(f"{base} (baseline)", us(result[base]), "1.00x", ""))
        section.rows.append(
            Row(name, us(result[name]), ratio(result[name], result[base]), signed_us(result[name] - result[base]))
        )
    return section
