"""Which errors are retried, after how long, and when the retries end: RetryPolicy's backoff (doubling from
the initial wait, capped, jitter that only takes off), Retry-After in place of the backoff, and a reason a retry
cannot change sent only once."""

from __future__ import annotations

import random

import httpx
import pytest

from litellm_sdk import BudgetExceededError, RateLimitError, ServerError
from litellm_sdk import _constants as C
from litellm_sdk._engine.retry import RetryPolicy

from .._concurrent import sync_client
from .._fake_proxy import FakeProxy


class FixedRng(random.Random):
    def __init__(self, value: float) -> None:
        super().__init__()
        self.value = value

    def random(self) -> float:
        return self.value


def test_defaults_are_the_documented_constants() -> None:
    p = RetryPolicy()
    assert (p.max_retries, p.initial, p.maximum, p.jitter, p.retry_after_cap) == (
        C.DEFAULT_MAX_RETRIES,
        C.BACKOFF_INITIAL,
        C.BACKOFF_MAX,
        C.BACKOFF_JITTER,
        C.RETRY_AFTER_CAP,
    )
    assert (C.DEFAULT_MAX_RETRIES, C.BACKOFF_INITIAL, C.BACKOFF_MAX, C.BACKOFF_JITTER) == (2, 0.5, 8.0, 0.5)


@pytest.mark.parametrize(("n", "expected"), [(0, 0.5), (1, 1.0), (2, 2.0), (3, 4.0), (4, 8.0), (5, 8.0), (9, 8.0)])
def test_backoff_doubles_from_initial_and_is_capped_at_maximum(n: int, expected: float) -> None:
    p = RetryPolicy(max_retries=10)
    assert p.delay(ServerError("x"), n, FixedRng(0.0)) == expected


def test_jitter_takes_off_a_share_of_the_base_never_adds() -> None:
    p = RetryPolicy(max_retries=10, initial=2.0, maximum=100.0, jitter=0.5)
    assert p.delay(ServerError("x"), 1, FixedRng(1.0)) == pytest.approx(2.0)  # 4 * (1 - 0.5)
    assert p.delay(ServerError("x"), 1, FixedRng(0.5)) == pytest.approx(3.0)  # 4 * (1 - 0.25)
    assert p.delay(ServerError("x"), 0, FixedRng(0.25)) == pytest.approx(1.75)  # 2 * (1 - 0.125)


def test_without_an_rng_the_module_random_is_used() -> None:
    p = RetryPolicy(max_retries=10, initial=1.0, maximum=100.0, jitter=1.0)
    random.seed(1234)
    got = p.delay(ServerError("x"), 2)
    expected = 4.0 * (1.0 - random.Random(1234).random())
    assert got == pytest.approx(expected)


def test_retries_end_at_max_retries_exactly() -> None:
    p = RetryPolicy(max_retries=2, initial=1.0, jitter=0.0)
    assert p.delay(ServerError("x"), 0) == 1.0
    assert p.delay(ServerError("x"), 1) == 2.0
    assert p.delay(ServerError("x"), 2) is None
    assert RetryPolicy(max_retries=0).delay(ServerError("x"), 0) is None


def test_an_error_that_is_not_retryable_never_waits() -> None:
    p = RetryPolicy(max_retries=5)
    assert p.delay(BudgetExceededError("x"), 0) is None
    assert p.delay(ServerError("x", retryable=False), 0) is None
    assert p.delay(BudgetExceededError("x", retryable=True), 0, FixedRng(0.0)) == 0.5


def test_retry_after_replaces_the_backoff_up_to_the_cap() -> None:
    p = RetryPolicy(max_retries=3, retry_after_cap=20.0)
    assert p.delay(RateLimitError("x", retry_after=3.5), 0, FixedRng(0.9)) == 3.5
    assert p.delay(RateLimitError("x", retry_after=0.0), 2, FixedRng(0.9)) == 0.0
    assert p.delay(RateLimitError("x", retry_after=20.0), 0) == 20.0
    assert p.delay(RateLimitError("x", retry_after=20.01), 0) is None
    # without Retry-After a 429 backs off like any retryable error
    assert p.delay(RateLimitError("x"), 1, FixedRng(0.0)) == 1.0
    # the retry budget still ends a Retry-After
    assert p.delay(RateLimitError("x", retry_after=1.0), 3) is None


# --------------------------------------------------------------------------- retry classification in use


@pytest.mark.parametrize(
    ("status", "type_", "cls"),
    [
        (503, "budget_exceeded", BudgetExceededError),
        (500, "expired_key", None),
        (502, "key_model_access_denied", None),
    ],
)
def test_a_reason_a_retry_cannot_change_is_sent_once(status: int, type_: str, cls: type | None) -> None:
    proxy = FakeProxy()
    body = {"error": {"message": "no", "type": type_, "param": "None", "code": str(status)}}
    proxy.faults["/key/generate"] = [lambda r: httpx.Response(status, json=body)] * 3
    client = sync_client(proxy, proxy.handle, max_retries=2)
    with pytest.raises(Exception) as caught:
        client.request_key(user_id="u1")
    assert caught.value.retryable is False  # type: ignore[attr-defined]
    if cls is not None:
        assert isinstance(caught.value, cls)
    assert proxy.count("/key/generate") == 1
