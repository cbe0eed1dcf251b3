"""Shared pytest wiring: tier markers by folder, session servers (Prism, LiteLLM proxy and its stub upstream,
redis-server).

Servers start lazily, once per session, only when a test asks for them, and are stopped by
finalizers (plus an atexit hook in tests/_servers.py), also when tests fail or the run is interrupted.

Environment:
  LITELLM_SDK_SPEC            spec served by Prism / used for validation (default openapi/litellm-openapi.json)
  LITELLM_SDK_REUSE_PROXY=1   reuse a running proxy: the one in LITELLM_BASE_URL + LITELLM_MASTER_KEY if both
                              are set, else the one of LITELLM_SDK_PROXY_DIR / .local-proxy/ (started if needed,
                              left running)
  LITELLM_SDK_PROXY_DIR       state folder for that reused proxy
  LITELLM_SDK_LITELLM_VERSION the LiteLLM release of the integration tier's proxy (default: the pinned one;
                              scripts/test-matrix runs the tier once per release)
"""

from __future__ import annotations

import os
import signal
from collections.abc import Iterator
from pathlib import Path

import pytest

from litellm_sdk import LiteLLMClient
from litellm_sdk._manage.release import parse_release
from tests._contract import ContractChecker
from tests._servers import SPEC_PATH, LocalProxy, PrismServer, RedisServer, StubUpstream

TESTS = Path(__file__).resolve().parent
TIERS = ("unit", "tools", "contract", "integration", "browser")


def spec_path() -> Path:
    """The fixed spec the contract and drift tiers check against."""
    return Path(os.environ.get("LITELLM_SDK_SPEC", SPEC_PATH)).resolve()


def _sigterm(signum: int, frame: object) -> None:
    raise KeyboardInterrupt(f"signal {signum}")


def pytest_configure(config: pytest.Config) -> None:
    """Treat SIGTERM like Ctrl-C: pytest stops the session and finalizers/atexit stop our servers."""
    if signal.getsignal(signal.SIGTERM) in (signal.SIG_DFL, None):
        signal.signal(signal.SIGTERM, _sigterm)


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Mark each test with its tier from its folder: tests/unit -> unit, tests/tools -> tools, and so on."""
    for item in items:
        try:
            rel = Path(str(item.path)).resolve().relative_to(TESTS)
        except ValueError:
            continue
        tier = rel.parts[0] if len(rel.parts) > 1 else ""
        if tier in TIERS:
            item.add_marker(getattr(pytest.mark, tier))


@pytest.fixture(scope="session")
def openapi_spec_path() -> Path:
    """Path of the fixed spec; fails (not skips) when it is missing."""
    path = spec_path()
    if not path.exists():
        pytest.fail(f"fixed spec {path} does not exist (run scripts/regenerate or set LITELLM_SDK_SPEC)")
    return path


@pytest.fixture(scope="session")
def prism(openapi_spec_path: Path) -> Iterator[str]:
    """Base URL of Prism mocking the fixed spec on a free loopback port."""
    server = PrismServer(openapi_spec_path)
    try:
        server.start()
        yield server.base_url
    finally:
        server.close()


@pytest.fixture(scope="session")
def contract_checker_session(openapi_spec_path: Path) -> ContractChecker:
    """One checker (the spec loaded once) for the whole session."""
    return ContractChecker(openapi_spec_path)


_CALL_FAILED = pytest.StashKey[bool]()


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Iterator[pytest.TestReport]:
    """Remember whether the test body failed, so `contract` does not report a violation twice."""
    report: pytest.TestReport = yield
    if report.when == "call":
        item.stash[_CALL_FAILED] = report.failed
    return report


@pytest.fixture
def contract(request: pytest.FixtureRequest, contract_checker_session: ContractChecker) -> Iterator[ContractChecker]:
    """Per-test view of the session checker.

    Violations raise inside the request; since an SDK may wrap or swallow that exception, teardown
    also fails a test that passed despite recorded violations.
    """
    checker = contract_checker_session
    checker.violations = []
    yield checker
    found, checker.violations = checker.violations, []
    if found and not request.node.stash.get(_CALL_FAILED, False):
        pytest.fail("contract violations:\n" + "\n".join(found), pytrace=False)


@pytest.fixture(scope="session")
def stub_upstream() -> Iterator[StubUpstream]:
    """tests/_stub_upstream.py on a port it bound itself: the upstream of the proxy's *-stub deployments."""
    server = StubUpstream()
    try:
        server.start()
        yield server
    finally:
        server.close()


@pytest.fixture(scope="session")
def litellm_proxy(stub_upstream: StubUpstream) -> Iterator[LocalProxy]:
    """The real LiteLLM proxy (base_url, master_key, stop()/start() restart on the same port), with deployments
    that call ``stub_upstream`` (audio, streams that fail midway) beside the mock_response ones."""
    proxy = LocalProxy(stub_upstream=stub_upstream.base_url)
    try:
        proxy.start()
        yield proxy
    finally:
        proxy.close()


@pytest.fixture(scope="session")
def litellm_release(litellm_proxy: LocalProxy) -> tuple[int, int, int]:
    """The proxy's release as (major, minor, patch), read from the proxy itself (``proxy_version()``).

    Fails (never skips) when the proxy does not say, or when it is not the release that was asked for.
    """
    with LiteLLMClient(litellm_proxy.base_url, litellm_proxy.master_key) as client:
        reported = client.proxy_version()
    release = parse_release(reported)
    if release is None:
        pytest.fail(f"the proxy at {litellm_proxy.base_url} does not report its LiteLLM release ({reported!r})")
    if litellm_proxy.controllable and reported != litellm_proxy.version:
        pytest.fail(f"asked for LiteLLM {litellm_proxy.version}, the proxy reports {reported}")
    return release


@pytest.fixture(scope="session")
def redis_server() -> Iterator[RedisServer]:
    """redis-server on a free port (url, stop(), start() on the same port)."""
    server = RedisServer()
    try:
        server.start()
        yield server
    finally:
        server.close()
