"""Rows 2 and 4, against the real local LiteLLM proxy: request_key round trips and latency (cold and warm
capability cache) vs the seed's flow, and async throughput at N concurrent calls vs sequential.

Every key made here belongs to user_id=litellm-sdk-bench and is deleted (POST /key/delete) at the end.
"""

from __future__ import annotations

import asyncio
import time
from typing import Any

import httpx

from _bench.common import BENCH_USER, MODELS, Row, Section, goal, median, ms, ratio
from litellm_sdk._constants import ASYNC_POOL_LIMITS

SMALL_POOL = 16


#: The budget reads a login makes beside its own requests (docs/budgets.md): not round trips of the login.
BESIDE = ("/team/info", "/v2/user/info", "/user/info", "/organization/info")


class Counter:
    """An httpx event hook counting requests (round trips); the budget reads made beside them apart."""

    def __init__(self) -> None:
        self.count = 0
        self.beside = 0

    def __call__(self, request: httpx.Request) -> None:
        if request.url.path in BESIDE:
            self.beside += 1
        else:
            self.count += 1


def seed_flow(client: httpx.Client, models: list[str]) -> dict[str, Any]:
    """The seed's request_key, as raw httpx: POST /key/generate, then one GET /model/info?model=<name> per
    model (that parameter does not exist: each call returns the whole model table, filtered client-side)."""
    response = client.post("/key/generate", json={"user_id": BENCH_USER, "models": models})
    response.raise_for_status()
    record = response.json()
    found = []
    for name in record.get("models") or models:
        info = client.get("/model/info", params={"model": name})
        info.raise_for_status()
        found += [m for m in info.json()["data"] if m.get("model_name") == name]
    return {"key": record["key"], "models": found}


def round_trips(base_url: str, master_key: str, rounds: int) -> tuple[Section, list[str]]:
    from litellm_sdk import InMemoryCache, LiteLLMClient

    made: list[str] = []
    seed_count, sdk_count = Counter(), Counter()
    seed_http = httpx.Client(
        base_url=base_url, headers={"Authorization": f"Bearer {master_key}"}, event_hooks={"request": [seed_count]}
    )
    cache = InMemoryCache()
    sdk_http = httpx.Client(event_hooks={"request": [sdk_count]})
    sdk = LiteLLMClient(base_url, master_key, cache=cache, http_client=sdk_http, max_retries=0)

    def run_seed() -> tuple[float, int]:
        seed_count.count = 0
        start = time.perf_counter()
        made.append(seed_flow(seed_http, MODELS)["key"])
        return time.perf_counter() - start, seed_count.count

    def run_sdk(warm: bool) -> tuple[float, int]:
        if not warm:
            cache.clear()
        sdk_count.count = 0
        start = time.perf_counter()
        info = sdk.request_key(user_id=BENCH_USER, models=MODELS)
        elapsed = time.perf_counter() - start
        made.append(info.key)
        assert sorted(m.id for m in info.models) == sorted(MODELS), info.models
        return elapsed, sdk_count.count

    # Warm-up (connections open on both clients), then interleave seed / cold / warm.
    run_seed()
    run_sdk(False)
    samples: dict[str, list[tuple[float, int]]] = {"seed": [], "cold": [], "warm": []}
    try:
        for _ in range(rounds):
            samples["seed"].append(run_seed())
            samples["cold"].append(run_sdk(False))
            samples["warm"].append(run_sdk(True))
    finally:
        seed_http.close()
        sdk.close()
        sdk_http.close()

    def stats(name: str) -> tuple[float, int, int]:
        trips = [t for _, t in samples[name]]
        return median([s for s, _ in samples[name]]), min(trips), max(trips)

    seed, cold, warm = stats("seed"), stats("cold"), stats("warm")
    section = Section(
        "2. request_key end to end, real proxy",
        f"models={MODELS} (explicit list), real LiteLLM proxy on loopback with PostgreSQL. "
        f"{rounds} rounds of seed / SDK cold / SDK warm, interleaved; round trips counted with an httpx request "
        "event hook. Cold = capability cache cleared before the call; warm = the same client's cache from the "
        "previous call. The seed flow (generate + one `GET /model/info?model=` per model, as raw httpx on a "
        "keep-alive client) is the baseline for the latency ratio.",
        header=("Flow", "Median latency", "Latency ratio vs seed", "Round trips"),
    )
    section.rows.append(Row("seed flow (baseline)", ms(seed[0]), "1.00x", _trips(seed)))
    section.rows.append(Row("litellm_sdk request_key, cold cache", ms(cold[0]), ratio(cold[0], seed[0]), _trips(cold)))
    section.rows.append(Row("litellm_sdk request_key, warm cache", ms(warm[0]), ratio(warm[0], seed[0]), _trips(warm)))
    ok_cold = cold[1] == cold[2] == 2
    ok_warm = warm[1] == warm[2] == 1
    section.verdicts.append(f"round trips cold: {_trips(cold)}, {goal(ok_cold, '2 round trips cold')}")
    section.verdicts.append(f"round trips warm: {_trips(warm)}, {goal(ok_warm, '1 round trip warm')}")
    return section, made


