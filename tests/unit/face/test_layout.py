"""The package's layout keeps its promise: a face over wings, each floor importing only floors below it.

Floors, lowest first (CONTRIBUTING.md, "Layout"): the leaves; the shared checks and value types; the engine; the one
client configuration; the two wings (key management, the key in use), which never import each other; the shells
(clients, CLI, generated-client glue); the face. Imports inside functions count too: a lazy import is still a
dependency, and a lower floor reaching up is how the old ``client <-> _use_client`` circle began.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[3] / "litellm_sdk"

FLOORS: dict[str, int] = {
    "errors": 0,
    "_constants": 0,
    "_version": 0,
    "_redact": 0,
    "_memo": 0,
    "_validate": 1,
    "_classify": 1,
    "types": 1,
    "cache": 1,
    "capabilities": 1,
    "_engine": 2,
    "_config": 3,
    "_manage": 4,
    "_use": 4,
    "client": 5,
    "cli": 5,
    "_api": 5,
    "_cli_format": 5,
    "": 6,  # litellm_sdk/__init__.py
}


def _module(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _imports() -> dict[str, set[str]]:
    """Every module of the package -> the package modules it imports, at any depth of its code."""
    graph: dict[str, set[str]] = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        deps: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text())):
            names: list[str] = []
            if isinstance(node, ast.ImportFrom) and node.module and node.module.split(".")[0] == "litellm_sdk":
                base = node.module.removeprefix("litellm_sdk").lstrip(".")
                for alias in node.names:
                    sub = f"{base}.{alias.name}".lstrip(".")
                    is_module = (PACKAGE / f"{sub.replace('.', '/')}.py").exists()
                    names.append(sub if is_module else base)
            elif isinstance(node, ast.Import):
                names = [
                    a.name.removeprefix("litellm_sdk").lstrip(".")
                    for a in node.names
                    if a.name.startswith("litellm_sdk")
                ]
            deps.update(names)
        graph[_module(path)] = deps - {_module(path)}
    return graph


def _floor(module: str) -> tuple[int, str]:
    top = module.split(".")[0]
    assert top in FLOORS, f"{module}: not on any floor; give it one in this test and in CONTRIBUTING.md"
    return FLOORS[top], top


GRAPH = _imports()


@pytest.mark.parametrize("module", sorted(GRAPH))
def test_a_module_imports_only_its_own_floor_or_lower_ones_and_never_the_other_wing(module: str) -> None:
    floor, wing = _floor(module)
    for dep in GRAPH[module]:
        dep_floor, dep_wing = _floor(dep)
        assert dep_floor <= floor, f"{module} (floor {floor}) imports {dep} (floor {dep_floor})"
        if dep_floor == floor and floor in (2, 4):  # inside a wing, a module may use its siblings only
            assert dep_wing == wing, f"{module} imports the other wing's {dep}"


def test_no_module_imports_itself_through_others() -> None:
    seen: dict[str, int] = {}  # 1 = on the current path, 2 = done

    def visit(module: str, path: list[str]) -> None:
        state = seen.get(module)
        assert state != 1, "import circle: " + " -> ".join([*path, module])
        if state == 2:
            return
        seen[module] = 1
        for dep in sorted(GRAPH.get(module, ())):
            if dep in GRAPH:
                visit(dep, [*path, module])
        seen[module] = 2

    for module in sorted(GRAPH):
        visit(module, [])


def test_the_error_tree_is_a_leaf() -> None:
    assert GRAPH["errors"] == set()


def test_the_floor_table_catches_an_import_from_a_lower_floor_to_a_higher_one() -> None:
    # the check above is only worth something if a real upward import would fail it
    assert _floor("client")[0] > _floor("_use.client")[0] > _floor("_engine.steps")[0] > _floor("errors")[0]
    assert "_config" in GRAPH["_use.client"] and "client" not in GRAPH["_use.client"]


#: Calls whose numeric arguments are tunables (sizes, attempts, timeouts): outside _constants.py they take names.
_TUNABLE_CALLS = {"IdentityMemo", "range", "setdefault", "scan_iter", "add_argument", "Timeout", "Limits"}


def _numeric_arguments(call: ast.Call) -> list[object]:
    values = [*call.args, *(k.value for k in call.keywords)]
    return [
        v.value
        for v in values
        if isinstance(v, ast.Constant) and isinstance(v.value, (int, float)) and not isinstance(v.value, bool)
    ]


def test_every_tunable_is_defined_in_constants() -> None:
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        if path.name == "_constants.py":
            continue
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.Call):
                func = node.func
                name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
                numbers = [n for n in _numeric_arguments(node) if n not in (0, 1)]
                if name in _TUNABLE_CALLS and numbers:
                    found.append(f"{path.relative_to(PACKAGE)}:{node.lineno} {name}{tuple(numbers)}")
    assert found == [], "give these a name in _constants.py"
