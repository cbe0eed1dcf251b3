"""scripts/regenerate: dump LiteLLM's spec -> apply openapi/fixes.yaml -> generate -> post-process -> format.

Everything is built in a temporary folder and swapped into openapi/ and generated/ only on success;
any failure prints one line naming what failed and leaves the committed files untouched.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path
from typing import Any

import yaml
from _setup import litellm_install as install

from . import record_examples
from . import report as report_mod
from .fixes import FixError, apply_fixes, merge_examples, operations
from .lazy_models import make_lazy

ROOT = Path(__file__).resolve().parents[2]
OPENAPI = ROOT / "openapi"
UPSTREAM_DIR = OPENAPI / "upstream"
FIXES = OPENAPI / "fixes.yaml"
FIXED = OPENAPI / "litellm-openapi.json"
RECORDED = OPENAPI / "recorded-examples.json"
CONFIG = OPENAPI / "generator-config.yaml"
REPORT = OPENAPI / "generation-report.json"
GENERATED = ROOT / "generated"
PACKAGE = "litellm_proxy_client"
CACHE = ROOT / ".cache"
ERROR_SCHEMA_REF = "#/components/schemas/ErrorEnvelope"
UPSTREAM_RE = re.compile(r"^litellm-(?P<version>.+)\.openapi\.json$")
VERSION_RE = install.VERSION_RE

DUMP_CODE = """
import json, sys
from litellm.proxy.proxy_server import app
spec = app.openapi()
with open(sys.argv[1], "w", encoding="utf-8") as fh:
    json.dump(spec, fh)
