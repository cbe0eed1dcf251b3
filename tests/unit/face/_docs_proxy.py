"""A stand-in LiteLLM proxy for the documentation's examples: every endpoint README.md and docs/*.md call, in
LiteLLM's shapes, in memory.

It serves the models of ``scripts/local-proxy`` (``gpt-4o-vision``, ``plain-chat``, ``dall-e-3``, ``whisper-1``,
``text-embedding-3-small``) plus ``tts-1``, so an example that runs here also runs against the demo's proxy.
Management routes need the master key; the OpenAI-compatible routes need a virtual key it made, and add each
answer's cost to that key's spend (sent back in LiteLLM's ``x-litellm-*`` headers).
"""

from __future__ import annotations

import hashlib
import json
import re
from datetime import datetime, timedelta, timezone
from typing import Any

import httpx

MASTER_KEY = "sk-1234"

GROUPS: dict[str, dict[str, Any]] = {
    "gpt-4o-vision": {
        "model_group": "gpt-4o-vision",
        "providers": ["openai"],
        "mode": "chat",
        "max_input_tokens": 128000.0,
        "max_output_tokens": 16384.0,
        "input_cost_per_token": 2.5e-06,
        "output_cost_per_token": 1e-05,
        "supports_vision": True,
        "supports_function_calling": True,
        "supports_parallel_function_calling": True,
    },
    "plain-chat": {"model_group": "plain-chat", "providers": ["openai"], "mode": "chat"},
    "dall-e-3": {"model_group": "dall-e-3", "providers": ["openai"], "mode": "image_generation"},
    "whisper-1": {"model_group": "whisper-1", "providers": ["openai"], "mode": "audio_transcription"},
    "tts-1": {"model_group": "tts-1", "providers": ["openai"], "mode": "audio_speech"},
    "text-embedding-3-small": {"model_group": "text-embedding-3-small", "providers": ["openai"], "mode": "embedding"},
}

COST = 0.0001  # what each answer on a virtual key costs
_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400, "mo": 30 * 86400}


def _now() -> datetime:
    return datetime.now(timezone.utc)


def _iso(moment: datetime) -> str:
    return moment.isoformat().replace("+00:00", "Z")


def _sha(key: str) -> str:
    return hashlib.sha256(key.encode()).hexdigest()


def _error(status: int, message: str, type_: str) -> httpx.Response:
    return httpx.Response(
        status, json={"error": {"message": message, "type": type_, "param": None, "code": str(status)}}
    )


def _sse(*events: dict[str, Any]) -> bytes:
    return b"".join(f"data: {json.dumps(e)}\n\n".encode() for e in events) + b"data: [DONE]\n\n"


