"""Plain-text tables for the ``litellm-sdk`` command line and ``scripts/demo``.

Every function returns a string and never prints a whole secret: keys are shown masked (``sk-...wxyz``).
Marks are ``✓``/``·`` when the output can encode them, else ``x``/``-``.
"""

from __future__ import annotations

import textwrap
from collections.abc import Iterable, Sequence
from datetime import datetime, timezone

import attrs

from litellm_sdk.types import Features, KeySummary, ModelInfo, VirtualKeyInfo

__all__ = [
    "CAPABILITY_COLUMNS",
    "key_info_table",
    "key_list_table",
    "marks_for",
    "models_table",
    "table",
]

#: (column header, ModelInfo flag) of the capability marks in the models table.
CAPABILITY_COLUMNS: tuple[tuple[str, str], ...] = (
    ("VISION", "supports_vision"),
    ("TOOLS", "supports_function_calling"),
    ("PARALLEL", "supports_parallel_function_calling"),
    ("REASONING", "supports_reasoning"),
    ("WEB", "supports_web_search"),
)


def marks_for(encoding: str | None) -> tuple[str, str]:
    """(yes, no) marks that ``encoding`` can print."""
    try:
        "✓·".encode(encoding or "ascii")
    except (UnicodeEncodeError, LookupError):
        return "x", "-"
    return "✓", "·"


def table(headers: Sequence[str], rows: Iterable[Sequence[str]], *, indent: str = "") -> str:
    """Left-aligned columns separated by two spaces; trailing blanks stripped."""
    body = [list(headers), *[list(r) for r in rows]]
    widths = [max(len(row[i]) for row in body) for i in range(len(headers))]
    lines = ["  ".join(cell.ljust(widths[i]) for i, cell in enumerate(row)).rstrip() for row in body]
    return "\n".join(indent + line for line in lines)


def _money(value: float | None) -> str:
    if value is None:
        return "-"
    return f"${value:.4f}" if 0 < abs(value) < 0.01 else f"${value:.2f}"


def _per_million(cost: float | None) -> str:
    return "-" if cost is None else f"{cost * 1_000_000:g}"


def _int(value: int | None) -> str:
    return "-" if value is None else str(value)


def _when(value: datetime | None, *, now: datetime | None = None) -> str:
    if value is None:
        return "never"
    now = now or datetime.now(timezone.utc)
    text = value.astimezone(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    seconds = (value - now).total_seconds()
    if seconds <= 0:
        return f"{text} (expired)"
    if seconds < 3600:
        return f"{text} (in {max(1, round(seconds / 60))} min)"
    if seconds < 172800:
        return f"{text} (in {seconds / 3600:.1f} h)"
    return f"{text} (in {seconds / 86400:.0f} days)"


def models_table(models: Sequence[ModelInfo], *, encoding: str | None = "utf-8", indent: str = "") -> str:
    """One row per model: mode, provider, capability marks, context size and price per 1M tokens."""
    if not models:
        return indent + "(no models)"
    yes, no = marks_for(encoding)
    headers = ["MODEL", "MODE", "PROVIDER", *(h for h, _ in CAPABILITY_COLUMNS), "MAX IN", "$/1M IN", "$/1M OUT"]
    rows = [
        [
            m.id,
            m.mode or "?",
            m.provider,
            *(yes if getattr(m, flag) else no for _, flag in CAPABILITY_COLUMNS),
            _int(m.max_input_tokens),
            _per_million(m.input_cost_per_token),
            _per_million(m.output_cost_per_token),
        ]
        for m in models
    ]
    return table(headers, rows, indent=indent)


def _features(features: Features) -> tuple[str, str]:
    on = features.enabled()
    off = tuple(f.name for f in attrs.fields(Features) if f.name not in on)
    return ", ".join(on) or "(none)", ", ".join(off) or "(none)"


def key_info_table(
    info: VirtualKeyInfo,
    *,
    show_key: bool = False,
    encoding: str | None = "utf-8",
    now: datetime | None = None,
) -> str:
    """A VirtualKeyInfo as a readable block: key, owner, expiry, budget, limits, features and models."""
    budget = info.budget
    if budget is None:
        budget_text = "unknown"
    elif budget.max is None:
        budget_text = f"{_money(budget.spent)} spent, no limit"
    else:
        budget_text = f"{_money(budget.spent)} spent of {_money(budget.max)} (remaining {_money(budget.remaining)})"
    if budget is not None and budget.duration:
        budget_text += f", resets every {budget.duration}"
    limits = info.rate_limit
    limit_text = (
        f"tpm {_int(limits.tpm)}, rpm {_int(limits.rpm)}, parallel {_int(limits.max_parallel_requests)}"
        if limits is not None
        else "unknown"
    )
    on, off = _features(info.features)
    rows = [
        ("Key", info.key if show_key else info.masked_key),
        ("Alias", info.key_alias or "-"),
        ("User", info.user_id or "-"),
        ("Team", info.team_id or "-"),
        ("Expires", _when(info.expires_at, now=now)),
        ("Budget", budget_text),
        ("Limits", limit_text),
        ("Tags", ", ".join(info.tags) or "-"),
        ("Blocked", "yes" if info.blocked else "no"),
        ("Features on", on),
        ("Features off", off),
    ]
    width = max(len(label) for label, _ in rows)
    lines = [
        textwrap.fill(value, 110, initial_indent=f"{label.ljust(width)}  ", subsequent_indent=" " * (width + 2))
        for label, value in rows
    ]
    lines.append(f"Models ({len(info.models)})")
    lines.append(models_table(info.models, encoding=encoding, indent="  "))
    return "\n".join(lines)


def key_list_table(keys: Sequence[KeySummary], *, now: datetime | None = None) -> str:
    """One row per key of ``/key/list`` (never a secret: the proxy stores only hashes)."""
    if not keys:
        return "(no keys)"
    headers = ["TOKEN", "KEY", "ALIAS", "USER", "TEAM", "MODELS", "SPEND", "MAX BUDGET", "EXPIRES", "BLOCKED"]
    rows = [
        [
            (k.token_id[:12] + "...") if len(k.token_id) > 15 else k.token_id,
            k.key_name or "-",
            k.key_alias or "-",
            k.user_id or "-",
            k.team_id or "-",
            ",".join(k.models) or "(all)",
            _money(k.spend),
            _money(k.max_budget),
            _when(k.expires_at, now=now) if k.expires_at else "never",
            "yes" if k.blocked else "no",
        ]
        for k in keys
    ]
    return table(headers, rows)