def budget_scopes(base_url: str, master_key: str, rounds: int) -> tuple[Section, list[str]]:
    """Row 2b: a login's latency with the budget scopes read beside it (``request_key``) and without them (the same
    operation with ``budgets=False``), same client, interleaved, for a personal key whose user has a budget and a team
    key with a member budget; cold (every cache cleared) and with the models cached but the scopes not (a user logging
    in for the first time within ``SCOPE_TTL``). The user and the team are made for the run and deleted after it, and
    each key right after its login (untimed), so neither piles up keys."""
    from litellm_sdk import InMemoryCache, LiteLLMClient
    from litellm_sdk._manage import keys
    from litellm_sdk._manage.fields import build_body

    made: list[str] = []
    admin = httpx.Client(base_url=base_url, headers={"Authorization": f"Bearer {master_key}"}, timeout=30)
    user = f"{BENCH_USER}-budget"
    admin.post("/user/new", json={"user_id": user, "max_budget": 1000}).raise_for_status()
    team = admin.post("/team/new", json={"team_alias": f"{BENCH_USER}-team", "max_budget": 1000}).json()["team_id"]
    member = {"role": "user", "user_id": user}
    admin.post("/team/member_add", json={"team_id": team, "member": member, "max_budget_in_team": 100})
    cache = InMemoryCache()
    counter = Counter()
    sdk = LiteLLMClient(
        base_url, master_key, cache=cache, max_retries=0, http_client=httpx.Client(event_hooks={"request": [counter]})
    )
    flows = {
        "personal key": {"user_id": user, "models": MODELS},
        "team key": {"team_id": team, "user_id": user, "models": MODELS},
    }

    def login(fields: dict[str, Any], scopes: bool, mode: str) -> tuple[float, int, int]:
        if mode == "models cached":
            for kind, ident in (("user", user), ("team", team)):
                cache.delete(sdk._ctx.cache_key(f"budget_{kind}", ident))
        elif mode == "cold":
            cache.clear()
        counter.count = counter.beside = 0
        op = keys.request_key(sdk._ctx, build_body(fields), budgets=scopes)
        start = time.perf_counter()
        info = sdk._run(op)
        elapsed = time.perf_counter() - start
        # deleted at once (not timed): a user or team whose keys pile up makes LiteLLM's reads of them slower
        admin.post("/key/delete", json={"keys": [info.key]}).raise_for_status()
        best = info.effective_budget
        if scopes and (best is None or best.scope not in ("user", "team_member")):
            raise RuntimeError(f"the login did not see the budget made for it: {info.budgets}")
        return elapsed, counter.count, counter.beside

    samples: dict[tuple[str, str, bool], list[tuple[float, int, int]]] = {}
    try:
        samples = _interleaved(lambda flow, mode, scopes: login(flows[flow], scopes, mode), list(flows), rounds)
    finally:
        sdk.close()
        admin.post("/team/delete", json={"team_ids": [team]})
        admin.post("/user/delete", json={"user_ids": [user]})
        admin.close()
    section = Section(
        "2b. A login with and without the budget scopes, real proxy",
        f"`request_key` reading the budgets of the key's team, membership and user beside making the key "
        f"(docs/budgets.md) against the same operation without them (`budgets=False`), one client, {rounds} rounds, "
        "the two interleaved (alternating which goes first); a personal key whose user has a budget "
        "(`/v2/user/info`) and a team key with a member budget (`/team/info`). Cold: every cache cleared before the "
        "call; models cached: the capability cache warm, the budget entries cleared (a first login of this user or "
        "team within SCOPE_TTL); all cached: both warm (another login of the team or user within SCOPE_TTL). Ratio: "
        "with / without, same run. Round trips: the login's own requests, then + the reads made beside them. The "
        "proxy here is one worker on 2 shared CPUs: requests sent at once still wait for its one CPU (row 2c: a "
        "proxy with time to spare).",
        header=("Login", "Median latency", "Ratio with / without", "Round trips"),
    )
    _rows(section, samples, list(flows))
    return section, made


