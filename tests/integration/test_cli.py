"""Every litellm-sdk command against the real local LiteLLM proxy, in-process via main(argv) and (for the entry
point and the no-traceback guarantees) as a subprocess."""

from __future__ import annotations

import io
import json
import os
import re
import subprocess
import sys
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from litellm_sdk import cli
from tests._servers import LocalProxy, free_port

TEAM_MODELS = ["gpt-4o-vision", "dall-e-3"]
REPO = Path(__file__).resolve().parents[2]


class Run:
    def __init__(self, code: int, out: str, err: str) -> None:
        self.code, self.out, self.err = code, out, err

    @property
    def json(self) -> Any:
        return json.loads(self.out)


@pytest.fixture(scope="module")
def env(litellm_proxy: LocalProxy) -> dict[str, str]:
    return {"LITELLM_BASE_URL": litellm_proxy.base_url, "LITELLM_MASTER_KEY": litellm_proxy.master_key}


@pytest.fixture
def run(env: dict[str, str]) -> Callable[..., Run]:
    def _run(*argv: str, environ: dict[str, str] | None = None, stdin: str = "") -> Run:
        out, err = io.StringIO(), io.StringIO()
        code = cli.main(
            list(argv), stdout=out, stderr=err, stdin=io.StringIO(stdin), environ=env if environ is None else environ
        )
        return Run(code, out.getvalue(), err.getvalue())

    return _run


@pytest.fixture(scope="module")
def team(litellm_proxy: LocalProxy) -> Iterator[str]:
    headers = {"Authorization": f"Bearer {litellm_proxy.master_key}"}
    alias = f"cli-test-{uuid.uuid4().hex[:8]}"
    response = httpx.post(
        f"{litellm_proxy.base_url}/team/new", headers=headers, json={"team_alias": alias, "models": TEAM_MODELS}
    )
    response.raise_for_status()
    team_id: str = response.json()["team_id"]
    yield team_id
    httpx.post(f"{litellm_proxy.base_url}/team/delete", headers=headers, json={"team_ids": [team_id]})


def subprocess_cli(*argv: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith("LITELLM_")}
    return subprocess.run(
        [sys.executable, "-m", "litellm_sdk.cli", *argv],
        env={**clean, **env},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        cwd=REPO,
    )


def test_models_of_the_proxy(run: Callable[..., Run]) -> None:
    table = run("models")
    data = run("models", "--json").json
    assert table.code == 0, table.err
    ids = {m["id"] for m in data}
    assert {"gpt-4o-vision", "plain-chat", "dall-e-3", "whisper-1", "text-embedding-3-small"} <= ids
    row = next(line for line in table.out.splitlines() if line.startswith("gpt-4o-vision"))
    assert row.split()[1:6] == ["chat", "openai", "✓", "✓", "✓"]
    plain = next(line for line in table.out.splitlines() if line.startswith("plain-chat"))
    assert plain.split()[3:6] == ["·", "·", "·"]


def test_key_lifecycle_through_the_cli(run: Callable[..., Run], team: str, env: dict[str, str]) -> None:
    user = f"cli-user-{uuid.uuid4().hex[:8]}"
    created = run(
        "request-key", "--user-id", user, "--team-id", team, "--duration", "1h", "--max-budget", "2",
        "--rpm-limit", "30", "--all-models", "--json",
    )  # fmt: skip
    assert created.code == 0, created.err
    info = created.json
    key = info["key"]
    assert key.startswith("sk-")
    assert sorted(m["id"] for m in info["models"]) == sorted(TEAM_MODELS)
    assert info["features"]["chat"] and info["features"]["image_generation"] and info["features"]["vision"]
    assert not info["features"]["audio_transcription"]
    assert info["budget"]["max"] == 2.0
    assert info["rate_limit"]["rpm"] == 30

    described = run("describe-key", "-", stdin=key + "\n")
    assert described.code == 0, described.err
    assert key not in described.out
    assert f"sk-...{key[-4:]}" in described.out
    assert "$2.00" in described.out and "rpm 30" in described.out and user in described.out

    models = run("models", "--key", "-", stdin=key, environ={"LITELLM_BASE_URL": env["LITELLM_BASE_URL"]})
    assert models.code == 0, models.err
    listed = [line.split()[0] for line in models.out.splitlines()[1:]]
    assert sorted(listed) == sorted(TEAM_MODELS)

    chat = httpx.post(
        f"{env['LITELLM_BASE_URL']}/chat/completions",
        headers={"Authorization": f"Bearer {key}"},
        json={"model": "gpt-4o-vision", "messages": [{"role": "user", "content": "hi"}]},
        timeout=60,
    )
    assert chat.status_code == 200, chat.text
    deadline = time.monotonic() + 30
    spent = 0.0
    while time.monotonic() < deadline and spent <= 0:
        described_json = run("describe-key", key, "--json")
        assert described_json.code == 0, described_json.err
        assert key not in described_json.out
        spent = described_json.json["budget"]["spent"]
        time.sleep(0.5)
    assert spent > 0

    keys = run("list-keys", "--user-id", user)
    assert keys.code == 0, keys.err
    assert f"sk-...{key[-4:]}" in keys.out and key not in keys.out
    (summary,) = run("list-keys", "--user-id", user, "--json").json
    assert summary["team_id"] == team and summary["spend"] > 0

    revoked = run("revoke", "-", stdin=key)
    assert revoked.code == 0, revoked.err
    assert revoked.out.strip() == f"revoked sk-...{key[-4:]}"
    again = run("revoke", key)
    assert again.code == 0 and "did not exist" in again.out
    strict = run("revoke", key, "--must-exist")
    assert strict.code == cli.EXIT_NOT_FOUND
    gone = run("describe-key", key)
    assert gone.code == cli.EXIT_NOT_FOUND
    assert gone.err.startswith("error: ") and key not in gone.err
    assert run("list-keys", "--user-id", user, "--json").json == []


