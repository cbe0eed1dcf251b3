"""The schema deltas scripts/local-proxy carries (scripts/_local_proxy/schema_deltas/<release>.sql) add exactly what
that release's own schema.prisma has beyond the migrations of the litellm-proxy-extras installed beside it, read from
the installed wheels (.cache/litellm-<release>, made by the one installer, scripts/_setup/litellm_install.py, as
scripts/regenerate and the integration tier make it: present in a scripts/test run, installed here otherwise).

Tables, columns and enums only (scripts/_local_proxy/schema.py): types, defaults, indexes and foreign keys come from
Prisma's schema engine, which computed each delta (schema_deltas/README.md)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from _local_proxy import postgres, schema
from _local_proxy.common import CACHE, REPO, LauncherError
from _setup.litellm_install import Installer

DELTAS = sorted(postgres.SCHEMA_DELTAS.glob("*.sql"))
RELEASES = [p.stem for p in DELTAS]


def test_the_pinned_release_has_its_delta() -> None:
    from _local_proxy.install import LITELLM_VERSION

    assert LITELLM_VERSION in RELEASES


@pytest.fixture(scope="module", params=RELEASES)
def release(request: pytest.FixtureRequest) -> tuple[str, Path]:
    """(release, site-packages of its venv), installing it when missing (never skipped)."""
    version: str = request.param
    python, _ = Installer(CACHE, REPO, say=lambda line: None).ensure(version)
    (site,) = python.parent.parent.glob("lib/python*/site-packages")
    return version, site


def _read(site: Path) -> tuple[tuple[schema.Tables, set[str]], tuple[schema.Tables, set[str]], list[str]]:
    want = schema.prisma_tables((site / "litellm/proxy/schema.prisma").read_text(encoding="utf-8"))
    migrations = [p.read_text(encoding="utf-8") for p in schema.migration_files(site)]
    return want, schema.migrated_tables(migrations), migrations


def test_the_delta_adds_exactly_what_schema_prisma_has_beyond_the_migrations(release: tuple[str, Path]) -> None:
    version, site = release
    (want, want_enums), (have, have_enums), migrations = _read(site)
    lacking = schema.difference(want, have)
    assert lacking, f"{version}'s migrations already have its schema.prisma: the delta is not needed"
    delta = (postgres.SCHEMA_DELTAS / f"{version}.sql").read_text(encoding="utf-8")
    after, after_enums = schema.migrated_tables([*migrations, delta])
    assert schema.difference(want, after) == {}, "the delta leaves tables or columns of schema.prisma out"
    assert schema.difference(after, have) == lacking, "the delta adds tables or columns that schema.prisma lacks"
    assert schema.extra(want, after) == schema.extra(want, have)  # and drops nothing
    assert after_enums - have_enums == want_enums - have_enums
    assert want_enums <= after_enums


def test_the_migrations_read_as_their_own_schema_prisma(release: tuple[str, Path]) -> None:
    """The SQL reader is checked on real input: the installed litellm-proxy-extras ships the schema.prisma its
    migrations build, and reading the migrations gives exactly its tables, columns and enums."""
    _, site = release
    _, (have, have_enums), _ = _read(site)
    extras, extras_enums = schema.prisma_tables(
        (site / "litellm_proxy_extras/schema.prisma").read_text(encoding="utf-8")
    )
    assert (have, have_enums) == (extras, extras_enums)
    assert len(have) > 50


def test_the_launcher_picks_the_delta_and_names_it(release: tuple[str, Path]) -> None:
    version, site = release
    assert postgres.schema_delta(version, site) == postgres.SCHEMA_DELTAS / f"{version}.sql"


def test_each_delta_says_how_it_was_made() -> None:
    for path in DELTAS:
        head = path.read_text(encoding="utf-8").split("\n\n", 1)[0]
        assert re.search(rf"LiteLLM {re.escape(path.stem)}\b", head), path.name
        assert "@prisma/schema-engine-wasm" in head and "README.md" in head, path.name


# ------------------------------------------------------------------------------ the readers, on small inputs

PRISMA = """
// a comment with model Fake { }
model LiteLLM_A {
  id        String   @id
  b_id      String?
  b         LiteLLM_B? @relation(fields: [b_id], references: [id])
  createdAt DateTime @default(now()) @map("created_at")
  tags      String[]
  @@index([b_id])
}

model LiteLLM_B {
  id    String      @id
  as    LiteLLM_A[]
  state State       @default(on)
  @@map("b_table")
}

enum State {
  on
  off
}
"""


def test_schema_prisma_models_are_tables_and_relations_have_no_column() -> None:
    tables, enums = schema.prisma_tables(PRISMA)
    assert tables == {"LiteLLM_A": {"id", "b_id", "created_at", "tags"}, "b_table": {"id", "state"}}
    assert enums == {"State"}


MIGRATIONS = [
    """-- CreateTable
