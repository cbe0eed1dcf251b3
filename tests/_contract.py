"""Contract checking for httpx traffic: Prism's sl-violations header and openapi-core validation.

Build a client with ``ContractChecker.client()`` / ``async_client()`` (or add ``checker.event_hooks()``
to your own) and hand it to the SDK as ``http_client=``.  Every response is checked: an
``sl-violations`` header (Prism saw the request or its own answer break the spec) or an openapi-core
error on the request/response pair is recorded and, by default, raised as ContractViolation naming
the endpoint and the field.  Loading the spec is slow, so ``load_openapi`` caches it per path.
"""

from __future__ import annotations

import contextlib
import functools
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx
from openapi_core import Config, OpenAPI
from openapi_core.datatypes import RequestParameters
from werkzeug.datastructures import Headers, ImmutableMultiDict


class ContractViolation(AssertionError):
    """A request or response that does not match the fixed spec."""


@functools.lru_cache(maxsize=4)
def load_openapi(path: str, validate_spec: bool = False) -> OpenAPI:
    """OpenAPI.from_dict of a JSON/YAML spec file, once per path and process.

    Validating the 4 MB spec itself takes ~18 s here, so it is off by default (the pipeline checks
    the spec); validation of requests/responses against it is unaffected.
    """
    text = Path(path).read_text()
    if path.endswith((".yaml", ".yml")):
        import yaml

        spec = yaml.safe_load(text)
    else:
        spec = json.loads(text)
    if validate_spec:
        return OpenAPI.from_dict(spec)
    return OpenAPI.from_dict(spec, config=Config(spec_validator_cls=None))


class HttpxOpenAPIRequest:
    """openapi-core Request protocol over an httpx.Request."""

    def __init__(self, request: httpx.Request) -> None:
        self._request = request
        url = urlsplit(str(request.url))
        self.host_url = f"{url.scheme}://{url.netloc}"
        self.path = url.path
        self.method = request.method.lower()
        self.parameters = RequestParameters(
            query=ImmutableMultiDict(
                [(k, v) for k, vs in parse_qs(url.query, keep_blank_values=True).items() for v in vs]
            ),
            header=Headers(list(request.headers.items())),
            cookie=ImmutableMultiDict(),
        )

    @property
    def body(self) -> bytes | None:
        content = self._request.content
        return content or None

    @property
    def content_type(self) -> str:
        return str(self._request.headers.get("content-type", ""))


class HttpxOpenAPIResponse:
    """openapi-core Response protocol over a read httpx.Response."""

    def __init__(self, response: httpx.Response) -> None:
        self._response = response
        self.status_code = response.status_code
        self.headers = Headers(list(response.headers.items()))

    @property
    def data(self) -> bytes:
        return self._response.content

    @property
    def content_type(self) -> str:
        return str(self._response.headers.get("content-type", ""))


def describe_error(err: BaseException) -> str:
    """Flatten openapi-core's nested errors into 'field: message' lines."""
    text = str(err)
    lines = [text if text.startswith(type(err).__name__) else f"{type(err).__name__}: {text}"]
    queue: list[BaseException] = [err]
    while queue:
        e = queue.pop()
        for attr in ("schema_errors", "errors"):
            for sub in getattr(e, attr, None) or []:
                path = "/".join(str(p) for p in getattr(sub, "absolute_path", getattr(sub, "path", [])) or [])
                message = getattr(sub, "message", str(sub))
                lines.append(f"  field {path or '<root>'}: {message}")
                if isinstance(sub, BaseException):
                    queue.append(sub)
        cause = e.__cause__ or e.__context__
        if cause is not None and cause not in queue and len(lines) < 40:
            lines.append(f"  caused by {type(cause).__name__}: {cause}")
            queue.append(cause)
    return "\n".join(lines)


def validate_pair(openapi: OpenAPI, request: httpx.Request, response: httpx.Response) -> list[str]:
    """openapi-core validation of one exchange; returns problems (empty when it conforms)."""
    endpoint = f"{request.method} {request.url.path}"
    problems: list[str] = []
    oreq = HttpxOpenAPIRequest(request)
    try:
        openapi.validate_request(oreq)
    except Exception as e:
        problems.append(f"{endpoint}: request does not match the spec\n{describe_error(e)}")
    try:
        openapi.validate_response(oreq, HttpxOpenAPIResponse(response))
    except Exception as e:
        problems.append(f"{endpoint} -> {response.status_code}: response does not match the spec\n{describe_error(e)}")
    return problems


class ContractChecker:
    """Records (and by default raises) contract violations for every exchange it sees."""

    def __init__(self, spec_path: Path | str, *, raise_on_violation: bool = True, validate: bool = True) -> None:
        self.spec_path = str(Path(spec_path).resolve())
        self.openapi = load_openapi(self.spec_path) if validate else None
        self.raise_on_violation = raise_on_violation
        self.violations: list[str] = []
        self.exchanges = 0
        self._suspended = 0

    @contextlib.contextmanager
    def allow_violations(self) -> Iterator[list[str]]:
        """Inside this block nothing is checked (for tests that send bad requests on purpose)."""
        self._suspended += 1
        seen: list[str] = []
        try:
            yield seen
        finally:
            self._suspended -= 1

    def check(self, response: httpx.Response) -> None:
        """Check one read response (and its request)."""
        if self._suspended:
            return
        self.exchanges += 1
        request = response.request
        problems: list[str] = []
        violations = response.headers.get("sl-violations")
        if violations:
            problems.append(f"{request.method} {request.url.path}: Prism reported sl-violations: {violations}")
        if self.openapi is not None:
            problems += validate_pair(self.openapi, request, response)
        if problems:
            self.violations += problems
            if self.raise_on_violation:
                raise ContractViolation("\n".join(problems))

    def _hook(self, response: httpx.Response) -> None:
        response.read()
        self.check(response)

    async def _ahook(self, response: httpx.Response) -> None:
        await response.aread()
        self.check(response)

    def event_hooks(self, *, asynchronous: bool = False) -> dict[str, list[Any]]:
        """event_hooks= value for an httpx.Client (or AsyncClient with asynchronous=True)."""
        return {"response": [self._ahook if asynchronous else self._hook]}

    def client(self, base_url: str = "", **kwargs: Any) -> httpx.Client:
        """httpx.Client whose every response is contract-checked."""
        return httpx.Client(base_url=base_url, event_hooks=self.event_hooks(), **kwargs)

    def async_client(self, base_url: str = "", **kwargs: Any) -> httpx.AsyncClient:
        """httpx.AsyncClient whose every response is contract-checked."""
        return httpx.AsyncClient(base_url=base_url, event_hooks=self.event_hooks(asynchronous=True), **kwargs)

    def assert_clean(self) -> None:
        """Fail if any violation was recorded (also those an SDK may have swallowed)."""
        if self.violations:
            raise ContractViolation("\n".join(self.violations))
