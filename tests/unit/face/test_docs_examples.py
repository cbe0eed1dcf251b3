"""The documentation's promises: README.md and docs/*.md say what the SDK does, and their examples prove it.

- Every ```python block of README.md and docs/*.md is executed, not only compiled, against
  :class:`DocsProxy`, an in-memory stand-in for the LiteLLM proxy served by patching httpx's own transports, so
  the SDK's default connections, an ``http_client=`` of the reader's and a bare ``httpx.post`` all reach it. The
  blocks of one page run in order in one namespace (a page reads top to bottom, as a doctest does), at top-level
  ``await`` allowed (an ``async`` block runs in ``asyncio.run``), with ``LITELLM_BASE_URL`` /
  ``LITELLM_MASTER_KEY`` pointing at the fake, ``session`` (a web framework's session) a dict, and a
  ``memo.m4a`` in the working folder.
- A block preceded by ``<!-- example: compile-only (needs X) -->`` needs what a unit test cannot have (a web
  framework, a server): it is compiled and its ``litellm_sdk`` imports are checked. There are only a few.
- The README's first commands are ``scripts/demo`` and ``scripts/test``, CI runs the latter, the README fits in
  250 lines, every relative link (and its ``#anchor``) in README.md, CONTRIBUTING.md and docs/ points at
  something that exists, every page of docs/ is in its index, the error table is the same in the README and
  in docs/errors.md, and docs/key-lifecycle.md names every field of VirtualKeyInfo, ModelInfo and Features.
"""

from __future__ import annotations

import ast
import asyncio
import importlib
import inspect
import itertools
import re
from pathlib import Path
from typing import Any

import attrs
import httpx
import pytest

import litellm_sdk
from tests.unit.face._docs_proxy import MASTER_KEY, DocsProxy

ROOT = Path(__file__).resolve().parents[3]
README = ROOT / "README.md"
DOCS = ROOT / "docs"
PAGES = [README, *sorted(DOCS.glob("*.md"))]
LINKED = [*PAGES, ROOT / "CONTRIBUTING.md"]
BASE_URL = "http://localhost:4000"
COMPILE_ONLY = re.compile(r"<!-- example: compile-only \(needs [^)]+\) -->")
# The first bytes of an MPEG-4 audio file (``ftyp`` box, brand M4A), enough for the SDK's audio check.
M4A = b"\x00\x00\x00\x20ftypM4A \x00\x00\x02\x00M4A isommp42" + b"\x00" * 32


class Example:
    def __init__(self, page: Path, line: int, code: str, compile_only: bool) -> None:
        self.page, self.line, self.code, self.compile_only = page, line, code, compile_only

    @property
    def where(self) -> str:
        return f"{self.page.relative_to(ROOT)}:{self.line}"


def examples(page: Path) -> list[Example]:
    """The ```python blocks of ``page``, with the line of their fence and whether they are compile-only."""
    lines = page.read_text().splitlines()
    found: list[Example] = []
    i = 0
    while i < len(lines):
        if lines[i].strip() == "```python":
            before = next((line for line in reversed(lines[:i]) if line.strip()), "")
            end = next(j for j in range(i + 1, len(lines)) if lines[j].strip() == "```")
            found.append(Example(page, i + 1, "\n".join(lines[i + 1 : end]) + "\n", bool(COMPILE_ONLY.search(before))))
            i = end
        i += 1
    return found


ALL = [example for page in PAGES for example in examples(page)]


def compiled(example: Example) -> Any:
    return compile(example.code, example.where, "exec", flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)


