"""The pure model resolution of a key that cannot ask the proxy for itself (``_manage/resolution.py``): every kind
of list (explicit, empty, sentinels, wildcards, access groups, team inheritance), checked against what LiteLLM's
listing code gives (``get_key_models``, ``get_team_models``, ``get_complete_model_list``, read in 1.80.17, 1.90.7
and 1.108.7)."""

from __future__ import annotations

from typing import Any

import pytest

from litellm_sdk._manage import resolution as R
from litellm_sdk.errors import InvalidResponseError


def group(name: str, *providers: str, mode: str = "chat") -> dict[str, Any]:
    return {"model_group": name, "providers": list(providers), "mode": mode}


#: The master key's /model_group/info on a proxy like the test proxy: five plain deployments, a wildcard deployment
#: ``anthropic/claude-haiku*`` (1.108.7 lists the cost-map models it routes; 1.90.7 also the pattern itself), and
#: an unservable leftover (a name listed without a deployment).
MASTER = {
    "data": [
        group("gpt-4o-vision", "openai"),
        group("plain-chat", "openai"),
        group("dall-e-3", "openai", mode="image_generation"),
        group("whisper-1", "openai", mode="audio_transcription"),
        group("text-embedding-3-small", "openai", mode="embedding"),
        group("anthropic/claude-haiku*", "anthropic"),
        group("anthropic/claude-haiku-4-5", "anthropic"),
        group("anthropic/claude-haiku-4-5-20251001", "anthropic"),
        group("openai/gpt-4.1-mini", "openai"),
        group("ghost"),
    ]
}
EVERY = (
    "anthropic/claude-haiku-4-5",
    "anthropic/claude-haiku-4-5-20251001",
    "dall-e-3",
    "gpt-4o-vision",
    "openai/gpt-4.1-mini",
    "plain-chat",
    "text-embedding-3-small",
    "whisper-1",
)
PROXY = [g["model_group"] for g in MASTER["data"]]


def ids(key_models: list[str], team_models: list[str] | tuple[str, ...] = (), **groups: list[str]) -> tuple[str, ...]:
    return tuple(m.id for m in R.resolve_models(MASTER, key_models, team_models, groups))


# --------------------------------------------------------------------------- explicit lists


def test_an_explicit_list_is_its_servable_names() -> None:
    assert ids(["plain-chat", "dall-e-3"]) == ("dall-e-3", "plain-chat")
    assert ids(["plain-chat", "no-such-model", "ghost"]) == ("plain-chat",)  # unknown and unservable: no model
    assert ids(["no-such-model"]) == ()  # a list naming nothing servable is not "all models"
    assert ids(["Plain-Chat"]) == ()  # names are case-sensitive, as in LiteLLM


def test_an_explicit_list_ignores_the_team() -> None:
    """LiteLLM lists the key's own list when it has one, whatever the team allows."""
    assert ids(["plain-chat"], ["dall-e-3"]) == ("plain-chat",)


def test_the_models_carry_the_group_info() -> None:
    (model,) = R.resolve_models(MASTER, ["dall-e-3"])
    assert (model.id, model.mode, model.provider) == ("dall-e-3", "image_generation", "openai")


# --------------------------------------------------------------------------- empty lists and teams


def test_an_empty_list_without_a_team_is_every_servable_model() -> None:
    assert ids([]) == EVERY
    assert ids([], []) == EVERY


def test_an_empty_list_takes_the_teams_list() -> None:
    assert ids([], ["plain-chat", "whisper-1"]) == ("plain-chat", "whisper-1")
    assert ids([], ["anthropic/*"]) == ("anthropic/claude-haiku-4-5", "anthropic/claude-haiku-4-5-20251001")


def test_all_team_models_is_the_teams_list() -> None:
    assert ids(["all-team-models"], ["dall-e-3"]) == ("dall-e-3",)
    # LiteLLM replaces the whole list by the team's: other names beside the sentinel are not added
    assert ids(["all-team-models", "plain-chat"], ["dall-e-3"]) == ("dall-e-3",)