MODES = ("cold", "models cached", "all cached")


def _interleaved(
    login: Any, flows: list[str], rounds: int
) -> dict[tuple[str, str, bool], list[tuple[float, int, int]]]:
    """``login(flow, mode, scopes)`` for every flow and mode, with and without scopes alternating which goes first;
    one untimed login first for each (connections open, the proxy's caches filled)."""
    samples: dict[tuple[str, str, bool], list[tuple[float, int, int]]] = {}
    for flow in flows:
        for mode in MODES:
            login(flow, mode, True)
    for r in range(rounds):
        for flow in flows:
            for mode in MODES:
                for scopes in (False, True) if r % 2 else (True, False):
                    if mode == "all cached" and scopes:
                        login(flow, "models cached", True)  # untimed: fills what the other variant may not have
                    samples.setdefault((flow, mode, scopes), []).append(login(flow, mode, scopes))
    return samples


def _rows(
    section: Section, samples: dict[tuple[str, str, bool], list[tuple[float, int, int]]], flows: list[str]
) -> None:
    for flow in flows:
        for mode in MODES:
            _pair(section, f"{flow}, {mode}", samples[(flow, mode, False)], samples[(flow, mode, True)])


def _pair(
    section: Section, label: str, without: list[tuple[float, int, int]], with_: list[tuple[float, int, int]]
) -> None:
    base, ours = median([t for t, _, _ in without]), median([t for t, _, _ in with_])
    own = _trips(_span([t for _, t, _ in without]))
    trips = f"{_trips(_span([t for _, t, _ in with_]))} + {_trips(_span([b for _, _, b in with_]))} beside"
    section.rows.append(Row(f"{label}, without scopes (baseline)", ms(base), "1.00x", own))
    section.rows.append(Row(f"{label}, with scopes", ms(ours), ratio(ours, base), trips))
    section.verdicts.append(f"login with budget scopes, {label}: {ratio(ours, base)} the login without them")


def budget_scopes_latency(rounds: int, latency_ms: float) -> Section:
    """Row 2c: row 2b's logins against a proxy with time to spare: every request answered after ``latency_ms`` (a
    sleep, no CPU; the canned bodies, plus a user row and a team with a member budget), both clients. Here a read
    made beside the key's requests costs no time unless it is the longest of them."""
    import json
    import threading

    from _bench.overhead import CANNED_KEY, canned_handler
    from litellm_sdk import AsyncLiteLLMClient, InMemoryCache, LiteLLMClient
    from litellm_sdk._manage import keys
    from litellm_sdk._manage.fields import build_body

    canned = canned_handler()
    pause = latency_ms / 1000
    user, team = f"{BENCH_USER}-budget", "bench-team"
    user_row = {"user_id": user, "max_budget": 100.0, "spend": 1.0}
    team_info = {
        "team_id": team,
        "team_info": {"team_id": team, "max_budget": 1000.0, "spend": 1.0},
        "team_memberships": [
            {"user_id": user, "team_id": team, "spend": 0.5, "litellm_budget_table": {"max_budget": 10}}
        ],
    }
    counter = Counter()

    def answer(request: httpx.Request) -> httpx.Response:
        counter(request)
        path = request.url.path
        if path == "/v2/user/info":
            return httpx.Response(200, json=user_row)
        if path == "/team/info":
            return httpx.Response(200, json=team_info)
        response = canned(request)
        if path == "/key/generate":  # the owners the request names, as LiteLLM echoes them
            body = json.loads(request.content)
            record = {**json.loads(response.content), "team_id": body.get("team_id"), "user_id": body.get("user_id")}
            return httpx.Response(200, json=record)
        return response

    def slow(request: httpx.Request) -> httpx.Response:
        threading.Event().wait(pause)  # a blocking client's threads wait apart
        return answer(request)

    async def aslow(request: httpx.Request) -> httpx.Response:
        await asyncio.sleep(pause)
        return answer(request)

    base = "http://latency.invalid"
    flows = {
        "personal key": {"user_id": user, "models": MODELS},
        "team key": {"team_id": team, "user_id": user, "models": MODELS},
    }
    cache = InMemoryCache()
    blocking = LiteLLMClient(
        base, CANNED_KEY, cache=cache, http_client=httpx.Client(transport=httpx.MockTransport(slow))
    )
    loop = asyncio.new_event_loop()
    awaiting = AsyncLiteLLMClient(
        base, CANNED_KEY, cache=cache, http_client=httpx.AsyncClient(transport=httpx.MockTransport(aslow))
    )

    def login(client: Any, fields: dict[str, Any], scopes: bool, mode: str) -> tuple[float, int, int]:
        if mode == "models cached":
            for kind, ident in (("user", user), ("team", team)):
                cache.delete(client._ctx.cache_key(f"budget_{kind}", ident))
        elif mode == "cold":
            cache.clear()
        counter.count = counter.beside = 0
        op = keys.request_key(client._ctx, build_body(fields), budgets=scopes)
        start = time.perf_counter()
        if client is awaiting:
            loop.run_until_complete(client._run(op))
        else:
            client._run(op)
        return time.perf_counter() - start, counter.count, counter.beside

    section = Section(
        "2c. A login with and without the budget scopes, a proxy with time to spare",
        f"Row 2b's logins, each request answered after {latency_ms:g} ms and no CPU (`httpx.MockTransport` over the "
        f"canned bodies, plus a user row and a team with a member budget), {rounds} rounds, interleaved as in 2b, "
        "on both clients. Ratio: with / without, same run.",
        header=("Login", "Median latency", "Ratio with / without", "Round trips"),
    )
    try:
        for name, client in (("LiteLLMClient", blocking), ("AsyncLiteLLMClient", awaiting)):
            samples = _interleaved(lambda f, m, sc, c=client: login(c, flows[f], sc, m), list(flows), rounds)
            for flow in flows:
                for mode in MODES:
                    label = f"{name}, {flow}, {mode}"
                    _pair(section, label, samples[(flow, mode, False)], samples[(flow, mode, True)])
    finally:
        blocking.close()
        loop.run_until_complete(awaiting.close())
        loop.close()
    return section


