"""The litellm-sdk command line over an in-memory transport: argument errors, exit codes per error family,
error formatting (one line, secrets masked, never a traceback), tables and --json."""

from __future__ import annotations

import hashlib
import io
import json
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from litellm_sdk import cli
from litellm_sdk._cli_format import key_info_table, marks_for, models_table
from litellm_sdk.errors import (
    APIConnectionError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    BudgetExceededError,
    ConfigurationError,
    ConflictError,
    InvalidRequestError,
    KeyBlockedError,
    KeyExpiredError,
    LiteLLMError,
    ModelAccessDeniedError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ServerError,
)
from litellm_sdk.types import Features, ModelInfo, VirtualKeyInfo

BASE = "http://litellm.test"
MASTER = "sk-master-unit-0123456789abcdef"
ENV = {"LITELLM_BASE_URL": BASE, "LITELLM_MASTER_KEY": MASTER}


GROUPS: dict[str, dict[str, Any]] = {
    "gpt-4o-vision": {
        "model_group": "gpt-4o-vision",
        "providers": ["openai"],
        "mode": "chat",
        "max_input_tokens": 128000,
        "supports_vision": True,
        "supports_function_calling": True,
        "input_cost_per_token": 0.0025,
        "output_cost_per_token": 0.01,
    },
    "dall-e-3": {"model_group": "dall-e-3", "providers": ["openai"], "mode": "image_generation"},
    "whisper-1": {"model_group": "whisper-1", "providers": ["openai"], "mode": "audio_transcription"},
}


def _error(status: int, message: str, type_: str = "auth_error") -> httpx.Response:
    return httpx.Response(
        status, json={"error": {"message": message, "type": type_, "param": None, "code": str(status)}}
    )


class Proxy:
    """Just enough of LiteLLM for the CLI; ``override[path]`` answers a path with a fixed response."""

    def __init__(self) -> None:
        self.keys: dict[str, dict[str, Any]] = {}
        self.calls: list[str] = []
        self.override: dict[str, Callable[[httpx.Request], httpx.Response]] = {}

    def transport(self) -> httpx.MockTransport:
        return httpx.MockTransport(self.handle)

    def handle(self, request: httpx.Request) -> httpx.Response:
        path = request.url.path
        self.calls.append(path)
        if path in self.override:
            return self.override[path](request)
        token = request.headers.get("authorization", "").removeprefix("Bearer ")
        if path == "/model_group/info":
            if token == MASTER:
                names = list(GROUPS)
            elif token in self.keys:
                names = self.keys[token]["models"] or list(GROUPS)
            else:
                return _error(401, "Authentication Error, Invalid API key provided.", "token_not_found_in_db")
            return httpx.Response(200, json={"data": [GROUPS[n] for n in names]})
        if token != MASTER:
            return _error(401, "Authentication Error, invalid master key")
        if path == "/key/generate":
            body = json.loads(request.content)
            record = {
                "key": body["key"],
                "token": hashlib.sha256(body["key"].encode()).hexdigest(),
                "models": body.get("models", []),
                "max_budget": body.get("max_budget"),
                "spend": 0.0,
                "user_id": body.get("user_id"),
                "team_id": body.get("team_id"),
                "key_alias": body.get("key_alias"),
                "expires": "2030-01-01T00:00:00Z" if body.get("duration") else None,
                "rpm_limit": body.get("rpm_limit"),
            }
            self.keys[body["key"]] = record
            return httpx.Response(200, json=record)
        if path == "/key/info":
            asked = request.url.params.get("key", "")
            key = next((k for k, r in self.keys.items() if asked in (k, r["token"])), None)
            if key is None:
                return _error(404, "Key not found", "not_found_error")
            info = {k: v for k, v in self.keys[key].items() if k != "key"}
            return httpx.Response(200, json={"key": asked, "info": info})
        if path == "/key/delete":
            wanted = json.loads(request.content)["keys"]
            gone = [k for k in wanted if k in self.keys or any(r["token"] == k for r in self.keys.values())]
            if not gone:
                return _error(404, f"Keys not found: {wanted}", "not_found_error")
            for k in gone:
                self.keys = {key: r for key, r in self.keys.items() if k not in (key, r["token"])}
            return httpx.Response(200, json={"deleted_keys": gone})
        if path == "/key/list":
            user = request.url.params.get("user_id")
            found = [
                {**{k: v for k, v in r.items() if k != "key"}, "key_name": f"sk-...{key[-4:]}"}
                for key, r in self.keys.items()
                if user is None or r["user_id"] == user
            ]
            return httpx.Response(200, json={"keys": found, "total_pages": 1, "current_page": 1})
        return _error(404, "Not Found", "not_found_error")


