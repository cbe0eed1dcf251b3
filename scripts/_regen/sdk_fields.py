"""The bodies the hand-written layer (litellm_sdk) sends and reads, the fields it reads, and where they are in the spec.

The fields read are not listed by hand: each SDK reader is run on a recording mapping ("spy") that notes every
field it asks for, so the list is whatever the code in litellm_sdk/_manage/records.py, capabilities.py and _classify.py
reads today. `missing_fields(spec)` names each field read that the spec's schema for that body does not
declare; tests/tools/test_spec_declares_sdk_fields.py fails on any that is not in KNOWN_ABSENT, and the upgrade
report lists them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

Spec = dict[str, Any]


class Spy(dict[str, Any]):
    """A dict that records every key asked for (get, [], in). Values it holds are returned as usual."""

    def __init__(self, **values: Any) -> None:
        super().__init__(values)
        self.asked: list[str] = []

    def _note(self, key: object) -> None:
        if isinstance(key, str) and key not in self.asked:
            self.asked.append(key)

    def get(self, key: str, default: Any = None) -> Any:  # type: ignore[override]
        self._note(key)
        return super().get(key, default)

    def __getitem__(self, key: str) -> Any:
        self._note(key)
        return super().__getitem__(key)

    def __contains__(self, key: object) -> bool:
        self._note(key)
        return super().__contains__(key)


def _key_record() -> tuple[str, ...]:
    from litellm_sdk._manage.records import key_info_from_record

    asked: list[str] = []
    # an empty record, and one with budget windows and per-model budgets (their usage is read only when they exist)
    windows = {"budget_limits": [{"budget_duration": "1d", "max_budget": 1.0}], "model_max_budget": {"m": {}}}
    for spy in (Spy(), Spy(**windows)):
        key_info_from_record("sk-spy", spy, ())
        asked += [name for name in spy.asked if name not in asked]
    return tuple(asked)


def _key_list_entry() -> tuple[str, ...]:
    from litellm_sdk._manage.records import key_summary_from_record

    spy = Spy()
    key_summary_from_record(spy)
    return tuple(spy.asked)


def _model_group() -> tuple[str, ...]:
    from litellm_sdk.capabilities import model_from_group

    spy = Spy(model_group="spy-model")
    model_from_group(spy)
    return tuple(spy.asked)


def _error_envelope() -> tuple[str, ...]:
    from litellm_sdk import _classify

    spy = Spy(error=Spy())
    _classify._read_fields(spy, 400)
    return tuple(spy.asked)


def _error_envelope_error() -> tuple[str, ...]:
    from litellm_sdk import _classify

    inner = Spy()
    _classify._read_fields(Spy(error=inner), 400)
    return tuple(inner.asked)


def _validation_error() -> tuple[str, ...]:
    from litellm_sdk import _classify

    spy = Spy(detail=[])
    _classify._read_fields(spy, 422)
    return tuple(spy.asked)


def _validation_error_item() -> tuple[str, ...]:
    from litellm_sdk import _classify

    item = Spy(loc=["body", "spy"], msg="spy")
    _classify._read_fields(Spy(detail=[item]), 422)
    return tuple(item.asked)


@dataclass(frozen=True)
class Surface:
    """A body the SDK sends or reads: where its schema is in the spec, and (for reads) who reads it."""

    label: str
    method: str
    path: str
    where: str  # "request" or a response status
    steps: tuple[str, ...] = ()  # properties to descend into; "[]" = array items
    component: str | None = None  # a component schema instead of an operation
    reader: Callable[[], tuple[str, ...]] | None = None  # None: the SDK sends this body
    injected: tuple[str, ...] = ()  # fields the SDK puts into the record itself before reading it


SURFACES: tuple[Surface, ...] = (
    Surface("POST /key/generate request body", "post", "/key/generate", "request"),
    Surface("POST /key/update request body", "post", "/key/update", "request"),
    Surface("POST /key/{key}/regenerate request body", "post", "/key/{key}/regenerate", "request"),
    Surface("POST /key/generate 200 (key record)", "post", "/key/generate", "200", reader=_key_record),
    # find_key_record adds the key and its token id to /key/info's `info` before key_info_from_record reads it
    Surface(
        "GET /key/info 200 info (key record)",
        "get",
        "/key/info",
        "200",
        ("info",),
        reader=_key_record,
        injected=("key", "token"),
    ),
    Surface("POST /key/{key}/regenerate 200 (key record)", "post", "/key/{key}/regenerate", "200", reader=_key_record),
    Surface(
        "GET /key/list 200 keys[] (key summary)", "get", "/key/list", "200", ("keys", "[]"), reader=_key_list_entry
    ),
    Surface(
        "GET /model_group/info 200 data[] (model group)",
        "get",
        "/model_group/info",
        "200",
        ("data", "[]"),
        reader=_model_group,
    ),
    Surface("error body ErrorEnvelope", "", "", "", component="ErrorEnvelope", reader=_error_envelope),
    Surface(
        "error body ErrorEnvelope.error",
        "",
        "",
        "",
        ("error",),
        component="ErrorEnvelope",
        reader=_error_envelope_error,
    ),
    Surface("error body HTTPValidationError", "", "", "", component="HTTPValidationError", reader=_validation_error),
    Surface(
        "error body HTTPValidationError.detail[]",
        "",
        "",
        "",
        ("detail", "[]"),
        component="HTTPValidationError",
        reader=_validation_error_item,
    ),
)

# Fields an SDK reader asks for that the spec's schema rightly lacks, each with the reason. A test fails when an
# entry goes stale (the spec now declares the field, or the reader no longer reads it).
KNOWN_ABSENT: dict[tuple[str, str], str] = {
    (
        "POST /key/generate 200 (key record)",
        "budget_reset_at",
    ): "LiteLLM does not send it: /key/generate has response_model=GenerateKeyResponse, which has no budget_reset_at"
    " (the recorded 1.108.7 response with budget_duration 30d has none); request_key's budget.resets_at is None"
    " until describe_key reads /key/info, whose record has it",
    (
        "POST /key/{key}/regenerate 200 (key record)",
        "budget_reset_at",
    ): "as for /key/generate: the response model GenerateKeyResponse has no budget_reset_at",
    (
        "GET /key/info 200 info (key record)",
        "tags",
    ): "/key/info keeps tags in metadata.tags; tags_from_record falls back to it",
    (
        "GET /key/info 200 info (key record)",
        "token_id",
    ): "/key/info names the hash `token` (find_key_record sets it); the reader falls back to it",
    (
        "GET /key/info 200 info (key record)",
        "model_tpm_limit",
    ): "/key/info keeps per-model limits in metadata (recorded 1.108.7 /key/info); rate_limit_from_record falls back",
    (
        "GET /key/info 200 info (key record)",
        "model_rpm_limit",
    ): "/key/info keeps per-model limits in metadata (recorded 1.108.7 /key/info); rate_limit_from_record falls back",
    (
        "GET /key/list 200 keys[] (key summary)",
        "token_id",
    ): "/key/list entries name the hash `token`, which the reader asks for first; token_id is a fallback",
    (
        "error body HTTPValidationError",
        "error",
    ): "a probe: the error reader tries the envelope shape `error` first, then FastAPI's `detail`",
    (
        "GET /key/info 200 info (key record)",
        "budget_limits_usage",
    ): "LiteLLM 1.108+ adds it to /key/info's info dict beyond the declared model (info_key_fn: "
    "key_info_dict['budget_limits_usage'] = _build_budget_limits_usage(...)): the spend of each budget_limits window",
    (
        "GET /key/info 200 info (key record)",
        "model_max_budget_usage",
    ): "LiteLLM 1.108+ adds it to /key/info's info dict beyond the declared model (info_key_fn: "
    "key_info_dict['model_max_budget_usage'] = ...): the spend of each per-model budget",
    (
        "POST /key/generate 200 (key record)",
        "budget_limits_usage",
    ): "not sent for a new key (only /key/info has it); key_budgets reads every key record alike and counts a new "
    "key's windows as unspent",
    (
        "POST /key/generate 200 (key record)",
        "model_max_budget_usage",
    ): "not sent for a new key (only /key/info has it); a new key's per-model budgets count as unspent",
    (
        "POST /key/{key}/regenerate 200 (key record)",
        "budget_limits_usage",
    ): "not sent (only /key/info has it): a rotated key's window spend is then not known (ScopeBudget.spent None)",
    (
        "POST /key/{key}/regenerate 200 (key record)",
        "model_max_budget_usage",
    ): "not sent (only /key/info has it): a rotated key's per-model spend is then not known (spent None)",
}


# --- schema navigation ---


def _ref(spec: Spec, schema: Any, seen: frozenset[str] = frozenset()) -> tuple[Any, frozenset[str]]:
    while isinstance(schema, dict) and isinstance(schema.get("$ref"), str):
        name = schema["$ref"].rsplit("/", 1)[-1]
        if name in seen:
            return {}, seen
        seen = seen | {name}
        schema = spec.get("components", {}).get("schemas", {}).get(name, {})
    return schema, seen


def branches(spec: Spec, schema: Any, seen: frozenset[str] = frozenset()) -> Iterator[dict[str, Any]]:
    """The object-ish schemas a value may match: refs resolved, allOf/anyOf/oneOf flattened."""
    schema, seen = _ref(spec, schema, seen)
    if not isinstance(schema, dict):
        return
    yield schema
    for key in ("allOf", "anyOf", "oneOf"):
        for sub in schema.get(key, ()):
            yield from branches(spec, sub, seen)


def properties(spec: Spec, schema: Any) -> dict[str, Any]:
    """Every property a value of `schema` may have (union over allOf and union branches)."""
    out: dict[str, Any] = {}
    for branch in branches(spec, schema):
        for name, sub in branch.get("properties", {}).items():
            out.setdefault(name, sub)
    return out


def items(spec: Spec, schema: Any) -> Any:
    """The item schema of an array (the first array branch), or None."""
    for branch in branches(spec, schema):
        if "items" in branch:
            return branch["items"]
    return None


def surface_schema(spec: Spec, surface: Surface) -> Any:
    """The schema of a surface's body in `spec`, or None when the spec does not have it."""
    if surface.component is not None:
        schema: Any = spec.get("components", {}).get("schemas", {}).get(surface.component)
    else:
        op = spec.get("paths", {}).get(surface.path, {}).get(surface.method)
        if not isinstance(op, dict):
            return None
        holder = op.get("requestBody") if surface.where == "request" else op.get("responses", {}).get(surface.where)
        schema = (holder or {}).get("content", {}).get("application/json", {}).get("schema")
    for step in surface.steps:
        if schema is None:
            return None
        schema = items(spec, schema) if step == "[]" else properties(spec, schema).get(step)
    return schema


def fields_read() -> dict[str, tuple[str, ...]]:
    """Surface label -> the fields the SDK's reader asks for (from running it on a spy), minus injected ones."""
    return {s.label: tuple(f for f in s.reader() if f not in s.injected) for s in SURFACES if s.reader is not None}


def missing_fields(spec: Spec) -> list[tuple[str, str, str | None]]:
    """(surface, field, known reason or None) for every field the SDK reads that `spec` does not declare."""
    out: list[tuple[str, str, str | None]] = []
    reads = fields_read()
    for surface in SURFACES:
        if surface.reader is None:
            continue
        schema = surface_schema(spec, surface)
        declared = properties(spec, schema) if schema is not None else {}
        for name in reads[surface.label]:
            if name not in declared:
                out.append((surface.label, name, KNOWN_ABSENT.get((surface.label, name))))
    return out
