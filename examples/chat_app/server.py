"""The example chat app's server: a small ASGI app (Starlette) in front of a LiteLLM proxy, using litellm-sdk.

    python examples/chat_app/server.py --port 8000          # LITELLM_BASE_URL / LITELLM_MASTER_KEY from the env
    scripts/chat-app                                        # the same against the local proxy (started if needed)

What it shows (the README's chat-UI flow, end to end with the Vercel AI SDK's ``useChat`` in the page):

- ``POST /api/login`` ``{"name": ...}``: ``ensure_key`` for that person; the key stays here, in ``ChatApp.sessions``,
  under a random session id; the browser gets only that id (an HttpOnly cookie) and ``info.for_browser()``.
- ``GET /api/session``: the browser view again (after a reload), its budget reconciled with ``describe_key``.
- ``POST /api/chat``: what ``useChat`` POSTs (``{id, messages, model}``) -> ``chat_messages_from_ui`` ->
  ``AsyncKeyClient.stream_chat`` -> ``aui_message_stream``, whose message metadata (``model``, ``maxBudget``,
  ``remainingBudget``, ``usage``, ``cost``, ``finishReason``) the page reads; the budget figures are this server's
  running figure (``remaining_budget=`` and the ``metadata=`` hook). A refusal before the first chunk (budget used
  up, key blocked or expired, a model the key may not use, an image for a model without vision) is answered with
  ``ui_error_response(error)``: its status and ``error.user_message`` as text, which ``useChat`` shows as the
  error's message; an error in the middle of the stream is an ``error`` chunk with that same text.
- ``POST /api/image`` ``{"prompt": ...}``: ``generate_image`` (the button exists only when the key allows it).
- ``POST /api/logout``: ``revoke`` the key and forget the session.

The budget the page shows is a running figure kept here: the spend read at login (or by ``describe_key``) plus the
cost of every answer since (LiteLLM's streamed cost when it sends one, else the answer's usage times the model's
prices). LiteLLM's spend header is not a running total and ``describe_key`` lags the proxy's batched spend writes
by seconds, so neither alone can show the fall right after an answer.

Its dependencies are the example's own (``requirements.txt``: starlette, uvicorn), never the SDK's.
"""

from __future__ import annotations

import argparse
import os
import re
import secrets
import sys
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass
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
    AsyncKeyClient,
    AsyncLiteLLMClient,
    ChatCompletion,
    InvalidRequestError,
    LiteLLMError,
    Usage,
    VirtualKeyInfo,
    aui_message_stream,
    chat_messages_from_ui,
    ui_error_response,
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

    def budget(self) -> dict[str, Any] | None:
        """The key's budget as the page shows it: max, the running spend, what is left (absent: unlimited)."""
        if self.info.budget is None:
            return None
        figure: dict[str, Any] = {"spent": round(self.spent, 8)}
        remaining = self.remaining()
        if remaining is not None:
            figure["max"] = self.info.budget.max
            figure["remaining"] = remaining
        return figure

    def remaining(self) -> float | None:
        """What is left of the key's budget (None: no budget)."""
        maximum = self.info.budget.max if self.info.budget is not None else None
        return None if maximum is None else round(max(0.0, maximum - self.spent), 8)

    def charge(self, cost: float | None) -> None:
        if cost:
            self.spent += cost

    def answer_metadata(self, model: str) -> Callable[[ChatCompletion], dict[str, Any]]:
        """The ``metadata=`` hook of the UI stream: given the whole answer, it charges its cost to the running figure
        and adds ``cost`` (when LiteLLM did not stream one), ``remainingBudget`` and ``spent`` to the finish's
        message metadata."""

        def finish(answer: ChatCompletion) -> dict[str, Any]:
            streamed = answer.usage.raw.get("cost") if answer.usage is not None else None
            cost = streamed if isinstance(streamed, (int, float)) else answer_cost(self.info, model, answer.usage)
            self.charge(cost)
            meta: dict[str, Any] = {"spent": round(self.spent, 8)}
            if cost is not None:
                meta["cost"] = cost
            remaining = self.remaining()
            if remaining is not None:
                meta["remainingBudget"] = remaining
            return meta

        return finish

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


def refusal(error: LiteLLMError) -> Response:
    """A refusal, as ``useChat`` (and this page's other requests) read it: ``ui_error_response`` gives the error's
    status and ``error.user_message`` as plain text (what happened and what the person can do; no admin
    instructions, ids or developer words)."""
    status, headers, body = ui_error_response(error)
    return Response(body, status_code=status, headers=dict(headers))


def not_logged_in() -> Response:
    return PlainTextResponse("You are not logged in (or the server restarted). Log in again.", status_code=401)


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
                user_message="Enter your name: 1 to 64 letters, digits or spaces.",
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
        answer = aui_message_stream(
            stream,
            message_id=continued_message_id(ui_messages),
            remaining_budget=session.remaining(),  # before this answer; the finish's comes from the hook
            metadata=session.answer_metadata(str(model)),
        )
        return StreamingResponse(answer, headers=dict(UI_MESSAGE_STREAM_HEADERS))

    async def image(self, request: Request) -> Response:
        session = self._session(request)
        if session is None:
            return not_logged_in()
        body = await _json(request)
        try:
            images = await session.key.generate_image(str(body.get("prompt", "")))
        except LiteLLMError as error:
            return refusal(error)
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
