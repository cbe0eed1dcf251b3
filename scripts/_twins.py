"""How much of each sync/async twin is copied: the measure of issue 19 ("strip async/await and diff").

For each pair of twin classes, take each class's whole source (decorators, signatures, docstrings, blank lines: all
of it counts), make both read alike (drop ``async ``/``await ``, the async protocol names ``__aenter__ __aexit__
__aiter__ __anext__ aclose StopAsyncIteration`` become their sync names, and the ``Async`` or ``Sync`` prefix of a
name goes: ``AsyncIterator`` is ``Iterator``, ``SyncRunner`` and ``AsyncRunner`` are ``Runner``), strip trailing
spaces, and match the two line lists with difflib (no autojunk, so blank lines are matched like any other line).

``copied`` is the number of lines in the matching blocks: lines written once per twin that say the same thing.
``identical`` is difflib's ratio, 2 * copied / (sync lines + async lines). Stdlib only: runs without the venv.
"""

from __future__ import annotations

import ast
import difflib
import re
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

#: (label, file of the sync class, sync class, file of the async class, async class)
PAIRS: tuple[tuple[str, str, str, str, str], ...] = (
    ("clients", "litellm_sdk/client.py", "LiteLLMClient", "litellm_sdk/client.py", "AsyncLiteLLMClient"),
    ("key clients", "litellm_sdk/_use/client.py", "KeyClient", "litellm_sdk/_use/client.py", "AsyncKeyClient"),
    ("waiting", "litellm_sdk/_config.py", "Blocking", "litellm_sdk/_config.py", "Awaiting"),
    ("streams", "litellm_sdk/_use/client.py", "ChatStream", "litellm_sdk/_use/client.py", "AsyncChatStream"),
    ("runners", "litellm_sdk/_engine/http.py", "SyncRunner", "litellm_sdk/_engine/async_runner.py", "AsyncRunner"),
    ("stream bodies", "litellm_sdk/_engine/http.py", "Body", "litellm_sdk/_engine/async_runner.py", "AsyncBody"),
)

_ALIKE: tuple[tuple[str, str], ...] = (
    (r"\b(async|await) ", ""),
    (r"\b__aenter__\b", "__enter__"),
    (r"\b__aexit__\b", "__exit__"),
    (r"\b__aiter__\b", "__iter__"),
    (r"\b__anext__\b", "__next__"),
    (r"\bStopAsyncIteration\b", "StopIteration"),
    (r"\baclose\b", "close"),
    (r"\b(Async|Sync)(?=[A-Z])", ""),
)


@dataclass(frozen=True)
class Twins:
    label: str
    sync_lines: int
    async_lines: int
    copied: int

    @property
    def identical(self) -> float:
        return 2 * self.copied / (self.sync_lines + self.async_lines)


def class_source(path: Path, name: str) -> list[str]:
    """The lines of class ``name`` in ``path``, decorators included; [] when the file has no such class."""
    if not path.exists():
        return []
    lines = path.read_text().splitlines()
    for node in ast.walk(ast.parse("\n".join(lines))):
        if isinstance(node, ast.ClassDef) and node.name == name:
            start = min([node.lineno, *(d.lineno for d in node.decorator_list)])
            return lines[start - 1 : node.end_lineno]
    return []


def alike(line: str) -> str:
    for pattern, repl in _ALIKE:
        line = re.sub(pattern, repl, line)
    return line.rstrip()


def copied_lines(sync_file: str, sync_name: str, async_file: str, async_name: str) -> tuple[list[str], list[int]]:
    """The sync twin's lines (read alike) and the indexes of those the async twin has too."""
    left = [alike(line) for line in class_source(ROOT / sync_file, sync_name)]
    right = [alike(line) for line in class_source(ROOT / async_file, async_name)]
    blocks = difflib.SequenceMatcher(None, left, right, autojunk=False).get_matching_blocks()
    return left, [i for b in blocks for i in range(b.a, b.a + b.size)]


def measure(label: str, sync_file: str, sync_name: str, async_file: str, async_name: str) -> Twins:
    left, copied = copied_lines(sync_file, sync_name, async_file, async_name)
    right = class_source(ROOT / async_file, async_name)
    return Twins(label, len(left), len(right), len(copied))


def measure_all() -> list[Twins]:
    return [measure(*pair) for pair in PAIRS]


def main(argv: list[str]) -> int:
    if argv and argv[0] in ("-h", "--help"):
        print(
            __doc__
            + "\nscripts/twins [--show PAIR]: the figures; --show prints PAIR's sync twin, copied lines marked ="
        )
        return 0
    if argv and argv[0] == "--show":
        label = " ".join(argv[1:])
        pair = next((p for p in PAIRS if p[0] == label), None)
        if pair is None:
            print(f"twins: no pair {label!r}; one of: {', '.join(p[0] for p in PAIRS)}", file=sys.stderr)
            return 2
        left, copied = copied_lines(*pair[1:])
        marked = set(copied)
        for i, line in enumerate(left):
            print(("= " if i in marked else "  ") + line)
        return 0
    print(f"{'pair':<12} {'sync':>5} {'async':>6} {'copied':>7} {'identical':>10}")
    for twins in measure_all():
        print(
            f"{twins.label:<12} {twins.sync_lines:>5} {twins.async_lines:>6} {twins.copied:>7} {twins.identical:>10.0%}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