def test_all_team_models_without_a_team_or_with_an_all_models_team_is_every_model() -> None:
    assert ids(["all-team-models"]) == EVERY
    assert ids(["all-team-models", "plain-chat"]) == EVERY
    assert ids(["all-team-models"], ["all-proxy-models"]) == EVERY
    assert ids(["all-team-models"], ["all-team-models"]) == EVERY  # GH#30619: the team's sentinel is every model


def test_a_team_list_with_a_sentinel_is_every_model() -> None:
    assert ids([], ["all-team-models"]) == EVERY
    assert ids([], ["all-proxy-models", "plain-chat"]) == EVERY


def test_all_proxy_models_is_every_model_whatever_else_is_listed() -> None:
    assert ids(["all-proxy-models"]) == EVERY
    assert ids(["all-proxy-models", "plain-chat"], ["dall-e-3"]) == EVERY


# --------------------------------------------------------------------------- wildcards


def test_a_wildcard_is_the_groups_it_matches_only() -> None:
    assert ids(["anthropic/*"]) == ("anthropic/claude-haiku-4-5", "anthropic/claude-haiku-4-5-20251001")
    assert ids(["openai/*"]) == ("openai/gpt-4.1-mini",)  # not the openai deployments named otherwise
    assert ids(["mistral/*"]) == ()  # no deployment matches: nothing, never every model


def test_a_wildcard_deployments_own_pattern_is_the_models_it_routes() -> None:
    assert ids(["anthropic/claude-haiku*"]) == ("anthropic/claude-haiku-4-5", "anthropic/claude-haiku-4-5-20251001")
    assert ids(["anthropic/claude-haiku-4-5-*"]) == ("anthropic/claude-haiku-4-5-20251001",)


def test_wildcards_and_names_mix() -> None:
    assert ids(["plain-chat", "openai/*"]) == ("openai/gpt-4.1-mini", "plain-chat")
    assert ids(["*-chat", "whisper*"]) == ("plain-chat", "whisper-1")


def test_star_alone_is_every_model() -> None:
    assert ids(["*"]) == EVERY


def test_pattern_matching() -> None:
    assert R.pattern_matches("openai/gpt-4o", "openai/*")
    assert R.pattern_matches("openai/", "openai/*")  # * may match nothing
    assert not R.pattern_matches("openaiX/gpt-4o", "openai/*")
    assert not R.pattern_matches("azure/openai/gpt-4o", "openai/*")  # anchored at the start
    assert R.pattern_matches("a/b-c", "a/*-*")
    assert not R.pattern_matches("gpt-4o", "GPT-*")  # case-sensitive
    assert R.pattern_matches("gpt-4.1", "gpt-4.*")
    assert not R.pattern_matches("gpt-401", "gpt-4.*")  # the rest is literal: "." is a dot, not any character
    assert R.pattern_matches("x[1]?", "x[1]?*")  # no other metacharacters
    assert not R.pattern_matches("x1", "x[1]*")
    assert R.pattern_matches("line\nbreak", "line*")
    assert R.pattern_matches("anything", "*")


# --------------------------------------------------------------------------- access groups


def test_an_access_group_is_its_members() -> None:
    assert ids(["beta"], beta=["plain-chat", "dall-e-3"]) == ("dall-e-3", "plain-chat")
    assert ids(["beta", "whisper-1"], beta=["plain-chat"]) == ("plain-chat", "whisper-1")
    assert ids(["beta"], gamma=["plain-chat"]) == ()  # not a group: an unknown name


def test_an_access_group_of_a_wildcard_deployment_is_what_it_routes() -> None:
    assert ids(["haiku"], haiku=["anthropic/claude-haiku*"]) == (
        "anthropic/claude-haiku-4-5",
        "anthropic/claude-haiku-4-5-20251001",
    )


def test_an_access_group_named_like_a_deployment_keeps_the_deployment() -> None:
    """1.108: a grant naming both a deployed model and an access group means both."""
    assert ids(["plain-chat"], **{"plain-chat": ["dall-e-3"]}) == ("dall-e-3", "plain-chat")


def test_access_groups_in_the_teams_list_and_through_all_team_models() -> None:
    assert ids([], ["beta"], beta=["whisper-1"]) == ("whisper-1",)
    assert ids(["all-team-models"], ["beta", "plain-chat"], beta=["whisper-1"]) == ("plain-chat", "whisper-1")


