"""Every call stays inside its time budget (the formula in ``_engine.deadline``'s docstring), on an injected
clock: the derived deadline, each timeout clipped to what is left, a backoff that would pass the deadline refused
(the last error raised instead), the bound of a wait on a shared flight, and APITimeoutError once the deadline is
spent, with no key left behind."""

from __future__ import annotations

import asyncio
import time
import types

import httpx
import pytest

from litellm_sdk import APITimeoutError, ConfigurationError, LiteLLMClient, ServerError
from litellm_sdk._constants import BACKOFF_INITIAL, BACKOFF_MAX
from litellm_sdk._engine import deadline as D
from litellm_sdk._engine.deadline import Budget, CallSettings, attempt_bound, check_deadline, derived_deadline
from litellm_sdk._engine.steps import Request

from .._concurrent import BASE, async_client
from .._fake_proxy import FakeProxy

REQ = Request("GET", "/key/info")


class Clock:
    """``time.monotonic`` as a test sets it."""

    def __init__(self, now: float = 1000.0) -> None:
        self.now = now

    def monotonic(self) -> float:
        return self.now


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> Clock:
    c = Clock()
    monkeypatch.setattr(D, "time", types.SimpleNamespace(monotonic=c.monotonic))
    return c


def settings(deadline: float | None, timeout: httpx.Timeout | None = None) -> CallSettings:
    return CallSettings(timeout or httpx.Timeout(4.0, connect=1.0), deadline)


# --- attempt_bound / derived_deadline -----------------------------------------------------------------------------


def test_one_attempt_may_wait_as_long_as_its_longest_timeout_part() -> None:
    # each part in turn is the longest, so no part is left out of the max
    assert attempt_bound(httpx.Timeout(connect=7.0, read=1.0, write=2.0, pool=3.0)) == 7.0
    assert attempt_bound(httpx.Timeout(connect=1.0, read=7.0, write=2.0, pool=3.0)) == 7.0
    assert attempt_bound(httpx.Timeout(connect=1.0, read=2.0, write=7.0, pool=3.0)) == 7.0
    assert attempt_bound(httpx.Timeout(connect=1.0, read=2.0, write=3.0, pool=7.0)) == 7.0
    assert isinstance(attempt_bound(httpx.Timeout(5)), float)


@pytest.mark.parametrize("unbounded", ["connect", "read", "write", "pool"])
def test_any_unbounded_part_makes_the_attempt_unbounded(unbounded: str) -> None:
    parts: dict[str, float | None] = {"connect": 1.0, "read": 2.0, "write": 3.0, "pool": 4.0}
    parts[unbounded] = None
    assert attempt_bound(httpx.Timeout(**parts)) is None  # type: ignore[arg-type]
    assert derived_deadline(httpx.Timeout(**parts), 2) is None  # type: ignore[arg-type]


def test_the_derived_deadline_is_attempts_times_the_attempt_plus_the_backoffs() -> None:
    t = httpx.Timeout(10.0, connect=3.0)  # an attempt: 10 s
    assert derived_deadline(t, 0) == 10.0  # one attempt, no backoff
    assert derived_deadline(t, 1) == 2 * 10.0 + BACKOFF_INITIAL
    assert derived_deadline(t, 2) == 3 * 10.0 + BACKOFF_INITIAL + 2 * BACKOFF_INITIAL
    # the backoff doubles from BACKOFF_INITIAL (0.5) and is capped at BACKOFF_MAX (8): 0.5 1 2 4 8 8
    expected = 7 * 10.0 + sum(min(BACKOFF_MAX, BACKOFF_INITIAL * 2**n) for n in range(6))
    assert derived_deadline(t, 6) == expected == 70.0 + 0.5 + 1 + 2 + 4 + 8 + 8


def test_call_settings_keep_a_given_deadline_else_derive_one() -> None:
    t = httpx.Timeout(10.0)
    assert CallSettings.make(t, 2, 3.5).deadline == 3.5
    assert CallSettings.make(t, 2, None).deadline == derived_deadline(t, 2) == 31.5
    assert CallSettings.make(httpx.Timeout(None), 2, None).deadline is None
    assert CallSettings.make(t, 0, None).attempt == 10.0


# --- check_deadline ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("value", [0, 0.0, -1, -0.5, True, False, "5", float("nan")])
def test_a_deadline_must_be_a_positive_number(value: object) -> None:
    with pytest.raises(ConfigurationError) as info:
        check_deadline(value)
    assert info.value.param == "deadline"
    assert info.value.message == f"deadline must be a positive number of seconds, got {value!r}"