def _span(values: list[int]) -> tuple[float, int, int]:
    return 0.0, min(values), max(values)


def _trips(stat: tuple[float, int, int]) -> str:
    return str(stat[1]) if stat[1] == stat[2] else f"{stat[1]}-{stat[2]}"


async def _measure(
    base_url: str, master_key: str, sizes: list[int], sequential: int, reps: int, made: list[str]
) -> dict[str, dict[str, float]]:
    """Median keys/s of litellm_sdk and of raw httpx (POST /key/generate alone), each run sequentially and as N
    concurrent calls; the two clients and every level interleaved within each repetition."""
    from litellm_sdk import AsyncLiteLLMClient

    headers = {"Authorization": f"Bearer {master_key}"}
    limits = ASYNC_POOL_LIMITS  # the SDK's default pool, so raw httpx gets the same
    small = httpx.AsyncClient(timeout=60, limits=httpx.Limits(max_connections=SMALL_POOL))
    async with (
        AsyncLiteLLMClient(base_url, master_key, max_retries=0) as sdk,
        AsyncLiteLLMClient(base_url, master_key, max_retries=0, http_client=small) as sdk_small,
        httpx.AsyncClient(base_url=base_url, headers=headers, limits=limits, timeout=60) as raw,
        small,
    ):

        async def sdk_one() -> None:
            info = await sdk.request_key(user_id=BENCH_USER, models=MODELS)
            made.append(info.key)

        async def raw_one() -> None:
            response = await raw.post("/key/generate", json={"user_id": BENCH_USER, "models": MODELS})
            response.raise_for_status()
            made.append(response.json()["key"])

        async def small_one() -> None:
            info = await sdk_small.request_key(user_id=BENCH_USER, models=MODELS)
            made.append(info.key)

        ones = {"sdk": sdk_one, "raw": raw_one, "small": small_one}
        for one in ones.values():
            await one()  # capability cache filled: steady state is 1 round trip per key
            await asyncio.gather(*(one() for _ in range(min(max(sizes), 100))))  # pool connections open
        rates: dict[str, dict[str, list[float]]] = {
            name: {"sequential": [], **{f"N={n}": [] for n in sizes}} for name in ones
        }
        failed: dict[str, int] = dict.fromkeys(ones, 0)
        for rep in range(reps):
            for name in list(ones)[rep % 3 :] + list(ones)[: rep % 3]:
                one = ones[name]
                start = time.perf_counter()
                for _ in range(sequential):
                    await one()
                rates[name]["sequential"].append(sequential / (time.perf_counter() - start))
                for n in sizes:
                    start = time.perf_counter()
                    results = await asyncio.gather(*(one() for _ in range(n)), return_exceptions=True)
                    errors = sum(isinstance(r, BaseException) for r in results)
                    failed[name] += errors
                    rates[name][f"N={n}"].append((n - errors) / (time.perf_counter() - start))
    out = {name: {k: median(v) for k, v in levels.items()} for name, levels in rates.items()}
    for name, count in failed.items():
        out[name]["failed"] = count
    return out


