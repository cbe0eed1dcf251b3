"""The example chat app's server: a small ASGI app (Starlette) in front of a LiteLLM proxy, using litellm-sdk.

    python examples/chat_app/server.py --port 8000          # LITELLM_BASE_URL / LITELLM_MASTER_KEY from the env
    scripts/chat-app                                        # the same against the local proxy (started if needed)

What it shows (the README's chat-UI flow, end to end with the Vercel AI SDK's ``useChat`` in the page):

- ``POST /api/login`` ``{"name": ...}``: ``ensure_key`` for that person; the key stays here, in ``ChatApp.sessions``,
  under a random session id; the browser gets only that id (an HttpOnly cookie) and ``info.for_browser()``.
- ``GET /api/session``: the browser view again (after a reload), its budget reconciled with ``describe_key``.
- ``POST /api/chat``: what ``useChat`` POSTs (``{id, messages, model}``) -> ``chat_messages_from_ui`` ->
  ``AsyncKeyClient.stream_chat`` -> ``aui_message_stream``; the answer's model, usage, cost and the budget left
  ride on the stream as message metadata (``message-metadata`` before ``finish``). A refusal before the first
  chunk (budget used up, key blocked or expired, a model the key may not use, an image for a model without
  vision) is answered with its status and ``error.to_dict()``, which the page shows (``suggested_action``).
- ``POST /api/image`` ``{"prompt": ...}``: ``generate_image`` (the button exists only when the key allows it).
- ``POST /api/logout``: ``revoke`` the key and forget the session.

The budget the page shows is a running figure kept here: the spend read at login (or by ``describe_key``) plus the
cost of every answer since, from its usage and the model's prices. LiteLLM's spend header is not a running total
and ``describe_key`` lags the proxy's batched spend writes by seconds, so neither alone can show the fall right
after an answer.

Its dependencies are the example's own (``requirements.txt``: starlette, uvicorn), never the SDK's.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import re
import secrets
import sys
from collections.abc import AsyncIterator, Mapping
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import FileResponse, JSONResponse, PlainTextResponse, Response, StreamingResponse
from starlette.routing import Route

from litellm_sdk import (
    ALL_MODELS,
    UI_MESSAGE_STREAM_HEADERS,
    AsyncChatStream,
    AsyncKeyClient,
    AsyncLiteLLMClient,
    InvalidRequestError,
    LiteLLMError,
    Usage,
    VirtualKeyInfo,
    aui_message_stream,
    chat_messages_from_ui,
)

HERE = Path(__file__).resolve().parent
STATIC = HERE / "static"
BUNDLE = HERE / "dist" / "app.js"
COOKIE = "chat_app_session"
NAME = re.compile(r"^[\w .@-]{1,64}$")

#: The one tool the page offers to models with function calling; the browser runs it (useChat's onToolCall).
LOCAL_TIME_TOOL = {
    "type": "function",
    "function": {
        "name": "local_time",
        "description": "The person's local date, time and time zone, read in their browser.",
        "parameters": {"type": "object", "properties": {}},
    },
}

#: Security headers of the page: scripts only from this server (the bundle), never a CDN.
PAGE_HEADERS = {
    "content-security-policy": "default-src 'self'; script-src 'self'; img-src 'self' data: blob:; style-src 'self'; "
    "connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
    "x-content-type-options": "nosniff",
    "referrer-policy": "no-referrer",
}


@dataclass
class Settings:
    """What the app asks the proxy for at each login."""

    base_url: str
    master_key: str
    #: The models a key may use (``ALL_MODELS``: whatever the proxy allows the user).
    models: list[str] | str = ALL_MODELS
    max_budget: float | None = 1.0
    duration: str = "1h"


@dataclass
class Session:
    """One logged-in person: the key (never sent to the browser) and the running spend figure."""

    name: str
    info: VirtualKeyInfo
    key: AsyncKeyClient
    spent: float = 0.0
    lock: asyncio.Lock = field(default_factory=asyncio.Lock)

    def budget(self) -> dict[str, Any] | None:
        """The key's budget as the page shows it: max, the running spend, what is left (absent: unlimited)."""
        if self.info.budget is None:
            return None
        maximum = self.info.budget.max
        figure: dict[str, Any] = {"spent": round(self.spent, 8)}
        if maximum is not None:
            figure["max"] = maximum
            figure["remaining"] = round(max(0.0, maximum - self.spent), 8)
        return figure

    def charge(self, cost: float | None) -> None:
        if cost:
            self.spent += cost

    def page(self) -> dict[str, Any]:
        """What the browser gets: ``info.for_browser()`` with the running budget, and the person's name."""
        view = self.info.for_browser().to_dict()
        budget = self.budget()
        if budget is not None:
            view["budget"] = {**view.get("budget", {}), **budget}
        return {"name": self.name, "key": view}


