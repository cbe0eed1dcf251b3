"""What differs between the LiteLLM releases the integration tier runs against, as measured on real proxies.

Each entry is keyed by the first tested release that behaves that way; the tier only ever runs on tested
releases (1.80.17, 1.90.7, 1.100.5, 1.108.7, 1.110.2), so a boundary says nothing about the untested ones in between.
1.110.2 (run with substituted companion packages and a schema delta, docs/releases.md) answers every one of these as
1.108.7 does: the whole tier passed on it unchanged.
The SDK must give the same result on all of them; these are the raw proxy behaviours the tests check it against.
"""

from __future__ import annotations

Release = tuple[int, int, int]


def _since(release: Release, table: list[tuple[Release, int]]) -> int:
    """The value of the newest entry whose release is at most ``release``."""
    found = table[0][1]
    for since, value in table:
        if release >= since:
            found = value
    return found


def expired_key_status(release: Release) -> int:
    """A call made with an expired key: 400 on 1.80.x, 401 from 1.90.7 (type ``expired_key`` on all)."""
    return _since(release, [((0, 0, 0), 400), ((1, 90, 7), 401)])


def budget_exceeded_status(release: Release) -> int:
    """A call over the key's budget: 400 on 1.80.x, 429 on 1.90.7-1.100.5, 422 on 1.108.7 and 1.110.2
    (``budget_exceeded``)."""
    return _since(release, [((0, 0, 0), 400), ((1, 90, 7), 429), ((1, 108, 7), 422)])


def model_access_denied_status(release: Release) -> int:
    """A call to a model the key may not use: 401 on 1.80.x, 403 later (``key_model_access_denied``)."""
    return _since(release, [((0, 0, 0), 401), ((1, 90, 7), 403)])


def update_unknown_key_status(release: Release) -> int:
    """``POST /key/update`` of a key that does not exist: 401 ``auth_error`` ("invalid user key - user key does
    not exist in db") on 1.80.x, 404 from 1.90.7."""
    return _since(release, [((0, 0, 0), 401), ((1, 90, 7), 404)])


def deleted_key_info_status(release: Release) -> int:
    """``GET /key/info`` of a deleted key: 404 ``not_found_error`` up to 1.100.5; 1.108.7 and 1.110.2 answer 200
    with the deleted record (``status: deleted``)."""
    return _since(release, [((0, 0, 0), 404), ((1, 108, 7), 200)])


def readiness_has_version(release: Release) -> bool:
    """Plain ``GET /health/readiness`` carries ``litellm_version`` on 1.80.x only."""
    return release < (1, 90, 7)


def readiness_details_exists(release: Release) -> bool:
    """``GET /health/readiness/details`` (master key, with ``litellm_version``) exists from 1.90.7."""
    return release >= (1, 90, 7)


def wildcard_is_expanded(release: Release) -> bool:
    """A key with ``models: ["openai/*"]`` (no wildcard deployment): ``/model_group/info`` answers the one
    pseudo-group ``openai/*`` on 1.80.x, and 200+ model-cost-map groups from 1.90.7; all have ``providers: []``."""
    return release >= (1, 90, 7)


def no_team_sentinel_is_expanded(release: Release) -> bool:
    """A key with ``models: ["all-team-models"]`` and no team: ``/model_group/info`` lists every model of the
    proxy on 1.80.17, 1.100.5, 1.108.7 and 1.110.2, but answers the unexpanded pseudo-group ``all-team-models``
    (``providers: []``) on 1.90.7; the key may call every model on all five."""
    return not ((1, 90, 7) <= release < (1, 100, 5))


def midstream_error_status(release: Release) -> int:
    """The ``code`` of LiteLLM's in-stream error event when the upstream sends an error event after some chunks:
    "503" on 1.80.x (``ServiceUnavailableError: MidStreamFallbackError: ...``), "500" on 1.108.7 and 1.110.2
    (``APIConnectionError: ...``); 1.90.7 and 1.100.5 were not measured (either is accepted there)."""
    return _since(release, [((0, 0, 0), 503), ((1, 90, 7), 0), ((1, 108, 7), 500)])


def cut_upstream_stream_is_an_error(release: Release) -> bool | None:
    """An upstream whose stream is cut after some chunks: 1.80.x ends the client's stream as if it had finished
    (``finish_reason: stop``, usage, ``[DONE]``: the truncation cannot be seen); 1.100.5, 1.108.7 and 1.110.2 send an
    in-stream error event (``code`` "500"; see :func:`cut_upstream_error_says`). None for 1.90.7: not measured."""
    if release >= (1, 100, 5):
        return True
    return None if release >= (1, 90, 7) else False


def cut_upstream_error_says(release: Release) -> tuple[str, ...]:
    """What that in-stream error's message contains (any one of these): "Connection error." on 1.108.7 and 1.110.2;
    on 1.100.5 "Response payload is not completed" (the proxy's HTTP client's TransferEncodingError); 1.90.7 not
    measured."""
    if release >= (1, 108, 7):
        return ("Connection error",)
    if release >= (1, 100, 5):
        return ("Response payload is not completed",)
    return ("Connection error", "Response payload is not completed")


def upstream_attempts_of_a_content_policy_refusal(release: Release) -> int:
    """How often the proxy's router calls the upstream for one request it refuses by content policy: 3 on 1.80.x
    (the router retries it), 1 on 1.108.7 and 1.110.2; 1.90.7 and 1.100.5 were not measured (0: any number is
    accepted)."""
    return _since(release, [((0, 0, 0), 3), ((1, 90, 7), 0), ((1, 108, 7), 1)])


def llm_api_key_may_read_model_groups(release: Release) -> bool:
    """A key with ``key_type="llm_api"`` (``allowed_routes: ["llm_api_routes"]``) on ``GET /model_group/info``: 403
    ("Virtual key is not allowed to call this route") on 1.80.17 and 1.90.7, allowed from 1.100.5 (the route joined
    the LLM routes). A key with ``allowed_routes: ["/chat/completions"]`` gets 403 there on every release."""
    return release >= (1, 100, 5)


def key_budget_windows_exist(release: Release) -> bool:
    """A key's ``budget_limits`` windows (``[{budget_duration, max_budget}]``) are stored and enforced from 1.90.7."""
    return release >= (1, 90, 7)


def key_window_spend_is_reported(release: Release) -> bool:
    """``/key/info`` reports each window's spend (``budget_limits_usage``) from 1.108.7; before, only the windows."""
    return release >= (1, 108, 7)