def test_request_key_table_masks_and_revoke_by_token_hash(run: Callable[..., Run]) -> None:
    user = f"cli-user-{uuid.uuid4().hex[:8]}"
    alias = f"cli-alias-{uuid.uuid4().hex[:8]}"
    created = run("request-key", "--user", user, "--models", "plain-chat", "--key-alias", alias, "--duration", "10m")
    assert created.code == 0, created.err
    assert "plain-chat" in created.out and "sk-..." in created.out
    assert not re.search(r"sk-[A-Za-z0-9_\-]{20,}", created.out)
    (summary,) = run("list-keys", "--key-alias", alias, "--json").json
    assert summary["user_id"] == user
    revoked = run("revoke", summary["token_id"])
    assert revoked.code == 0, revoked.err
    assert run("list-keys", "--key-alias", alias, "--json").json == []


def test_wrong_master_key_exits_4(run: Callable[..., Run], env: dict[str, str]) -> None:
    result = run("list-keys", environ={**env, "LITELLM_MASTER_KEY": "sk-wrong-master-key-123456"})
    assert result.code == cli.EXIT_AUTH, result.err
    assert result.err.startswith("error: ") and "\nhint: " in result.err
    assert "sk-wrong-master-key-123456" not in result.err


def test_unknown_virtual_key_for_models_exits_4(run: Callable[..., Run]) -> None:
    result = run("models", "--key", "sk-not-a-real-key-0000000000")
    assert result.code == cli.EXIT_AUTH, result.err


def test_unreachable_proxy_exits_7(run: Callable[..., Run], env: dict[str, str]) -> None:
    result = run("models", "--base-url", f"http://127.0.0.1:{free_port()}")
    assert result.code == cli.EXIT_CONNECTION, result.err
    assert result.err.count("\n") == 2 and "hint: " in result.err


# --------------------------------------------------------------------------- as a subprocess


def test_entry_point_help(env: dict[str, str]) -> None:
    done = subprocess_cli("--help", env=env)
    assert done.returncode == 0
    assert "exit codes:" in done.stdout and "examples:" in done.stdout


@pytest.mark.parametrize(
    ("argv", "drop", "code"),
    [
        (["request-key", "--user-id", "u", "--flag-that-does-not-exist"], (), cli.EXIT_USAGE),
        (["request-key", "--user-id", "u", "--duration", "24hours"], (), cli.EXIT_USAGE),
        (["describe-key", "not-a-key"], (), cli.EXIT_USAGE),
        (["list-keys"], ("LITELLM_BASE_URL", "LITELLM_MASTER_KEY"), cli.EXIT_CONFIG),
        (["request-key", "--user-id", "u"], ("LITELLM_MASTER_KEY",), cli.EXIT_CONFIG),
    ],
)
def test_bad_input_is_one_error_and_no_traceback(
    env: dict[str, str], argv: list[str], drop: tuple[str, ...], code: int
) -> None:
    done = subprocess_cli(*argv, env={k: v for k, v in env.items() if k not in drop})
    assert done.returncode == code, done.stderr
    lines = done.stderr.splitlines()
    assert len(lines) == 2 and lines[0].startswith("error: ") and lines[1].startswith("hint: "), done.stderr
    assert "Traceback" not in done.stderr
    assert done.stdout == ""


def test_subprocess_request_key_json_then_revoke(env: dict[str, str]) -> None:
    created = subprocess_cli("request-key", "--user-id", f"cli-sub-{uuid.uuid4().hex[:6]}", "--json", env=env)
    assert created.returncode == 0, created.stderr
    key = json.loads(created.stdout)["key"]
    revoked = subprocess.run(
        [sys.executable, "-m", "litellm_sdk.cli", "revoke", "-"],
        input=key,
        env={**os.environ, **env},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert revoked.returncode == 0, revoked.stderr
    assert key not in revoked.stdout