def answer_cost(info: VirtualKeyInfo, model: str, usage: Usage | None) -> float | None:
    """An answer's cost from its usage and the model's prices (None when either is unknown)."""
    found = next((m for m in info.models if m.id == model), None)
    if usage is None or found is None or found.input_cost_per_token is None:
        return None
    prompt = (usage.prompt_tokens or 0) * (found.input_cost_per_token or 0.0)
    completion = (usage.completion_tokens or 0) * (found.output_cost_per_token or 0.0)
    return prompt + completion


def continued_message_id(ui_messages: Any) -> str | None:
    """The id of the assistant message this answer continues, if any: after the browser ran a tool, useChat sends
    the conversation again and the answer belongs to the same assistant message (as the AI SDK's own servers
    answer). With a new id, useChat would show that message twice."""
    if isinstance(ui_messages, list) and ui_messages:
        last = ui_messages[-1]
        if isinstance(last, dict) and last.get("role") == "assistant" and isinstance(last.get("id"), str):
            return str(last["id"])
    return None


def _sse(chunk: Mapping[str, Any]) -> bytes:
    return b"data: " + json.dumps(chunk, separators=(",", ":")).encode() + b"\n\n"


def error_text(error: BaseException) -> str:
    """What the page gets for an error in the middle of a stream: the error's browser fields, as JSON text (the
    page reads ``suggested_action`` from it as from a refusal's body)."""
    if isinstance(error, LiteLLMError):
        return json.dumps(error.to_dict())
    return json.dumps({"message": "An error occurred.", "code": "internal_error"})


def refusal(error: LiteLLMError) -> JSONResponse:
    """A refusal before the first chunk: the status the proxy gave (400 for ours) and ``error.to_dict()``."""
    return JSONResponse(error.to_dict(), status_code=error.status or 400)


def not_logged_in() -> JSONResponse:
    body = {
        "message": "You are not logged in (or the server restarted).",
        "code": "not_logged_in",
        "suggested_action": "Log in again.",
    }
    return JSONResponse(body, status_code=401)