"""


class RegenError(Exception):
    """A pipeline step failed; the message is the one line shown to the user."""


def canonical_json(doc: Any) -> str:
    """Deterministic serialization: sorted keys (so methods within a path too), 2-space indent."""
    return json.dumps(doc, sort_keys=True, indent=2, ensure_ascii=False) + "\n"


def upstream_files() -> list[Path]:
    return sorted(p for p in UPSTREAM_DIR.glob("litellm-*.openapi.json") if UPSTREAM_RE.match(p.name))


def pinned_version() -> str:
    """The LiteLLM version of the single committed upstream dump."""
    files = upstream_files()
    if len(files) != 1:
        raise RegenError(f"expected exactly one openapi/upstream/litellm-<version>.openapi.json, found {len(files)}")
    match = UPSTREAM_RE.match(files[0].name)
    assert match is not None
    return match.group("version")


def venv_python(version: str) -> Path:
    return CACHE / f"litellm-{version}" / "bin" / "python"


def ensure_litellm(version: str) -> tuple[Path, list[dict[str, Any]]]:
    """(python of .cache/litellm-<version>, install substitutions), creating the venv if missing."""
    try:
        return install.Installer(CACHE, ROOT).ensure(version)
    except install.InstallError as exc:
        raise RegenError(str(exc)) from None


def latest_release() -> str:
    """The newest litellm release on the package registry."""
    try:
        versions = install.index_versions("litellm")
        if not versions:
            raise RegenError("the package registry has no litellm release")
        return install.newest_release(versions)
    except install.InstallError as exc:
        raise RegenError(str(exc)) from None


def _run(
    cmd: list[str], *, cwd: Path | None = None, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(cmd, capture_output=True, text=True, cwd=cwd, env=env, check=False)


def _check(cmd: list[str], what: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    proc = _run(cmd, cwd=cwd)
    if proc.returncode != 0:
        tail = [line for line in (proc.stderr or proc.stdout).strip().splitlines() if line.strip()][-1:]
        raise RegenError(f"{what} failed (exit {proc.returncode}): {tail[0].strip() if tail else 'no output'}")
    return proc


def dump_spec(python: Path, workdir: Path) -> dict[str, Any]:
    """LiteLLM's spec, generated in-process by the given venv's python (no server, no network)."""
    out = workdir / "dump.json"
    env = {**os.environ, "LITELLM_LOCAL_MODEL_COST_MAP": "True"}
    proc = _run([str(python), "-c", DUMP_CODE, str(out)], cwd=workdir, env=env)
    if proc.returncode != 0 or not out.exists():
        tail = [line for line in proc.stderr.strip().splitlines() if line.strip()][-1:]
        raise RegenError(f"dumping the LiteLLM spec failed: {tail[0] if tail else 'no output'}")
    spec: dict[str, Any] = json.loads(out.read_text(encoding="utf-8"))
    return spec


def load_fixes() -> list[dict[str, Any]]:
    data = yaml.safe_load(FIXES.read_text(encoding="utf-8"))
    if not isinstance(data, dict) or not isinstance(data.get("fixes"), list):
        raise RegenError(f"{FIXES.relative_to(ROOT)}: expected a mapping with a `fixes` list")
    fixes: list[dict[str, Any]] = data["fixes"]
    return fixes


def fix_spec(upstream: dict[str, Any]) -> tuple[dict[str, Any], list[tuple[str, int]], int]:
    """Apply fixes and merge recorded examples (if the file exists): (fixed spec, per-fix changes, examples)."""
    fixed, applied = apply_fixes(upstream, load_fixes())
    examples = 0
    if RECORDED.exists():
        recorded = json.loads(RECORDED.read_text(encoding="utf-8"))
        examples = merge_examples(fixed, recorded, ERROR_SCHEMA_REF)
    return fixed, applied, examples


WARNING_RE = re.compile(r"^(WARNING parsing|Unable to (parse|process)|Cannot parse)", re.M)
GENERATOR_LOG = CACHE / "regenerate-generator.log"


def generator_warnings(log: str) -> list[str]:
    """One line per openapi-python-client warning: its headline and the first line of its explanation."""
    out = []
    lines = log.splitlines()
    for i, line in enumerate(lines):
        if WARNING_RE.match(line):
            detail = next((n.strip() for n in lines[i + 1 : i + 6] if n.strip()), "")
            if detail and WARNING_RE.match(detail):
                detail = ""
            out.append(f"{line.strip().rstrip(':')}{': ' + detail if detail else ''}")
    return out


def generate(fixed_path: Path, out_dir: Path) -> list[str]:
    """Run openapi-python-client --fail-on-warning into out_dir; returns its warnings (none on success).

    Raises only when the generator failed without saying why in warnings (the log is kept either way).
    """
    exe = Path(sys.executable).parent / "openapi-python-client"
    cmd = [str(exe), "generate", "--path", str(fixed_path), "--config", str(CONFIG), "--meta", "none"]
    cmd += ["--output-path", str(out_dir), "--overwrite", "--fail-on-warning"]
    proc = _run(cmd)
    log = proc.stdout + proc.stderr
    warnings = generator_warnings(log)
    if proc.returncode != 0 or warnings:
        CACHE.mkdir(exist_ok=True)
        GENERATOR_LOG.write_text(log, encoding="utf-8")
    if proc.returncode != 0 and not warnings:
        tail = [line for line in log.strip().splitlines() if line.strip()][-1:]
        raise RegenError(
            f"openapi-python-client failed (exit {proc.returncode}, log: {_shown(GENERATOR_LOG)}):"
            f" {tail[0].strip() if tail else 'no output'}"
        )
    return warnings


def format_package(pkg: Path) -> None:
    """ruff (the pinned dev one, --isolated so settings do not depend on where the tree lives)."""
    ruff = str(Path(sys.executable).parent / "ruff")
    common = ["--isolated", "--line-length", "120", "--target-version", "py310"]
    _check([ruff, "check", *common, "--fix-only", "--select", "F401,I", "--exit-zero", "-q", str(pkg)], "ruff check")
    _check([ruff, "format", *common, "-q", str(pkg)], "ruff format")


def count_generated(spec: dict[str, Any], pkg: Path) -> tuple[int, int]:
    """(operations with a generated endpoint module, operations in the spec)."""
    from openapi_python_client.strings import snake_case

    modules = {p.stem for p in (pkg / "api").glob("*/*.py") if p.name != "__init__.py"}
    ops = [op for _, _, op in operations(spec)]
    generated = sum(1 for op in ops if snake_case(op.get("operationId", "")) in modules)
    return generated, len(ops)


class Build:
    """What a build under `work` produced, and what went wrong (each problem is one line)."""

    def __init__(self, work: Path, version: str) -> None:
        self.work = work
        self.version = version
        self.report: dict[str, Any] = {}
        self.fixed: dict[str, Any] = {}
        self.stale_fixes: list[str] = []
        self.warnings: list[str] = []
        self.problems: list[str] = []

    @property
    def fixed_path(self) -> Path:
        return self.work / "openapi" / FIXED.name


def build(upstream: dict[str, Any], version: str, work: Path, provenance: dict[str, Any] | None = None) -> Build:
    """Build openapi/ and generated/ content under `work`.

    Stale fixes and generator warnings do not stop the build: they are collected (so the upgrade report can list
    them all) and returned as problems; the caller swaps nothing in when there are any.
    """
    result = Build(work, version)
    out_openapi = work / "openapi"
    (out_openapi / "upstream").mkdir(parents=True)
    (out_openapi / "upstream" / f"litellm-{version}.openapi.json").write_text(
        canonical_json(upstream), encoding="utf-8"
    )
    fixed, applied = apply_fixes(upstream, load_fixes(), failures=result.stale_fixes)
    examples = 0
    if RECORDED.exists():
        try:
            examples = merge_examples(fixed, json.loads(RECORDED.read_text(encoding="utf-8")), ERROR_SCHEMA_REF)
        except FixError as exc:
            result.stale_fixes.append(f"{RECORDED.relative_to(ROOT)}: {exc}")
    result.fixed = fixed
    result.fixed_path.write_text(canonical_json(fixed), encoding="utf-8")
    pkg = work / "generated" / PACKAGE
    pkg.parent.mkdir()
    crashed = ""
    try:
        result.warnings = generate(result.fixed_path, pkg)
    except RegenError as exc:  # reported with the rest below, after the upgrade report
        crashed = str(exc)
    lazy = 0
    if not result.warnings and not crashed:
        try:
            lazy = make_lazy(pkg / "models" / "__init__.py")
        except ValueError as exc:
            raise RegenError(f"post-processing the generated package failed: {exc}") from None
        (pkg / "py.typed").write_text("# Marker file for PEP 561\n", encoding="utf-8")
        format_package(pkg)
    generated, total = count_generated(fixed, pkg) if (pkg / "api").exists() else (0, len(list(operations(fixed))))
    provenance = provenance or {}
    dropped = {m.group(1) for w in result.warnings if (m := re.search(r"schema (/components/schemas/[^\s:]+)", w))}
    result.report = {
        "litellm_version": version,
        "spec_source": provenance.get("spec_source", "dump"),
        "install_substitutions": provenance.get("install_substitutions", []),
        "operations_total": total,
        "operations_generated": generated,
        "schemas_total": len(fixed.get("components", {}).get("schemas", {})),
        "schemas_dropped": len(dropped),  # each is a warning, which fails the build
        "generator_warnings": len(result.warnings),
        "lazy_model_exports": lazy,
        "recorded_examples_merged": examples,
        "fixes": [{"fix": name, "changes": n} for name, n in applied],
    }
    if result.stale_fixes:
        n = len(result.stale_fixes)
        more = f" (and {n - 1} more, listed in the report)" if n > 1 else ""
        result.problems.append(f"spec fix no longer applies: {result.stale_fixes[0]}{more}")
    if result.warnings:
        n = len(result.warnings)
        result.problems.append(
            f"openapi-python-client: {n} warning(s) (log: {_shown(GENERATOR_LOG)}), first: {result.warnings[0]}"
        )
    if crashed:
        result.problems.append(crashed)
    elif generated != total and not result.warnings:
        result.problems.append(f"only {generated}/{total} operations have an endpoint module")
    if not result.problems:
        (out_openapi / REPORT.name).write_text(canonical_json(result.report), encoding="utf-8")
    return result


def built_files(work: Path) -> dict[str, Path]:
    """Relative path -> file for everything the build owns (openapi outputs and the generated package)."""
    files = {str(p.relative_to(work)): p for p in (work / "openapi").rglob("*") if p.is_file()}
    files.update({str(p.relative_to(work)): p for p in (work / "generated").rglob("*") if p.is_file()})
    return files


def committed_files() -> dict[str, Path]:
    files = {str(p.relative_to(ROOT)): p for p in upstream_files()}
    files.update({str(p.relative_to(ROOT)): p for p in (FIXED, REPORT) if p.exists()})
    pkg = GENERATED / PACKAGE
    if pkg.exists():
        files.update(
            {
                str(p.relative_to(ROOT)): p
                for p in pkg.rglob("*")
                if p.is_file() and "__pycache__" not in p.parts and p.suffix != ".pyc"
            }
        )
    return files


def diff_trees(work: Path) -> list[str]:
    new, old = built_files(work), committed_files()
    differing = [name for name in sorted(set(new) | set(old)) if name not in new or name not in old]
    differing += [n for n in sorted(set(new) & set(old)) if new[n].read_bytes() != old[n].read_bytes()]
    return sorted(differing)


def swap_in(work: Path) -> None:
    """Replace committed outputs by the built ones (generated package swapped as a directory)."""
    for old in upstream_files():
        old.unlink()
    for src in (work / "openapi").rglob("*"):
        if src.is_file():
            dst = ROOT / src.relative_to(work)
            dst.parent.mkdir(parents=True, exist_ok=True)
            os.replace(src, dst)
    target = GENERATED / PACKAGE
    backup = GENERATED / f".{PACKAGE}.old"
    shutil.rmtree(backup, ignore_errors=True)
    GENERATED.mkdir(exist_ok=True)
    if target.exists():
        os.replace(target, backup)
    os.replace(work / "generated" / PACKAGE, target)
    shutil.rmtree(backup, ignore_errors=True)


# --- where the upstream spec comes from ---

KEPT = CACHE / "regenerate-kept"  # the last new dump (and its upgrade report), kept until it is swapped in


class Source:
    """An upstream spec, the LiteLLM release it is of, and how it was obtained."""

    def __init__(self, upstream: dict[str, Any], version: str, provenance: dict[str, Any], *, new: bool) -> None:
        self.upstream = upstream
        self.version = version
        self.provenance = provenance  # spec_source, install_substitutions (as in generation-report.json)
        self.new = new  # not the committed dump: kept in .cache/regenerate-kept until swapped in


def _committed_report() -> dict[str, Any]:
    try:
        report: dict[str, Any] = json.loads(REPORT.read_text(encoding="utf-8"))
        return report
    except (OSError, ValueError):
        return {}


def committed_source() -> Source:
    files = upstream_files()
    version = pinned_version()
    report = _committed_report()
    provenance = {
        "spec_source": report.get("spec_source", "dump"),
        "install_substitutions": report.get("install_substitutions", []),
    }
    return Source(json.loads(files[0].read_text(encoding="utf-8")), version, provenance, new=False)


def kept_source() -> Source | None:
    meta = KEPT / "source.json"
    if not meta.exists():
        return None
    info = json.loads(meta.read_text(encoding="utf-8"))
    spec_file = KEPT / f"litellm-{info['version']}.openapi.json"
    if not spec_file.exists():
        return None
    upstream = json.loads(spec_file.read_text(encoding="utf-8"))
    return Source(upstream, info["version"], info["provenance"], new=True)


def keep(source: Source) -> Path:
    """Save a new dump under .cache/regenerate-kept (replacing an older one); returns its path."""
    shutil.rmtree(KEPT, ignore_errors=True)
    KEPT.mkdir(parents=True)
    path = KEPT / f"litellm-{source.version}.openapi.json"
    path.write_text(canonical_json(source.upstream), encoding="utf-8")
    meta = {"version": source.version, "provenance": source.provenance}
    (KEPT / "source.json").write_text(canonical_json(meta), encoding="utf-8")
    return path


def _shown(path: Path) -> str:
    return str(path.relative_to(ROOT)) if path.is_relative_to(ROOT) else str(path)


def dump_source(version: str, work: Path) -> Source:
    python, substitutions = ensure_litellm(version)
    upstream = dump_spec(python, work)
    provenance = {"spec_source": "dump", "install_substitutions": substitutions}
    return Source(upstream, version, provenance, new=True)


def check_openapi(doc: Any, where: str) -> dict[str, Any]:
    """`doc` if it is an OpenAPI 3 document with paths, else RegenError naming `where`."""
    if not isinstance(doc, dict):
        raise RegenError(f"{where} is not an OpenAPI document: its top level is not an object")
    version = doc.get("openapi")
    if not (isinstance(version, str) and version.startswith("3.")):
        found = f"`openapi: {version}`" if version is not None else "no `openapi` field"
        raise RegenError(f"{where} is not an OpenAPI 3 document ({found})")
    if not isinstance(doc.get("paths"), dict) or not doc["paths"]:
        raise RegenError(f"{where} is not a usable OpenAPI document: it has no paths")
    return doc


def _parse_spec(text: str, where: str) -> dict[str, Any]:
    try:
        doc = json.loads(text)
    except ValueError as json_error:
        try:
            doc = yaml.safe_load(text)
        except yaml.YAMLError:
            raise RegenError(f"{where} is not an OpenAPI document: not JSON ({json_error})") from None
        if not isinstance(doc, dict):
            raise RegenError(f"{where} is not an OpenAPI document: not JSON ({json_error})") from None
    return check_openapi(doc, where)


def _label(doc: dict[str, Any], given: str | None, where: str) -> str:
    """The release a spec from elsewhere is named after: --litellm-version, else its info.version."""
    label = given or str(doc.get("info", {}).get("version", ""))
    if not VERSION_RE.match(label):
        raise RegenError(
            f"cannot tell the LiteLLM release of {where} (info.version {label!r}): pass --litellm-version X to name it"
        )
    return label


def file_source(path: str, version: str | None) -> Source:
    where = f"spec file {path}"
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise RegenError(f"cannot read {where}: {exc.strerror if isinstance(exc, OSError) else exc}") from None
    doc = _parse_spec(text, where)
    provenance = {"spec_source": f"file {Path(path).name}", "install_substitutions": []}
    return Source(doc, _label(doc, version, where), provenance, new=True)


def _public_url(url: str) -> str:
    """The URL without credentials or query (recorded in the report)."""
    parts = urllib.parse.urlsplit(url)
    host = parts.hostname or ""
    if parts.port:
        host += f":{parts.port}"
    return urllib.parse.urlunsplit((parts.scheme, host, parts.path, "", ""))


def url_source(url: str, version: str | None, timeout: float = 30.0) -> Source:
    shown = _public_url(url)
    where = f"spec URL {shown}"
    if urllib.parse.urlsplit(url).scheme not in ("http", "https"):
        raise RegenError(f"{where}: only http and https URLs are supported")
    request = urllib.request.Request(url, headers={"Accept": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            text = response.read().decode("utf-8", errors="replace")
    except urllib.error.HTTPError as exc:
        raise RegenError(f"{where} answered HTTP {exc.code} {exc.reason}") from None
    except (urllib.error.URLError, OSError) as exc:
        reason = exc.reason if isinstance(exc, urllib.error.URLError) else exc
        raise RegenError(f"{where} unreachable: {reason}") from None
    doc = _parse_spec(text, where)
    provenance = {"spec_source": f"url {shown}", "install_substitutions": []}
    return Source(doc, _label(doc, version, where), provenance, new=True)


# --- output ---


def summary(report: dict[str, Any]) -> list[str]:
    gen, total = report["operations_generated"], report["operations_total"]
    subs = report.get("install_substitutions", [])
    source = report.get("spec_source", "dump")
    lines = [
        f"litellm {report['litellm_version']}: operations generated {gen}/{total} ({100 * gen // max(total, 1)}%)",
        f"schemas dropped: {report['schemas_dropped']} (of {report['schemas_total']})",
        f"generator warnings: {report['generator_warnings']}",
        f"fixes applied: {len(report['fixes'])}, recorded examples merged: {report['recorded_examples_merged']}",
    ]
    spec = "in-process dump (app.openapi())" if source == "dump" else source
    if subs:
        shown = ", ".join(install.describe_substitution(s) for s in subs)
        lines.append(f"spec: {spec}; litellm[proxy] installed with {len(subs)} substitution(s): {shown}")
    else:
        lines.append(f"spec: {spec}" + ("; litellm[proxy] installed as pinned" if source == "dump" else ""))
    return lines


def upgrade_markdown(old_version: str, result: Build, lines: list[str]) -> str:
    """The upgrade report as a Markdown file (what openapi/upgrade-<old>-to-<new>.md holds)."""
    out = [
        f"# LiteLLM {old_version} -> {result.version}: upgrade report",
        "",
        "Written by `scripts/regenerate` (scripts/_regen/report.py): the committed fixed spec of "
        f"{old_version} against the fixed spec of {result.version}. SDK-relevant changes come first.",
        "",
        "## Generation",
        "",
        *(f"- {line}" for line in summary(result.report)),
    ]
    for sub in result.report.get("install_substitutions", []):
        out.append(f"  - {install.describe_substitution(sub)}: {sub['reason']}")
    out += ["", "## Report", "", "```", *lines, "```", ""]
    return "\n".join(out)


def upgrade_report(old: dict[str, Any], new: dict[str, Any], **kwargs: Any) -> list[str]:
    return report_mod.upgrade_report(old, new, **kwargs)


def run(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="scripts/regenerate", description=__doc__)
    parser.add_argument("--check", action="store_true", help="fail if committed openapi/ or generated/ are stale")
    parser.add_argument(
        "--litellm-version",
        metavar="X",
        help="upgrade to litellm[proxy]==X (`latest`: the newest release on the registry) and report changes;"
        " with --spec-file/--spec-url: the release that spec is of",
    )
    parser.add_argument("--spec-file", metavar="PATH", help="generate from an OpenAPI dump made elsewhere")
    parser.add_argument("--spec-url", metavar="URL", help="generate from a proxy's /openapi.json (or any URL)")
    parser.add_argument(
        "--from-upstream",
        action="store_true",
        help="skip the dump: rebuild from the kept new dump of the last failed upgrade if any, else the committed one",
    )
    parser.add_argument(
        "--dry-run", action="store_true", help="build and report, but do not write openapi/ or generated/"
    )
    parser.add_argument(
        "--record-examples",
        action="store_true",
        help="only record a real proxy's answers (scripts/local-proxy, or LITELLM_BASE_URL + LITELLM_MASTER_KEY) into"
        " openapi/recorded-examples.json and tests/fixtures/error_bodies.json; run scripts/regenerate after it",
    )
    args = parser.parse_args(argv)
    if args.record_examples:
        given = [name for name, value in vars(args).items() if value and name != "record_examples"]
        others = [f"--{name.replace('_', '-')}" for name in given]
        if others:
            raise RegenError(f"--record-examples takes no other option (got {', '.join(others)})")
        return record_examples.main([])
    given = [f"--{n}" for n in ("spec-file", "spec-url", "from-upstream") if getattr(args, n.replace("-", "_"))]
    if len(given) > 1:
        raise RegenError(f"{' and '.join(given)} exclude each other")
    if args.check and (args.litellm_version or args.spec_file or args.spec_url):
        raise RegenError("--check checks the pinned release: it takes no --litellm-version, --spec-file or --spec-url")
    if args.from_upstream and args.litellm_version:
        raise RegenError("--from-upstream rebuilds an existing dump: it takes no --litellm-version")

    committed_version = pinned_version()
    version = args.litellm_version
    if version == "latest":
        if args.spec_file or args.spec_url:
            raise RegenError("--litellm-version latest names a release to install, not a spec from elsewhere")
        version = latest_release()
        print(f"newest litellm release on the package registry: {version}")
    CACHE.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="regenerate-", dir=CACHE) as tmp:
        work = Path(tmp)
        if args.check:
            pinned_elsewhere = _committed_report().get("spec_source", "dump") != "dump"
            if pinned_elsewhere:
                print("the committed spec was not dumped here: checking against the committed dump")
            source = (
                committed_source() if args.from_upstream or pinned_elsewhere else dump_source(committed_version, work)
            )
            source.new = False
        elif args.spec_file:
            source = file_source(args.spec_file, version)
        elif args.spec_url:
            source = url_source(args.spec_url, version)
        elif args.from_upstream:
            kept = kept_source()
            if kept is not None:
                shown = _shown(KEPT / f"litellm-{kept.version}.openapi.json")
                print(f"using the kept dump {shown} (delete it to use the committed one)")
            source = kept or committed_source()
        else:
            source = dump_source(version or committed_version, work)
        kept_path = keep(source) if source.new else None

        result = build(source.upstream, source.version, work, source.provenance)
        for line in summary(result.report):
            print(line)
        lines: list[str] = []
        if not args.check or result.problems:
            old = json.loads(FIXED.read_text(encoding="utf-8")) if FIXED.exists() else {}
            lines = upgrade_report(old, result.fixed, stale_fixes=result.stale_fixes, warnings=result.warnings)
            print(f"upgrade report (committed litellm {committed_version} -> litellm {source.version}):")
            for line in lines:
                print(line)
        markdown = upgrade_markdown(committed_version, result, lines)
        if result.problems:
            hint = ""
            if kept_path is not None:
                (KEPT / f"upgrade-{committed_version}-to-{source.version}.md").write_text(markdown, encoding="utf-8")
                hint = f" (new dump kept in {_shown(kept_path)}: edit openapi/fixes.yaml, then --from-upstream)"
            raise RegenError("; ".join(result.problems) + hint)
        if args.check:
            differing = diff_trees(work)
            if differing:
                print(
                    f"regenerate --check: {len(differing)} file(s) differ from litellm {source.version}:",
                    file=sys.stderr,
                )
                for name in differing[:50]:
                    print(f"  {name}", file=sys.stderr)
                if len(differing) > 50:
                    print(f"  ... and {len(differing) - 50} more", file=sys.stderr)
                return 1
            print("regenerate --check: committed openapi/ and generated/ are up to date")
            return 0
        if args.dry_run:
            print("dry run: openapi/ and generated/ left untouched")
            return 0
        swap_in(work)
        print("wrote openapi/ and generated/" + PACKAGE)
        if source.version != committed_version:
            target = OPENAPI / f"upgrade-{committed_version}-to-{source.version}.md"
            target.write_text(markdown, encoding="utf-8")
            print(f"wrote {_shown(target)}")
        if source.new:
            shutil.rmtree(KEPT, ignore_errors=True)
    return 0


def main(argv: list[str] | None = None) -> int:
    try:
        return run(argv)
    except RegenError as exc:
        print(f"regenerate: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("regenerate: interrupted; committed files untouched", file=sys.stderr)
        return 130
