"""scripts/regenerate: dump LiteLLM's spec -> apply openapi/fixes.yaml -> generate -> post-process -> format.

Everything is built in a temporary folder and swapped into openapi/ and generated/ only on success;
any failure prints one line naming what failed and leaves the committed files untouched.
"""

from __future__ import annotations

import argparse
import fcntl
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import yaml

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
PRISMA_PIN = "prisma==0.15.0"
ERROR_SCHEMA_REF = "#/components/schemas/ErrorEnvelope"
UPSTREAM_RE = re.compile(r"^litellm-(?P<version>.+)\.openapi\.json$")
VERSION_RE = re.compile(r"^[0-9]+(\.[0-9]+)*([a-zA-Z0-9.+-]*)$")

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


def ensure_litellm(version: str) -> Path:
    """The python of .cache/litellm-<version>, creating it with pip if missing."""
    if not VERSION_RE.match(version):
        raise RegenError(f"invalid LiteLLM version {version!r}")
    python = venv_python(version)
    CACHE.mkdir(exist_ok=True)
    # Same lock as scripts/local-proxy, which shares the pinned venv.
    with open(CACHE / f"litellm-{version}.lock", "a") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            if python.exists() and _run([str(python), "-c", "import litellm.proxy"]).returncode == 0:
                return python
            _install_litellm(version, python.parent.parent)
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)
    return python


def _install_litellm(version: str, venv: Path) -> None:
    """python3 -m venv + pip install litellm[proxy]==X prisma==0.15.0; a venv we created is removed on failure."""
    print(f"installing litellm[proxy]=={version} into {venv.relative_to(ROOT)} ...", flush=True)
    created = not venv.exists()
    python = venv / "bin" / "python"
    try:
        if created:
            _check(["python3", "-m", "venv", str(venv)], "creating venv")
        pip = _run([str(python), "-m", "pip", "install", "-q", f"litellm[proxy]=={version}", PRISMA_PIN])
    except RegenError:
        if created:
            shutil.rmtree(venv, ignore_errors=True)
        raise
    if pip.returncode == 0:
        return
    if created:
        shutil.rmtree(venv, ignore_errors=True)
    err = pip.stderr + pip.stdout
    if re.search(
        r"(?i)NewConnectionError|connection (refused|reset|broken|aborted)|network is unreachable"
        r"|temporary failure in name resolution|name or service not known|timed out|ProxyError"
        r"|from versions: none",  # litellm exists: seeing no release at all means no registry answered
        err,
    ):
        raise RegenError(f"package registry unreachable while installing litellm[proxy]=={version}")
    own = re.escape(f"litellm[proxy]=={version}") + "|" + re.escape(f"litellm=={version}")
    if re.search(rf"No matching distribution found for ({own})(\s|$)", err):
        raise RegenError(f"unknown LiteLLM version {version}: no litellm[proxy]=={version} on the package registry")
    errors = [line.strip() for line in err.splitlines() if line.startswith("ERROR:")] or err.strip().splitlines()
    last = (errors[-1] if errors else "(no output)")[:300]
    raise RegenError(f"pip install litellm[proxy]=={version} failed: {last}")


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


