"""The sync and async twins stay thin: the lines each pair copies (scripts/twins, issue 19's measure) stay under a
ceiling. Everything that does not wait lives once in the shared bases; a twin method is its signature, a docstring
and the line that runs the operation. Raise a ceiling only with a reason in the commit message."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))

import _twins

#: copied lines allowed per pair; None: measured and printed only (another change owns that pair).
CEILINGS: dict[str, int | None] = {
    "clients": 36,
    "key clients": 25,
    "waiting": 19,
    "streams": 33,
    "runners": 57,
    "stream bodies": 13,
}


@pytest.mark.parametrize("pair", _twins.PAIRS, ids=[p[0] for p in _twins.PAIRS])
def test_each_twin_pair_is_found_and_copies_no_more_than_its_ceiling(pair: tuple[str, str, str, str, str]) -> None:
    twins = _twins.measure(*pair)
    assert twins.sync_lines and twins.async_lines, f"{pair}: a twin class is missing; update scripts/_twins.py"
    ceiling = CEILINGS[twins.label]
    if ceiling is not None:
        assert twins.copied <= ceiling, f"{twins.label} copy {twins.copied} lines (ceiling {ceiling})"


def test_the_measure_counts_blank_lines_and_docstrings_and_reads_async_names_as_sync(tmp_path: Path) -> None:
    source = tmp_path / "m.py"
    source.write_text(
        "class A:\n"
        '    """Doc."""\n'
        "\n"
        "    def __enter__(self) -> A:\n"
        "        return self.run(SyncRunner)\n"
        "\n"
        "\n"
        "class AsyncA:\n"
        '    """See A."""\n'
        "\n"
        "    async def __aenter__(self) -> AsyncA:\n"
        "        return await self.run(AsyncRunner)\n"
    )
    twins = _twins.measure("m", str(source), "A", str(source), "AsyncA")
    assert (twins.sync_lines, twins.async_lines, twins.copied) == (5, 5, 4)  # all but the docstring
    assert twins.identical == pytest.approx(0.8)
