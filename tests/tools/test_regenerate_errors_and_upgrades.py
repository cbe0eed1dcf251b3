"""scripts/regenerate on bad input and during upgrades: one error line naming what failed, committed files untouched,
the report printed (SDK-relevant changes first), the new dump kept for --from-upstream. The generator is replaced by
a fake that reports a warning (fast: no generated package), pip by a fake registry."""

from __future__ import annotations

import http.server
import json
import socket
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from _regen import pipeline, sdk_fields
from _regen.report import upgrade_report
from _setup import litellm_install as install

from .test_litellm_install import LITELLM, FakePip

ROOT = Path(__file__).resolve().parents[2]

WARNING = "WARNING parsing POST /x within y. Endpoint will not be generated.: Unsupported content type application/sdp"


def _snapshot() -> dict[str, int]:
    files = [pipeline.FIXED, pipeline.REPORT, *pipeline.upstream_files()]
    files += sorted((pipeline.GENERATED / pipeline.PACKAGE).glob("*.py"))
    state = {str(p): p.stat().st_mtime_ns for p in files}
    state["openapi/ listing"] = hash(tuple(sorted(p.name for p in pipeline.OPENAPI.iterdir())))
    return state


@pytest.fixture
def isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Cache, kept dump and generator log under tmp_path; the generator faked; committed files checked after."""
    cache = tmp_path / "cache"
    cache.mkdir()
    monkeypatch.setattr(pipeline, "CACHE", cache)
    monkeypatch.setattr(pipeline, "KEPT", cache / "regenerate-kept")
    monkeypatch.setattr(pipeline, "GENERATOR_LOG", cache / "regenerate-generator.log")
    monkeypatch.setattr(pipeline, "generate", lambda fixed_path, out_dir: [WARNING])
    before = _snapshot()
    yield cache
    assert _snapshot() == before, "committed files were touched"


def _one_error_line(capsys: pytest.CaptureFixture[str]) -> tuple[str, str]:
    captured = capsys.readouterr()
    err = captured.err.strip().splitlines()
    assert len(err) == 1, err
    assert err[0].startswith("regenerate: error: ")
    return err[0], captured.out


def test_stale_fix_stops_with_one_line_and_still_reports(
    isolated: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    stale = tmp_path / "fixes.yaml"
    stale.write_text(
        "fixes:\n"
        "  - {op: replace, path: /paths/~1key~1gone/get, value: {}, reason: stale}\n"
        "  - {op: test, path: /info/version, value: '0.0.0', reason: guard}\n"
        "  - {op: replace, path: /info/version, value: x, reason: guarded}\n"
        "  - {op: add, path: /components/schemas/Extra, value: {type: object}, reason: fine}\n",
        encoding="utf-8",
    )
    monkeypatch.setattr(pipeline, "FIXES", stale)
    assert pipeline.main(["--from-upstream", "--dry-run"]) == 2
    err, out = _one_error_line(capsys)
    assert "spec fix no longer applies: fix #0 [replace /paths/~1key~1gone/get]" in err
    assert "and 2 more" in err
    report = out[out.index("upgrade report") :]
    assert "fixes that no longer apply: 3" in report
    assert "fix #1 [test /info/version] failed: test failed at /info/version" in report
    assert "fix #2 [replace /info/version] skipped: the test guard on its path failed" in report
    assert f"generator warnings: 1\n  {WARNING}" in report


def test_unknown_release_is_named(
    isolated: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(install, "run", FakePip({"litellm": LITELLM}, []))
    assert pipeline.main(["--litellm-version", "1.999.0"]) == 2
    err, _ = _one_error_line(capsys)
    assert err == (
        "regenerate: error: unknown LiteLLM release 1.999.0: the package registry has no litellm==1.999.0"
        " (newest: 1.110.2)"
    )
    assert not (isolated / "litellm-1.999.0").exists()


def test_unreachable_registry_is_named(
    isolated: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(install, "run", FakePip({}, [], unreachable=True))
    assert pipeline.main(["--litellm-version", "latest"]) == 2
    err, _ = _one_error_line(capsys)
    assert err.startswith("regenerate: error: package registry unreachable (pip index versions litellm:")


def test_latest_is_the_newest_release(
    isolated: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(install, "run", FakePip({"litellm": LITELLM}, []))
    asked: list[str] = []

    def dump_source(version: str, work: Path) -> pipeline.Source:
        asked.append(version)
        raise pipeline.RegenError("stop here")

    monkeypatch.setattr(pipeline, "dump_source", dump_source)
    assert pipeline.main(["--litellm-version", "latest"]) == 2
    assert asked == ["1.110.2"]  # not the pre-release 1.111.0rc1
    assert "newest litellm release on the package registry: 1.110.2" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ("<html>not a spec</html>: [", "is not an OpenAPI document: not JSON"),
        ('{"swagger": "2.0", "paths": {"/a": {}}}', "is not an OpenAPI 3 document (no `openapi` field)"),
        ('{"openapi": "3.1.0", "paths": {}}', "is not a usable OpenAPI document: it has no paths"),
        ('["openapi"]', "is not an OpenAPI document: its top level is not an object"),
    ],
)
def test_spec_file_that_is_not_openapi_is_named(
    isolated: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], content: str, expected: str
) -> None:
    path = tmp_path / "openapi.json"
    path.write_text(content, encoding="utf-8")
    assert pipeline.main(["--spec-file", str(path)]) == 2
    err, _ = _one_error_line(capsys)
    assert f"spec file {path} {expected}" in err
    assert not pipeline.KEPT.exists()


def test_missing_spec_file_is_named(isolated: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert pipeline.main(["--spec-file", str(tmp_path / "nope.json")]) == 2
    err, _ = _one_error_line(capsys)
    assert f"cannot read spec file {tmp_path / 'nope.json'}: No such file or directory" in err


def test_unreachable_spec_url_is_named_without_its_credentials(
    isolated: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with socket.socket() as held:  # bound, never listening: connecting is refused, and no one else gets the port
        held.bind(("127.0.0.1", 0))
        port = held.getsockname()[1]
        url = f"http://admin:s3cret@127.0.0.1:{port}/openapi.json?api_key=sk-abc"
        assert pipeline.main(["--spec-url", url]) == 2
    err, out = _one_error_line(capsys)
    assert f"regenerate: error: spec URL http://127.0.0.1:{port}/openapi.json unreachable: " in err
    assert "s3cret" not in err + out and "sk-abc" not in err + out
    assert not pipeline.KEPT.exists()


def test_new_dump_is_kept_reported_and_reused_by_from_upstream(
    isolated: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    committed = pipeline.pinned_version()
    upstream = json.loads(pipeline.upstream_files()[0].read_text(encoding="utf-8"))
    upstream["info"]["version"] = "9.9.9"
    del upstream["components"]["schemas"]["ModelGroupInfoProxy"]["properties"]["supports_fast_mode"]
    path = tmp_path / "operator-proxy-openapi.json"
    path.write_text(json.dumps(upstream), encoding="utf-8")

    assert pipeline.main(["--spec-file", str(path)]) == 2
    err, out = _one_error_line(capsys)
    kept = pipeline.KEPT / "litellm-9.9.9.openapi.json"
    assert "openapi-python-client: 1 warning(s)" in err
    assert f"new dump kept in {kept}" in err
    assert kept.exists()
    assert "spec: file operator-proxy-openapi.json" in out
    report = (pipeline.KEPT / f"upgrade-{committed}-to-9.9.9.md").read_text(encoding="utf-8")
    assert "GET /model_group/info 200 data[] (model group): supports_fast_mode" in report

    assert pipeline.main(["--from-upstream", "--dry-run"]) == 2
    _, out = _one_error_line(capsys)
    assert f"using the kept dump {kept}" in out
    assert "litellm 9.9.9: operations generated" in out


def _op(schema: dict[str, Any], *, request: bool = False) -> dict[str, Any]:
    body = {"content": {"application/json": {"schema": schema}}}
    if request:
        return {"requestBody": body, "responses": {"200": {"description": "ok"}}}
    return {"responses": {"200": {"description": "ok", **body}}}


def _spec(group: dict[str, Any], request: dict[str, Any], extra_paths: dict[str, Any]) -> dict[str, Any]:
    return {
        "openapi": "3.1.0",
        "paths": {
            "/model_group/info": {
                "get": _op({"type": "object", "properties": {"data": {"type": "array", "items": group}}})
            },
            "/key/generate": {"post": _op({"type": "object", "properties": request}, request=True)},
            **extra_paths,
        },
        "components": {"schemas": {}},
    }


def test_report_puts_sdk_changes_first_and_names_them() -> None:
    label = "GET /model_group/info 200 data[] (model group)"
    read = sdk_fields.fields_read()[label]
    old_group = {"type": "object", "properties": {name: {"type": "boolean"} for name in read}}
    new_group = json.loads(json.dumps(old_group))
    del new_group["properties"]["supports_fast_mode"]
    new_group["properties"]["max_input_tokens"] = {"type": "string"}
    new_group["properties"]["custom_tags"] = {"type": "array", "items": {"type": "string"}}
    old = _spec(old_group, {"tpm_limit": {"type": "integer"}, "models": {"type": "array"}}, {})
    new = _spec(
        new_group,
        {"tpm_cap": {"type": "integer"}, "models": {"type": "array"}},
        {"/new": {"get": {"responses": {}}}},
    )
    lines = upgrade_report(old, new, stale_fixes=["fix #3 [x] failed: gone"], warnings=[WARNING])
    text = "\n".join(lines)
    assert f"  fields the SDK reads that the new spec lacks: 1\n    {label}: supports_fast_mode\n" in text
    assert f"  fields the SDK reads whose type changed: 1\n    {label}: max_input_tokens: boolean -> string\n" in text
    assert "      renamed? tpm_limit -> tpm_cap: integer\n" in text
    assert "      removed supports_fast_mode: boolean\n" in text
    assert "      added custom_tags: array<string>\n" in text
    order = [
        "SDK-relevant changes:",
        "fixes that no longer apply: 1",
        "  fix #3 [x] failed: gone",
        "generator warnings: 1",
        f"  {WARNING}",
        "operations added: 1",
        "  GET /new",
    ]
    positions = [lines.index(line) for line in order]
    assert positions == sorted(positions)
    assert lines.index("request schema changed: 1") > lines.index("operations added: 1")


@pytest.fixture
def http_server() -> Iterator[str]:
    """A loopback server (free port chosen by the OS): /openapi.json answers an HTML page, anything else 404."""

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            if self.path == "/openapi.json":
                body = b"<html><body>Login required</body></html>"
                self.send_response(200)
                self.send_header("Content-Type", "text/html")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)
            else:
                self.send_error(404)

        def log_message(self, format: str, *args: Any) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def test_spec_url_that_is_not_openapi_or_missing_is_named(
    isolated: Path, http_server: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert pipeline.main(["--spec-url", f"{http_server}/openapi.json"]) == 2
    err, _ = _one_error_line(capsys)
    assert f"spec URL {http_server}/openapi.json is not an OpenAPI document: not JSON" in err
    assert pipeline.main(["--spec-url", f"{http_server}/nope.json"]) == 2
    err, _ = _one_error_line(capsys)
    assert err == f"regenerate: error: spec URL {http_server}/nope.json answered HTTP 404 Not Found"
    assert not pipeline.KEPT.exists()


GENERATOR_LOG = """Generating /tmp/out
Warning(s) encountered while generating. Client was generated, but some pieces may be missing