def test_a_positive_deadline_is_read_as_float_seconds() -> None:
    assert check_deadline(None) is None
    value = check_deadline(3)
    assert value == 3.0 and isinstance(value, float)
    assert check_deadline(0.25) == 0.25
    assert check_deadline(1) == 1.0  # exactly 1 is positive too


# --- Budget ----------------------------------------------------------------------------------------------------


def test_the_budget_ends_its_deadline_after_it_starts(clock: Clock) -> None:
    b = Budget(settings(10.0))
    assert b.remaining() == 10.0
    clock.now += 4.0
    assert b.remaining() == 6.0
    clock.now += 7.0
    assert b.remaining() == -1.0
    assert Budget(settings(None)).remaining() is None


def test_fits_is_strictly_less_than_what_is_left(clock: Clock) -> None:
    b = Budget(settings(10.0))
    clock.now += 4.0  # 6 s left
    assert b.fits(5.9)
    assert not b.fits(6.0)  # a backoff that would end exactly at the deadline leaves no time for the retry
    assert not b.fits(7.0)
    assert Budget(settings(None)).fits(1e9)


def test_timeouts_are_unchanged_while_a_whole_attempt_fits(clock: Clock) -> None:
    t = httpx.Timeout(4.0, connect=1.0)  # an attempt: 4 s
    b = Budget(settings(10.0, t))
    assert b.timeout_for(REQ) == t.as_dict()
    clock.now += 6.0  # exactly one attempt left: still unchanged
    assert b.timeout_for(REQ) == t.as_dict()
    assert Budget(settings(None, t)).timeout_for(REQ) == t.as_dict()


def test_each_request_gets_its_own_timeout_dict(clock: Clock) -> None:
    b = Budget(settings(10.0, httpx.Timeout(4.0)))
    first = b.timeout_for(REQ)
    first["read"] = 99.0  # as a user's event hook might
    assert b.timeout_for(REQ) == {"connect": 4.0, "read": 4.0, "write": 4.0, "pool": 4.0}


def test_each_timeout_part_is_clipped_to_what_is_left(clock: Clock) -> None:
    t = httpx.Timeout(connect=1.0, read=4.0, write=3.0, pool=2.5)
    b = Budget(settings(10.0, t))
    clock.now += 7.5  # 2.5 s left, less than an attempt (4 s)
    assert b.timeout_for(REQ) == {"connect": 1.0, "read": 2.5, "write": 2.5, "pool": 2.5}


def test_an_unbounded_part_is_clipped_to_what_is_left(clock: Clock) -> None:
    for name in ("connect", "read", "write", "pool"):
        parts: dict[str, float | None] = {"connect": 0.5, "read": 0.5, "write": 0.5, "pool": 0.5}
        parts[name] = None
        b = Budget(settings(10.0, httpx.Timeout(**parts)))  # type: ignore[arg-type]
        assert b.attempt is None
        clip = b.timeout_for(REQ)
        assert clip[name] == 10.0, name
        assert [clip[other] for other in parts if other != name] == [0.5, 0.5, 0.5]


def test_no_time_left_refuses_to_send(clock: Clock) -> None:
    b = Budget(settings(10.0))
    clock.now += 10.0  # exactly spent
    with pytest.raises(APITimeoutError) as info:
        b.timeout_for(REQ)
    assert info.value.request_sent is False
    assert info.value.message == "GET /key/info: the call's deadline of 10s is spent"
    assert info.value.code == "timeout" and info.value.retryable
    assert info.value.suggested_action == (
        "The proxy is slow; try again shortly, or raise `deadline`/`timeout` for this call."
    )
    clock.now += 5.0
    with pytest.raises(APITimeoutError):
        b.timeout_for(REQ)


def test_no_time_left_refuses_to_send_even_with_zero_timeouts(clock: Clock) -> None:
    b = Budget(settings(10.0, httpx.Timeout(0.0)))  # an attempt of 0 s "fits" in any time left
    clock.now += 10.0
    with pytest.raises(APITimeoutError) as info:
        b.timeout_for(REQ)
    assert info.value.request_sent is False


def test_a_fraction_of_a_second_left_is_still_sent(clock: Clock) -> None:
    b = Budget(settings(10.0))
    clock.now += 9.5
    assert b.timeout_for(REQ)["read"] == 0.5


