"""An in-memory stand-in for the LiteLLM endpoints request_key uses, for transport-level unit tests.

It speaks LiteLLM's shapes (as recorded in litellm-facts.md) and lets a test inject faults per call.
"""

from __future__ import annotations

import fnmatch
import hashlib
import json
from collections.abc import Callable
from typing import Any

import httpx

GROUPS: dict[str, dict[str, Any]] = {
    "gpt-4o-vision": {
        "model_group": "gpt-4o-vision",
        "providers": ["openai"],
        "mode": "chat",
        "max_input_tokens": 128000.0,
        "max_output_tokens": 16384.0,
        "supports_vision": True,
        "supports_function_calling": True,
        "supports_parallel_function_calling": True,
        "supported_openai_params": ["tools", "temperature"],
    },
    "plain-chat": {"model_group": "plain-chat", "providers": ["openai"], "mode": "chat"},
    "dall-e-3": {"model_group": "dall-e-3", "providers": ["openai"], "mode": "image_generation"},
    "whisper-1": {"model_group": "whisper-1", "providers": ["openai"], "mode": "audio_transcription"},
    "text-embedding-3-small": {"model_group": "text-embedding-3-small", "providers": ["openai"], "mode": "embedding"},
}

#: A wildcard deployment (``mock/*``) serves these; ``openai/*`` has none, as on a proxy without that deployment.
WILDCARD_GROUPS: dict[str, dict[str, Any]] = {
    "mock/alpha": {"model_group": "mock/alpha", "providers": ["mock"], "mode": "chat"},
    "mock/beta": {"model_group": "mock/beta", "providers": ["mock"], "mode": "image_generation"},
}

Fault = Callable[[httpx.Request], httpx.Response | None]


