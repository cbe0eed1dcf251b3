"""Apply declarative spec fixes (JSON Patch ops and generic rules), each carrying a reason.

A fix that matches nothing no longer applies: that is an error, so an upstream change that makes a
fix stale is noticed instead of silently skipped.
"""

from __future__ import annotations

import copy
import fnmatch
import re
from collections import Counter
from collections.abc import Callable, Iterator
from typing import Any

JSON = Any
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


class FixError(Exception):
    """A fix could not be applied to the spec (malformed, or no longer matching upstream)."""


# --- JSON Pointer / JSON Patch (RFC 6901 / RFC 6902 subset: add, remove, replace, test) ---


def _tokens(pointer: str) -> list[str]:
    if pointer == "":
        return []
    if not pointer.startswith("/"):
        raise FixError(f"invalid JSON pointer {pointer!r}")
    return [t.replace("~1", "/").replace("~0", "~") for t in pointer[1:].split("/")]


def _parent(doc: JSON, pointer: str) -> tuple[JSON, str]:
    tokens = _tokens(pointer)
    if not tokens:
        raise FixError("cannot patch the document root")
    node = doc
    for i, token in enumerate(tokens[:-1]):
        node = _child(node, token, _pointer(tokens[: i + 1]))
    return node, tokens[-1]


def _pointer(tokens: list[str]) -> str:
    return "".join("/" + _escape(t) for t in tokens)


def _child(node: JSON, token: str, where: str) -> JSON:
    if isinstance(node, dict):
        if token not in node:
            raise FixError(f"path {where} does not exist")
        return node[token]
    if isinstance(node, list):
        try:
            return node[int(token)]
        except (ValueError, IndexError):
            raise FixError(f"path {where} does not exist") from None
    raise FixError(f"path {where} does not exist")


def resolve(doc: JSON, pointer: str) -> JSON:
    """Value at a JSON pointer, or FixError."""
    node = doc
    tokens = _tokens(pointer)
    for i, token in enumerate(tokens):
        node = _child(node, token, _pointer(tokens[: i + 1]))
    return node


def apply_patch_op(doc: JSON, op: dict[str, Any]) -> None:
    """Apply one JSON Patch operation in place. `add` must not overwrite: use `replace` for that."""
    kind, pointer = op.get("op"), op.get("path")
    if not isinstance(pointer, str):
        raise FixError(f"patch op {kind!r} has no path")
    if kind == "test":
        if resolve(doc, pointer) != op.get("value"):
            raise FixError(f"test failed at {pointer}: upstream value changed")
        return
    parent, last = _parent(doc, pointer)
    if kind == "add":
        value = copy.deepcopy(op["value"])
        if isinstance(parent, list):
            if last == "-":
                parent.append(value)
            else:
                parent.insert(int(last), value)
        elif isinstance(parent, dict):
            if last in parent:
                raise FixError(f"add {pointer}: already exists upstream (use replace, or drop the fix)")
            parent[last] = value
        else:
            raise FixError(f"add {pointer}: parent is not a container")
    elif kind in ("remove", "replace"):
        _child(parent, last, pointer)
        if kind == "remove":
            if isinstance(parent, list):
                del parent[int(last)]
            else:
                del parent[last]
        else:
            parent[int(last) if isinstance(parent, list) else last] = copy.deepcopy(op["value"])
    else:
        raise FixError(f"unsupported patch op {kind!r} at {pointer}")


# --- generic rules ---


def _walk(node: JSON, pointer: str = "") -> Iterator[tuple[str, JSON]]:
    """Every dict in the document with its pointer (depth first, document order)."""
    if isinstance(node, dict):
        yield pointer, node
        for key, value in node.items():
            yield from _walk(value, f"{pointer}/{_escape(key)}")
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from _walk(value, f"{pointer}/{i}")


