"""The LiteLLM releases the SDK supports. The release is read where each release keeps it (1.80.x vs 1.90+
shapes) and checked once per client after the first success against the tested window: one WARNING outside it,
a check that never fails, repeats or retries the call. What differs between releases is mapped alike."""

from __future__ import annotations

import asyncio
import logging
import subprocess
import sys
import threading
from typing import Any

import httpx
import pytest

from litellm_sdk import APIConnectionError, AsyncLiteLLMClient, LiteLLMClient, ServerError
from litellm_sdk._constants import NEWEST_TESTED_LITELLM, OLDEST_TESTED_LITELLM
from litellm_sdk._engine.steps import Request, Sleep
from litellm_sdk._manage import release as _support

from .._fake_proxy import FakeProxy
from .._ops import Driver, ctx, err, ok, script

BASE = "http://litellm.test"


@pytest.fixture(autouse=True)
def _release_check_on(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("LITELLM_SDK_CHECK_RELEASE", raising=False)


class ReleaseProxy(FakeProxy):
    """FakeProxy that tells its release the way a given LiteLLM does.

    ``style``: ``details`` (1.90+: only /health/readiness/details, master key), ``readiness`` (1.80.x:
    plain readiness carries it, no /details), ``silent`` (neither does).
    """

    def __init__(self, release: str = NEWEST_TESTED_LITELLM, style: str = "details") -> None:
        super().__init__()
        self.release = release
        self.style = style

    def _route(self, request: httpx.Request) -> httpx.Response:
        path = request.url.path
        if path == "/health/readiness/details":
            if self.style != "details":
                return httpx.Response(404, json={"detail": "Not Found"})
            if self._auth(request) != self.master_key:
                return self._error(401, "Authentication Error, No api key passed in.", "auth_error")
            return httpx.Response(200, json={"status": "healthy", "db": "connected", "litellm_version": self.release})
        if path == "/health/readiness":
            body: dict[str, Any] = {"status": "healthy", "db": "connected"}
            if self.style == "readiness":
                body["litellm_version"] = self.release
            return httpx.Response(200, json=body)
        return super()._route(request)

    def checks(self) -> list[str]:
        return [p for _, p in self.calls if p.startswith("/health/readiness")]


def make_client(proxy: FakeProxy, master_key: str | None = None) -> LiteLLMClient:
    transport = httpx.Client(transport=proxy.transport())
    return LiteLLMClient(BASE, master_key or proxy.master_key, http_client=transport, max_retries=0)


def make_async(proxy: FakeProxy) -> AsyncLiteLLMClient:
    transport = httpx.AsyncClient(transport=proxy.async_transport())
    return AsyncLiteLLMClient(BASE, proxy.master_key, http_client=transport, max_retries=0)


def window_warnings(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING and r.name == "litellm_sdk"]


# ------------------------------------------------------------------------------------------ the window


@pytest.mark.parametrize(
    ("text", "parsed"),
    [
        ("1.108.7", (1, 108, 7)),
        ("v1.80.17", (1, 80, 17)),
        ("1.100.5.post1", (1, 100, 5)),
        ("1.90.7-stable", (1, 90, 7)),
        ("1.110.0rc1", (1, 110, 0)),
        ("", None),
        ("latest", None),
        ("1.108", None),
        (None, None),
        (1108, None),
    ],
)
def test_parse_release(text: Any, parsed: tuple[int, int, int] | None) -> None:
    assert _support.parse_release(text) == parsed


def test_the_window_is_the_two_constants_and_inclusive() -> None:
    assert (OLDEST_TESTED_LITELLM, NEWEST_TESTED_LITELLM) == _support.TESTED_WINDOW
    assert _support.parse_release(OLDEST_TESTED_LITELLM) < _support.parse_release(NEWEST_TESTED_LITELLM)  # type: ignore[operator]
    assert _support.in_tested_window(OLDEST_TESTED_LITELLM) is True
    assert _support.in_tested_window(NEWEST_TESTED_LITELLM) is True
    assert _support.in_tested_window("1.100.5") is True
    assert _support.in_tested_window("1.80.16") is False
    assert _support.in_tested_window("1.108.8") is True  # between two tested releases: inside
    assert _support.in_tested_window("1.110.3") is False
    assert _support.in_tested_window("2.0.0") is False
    assert _support.in_tested_window("nightly") is None


DETAILS = ("GET", "/health/readiness/details")
READINESS = ("GET", "/health/readiness")


def requests(driver: Driver) -> list[tuple[str, str]]:
    return [(r.method, r.path) for r in driver.of(Request)]


def debug_lines(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.name == "litellm_sdk" and r.levelno == logging.DEBUG]


def test_window_bounds_parse_the_constants_and_refuse_a_typo() -> None:
    """The window is read from _constants.py when the module loads: a bound spelled with a ``v`` or a suffix is a
    release, a typo stops the import (run in a fresh interpreter, so this one keeps its modules)."""
    script = """
import importlib
import litellm_sdk._constants as C
from litellm_sdk._manage import release
C.OLDEST_TESTED_LITELLM, C.NEWEST_TESTED_LITELLM = "1.80.17", "v2.0.1-stable"
importlib.reload(release)
print(*(release.in_tested_window(v) for v in ("1.80.17", "1.80.16", "2.0.1", "2.0.2")))
C.NEWEST_TESTED_LITELLM = "1.80"
try:
    importlib.reload(release)
except ValueError as e:
    print(e)
"""
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
    assert done.stdout.splitlines() == ["True False True False", "not a LiteLLM release: '1.80'"], done.stderr


# ------------------------------------------------------------------------------------------ proxy_version


def test_1_90_and_later_answer_from_details_in_one_request() -> None:
    proxy = ReleaseProxy("1.100.5", "details")
    with make_client(proxy) as client:
        assert client.proxy_version() == "1.100.5"
    assert proxy.checks() == ["/health/readiness/details"]


def test_1_80_has_no_details_and_answers_from_plain_readiness() -> None:
    proxy = ReleaseProxy("1.80.17", "readiness")
    with make_client(proxy) as client:
        assert client.proxy_version() == "1.80.17"
    assert proxy.checks() == ["/health/readiness/details", "/health/readiness"]


def test_a_proxy_that_does_not_tell_gives_none() -> None:
    proxy = ReleaseProxy(style="silent")
    with make_client(proxy) as client:
        assert client.proxy_version() is None


def test_a_key_without_access_to_the_details_gives_none_not_an_error() -> None:
    proxy = ReleaseProxy("1.108.7", "details")
    with make_client(proxy, master_key="sk-some-other-key-000000") as client:
        assert client.proxy_version() is None


def test_an_unreachable_proxy_raises_from_proxy_version() -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("connection refused", request=request)

    with LiteLLMClient(BASE, "sk-m-000000", http_client=httpx.Client(transport=httpx.MockTransport(refuse))) as c:
        with pytest.raises(APIConnectionError):
            c.with_options(max_retries=0).proxy_version()


def test_a_5xx_readiness_raises_from_proxy_version() -> None:
    proxy = ReleaseProxy(style="readiness")
    proxy.faults["/health/readiness"] = [lambda r: httpx.Response(503, text="down")]
    with make_client(proxy) as client, pytest.raises(ServerError):
        client.proxy_version()


async def test_async_proxy_version() -> None:
    proxy = ReleaseProxy("1.80.17", "readiness")
    async with make_async(proxy) as client:
        assert await client.proxy_version() == "1.80.17"


def test_proxy_version_asks_details_then_plain_readiness_after_an_error_status(
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG, logger="litellm_sdk")
    driver = Driver(script(err(404, "Not Found", None), ok({"status": "healthy", "litellm_version": " 1.80.17 "})))
    assert driver.run(_support.proxy_version(ctx())) == "1.80.17"  # stripped
    assert requests(driver) == [DETAILS, READINESS]
    assert all(r.auth is None and r.json is None and r.params is None for r in driver.of(Request))  # master key
    assert "GET /health/readiness/details answered 404; asking /health/readiness" in debug_lines(caplog)


@pytest.mark.parametrize("details", [{"status": "healthy"}, {"litellm_version": ""}, {"litellm_version": 5}, []])
def test_details_without_a_release_fall_back_to_plain_readiness(details: object) -> None:
    driver = Driver(script(ok(details), ok({"litellm_version": "1.80.5"})))
    assert driver.run(_support.proxy_version(ctx())) == "1.80.5"
    assert requests(driver) == [DETAILS, READINESS]


def test_details_with_a_release_answer_in_one_request() -> None:
    driver = Driver(script(ok({"litellm_version": "1.108.7"})))
    assert driver.run(_support.proxy_version(ctx())) == "1.108.7"
    assert requests(driver) == [DETAILS]


@pytest.mark.parametrize("readiness", [{"status": "healthy"}, {"litellm_version": "  "}, "1.80.17"])
def test_no_release_anywhere_is_none(readiness: object) -> None:
    driver = Driver(script(err(404), ok(readiness)))
    assert driver.run(_support.proxy_version(ctx())) is None


def test_an_explicit_proxy_version_retries_both_requests_like_any_get() -> None:
    driver = Driver(script(err(503), None, ok({}), err(503), None, ok({"litellm_version": "1.90.7"})))  # None: sleeps
    assert driver.run(_support.proxy_version(ctx())) == "1.90.7"
    assert requests(driver) == [DETAILS, DETAILS, READINESS, READINESS]
    assert len(driver.of(Sleep)) == 2


def test_proxy_version_without_retries_passes_it_to_both_requests() -> None:
    driver = Driver(script(err(503), err(503)))
    with pytest.raises(ServerError):
        driver.run(_support.proxy_version(ctx(), retry=False))
    assert requests(driver) == [DETAILS, READINESS]
    assert driver.of(Sleep) == []


# ------------------------------------------------------------------------------------------ the check


def test_inside_the_window_no_warning_and_the_check_runs_once(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="litellm_sdk")
    proxy = ReleaseProxy(NEWEST_TESTED_LITELLM)
    with make_client(proxy) as client:
        client.request_key(models=["plain-chat"])
        client.request_key(models=["plain-chat"])
        client.ensure_key(user_id="u1", models=["plain-chat"])
    assert window_warnings(caplog) == []
    assert proxy.checks() == ["/health/readiness/details"]


@pytest.mark.parametrize(("release", "style"), [("1.70.0", "readiness"), ("1.111.0", "details")])
def test_outside_the_window_one_warning_per_client(release: str, style: str, caplog: pytest.LogCaptureFixture) -> None:
    proxy = ReleaseProxy(release, style)
    with make_client(proxy) as client:
        client.request_key(models=["plain-chat"])
        client.with_options(timeout=5).request_key(models=["plain-chat"])  # a copy shares the check
        client.ensure_key(user_id="u1", models=["plain-chat"])
        assert client.proxy_version() == release  # asking explicitly never warns
    warnings = window_warnings(caplog)
    assert len(warnings) == 1
    assert release in warnings[0] and OLDEST_TESTED_LITELLM in warnings[0] and NEWEST_TESTED_LITELLM in warnings[0]
    with make_client(proxy) as another:
        another.request_key(models=["plain-chat"])
    assert len(window_warnings(caplog)) == 2


def test_the_check_comes_after_the_login_and_only_after_a_success() -> None:
    proxy = ReleaseProxy("1.70.0", "readiness")
    proxy.faults["/key/generate"] = [lambda r: httpx.Response(400, json={"error": {"message": "bad", "type": "x"}})]
    with make_client(proxy) as client:
        with pytest.raises(Exception):
            client.request_key(models=["plain-chat"])
        assert proxy.checks() == []
        client.request_key(models=["plain-chat"])
    paths = [p for _, p in proxy.calls]
    assert paths[-3:] == ["/model_group/info", "/health/readiness/details", "/health/readiness"]


@pytest.mark.parametrize(
    "fault",
    [
        lambda r: httpx.Response(500, json={"error": {"message": "boom", "type": "internal_server_error"}}),
        lambda r: httpx.Response(200, text="<html>not json</html>"),
    ],
)
def test_a_failing_check_never_fails_the_call(fault: Any, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="litellm_sdk")
    proxy = ReleaseProxy("1.70.0", "readiness")
    proxy.faults["/health/readiness"] = [fault]
    with make_client(proxy) as client:
        info = client.request_key(models=["plain-chat"])
        client.request_key(models=["plain-chat"])
    assert info.model_ids == ("plain-chat",)
    assert window_warnings(caplog) == []
    assert proxy.checks() == ["/health/readiness/details", "/health/readiness"]  # not tried again
    assert any("could not read the LiteLLM release" in r.getMessage() for r in caplog.records)


def test_a_dropped_connection_during_the_check_never_fails_the_call() -> None:
    def drop(request: httpx.Request) -> httpx.Response:
        raise httpx.RemoteProtocolError("Server disconnected", request=request)

    proxy = ReleaseProxy("1.108.7", "details")
    proxy.faults["/health/readiness/details"] = [drop]
    with make_client(proxy) as client:
        assert client.request_key(models=["plain-chat"]).model_ids == ("plain-chat",)


class NoSuchRoute(Exception):
    """What a user's own canned-answer transport or event hook might raise for a request it does not expect."""


def _no_route(request: httpx.Request) -> httpx.Response:
    raise NoSuchRoute(request.url.path)


def test_a_user_transport_raising_on_the_check_never_fails_the_login(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="litellm_sdk")
    proxy = ReleaseProxy("1.108.7", "details")
    proxy.faults["/health/readiness/details"] = [_no_route]
    with make_client(proxy) as client:
        info = client.request_key(models=["plain-chat"])
    assert info.key in proxy.keys  # kept: not compensated away
    assert ("POST", "/key/delete") not in proxy.calls
    assert proxy.checks() == ["/health/readiness/details"]
    assert any(
        "could not read the LiteLLM release (NoSuchRoute: /health/readiness/details)" in r.getMessage()
        for r in caplog.records
    )


def test_the_failed_check_is_logged_without_the_master_key(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="litellm_sdk")
    proxy = ReleaseProxy("1.108.7", "details")

    def quoting(request: httpx.Request) -> httpx.Response:
        raise NoSuchRoute(f"unexpected {request.url.path} with {request.headers['authorization']}")

    proxy.faults["/health/readiness/details"] = [quoting]
    with make_client(proxy) as client:
        client.request_key(models=["plain-chat"])
    logged = " ".join(r.getMessage() for r in caplog.records)
    assert "unexpected /health/readiness/details with Bearer" in logged
    assert proxy.master_key not in logged


async def test_a_user_transport_raising_on_the_check_never_fails_an_async_login() -> None:
    proxy = ReleaseProxy("1.108.7", "details")
    proxy.faults["/health/readiness/details"] = [_no_route]
    async with make_async(proxy) as client:
        info = await client.request_key(models=["plain-chat"])
        again = await client.request_key(models=["plain-chat"])
    assert info.key in proxy.keys and again.key in proxy.keys
    assert ("POST", "/key/delete") not in proxy.calls
    assert proxy.checks() == ["/health/readiness/details"]  # claimed once, not tried again


def test_an_interrupt_during_the_check_still_ends_the_call_and_undoes_the_key() -> None:
    def interrupt(request: httpx.Request) -> httpx.Response:
        raise KeyboardInterrupt

    proxy = ReleaseProxy("1.108.7", "details")
    proxy.faults["/health/readiness/details"] = [interrupt]
    with make_client(proxy) as client, pytest.raises(KeyboardInterrupt):
        client.request_key(models=["plain-chat"])
    assert proxy.keys == {}  # the abandoned call's key was deleted
    assert ("POST", "/key/delete") in proxy.calls


def test_the_environment_can_turn_the_check_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LITELLM_SDK_CHECK_RELEASE", "0")
    proxy = ReleaseProxy("1.70.0", "readiness")
    with make_client(proxy) as client:
        client.request_key(models=["plain-chat"])
    assert proxy.checks() == []


def test_threads_of_one_client_check_once(caplog: pytest.LogCaptureFixture) -> None:
    proxy = ReleaseProxy("1.70.0", "readiness")
    client = make_client(proxy)
    barrier = threading.Barrier(8)

    def login() -> None:
        barrier.wait()
        client.request_key(models=["plain-chat"])

    threads = [threading.Thread(target=login) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    client.close()
    assert len(window_warnings(caplog)) == 1
    assert proxy.checks() == ["/health/readiness/details", "/health/readiness"]


async def test_async_tasks_of_one_client_check_once(caplog: pytest.LogCaptureFixture) -> None:
    proxy = ReleaseProxy("1.111.0", "details")
    async with make_async(proxy) as client:
        await asyncio.gather(*(client.request_key(models=["plain-chat"]) for _ in range(8)))
        await client.ensure_key(user_id="u1", models=["plain-chat"])
    assert len(window_warnings(caplog)) == 1
    assert proxy.checks() == ["/health/readiness/details"]


def test_the_check_is_one_attempt_and_never_raises(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="litellm_sdk")
    driver = Driver(script(err(503), err(503)))
    assert driver.run(_support.warn_if_untested(ctx())) is None
    assert requests(driver) == [DETAILS, READINESS]
    assert driver.of(Sleep) == []  # no retries: the check must not slow the login down
    assert debug_lines(caplog)[-1] == f"could not read the LiteLLM release of {BASE} (server_error); not checking it"


def test_the_check_of_a_silent_proxy_logs_that_at_debug(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="litellm_sdk")
    driver = Driver(script(err(404), ok({"status": "healthy"})))
    assert driver.run(_support.warn_if_untested(ctx())) is None
    assert debug_lines(caplog)[-1] == f"the proxy at {BASE} does not report its LiteLLM release; not checking it"
    assert [r for r in caplog.records if r.levelno >= logging.WARNING] == []


@pytest.mark.parametrize("release", [OLDEST_TESTED_LITELLM, NEWEST_TESTED_LITELLM, "nightly"])
def test_a_release_inside_the_window_or_unparseable_is_logged_at_debug(
    release: str, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="litellm_sdk")
    driver = Driver(script(ok({"litellm_version": release})))
    assert driver.run(_support.warn_if_untested(ctx())) == release
    assert debug_lines(caplog)[-1] == f"the LiteLLM proxy at {BASE} runs release {release}"
    assert [r for r in caplog.records if r.levelno >= logging.WARNING] == []


def test_a_release_outside_the_window_is_one_warning_naming_it_and_the_window(
    caplog: pytest.LogCaptureFixture,
) -> None:
    driver = Driver(script(ok({"litellm_version": "1.70.0"})))
    assert driver.run(_support.warn_if_untested(ctx())) == "1.70.0"
    warnings = [r for r in caplog.records if r.levelno == logging.WARNING and r.name == "litellm_sdk"]
    assert [r.getMessage() for r in warnings] == [
        f"the LiteLLM proxy at {BASE} runs release 1.70.0, outside the releases this SDK is tested against "
        f"({OLDEST_TESTED_LITELLM} to {NEWEST_TESTED_LITELLM}); it may behave differently"
    ]


def test_window_check_claims_once_and_starts_with_no_release(monkeypatch: pytest.MonkeyPatch) -> None:
    check = _support.WindowCheck(enabled=True)
    assert check.version is None  # not read yet
    assert check.claimed is False
    assert check.claim() is True
    assert check.claim() is False
    assert check.claimed is True
    off = _support.WindowCheck(enabled=False)
    assert off.claimed is True and off.claim() is False
    monkeypatch.setenv("LITELLM_SDK_CHECK_RELEASE", " 0 ")
    assert _support.WindowCheck().claimed is True
    monkeypatch.setenv("LITELLM_SDK_CHECK_RELEASE", "1")
    assert _support.WindowCheck().claimed is False
    monkeypatch.delenv("LITELLM_SDK_CHECK_RELEASE")
    assert _support.WindowCheck().claimed is False  # on unless turned off


def test_checked_once_checks_after_the_first_success_only() -> None:
    def op() -> object:
        value = yield Request("POST", "/key/generate", json={})
        return value

    window = _support.WindowCheck(enabled=True)
    driver = Driver(script("first", ok({"litellm_version": "1.100.5"}), "second"))
    assert driver.run(_support.checked_once(ctx(), window, op())) == "first"
    assert window.version == "1.100.5"
    assert driver.run(_support.checked_once(ctx(), window, op())) == "second"
    assert requests(driver) == [("POST", "/key/generate"), DETAILS, ("POST", "/key/generate")]


# ------------------------------------------------------------------------------------------ one window everywhere


def test_the_matrix_the_launcher_and_the_sdk_agree_on_the_window() -> None:
    import re
    from pathlib import Path

    from tests._servers import PINNED_LITELLM

    repo = Path(__file__).resolve().parents[3]
    matrix = re.search(r'^TESTED_RELEASES="([^"]+)"', (repo / "scripts/test-matrix").read_text(), re.M)
    assert matrix is not None
    releases = matrix.group(1).split(",")
    assert releases == sorted(releases, key=_support.parse_release)  # type: ignore[arg-type]
    assert (releases[0], releases[-1]) == (OLDEST_TESTED_LITELLM, NEWEST_TESTED_LITELLM)
    launcher = re.search(r'^LITELLM_VERSION = "([^"]+)"', (repo / "scripts/_local_proxy/install.py").read_text(), re.M)
    assert launcher is not None
    assert launcher.group(1) == PINNED_LITELLM == NEWEST_TESTED_LITELLM  # CI's main run is the newest tested


# ------------------------------------------------------------------------------------------ what differs, mapped alike

RELEASE_ERRORS = [  # (release, status, body) exactly as the real proxies answered (tests/integration/test_releases.py)
    ("1.80.17", 400, "expired_key", "Authentication Error - Expired Key. Key Expiry time 2026-12-02 18:27:19"),
    ("1.90.7", 401, "expired_key", "Authentication Error - Expired Key. Key Expiry time 2026-12-02 18:37:00"),
    ("1.80.17", 400, "budget_exceeded", "Budget has been exceeded! Current cost: 0.225, Max budget: 1e-06"),
    ("1.100.5", 429, "budget_exceeded", "Budget has been exceeded! Key=key (sk-...GOOg) Current cost: 0.22"),
    ("1.108.7", 422, "budget_exceeded", "Budget has been exceeded! Key=key (sk-...7SDw) Current cost: 0.22"),
    ("1.80.17", 401, "key_model_access_denied", "key not allowed to access model. This key can only access ..."),
    ("1.108.7", 403, "key_model_access_denied", "The requested model 'gpt-4o-vision' is not available for this key"),
    ("1.80.17", 404, "not_found_error", "Key not found in database"),
]


@pytest.mark.parametrize(("release", "status", "type_", "message"), RELEASE_ERRORS)
def test_the_same_reason_is_the_same_error_whatever_the_status(
    release: str, status: int, type_: str, message: str
) -> None:
    from litellm_sdk import (
        BudgetExceededError,
        KeyExpiredError,
        ModelAccessDeniedError,
        NotFoundError,
        error_from_response,
    )

    body = {"error": {"message": message, "type": type_, "param": None, "code": str(status)}}
    error = error_from_response(status, httpx.Headers(), httpx.Response(status, json=body).content)
    expected = {
        "expired_key": KeyExpiredError,
        "budget_exceeded": BudgetExceededError,
        "key_model_access_denied": ModelAccessDeniedError,
        "not_found_error": NotFoundError,
    }[type_]
    assert isinstance(error, expected), (release, error)
    assert error.status == status and error.retryable is False


def test_1_80_update_of_an_unknown_key_is_not_found() -> None:
    from litellm_sdk import NotFoundError, error_from_response

    message = "Authentication Error: invalid user key - user key does not exist in db. User Key=sk-unknown-0000"
    body = {"error": {"message": message, "type": "auth_error", "param": "None", "code": "401"}}
    error = error_from_response(401, httpx.Headers(), httpx.Response(401, json=body).content)
    assert isinstance(error, NotFoundError) and error.code == "not_found"


def test_unservable_groups_are_no_models() -> None:
    from litellm_sdk.capabilities import models_from_groups, only_sentinels

    pseudo = {"model_group": "openai/*", "providers": [], "mode": "chat"}  # 1.80.17, wildcard key
    expanded = [{"model_group": f"openai/m{i}", "providers": [], "mode": "chat"} for i in range(200)]  # 1.90+
    served = {"model_group": "plain-chat", "providers": ["openai"], "mode": "chat"}
    assert models_from_groups({"data": [pseudo]}) == ()
    assert models_from_groups({"data": expanded}) == ()
    assert [m.id for m in models_from_groups({"data": [pseudo, served, *expanded]})] == ["plain-chat"]
    sentinel = {"model_group": "all-team-models", "providers": [], "mode": "chat"}  # 1.90.7, key without team
    assert only_sentinels({"data": [sentinel]})
    assert not only_sentinels({"data": [sentinel, served]})
    assert not only_sentinels({"data": []})
    assert not only_sentinels({"data": [pseudo]})


def test_an_unexpanded_sentinel_is_answered_with_every_model_of_the_proxy() -> None:
    class SentinelProxy(FakeProxy):
        def _route(self, request: httpx.Request) -> httpx.Response:
            if request.url.path == "/model_group/info" and self._auth(request) != self.master_key:
                group = {"model_group": "all-team-models", "providers": [], "mode": "chat"}
                return httpx.Response(200, json={"data": [group]})
            return super()._route(request)

    proxy = SentinelProxy()
    with make_client(proxy) as client:
        info = client.request_key(models=["all-team-models"])
    assert len(info.models) == 5 and info.features.embeddings and info.features.vision
    assert [p for _, p in proxy.calls].count("/model_group/info") == 2
