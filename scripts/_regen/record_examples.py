"""Record real LiteLLM proxy responses as OpenAPI examples (secrets replaced by placeholders).

Run as ``scripts/regenerate --record-examples`` (or ``python -m _regen.record_examples [--examples P] [--errors P]``
with scripts/ on the path), then ``scripts/regenerate`` to merge the new examples into the fixed spec.

Drives the local proxy (scripts/local-proxy; or LITELLM_BASE_URL + LITELLM_MASTER_KEY) through the
SDK's endpoints and the error cases of litellm-facts.md, then writes
  openapi/recorded-examples.json   {"<METHOD> <path>": {"<status>": {"<example-name>": body}}}
  tests/fixtures/error_bodies.json [{name, status, headers, body}]  (for the SDK's error-mapper tests)
The pipeline's fix script merges the first into the fixed spec so Prism serves real shapes.
Standard library only.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import time
import urllib.error
import urllib.request
import uuid
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[2]
KEEP_HEADERS = ("content-type", "retry-after", "x-litellm-call-id", "x-litellm-version", "www-authenticate")
HEX64 = re.compile(r"\b[0-9a-f]{64}\b")
SECRET = re.compile(r"sk-[A-Za-z0-9_\-]{6,}")
ABBREVIATED = re.compile(r"sk-\.\.\.[A-Za-z0-9_\-]+")


class Recorder:
    """Calls the proxy, keeps each (endpoint, status, name) body and the error bodies."""

    def __init__(self, base_url: str, master_key: str) -> None:
        self.base = base_url.rstrip("/")
        self.master = master_key
        self.examples: dict[str, dict[str, dict[str, Any]]] = {}
        self.errors: list[dict[str, Any]] = []
        self.secrets: dict[str, str] = {master_key: "sk-REDACTED-master-key"}
        self.last_headers: dict[str, str] = {}

    def call(
        self,
        method: str,
        path: str,
        *,
        key: str | None = "master",
        body: Any = None,
        query: str = "",
        template: str | None = None,
        name: str = "default",
        expect: int | None = 200,
        error_name: str | None = None,
    ) -> tuple[int, Any]:
        """One request; records the body under template (or path); checks the expected status."""
        url = f"{self.base}{path}{'?' + query if query else ''}"
        data = json.dumps(body).encode() if body is not None else None
        req = urllib.request.Request(url, data=data, method=method)
        if data is not None:
            req.add_header("Content-Type", "application/json")
        token = self.master if key == "master" else key
        if token:
            req.add_header("Authorization", f"Bearer {token}")
        try:
            with urllib.request.urlopen(req, timeout=60) as resp:
                status, raw, headers = resp.status, resp.read(), resp.headers
        except urllib.error.HTTPError as e:
            status, raw, headers = e.code, e.read(), e.headers
        try:
            value: Any = json.loads(raw)
        except ValueError:
            value = raw.decode(errors="replace")
        print(f"{method:6} {template or path:32} -> {status} {name}", file=sys.stderr)
        if expect is not None and status != expect:
            raise SystemExit(f"record-examples: {method} {path} answered {status}, expected {expect}: {raw[:500]!r}")
        endpoint = f"{method} {template or path}"
        self.examples.setdefault(endpoint, {}).setdefault(str(status), {})[name] = value
        kept = {h: headers[h] for h in KEEP_HEADERS if headers.get(h) is not None}
        if headers.get("x-litellm-call-id"):
            kept["x-litellm-call-id"] = "00000000-0000-0000-0000-000000000000"
        self.last_headers = kept
        if error_name:
            self.errors.append(
                {"name": error_name, "endpoint": endpoint, "status": status, "headers": kept, "body": value}
            )
        return status, value

    def new_key(self, body: dict[str, Any], name: str | None = None) -> str:
        """POST /key/generate and remember the secret for redaction."""
        _, value = self.call("POST", "/key/generate", body=body, name=name or "default")
        key = str(value["key"])
        self.secrets[key] = "sk-REDACTED-virtual-key"
        return key

    def redact(self, value: Any) -> Any:
        """Replace secrets and token hashes everywhere, recursively."""
        if isinstance(value, dict):
            return {k: self.redact(v) for k, v in value.items()}
        if isinstance(value, list):
            return [self.redact(v) for v in value]
        if isinstance(value, str):
            for secret, placeholder in self.secrets.items():
                value = value.replace(secret, placeholder)
            value = HEX64.sub("REDACTED-token-hash", value)
            value = ABBREVIATED.sub("sk-...XXXX", value)
            return SECRET.sub(
                lambda m: m.group(0) if m.group(0).startswith("sk-REDACTED") else "sk-REDACTED-virtual-key", value
            )
        return value


def chat(rec: Recorder, key: str, model: str, **kw: Any) -> tuple[int, Any]:
    """POST /chat/completions with a one-line prompt."""
    body = {"model": model, "messages": [{"role": "user", "content": "Say hi."}]}
    return rec.call("POST", "/chat/completions", key=key, body=body, **kw)


def record(rec: Recorder) -> None:
    """The whole scenario; every step checks its status."""
    run = uuid.uuid4().hex[:8]
    rec.call("GET", "/health/liveliness", key=None)
    rec.call("GET", "/health/readiness", key=None)

    # ---- keys
    key = rec.new_key(
        {
            "models": ["gpt-4o-vision", "plain-chat"],
            "duration": "30d",
            "key_alias": f"example-key-{run}",
            "max_budget": 25.0,
            "budget_duration": "30d",
            "tpm_limit": 100000,
            "rpm_limit": 600,
            "model_rpm_limit": {"gpt-4o-vision": 60},
            "model_tpm_limit": {"gpt-4o-vision": 10000},
            "metadata": {"owner": "record-examples"},
        }
    )
    rec.call(
        "POST",
        "/key/generate",
        body={"model_max_budget": {"gpt-4o-vision": {"budget_limit": 5.0, "time_period": "1d"}}},
        expect=None,
        name="enterprise-only",
        error_name="enterprise_feature",
    )
    all_models = rec.new_key({"key_alias": f"example-all-models-{run}"}, name="all-models")
    rec.call("GET", "/key/info", query=f"key={key}")
    rec.call("GET", "/key/info", key=key, name="self")
    rec.call(
        "POST",
        "/key/update",
        body={"key": key, "max_budget": 30.0, "metadata": {"owner": "record-examples", "updated": True}},
    )
    rec.call("GET", "/key/list", query="page=1&size=2")
    rec.call("GET", "/key/list", query="page=1&size=2&return_full_object=true", name="full-objects")
    rec.call("GET", "/model_group/info", key=key)
    rec.call("GET", "/model_group/info", key=all_models, name="all-models")
    rec.call("GET", "/model/info")
    rec.call("GET", "/v1/model/info")
    rec.call("GET", "/v1/models", key=key)
    chat(rec, key, "gpt-4o-vision")

    # ---- teams and users
    _, team = rec.call("POST", "/team/new", body={"team_alias": f"example-team-{run}", "models": ["plain-chat"]})
    team_id = team["team_id"]
    rec.call("GET", "/team/info", query=f"team_id={team_id}")
    rec.call("POST", "/team/new", body={"team_id": team_id}, expect=400, name="duplicate", error_name="duplicate_team")
    user_id = f"example-user-{run}"
    rec.call("POST", "/user/new", body={"user_id": user_id, "user_email": f"{user_id}@example.invalid"})
    rec.call("POST", "/user/new", body={"user_id": user_id}, expect=409, name="duplicate", error_name="duplicate_user")

    # ---- auth errors
    rec.call(
        "GET",
        "/key/info",
        key="sk-this-is-not-the-master-key",
        query=f"key={key}",
        expect=401,
        name="invalid-api-key",
        error_name="bad_master_key",
    )
    rec.call(
        "GET", "/model_group/info", key="not-an-sk-key", expect=401, name="not-sk", error_name="key_without_sk_prefix"
    )
    blocked = rec.new_key({"models": ["plain-chat"], "key_alias": f"example-blocked-{run}"}, name="blocked")
    rec.call("POST", "/key/block", body={"key": blocked})
    rec.call("GET", "/model_group/info", key=blocked, expect=401, name="blocked", error_name="blocked_key")
    expired = rec.new_key({"models": ["plain-chat"], "duration": "1s"}, name="short-lived")
    time.sleep(2.5)
    rec.call("GET", "/model_group/info", key=expired, expect=401, name="expired", error_name="expired_key")

    # ---- model access and budget
    narrow = rec.new_key({"models": ["plain-chat"], "key_alias": f"example-narrow-{run}"}, name="narrow")
    chat(rec, narrow, "gpt-4o-vision", expect=403, name="model-not-allowed", error_name="model_not_allowed")
    chat(rec, all_models, "no-such-model", expect=400, name="unknown-model", error_name="unknown_model")
    tiny = rec.new_key({"models": ["plain-chat"], "max_budget": 0.000001}, name="tiny-budget")
    chat(rec, tiny, "plain-chat", name="within-budget")
    status = 200
    for _ in range(40):  # spend reaches the key's cached object asynchronously
        status, _body = chat(rec, tiny, "plain-chat", expect=None, name="budget-exceeded")
        if status != 200:
            break
        time.sleep(0.5)
    if status == 200:
        raise SystemExit("record-examples: budget never exceeded for a key with max_budget 1e-6")
    rec.examples["POST /chat/completions"]["200"].pop("budget-exceeded", None)
    errs = rec.examples["POST /chat/completions"][str(status)]
    rec.errors.append(
        {
            "name": "budget_exceeded",
            "endpoint": "POST /chat/completions",
            "status": status,
            "headers": rec.last_headers,
            "body": errs["budget-exceeded"],
        }
    )

    # ---- key management errors
    rec.call(
        "POST",
        "/key/update",
        body={"key": "sk-no-such-key-0000", "max_budget": 1},
        expect=404,
        name="unknown-key",
        error_name="update_unknown_key",
    )
    rec.call(
        "POST", "/key/generate", body={"duration": "5x"}, expect=500, name="bad-duration", error_name="bad_duration"
    )
    rec.call(
        "POST",
        "/key/generate",
        body={"max_budget": "lots", "models": "gpt-4o-vision"},
        expect=422,
        name="validation-error",
        error_name="validation_error",
    )
    rec.call(
        "POST",
        f"/key/{key}/regenerate",
        template="/key/{key}/regenerate",
        body={},
        expect=None,
        name="enterprise-only",
        error_name="regenerate_unlicensed",
    )
    rec.call("POST", "/key/delete", body={"keys": [all_models]})
    rec.call("GET", "/key/info", query=f"key={all_models}", expect=None, name="deleted")
    rec.call(
        "POST",
        "/key/delete",
        body={"keys": [all_models]},
        expect=404,
        name="already-deleted",
        error_name="delete_twice",
    )


def proxy_env() -> tuple[str, str]:
    """LITELLM_BASE_URL/LITELLM_MASTER_KEY from the environment, else from scripts/local-proxy start."""
    if os.environ.get("LITELLM_BASE_URL") and os.environ.get("LITELLM_MASTER_KEY"):
        return os.environ["LITELLM_BASE_URL"], os.environ["LITELLM_MASTER_KEY"]
    out = subprocess.run(
        [str(REPO / "scripts/local-proxy"), "start"], stdout=subprocess.PIPE, text=True, check=True
    ).stdout
    found = dict(re.findall(r"^(LITELLM_[A-Z_]+)=(\S+)$", out, re.MULTILINE))
    return found["LITELLM_BASE_URL"], found["LITELLM_MASTER_KEY"]


def main(argv: list[str] | None = None) -> int:
    """Record and write both files."""
    ap = argparse.ArgumentParser(prog="scripts/regenerate --record-examples", description=__doc__.splitlines()[0])
    ap.add_argument("--examples", default=str(REPO / "openapi/recorded-examples.json"))
    ap.add_argument("--errors", default=str(REPO / "tests/fixtures/error_bodies.json"))
    args = ap.parse_args(argv)
    base, master = proxy_env()
    rec = Recorder(base, master)
    record(rec)
    examples = rec.redact(rec.examples)
    errors = sorted(rec.redact(rec.errors), key=lambda e: e["name"])
    for path, data in ((args.examples, examples), (args.errors, errors)):
        Path(path).parent.mkdir(parents=True, exist_ok=True)
        Path(path).write_text(json.dumps(data, indent=2, sort_keys=True, ensure_ascii=False) + "\n")
        print(f"wrote {path}", file=sys.stderr)
    leaked = [s for s in rec.secrets if s in Path(args.examples).read_text() + Path(args.errors).read_text()]
    if leaked:
        raise SystemExit("record-examples: a secret survived redaction")
    return 0


if __name__ == "__main__":
    sys.exit(main())