class Run:
    def __init__(self, code: int, out: str, err: str) -> None:
        self.code, self.out, self.err = code, out, err

    @property
    def json(self) -> Any:
        return json.loads(self.out)


@pytest.fixture
def proxy() -> Proxy:
    return Proxy()


@pytest.fixture
def run(proxy: Proxy) -> Callable[..., Run]:
    def _run(*argv: str, env: dict[str, str] | None = None, stdin: str = "", encoding: str = "utf-8") -> Run:
        out = io.TextIOWrapper(io.BytesIO(), encoding=encoding, newline="")
        err = io.StringIO()
        code = cli.main(
            list(argv),
            stdout=out,
            stderr=err,
            stdin=io.StringIO(stdin),
            environ=ENV if env is None else env,
            transport=proxy.transport(),
        )
        out.flush()
        out.seek(0)
        return Run(code, out.read(), err.getvalue())

    return _run


def assert_one_error(result: Run, code: int) -> None:
    """Exit code as expected, exactly one error: line and one hint: line, nothing else, no traceback."""
    assert result.code == code, (result.code, result.err)
    lines = result.err.splitlines()
    assert len(lines) == 2, result.err
    assert lines[0].startswith("error: ")
    assert lines[1].startswith("hint: ")
    assert "Traceback" not in result.err


# --------------------------------------------------------------------------- usage errors (exit 2)


@pytest.mark.parametrize(
    "argv",
    [
        ["--bogus"],
        ["request-key", "--bogus"],
        ["no-such-command"],
        [],
        ["describe-key"],
        ["request-key", "--max-budget", "lots"],
        ["request-key", "--tpm-limit", "1.5"],
        ["request-key", "--metadata", "{not json"],
        ["request-key", "--metadata", "[1, 2]"],
        ["request-key", "--models", "a", "--all-models"],
        ["list-keys", "--limit", "0"],
        ["models", "--timeout", "-1"],
    ],
)
def test_bad_arguments_exit_2_with_one_error_line(run: Callable[..., Run], proxy: Proxy, argv: list[str]) -> None:
    result = run(*argv)
    assert_one_error(result, cli.EXIT_USAGE)
    assert "--help" in result.err
    assert proxy.calls == []


@pytest.mark.parametrize(
    ("argv", "param"),
    [
        (["request-key", "--user-id", "u", "--duration", "24hours"], "--duration"),
        (["request-key", "--user-id", "u", "--budget-duration", "fortnightly"], "--budget-duration"),
        (["request-key", "--user-id", "u", "--max-budget", "-5"], "--max-budget"),
        (["request-key", "--user-id", "u", "--rpm-limit", "-1"], "--rpm-limit"),
        (["describe-key", "not-a-key"], "--key"),
    ],
)
def test_sdk_input_errors_exit_2_before_any_request(
    run: Callable[..., Run], proxy: Proxy, argv: list[str], param: str
) -> None:
    result = run(*argv)
    assert_one_error(result, cli.EXIT_USAGE)
    assert param in result.err
    assert proxy.calls == []


def test_empty_stdin_for_a_key_is_a_usage_error(run: Callable[..., Run]) -> None:
    assert_one_error(run("describe-key", "-", stdin="\n"), cli.EXIT_USAGE)


# --------------------------------------------------------------------------- help


def test_main_help_documents_commands_examples_env_and_exit_codes(run: Callable[..., Run]) -> None:
    result = run("--help")
    assert result.code == 0
    for text in ("request-key", "describe-key", "models", "revoke", "list-keys", "examples:", "LITELLM_BASE_URL"):
        assert text in result.out
    for code, _meaning in cli.EXIT_CODES:
        assert f"  {code} " in result.out


@pytest.mark.parametrize("command", ["request-key", "describe-key", "models", "revoke", "list-keys"])
def test_each_command_has_help_with_examples(run: Callable[..., Run], command: str) -> None:
    result = run(command, "--help")
    assert result.code == 0
    assert "examples:" in result.out
    assert f"litellm-sdk {command}" in result.out


def test_version(run: Callable[..., Run]) -> None:
    result = run("--version")
    assert result.code == 0
    assert result.out.startswith("litellm-sdk ")


