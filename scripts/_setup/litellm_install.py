"""Install a LiteLLM release into .cache/litellm-<version>: the one installer of LiteLLM venvs, used by
scripts/local-proxy (to run it) and scripts/regenerate (to dump its spec), so both install the same thing.

`litellm[proxy]==X` from 1.108.8 on pins companion packages (litellm-enterprise, litellm-proxy-extras,
litellm-proxy) in versions the package registry does not serve, so pip cannot install it as pinned. Then:
`litellm==X --no-deps`, plus its base and `[proxy]` requirements (markers evaluated by the venv's own
interpreter), each exact pin the registry lacks swapped for the nearest version it has (or left out when it
has none), all recorded as substitutions. A venv that already exists is inspected instead: the substitutions
are what its installed versions say against litellm's own requirements, whoever created it.

Why the substitutions are safe (for 1.110.2: litellm-proxy==1.110.2 -> none, litellm-proxy-extras==0.4.114.post1 ->
0.4.110, litellm-enterprise==0.1.83.post1 -> 0.1.83): nothing in the `litellm` wheel imports `litellm_proxy` (the
proxy server, its `litellm` console script and schema.prisma are all in `litellm`); `litellm-proxy-extras` carries the
database migrations and the Prisma tooling that runs them, which the launcher does not use (it applies the SQL itself,
DISABLE_SCHEMA_UPDATE=true), so an older one only lacks the newest migrations: the launcher adds what they lack from
scripts/_local_proxy/schema_deltas/ (scripts/_local_proxy/schema.py says what that is); `litellm-enterprise`
0.1.83 is the release its `.post1` fixes after the fact, and its hooks are licence-gated (off without a LiteLLM
licence, as here). docs/releases.md has the evidence.

A compromised release (scripts/_setup/litellm_releases.py) is refused before any pip call, and `latest` never picks
one. Errors name what failed: an unknown litellm release, a requirement the registry has no distribution for, a
registry that did not answer. Runs on the system python3 too (scripts/local-proxy is standard library only): without
`packaging` installed, pip's vendored copy is used.
"""

from __future__ import annotations

import fcntl
import json
import re
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

from _setup.litellm_releases import CompromisedReleaseError, compromised, refuse_compromised

try:
    from packaging.requirements import InvalidRequirement, Requirement
    from packaging.version import InvalidVersion, Version
except ImportError:  # pragma: no cover - the system python3 of scripts/local-proxy without packaging
    from pip._vendor.packaging.requirements import InvalidRequirement, Requirement  # type: ignore[no-redef]
    from pip._vendor.packaging.version import InvalidVersion, Version  # type: ignore[no-redef]

#: prisma-client-python: every release boots with 0.15.0 (Prisma 5.17.0, the engine scripts/local-proxy's shim carries).
PRISMA_PIN = "prisma==0.15.0"
VERSION_RE = re.compile(r"^[0-9]+(\.[0-9]+)*([a-zA-Z0-9.+-]*)$")
MARKER = "litellm-sdk-install.json"  # written into a venv we created: the substitutions and their reasons

NETWORK_RE = re.compile(
    r"(?i)NewConnectionError|connection (refused|reset|broken|aborted)|network is unreachable"
    r"|temporary failure in name resolution|name or service not known|timed out|ProxyError|SSLError"
)

# Run by the LiteLLM venv's python: litellm's requirements for the base install and the [proxy] extra,
# markers evaluated for that interpreter, and what is installed for each.
REQUIREMENTS_CODE = r"""
import json
from importlib import metadata
try:
    from packaging.requirements import Requirement
except ImportError:
    from pip._vendor.packaging.requirements import Requirement
out = []
for raw in metadata.requires("litellm") or []:
    req = Requirement(raw)
    if req.marker is not None and not any(req.marker.evaluate({"extra": e}) for e in ("", "proxy")):
        continue
    name = req.name + ("[" + ",".join(sorted(req.extras)) + "]" if req.extras else "")
    try:
        installed = metadata.version(req.name)
    except metadata.PackageNotFoundError:
        installed = None
    ok = installed is not None and req.specifier.contains(installed, prereleases=True)
    out.append({"requirement": name + str(req.specifier), "installed": installed, "satisfied": ok})
print(json.dumps(out))
"""


class InstallError(Exception):
    """Installing failed; the message is the one line shown to the user."""


Runner = Callable[[list[str]], subprocess.CompletedProcess[str]]


