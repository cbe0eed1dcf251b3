"""The chat-UI login flow, end to end: what ``scripts/demo`` runs inside the project's venv once it is set up.

1. find or start the local LiteLLM proxy (never stopping one this run did not start),
2. create a team limited to a few models (what an admin does once),
3. ``request_key`` for a user of that team (what the chat UI's server does at login) and show the result,
4. one chat call through the proxy with the new key, then ``describe_key`` to see the spend,
5. ``revoke`` the key (logout) and clean up the team.

Every line of output goes through a scrubber: no whole key (virtual or master) is ever printed.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx

from litellm_sdk import ALL_MODELS, LiteLLMClient, LiteLLMError, NotFoundError, VirtualKeyInfo, raise_for_status
from litellm_sdk._cli_format import key_info_table
from litellm_sdk._redact import scrub
from litellm_sdk.errors import APIConnectionError

REPO = Path(__file__).resolve().parents[1]
LOCAL_PROXY = REPO / "scripts" / "local-proxy"
TEAM_MODELS = ("gpt-4o-vision", "plain-chat", "dall-e-3")
CHAT_MODEL = "gpt-4o-vision"
SPEND_WAIT = 30.0

_t0_ns = os.environ.get("LITELLM_SDK_DEMO_T0_NS", "")
T0 = int(_t0_ns) / 1e9 if _t0_ns.isdigit() else time.time()
SECRETS: list[str] = []


def say(text: str = "") -> None:
    """Print with every known secret (and anything shaped like a key) masked."""
    print(scrub(text, SECRETS), flush=True)


def step(text: str) -> None:
    say(f"[demo +{time.time() - T0:5.1f}s] {text}")


def heading(text: str) -> None:
    say(f"\n=== {text} ===")


class Proxy:
    def __init__(self, base_url: str, master_key: str, *, started: bool, source: str) -> None:
        self.base_url = base_url.rstrip("/")
        self.master_key = master_key
        self.started = started
        self.source = source
        SECRETS.append(master_key)


def _ready(base_url: str) -> bool:
    try:
        response = httpx.get(base_url.rstrip("/") + "/health/readiness", timeout=5.0)
    except httpx.HTTPError:
        return False
    return response.status_code == 200


def _parse_vars(text: str) -> dict[str, str]:
    return dict(re.findall(r"^(LITELLM_BASE_URL|LITELLM_MASTER_KEY)=(\S+)$", text, re.MULTILINE))


def _proxy_state_dir() -> Path:
    env = os.environ.get("LITELLM_SDK_PROXY_DIR")
    return Path(env).resolve() if env else REPO / ".local-proxy"


def acquire_proxy() -> Proxy:
    """The proxy from the environment when it answers, else the local one (started if needed)."""
    base, key = os.environ.get("LITELLM_BASE_URL"), os.environ.get("LITELLM_MASTER_KEY")
    if base and key:
        if _ready(base):
            step(f"using the proxy at {base} (LITELLM_BASE_URL / LITELLM_MASTER_KEY)")
            return Proxy(base, key, started=False, source="env")
        step(f"{base} (LITELLM_BASE_URL) does not answer /health/readiness; using the local proxy instead")
    status = subprocess.run([str(LOCAL_PROXY), "status"], capture_output=True, text=True, check=False)
    found = _parse_vars(status.stdout)
    if status.returncode == 0 and len(found) == 2:
        step(f"reusing the running local proxy at {found['LITELLM_BASE_URL']}")
        return Proxy(found["LITELLM_BASE_URL"], found["LITELLM_MASTER_KEY"], started=False, source="local")
    step("starting the local LiteLLM proxy + PostgreSQL (scripts/local-proxy start; the first time takes minutes)")
    proc = subprocess.Popen(
        [str(LOCAL_PROXY), "start"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, bufsize=1
    )
    assert proc.stderr is not None
    assert proc.stdout is not None
    already = False
    for line in proc.stderr:
        already = already or "already running" in line
        say("    " + line.rstrip())
    out = proc.stdout.read()
    code = proc.wait()
    found = _parse_vars(out)
    if code != 0 or len(found) != 2:
        raise SystemExit(f"error: scripts/local-proxy start failed (exit {code}); see the lines above")
    step(f"local proxy ready at {found['LITELLM_BASE_URL']}")
    return Proxy(found["LITELLM_BASE_URL"], found["LITELLM_MASTER_KEY"], started=not already, source="local")


def release_proxy(proxy: Proxy, keep: bool) -> None:
    if keep:
        heading("the proxy keeps running (--keep); point the SDK at it")
        say(f"  export LITELLM_BASE_URL={proxy.base_url}")
        if proxy.source == "local":
            say(f'  export LITELLM_MASTER_KEY="$(cat {_proxy_state_dir() / "master_key"})"')
        else:
            say("  export LITELLM_MASTER_KEY=...   # the one already in your environment")
        venv_bin = Path(sys.executable).parent
        say(f"  {venv_bin / 'litellm-sdk'} models")
        say("  python -c 'from litellm_sdk import LiteLLMClient; print(LiteLLMClient().request_key(user_id=\"me\"))'")
        if proxy.source == "local":
            custom = os.environ.get("LITELLM_SDK_PROXY_DIR")
            prefix = f"LITELLM_SDK_PROXY_DIR={custom} " if custom else ""
            say(f"  {prefix}{LOCAL_PROXY} stop    # when done")
        return
    if proxy.started:
        step("stopping the local proxy (this run started it; --keep leaves it running)")
        subprocess.run([str(LOCAL_PROXY), "stop"], capture_output=True, text=True, check=False, timeout=180)
        step("stopped (scripts/demo --keep leaves it running, so the next runs take seconds)")
    else:
        step("leaving the proxy running (it was running before the demo)")


@contextmanager
def _http_errors(what: str) -> Iterator[None]:
    """Raw httpx calls raise LiteLLMError like SDK calls do."""
    try:
        yield
    except httpx.TimeoutException as exc:
        raise APIConnectionError(f"{what} timed out ({type(exc).__name__})") from None
    except httpx.HTTPError as exc:
        raise APIConnectionError(f"{what} failed: {type(exc).__name__}: {exc}") from None


def create_team(proxy: Proxy, http: httpx.Client, alias: str) -> str:
    with _http_errors("POST /team/new"):
        response = http.post(
            f"{proxy.base_url}/team/new",
            headers={"Authorization": f"Bearer {proxy.master_key}"},
            json={"team_alias": alias, "models": list(TEAM_MODELS), "metadata": {"source": "scripts/demo"}},
        )
    team_id: str = raise_for_status(response).json()["team_id"]
    return team_id


def delete_team(proxy: Proxy, http: httpx.Client, team_id: str) -> None:
    try:
        response = http.post(
            f"{proxy.base_url}/team/delete",
            headers={"Authorization": f"Bearer {proxy.master_key}"},
            json={"team_ids": [team_id]},
        )
        raise_for_status(response)
    except (httpx.HTTPError, LiteLLMError) as exc:
        step(f"could not delete the demo team ({exc}); it is harmless")


def chat(proxy: Proxy, http: httpx.Client, info: VirtualKeyInfo) -> dict[str, Any]:
    with _http_errors("POST /chat/completions"):
        response = http.post(
            f"{proxy.base_url}/chat/completions",
            headers={"Authorization": f"Bearer {info.key}"},
            json={"model": CHAT_MODEL, "messages": [{"role": "user", "content": "Hello from the litellm-sdk demo"}]},
        )
    body: dict[str, Any] = raise_for_status(response).json()
    return body


def wait_for_spend(client: LiteLLMClient, info: VirtualKeyInfo) -> VirtualKeyInfo:
    """describe_key until the proxy has written the chat's spend (it batches DB writes every few seconds)."""
    deadline = time.monotonic() + SPEND_WAIT
    current = client.describe_key(info.key)
    while (current.budget is None or current.budget.spent <= 0) and time.monotonic() < deadline:
        time.sleep(0.5)
        current = client.describe_key(info.key)
    return current