def _escape(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")


def operations(spec: JSON) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """(METHOD, path, operation) for every operation, in document order."""
    for path, item in spec.get("paths", {}).items():
        for method, op in item.items():
            if method in HTTP_METHODS:
                yield method.upper(), path, op


def _is_nullable_anyof(schema: dict[str, Any]) -> bool:
    return any(isinstance(s, dict) and s.get("type") == "null" for s in schema.get("anyOf", ()))


def rule_drop_empty_default_on_nullable_anyof(spec: JSON, fix: dict[str, Any]) -> int:
    """Remove `default: {}` / `default: []` from nullable anyOf schemas (the generator rejects them)."""
    count = 0
    for _, node in _walk(spec):
        if "anyOf" in node and node.get("default", None) in ({}, []) and _is_nullable_anyof(node):
            del node["default"]
            count += 1
    return count


def rule_unique_schema_titles(spec: JSON, fix: dict[str, Any]) -> int:
    """Give component schemas sharing a title (pydantic -Input/-Output pairs) their component name."""
    schemas = spec.get("components", {}).get("schemas", {})
    titles = Counter(s.get("title", name) for name, s in schemas.items() if isinstance(s, dict))
    count = 0
    for name, schema in schemas.items():
        if isinstance(schema, dict) and titles[schema.get("title", name)] > 1 and schema.get("title") != name:
            schema["title"] = name
            count += 1
    return count


def rule_non_null_path_params(spec: JSON, fix: dict[str, Any]) -> int:
    """Path parameters are always present: replace `anyOf: [X, null]` by X."""
    count = 0
    for _, _, op in operations(spec):
        for param in op.get("parameters", []):
            schema = param.get("schema", {})
            if param.get("in") == "path" and _is_nullable_anyof(schema):
                rest = [s for s in schema["anyOf"] if s.get("type") != "null"]
                if len(rest) != 1:
                    raise FixError(f"path parameter {param.get('name')!r} has an ambiguous nullable union")
                new = {k: v for k, v in schema.items() if k not in ("anyOf", "default")}
                new.update(rest[0])
                param["schema"] = new
                count += 1
    return count


def rule_merge_array_unions(spec: JSON, fix: dict[str, Any]) -> int:
    """Turn `anyOf: [array of A, array of B, ...]` into one array of `anyOf: [A, B]` (other branches kept)."""
    count = 0
    for _, node in _walk(spec):
        branches = node.get("anyOf")
        if not isinstance(branches, list):
            continue
        arrays = [
            b for b in branches if isinstance(b, dict) and b.get("type") == "array" and set(b) <= {"type", "items"}
        ]
        if len(arrays) < 2:
            continue
        merged = {"type": "array", "items": {"anyOf": [b.get("items", {}) for b in arrays]}}
        first = branches.index(arrays[0])
        rest = [b for b in branches if not any(b is a for a in arrays)]
        rest.insert(first, merged)
        node["anyOf"] = rest
        count += 1
    return count


def _python_name(name: str) -> str:
    return re.sub(r"[^0-9a-zA-Z]+", "_", name).strip("_").lower()


def rule_drop_colliding_properties(spec: JSON, fix: dict[str, Any]) -> int:
    """Drop aliases like `image[]` whose Python name collides with a sibling (`image`) that stays."""
    count = 0
    for _, node in _walk(spec):
        props = node.get("properties")
        if node.get("type") != "object" or not isinstance(props, dict):
            continue
        seen: dict[str, str] = {}
        for name in sorted(props, key=lambda n: (len(n), n)):
            key = _python_name(name)
            if key in seen:
                del props[name]
                if name in node.get("required", []):
                    node["required"] = [r for r in node["required"] if r != name]
                count += 1
            else:
                seen[key] = name
    return count


def rule_add_security_alternative(spec: JSON, fix: dict[str, Any]) -> int:
    """Next to each requirement on `alongside`, add an alternative requirement on `scheme`."""
    scheme, alongside = fix["scheme"], fix["alongside"]
    if scheme not in spec.get("components", {}).get("securitySchemes", {}):
        raise FixError(f"security scheme {scheme!r} is not declared (add it before this rule)")
    count = 0
    targets = [op for _, _, op in operations(spec)]
    if "security" in spec:
        targets.append(spec)
    for target in targets:
        reqs = target.get("security")
        if reqs and any(alongside in r for r in reqs) and not any(scheme in r for r in reqs):
            reqs.append({scheme: []})
            count += 1
    return count


def _match_any(value: str, patterns: list[str]) -> bool:
    return any(fnmatch.fnmatchcase(value, p) for p in patterns)


def rule_error_responses(spec: JSON, fix: dict[str, Any]) -> int:
    """Declare error responses (status -> schema) on operations whose path matches a glob."""
    count = 0
    responses_spec: dict[str, Any] = fix["responses"]
    for _, path, op in operations(spec):
        if not _match_any(path, fix["paths"]) or _match_any(path, fix.get("exclude", [])):
            continue
        responses = op.setdefault("responses", {})
        for status, response in responses_spec.items():
            status = str(status)
            if status in responses and not fix.get("replace_existing", {}).get(status, False):
                continue
            responses[status] = copy.deepcopy(response)
            count += 1
    return count


RULES: dict[str, Callable[[JSON, dict[str, Any]], int]] = {
    "drop-empty-default-on-nullable-anyof": rule_drop_empty_default_on_nullable_anyof,
    "unique-schema-titles": rule_unique_schema_titles,
    "non-null-path-params": rule_non_null_path_params,
    "drop-colliding-properties": rule_drop_colliding_properties,
    "merge-array-unions": rule_merge_array_unions,
    "add-security-alternative": rule_add_security_alternative,
    "error-responses": rule_error_responses,
}


def describe(fix: dict[str, Any]) -> str:
    """Short human name of a fix for error lines and reports."""
    if "rule" in fix:
        return f"rule {fix['rule']}" + (f" ({fix['name']})" if "name" in fix else "")
    return f"{fix.get('op')} {fix.get('path')}"


def apply_fixes(
    spec: JSON, fixes: list[dict[str, Any]], *, failures: list[str] | None = None
) -> tuple[JSON, list[tuple[str, int]]]:
    """Return a fixed deep copy of `spec` and (fix, changes) per fix; raise FixError on a stale fix.

    With a `failures` list, every stale fix is appended to it instead (as its error line) and the rest still
    apply, so an upgrade can report all of them at once. A failed `test` guard also skips the patch ops on the
    same path that follow it (they were written for the value the guard expected).
    """
    doc = copy.deepcopy(spec)
    applied: list[tuple[str, int]] = []
    failed_guards: set[str] = set()
    for index, fix in enumerate(fixes):
        try:
            if not isinstance(fix, dict) or not str(fix.get("reason", "")).strip():
                raise FixError(f"fix #{index} has no reason")
            name = describe(fix)
            if failures is not None and "rule" not in fix and fix.get("path") in failed_guards:
                failures.append(f"fix #{index} [{name}] skipped: the test guard on its path failed")
                continue
            try:
                if "rule" in fix:
                    rule = RULES.get(fix["rule"])
                    if rule is None:
                        raise FixError(f"unknown rule {fix['rule']!r}")
                    changed = rule(doc, fix)
                    if changed == 0 and not fix.get("optional", False):
                        raise FixError("matched nothing: the fix no longer applies to this spec")
                else:
                    apply_patch_op(doc, fix)
                    changed = 1
            except FixError as exc:
                if fix.get("op") == "test":
                    failed_guards.add(str(fix.get("path")))
                raise FixError(f"fix #{index} [{name}] failed: {exc}") from None
            except (KeyError, TypeError, ValueError) as exc:
                raise FixError(f"fix #{index} [{name}] is malformed: {exc!r}") from None
        except FixError as exc:
            if failures is None:
                raise
            failures.append(str(exc))
            continue
        applied.append((name, changed))
    return doc, applied


def merge_examples(spec: JSON, recorded: dict[str, Any], error_schema_ref: str) -> int:
    """Put recorded response bodies into the spec as named examples; returns how many were merged.

    An error status the spec does not declare gets a response that references the error schema.
    """
    merged = 0
    for key, by_status in recorded.items():
        method, _, path = key.partition(" ")
        op = spec.get("paths", {}).get(path, {}).get(method.lower())
        if op is None:
            raise FixError(f"recorded examples name {key!r}, which the spec does not have")
        for status, examples in by_status.items():
            responses = op.setdefault("responses", {})
            if str(status) not in responses:
                if not str(status).startswith(("4", "5")):
                    raise FixError(f"recorded examples name undeclared success status {status} of {key!r}")
                responses[str(status)] = {
                    "description": "Error",
                    "content": {"application/json": {"schema": {"$ref": error_schema_ref}}},
                }
            content = responses[str(status)].setdefault("content", {})
            media = content.setdefault("application/json", {"schema": {}})
            target = media.setdefault("examples", {})
            for name, value in examples.items():
                target[name] = {"value": value}
                merged += 1
    return merged