class FakeProxy:
    def __init__(self, master_key: str = "sk-master-test-0123456789") -> None:
        self.master_key = master_key
        self.keys: dict[str, dict[str, Any]] = {}
        self.calls: list[tuple[str, str]] = []
        #: faults[path] is a list of callables consumed one per request; each may return a response,
        #: raise an httpx error, or return None to let the request through.
        self.faults: dict[str, list[Fault]] = {}
        #: after_create[path]: called after the request was handled (to lose the response).
        self.after: dict[str, list[Callable[[httpx.Request, httpx.Response], httpx.Response]]] = {}
        #: team_id -> models of that team (a key with models [] and this team gets them)
        self.teams: dict[str, list[str]] = {}
        self._created = 0
        #: False: answer wildcards as LiteLLM 1.80.x does (unexpanded); the master key then sees the deployments
        self.expand_wildcards = True
        self.master_sees_wildcards = False
        #: access group -> the deployments (model names) in it (``model_info.access_groups``)
        self.access_groups: dict[str, list[str]] = {}
        #: False: answer a route-restricted key (``key_type="llm_api"``, ``allowed_routes``) 403 on
        #: /model_group/info, as LiteLLM before 1.100 does; True: it is an LLM route (1.100 and later)
        self.model_group_info_is_llm_route = True

    def groups_for(self, record: dict[str, Any]) -> list[dict[str, Any]]:
        """What LiteLLM answers on /model_group/info for a key: its models (all when empty, the team's when
        it has a team with models), unknown names as unroutable groups (``providers: []``), wildcards expanded
        to matching deployments or, without one, to unroutable model-cost-map names."""
        every = [*GROUPS, *WILDCARD_GROUPS] if self.master_sees_wildcards else list(GROUPS)
        team = self.teams.get(record.get("team_id") or "", [])
        names = list(record["models"])
        if "all-team-models" in names:
            names = team
        if "all-proxy-models" in names:
            names = every
        names = names or team or every
        names = [member for name in names for member in self.access_groups.get(name, [name])]
        data: list[dict[str, Any]] = []
        for name in names:
            if "*" in name and not self.expand_wildcards:  # LiteLLM 1.80.x: one unroutable pseudo-group
                data.append({"model_group": name, "providers": [], "mode": "chat"})
            elif "*" in name:
                served = [g for k, g in WILDCARD_GROUPS.items() if fnmatch.fnmatchcase(k, name)]
                data += served or [
                    {"model_group": name.replace("*", f"cost-map-{i}"), "providers": [], "mode": "chat"}
                    for i in range(3)
                ]
            else:
                data.append(
                    GROUPS.get(name)
                    or WILDCARD_GROUPS.get(name)
                    or {"model_group": name, "providers": [], "mode": "chat"}
                )
        return data

    def transport(self) -> httpx.MockTransport:
        return httpx.MockTransport(self.handle)

    def async_transport(self) -> httpx.MockTransport:
        return httpx.MockTransport(self.handle)

    def count(self, path: str) -> int:
        return sum(1 for _, p in self.calls if p == path)

    def handle(self, request: httpx.Request) -> httpx.Response:
        path = request.url.path
        self.calls.append((request.method, path))
        queue = self.faults.get(path)
        if queue:
            injected = queue.pop(0)(request)
            if injected is not None:
                return injected
        response = self._route(request)
        post = self.after.get(path)
        if post:
            return post.pop(0)(request, response)
        return response

    def _auth(self, request: httpx.Request) -> str | None:
        header = request.headers.get("authorization", "")
        return header.removeprefix("Bearer ") if header.startswith("Bearer ") else None

    def _find(self, key_or_token: str) -> dict[str, Any] | None:
        return next((r for k, r in self.keys.items() if key_or_token in (k, r["token_id"])), None)

    def _error(self, status: int, message: str, type_: str = "auth_error") -> httpx.Response:
        body = {"error": {"message": message, "type": type_, "param": "None", "code": str(status)}}
        return httpx.Response(status, json=body)

    def _route(self, request: httpx.Request) -> httpx.Response:
        token = self._auth(request)
        path = request.url.path
        if path == "/key/generate":
            if token != self.master_key:
                return self._error(401, "Authentication Error, Invalid API key provided.", "token_not_found_in_db")
            body = json.loads(request.content)
            key = body.get("key") or f"sk-generated-{len(self.keys)}"
            if key in self.keys:
                return self._error(400, "{'error': 'Key with this value already exists'}", "internal_server_error")
            record = {
                "key": key,
                "token_id": hashlib.sha256(key.encode()).hexdigest(),
                "models": body.get("models", []),
                "max_budget": body.get("max_budget"),
                "spend": 0.0,
                "user_id": body.get("user_id"),
                "team_id": body.get("team_id"),
                "tags": body.get("tags"),
                "metadata": body.get("metadata", {}),
                "expires": "2030-01-01T00:00:00Z" if body.get("duration") else None,
                "tpm_limit": body.get("tpm_limit"),
                "rpm_limit": body.get("rpm_limit"),
                "model_tpm_limit": {"plain-chat": 100},
                "key_alias": body.get("key_alias"),
                "max_parallel_requests": body.get("max_parallel_requests"),
                "budget_duration": body.get("budget_duration"),
                "key_type": body.get("key_type"),
                "allowed_routes": ["llm_api_routes"]
                if body.get("key_type") == "llm_api"
                else body.get("allowed_routes"),
                "blocked": body.get("blocked"),
                "created_at": f"2026-01-01T00:{self._created // 60:02d}:{self._created % 60:02d}Z",
                "brand_new_field": "kept",
            }
            self.keys[key] = record
            self._created += 1
            return httpx.Response(200, json=record)
        if path == "/key/info":
            asked = request.url.params.get("key") or token or ""
            key = next((k for k in self.keys if asked in (k, hashlib.sha256(k.encode()).hexdigest())), None)
            if key is None:
                return self._error(404, "Key not found", "internal_server_error")
            info = {k: v for k, v in self.keys[key].items() if k != "key"}
            return httpx.Response(200, json={"key": asked, "info": info})
        if path in ("/key/update", "/key/block", "/key/unblock"):
            body = json.loads(request.content)
            record = self._find(body.get("key", ""))
            if record is None:
                return self._error(404, "Key not found.", "not_found_error")
            if path == "/key/update":
                record.update({k: v for k, v in body.items() if k != "key"})
            else:
                record["blocked"] = path == "/key/block"
            return httpx.Response(200, json={k: v for k, v in record.items() if k != "key"})
        if path == "/key/delete":
            wanted = json.loads(request.content)["keys"]
            gone = [k for k in wanted if self._find(k) is not None]
            if not gone:
                return self._error(404, "{'error': 'No keys found'}", "internal_server_error")
            for k in gone:
                record = self._find(k)
                self.keys.pop(record["key"])  # type: ignore[index]
            return httpx.Response(200, json={"deleted_keys": gone})
        if path == "/key/list":
            page, size = int(request.url.params["page"]), int(request.url.params["size"])
            user = request.url.params.get("user_id")
            rows = [
                {**{k: v for k, v in r.items() if k not in ("key", "token_id")}, "token": r["token_id"]}
                for r in self.keys.values()
                if user is None or r["user_id"] == user
            ]
            pages = max(1, -(-len(rows) // size))
            return httpx.Response(
                200,
                json={"keys": rows[(page - 1) * size : page * size], "total_pages": pages, "current_page": page},
            )
        if path.startswith("/key/") and path.endswith("/regenerate"):
            body = json.loads(request.content)
            record = self._find(body.get("key") or path.split("/")[2])
            if record is None:
                return self._error(404, "Key not found.", "not_found_error")
            self.keys.pop(record["key"])
            new = body["new_key"]
            fresh = {**record, "key": new, "token_id": hashlib.sha256(new.encode()).hexdigest()}
            self.keys[new] = fresh
            return httpx.Response(200, json=fresh)
        if path == "/model_group/info":
            master = {"models": []}
            record = master if token == self.master_key else self.keys.get(token or "")
            if record is None:
                return self._error(401, "Authentication Error, Invalid API key provided.", "token_not_found_in_db")
            if record.get("blocked"):
                return self._error(401, "Key is blocked. Update via `/key/unblock` if you're admin.")
            routes = record.get("allowed_routes")
            if routes and not (self.model_group_info_is_llm_route and "llm_api_routes" in routes):
                message = f"Virtual key is not allowed to call this route. Only allowed to call routes: {routes}."
                return self._error(403, message + " Tried to call route: /model_group/info")
            return httpx.Response(200, json={"data": self.groups_for(record)})
        if path == "/model/info" and token == self.master_key:
            deployments = [
                {
                    "model_name": name,
                    "litellm_params": {"model": f"openai/{name}"},
                    "model_info": {"access_groups": [g for g, ms in self.access_groups.items() if name in ms]},
                }
                for name in GROUPS
            ]
            return httpx.Response(200, json={"data": deployments})
        if path == "/team/info" and token == self.master_key:
            team = request.url.params.get("team_id", "")
            if team not in self.teams:
                return self._error(404, f"Team not found, passed team_id={team}", "not_found_error")
            info = {"team_id": team, "models": self.teams[team]}
            return httpx.Response(200, json={"team_id": team, "team_info": info, "keys": []})
        return self._error(404, "Not Found", "not_found_error")
