"""scripts/demo end to end against the local proxy of the session (taken from LITELLM_BASE_URL /
LITELLM_MASTER_KEY, so the demo neither starts nor stops a proxy here)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from tests._servers import LocalProxy

REPO = Path(__file__).resolve().parents[2]
DEMO = REPO / "scripts" / "demo"
WHOLE_KEY = re.compile(r"sk-[A-Za-z0-9_\-]{16,}")


def run_demo(proxy: LocalProxy, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("LITELLM_")}
    env.update(LITELLM_BASE_URL=proxy.base_url, LITELLM_MASTER_KEY=proxy.master_key)
    if sys.prefix != sys.base_prefix:  # the virtualenv running the tests has the SDK installed: use it
        env["LITELLM_SDK_DEMO_VENV"] = sys.prefix
    return subprocess.run(
        [str(DEMO), *args],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        timeout=300,
        check=False,
        cwd=REPO,
    )


def assert_no_secret(output: str, proxy: LocalProxy) -> None:
    assert proxy.master_key not in output
    assert not WHOLE_KEY.search(output), WHOLE_KEY.search(output)


@pytest.fixture(scope="module")
def demo(litellm_proxy: LocalProxy) -> str:
    done = run_demo(litellm_proxy)
    assert done.returncode == 0, done.stdout[-4000:]
    return done.stdout


def test_demo_reuses_the_proxy_from_the_environment(demo: str, litellm_proxy: LocalProxy) -> None:
    assert f"using the proxy at {litellm_proxy.base_url}" in demo
    assert "starting the local LiteLLM proxy" not in demo
    assert "leaving the proxy running" in demo
    ready = httpx.get(f"{litellm_proxy.base_url}/health/readiness", timeout=10)
    assert ready.status_code == 200  # the demo did not stop it


def test_demo_prints_the_key_info_table(demo: str) -> None:
    assert "=== VirtualKeyInfo from request_key" in demo
    for label in ("Key ", "Alias", "User", "Team", "Expires", "Budget", "Limits", "Features on", "Features off"):
        assert re.search(rf"^{label}", demo, re.MULTILINE), label
    assert "Models (3)" in demo
    header = next(line for line in demo.splitlines() if line.strip().startswith("MODEL"))
    assert header.split()[:5] == ["MODEL", "MODE", "PROVIDER", "VISION", "TOOLS"]
    vision = next(line for line in demo.splitlines() if line.strip().startswith("gpt-4o-vision"))
    assert vision.split()[1:5] == ["chat", "openai", "✓", "✓"]
    assert "$0.00 spent of $1.00" in demo
    assert "tpm 10000, rpm 60" in demo
    assert re.search(r"^Key\s+sk-\.\.\.\S{4}$", demo, re.MULTILINE)


def test_demo_chat_call_records_spend(demo: str) -> None:
    assert "assistant: 'Hello from the mock gpt-4o-vision.'" in demo
    assert "=== describe_key after the chat call ===" in demo
    match = re.search(r"spend after the chat: \$([0-9.]+)", demo)
    assert match, demo[-2000:]
    assert float(match.group(1)) > 0


def test_demo_revokes_the_key(demo: str) -> None:
    assert re.search(r"^revoked sk-\.\.\.\S{4}: True$", demo, re.MULTILINE)
    assert "describe_key now raises NotFoundError" in demo
    assert "demo done" in demo


def test_demo_never_prints_a_whole_key(demo: str, litellm_proxy: LocalProxy) -> None:
    assert_no_secret(demo, litellm_proxy)


def test_demo_keep_prints_how_to_use_the_proxy(litellm_proxy: LocalProxy) -> None:
    done = run_demo(litellm_proxy, "--keep")
    assert done.returncode == 0, done.stdout[-4000:]
    assert f"export LITELLM_BASE_URL={litellm_proxy.base_url}" in done.stdout
    assert "export LITELLM_MASTER_KEY=" in done.stdout
    assert "leaving the proxy running" not in done.stdout
    assert_no_secret(done.stdout, litellm_proxy)


def test_demo_help() -> None:
    done = subprocess.run([str(DEMO), "--help"], capture_output=True, text=True, timeout=30, check=False)
    assert done.returncode == 0
    assert "--keep" in done.stdout
