"""Browser tier: the example chat app (examples/chat_app) in headless Chromium, driven by Playwright for Python,
against the real local LiteLLM proxy of the session (the same ``litellm_proxy`` / ``stub_upstream`` fixtures as the
integration tier, from tests/conftest.py: one proxy for both tiers in one pytest run).

Needs: Debian's ``chromium`` (``/usr/bin/chromium``, or ``$LITELLM_SDK_CHROMIUM``; Playwright never downloads a
browser here), the ``playwright``, ``starlette`` and ``uvicorn`` packages (examples/chat_app/requirements.txt) and
the page's bundle (``npm ci && npm run build`` in examples/chat_app). scripts/test installs all of it and sets
``LITELLM_SDK_REQUIRE_BROWSER=1``: then (and with ``CI`` set) anything missing fails the tier; in other runs it is
skipped with a reason naming what is missing.

On a failure the test's screenshot, page HTML and console log are saved under .cache/browser-artifacts/<test>/.
"""

from __future__ import annotations

import importlib.util
import os
import re
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from litellm_sdk import LiteLLMClient
from tests._servers import REPO, LocalProxy, StubUpstream

APP_DIR = REPO / "examples" / "chat_app"
BUNDLE = APP_DIR / "dist" / "app.js"
ARTIFACTS = REPO / ".cache" / "browser-artifacts"
#: Debian's chromium, headless, with nothing that reaches the network on its own.
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
#: The models each key of the app is made with: a vision + tools model answering from what it was sent, a model
#: without vision, an image-generation model.
APP_MODELS = ["assistant-stub", "plain-chat", "dall-e-3"]
APP_BUDGET = 1.0


def _required() -> bool:
    return os.environ.get("LITELLM_SDK_REQUIRE_BROWSER") == "1" or os.environ.get("CI", "").lower() in ("1", "true")


def missing(what: str) -> None:
    """Fail where the browser tier must run (scripts/test, CI); elsewhere skip, naming what is missing."""
    if _required():
        pytest.fail(f"browser tier: missing {what} (scripts/test installs it)", pytrace=False)
    pytest.skip(f"missing: {what} (scripts/test installs it)")