class DocsProxy:
    def __init__(self) -> None:
        self.keys: dict[str, dict[str, Any]] = {}  # key value -> record
        self.teams: dict[str, dict[str, Any]] = {}
        self.users: dict[str, dict[str, Any]] = {}  # user_id -> LiteLLM's user row (/user/new)
        self.members: dict[tuple[str, str], dict[str, Any]] = {}  # (team, user) -> membership (/team/member_add)
        self.calls: list[tuple[str, str]] = []
        self._made = 0

    # ------------------------------------------------------------------------------------------------ plumbing

    def handle(self, request: httpx.Request) -> httpx.Response:
        self.calls.append((request.method, request.url.path))
        header = request.headers.get("authorization", "")
        token = header.removeprefix("Bearer ") if header.startswith("Bearer ") else ""
        path = request.url.path
        if path.startswith(("/chat/", "/embeddings", "/images/", "/audio/")):
            record = self.keys.get(token)
            if record is None:
                return _error(401, "Authentication Error, Invalid proxy server token passed.", "auth_error")
            return self._use(request, path, record)
        if path == "/model_group/info":
            if token == MASTER_KEY:
                return httpx.Response(200, json={"data": list(GROUPS.values())})
            record = self.keys.get(token)
            if record is None:
                return _error(401, "Authentication Error, Invalid proxy server token passed.", "auth_error")
            names = record["models"] or list(GROUPS)
            data = [GROUPS.get(n) or {"model_group": n, "providers": [], "mode": "chat"} for n in names]
            return httpx.Response(200, json={"data": data})
        if token != MASTER_KEY:
            return _error(401, "Authentication Error, Invalid proxy server token passed.", "auth_error")
        return self._manage(request, path)

    def _find(self, key_or_token: str) -> dict[str, Any] | None:
        return next((r for k, r in self.keys.items() if key_or_token in (k, r["token"])), None)

    def _public(self, record: dict[str, Any]) -> dict[str, Any]:
        return {k: v for k, v in record.items() if k != "key"}

    # ------------------------------------------------------------------------------------------------ management

    def _manage(self, request: httpx.Request, path: str) -> httpx.Response:
        body: dict[str, Any] = json.loads(request.content) if request.content else {}
        params = request.url.params
        if path == "/key/generate":
            return self._generate(body)
        if path == "/key/info":
            record = self._find(params.get("key", ""))
            if record is None:
                return _error(404, "Key not found", "internal_server_error")
            return httpx.Response(200, json={"key": params["key"], "info": self._public(record)})
        if path in ("/key/update", "/key/block", "/key/unblock"):
            record = self._find(body.get("key", ""))
            if record is None:
                return _error(404, "Key not found.", "not_found_error")
            if path == "/key/update":
                record.update({k: v for k, v in body.items() if k != "key"})
            else:
                record["blocked"] = path == "/key/block"
            return httpx.Response(200, json=self._public(record))
        if path == "/key/delete":
            found = [r for r in (self._find(k) for k in body["keys"]) if r is not None]
            if not found:
                return _error(404, "{'error': 'No keys found'}", "internal_server_error")
            for record in found:
                self.keys.pop(record["key"], None)
            return httpx.Response(200, json={"deleted_keys": body["keys"]})
        if path == "/key/list":
            wanted = {f: params[f] for f in ("user_id", "team_id", "key_alias") if f in params}
            rows = [self._public(r) for r in self.keys.values() if all(r.get(f) == v for f, v in wanted.items())]
            page, size = int(params.get("page", 1)), int(params.get("size", 10))
            pages = max(1, -(-len(rows) // size))
            return httpx.Response(
                200, json={"keys": rows[(page - 1) * size : page * size], "total_pages": pages, "current_page": page}
            )
        if re.fullmatch(r"/key/[^/]+/regenerate", path):
            record = self._find(body.get("key") or path.split("/")[2])
            if record is None:
                return _error(404, "Key not found.", "not_found_error")
            self.keys.pop(record["key"])
            new = body["new_key"]
            fresh = {**record, **{k: v for k, v in body.items() if k not in ("key", "new_key")}}
            fresh.update(key=new, token=_sha(new))
            self.keys[new] = fresh
            return httpx.Response(200, json=fresh)
        if path in ("/health/readiness/details", "/health/readiness"):
            return httpx.Response(200, json={"status": "healthy", "db": "connected", "litellm_version": "1.108.7"})
        if path == "/team/new":
            team = {"team_id": f"team-{len(self.teams) + 1}", "models": [], "spend": 0.0, **body}
            self.teams[team["team_id"]] = team
            return httpx.Response(200, json=team)
        if path == "/team/info":
            team = self.teams.get(params.get("team_id", ""))
            if team is None:
                return _error(404, f"Team not found, passed team id: {params.get('team_id')}.", "not_found_error")
            memberships = [m for (t, _), m in self.members.items() if t == team["team_id"]]
            return httpx.Response(
                200, json={"team_id": team["team_id"], "team_info": team, "keys": [], "team_memberships": memberships}
            )
        if path == "/team/member_add":  # {"team_id", "member": {"user_id", "role"}, "max_budget_in_team"}
            user = body["member"]["user_id"]
            table = {"max_budget": body.get("max_budget_in_team")} if body.get("max_budget_in_team") else None
            member = {"user_id": user, "team_id": body["team_id"], "spend": 0.0, "litellm_budget_table": table}
            self.members[body["team_id"], user] = member
            return httpx.Response(200, json={"team_id": body["team_id"], "updated_team_memberships": [member]})
        if path == "/user/new":
            user = {"user_id": body["user_id"], "spend": 0.0, **body}
            self.users[user["user_id"]] = user
            return httpx.Response(200, json=user)
        if path in ("/user/info", "/v2/user/info"):
            user = self.users.get(params.get("user_id", ""))
            if user is None:
                return _error(404, f"User {params.get('user_id')} not found", "not_found_error")
            if path == "/v2/user/info":  # 1.108+: the user's row alone
                return httpx.Response(200, json=user)
            return httpx.Response(200, json={"user_id": user["user_id"], "user_info": user, "keys": [], "teams": []})
        return _error(404, "Not Found", "not_found_error")

    def _refusal(self, record: dict[str, Any]) -> str | None:
        """LiteLLM's message for the first budget over its cap, checked in LiteLLM's order (a few of them)."""
        team, user = record.get("team_id"), record.get("user_id")
        member = self.members.get((team, user)) if team and user else None
        cap = (member or {}).get("litellm_budget_table") or {}
        if member is not None and cap.get("max_budget") is not None and member["spend"] >= cap["max_budget"]:
            return (
                f"Budget has been exceeded! User={user} in Team={team} "
                f"Current cost: {member['spend']}, Max budget: {cap['max_budget']}"
            )
        max_budget = record.get("max_budget")
        if max_budget is not None and record["spend"] >= max_budget:
            return f"Budget has been exceeded! Current cost: {record['spend']}, Max budget: {max_budget}"
        row = self.teams.get(team or "")
        if row is not None and row.get("max_budget") is not None and row["spend"] > row["max_budget"]:
            return (
                f"Budget has been exceeded! Team={team} Current cost: {row['spend']}, Max budget: {row['max_budget']}"
            )
        person = self.users.get(user or "") if not team else None
        if person is not None and person.get("max_budget") is not None and person["spend"] >= person["max_budget"]:
            return f"ExceededBudget: User={user} over budget. Spend={person['spend']}, Budget={person['max_budget']}"
        return None

    def _charge(self, record: dict[str, Any]) -> None:
        record["spend"] += COST
        team, user = record.get("team_id"), record.get("user_id")
        for row in (self.teams.get(team or ""), self.users.get(user or ""), self.members.get((team, user))):
            if row is not None:
                row["spend"] += COST

    def _generate(self, body: dict[str, Any]) -> httpx.Response:
        key = body.get("key") or f"sk-docs-{len(self.keys)}"
        if key in self.keys:
            return _error(400, "{'error': 'Key with this value already exists'}", "internal_server_error")
        expires = None
        duration = body.get("duration")
        if duration:
            number, unit = re.fullmatch(r"(\d+)(s|m|h|d|mo)", duration).groups()  # type: ignore[union-attr]
            expires = _iso(_now() + timedelta(seconds=int(number) * _UNITS[unit]))
        self._made += 1
        record = {
            "key": key,
            "token": _sha(key),
            "key_alias": body.get("key_alias"),
            "models": body.get("models", []),
            "spend": 0.0,
            "max_budget": body.get("max_budget"),
            "budget_duration": body.get("budget_duration"),
            "user_id": body.get("user_id"),
            "team_id": body.get("team_id"),
            "tags": body.get("tags"),
            "metadata": body.get("metadata", {}),
            "expires": expires,
            "tpm_limit": body.get("tpm_limit"),
            "rpm_limit": body.get("rpm_limit"),
            "max_parallel_requests": body.get("max_parallel_requests"),
            "blocked": None,
            "created_at": _iso(_now() + timedelta(microseconds=self._made)),
        }
        self.keys[key] = record
        return httpx.Response(200, json=record)

    # ------------------------------------------------------------------------------------------------ the key in use

    def _use(self, request: httpx.Request, path: str, record: dict[str, Any]) -> httpx.Response:
        max_budget = record.get("max_budget")
        refusal = self._refusal(record)
        if refusal is not None:
            return _error(400, refusal, "budget_exceeded")
        self._charge(record)
        headers = {
            "x-litellm-response-cost": str(COST),
            "x-litellm-key-spend": str(record["spend"]),
            "x-litellm-call-id": f"call-{len(self.calls)}",
        }
        if max_budget is not None:
            headers["x-litellm-key-max-budget"] = str(max_budget)
        if path == "/audio/transcriptions":
            return httpx.Response(200, json={"text": "Hello from the memo.", "language": "english", "duration": 1.5})
        body = json.loads(request.content)
        model = body.get("model")
        if path == "/chat/completions":
            usage = {"prompt_tokens": 9, "completion_tokens": 3, "total_tokens": 12}
            if body.get("stream"):
                chunk = {"id": "chatcmpl-docs", "model": model, "object": "chat.completion.chunk"}
                events = [
                    {**chunk, "choices": [{"index": 0, "delta": {"role": "assistant", "content": word}}]}
                    for word in ("Once ", "upon ", "a time.")
                ]
                events.append({**chunk, "choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}]})
                events.append({**chunk, "choices": [], "usage": usage})
                return httpx.Response(
                    200, content=_sse(*events), headers={**headers, "content-type": "text/event-stream"}
                )
            message = {"role": "assistant", "content": "Hello! How can I help?"}
            choice = {"index": 0, "message": message, "finish_reason": "stop"}
            completion = {"id": "chatcmpl-docs", "object": "chat.completion", "model": model, "choices": [choice]}
            return httpx.Response(200, json={**completion, "usage": usage}, headers=headers)
        if path == "/embeddings":
            inputs = body["input"] if isinstance(body["input"], list) else [body["input"]]
            data = [{"object": "embedding", "index": i, "embedding": [0.1 * i, 0.2, 0.3]} for i in range(len(inputs))]
            return httpx.Response(200, json={"object": "list", "model": model, "data": data}, headers=headers)
        if path == "/images/generations":
            data = [{"url": "https://images.example/cat-in-a-hat.png", "revised_prompt": body["prompt"]}]
            return httpx.Response(200, json={"created": 0, "data": data}, headers=headers)
        if path == "/audio/speech":
            return httpx.Response(200, content=b"ID3\x04mp3-bytes", headers={**headers, "content-type": "audio/mpeg"})
        return _error(404, "Not Found", "not_found_error")