def throughput(
    base_url: str,
    master_key: str,
    sizes: list[int],
    sequential: int,
    reps: int,
    latency_url: str,
    latency_ms: float,
    latency_reps: int,
) -> tuple[Section, list[str]]:
    made: list[str] = []
    real = asyncio.run(_measure(base_url, master_key, sizes, sequential, reps, made))
    lat = asyncio.run(_measure(latency_url, "sk-bench", sizes, sequential, latency_reps, []))
    section = Section(
        "4. Async throughput",
        f"`AsyncLiteLLMClient.request_key(models={MODELS})` on one client (default pool: "
        f"{ASYNC_POOL_LIMITS.max_connections} connections, "
        f"opened before timing), capability cache warm (1 round trip per key). Sequential = {sequential} calls "
        f"awaited one after another; N = asyncio.gather of N calls. Median keys/s of {reps} repetitions on the "
        f"real proxy (each makes real keys), {latency_reps} on the canned server. Control: "
        "raw `httpx.AsyncClient` (same pool size) sending only POST /key/generate, interleaved with the SDK in "
        "every repetition; and the SDK given `http_client=httpx.AsyncClient(limits=httpx.Limits(max_connections="
        f"{SMALL_POOL}))` (a user-side setting). Ratio: keys/s vs the same client's sequential rate on the same "
        "server. Two servers: "
        f"the real proxy, and the canned server answering after {latency_ms:.0f} ms (about the real proxy's "
        "per-key latency, but no server CPU: what the client side can do when the server scales).",
        header=(
            "Server, concurrency",
            f"Keys/s: SDK; raw httpx; SDK pool {SMALL_POOL}",
            f"Ratio vs sequential: SDK; raw httpx; SDK pool {SMALL_POOL}",
            "Note",
        ),
    )
    for label, rates in (("real proxy", real), (f"{latency_ms:.0f} ms canned server", lat)):
        sdk, raw, small = rates["sdk"], rates["raw"], rates["small"]
        for level in ["sequential", *(f"N={n}" for n in sizes)]:
            note = f"SDK/raw at this level: {ratio(sdk[level], raw[level])}"
            if level == "sequential":
                note += " (baseline of the ratios)"
                lost = [f"{who} {int(r['failed'])}" for who, r in rates.items() if r["failed"]]
                if lost:
                    note += "; calls that failed (not counted as keys): " + ", ".join(lost)
            if level == "N=50":
                ok = sdk[level] / sdk["sequential"] >= 5
                raw_ok = raw[level] / raw["sequential"] >= 5
                note += (
                    "; "
                    + goal(ok, ">= 5x sequential at N=50")
                    + f" (raw httpx: {'reaches' if raw_ok else 'misses'} it)"
                )
                section.verdicts.append(
                    f"{label} N=50: SDK {ratio(sdk[level], sdk['sequential'])} sequential "
                    f"(raw httpx {ratio(raw[level], raw['sequential'])}), {goal(ok, '>= 5x at N=50')}"
                )
            section.rows.append(
                Row(
                    f"{label}, {level if level == 'sequential' else level + ' concurrent'}",
                    f"{sdk[level]:.1f}; {raw[level]:.1f}; {small[level]:.1f}",
                    f"{ratio(sdk[level], sdk['sequential'])}; {ratio(raw[level], raw['sequential'])}; "
                    f"{ratio(small[level], small['sequential'])}",
                    note,
                )
            )
    return section, made


def delete_keys(base_url: str, master_key: str, keys: list[str]) -> int:
    """Delete the keys this run made (POST /key/delete in chunks), then any other key of the bench user left
    by a call that failed midway (GET /key/list by user_id); returns how many the proxy deleted."""
    deleted = 0
    with httpx.Client(base_url=base_url, headers={"Authorization": f"Bearer {master_key}"}, timeout=120) as http:

        def delete(batch: list[str]) -> None:
            nonlocal deleted
            response = http.post("/key/delete", json={"keys": batch})
            response.raise_for_status()
            deleted += len(response.json().get("deleted_keys") or [])

        for i in range(0, len(keys), 100):
            delete(keys[i : i + 100])
        for _ in range(100):
            listed = http.get("/key/list", params={"user_id": BENCH_USER, "size": 100, "page": 1})
            listed.raise_for_status()
            left = [k for k in listed.json().get("keys") or [] if isinstance(k, str)]
            if not left:
                break
            delete(left)
    return deleted
