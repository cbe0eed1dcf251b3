"""The README's promises: its first commands exist and CI runs the test one; its Python examples compile and
use only names the SDK exports."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import litellm_sdk

ROOT = Path(__file__).resolve().parents[2]
README = (ROOT / "README.md").read_text()


def test_first_commands_exist_and_ci_runs_the_test_command() -> None:
    first_block = README.split("```sh", 1)[1].split("```", 1)[0]
    commands = [line.split("#")[0].strip() for line in first_block.strip().splitlines()]
    assert commands == ["scripts/demo", "scripts/test"]
    for command in commands:
        assert (ROOT / command).is_file(), command
    ci = (ROOT / ".ci" / "run").read_text()
    assert "scripts/test" in ci


def test_python_examples_compile_and_import_real_names() -> None:
    blocks = re.findall(r"```python\n(.*?)```", README, re.S)
    assert len(blocks) >= 5
    for block in blocks:
        tree = ast.parse(block)
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module == "litellm_sdk":
                for alias in node.names:
                    assert alias.name in litellm_sdk.__all__, alias.name