def run(cmd: list[str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(cmd, capture_output=True, text=True, check=False)


def _last_error(output: str) -> str:
    errors = [line.strip() for line in output.splitlines() if line.startswith("ERROR:")]
    lines = errors or [line.strip() for line in output.strip().splitlines() if line.strip()]
    return (lines[-1] if lines else "(no output)")[:300]


def index_versions(name: str, runner: Runner | None = None) -> list[str] | None:
    """Versions of `name` on the package registry (pre-releases included), newest first; None when it has none.

    Raises InstallError when the registry did not answer.
    """
    proc = (runner or run)(["python3", "-m", "pip", "index", "versions", "--pre", name])
    out = proc.stdout + proc.stderr
    if proc.returncode == 0:
        match = re.search(r"^Available versions: (.*)$", out, re.M)
        if match:
            return [v.strip() for v in match.group(1).split(",") if v.strip()]
    if NETWORK_RE.search(out):
        raise InstallError(f"package registry unreachable (pip index versions {name}: {_last_error(out)})")
    if re.search(rf"(?i)No matching distribution found for {re.escape(name)}\b", out):
        return None
    raise InstallError(f"pip index versions {name} failed: {_last_error(out)}")


def _version(text: str) -> Version | None:
    try:
        return Version(text)
    except InvalidVersion:
        return None


def newest_release(versions: list[str]) -> str:
    """The newest final release among `versions` (pre-releases only when there is nothing else), never a compromised
    one."""
    parsed = [(v, p) for v in versions if (p := _version(v)) is not None and not compromised(v)]
    final = [(v, p) for v, p in parsed if not (p.is_prerelease or p.is_devrelease)] or parsed
    if not final:
        raise InstallError("the package registry lists no litellm release")
    return max(final, key=lambda vp: vp[1])[0]


def nearest_version(pinned: str, available: list[str]) -> str | None:
    """The available version nearest a pin the registry lacks: the newest not newer than the pin, else the
    oldest newer one (final releases preferred)."""
    pin = _version(pinned)
    parsed = [(v, p) for v in available if (p := _version(v)) is not None]
    final = [(v, p) for v, p in parsed if not (p.is_prerelease or p.is_devrelease)] or parsed
    if pin is None or not final:
        return None
    older = [vp for vp in final if vp[1] <= pin]
    if older:
        return max(older, key=lambda vp: vp[1])[0]
    return min(final, key=lambda vp: vp[1])[0]


def exact_pin(requirement: str) -> tuple[str, str] | None:
    """(name, version) of a requirement pinned with `==` to one version, else None."""
    try:
        req = Requirement(requirement)
    except InvalidRequirement:
        return None
    specs = list(req.specifier)
    if len(specs) == 1 and specs[0].operator in ("==", "===") and "*" not in specs[0].version:
        return req.name, specs[0].version
    return None


def substitute_missing_pins(requirements: list[str], runner: Runner = run) -> tuple[list[str], list[dict[str, Any]]]:
    """Requirements with each exact pin the registry lacks replaced by its nearest version (or dropped when the
    registry has no release of it at all), and one substitution record per change."""
    out: list[str] = []
    substitutions: list[dict[str, Any]] = []
    for requirement in requirements:
        pin = exact_pin(requirement)
        if pin is None:
            out.append(requirement)
            continue
        name, version = pin
        available = index_versions(name, runner)
        if available is not None and (version in available or any(_version(v) == _version(version) for v in available)):
            out.append(requirement)
            continue
        if not available:
            substitutions.append(
                {
                    "requirement": requirement,
                    "installed": None,
                    "reason": f"the package registry has no release of {name}",
                }
            )
            continue
        nearest = nearest_version(version, available)
        if nearest is None:
            raise InstallError(f"{requirement}: not on the package registry, and no usable version of {name} there")
        extras = Requirement(requirement).extras
        out.append(name + ("[" + ",".join(sorted(extras)) + "]" if extras else "") + f"=={nearest}")
        substitutions.append(
            {
                "requirement": requirement,
                "installed": nearest,
                "reason": f"{name}=={version} is not on the package registry; nearest available {nearest}",
            }
        )
    return out, substitutions


def describe_substitution(sub: dict[str, Any]) -> str:
    installed = sub.get("installed")
    return f"{sub['requirement']} -> {installed if installed else 'not installed'}"


class Installer:
    """Creates and inspects .cache/litellm-<version> venvs; `runner` is replaceable in tests."""

    def __init__(
        self, cache: Path, root: Path, runner: Runner | None = None, say: Callable[[str], None] | None = None
    ) -> None:
        self.cache = cache
        self.root = root
        self._runner = runner
        self._say = say

    def say(self, line: str) -> None:
        """A progress line (stdout unless the caller routes them: scripts/local-proxy keeps its stdout for the
        variables it prints)."""
        if self._say is not None:
            self._say(line)
        else:
            print(line, flush=True)

    def runner(self, cmd: list[str]) -> subprocess.CompletedProcess[str]:
        return (self._runner or run)(cmd)

    def venv(self, version: str) -> Path:
        return self.cache / f"litellm-{version}"

    def ensure(self, version: str) -> tuple[Path, list[dict[str, Any]]]:
        """(python of the venv, substitutions), creating the venv if missing or broken."""
        if not VERSION_RE.match(version):
            raise InstallError(f"invalid LiteLLM version {version!r}")
        try:
            refuse_compromised(version)  # before any pip call, also for a venv that already exists
        except CompromisedReleaseError as exc:
            raise InstallError(str(exc)) from None
        venv = self.venv(version)
        python = venv / "bin" / "python"
        self.cache.mkdir(exist_ok=True)
        # Same lock file as scripts/local-proxy, which shares the venv of the release it runs.
        with open(self.cache / f"litellm-{version}.lock", "a") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            try:
                if not (python.exists() and self.runner([str(python), "-c", "import litellm.proxy"]).returncode == 0):
                    self._install(version, venv)
                return python, self.substitutions(venv)
            finally:
                fcntl.flock(lock, fcntl.LOCK_UN)

    def requirements(self, python: Path) -> list[dict[str, Any]]:
        proc = self.runner([str(python), "-c", REQUIREMENTS_CODE])
        if proc.returncode != 0:
            raise InstallError(f"reading litellm's requirements failed: {_last_error(proc.stderr)}")
        reqs: list[dict[str, Any]] = json.loads(proc.stdout)
        return reqs

    def substitutions(self, venv: Path) -> list[dict[str, Any]]:
        """Every litellm base/[proxy] requirement the venv does not satisfy, with the reason when we know it."""
        reasons: dict[str, str] = {}
        marker = venv / MARKER
        if marker.exists():
            for sub in json.loads(marker.read_text(encoding="utf-8")).get("substitutions", []):
                reasons[sub["requirement"]] = sub["reason"]
        subs = []
        for req in self.requirements(venv / "bin" / "python"):
            if not req["satisfied"]:
                reason = reasons.get(req["requirement"], "the installed version does not satisfy the pin")
                subs.append({"requirement": req["requirement"], "installed": req["installed"], "reason": reason})
        return sorted(subs, key=lambda s: str(s["requirement"]))

    def _install(self, version: str, venv: Path) -> None:
        releases = index_versions("litellm", self.runner)
        if releases is None:
            raise InstallError("the package registry has no litellm release at all")
        if version not in releases and not any(_version(v) == _version(version) for v in releases):
            raise InstallError(
                f"unknown LiteLLM release {version}: the package registry has no litellm=={version}"
                f" (newest: {newest_release(releases)})"
            )
        shown = venv.relative_to(self.root) if venv.is_relative_to(self.root) else venv
        self.say(f"installing litellm[proxy]=={version} into {shown} ...")
        created = not venv.exists()
        python = venv / "bin" / "python"
        try:
            if created:
                proc = self.runner(["python3", "-m", "venv", str(venv)])
                if proc.returncode != 0:
                    raise InstallError(f"creating {shown} failed: {_last_error(proc.stderr + proc.stdout)}")
            self._pip(python, [f"litellm=={version}", "--no-deps"], f"litellm=={version}")
            wanted = [r["requirement"] for r in self.requirements(python)]
            wanted = list(dict.fromkeys(wanted))  # base and [proxy] repeat some (pyyaml)
            reqs, subs = substitute_missing_pins(wanted, self.runner)
            for sub in subs:
                self.say(f"  substituting {describe_substitution(sub)}: {sub['reason']}")
            # litellm itself is repeated so the resolver never swaps it for another release.
            self._pip(python, [f"litellm=={version}", *reqs, PRISMA_PIN], f"litellm[proxy]=={version}'s requirements")
            (venv / MARKER).write_text(json.dumps({"substitutions": subs}, indent=2) + "\n", encoding="utf-8")
        except BaseException:
            if created:
                shutil.rmtree(venv, ignore_errors=True)
            raise

    def _pip(self, python: Path, args: list[str], what: str) -> None:
        proc = self.runner([str(python), "-m", "pip", "install", "-q", *args])
        if proc.returncode == 0:
            return
        out = proc.stderr + proc.stdout
        if NETWORK_RE.search(out):
            raise InstallError(f"package registry unreachable while installing {what}: {_last_error(out)}")
        missing = re.search(r"No matching distribution found for (\S+)", out)
        if missing:
            raise InstallError(
                f"installing {what} failed: the package registry has no distribution matching {missing.group(1)}"
            )
        raise InstallError(f"pip install {what} failed: {_last_error(out)}")
