"""Golden record: fixes applied to the committed upstream spec give exactly the committed fixed spec."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from _regen import pipeline
from _regen.report import operation_changes

ROOT = Path(__file__).resolve().parents[2]


def test_fixed_spec_matches_fixes_applied_to_committed_upstream() -> None:
    upstream = json.loads(pipeline.upstream_files()[0].read_text(encoding="utf-8"))
    fixed, applied, _ = pipeline.fix_spec(upstream)
    committed = pipeline.FIXED.read_text(encoding="utf-8")
    assert pipeline.canonical_json(fixed) == committed, "openapi/ is stale: run scripts/regenerate"
    assert all(changes > 0 for _, changes in applied)


def test_upstream_dump_is_canonical() -> None:
    path = pipeline.upstream_files()[0]
    text = path.read_text(encoding="utf-8")
    assert pipeline.canonical_json(json.loads(text)) == text
    assert path.name == f"litellm-{pipeline.pinned_version()}.openapi.json"


def test_every_fix_has_a_reason() -> None:
    assert all(str(f.get("reason", "")).strip() for f in pipeline.load_fixes())


def test_upgrade_report_names_changes() -> None:
    def op(schema: str) -> dict[str, object]:
        return {"responses": {"200": {"content": {"application/json": {"schema": {"$ref": schema}}}}}}

    old = {
        "paths": {"/a": {"get": op("#/components/schemas/A")}, "/gone": {"get": op("#/components/schemas/A")}},
        "components": {"schemas": {"A": {"type": "object", "properties": {"x": {"type": "string"}}}}},
    }
    new = {
        "paths": {"/a": {"get": op("#/components/schemas/A")}, "/new": {"post": op("#/components/schemas/A")}},
        "components": {"schemas": {"A": {"type": "object", "properties": {"x": {"type": "integer"}}}}},
    }
    report = operation_changes(old, new)
    assert report == [
        "operations added: 1",
        "  POST /new",
        "operations removed: 1",
        "  GET /gone",
        "request schema changed: 0",
        "response schema changed: 1",
        "  GET /a",
    ]


def test_recorded_examples_validate_against_their_schemas() -> None:
    from jsonschema import Draft202012Validator
    from referencing import Registry, Resource
    from referencing.jsonschema import DRAFT202012

    spec = json.loads(pipeline.FIXED.read_text(encoding="utf-8"))
    registry = Registry().with_resource("urn:spec", Resource.from_contents(spec, default_specification=DRAFT202012))
    failures = []
    for path, item in spec["paths"].items():
        for method, op in item.items():
            for status, response in op.get("responses", {}).items():
                media = response.get("content", {}).get("application/json", {})
                schema = json.loads(
                    json.dumps(media.get("schema", {})).replace('"#/components', '"urn:spec#/components')
                )
                validator = Draft202012Validator(schema, registry=registry)
                for name, example in media.get("examples", {}).items():
                    for error in validator.iter_errors(example["value"]):
                        failures.append(f"{method.upper()} {path} {status} {name}: {error.message[:200]}")
    assert failures == []


def test_invalid_version_is_one_line_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert pipeline.main(["--litellm-version", "1.0; rm -rf /"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert err == ["regenerate: error: invalid LiteLLM version '1.0; rm -rf /'"]