def test_check_raises_once_the_deadline_is_reached_mid_response(clock: Clock) -> None:
    b = Budget(settings(2.5))
    clock.now += 2.4
    b.check(REQ)  # still within
    clock.now += 0.1  # exactly at the deadline
    with pytest.raises(APITimeoutError) as info:
        b.check(REQ)
    assert info.value.request_sent is True
    assert info.value.message == "GET /key/info: the call's deadline of 2.5s is spent"
    Budget(settings(None)).check(REQ)  # no deadline: never spent


def test_a_waiter_on_a_flight_waits_one_attempt_at_most(clock: Clock) -> None:
    b = Budget(settings(100.0, httpx.Timeout(4.0)))
    assert b.wait_bound() == 4.0  # half of 100 is more than an attempt
    assert Budget(settings(None, httpx.Timeout(4.0))).wait_bound() == 4.0
    assert Budget(settings(None, httpx.Timeout(None))).wait_bound() is None


def test_a_waiter_on_a_flight_waits_half_of_what_is_left_at_most(clock: Clock) -> None:
    b = Budget(settings(6.0, httpx.Timeout(4.0)))
    assert b.wait_bound() == 3.0
    clock.now += 5.0
    assert b.wait_bound() == 0.5
    clock.now += 2.0  # past the deadline: no wait, never a negative one
    assert b.wait_bound() == 0.0
    unbounded = Budget(settings(9.0, httpx.Timeout(None)))
    assert unbounded.wait_bound() == 4.5


# --- whole calls over the in-memory LiteLLM stand-in -------------------------------------------------------------


def test_the_derived_deadline_follows_the_documented_formula() -> None:
    assert derived_deadline(httpx.Timeout(0.5), 0) == 0.5
    assert derived_deadline(httpx.Timeout(30.0, connect=5.0), 2) == 3 * 30.0 + 0.5 + 1.0
    assert derived_deadline(httpx.Timeout(10.0), 5) == 6 * 10.0 + 0.5 + 1 + 2 + 4 + 8
    assert derived_deadline(httpx.Timeout(None), 2) is None
    client = LiteLLMClient(BASE, "sk-master-aaaaaaaaaaaa", timeout=2.0, max_retries=1)
    assert client.deadline == 2 * 2.0 + 0.5
    assert client.with_options(max_retries=0).deadline == 2.0
    assert client.with_options(deadline=1.25).deadline == 1.25
    with pytest.raises(ConfigurationError):
        client.with_options(deadline=0)


def test_a_copy_with_more_retries_retries_that_many_times() -> None:
    proxy = FakeProxy()
    client = LiteLLMClient(BASE, proxy.master_key, http_client=httpx.Client(transport=proxy.transport()), max_retries=0)
    info = client.request_key(user_id="u1")

    def rate_limited(request: httpx.Request) -> httpx.Response:
        body = {"error": {"message": "Rate limit reached", "type": "rate_limit_error", "code": "429"}}
        return httpx.Response(429, json=body, headers={"retry-after": "0"})

    proxy.faults["/key/info"] = [rate_limited, rate_limited]
    assert client.with_options(max_retries=2).describe_key(info.key).key == info.key


async def test_a_slow_proxy_gets_apitimeouterror_at_the_deadline_and_no_key_is_left() -> None:
    proxy = FakeProxy()

    async def handler(request: httpx.Request) -> httpx.Response:
        response = proxy.handle(request)
        if request.url.path == "/key/generate":
            await asyncio.sleep(1.0)
        return response

    client = async_client(proxy, handler, deadline=0.2)
    started = time.monotonic()
    with pytest.raises(APITimeoutError) as caught:
        await client.request_key(user_id="u1")
    assert time.monotonic() - started < 0.9  # the handler holds the answer 1.0 s: the call must not wait for it
    assert caught.value.retryable
    assert proxy.keys == {}


def test_a_backoff_that_would_pass_the_deadline_raises_the_last_error_instead(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # What is asserted is the decision (no wait that ends past the deadline), not the wall clock: a loaded machine
    # may take longer than the deadline to run the call, but the SDK must never choose to sleep past it.
    slept: list[float] = []
    monkeypatch.setattr(time, "sleep", slept.append)
    proxy = FakeProxy()
    proxy.faults["/model_group/info"] = [lambda r: httpx.Response(503, text="down")] * 5
    client = LiteLLMClient(
        BASE, proxy.master_key, http_client=httpx.Client(transport=proxy.transport()), max_retries=5, deadline=0.3
    )
    with pytest.raises(ServerError):
        client.request_key(models=["mock/*"])
    assert sum(slept) < 0.3
    assert proxy.count("/model_group/info") < 5