# --------------------------------------------------------------------------- configuration (exit 3)


def test_missing_base_url_exits_3(run: Callable[..., Run]) -> None:
    result = run("list-keys", env={"LITELLM_MASTER_KEY": MASTER})
    assert_one_error(result, cli.EXIT_CONFIG)
    assert "LITELLM_BASE_URL" in result.err
    assert "--base-url" in result.err


def test_missing_master_key_exits_3(run: Callable[..., Run]) -> None:
    result = run("request-key", "--user-id", "u", env={"LITELLM_BASE_URL": BASE})
    assert_one_error(result, cli.EXIT_CONFIG)
    assert "LITELLM_MASTER_KEY" in result.err


def test_bad_base_url_exits_3(run: Callable[..., Run]) -> None:
    assert_one_error(run("models", "--base-url", "ftp://nope"), cli.EXIT_CONFIG)


def test_models_with_a_key_needs_no_master_key(run: Callable[..., Run], proxy: Proxy) -> None:
    key = json.loads(run("request-key", "--user-id", "u", "--models", "dall-e-3", "--json").out)["key"]
    result = run("models", "--key", "-", stdin=key + "\n", env={"LITELLM_BASE_URL": BASE})
    assert result.code == 0, result.err
    assert "dall-e-3" in result.out
    assert "gpt-4o-vision" not in result.out


# --------------------------------------------------------------------------- exit codes per error family


@pytest.mark.parametrize(
    ("error", "code"),
    [
        (InvalidRequestError("x"), 2),
        (ConfigurationError("x"), 3),
        (AuthenticationError("x"), 4),
        (KeyExpiredError("x"), 4),
        (KeyBlockedError("x"), 4),
        (PermissionDeniedError("x"), 4),
        (ModelAccessDeniedError("x"), 4),
        (NotFoundError("x"), 5),
        (BudgetExceededError("x"), 6),
        (RateLimitError("x"), 6),
        (APIConnectionError("x"), 7),
        (APITimeoutError("x"), 7),
        (BadRequestError("x"), 1),
        (ConflictError("x"), 1),
        (ServerError("x"), 1),
        (LiteLLMError("x"), 1),
    ],
)
def test_exit_code_per_error_family(error: LiteLLMError, code: int) -> None:
    assert cli.exit_code_for(error) == code


def test_exit_codes_are_distinct() -> None:
    codes = [code for code, _ in cli.EXIT_CODES]
    assert len(codes) == len(set(codes))


@pytest.mark.parametrize(
    ("response", "code", "hint"),
    [
        (_error(401, "Authentication Error, invalid master key"), 4, "Check the master key"),
        (_error(403, "team not allowed to access model", "team_model_access_denied"), 4, "team"),
        (_error(400, "Budget has been exceeded! Current cost: 2, Max budget: 1", "budget_exceeded"), 6, "budget"),
        (_error(400, "Invalid model name passed in model=foo", "bad_request_error"), 1, "models"),
    ],
)
def test_proxy_errors_map_to_exit_codes_with_the_sdk_hint(
    run: Callable[..., Run], proxy: Proxy, response: httpx.Response, code: int, hint: str
) -> None:
    proxy.override["/key/generate"] = lambda request: response
    result = run("request-key", "--user-id", "u")
    assert_one_error(result, code)
    assert hint.lower() in result.err.lower()


def test_not_found_exits_5(run: Callable[..., Run]) -> None:
    result = run("describe-key", "sk-does-not-exist-0000")
    assert_one_error(result, cli.EXIT_NOT_FOUND)
    assert "sk-does-not-exist-0000" not in result.err  # masked even in errors


def test_rate_limit_on_models_exits_6(run: Callable[..., Run], proxy: Proxy) -> None:
    proxy.override["/model_group/info"] = lambda request: httpx.Response(
        429, headers={"retry-after": "600"}, json={"error": {"message": "Rate limit exceeded", "type": "throttling"}}
    )
    assert_one_error(run("models"), cli.EXIT_LIMIT)


def test_connection_error_exits_7(run: Callable[..., Run], proxy: Proxy) -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("connection refused", request=request)

    proxy.override["/model_group/info"] = refuse
    result = run("models")
    assert_one_error(result, cli.EXIT_CONNECTION)
    assert "running and reachable" in result.err


