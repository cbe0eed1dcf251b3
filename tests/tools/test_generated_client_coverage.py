"""The committed generated client covers the fixed spec completely and imports lazily.

Counts are recomputed from openapi/litellm-openapi.json and the generated tree, not read from the report.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml
from openapi_python_client.strings import ClassName, PythonIdentifier, snake_case

ROOT = Path(__file__).resolve().parents[2]
PKG = ROOT / "generated" / "litellm_proxy_client"
METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
KEY_GENERATE = "litellm_proxy_client.api.key_management.generate_key_fn_key_generate_post"
MAX_MODEL_MODULES = 50


@pytest.fixture(scope="module")
def fixed_spec() -> dict[str, Any]:
    spec: dict[str, Any] = json.loads((ROOT / "openapi" / "litellm-openapi.json").read_text(encoding="utf-8"))
    return spec


def test_every_operation_has_an_endpoint_module(fixed_spec: dict[str, Any]) -> None:
    modules = {p.stem for p in (PKG / "api").glob("*/*.py") if p.name != "__init__.py"}
    ops = [op for item in fixed_spec["paths"].values() for m, op in item.items() if m in METHODS]
    missing = [op["operationId"] for op in ops if snake_case(op["operationId"]) not in modules]
    assert len(ops) > 900
    assert missing == []
    report = json.loads((ROOT / "openapi" / "generation-report.json").read_text(encoding="utf-8"))
    assert report["operations_generated"] == report["operations_total"] == len(ops)
    assert report["generator_warnings"] == 0
    assert report["schemas_dropped"] == 0


def test_no_schema_dropped(fixed_spec: dict[str, Any]) -> None:
    models = {p.stem for p in (PKG / "models").glob("*.py")}
    config = yaml.safe_load((ROOT / "openapi" / "generator-config.yaml").read_text(encoding="utf-8"))
    overrides = config.get("class_overrides") or {}
    dropped = []
    for name, schema in fixed_spec["components"]["schemas"].items():
        is_model = schema.get("type") == "object" or "properties" in schema or "allOf" in schema
        if is_model or "enum" in schema:
            class_name = ClassName(schema.get("title", name), "field_")
            module = overrides.get(class_name, {}).get("module_name") or PythonIdentifier(class_name, "field_")
            if module not in models:
                dropped.append(name)
    assert dropped == []


@pytest.mark.parametrize(
    "module",
    [
        KEY_GENERATE,
        "litellm_proxy_client.api.key_management.info_key_fn_key_info_get",
        "litellm_proxy_client.api.key_management.update_key_fn_key_update_post",
        "litellm_proxy_client.api.key_management.delete_key_fn_key_delete_post",
        "litellm_proxy_client.api.key_management.list_keys_key_list_get",
        "litellm_proxy_client.api.key_management.regenerate_key_fn_key_key_regenerate_post",
        "litellm_proxy_client.api.model_management.model_group_info_model_group_info_get",
        "litellm_proxy_client.api.internal_user_management.new_user_user_new_post",
    ],
)
def test_sdk_endpoints_exist(module: str) -> None:
    path = ROOT / "generated" / Path(*module.split(".")).with_suffix(".py")
    assert "def sync_detailed(" in path.read_text(encoding="utf-8")


def test_key_generate_imports_few_model_modules() -> None:
    code = (
        f"import sys; import {KEY_GENERATE}; "
        "print(sum(1 for m in sys.modules if m.startswith('litellm_proxy_client.models.')))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT / "generated"
    )
    assert int(out.stdout) < MAX_MODEL_MODULES


def test_models_package_still_exports_every_model() -> None:
    code = (
        "import litellm_proxy_client.models as m; "
        "print(len(m.__all__), m.GenerateKeyRequest.__name__, m.ErrorEnvelope.__module__)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT / "generated"
    )
    count, name, module = out.stdout.split()
    assert int(count) > 1500
    assert name == "GenerateKeyRequest"
    assert module == "litellm_proxy_client.models.error_envelope"
