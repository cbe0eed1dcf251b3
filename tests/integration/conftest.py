"""Integration tier: the SDK logs at DEBUG for every test, and everything the tier prints or logs is kept
for a redaction audit (tests/integration/test_redaction.py), which runs after all other tests of the session.

Collected: every record of the ``litellm_sdk`` logger (DEBUG and up, with tracebacks) and the captured
stdout, stderr and log sections of every integration test report.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator

import pytest

AUDIT_TEST = "test_no_secret_in_any_output_of_the_integration_tier"

#: A LiteLLM key: ``sk-`` and at least 20 URL-safe characters.
KEY_SHAPE = re.compile(r"sk-[A-Za-z0-9_\-]{20,}")


class Transcript(logging.Handler):
    """Every log record and captured section of the tier, as (where, text)."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
        self.entries: list[tuple[str, str]] = []
        self.current = "session"

    def emit(self, record: logging.LogRecord) -> None:
        try:
            text = self.format(record)
        except Exception as exc:  # a record that cannot be formatted is itself worth a look
            text = f"unformattable record {record.msg!r} {record.args!r}: {exc!r}"
        self.entries.append((f"{self.current} [log {record.name}]", text))

    def add(self, where: str, text: str) -> None:
        self.entries.append((where, text))


TRANSCRIPT = Transcript()


def is_placeholder(candidate: str) -> bool:
    """Obvious test placeholders (``sk-not-the-master-key-0000``, ``sk-AAAA...``): no capital letter or
    fewer than 8 distinct characters. A real key (``token_urlsafe``) has both with near certainty."""
    body = candidate[3:]
    return not any(c.isupper() for c in body) or len(set(body)) < 8


def leaked_keys(text: str) -> list[str]:
    return [m for m in KEY_SHAPE.findall(text) if not is_placeholder(m)]


@pytest.fixture(scope="session", autouse=True)
def sdk_debug_logging() -> Iterator[Transcript]:
    """``litellm_sdk`` at DEBUG for the whole tier, every record into the transcript."""
    logger = logging.getLogger("litellm_sdk")
    level = logger.level
    logger.setLevel(logging.DEBUG)
    logger.addHandler(TRANSCRIPT)
    try:
        yield TRANSCRIPT
    finally:
        logger.removeHandler(TRANSCRIPT)
        logger.setLevel(level)


@pytest.fixture(autouse=True)
def _name_the_test(request: pytest.FixtureRequest) -> Iterator[None]:
    TRANSCRIPT.current = request.node.nodeid
    yield
    TRANSCRIPT.current = "session"


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    """Keep the captured stdout/stderr/log sections of every integration test phase."""
    for title, text in report.sections:
        if text:
            TRANSCRIPT.add(f"{report.nodeid} [{title}]", text)


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Run the redaction audit after every other test of the session."""
    audit = [item for item in items if item.name == AUDIT_TEST]
    if audit:
        items[:] = [item for item in items if item.name != AUDIT_TEST] + audit