@pytest.fixture(scope="session", autouse=True)
def browser_requirements() -> str:
    """What the tier needs besides the proxy, checked before any server starts; the chromium to launch."""
    path = os.environ.get("LITELLM_SDK_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
    if not Path(path).exists():
        missing(f"Debian's chromium ({path}; apt-get install -y chromium)")
    for module, what in (
        ("playwright", "the playwright package"),
        ("starlette", "the example app's starlette"),
        ("uvicorn", "the example app's uvicorn"),
    ):
        if importlib.util.find_spec(module) is None:
            missing(f"{what} (pip install -r tests/browser/requirements.txt)")
    if not BUNDLE.exists():
        missing(f"the page's bundle {BUNDLE.relative_to(REPO)} (scripts/_setup/chat-app-page: npm ci + esbuild)")
    return path


@pytest.fixture(scope="module")
def playwright_browser(browser_requirements: str) -> Iterator[Any]:
    """Headless Debian Chromium through Playwright (one browser per module; each test its own context)."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=browser_requirements, args=CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            browser.close()


@dataclass
class RunningApp:
    """The example app served by uvicorn in a thread of this process (so a test can reach its session store)."""

    url: str
    app: Any
    proxy: LocalProxy
    upstream: StubUpstream | None
    admin: LiteLLMClient
    server: Any = None
    thread: threading.Thread | None = None
    logins: list[str] = field(default_factory=list)

    @property
    def chat_app(self) -> Any:
        return self.app.state.chat_app

    def session_of(self, name: str) -> Any:
        """The server-side session of the person logged in as ``name`` (its key never reaches the page)."""
        found = [s for s in list(self.chat_app.sessions.values()) if s.name == name]
        assert len(found) == 1, f"expected one session of {name!r}, found {len(found)}"
        return found[0]

    def upstream_requests(self) -> int | None:
        """How many requests reached the stub upstream (None: the proxy is not ours, so its upstream is unknown)."""
        return len(self.upstream.requests()) if self.upstream is not None else None


@pytest.fixture(scope="module")
def chat_app(litellm_proxy: LocalProxy, stub_upstream: StubUpstream) -> Iterator[RunningApp]:
    """examples/chat_app on a free loopback port against the session's proxy, its keys limited to APP_MODELS."""
    import uvicorn

    from examples.chat_app.server import Settings, create_app

    admin = LiteLLMClient(litellm_proxy.base_url, litellm_proxy.master_key)
    served = {m.id for m in admin.list_models()}
    if "assistant-stub" not in served:
        if litellm_proxy.controllable:
            pytest.fail("the session's proxy does not serve assistant-stub (scripts/_local_proxy/launcher.py)")
        missing(
            "the proxy's assistant-stub deployment (LITELLM_SDK_REUSE_PROXY=1 reused a proxy that was not started "
            "with LITELLM_SDK_STUB_UPSTREAM)"
        )
    settings = Settings(
        base_url=litellm_proxy.base_url,
        master_key=litellm_proxy.master_key,
        models=APP_MODELS,
        max_budget=APP_BUDGET,
        duration="1h",
    )
    app = create_app(settings)
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    config = uvicorn.Config(app, log_config=None, log_level="warning", access_log=False, lifespan="on")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, name="chat-app", daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            pytest.fail("the example chat app did not start within 30 s")
        time.sleep(0.05)
    running = RunningApp(
        url=f"http://127.0.0.1:{port}",
        app=app,
        proxy=litellm_proxy,
        upstream=stub_upstream if litellm_proxy.controllable else None,
        admin=admin,
        server=server,
        thread=thread,
    )
    try:
        yield running
    finally:
        for session in list(running.chat_app.sessions.values()):  # a test that failed before its logout
            try:
                admin.revoke(session.info.key)
            except Exception as error:  # the key may be gone with the proxy; nothing else to clean
                print(f"browser tier: could not revoke a left-over key: {error}")
        server.should_exit = True
        thread.join(15)
        sock.close()
        admin.close()


_FAILED = pytest.StashKey[bool]()


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Iterator[pytest.TestReport]:
    report: pytest.TestReport = yield
    if report.failed:
        item.stash[_FAILED] = True
    return report


@pytest.fixture
def page(playwright_browser: Any, chat_app: RunningApp, request: pytest.FixtureRequest) -> Iterator[Any]:
    """A fresh browser context on the app; on failure its screenshot, HTML and console log are kept."""
    context = playwright_browser.new_context(viewport={"width": 1000, "height": 900})
    context.set_default_timeout(20_000)
    opened = context.new_page()
    console: list[str] = []
    started = time.monotonic()

    def note(line: str) -> None:
        console.append(f"+{time.monotonic() - started:6.2f}s {line}")

    opened.on("console", lambda message: note(f"console.{message.type}: {message.text}"))
    opened.on("pageerror", lambda error: note(f"pageerror: {error}"))
    opened.on("requestfailed", lambda req: note(f"requestfailed: {req.method} {req.url} {req.failure}"))
    opened.on("response", lambda resp: note(f"response {resp.status} {resp.request.method} {resp.url}"))
    opened.console_log = console  # type: ignore[attr-defined]
    try:
        yield opened
    finally:
        if request.node.stash.get(_FAILED, False):
            where = ARTIFACTS / re.sub(r"[^\w.-]+", "_", request.node.nodeid)
            where.mkdir(parents=True, exist_ok=True)
            try:
                opened.screenshot(path=str(where / "screenshot.png"), full_page=True)
                (where / "page.html").write_text(opened.content())
            except Exception as error:  # the page may be gone; the console log is still worth keeping
                console.append(f"(no screenshot: {error})")
            (where / "console.log").write_text("\n".join(console) + "\n")
            print(f"browser artifacts: {where}")
        context.close()
