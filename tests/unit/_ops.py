"""Drive the engine's sans-I/O operations by hand: every step an operation yields is recorded and answered
by the test, so a test can assert the exact sequence of requests, sleeps, cache steps and compensations."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import httpx

from litellm_sdk._engine.retry import RetryPolicy
from litellm_sdk._engine.steps import (
    Advisory,
    CacheDelete,
    CacheGetMany,
    CacheSet,
    Context,
    Forget,
    Gather,
    Op,
    Request,
    Response,
    Shared,
    Sleep,
    Undo,
)

BASE = "http://litellm.test"
MASTER = "sk-master-test-0123456789"


def ctx(max_retries: int = 2, **policy: Any) -> Context:
    """A context whose backoff is deterministic enough to assert: initial 1 s, max 8 s, no jitter by default."""
    policy.setdefault("initial", 1.0)
    policy.setdefault("maximum", 8.0)
    policy.setdefault("jitter", 0.0)
    return Context(base_url=BASE, master_key=MASTER, retry=RetryPolicy(max_retries=max_retries, **policy))


def ok(body: Any, status: int = 200, headers: dict[str, str] | None = None) -> Response:
    return Response(status, httpx.Headers(headers or {}), json.dumps(body).encode())


def err(status: int, message: str = "boom", type_: str | None = "internal_server_error", **headers: str) -> Response:
    body = {"error": {"message": message, "type": type_, "param": "None", "code": str(status)}}
    return Response(status, httpx.Headers(headers), json.dumps(body).encode())


class Driver:
    """Runs an operation; ``answer(step)`` gives what to send back (an exception instance is thrown in).

    Undo steps are answered with handles 1, 2, ... and recorded in ``undo``; Forget removes them, so after a
    run ``undo`` holds the compensations the runner would still perform.
    """

    def __init__(self, answer: Callable[[Any], Any], context: Context | None = None) -> None:
        self.answer = answer
        self.context = context
        self.steps: list[Any] = []
        self.undo: dict[int, Undo] = {}
        self._next = 0

    def run(self, op: Op[Any]) -> Any:
        value: Any = None
        throw: BaseException | None = None
        while True:
            try:
                step = op.throw(throw) if throw is not None else op.send(value)
            except StopIteration as stop:
                return stop.value
            self.steps.append(step)
            throw = None
            if isinstance(step, Undo):
                self._next += 1
                self.undo[self._next] = step
                value = self._next
                continue
            if isinstance(step, Forget):
                del self.undo[step.handle]
                value = None
                continue
            if isinstance(step, Shared) and self.context is not None:
                try:  # run the flight inline, as its only caller
                    value = self.run(step.start(self.context))
                except Exception as exc:
                    throw = exc
                continue
            if isinstance(step, Advisory):
                try:  # inline, like the runners: any Exception of it answers None
                    value = self.run(step.op)
                except Exception:
                    value = None
                continue
            if isinstance(step, Gather):  # one after another, in order; the first error is thrown in
                try:
                    value = tuple(self.run(sub) for sub in step.ops)
                except Exception as exc:
                    throw = exc
                continue
            value = self.answer(step)
            if isinstance(value, BaseException):
                throw, value = value, None

    def of(self, kind: type) -> list[Any]:
        return [s for s in self.steps if isinstance(s, kind)]


def script(*answers: Any) -> Callable[[Any], Any]:
    """Answer the steps in order with ``answers`` (a callable answer is called with the step); CacheSet steps
    are answered with None without taking an answer."""
    queue = list(answers)

    def answer(step: Any) -> Any:
        if isinstance(step, CacheSet):
            return None  # nothing to answer: not part of the script
        if not queue:
            raise AssertionError(f"unexpected step {step!r}")
        a = queue.pop(0)
        return a(step) if callable(a) and not isinstance(a, BaseException) else a

    return answer


class Proxy:
    """Answers an operation's steps like the runners do, over tests/unit/_fake_proxy.py (no HTTP client, no
    clock): requests go to the fake proxy, cache steps to a dict, sleeps are recorded, flights run inline."""

    def __init__(self, fake: Any, context: Context | None = None) -> None:
        self.fake = fake
        self.context = context or ctx()
        self.cache: dict[str, Any] = {}
        self.requests: list[Request] = []
        self.sleeps: list[float] = []
        self.driver = Driver(self.answer, self.context)

    def run(self, op: Op[Any]) -> Any:
        return self.driver.run(op)

    def answer(self, step: Any) -> Any:
        if isinstance(step, Request):
            self.requests.append(step)
            auth = step.auth or self.context.master_key
            request = httpx.Request(
                step.method,
                BASE + step.path,
                params=dict(step.params) if step.params else None,
                json=step.json,
                headers={"authorization": f"Bearer {auth}"},
            )
            try:
                response = self.fake.handle(request)
            except httpx.TransportError as exc:
                from litellm_sdk.errors import APIConnectionError

                return APIConnectionError(str(exc), request_sent=not isinstance(exc, httpx.ConnectError))
            response.read()
            return Response(response.status_code, response.headers, response.content)
        if isinstance(step, CacheGetMany):
            return [self.cache.get(key) for key in step.keys]
        if isinstance(step, CacheSet):
            self.cache[step.key] = step.value
            return None
        if isinstance(step, CacheDelete):
            self.cache.pop(step.key, None)
            return None
        if isinstance(step, Sleep):
            self.sleeps.append(step.seconds)
            return None
        raise AssertionError(f"unexpected step {step!r}")

    @property
    def calls(self) -> list[tuple[str, str]]:
        return [(r.method, r.path) for r in self.requests]

    def bodies(self, path: str) -> list[Any]:
        return [r.json for r in self.requests if r.path == path]