@pytest.fixture
def docs_proxy(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> DocsProxy:
    """Every httpx request of this test goes to a fresh DocsProxy (no socket is opened)."""
    proxy = DocsProxy()

    def handle(transport: httpx.HTTPTransport, request: httpx.Request) -> httpx.Response:
        request.read()
        return proxy.handle(request)

    async def ahandle(transport: httpx.AsyncHTTPTransport, request: httpx.Request) -> httpx.Response:
        await request.aread()
        return proxy.handle(request)

    monkeypatch.setattr(httpx.HTTPTransport, "handle_request", handle)
    monkeypatch.setattr(httpx.AsyncHTTPTransport, "handle_async_request", ahandle)
    monkeypatch.setenv("LITELLM_BASE_URL", BASE_URL)
    monkeypatch.setenv("LITELLM_MASTER_KEY", MASTER_KEY)
    monkeypatch.chdir(tmp_path)
    (tmp_path / "memo.m4a").write_bytes(M4A)
    return proxy


@pytest.mark.parametrize("page", PAGES, ids=[str(p.relative_to(ROOT)) for p in PAGES])
def test_every_example_of_the_page_runs(page: Path, docs_proxy: DocsProxy, capsys: pytest.CaptureFixture[str]) -> None:
    namespace: dict[str, Any] = {"__name__": "__docs__", "session": {}}
    ran = 0
    for example in examples(page):
        code = compiled(example)
        if example.compile_only:
            continue
        try:
            if code.co_flags & inspect.CO_COROUTINE:
                asyncio.run(eval(code, namespace))
            else:
                exec(code, namespace)
        except Exception as error:
            raise AssertionError(f"the example at {example.where} fails: {error!r}") from error
        ran += 1
    if page == README:
        assert ran >= 3
        assert docs_proxy.calls, "the README's examples never reached the proxy"


def test_the_pages_hold_examples_and_only_a_few_are_compile_only() -> None:
    executed = [e for e in ALL if not e.compile_only]
    compile_only = [e for e in ALL if e.compile_only]
    assert len(executed) >= 20, [e.where for e in executed]
    assert len(compile_only) <= 3, [e.where for e in compile_only]
    for page in PAGES:
        if page not in (DOCS / "README.md", DOCS / "cli.md"):
            assert examples(page), f"{page.name} has no Python example"


@pytest.mark.parametrize("example", ALL, ids=[e.where for e in ALL])
def test_every_example_compiles_and_imports_names_the_sdk_has(example: Example) -> None:
    compiled(example)
    for node in ast.walk(ast.parse(example.code)):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.split(".")[0] == "litellm_sdk":
            module = importlib.import_module(node.module)
            public = getattr(module, "__all__", None)
            for alias in node.names:
                if public is not None:
                    assert alias.name in public, f"{example.where}: {node.module}.{alias.name} is not public"
                else:
                    assert hasattr(module, alias.name), f"{example.where}: {node.module}.{alias.name}"


def test_first_commands_exist_and_ci_runs_the_test_command() -> None:
    text = README.read_text()
    first_block = text.split("```sh", 1)[1].split("```", 1)[0]
    commands = [line.split("#")[0].strip() for line in first_block.strip().splitlines()]
    assert commands == ["scripts/demo", "scripts/test"]
    for command in commands:
        assert (ROOT / command).is_file(), command
    ci = (ROOT / ".ci" / "run").read_text()
    assert "scripts/test" in ci


def test_the_readme_is_a_pitch_and_a_quick_start() -> None:
    assert len(README.read_text().splitlines()) <= 250


def _anchors(page: Path) -> set[str]:
    """GitHub's heading anchors: lower case, punctuation dropped, spaces to hyphens."""
    found: set[str] = set()
    for line in re.sub(r"```.*?```", "", page.read_text(), flags=re.S).splitlines():
        if line.startswith("#"):
            title = line.lstrip("#").strip().lower()
            found.add(re.sub(r"[^\w\- ]", "", title).replace(" ", "-"))
    return found


@pytest.mark.parametrize("page", LINKED, ids=[str(p.relative_to(ROOT)) for p in LINKED])
def test_every_relative_link_points_at_something_that_exists(page: Path) -> None:
    text = re.sub(r"```.*?```", "", page.read_text(), flags=re.S)
    for target in re.findall(r"\]\(([^)\s]+)\)", text):
        if re.match(r"[a-z]+:", target):
            continue
        path, _, anchor = target.partition("#")
        linked = (page.parent / path).resolve() if path else page
        assert linked.exists(), f"{page.name} links to {target}, which does not exist"
        if anchor and linked.suffix == ".md":
            assert anchor in _anchors(linked), f"{page.name} links to {target}: no such heading"


def test_every_docs_page_is_in_the_index() -> None:
    index = (DOCS / "README.md").read_text()
    for page in DOCS.glob("*.md"):
        if page.name != "README.md":
            assert f"]({page.name})" in index, f"docs/README.md does not list {page.name}"


def _error_table(page: Path) -> list[str]:
    lines = page.read_text().splitlines()
    start = lines.index("| class | `code` values | typical cause |")
    return list(itertools.takewhile(lambda line: line.startswith("|"), lines[start:]))


def test_the_error_table_is_the_same_in_the_readme_and_in_docs_errors() -> None:
    table = _error_table(README)
    assert table == _error_table(DOCS / "errors.md")
    for row in table[2:]:
        name = row.split("|")[1].strip().split()[0].strip("`")
        assert name in litellm_sdk.__all__, name


@pytest.mark.parametrize("cls", [litellm_sdk.VirtualKeyInfo, litellm_sdk.ModelInfo, litellm_sdk.Features])
def test_key_lifecycle_names_every_field_of_what_a_login_returns(cls: type) -> None:
    text = (DOCS / "key-lifecycle.md").read_text()
    for field in attrs.fields(cls):
        named = f"`{field.name}`" in text or (field.name.startswith("supports_") and "`supports_*`" in text)
        assert named, f"docs/key-lifecycle.md does not name {cls.__name__}.{field.name}"
