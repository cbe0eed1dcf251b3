"""Rewrite the generated `models/__init__.py` so models import lazily (PEP 562 module __getattr__).

The generator re-exports ~2,000 model classes eagerly; importing one endpoint module would then import
all of them (about a second). Type checkers still see every name through TYPE_CHECKING imports.
"""

from __future__ import annotations

import ast
from pathlib import Path

TEMPLATE = '''"""Contains all the data models used in inputs/outputs (imported lazily on first attribute access)."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
{imports}

_MODULES: dict[str, str] = {{
{modules}
}}

__all__ = (
{names}
)


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {{__name__!r}} has no attribute {{name!r}}")
    value = getattr(importlib.import_module(f"{{__name__}}.{{module}}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
'''


def make_lazy(init_path: Path) -> int:
    """Rewrite `init_path` in place; returns the number of lazily exported names."""
    tree = ast.parse(init_path.read_text(encoding="utf-8"))
    pairs: list[tuple[str, str]] = []
    for node in tree.body:
        if isinstance(node, ast.ImportFrom) and node.level == 1 and node.module:
            pairs.extend((alias.asname or alias.name, node.module) for alias in node.names)
        elif isinstance(node, ast.Import | ast.ImportFrom):
            raise ValueError(f"unexpected import in {init_path}: {ast.unparse(node)}")
    if not pairs:
        raise ValueError(f"no model imports found in {init_path}")
    imports = "\n".join(f"    from .{module} import {name}" for name, module in pairs)
    modules = "\n".join(f'    "{name}": "{module}",' for name, module in pairs)
    names = "\n".join(f'    "{name}",' for name, _ in sorted(pairs))
    init_path.write_text(TEMPLATE.format(imports=imports, modules=modules, names=names), encoding="utf-8")
    return len(pairs)