CREATE TABLE "LiteLLM_A" (
    "id" TEXT NOT NULL,
    "old" TEXT DEFAULT 'a;b, (c)',
    "gone" INTEGER,
    CONSTRAINT "LiteLLM_A_pkey" PRIMARY KEY ("id")
);
CREATE TABLE IF NOT EXISTS "LiteLLM_A" ("ignored" TEXT);
CREATE TYPE "State" AS ENUM ('on', 'off');
CREATE TYPE "Dropped" AS ENUM ('x');
DROP TYPE "Dropped";
/* ALTER TABLE "LiteLLM_A" ADD COLUMN "commented" TEXT; */
""",
    """ALTER TABLE "LiteLLM_A" ADD COLUMN     "b_id" TEXT,
ADD COLUMN IF NOT EXISTS "created_at" TIMESTAMP(3),
DROP COLUMN IF EXISTS "gone";
DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM information_schema.columns WHERE column_name = 'old') THEN
        ALTER TABLE "LiteLLM_A" RENAME COLUMN "old" TO "tags";
    END IF;
    ALTER TABLE "LiteLLM_A" RENAME COLUMN "never_there" TO "nope";
END $$;
CREATE TABLE "LiteLLM_Engine" ("id" TEXT NOT NULL, "state" "State");
ALTER TABLE IF EXISTS "LiteLLM_Engine" RENAME TO "b_table";
ALTER TABLE IF EXISTS "LiteLLM_Missing" RENAME TO "LiteLLM_Other";
CREATE TABLE "LiteLLM_Temp" ("id" TEXT);
DROP TABLE IF EXISTS "LiteLLM_Temp" CASCADE;
ALTER TABLE "LiteLLM_A" ADD CONSTRAINT "fk" FOREIGN KEY ("b_id") REFERENCES "b_table"("id");
""",
]


def test_migrations_are_read_in_order_with_renames_drops_and_guards() -> None:
    tables, enums = schema.migrated_tables(MIGRATIONS)
    assert tables == {"LiteLLM_A": {"id", "tags", "b_id", "created_at"}, "b_table": {"id", "state"}}
    assert enums == {"State"}
    assert schema.difference(schema.prisma_tables(PRISMA)[0], tables) == {}


def _site(tmp_path: Path, prisma: str, migrations: list[str]) -> Path:
    site = tmp_path / "site-packages"
    (site / "litellm/proxy").mkdir(parents=True)
    (site / "litellm/proxy/schema.prisma").write_text(prisma)
    (site / "litellm_proxy_extras-0.4.110.dist-info").mkdir()
    for n, sql in enumerate(migrations):
        (site / f"litellm_proxy_extras/migrations/2026010{n}_m").mkdir(parents=True)
        (site / f"litellm_proxy_extras/migrations/2026010{n}_m/migration.sql").write_text(sql)
    return site


def test_a_release_whose_migrations_have_its_schema_needs_no_delta(tmp_path: Path) -> None:
    assert postgres.schema_delta("1.0.0", _site(tmp_path, PRISMA, MIGRATIONS)) is None


def test_a_release_that_needs_a_delta_the_launcher_lacks_is_refused_naming_what_is_missing(tmp_path: Path) -> None:
    site = _site(tmp_path, PRISMA + "\nmodel LiteLLM_New {\n  id String @id\n}\n", MIGRATIONS)
    with pytest.raises(LauncherError) as caught:
        postgres.schema_delta("1.0.0", site)
    message = str(caught.value)
    assert "litellm-proxy-extras 0.4.110" in message and "LiteLLM_New(id)" in message
    assert "scripts/_local_proxy/schema_deltas/1.0.0.sql" in message and "spend writes fail" in message


def test_a_delta_that_does_not_complete_the_schema_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    site = _site(tmp_path, PRISMA + "\nmodel LiteLLM_New {\n  id String @id\n  more Int\n}\n", MIGRATIONS)
    deltas = tmp_path / "deltas"
    deltas.mkdir()
    (deltas / "1.0.0.sql").write_text('CREATE TABLE "LiteLLM_New" ("id" TEXT NOT NULL);\n')
    monkeypatch.setattr(postgres, "SCHEMA_DELTAS", deltas)
    with pytest.raises(LauncherError, match=r"still lacking LiteLLM_New\(more\)"):
        postgres.schema_delta("1.0.0", site)
    (deltas / "1.0.0.sql").write_text('CREATE TABLE "LiteLLM_New" ("id" TEXT NOT NULL, "more" INTEGER);\n')
    assert postgres.schema_delta("1.0.0", site) == deltas / "1.0.0.sql"