def test_access_groups_from_deployments() -> None:
    body = {
        "data": [
            {"model_name": "plain-chat", "model_info": {"access_groups": ["beta", "gamma"]}},
            {"model_name": "plain-chat", "model_info": {"access_groups": ["beta"]}},  # a second deployment
            {"model_name": "dall-e-3", "model_info": {"access_groups": ["beta", 7]}},
            {"model_name": "whisper-1", "model_info": {"access_groups": None}},
            {"model_name": "tts", "model_info": {}},
            {"model_name": "odd", "model_info": "x"},
            {"model_name": 3, "model_info": {"access_groups": ["beta"]}},
            "not a deployment",
        ]
    }
    assert R.access_groups_from_deployments(body) == {"beta": ("plain-chat", "dall-e-3"), "gamma": ("plain-chat",)}
    assert R.access_groups_from_deployments({"data": []}) == {}
    for bad in ({}, {"data": {}}, [], None):
        with pytest.raises(InvalidResponseError):
            R.access_groups_from_deployments(bad)


# --------------------------------------------------------------------------- what the I/O side reads


def test_needs_team_and_access_groups() -> None:
    assert R.needs_team([]) and R.needs_team(["all-team-models"]) and R.needs_team(["x", "all-team-models"])
    assert not R.needs_team(["x"]) and not R.needs_team(["all-proxy-models"]) and not R.needs_team(["*"])
    for key, team in (
        (["x"], []),
        (["a/*", "b"], ["t"]),
        ([], ["x"]),
        (["all-team-models"], ["x"]),
        (["all-team-models"], ["all-team-models", "x"]),  # the team's list minus its sentinel, plus every model
        ([], ["all-proxy-models", "x"]),  # a team's all-proxy-models adds every model, keeps its other names
    ):
        assert R.needs_access_groups(key, team), (key, team)
    for key, team in (
        ([], []),
        (["openai/*"], ["x"]),  # the key's list decides
        (["all-team-models", "x"], []),  # replaced by the team's (none)
        (["all-team-models", "x"], ["all-team-models"]),
        (["all-team-models"], ["all-proxy-models", "x"]),  # every model
        (["all-proxy-models", "x"], []),
        ([], ["all-team-models", "*"]),
    ):
        assert not R.needs_access_groups(key, team), (key, team)
    assert R.needs_access_groups(["x"]) and not R.needs_access_groups([])


def test_team_models_from_info() -> None:
    assert R.team_models_from_info({"team_id": "t", "team_info": {"models": ["a", 1, "b"]}}) == ("a", "b")
    assert R.team_models_from_info({"team_info": {"models": []}}) == ()
    assert R.team_models_from_info({"team_info": {}}) == ()
    assert R.team_models_from_info({"team_info": None}) == ()
    assert R.team_models_from_info([]) == ()


def test_granted_names_before_matching() -> None:
    assert R.granted_names(["a", "a", "b"], [], PROXY, {}) == ("a", "b")
    assert R.granted_names([], [], ["p", "q", "p"], {}) == ("p", "q")
    assert R.granted_names(["g"], [], PROXY, {"g": ["a", "b"]}) == ("a", "b")
    assert R.granted_names([], ["t", "t"], PROXY, {}) == ("t",)


def test_a_body_that_is_not_a_model_group_list_is_refused() -> None:
    for bad in ({}, {"data": None}, [], None):
        with pytest.raises(InvalidResponseError):
            R.resolve_models(bad, ["plain-chat"])
        with pytest.raises(InvalidResponseError):
            R.models_granted(bad, ["plain-chat"])


def test_odd_entries_are_skipped() -> None:
    body = {"data": ["x", {"providers": ["openai"]}, {"model_group": 3}, group("plain-chat", "openai")]}
    assert tuple(m.id for m in R.resolve_models(body, [])) == ("plain-chat",)
    assert tuple(m.id for m in R.resolve_models(MASTER, ["plain-chat", 5], [None])) == ("plain-chat",)  # type: ignore[list-item]
