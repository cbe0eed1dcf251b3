"""The spec fix applier (scripts/_regen/fixes.py) on small synthetic specs: each kind of fix, and stale fixes."""

from __future__ import annotations

from typing import Any

import pytest
from _regen.fixes import FixError, apply_fixes, merge_examples

NULLABLE_OBJ = {"anyOf": [{"type": "object", "additionalProperties": True}, {"type": "null"}], "default": {}}


def spec(**extra: Any) -> dict[str, Any]:
    doc: dict[str, Any] = {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "1"},
        "paths": {
            "/key/info": {
                "get": {
                    "operationId": "info",
                    "security": [{"APIKeyHeader": []}],
                    "responses": {"200": {"description": "ok", "content": {"application/json": {"schema": {}}}}},
                }
            },
            "/key/{key}/regenerate": {
                "post": {
                    "operationId": "regen",
                    "parameters": [
                        {
                            "name": "key",
                            "in": "path",
                            "required": True,
                            "schema": {"title": "Key", "anyOf": [{"type": "string"}, {"type": "null"}]},
                        }
                    ],
                    "responses": {"200": {"description": "ok"}},
                }
            },
        },
        "components": {
            "schemas": {
                "Req": {
                    "title": "Req",
                    "type": "object",
                    "properties": {
                        "metadata": dict(NULLABLE_OBJ),
                        "tags": {"anyOf": [{"type": "array"}, {"type": "null"}], "default": []},
                        "plain": {"type": "object", "default": {}},
                    },
                },
                "Text-Input": {"title": "Text", "type": "object"},
                "Text-Output": {"title": "Text", "type": "object"},
                "Body": {
                    "type": "object",
                    "required": ["image[]"],
                    "properties": {"image": {"type": "string"}, "image[]": {"type": "array"}},
                },
            },
            "securitySchemes": {"APIKeyHeader": {"type": "apiKey", "in": "header", "name": "x-litellm-api-key"}},
        },
    }
    doc.update(extra)
    return doc


def fix(rule: str, **kw: Any) -> dict[str, Any]:
    return {"rule": rule, "reason": "test", **kw}


def test_drop_empty_default_on_nullable_anyof_only() -> None:
    out, applied = apply_fixes(spec(), [fix("drop-empty-default-on-nullable-anyof")])
    props = out["components"]["schemas"]["Req"]["properties"]
    assert "default" not in props["metadata"]
    assert "default" not in props["tags"]
    assert props["plain"]["default"] == {}  # not nullable anyOf: untouched
    assert applied == [("rule drop-empty-default-on-nullable-anyof", 2)]


def test_input_is_not_mutated() -> None:
    original = spec()
    apply_fixes(original, [fix("drop-empty-default-on-nullable-anyof")])
    assert original["components"]["schemas"]["Req"]["properties"]["metadata"]["default"] == {}


def test_unique_schema_titles() -> None:
    out, _ = apply_fixes(spec(), [fix("unique-schema-titles")])
    schemas = out["components"]["schemas"]
    assert schemas["Text-Input"]["title"] == "Text-Input"
    assert schemas["Text-Output"]["title"] == "Text-Output"
    assert schemas["Req"]["title"] == "Req"


def test_non_null_path_params() -> None:
    out, _ = apply_fixes(spec(), [fix("non-null-path-params")])
    param = out["paths"]["/key/{key}/regenerate"]["post"]["parameters"][0]
    assert param["schema"] == {"title": "Key", "type": "string"}


def test_drop_colliding_properties_keeps_plain_name() -> None:
    out, _ = apply_fixes(spec(), [fix("drop-colliding-properties")])
    body = out["components"]["schemas"]["Body"]
    assert list(body["properties"]) == ["image"]
    assert body["required"] == []


def test_security_alternative_needs_declared_scheme_and_adds_it() -> None:
    with pytest.raises(FixError, match="HTTPBearer"):
        apply_fixes(spec(), [fix("add-security-alternative", scheme="HTTPBearer", alongside="APIKeyHeader")])
    fixes = [
        {
            "op": "add",
            "path": "/components/securitySchemes/HTTPBearer",
            "value": {"type": "http", "scheme": "bearer"},
            "reason": "bearer",
        },
        fix("add-security-alternative", scheme="HTTPBearer", alongside="APIKeyHeader"),
    ]
    out, applied = apply_fixes(spec(), fixes)
    assert out["paths"]["/key/info"]["get"]["security"] == [{"APIKeyHeader": []}, {"HTTPBearer": []}]
    assert applied[1][1] == 1


def test_error_responses_by_path_glob() -> None:
    resp = {"description": "e", "content": {"application/json": {"schema": {"$ref": "#/x"}}}}
    out, _ = apply_fixes(spec(), [fix("error-responses", paths=["/key/info"], responses={"404": resp})])
    assert out["paths"]["/key/info"]["get"]["responses"]["404"] == resp
    assert "404" not in out["paths"]["/key/{key}/regenerate"]["post"]["responses"]


def test_json_patch_test_and_replace() -> None:
    pointer = "/paths/~1key~1info/get/responses/200/content/application~1json/schema"
    fixes = [
        {"op": "test", "path": pointer, "value": {}, "reason": "guard"},
        {"op": "replace", "path": pointer, "value": {"type": "string"}, "reason": "type it"},
    ]
    out, _ = apply_fixes(spec(), fixes)
    assert out["paths"]["/key/info"]["get"]["responses"]["200"]["content"]["application/json"]["schema"] == {
        "type": "string"
    }


@pytest.mark.parametrize(
    ("stale", "message"),
    [
        ({"op": "replace", "path": "/paths/~1gone/get", "value": {}, "reason": "r"}, "does not exist"),
        ({"op": "remove", "path": "/components/schemas/Nope", "reason": "r"}, "does not exist"),
        ({"op": "add", "path": "/components/schemas/Req", "value": {}, "reason": "r"}, "already exists"),
        ({"op": "test", "path": "/info/title", "value": "other", "reason": "r"}, "upstream value changed"),
        (fix("non-null-path-params"), "no longer applies"),
        (fix("no-such-rule"), "unknown rule"),
        ({"op": "add", "path": "/x", "value": 1}, "no reason"),
    ],
)
def test_stale_or_bad_fix_raises_clear_error(stale: dict[str, Any], message: str) -> None:
    already_fixed = apply_fixes(spec(), [fix("non-null-path-params")])[0]
    with pytest.raises(FixError, match=message) as info:
        apply_fixes(already_fixed, [stale])
    assert "\n" not in str(info.value)


def test_optional_rule_may_match_nothing() -> None:
    _, applied = apply_fixes(spec(), [fix("non-null-path-params"), fix("non-null-path-params", optional=True)])
    assert applied[-1][1] == 0


def test_merge_examples_adds_error_response() -> None:
    doc = spec()
    recorded = {"GET /key/info": {"200": {"default": {"key": "k", "info": {}}}, "404": {"not_found": {"error": {}}}}}
    assert merge_examples(doc, recorded, "#/components/schemas/ErrorEnvelope") == 2
    responses = doc["paths"]["/key/info"]["get"]["responses"]
    assert responses["200"]["content"]["application/json"]["examples"]["default"] == {"value": {"key": "k", "info": {}}}
    assert responses["404"]["content"]["application/json"]["schema"] == {"$ref": "#/components/schemas/ErrorEnvelope"}
    with pytest.raises(FixError, match="GET /nope"):
        merge_examples(doc, {"GET /nope": {}}, "#/x")
