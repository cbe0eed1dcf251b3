"""One ``ensure_key`` call in an OS process of its own, for the cross-process races of test_engine_promises.py.

Usage: ``python -m tests.integration._ensure_worker USER_ID REQUEST_JSON`` with ``LITELLM_BASE_URL`` and
``LITELLM_MASTER_KEY`` in the environment. The worker builds its client, prints ``ready``, waits for a line on
stdin (so every worker calls at once), calls and prints one JSON line: the key's token id (never the secret),
its alias, models and budget; or the ConflictError it got.
"""

from __future__ import annotations

import json
import sys

from litellm_sdk import ConflictError, LiteLLMClient


def main() -> int:
    user_id, request = sys.argv[1], json.loads(sys.argv[2])
    with LiteLLMClient() as client:
        print("ready", flush=True)
        sys.stdin.readline()
        try:
            info = client.ensure_key(user_id=user_id, **request)
        except ConflictError as error:
            print(json.dumps({"conflict": error.code}), flush=True)
            return 0
    outcome = {
        "token": info.token_id,
        "key_alias": info.key_alias,
        "allowed_models": sorted(info.allowed_models),
        "max_budget": info.budget.max if info.budget else None,
    }
    print(json.dumps(outcome), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
