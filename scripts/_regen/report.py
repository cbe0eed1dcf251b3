"""The upgrade report: what changed between the committed fixed spec and a new one, SDK-relevant changes first.

Order: (1) fields the SDK reads that the new spec lacks or whose type changed, (2) field-level changes (added,
removed, renamed, changed type) in the bodies the SDK sends or reads, (3) fixes that no longer apply, (4)
generator warnings, (5) operations added, removed, and whose request or response schema changed.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from . import sdk_fields
from .fixes import operations

Spec = dict[str, Any]
NOISE = ("description", "examples", "example", "title")
CONSTRAINTS = (
    "format",
    "enum",
    "const",
    "minimum",
    "maximum",
    "exclusiveMinimum",
    "exclusiveMaximum",
    "minLength",
    "maxLength",
    "pattern",
    "minItems",
    "maxItems",
)
DEPTH = 3  # nested object fields are compared down to a.b.c


# --- operations ---


def _fingerprints(spec: Spec) -> dict[str, str]:
    """A hash per component schema covering everything it references (cycles cut by name)."""
    schemas = spec.get("components", {}).get("schemas", {})
    done: dict[str, str] = {}

    def expand(node: Any, stack: tuple[str, ...]) -> Any:
        if isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str) and ref.startswith("#/components/schemas/"):
                return {"$ref": fingerprint(ref.rsplit("/", 1)[1], stack)}
            return {k: expand(v, stack) for k, v in node.items() if k not in ("description", "examples", "example")}
        if isinstance(node, list):
            return [expand(v, stack) for v in node]
        return node

    def fingerprint(name: str, stack: tuple[str, ...]) -> str:
        if name in done:
            return done[name]
        if name in stack or name not in schemas:
            return f"cycle:{name}"
        body = json.dumps(expand(schemas[name], (*stack, name)), sort_keys=True)
        digest = hashlib.sha256(body.encode()).hexdigest()[:16]
        done[name] = digest
        return digest

    for name in schemas:
        fingerprint(name, ())
    return done


def _op_shapes(spec: Spec) -> dict[str, tuple[str, str]]:
    prints = _fingerprints(spec)

    def norm(node: Any) -> Any:
        if isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str) and ref.startswith("#/components/schemas/"):
                return prints.get(ref.rsplit("/", 1)[1], ref)
            return {k: norm(v) for k, v in node.items() if k not in ("description", "examples", "example")}
        if isinstance(node, list):
            return [norm(v) for v in node]
        return node

    shapes = {}
    for method, path, op in operations(spec):
        request = json.dumps(norm([op.get("requestBody"), op.get("parameters")]), sort_keys=True)
        response = json.dumps(norm(op.get("responses")), sort_keys=True)
        shapes[f"{method} {path}"] = (request, response)
    return shapes


def operation_changes(old: Spec, new: Spec) -> list[str]:
    """Lines naming operations added, removed, and whose request or response schema changed."""
    before, after = _op_shapes(old), _op_shapes(new)
    added = sorted(set(after) - set(before))
    removed = sorted(set(before) - set(after))
    req = sorted(k for k in set(before) & set(after) if before[k][0] != after[k][0])
    resp = sorted(k for k in set(before) & set(after) if before[k][1] != after[k][1])
    lines = []
    for title, items in (
        ("operations added", added),
        ("operations removed", removed),
        ("request schema changed", req),
        ("response schema changed", resp),
    ):
        lines.append(f"{title}: {len(items)}")
        lines.extend(f"  {item}" for item in items)
    return lines


# --- fields of the bodies the SDK sends and reads ---


def type_of(spec: Spec, schema: Any, seen: frozenset[str] = frozenset()) -> str:
    """A short type signature: `integer|null`, `array<string>`, `object`, `integer{minimum: 0}` ..."""
    resolved, seen = sdk_fields._ref(spec, schema, seen)
    if not isinstance(resolved, dict):
        return "any"
    for key in ("anyOf", "oneOf"):
        if key in resolved:
            parts = sorted({type_of(spec, b, seen) for b in resolved[key]})
            return "|".join(parts)
    if "allOf" in resolved:
        parts = sorted({type_of(spec, b, seen) for b in resolved["allOf"]} - {"any"})
        return "&".join(parts) or "object"
    kind = resolved.get("type")
    if isinstance(kind, list):
        base = "|".join(sorted(str(k) for k in kind))
    elif kind == "array":
        base = f"array<{type_of(spec, resolved.get('items', {}), seen)}>"
    elif kind == "object" or "properties" in resolved:
        extra = resolved.get("additionalProperties")
        base = (
            f"map<{type_of(spec, extra, seen)}>"
            if isinstance(extra, dict) and extra and "properties" not in resolved
            else "object"
        )
    elif kind is None:
        base = "any"
    else:
        base = str(kind)
    constraints = {k: resolved[k] for k in CONSTRAINTS if k in resolved}
    if constraints:
        base += "{" + ", ".join(f"{k}: {json.dumps(v)}" for k, v in constraints.items()) + "}"
    return base


def flatten(spec: Spec, schema: Any, prefix: str = "", depth: int = DEPTH) -> dict[str, str]:
    """Dotted field name -> type signature (`required` appended) for the fields of an object schema."""
    out: dict[str, str] = {}
    if schema is None or depth == 0:
        return out
    required: set[str] = set()
    for branch in sdk_fields.branches(spec, schema):
        required.update(r for r in branch.get("required", ()) if isinstance(r, str))
    for name, sub in sorted(sdk_fields.properties(spec, schema).items()):
        dotted = f"{prefix}{name}"
        out[dotted] = type_of(spec, sub) + (" required" if name in required else "")
        if sdk_fields.properties(spec, sub):
            out.update(flatten(spec, sub, dotted + ".", depth - 1))
    return out


def field_changes(old: dict[str, str], new: dict[str, str]) -> list[str]:
    """`+ a: type`, `- b: type`, `~ c: old -> new`, `renamed? d -> e: type` lines."""
    added = sorted(set(new) - set(old))
    removed = sorted(set(old) - set(new))
    renamed: list[tuple[str, str]] = []
    for gone in list(removed):
        parent = gone.rsplit(".", 1)[0] if "." in gone else ""
        match = next(
            (a for a in added if new[a] == old[gone] and (a.rsplit(".", 1)[0] if "." in a else "") == parent),
            None,
        )
        if match is not None:
            renamed.append((gone, match))
            removed.remove(gone)
            added.remove(match)
    lines = [f"renamed? {a} -> {b}: {new[b]}" for a, b in renamed]
    lines += [f"removed {name}: {old[name]}" for name in removed]
    lines += [f"added {name}: {new[name]}" for name in added]
    lines += [
        f"changed {name}: {old[name]} -> {new[name]}" for name in sorted(set(old) & set(new)) if old[name] != new[name]
    ]
    return lines


def sdk_changes(old: Spec, new: Spec) -> list[str]:
    """The SDK-relevant part: fields read and lacking, then field changes per body the SDK sends or reads."""
    lines: list[str] = []
    missing = sdk_fields.missing_fields(new)
    absent = {s.label for s in sdk_fields.SURFACES if sdk_fields.surface_schema(new, s) is None}
    unknown = [(s, f) for s, f, why in missing if why is None]
    known = [(s, f, why) for s, f, why in missing if why is not None and s not in absent]
    present = [(s, f) for s, f in unknown if s not in absent]
    lines.append(f"fields the SDK reads that the new spec lacks: {len(present)}")
    lines.extend(f"  {surface}: {name}" for surface, name in present)
    gone = [s.label for s in sdk_fields.SURFACES if s.label in absent and s.reader is not None]
    if gone:
        lines.append(f"bodies the SDK reads that the new spec lacks: {len(gone)}")
        lines.extend(f"  {label} ({sum(1 for s, _ in unknown if s == label)} fields read)" for label in gone)
    lines.append(f"fields the SDK reads that the spec rightly lacks (known, see sdk_fields.KNOWN_ABSENT): {len(known)}")
    lines.extend(f"  {surface}: {name} ({why})" for surface, name, why in known)
    reads = sdk_fields.fields_read()
    retyped = []
    body_lines: list[str] = []
    for surface in sdk_fields.SURFACES:
        old_schema, new_schema = sdk_fields.surface_schema(old, surface), sdk_fields.surface_schema(new, surface)
        if old_schema is None and new_schema is None:
            continue
        before, after = flatten(old, old_schema), flatten(new, new_schema)
        if new_schema is None:
            body_lines.append(f"  {surface.label}: missing from the new spec")
            continue
        changes = field_changes(before, after)
        if surface.reader is not None:
            for name in reads[surface.label]:
                if name in before and name in after and before[name] != after[name]:
                    retyped.append(f"  {surface.label}: {name}: {before[name]} -> {after[name]}")
        if changes:
            body_lines.append(f"  {surface.label}: {len(changes)}")
            body_lines.extend(f"    {line}" for line in changes)
    lines.append(f"fields the SDK reads whose type changed: {len(retyped)}")
    lines.extend(retyped)
    lines.append(
        f"bodies the SDK sends or reads with field changes: {sum(1 for b in body_lines if not b.startswith('    '))}"
    )
    lines.extend(body_lines)
    return lines


def upgrade_report(
    old: Spec,
    new: Spec,
    *,
    stale_fixes: list[str] | None = None,
    warnings: list[str] | None = None,
) -> list[str]:
    """The whole report as lines (see the module docstring for the order)."""
    lines = ["SDK-relevant changes:"]
    lines.extend(f"  {line}" for line in sdk_changes(old, new))
    stale = stale_fixes or []
    lines.append(f"fixes that no longer apply: {len(stale)}")
    lines.extend(f"  {line}" for line in stale)
    warned = warnings or []
    lines.append(f"generator warnings: {len(warned)}")
    lines.extend(f"  {line}" for line in warned)
    lines.extend(operation_changes(old, new))
    return lines
