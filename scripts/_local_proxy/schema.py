"""Which tables and columns a LiteLLM release's database needs, read from text, without a database: the release's own
``litellm/proxy/schema.prisma`` on one side, the SQL migrations of the ``litellm-proxy-extras`` installed beside it on
the other.

Why: from 1.108.8 on, ``litellm[proxy]`` pins a ``litellm-proxy-extras`` the package registry does not serve, so an
older one is installed (scripts/_setup/litellm_install.py) whose migrations lack the newest tables. The launcher then
applies the release's schema delta (``schema_deltas/<release>.sql``) after the migrations; ``missing`` says whether a
release needs one and what it must add, and tests/tools/test_schema_deltas.py checks each carried delta adds exactly
that. Tables and columns only: types, defaults, indexes and foreign keys are the delta's own business (it was computed
by Prisma's schema engine, see schema_deltas/README.md). Standard library only.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

#: {table: {column, ...}}
Tables = dict[str, set[str]]

_BLOCK = re.compile(r"^(model|enum|view|type)\s+(\w+)\s*\{(.*?)^\}", re.M | re.S)
_MAP = re.compile(r"@map\(\s*(?:name\s*:\s*)?\"([^\"]+)\"")
_TABLE_MAP = re.compile(r"@@map\(\s*(?:name\s*:\s*)?\"([^\"]+)\"")


def prisma_tables(text: str) -> tuple[Tables, set[str]]:
    """({table: columns}, enums) of a schema.prisma: a model is a table (its ``@@map`` name if any), a field a column
    (its ``@map`` name) unless its type is another model (a relation, which has no column of its own)."""
    blocks = [(kind, name, body) for kind, name, body in _BLOCK.findall(_strip_prisma_comments(text))]
    models = {name for kind, name, _ in blocks if kind == "model"}
    enums = {name for kind, name, _ in blocks if kind == "enum"}
    tables: Tables = {}
    for kind, name, body in blocks:
        if kind != "model":
            continue
        table = name
        columns: set[str] = set()
        for line in body.splitlines():
            line = line.strip()
            if not line:
                continue
            if line.startswith("@@"):
                found = _TABLE_MAP.match(line)
                if found:
                    table = found.group(1)
                continue
            parts = line.split()
            if len(parts) < 2:
                continue
            field, ftype = parts[0], re.sub(r"[?\[\]]", "", parts[1])
            if ftype in models:
                continue  # relation field
            mapped = _MAP.search(line)
            columns.add(mapped.group(1) if mapped else field)
        tables[table] = columns
    return tables, enums


def _strip_prisma_comments(text: str) -> str:
    return re.sub(r"//[^\n]*", "", text)


# ---------------------------------------------------------------------------------------------------- SQL migrations

_IDENT = r'(?:"((?:[^"]|"")+)"|(\w+))'
_QUALIFIED = rf"(?:{_IDENT}\s*\.\s*)?{_IDENT}"


def _strip_sql_comments(sql: str) -> str:
    """Drop ``--`` line comments and ``/* */`` blocks outside single-quoted strings."""
    out: list[str] = []
    i, n = 0, len(sql)
    while i < n:
        ch = sql[i]
        if ch == "'":
            j = i + 1
            while j < n:
                if sql[j] == "'" and (j + 1 >= n or sql[j + 1] != "'"):
                    break
                j += 2 if sql[j] == "'" else 1
            out.append(sql[i : j + 1])
            i = j + 1
        elif sql.startswith("--", i):
            j = sql.find("\n", i)
            i = n if j < 0 else j
        elif sql.startswith("/*", i):
            j = sql.find("*/", i + 2)
            i = n if j < 0 else j + 2
        else:
            out.append(ch)
            i += 1
    return "".join(out)


def _statement_end(sql: str, start: int) -> int:
    """Index of the ``;`` ending the statement at ``start`` (outside parentheses, quotes and strings)."""
    depth, i, n = 0, start, len(sql)
    while i < n:
        ch = sql[i]
        if ch in "'\"":
            j = sql.find(ch, i + 1)
            while j >= 0 and j + 1 < n and sql[j + 1] == ch:
                j = sql.find(ch, j + 2)
            i = n if j < 0 else j + 1
            continue
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == ";" and depth <= 0:
            return i
        i += 1
    return n


def _split_top(text: str) -> list[str]:
    """Split on commas at parenthesis depth 0 (outside quotes)."""
    parts, depth, cur, quote = [], 0, [], ""
    for ch in text:
        if quote:
            cur.append(ch)
            if ch == quote:
                quote = ""
            continue
        if ch in "'\"":
            quote = ch
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "," and depth == 0:
            parts.append("".join(cur).strip())
            cur = []
            continue
        cur.append(ch)
    if "".join(cur).strip():
        parts.append("".join(cur).strip())
    return parts


def _name(match: re.Match[str], quoted: int, bare: int) -> str:
    found = match.group(quoted)
    return found.replace('""', '"') if found is not None else match.group(bare)


_STATEMENT = re.compile(
    r"\b(CREATE\s+TABLE|ALTER\s+TABLE|DROP\s+TABLE|CREATE\s+TYPE|DROP\s+TYPE)\b(?:\s+IF\s+(?:NOT\s+)?EXISTS)?"
    r"(?:\s+ONLY)?\s+" + _QUALIFIED,
    re.I,
)
_COLUMN_DEF = re.compile(r"^\s*" + _IDENT, re.I)
_CONSTRAINT_WORDS = {"constraint", "primary", "unique", "foreign", "check", "exclude", "like"}
_ADD = re.compile(r"^ADD\s+(?:COLUMN\s+)?(?:IF\s+NOT\s+EXISTS\s+)?" + _IDENT, re.I)
_DROP = re.compile(r"^DROP\s+(?:COLUMN\s+)?(?:IF\s+EXISTS\s+)?" + _IDENT, re.I)
_RENAME_COLUMN = re.compile(r"^RENAME\s+(?:COLUMN\s+)?" + _IDENT + r"\s+TO\s+" + _IDENT, re.I)
_RENAME_TABLE = re.compile(r"^RENAME\s+TO\s+" + _IDENT, re.I)


def migrated_tables(sqls: Iterable[str]) -> tuple[Tables, set[str]]:
    """({table: columns}, enums) after running the migrations in order, read from their SQL: CREATE/ALTER/DROP TABLE
    (ADD, DROP and RENAME COLUMN, RENAME TO) and CREATE/DROP TYPE, also inside ``DO $$ ... $$`` blocks, whose
    conditions are taken as met only where the state read so far allows (a rename of a column or table that does
    not exist does nothing, as the migrations' ``IF EXISTS`` guards do)."""
    tables: Tables = {}
    enums: set[str] = set()
    for raw in sqls:
        sql = _strip_sql_comments(raw)
        for found in _STATEMENT.finditer(sql):
            verb = " ".join(found.group(1).upper().split())
            name = _name(found, 4, 5)  # groups: 1 the verb, 2-3 a schema, 4-5 the name
            end = _statement_end(sql, found.end())
            rest = sql[found.end() : end].strip()
            if verb == "CREATE TABLE":
                if name in tables or not rest.startswith("("):
                    continue  # IF NOT EXISTS on an existing table, or CREATE TABLE ... AS / PARTITION OF
                body = rest[1 : rest.rfind(")")]
                cols = set()
                for item in _split_top(body):
                    col = _COLUMN_DEF.match(item)
                    if col is None:
                        continue
                    if col.group(2) is not None and col.group(2).lower() in _CONSTRAINT_WORDS:
                        continue
                    cols.add(_name(col, 1, 2))
                tables[name] = cols
            elif verb == "DROP TABLE":
                for item in _split_top(sql[found.start() + len(found.group(1)) : end]):
                    dropped = re.search(_IDENT + r"\s*$", re.sub(r"(?i)\b(IF\s+EXISTS|CASCADE|RESTRICT)\b", "", item))
                    if dropped:
                        tables.pop(_name(dropped, 1, 2), None)
            elif verb == "CREATE TYPE":
                if re.match(r"(?i)AS\s+ENUM\b", rest):
                    enums.add(name)
            elif verb == "DROP TYPE":
                enums.discard(name)
            else:  # ALTER TABLE
                _alter(tables, name, rest)
    return tables, enums


def _alter(tables: Tables, name: str, actions: str) -> None:
    for action in _split_top(actions):
        renamed = _RENAME_TABLE.match(action)
        if renamed:
            if name in tables:
                tables[_name(renamed, 1, 2)] = tables.pop(name)
            return
        if name not in tables:
            continue
        cols = tables[name]
        if re.match(r"(?i)^(ADD|DROP)\s+(CONSTRAINT|PRIMARY|UNIQUE|FOREIGN|CHECK)\b", action):
            continue
        column = _RENAME_COLUMN.match(action)
        if column:
            old, new = _name(column, 1, 2), _name(column, 3, 4)
            if old in cols:
                cols.discard(old)
                cols.add(new)
            continue
        added = _ADD.match(action)
        if added:
            cols.add(_name(added, 1, 2))
            continue
        dropped = _DROP.match(action)
        if dropped:
            cols.discard(_name(dropped, 1, 2))


def migration_files(site_packages: Path) -> list[Path]:
    """The installed litellm-proxy-extras' migrations, in the order they are applied."""
    return sorted((site_packages / "litellm_proxy_extras/migrations").glob("*/migration.sql"))


def missing(site_packages: Path) -> tuple[Tables, set[str]]:
    """What the release's schema.prisma has beyond the installed migrations: ({table: columns}, enums); a table
    the migrations lack entirely is listed with all its columns."""
    want, want_enums = prisma_tables((site_packages / "litellm/proxy/schema.prisma").read_text(encoding="utf-8"))
    have, have_enums = migrated_tables(p.read_text(encoding="utf-8") for p in migration_files(site_packages))
    return difference(want, have), want_enums - have_enums


def difference(want: Tables, have: Tables) -> Tables:
    """Tables and columns of ``want`` that ``have`` lacks."""
    out: Tables = {}
    for table, cols in want.items():
        lacking = cols - have.get(table, set())
        if lacking:
            out[table] = lacking
    return out


def extra(want: Tables, have: Tables) -> Tables:
    """Tables and columns of ``have`` that ``want`` does not name (what the migrations keep that the schema dropped)."""
    return difference(have, want)
