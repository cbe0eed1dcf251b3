"""Masking of secrets: what mask shows of a secret, what scrub replaces in a text, which JSON fields
redact_json masks."""

from __future__ import annotations

import pytest

from litellm_sdk._redact import mask, redact_json, scrub

KEY = "sk-abcdefghijklmnopWXYZ"


def test_mask_shows_the_sk_prefix_and_the_last_four_characters_only() -> None:
    assert mask(KEY) == "sk-...WXYZ"
    assert mask("0123456789abcdef") == "...cdef"  # not a LiteLLM key: no prefix is invented
    assert mask("xsk-0123456789ab") == "...89ab"  # "sk-" must start the secret
    assert mask(None) is None


def test_a_secret_of_twelve_characters_or_fewer_is_hidden_whole() -> None:
    # the last four of a short secret would be a third of it or more: nothing of it is shown
    assert mask("") == "***"
    assert mask("sk-123456789") == "***"  # 12 characters
    assert mask("sk-1234567890") == "sk-...7890"  # 13 characters
    assert mask("abcdefghijkl") == "***"
    assert mask("abcdefghijklm") == "...jklm"


def test_scrub_masks_every_given_secret_even_when_it_is_not_key_shaped() -> None:
    master = "master-secret-0123456789"
    assert scrub(f"auth {master} failed; again {master}", [master]) == "auth ...6789 failed; again ...6789"
    assert scrub("short abcd here", ["abcd"]) == "short *** here"  # four characters: still masked
    assert scrub("tiny abc here", ["abc"]) == "tiny abc here"  # shorter than four: left (it would eat words)
    assert scrub("nothing here", ["", "absent-secret"]) == "nothing here"
    assert scrub("a b", []) == "a b"


def test_scrub_masks_anything_shaped_like_a_litellm_key() -> None:
    assert scrub(f"key {KEY} is bad") == "key sk-...WXYZ is bad"
    assert scrub("path /key/sk-ab_c-d1234567/regenerate") == "path /key/sk-...4567/regenerate"
    assert scrub("short sk-abcd") == "short ***"  # sk- and four characters is key-shaped
    assert scrub("too short sk-abc") == "too short sk-abc"  # fewer than four after sk- is not
    assert scrub("sk- alone, and ask-me") == "sk- alone, and ask-me"


def test_scrub_given_secrets_first_then_key_shapes() -> None:
    assert scrub(f"{KEY} and sk-other-key-99999999", [KEY]) == "sk-...WXYZ and sk-...9999"


@pytest.mark.parametrize("field", ["key", "token", "api_key", "master_key", "new_key", "new_master_key"])
def test_redact_json_masks_secret_fields(field: str) -> None:
    assert redact_json({field: "not-key-shaped-secret-1234"}) == {field: "...1234"}
    assert redact_json({field: "short"}) == {field: "***"}
    assert redact_json({field: None}) == {field: None}  # only strings are masked
    assert redact_json({field: 5}) == {field: 5}


def test_redact_json_scrubs_key_shapes_everywhere_else_and_copies() -> None:
    body = {
        "user_id": "u1",
        "keys": [KEY, "plain", 3, None, True],
        "nested": {"token": "tok-0123456789xyz", "note": f"was {KEY}"},
        "key_alias": "sk-looks-like-a-key-0000",
        "count": 2.5,
    }
    got = redact_json(body)
    assert got == {
        "user_id": "u1",
        "keys": ["sk-...WXYZ", "plain", 3, None, True],
        "nested": {"token": "...9xyz", "note": "was sk-...WXYZ"},
        "key_alias": "sk-...0000",
        "count": 2.5,
    }
    assert body["keys"][0] == KEY  # the input is untouched
    assert redact_json(KEY) == "sk-...WXYZ"
    assert redact_json([{"key": KEY}]) == [{"key": "sk-...WXYZ"}]
    assert redact_json(None) is None
    assert redact_json({"Key": "abcdefghijklmnop"}) == {"Key": "abcdefghijklmnop"}  # field names are exact
