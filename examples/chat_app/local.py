"""scripts/chat-app: the example chat app against the local LiteLLM proxy, on a free port, until Ctrl-C.

1. The proxy: the one of LITELLM_BASE_URL + LITELLM_MASTER_KEY when both are set and it answers; else the running
   local proxy (``scripts/local-proxy status``, the launcher scripts/demo uses); else the local proxy is started
   (``scripts/local-proxy start``) with the stub upstream (tests/_stub_upstream.py) behind its ``*-stub``
   deployments, so ``assistant-stub`` is there: a model with vision and tools that answers from what it is sent
   (it describes an attached image, calls the page's ``local_time`` tool when you name it).
2. The app (examples/chat_app/server.py) on 127.0.0.1 and a free port; its URL is printed.
3. At exit, what this run started is stopped (``--keep`` leaves the proxy and its stub upstream running).

No whole key is printed. Run it with scripts/chat-app (or scripts/demo --web), which installs what it needs first.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import re
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx

REPO = Path(__file__).resolve().parents[2]
LOCAL_PROXY = REPO / "scripts" / "local-proxy"
STUB_UPSTREAM = REPO / "tests" / "_stub_upstream.py"
DEFAULT_MODELS = "assistant-stub,gpt-4o-vision,plain-chat,dall-e-3"

sys.path.insert(0, str(REPO))

from examples.chat_app.server import Settings, create_app  # noqa: E402
from litellm_sdk import LiteLLMClient  # noqa: E402

T0 = time.monotonic()


def step(text: str) -> None:
    print(f"[chat-app +{time.monotonic() - T0:5.1f}s] {text}", flush=True)


def _vars(text: str) -> dict[str, str]:
    return dict(re.findall(r"^(LITELLM_BASE_URL|LITELLM_MASTER_KEY)=(\S+)$", text, re.MULTILINE))


def _ready(base_url: str) -> bool:
    try:
        return httpx.get(base_url.rstrip("/") + "/health/readiness", timeout=5.0).status_code == 200
    except httpx.HTTPError:
        return False


class Servers:
    """The proxy the app talks to, and what this run started (stopped by ``close``)."""

    def __init__(self) -> None:
        self.base_url = ""
        self.master_key = ""
        self.started_proxy = False
        self.stub: subprocess.Popen[str] | None = None

    def acquire(self) -> None:
        base, key = os.environ.get("LITELLM_BASE_URL"), os.environ.get("LITELLM_MASTER_KEY")
        if base and key:
            if _ready(base):
                step(f"using the proxy at {base} (LITELLM_BASE_URL / LITELLM_MASTER_KEY)")
                self.base_url, self.master_key = base.rstrip("/"), key
                return
            step(f"{base} (LITELLM_BASE_URL) does not answer; using the local proxy instead")
        status = subprocess.run([str(LOCAL_PROXY), "status"], capture_output=True, text=True, check=False)
        found = _vars(status.stdout)
        if status.returncode == 0 and len(found) == 2:
            step(f"reusing the running local proxy at {found['LITELLM_BASE_URL']}")
            self.base_url, self.master_key = found["LITELLM_BASE_URL"], found["LITELLM_MASTER_KEY"]
            return
        stub = self._start_stub()
        step("starting the local LiteLLM proxy + PostgreSQL (scripts/local-proxy start; the first time takes minutes)")
        env = dict(os.environ, LITELLM_SDK_STUB_UPSTREAM=stub)
        proc = subprocess.run([str(LOCAL_PROXY), "start"], capture_output=True, text=True, env=env, check=False)
        found = _vars(proc.stdout)
        if proc.returncode != 0 or len(found) != 2:
            sys.stderr.write(proc.stderr[-4000:])
            raise SystemExit(f"error: scripts/local-proxy start failed (exit {proc.returncode})")
        self.started_proxy = "already running" not in proc.stderr
        self.base_url, self.master_key = found["LITELLM_BASE_URL"], found["LITELLM_MASTER_KEY"]
        step(f"local proxy ready at {self.base_url}")

    def _start_stub(self) -> str:
        self.stub = subprocess.Popen(
            [sys.executable, str(STUB_UPSTREAM), "--port", "0"],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
            start_new_session=True,  # Ctrl-C reaches this script, which stops it
        )
        assert self.stub.stdout is not None
        line = self.stub.stdout.readline()
        found = re.search(r"http://127\.0\.0\.1:\d+", line)
        if found is None:
            raise SystemExit(f"error: the stub upstream did not start ({line!r})")
        step(f"stub upstream (assistant-stub answers from it) at {found.group(0)}")
        return found.group(0)

    def close(self, keep: bool) -> None:
        if keep:
            if self.started_proxy or self.stub is not None:
                step("--keep: the proxy (and its stub upstream) keep running; scripts/local-proxy stop stops the proxy")
            return
        if self.started_proxy:
            step("stopping the local proxy (this run started it)")
            subprocess.run([str(LOCAL_PROXY), "stop"], capture_output=True, text=True, check=False, timeout=180)
        if self.stub is not None:
            self.stub.terminate()
            with contextlib.suppress(subprocess.TimeoutExpired):
                self.stub.wait(10)


def _interrupt(signum: int, frame: object) -> None:
    raise KeyboardInterrupt


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="scripts/chat-app", description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, default=0, help="the app's port on 127.0.0.1 (default: a free one)")
    parser.add_argument("--models", default=DEFAULT_MODELS, help=f"each key's models (default {DEFAULT_MODELS})")
    parser.add_argument("--max-budget", type=float, default=1.0, help="USD per key (default 1.0; 0: unlimited)")
    parser.add_argument("--duration", default="1h", help="each key's lifetime (default 1h)")
    parser.add_argument("--keep", action="store_true", help="leave the proxy this run started running at exit")
    args = parser.parse_args(argv)

    import uvicorn

    servers = Servers()
    signal.signal(signal.SIGTERM, _interrupt)  # stop what this run started, as on Ctrl-C
    try:
        servers.acquire()
        with LiteLLMClient(servers.base_url, servers.master_key) as admin:
            served = {m.id for m in admin.list_models()}
        models = [m.strip() for m in args.models.split(",") if m.strip()]
        missing = [m for m in models if m not in served]
        if missing:
            step(f"not on this proxy (left out of the keys): {', '.join(missing)}")
        settings = Settings(
            base_url=servers.base_url,
            master_key=servers.master_key,
            models=[m for m in models if m in served] or models,
            max_budget=args.max_budget or None,
            duration=args.duration,
        )
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        sock.bind(("127.0.0.1", args.port))
        port = sock.getsockname()[1]
        step(f"the chat app: http://127.0.0.1:{port}/   (keys with {', '.join(settings.models)}; Ctrl-C stops it)")
        config = uvicorn.Config(create_app(settings), log_level="warning")
        uvicorn.Server(config).run(sockets=[sock])
    except KeyboardInterrupt:
        pass
    finally:
        servers.close(args.keep)
    step("done")
    return 0


if __name__ == "__main__":
    sys.exit(main())
