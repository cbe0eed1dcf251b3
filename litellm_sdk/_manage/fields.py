"""The typed fields of a key request, each defined once.

:class:`KeyFields` is the one definition of every ``/key/generate`` field the SDK types: its name, its Python
type, how it is checked before anything is sent, and its command-line flag. Both clients' signatures
(``**fields: Unpack[KeyFields]``), the generate / update / regenerate bodies, the CLI's flags and the
field-by-field test are derived from it, so adding a LiteLLM field is a one-place change. Any other LiteLLM
field passes through unchanged (``extra={...}``, or as a plain keyword when not type-checked).
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping, Sequence
from typing import Annotated, Any, Final, TypedDict, get_type_hints

import attrs

from litellm_sdk import _validate as check
from litellm_sdk.errors import InvalidRequestError

__all__ = ["ALL_MODELS", "AllModels", "Cli", "KeyFields", "KeyOptions", "build_body", "build_changes", "typed_fields"]


@attrs.frozen
class AllModels:
    """The type of :data:`ALL_MODELS`."""

    def __repr__(self) -> str:
        return "ALL_MODELS"


#: ``models=ALL_MODELS``: every model the key's team (or the proxy) allows; LiteLLM stores it as ``models: []``.
#: An empty list is refused instead, so a UI multi-select that a user emptied never mints an all-models key.
ALL_MODELS: Final = AllModels()


@attrs.frozen
class Cli:
    """How a field appears on the command line: ``kind`` is str, int, float, list (comma-separated, repeatable)
    or json (an object)."""

    help: str
    metavar: str
    kind: str = "str"
    aliases: tuple[str, ...] = ()


def _models(name: str, value: Any) -> list[str] | None:
    if isinstance(value, AllModels):
        return []
    if isinstance(value, (list, tuple)) and not value:
        raise InvalidRequestError(
            f"{name}: an empty list would grant every model; pass {name}=ALL_MODELS to mean all models, "
            "or None to let LiteLLM decide",
            param=name,
        )
    return check.string_list(name, value)


_words_duration = functools.partial(check.duration, words=True)


class KeyOptions(TypedDict, total=False):
    """Keyword arguments of ``ensure_key`` (which takes ``user_id`` itself) and, with ``user_id``, of the rest."""

    team_id: Annotated[str | None, check.identifier, Cli("team the key belongs to", "ID", aliases=("--team",))]
    duration: Annotated[
        str | None, check.duration, Cli("lifetime: <number><unit>, unit s, m, h, d, w or mo (e.g. 24h)", "D")
    ]
    models: Annotated[
        Sequence[str] | AllModels | None,
        _models,
        Cli("models the key may call (default: LiteLLM decides)", "M[,M...]", "list"),
    ]
    max_budget: Annotated[float | None, check.non_negative_number, Cli("spend limit in USD", "USD", "float")]
    tags: Annotated[
        Sequence[str] | None,
        check.string_list,
        Cli("tags for spend tracking (needs LiteLLM Enterprise on the proxy)", "T[,T...]", "list"),
    ]
    metadata: Annotated[
        dict[str, Any] | None, check.json_object, Cli("a JSON object stored with the key", "JSON", "json")
    ]
    key_alias: Annotated[
        str | None, check.identifier, Cli("a readable name for the key (unique on the proxy)", "ALIAS")
    ]
    budget_duration: Annotated[
        str | None, _words_duration, Cli("budget reset period (e.g. 30d, or daily/weekly/monthly)", "D")
    ]
    tpm_limit: Annotated[int | None, check.non_negative_int, Cli("tokens per minute", "N", "int")]
    rpm_limit: Annotated[int | None, check.non_negative_int, Cli("requests per minute", "N", "int")]
    max_parallel_requests: Annotated[int | None, check.non_negative_int, Cli("concurrent requests", "N", "int")]
    aliases: Annotated[
        dict[str, str] | None, check.string_map, Cli("model aliases as a JSON object {alias: model}", "JSON", "json")
    ]
    #: Any other ``/key/generate`` field, sent unchanged.
    extra: Mapping[str, Any]


class KeyFields(KeyOptions, total=False):
    """Keyword arguments of ``request_key`` / ``update_key`` / ``regenerate_key``."""

    user_id: Annotated[str | None, check.identifier, Cli("user the key belongs to", "ID", aliases=("--user",))]


@attrs.frozen
class TypedField:
    name: str
    check: Callable[[str, Any], Any]
    cli: Cli


@functools.cache
def typed_fields() -> tuple[TypedField, ...]:
    """The fields of :class:`KeyFields` with their check and CLI flag, in definition order."""
    hints = get_type_hints(KeyFields, include_extras=True)
    fields = []
    for name, hint in hints.items():
        meta: tuple[Any, ...] = getattr(hint, "__metadata__", ())
        if len(meta) == 2:
            fields.append(TypedField(name, meta[0], meta[1]))
    return tuple(fields)


@functools.cache
def _checks() -> dict[str, Callable[[str, Any], Any]]:
    """Each typed field's check, by the field's name."""
    return {f.name: f.check for f in typed_fields()}


def build_body(fields: Mapping[str, Any]) -> dict[str, Any]:
    """A ``/key/generate`` body: typed fields checked (None ones left out), the rest passed through unchanged."""
    checks = _checks()
    extra = dict(fields.get("extra") or {})
    extra.update({k: v for k, v in fields.items() if k != "extra" and k not in checks})
    body = check.extra_fields(extra)
    for name, value in fields.items():  # only the fields given: most calls set two or three of them
        if value is not None and name in checks:
            checked = checks[name](name, value)
            if checked is not None:
                body[name] = checked
    return body


def build_changes(fields: Mapping[str, Any]) -> dict[str, Any]:
    """A body for update/regenerate: like :func:`build_body`, and an explicit None clears a typed field."""
    body = build_body(fields)
    body.update({k: None for k, v in fields.items() if v is None and k in _checks()})
    return body