def generate(fixed_path: Path, out_dir: Path) -> int:
    """Run openapi-python-client --fail-on-warning into out_dir; returns the warning count (0 on success)."""
    exe = Path(sys.executable).parent / "openapi-python-client"
    cmd = [str(exe), "generate", "--path", str(fixed_path), "--config", str(CONFIG), "--meta", "none"]
    cmd += ["--output-path", str(out_dir), "--overwrite", "--fail-on-warning"]
    proc = _run(cmd)
    log = proc.stdout + proc.stderr
    warnings = len(WARNING_RE.findall(log))
    if proc.returncode != 0 or warnings:
        CACHE.mkdir(exist_ok=True)
        (CACHE / "regenerate-generator.log").write_text(log, encoding="utf-8")
        first = next((m.group(0) for m in re.finditer(r"^(WARNING parsing|Unable to).*$", log, re.M)), "")
        raise RegenError(
            f"openapi-python-client failed with {warnings} warning(s) (log: .cache/regenerate-generator.log) {first}"
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


def build(upstream: dict[str, Any], version: str, work: Path) -> dict[str, Any]:
    """Build openapi/ and generated/ content under `work`; returns the generation report."""
    out_openapi = work / "openapi"
    (out_openapi / "upstream").mkdir(parents=True)
    (out_openapi / "upstream" / f"litellm-{version}.openapi.json").write_text(
        canonical_json(upstream), encoding="utf-8"
    )
    try:
        fixed, applied, examples = fix_spec(upstream)
    except FixError as exc:
        raise RegenError(f"spec fix no longer applies: {exc}") from None
    fixed_path = out_openapi / FIXED.name
    fixed_path.write_text(canonical_json(fixed), encoding="utf-8")
    pkg = work / "generated" / PACKAGE
    pkg.parent.mkdir()
    warnings = generate(fixed_path, pkg)
    try:
        lazy = make_lazy(pkg / "models" / "__init__.py")
    except ValueError as exc:
        raise RegenError(f"post-processing the generated package failed: {exc}") from None
    (pkg / "py.typed").write_text("# Marker file for PEP 561\n", encoding="utf-8")
    format_package(pkg)
    generated, total = count_generated(fixed, pkg)
    report = {
        "litellm_version": version,
        "operations_total": total,
        "operations_generated": generated,
        "schemas_total": len(fixed.get("components", {}).get("schemas", {})),
        "schemas_dropped": 0,  # --fail-on-warning: any dropped schema fails the build above
        "generator_warnings": warnings,
        "lazy_model_exports": lazy,
        "recorded_examples_merged": examples,
        "fixes": [{"fix": name, "changes": n} for name, n in applied],
    }
    if generated != total:
        raise RegenError(f"only {generated}/{total} operations have an endpoint module")
    (out_openapi / REPORT.name).write_text(canonical_json(report), encoding="utf-8")
    return report


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


# --- upgrade report ---


def _fingerprints(spec: dict[str, Any]) -> dict[str, str]:
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


def _op_shapes(spec: dict[str, Any]) -> dict[str, tuple[str, str]]:
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


def upgrade_report(old: dict[str, Any], new: dict[str, Any]) -> list[str]:
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


def summary(report: dict[str, Any]) -> list[str]:
    gen, total = report["operations_generated"], report["operations_total"]
    return [
        f"litellm {report['litellm_version']}: operations generated {gen}/{total} ({100 * gen // max(total, 1)}%)",
        f"schemas dropped: {report['schemas_dropped']} (of {report['schemas_total']})",
        f"generator warnings: {report['generator_warnings']}",
        f"fixes applied: {len(report['fixes'])}, recorded examples merged: {report['recorded_examples_merged']}",
    ]


def run(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="scripts/regenerate", description=__doc__)
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--check", action="store_true", help="fail if committed openapi/ or generated/ are stale")
    mode.add_argument("--litellm-version", metavar="X", help="upgrade to litellm[proxy]==X and report changes")
    parser.add_argument(
        "--from-upstream",
        action="store_true",
        help="skip the dump: rebuild from the committed upstream spec (no LiteLLM needed)",
    )
    parser.add_argument(
        "--dry-run", action="store_true", help="build and report, but do not write openapi/ or generated/"
    )
    args = parser.parse_args(argv)

    version = args.litellm_version or pinned_version()
    CACHE.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="regenerate-", dir=CACHE) as tmp:
        work = Path(tmp)
        if args.from_upstream and not args.litellm_version:
            upstream = json.loads(upstream_files()[0].read_text(encoding="utf-8"))
        else:
            upstream = dump_spec(ensure_litellm(version), work)
        report = build(upstream, version, work)
        for line in summary(report):
            print(line)
        if args.check:
            differing = diff_trees(work)
            if differing:
                print(f"regenerate --check: {len(differing)} file(s) differ from litellm {version}:", file=sys.stderr)
                for name in differing[:50]:
                    print(f"  {name}", file=sys.stderr)
                if len(differing) > 50:
                    print(f"  ... and {len(differing) - 50} more", file=sys.stderr)
                return 1
            print("regenerate --check: committed openapi/ and generated/ are up to date")
            return 0
        if args.litellm_version and FIXED.exists():
            old = json.loads(FIXED.read_text(encoding="utf-8"))
            new = json.loads((work / "openapi" / FIXED.name).read_text(encoding="utf-8"))
            print(f"upgrade report (committed spec -> litellm {version}):")
            for line in upgrade_report(old, new):
                print(line)
        if args.dry_run:
            print("dry run: openapi/ and generated/ left untouched")
            return 0
        swap_in(work)
        print("wrote openapi/ and generated/" + PACKAGE)
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