def ui_summary(info: VirtualKeyInfo) -> str:
    f = info.features
    offers = [
        ("chat box", f.chat),
        ("image upload (vision)", f.vision),
        ("tools", f.function_calling),
        ("image generation button", f.image_generation),
        ("audio upload", f.audio_transcription),
        ("embeddings/search", f.embeddings),
    ]
    shown = ", ".join(name for name, on in offers if on) or "nothing"
    hidden = ", ".join(name for name, on in offers if not on) or "nothing"
    return f"The chat UI shows: {shown}\nThe chat UI hides: {hidden}"


def run_flow(proxy: Proxy) -> None:
    run_id = uuid.uuid4().hex[:8]
    user_id = f"demo-alice-{run_id}"
    encoding = getattr(sys.stdout, "encoding", None)
    with LiteLLMClient(proxy.base_url, proxy.master_key) as client, httpx.Client(timeout=30.0) as http:
        step(f"admin: creating team 'litellm-sdk-demo-{run_id}' limited to {', '.join(TEAM_MODELS)}")
        team_id = create_team(proxy, http, f"litellm-sdk-demo-{run_id}")
        try:
            step(f"login of user {user_id}: client.request_key(user_id=..., team_id=..., duration='1h', ...)")
            t = time.monotonic()
            info = client.request_key(
                user_id=user_id,
                team_id=team_id,
                duration="1h",
                models=ALL_MODELS,  # everything the team allows
                max_budget=1.0,
                tpm_limit=10_000,
                rpm_limit=60,
                key_alias=f"litellm-sdk-demo/{run_id}",
                metadata={"source": "scripts/demo"},
            )
            SECRETS.append(info.key)
            heading(f"VirtualKeyInfo from request_key ({(time.monotonic() - t) * 1000:.0f} ms)")
            say(key_info_table(info, encoding=encoding))
            say()
            say(ui_summary(info))

            heading(f"one chat call through the proxy with the new key ({CHAT_MODEL})")
            reply = chat(proxy, http, info)
            content = reply["choices"][0]["message"]["content"]
            usage = reply.get("usage") or {}
            say(f"assistant: {content!r}  ({usage.get('total_tokens', '?')} tokens)")

            step("describe_key after the call (waiting for the proxy to record the spend)")
            after = wait_for_spend(client, info)
            heading("describe_key after the chat call")
            say(key_info_table(after, encoding=encoding))
            spent = after.budget.spent if after.budget else 0.0
            remaining = after.budget.remaining if after.budget else None
            left = f"${remaining:.4f}" if remaining is not None else "unlimited"
            say(f"\nspend after the chat: ${spent:.4f} (remaining {left})")
            if spent <= 0:
                say(f"warning: the proxy had not recorded the spend after {SPEND_WAIT:.0f}s")

            heading("logout: revoke")
            revoked = client.revoke(info.key)
            say(f"revoked {info.masked_key}: {revoked}")
            try:
                client.describe_key(info.key)
                say("warning: the key still exists after revoke")
            except NotFoundError as exc:
                say(f"describe_key now raises {type(exc).__name__}: {exc.message}")
        finally:
            delete_team(proxy, http, team_id)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="scripts/demo", description="The SDK's chat-UI login flow, end to end.")
    parser.add_argument("--keep", action="store_true", help="leave the proxy running and print how to use it")
    args = parser.parse_args(argv)
    try:
        proxy = acquire_proxy()
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    code = 0
    try:
        run_flow(proxy)
        step("demo done")
    except LiteLLMError as exc:
        print(scrub(f"error: {exc.message}\nhint: {exc.suggested_action}", SECRETS), file=sys.stderr)
        code = 1
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        code = 130
    finally:
        release_proxy(proxy, args.keep)
    step(f"total {time.time() - T0:.1f}s")
    return code


if __name__ == "__main__":
    sys.exit(main())