def test_timeout_exits_7(run: Callable[..., Run], proxy: Proxy) -> None:
    def slow(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadTimeout("too slow", request=request)

    proxy.override["/model_group/info"] = slow
    assert_one_error(run("models", "--timeout", "1"), cli.EXIT_CONNECTION)


def test_multiline_proxy_message_becomes_one_line_and_secrets_are_masked(run: Callable[..., Run], proxy: Proxy) -> None:
    proxy.override["/key/info"] = lambda request: _error(
        401, f"Authentication Error\nkey {MASTER} is\n  not valid", "auth_error"
    )
    result = run("describe-key", "sk-some-user-key-0123456789")
    assert_one_error(result, cli.EXIT_AUTH)
    assert MASTER not in result.err
    assert "sk-some-user-key-0123456789" not in result.err


def test_unexpected_exception_is_one_line_unless_debug(
    run: Callable[..., Run], monkeypatch: pytest.MonkeyPatch
) -> None:
    def boom(*args: Any, **kwargs: Any) -> Any:
        raise RuntimeError("kaboom")

    monkeypatch.setattr(cli.LiteLLMClient, "list_models", boom)
    result = run("models")
    assert_one_error(result, cli.EXIT_OTHER)
    assert "kaboom" in result.err and "bug" in result.err
    debug = run("models", env={**ENV, "LITELLM_SDK_DEBUG": "1"})
    assert debug.code == cli.EXIT_OTHER
    assert "Traceback" in debug.err


# --------------------------------------------------------------------------- commands over the fake proxy


def test_request_key_table_masks_the_key(run: Callable[..., Run], proxy: Proxy) -> None:
    result = run("request-key", "--user-id", "alice", "--duration", "24h", "--max-budget", "5", "--rpm-limit", "9")
    assert result.code == 0, result.err
    (key,) = proxy.keys
    assert key not in result.out
    assert f"sk-...{key[-4:]}" in result.out
    assert "--show-key" in result.out
    for text in ("alice", "$5.00", "rpm 9", "Features on", "gpt-4o-vision", "✓"):
        assert text in result.out


def test_request_key_show_key_and_json_print_the_key(run: Callable[..., Run], proxy: Proxy) -> None:
    shown = run("request-key", "--user-id", "alice", "--show-key")
    data = run("request-key", "--user-id", "bob", "--models", "gpt-4o-vision,dall-e-3", "--tags", "a", "--json").json
    first, second = proxy.keys
    assert first in shown.out
    assert data["key"] == second
    assert data["user_id"] == "bob"
    assert [m["id"] for m in data["models"]] == ["dall-e-3", "gpt-4o-vision"]
    assert data["features"]["image_generation"] is True
    assert data["features"]["audio_transcription"] is False


def test_request_key_sends_the_flags(run: Callable[..., Run], proxy: Proxy) -> None:
    seen: list[dict[str, Any]] = []
    original = proxy.handle

    def spy(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/key/generate":
            seen.append(json.loads(request.content))
        return original(request)

    proxy.handle = spy  # type: ignore[method-assign]
    argv = ["request-key", "--user", "u", "--team", "t", "--models", "a,b", "--models", "c", "--tags", "x,y"]
    argv += ["--metadata", '{"plan": "pro"}', "--key-alias", "al", "--tpm-limit", "5", "--max-parallel-requests", "2"]
    run(*argv, "--budget-duration", "daily", "--json")
    run("request-key", "--user-id", "u", "--all-models", "--json")
    assert seen[0]["models"] == ["a", "b", "c"]
    assert seen[0]["tags"] == ["x", "y"]
    assert seen[0]["metadata"] == {"plan": "pro"}
    assert (seen[0]["team_id"], seen[0]["key_alias"], seen[0]["tpm_limit"]) == ("t", "al", 5)
    assert seen[0]["max_parallel_requests"] == 2
    assert seen[0]["budget_duration"] == "daily"
    assert seen[1]["models"] == []


def test_describe_key_from_stdin_and_json_masks_the_key(run: Callable[..., Run], proxy: Proxy) -> None:
    key = run("request-key", "--user-id", "alice", "--json").json["key"]
    table = run("describe-key", "-", stdin=key + "\n")
    data = run("--json", "describe-key", key).json
    after = run("describe-key", key, "--json").json
    assert table.code == 0
    assert key not in table.out
    assert "alice" in table.out
    assert data == after
    assert data["key"] == f"sk-...{key[-4:]}"
    assert data["user_id"] == "alice"
    assert key not in json.dumps(data)


def test_models_table_and_json(run: Callable[..., Run]) -> None:
    table = run("models")
    data = run("models", "--json").json
    assert table.code == 0
    assert table.out.splitlines()[0].split()[:3] == ["MODEL", "MODE", "PROVIDER"]
    row = next(line for line in table.out.splitlines() if line.startswith("gpt-4o-vision"))
    assert row.split()[3:5] == ["✓", "✓"]
    assert {m["id"] for m in data} == set(GROUPS)


def test_models_table_falls_back_to_ascii_marks(run: Callable[..., Run]) -> None:
    result = run("models", encoding="ascii")
    assert result.code == 0
    row = next(line for line in result.out.splitlines() if line.startswith("gpt-4o-vision"))
    assert row.split()[3:6] == ["x", "x", "-"]


def test_revoke_then_again_then_must_exist(run: Callable[..., Run], proxy: Proxy) -> None:
    key = run("request-key", "--user-id", "alice", "--json").json["key"]
    first = run("revoke", "-", stdin=key)
    second = run("revoke", key)
    strict = run("revoke", key, "--must-exist")
    as_json = run("revoke", key, "--json")
    assert first.out.strip() == f"revoked sk-...{key[-4:]}"
    assert "did not exist" in second.out and second.code == 0
    assert_one_error(strict, cli.EXIT_NOT_FOUND)
    assert as_json.json == {"key": f"sk-...{key[-4:]}", "revoked": False}
    for result in (first, second, strict, as_json):
        assert key not in result.out + result.err


def test_revoke_by_token_hash(run: Callable[..., Run], proxy: Proxy) -> None:
    run("request-key", "--user-id", "alice")
    token = run("list-keys", "--json").json[0]["token_id"]
    result = run("revoke", token)
    assert result.code == 0, result.err
    assert result.out.startswith("revoked ")
    assert proxy.keys == {}
    again = run("revoke", token)
    assert again.code == 0 and "did not exist" in again.out
    assert run("revoke", token, "--json").json == {"key": token[:12] + "...", "revoked": False}
    assert_one_error(run("revoke", token, "--must-exist"), cli.EXIT_NOT_FOUND)


def test_list_keys_table_json_and_limit(run: Callable[..., Run], proxy: Proxy) -> None:
    for user in ("alice", "alice", "bob"):
        run("request-key", "--user-id", user)
    table = run("list-keys", "--user-id", "alice")
    everything = run("list-keys", "--json").json
    limited = run("list-keys", "--limit", "1", "--json").json
    assert table.code == 0
    assert table.out.count("alice") == 2 and "bob" not in table.out
    assert len(everything) == 3 and len(limited) == 1
    for key in proxy.keys:
        assert key not in table.out


# --------------------------------------------------------------------------- formatting helpers


def test_marks_for_encodings() -> None:
    assert marks_for("utf-8") == ("✓", "·")
    assert marks_for("ascii") == ("x", "-")
    assert marks_for("no-such-codec") == ("x", "-")


def test_key_info_table_never_shows_the_key_unless_asked() -> None:
    model = ModelInfo(id="m", name="m", mode="chat", supports_vision=True)
    info = VirtualKeyInfo(key="sk-" + "a" * 40, models=(model,), features=Features.from_models([model]))
    assert "a" * 40 not in key_info_table(info)
    assert "sk-" + "a" * 40 in key_info_table(info, show_key=True)
    assert "never" in key_info_table(info)  # no expiry


def test_models_table_empty() -> None:
    assert models_table(()) == "(no models)"


def test_list_keys_sends_the_team_alias_and_page_size_filters(run: Callable[..., Run], proxy: Proxy) -> None:
    asked: list[httpx.QueryParams] = []
    proxy.override["/key/list"] = lambda request: (
        asked.append(request.url.params),
        httpx.Response(200, json={"keys": [], "total_pages": 1, "current_page": 1}),
    )[1]
    result = run("list-keys", "--team-id", "team-1", "--key-alias", "ci", "--page-size", "7", "--json")
    assert result.code == 0, result.err
    assert (asked[0].get("team_id"), asked[0].get("key_alias"), asked[0].get("size")) == ("team-1", "ci", "7")


def test_a_usage_error_in_a_command_points_to_that_command_s_help(run: Callable[..., Run]) -> None:
    result = run("request-key", "--max-budget", "lots")
    assert result.code == cli.EXIT_USAGE
    assert f"{cli.PROG} request-key --help" in result.err.splitlines()[1]
