"""Runs LiteLLM's own client (``litellm.proxy.client``) inside the pinned LiteLLM venv, on command.

Started by overhead.py as ``<litellm venv python> litellm_worker.py BASE_URL API_KEY``. Each line on stdin is a
number n: make n ``Client.keys.list(...)`` calls (the same GET /key/list the other contenders make), timing
each one, and print the per-call seconds as one JSON line. An empty line or EOF ends it.
"""

from __future__ import annotations

import json
import sys
import time


def main() -> int:
    from litellm.proxy.client import Client

    base_url, api_key = sys.argv[1], sys.argv[2]
    client = Client(base_url=base_url, api_key=api_key)
    print(json.dumps({"ready": True}), flush=True)
    for line in sys.stdin:
        if not line.strip():
            break
        times = []
        for _ in range(int(line)):
            start = time.perf_counter()
            body = client.keys.list(page=1, size=10, return_full_object=True)
            times.append(time.perf_counter() - start)
            if not isinstance(body, dict) or not body["keys"]:
                raise RuntimeError(f"unexpected /key/list answer: {body!r}")
        print(json.dumps(times), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
