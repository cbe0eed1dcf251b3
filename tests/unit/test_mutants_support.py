"""The release check step by step (tests/unit/_ops.py): the exact requests, that the check is one attempt with no
retries while an explicit proxy_version retries as usual, the log lines it writes, and the once-per-client state
(kills _support mutants)."""

from __future__ import annotations

import logging

import pytest

from litellm_sdk._constants import NEWEST_TESTED_LITELLM, OLDEST_TESTED_LITELLM
from litellm_sdk._engine.steps import Request, Sleep
from litellm_sdk._manage import release as _support
from litellm_sdk.errors import ServerError

from ._ops import BASE, Driver, ctx, err, ok, script

DETAILS = ("GET", "/health/readiness/details")
READINESS = ("GET", "/health/readiness")


def requests(driver: Driver) -> list[tuple[str, str]]:
    return [(r.method, r.path) for r in driver.of(Request)]


def debug_lines(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.name == "litellm_sdk" and r.levelno == logging.DEBUG]


def test_window_bounds_parse_the_constants_and_refuse_a_typo() -> None:
    assert _support._window_bound("1.80.17") == (1, 80, 17)
    assert _support._window_bound("v2.0.1-stable") == (2, 0, 1)
    with pytest.raises(ValueError) as info:
        _support._window_bound("1.80")
    assert str(info.value) == "not a LiteLLM release: '1.80'"


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