class ChatApp:
    """The routes, the SDK clients (one pool for every user's key) and the session store."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        #: session id (the cookie) -> Session. In production: Redis or a database, never the cookie.
        self.sessions: dict[str, Session] = {}
        self.http: httpx.AsyncClient | None = None
        self.admin: AsyncLiteLLMClient | None = None

    # --- lifecycle ------------------------------------------------------------------------------------------
    @asynccontextmanager
    async def lifespan(self, app: Starlette) -> AsyncIterator[None]:
        self.http = httpx.AsyncClient(timeout=httpx.Timeout(60.0, connect=5.0))
        self.admin = AsyncLiteLLMClient(self.settings.base_url, self.settings.master_key)
        try:
            yield
        finally:
            for session in list(self.sessions.values()):
                await session.key.close()
            await self.admin.close()
            await self.http.aclose()

    def asgi(self) -> Starlette:
        routes = [
            Route("/", self.index),
            Route("/app.js", self.bundle),
            Route("/style.css", self.style),
            Route("/favicon.ico", lambda request: Response(status_code=204)),
            Route("/api/login", self.login, methods=["POST"]),
            Route("/api/session", self.session, methods=["GET"]),
            Route("/api/chat", self.chat, methods=["POST"]),
            Route("/api/image", self.image, methods=["POST"]),
            Route("/api/logout", self.logout, methods=["POST"]),
        ]
        app = Starlette(routes=routes, lifespan=self.lifespan)
        app.state.chat_app = self
        return app

    def _session(self, request: Request) -> Session | None:
        return self.sessions.get(request.cookies.get(COOKIE, ""))

    # --- the page -------------------------------------------------------------------------------------------
    async def index(self, request: Request) -> Response:
        if not BUNDLE.exists():
            return PlainTextResponse(
                f"The page is not built ({BUNDLE} is missing): run `npm ci && npm run build` in {HERE} "
                "(scripts/chat-app does it).",
                status_code=503,
            )
        return FileResponse(STATIC / "index.html", headers=PAGE_HEADERS)

    async def bundle(self, request: Request) -> Response:
        if not BUNDLE.exists():
            return PlainTextResponse("not built", status_code=404)
        return FileResponse(BUNDLE, media_type="text/javascript", headers={"cache-control": "no-cache"})

    async def style(self, request: Request) -> Response:
        return FileResponse(STATIC / "style.css", media_type="text/css")

    # --- login, session, logout -----------------------------------------------------------------------------
    async def login(self, request: Request) -> Response:
        assert self.admin is not None
        assert self.http is not None
        body = await _json(request)
        name = str(body.get("name", "")).strip()
        if not NAME.match(name):
            error = InvalidRequestError(
                "a name is 1 to 64 letters, digits, spaces or . @ - _",
                param="name",
                suggested_action="Enter your name (letters and digits).",
            )
            return refusal(error)
        s = self.settings
        try:
            info = await self.admin.ensure_key(
                user_id=f"chat-app:{name}",
                models=s.models,
                max_budget=s.max_budget,
                duration=s.duration,
                metadata={"source": "examples/chat_app"},
            )
        except LiteLLMError as error:
            return refusal(error)
        key = AsyncKeyClient.from_info(info, s.base_url, http_client=self.http)
        session_id = secrets.token_urlsafe(32)
        spent = info.budget.spent if info.budget is not None else 0.0
        self.sessions[session_id] = session = Session(name=name, info=info, key=key, spent=spent)
        response = JSONResponse(session.page())
        response.set_cookie(COOKIE, session_id, httponly=True, samesite="strict", path="/")
        return response

    async def session(self, request: Request) -> Response:
        assert self.admin is not None
        session = self._session(request)
        if session is None:
            return JSONResponse({"logged_in": False})
        try:
            fresh = await self.admin.describe_key(session.info.key)
        except LiteLLMError as error:
            return refusal(error)
        async with session.lock:
            session.info = fresh  # blocked, expiry, budget changes an admin made
            if fresh.budget is not None:
                session.spent = max(session.spent, fresh.budget.spent)  # the proxy's figure once written
        return JSONResponse(session.page())

    async def logout(self, request: Request) -> Response:
        assert self.admin is not None
        session = self.sessions.pop(request.cookies.get(COOKIE, ""), None)
        revoked = False
        if session is not None:
            await session.key.close()
            try:
                revoked = await self.admin.revoke(session.info.key)
            except LiteLLMError as error:
                return refusal(error)
        response = JSONResponse({"revoked": revoked})
        response.delete_cookie(COOKIE, path="/")
        return response

    # --- using the key --------------------------------------------------------------------------------------
    async def chat(self, request: Request) -> Response:
        session = self._session(request)
        if session is None:
            return not_logged_in()
        body = await _json(request)
        model = body.get("model")
        ui_messages = body.get("messages")
        try:
            messages = chat_messages_from_ui(ui_messages)
            found = next((m for m in session.info.models if m.id == model), None)
            params: dict[str, Any] = {}
            if found is not None and found.supports_function_calling:
                params["tools"] = [LOCAL_TIME_TOOL]
            stream = await session.key.stream_chat(str(model or ""), messages, **params)
        except LiteLLMError as error:
            return refusal(error)
        answer = self._ui_stream(session, str(model), stream, continued_message_id(ui_messages))
        return StreamingResponse(answer, headers=dict(UI_MESSAGE_STREAM_HEADERS))

    async def _ui_stream(
        self, session: Session, model: str, stream: AsyncChatStream, message_id: str | None
    ) -> AsyncIterator[bytes]:
        """The SDK's UI message stream, with the answer's metadata (model, usage, cost, budget) added as a
        ``message-metadata`` chunk just before ``finish``, once the whole answer (and its usage) is in."""
        async for part in aui_message_stream(stream, message_id=message_id, error_text=error_text):
            if part.startswith(b'data: {"type":"finish"'):
                answer = stream.completion
                cost = answer_cost(session.info, model, answer.usage)
                async with session.lock:
                    session.charge(cost)
                    budget = session.budget()
                usage = answer.usage
                metadata: dict[str, Any] = {"model": answer.model or model, "cost": cost, "budget": budget}
                if usage is not None:
                    metadata["usage"] = {
                        "inputTokens": usage.prompt_tokens,
                        "outputTokens": usage.completion_tokens,
                        "totalTokens": usage.total_tokens,
                    }
                yield _sse({"type": "message-metadata", "messageMetadata": metadata})
            yield part

    async def image(self, request: Request) -> Response:
        session = self._session(request)
        if session is None:
            return not_logged_in()
        body = await _json(request)
        try:
            images = await session.key.generate_image(str(body.get("prompt", "")))
        except LiteLLMError as error:
            return refusal(error)
        async with session.lock:
            session.charge(images.spend.response_cost)
            budget = session.budget()
        shown = [
            {"url": image.url} if image.url else {"url": f"data:image/png;base64,{image.b64_json}"}
            for image in images.images
            if image.url or image.b64_json
        ]
        return JSONResponse({"images": shown, "budget": budget})


async def _json(request: Request) -> dict[str, Any]:
    try:
        body = await request.json()
    except ValueError:
        return {}
    return body if isinstance(body, dict) else {}


def create_app(settings: Settings) -> Starlette:
    """The ASGI app (``app.state.chat_app`` is the :class:`ChatApp`, its ``sessions`` the server-side store)."""
    return ChatApp(settings).asgi()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="The litellm-sdk example chat app (useChat + the SDK).")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=0, help="0 (default): a free port")
    parser.add_argument("--base-url", default=os.environ.get("LITELLM_BASE_URL"))
    parser.add_argument("--models", default="", help="comma-separated models for each key (default: all allowed)")
    parser.add_argument("--max-budget", type=float, default=1.0, help="USD per key; 0 for unlimited")
    parser.add_argument("--duration", default="1h", help="each key's lifetime (30m, 24h, ...)")
    args = parser.parse_args(argv)
    master_key = os.environ.get("LITELLM_MASTER_KEY")
    if not args.base_url or not master_key:
        print("error: set LITELLM_BASE_URL and LITELLM_MASTER_KEY (or use scripts/chat-app)", file=sys.stderr)
        return 2
    settings = Settings(
        base_url=args.base_url,
        master_key=master_key,
        models=[m.strip() for m in args.models.split(",") if m.strip()] or ALL_MODELS,
        max_budget=args.max_budget or None,
        duration=args.duration,
    )
    import socket

    import uvicorn

    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind((args.host, args.port))  # bound here, so the printed URL is the one served
    host, port = sock.getsockname()[:2]
    print(f"chat app listening on http://{host}:{port}/ (proxy {args.base_url}; Ctrl-C stops it)", flush=True)
    config = uvicorn.Config(create_app(settings), log_level="warning")
    uvicorn.Server(config).run(sockets=[sock])
    return 0


if __name__ == "__main__":
    sys.exit(main())