WARNING parsing POST /realtime/translations/calls within realtime. Endpoint will not be generated.

Unsupported content type application/sdp


Unable to parse schema /components/schemas/Text:

Properties a and b have the same python_name

Failure to process schema has resulted in the removal of:
/components/schemas/Text

If you believe this was a mistake ...
"""


def test_generator_warnings_are_one_line_each() -> None:
    assert pipeline.generator_warnings(GENERATOR_LOG) == [
        "WARNING parsing POST /realtime/translations/calls within realtime. Endpoint will not be generated.:"
        " Unsupported content type application/sdp",
        "Unable to parse schema /components/schemas/Text: Properties a and b have the same python_name",
    ]


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (
            ["--spec-file", "a.json", "--spec-url", "http://x/openapi.json"],
            "--spec-file and --spec-url exclude each other",
        ),
        (["--check", "--litellm-version", "1.110.2"], "--check checks the pinned release"),
        (["--from-upstream", "--litellm-version", "1.110.2"], "--from-upstream rebuilds an existing dump"),
        (["--spec-file", "a.json", "--litellm-version", "latest"], "--litellm-version latest names a release"),
    ],
)
def test_conflicting_arguments_are_one_line(
    isolated: Path, capsys: pytest.CaptureFixture[str], argv: list[str], expected: str
) -> None:
    assert pipeline.main(argv) == 2
    err, _ = _one_error_line(capsys)
    assert expected in err
