"""The checks on caller input: what each accepts (and returns), what it refuses, and the error it raises
(class, ``param``, the message the caller reads); a malformed base URL refused when the client is made."""

from __future__ import annotations

import math
from collections import OrderedDict
from typing import Any

import httpx
import pytest

from litellm_sdk import ConfigurationError, LiteLLMClient
from litellm_sdk import _validate as V
from litellm_sdk.cache import AsyncRedisCache, InMemoryCache, RedisCache
from litellm_sdk.errors import InvalidRequestError


def refused(fn: Any, *args: Any, **kwargs: Any) -> InvalidRequestError:
    with pytest.raises(InvalidRequestError) as info:
        fn(*args, **kwargs)
    assert info.value.code == "invalid_request"
    return info.value


def misconfigured(fn: Any, *args: Any, **kwargs: Any) -> ConfigurationError:
    with pytest.raises(ConfigurationError) as info:
        fn(*args, **kwargs)
    assert info.value.code == "configuration_error"
    return info.value


# --- durations ---------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("text", ["1s", "30m", "24h", "7d", "2w", "1mo", "999999999s", " 24h ", "10mo"])
def test_durations_litellm_reads_are_accepted_stripped(text: str) -> None:
    assert V.duration("duration", text) == text.strip()


@pytest.mark.parametrize(
    "text", ["", "24", "0h", "01h", "1000000000s", "1y", "h", "1 h", "24H", "1.5h", "-1h", "1hh", "x24h", "1month"]
)
def test_malformed_durations_are_refused_naming_the_field_and_the_form(text: str) -> None:
    err = refused(V.duration, "budget_duration", text)
    assert err.param == "budget_duration"
    assert err.message == (
        f"budget_duration: malformed duration {text!r}; use <number><unit> with unit s, m, h, d, w or mo (e.g. '24h')"
    )


def test_duration_words_only_where_allowed_any_case() -> None:
    for word in ("hourly", "daily", "weekly", "monthly", "Daily", " MONTHLY "):
        assert V.duration("budget_duration", word, words=True) == word.strip()
        refused(V.duration, "duration", word)
    refused(V.duration, "budget_duration", "yearly", words=True)
    assert V.duration("duration", None) is None
    assert V.duration("duration", None, words=True) is None


def test_a_duration_that_is_not_a_string_names_its_type() -> None:
    err = refused(V.duration, "duration", 24)
    assert err.param == "duration"
    assert err.message == "duration: expected a duration string such as '30m', '24h', '7d' or '1mo', got int"


# --- numbers -----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("value", [0, 0.0, 1, 2.5, 10**12])
def test_non_negative_numbers_are_returned_unchanged(value: float) -> None:
    got = V.non_negative_number("max_budget", value)
    assert got == value and type(got) is type(value)
    assert V.non_negative_number("max_budget", None) is None


@pytest.mark.parametrize("value", [True, False, "1", math.nan, math.inf, -math.inf, [1]])
def test_a_number_must_be_a_finite_non_bool_number(value: Any) -> None:
    err = refused(V.non_negative_number, "max_budget", value)
    assert err.param == "max_budget"
    assert err.message == f"max_budget: expected a finite number, got {value!r}"


@pytest.mark.parametrize("value", [-1, -0.01])
def test_a_negative_number_is_refused(value: float) -> None:
    err = refused(V.non_negative_number, "soft_budget", value)
    assert err.param == "soft_budget"
    assert err.message == f"soft_budget: must not be negative, got {value!r}"


def test_whole_numbers() -> None:
    assert V.non_negative_int("tpm_limit", 0) == 0
    assert V.non_negative_int("tpm_limit", 7) == 7
    assert V.non_negative_int("tpm_limit", None) is None
    for value in (True, 1.0, "3"):
        err = refused(V.non_negative_int, "tpm_limit", value)
        assert err.param == "tpm_limit"
        assert err.message == f"tpm_limit: expected a whole number, got {value!r}"
    err = refused(V.non_negative_int, "rpm_limit", -1)
    assert err.param == "rpm_limit"
    assert err.message == "rpm_limit: must not be negative, got -1"


# --- strings and collections -------------------------------------------------------------------------------------


def test_identifier() -> None:
    assert V.identifier("user_id", "u1") == "u1"
    assert V.identifier("user_id", " u1 ") == " u1 "  # returned as given
    assert V.identifier("user_id", None) is None
    for value in ("", "   ", 5, b"u1"):
        err = refused(V.identifier, "user_id", value)
        assert err.param == "user_id"
        assert err.message == "user_id: expected a non-empty string"


def test_string_list_accepts_any_collection_of_non_empty_strings_as_a_list() -> None:
    assert V.string_list("models", ["a", "b"]) == ["a", "b"]
    assert V.string_list("models", ("a",)) == ["a"]
    assert V.string_list("models", {"a"}) == ["a"]
    assert V.string_list("models", frozenset({"b"})) == ["b"]
    assert V.string_list("models", []) == []
    assert V.string_list("models", None) is None
    assert type(V.string_list("models", ("a",))) is list


@pytest.mark.parametrize(("value", "kind"), [("abc", "str"), (b"abc", "bytes"), ({"a": 1}, "dict"), (3, "int")])
def test_string_list_refuses_a_string_or_a_non_collection(value: Any, kind: str) -> None:
    err = refused(V.string_list, "tags", value)
    assert err.param == "tags"
    assert err.message == f"tags: expected a list of strings, got {kind}"


@pytest.mark.parametrize("item", ["", 1, None])
def test_string_list_refuses_an_empty_or_non_string_item(item: Any) -> None:
    err = refused(V.string_list, "tags", ["ok", item])
    assert err.param == "tags"
    assert err.message == f"tags: expected a list of non-empty strings, found {item!r}"


def test_json_object_returns_a_plain_dict_copy() -> None:
    source = OrderedDict(a=1, b=[1, "x", None, {"c": 2.5}])
    got = V.json_object("metadata", source)
    assert got == {"a": 1, "b": [1, "x", None, {"c": 2.5}]}
    assert type(got) is dict and got is not source
    assert V.json_object("metadata", {}) == {}
    assert V.json_object("metadata", None) is None


def test_json_object_refuses_non_mappings_and_what_json_cannot_carry() -> None:
    err = refused(V.json_object, "metadata", [("a", 1)])
    assert err.param == "metadata"
    assert err.message == "metadata: expected a dict, got list"
    err = refused(V.json_object, "metadata", {"when": object()})
    assert err.param == "metadata"
    assert err.message.startswith("metadata: must be JSON-serialisable (Object of type object")
    assert err.__cause__ is None and err.__suppress_context__
    # NaN and infinities are not JSON: the proxy could not read them back
    for bad in (math.nan, math.inf):
        err = refused(V.json_object, "metadata", {"x": bad})
        assert err.message.startswith("metadata: must be JSON-serialisable (Out of range float values")


def test_string_map() -> None:
    assert V.string_map("aliases", {"fast": "plain-chat"}) == {"fast": "plain-chat"}
    assert V.string_map("aliases", {}) == {}
    assert V.string_map("aliases", None) is None
    for bad in ({"fast": 1}, {"fast": None}):
        err = refused(V.string_map, "aliases", bad)
        assert err.param == "aliases"
        assert err.message == "aliases: expected a dict of strings to strings"


# --- keys, URLs, master key --------------------------------------------------------------------------------------


def test_virtual_key() -> None:
    assert V.virtual_key("key", "sk-12345") == "sk-12345"  # 8 characters: the shortest accepted
    for bad in ("sk-1234", "pk-12345678", " sk-12345678", "sk-12345678\n", 12345678, None):
        err = refused(V.virtual_key, "key", bad)
        assert err.param == "key"
        assert err.message == "key: expected a LiteLLM virtual key (a string starting with 'sk-')"


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("http://proxy:4000", "http://proxy:4000"),
        ("https://proxy.example.com/", "https://proxy.example.com"),
        ("  https://proxy.example.com/litellm//  ", "https://proxy.example.com/litellm"),
        ("http://proxyX/", "http://proxyX"),  # only slashes are stripped
        ("HTTP://Proxy:4000/", "http://Proxy:4000"),  # the scheme is case-insensitive
        ("HttpS://proxy/LiteLLM", "https://proxy/LiteLLM"),
    ],
)
def test_base_url_is_stripped_of_spaces_and_trailing_slashes(given: str, expected: str) -> None:
    assert V.base_url(given) == expected


def test_a_missing_base_url_says_how_to_give_one() -> None:
    for value in (None, "", "  ", 5):
        err = misconfigured(V.base_url, value)
        assert err.param == "base_url"
        assert err.message == "No LiteLLM base URL: pass base_url= or set LITELLM_BASE_URL"


@pytest.mark.parametrize(
    "value", ["proxy:4000", "ftp://proxy", "http:/proxy", "http://", "http:// proxy", "http://a b"]
)
def test_base_url_must_be_http_or_https_with_no_spaces(value: str) -> None:
    err = misconfigured(V.base_url, value)
    assert err.param == "base_url"
    assert err.message == f"base_url must start with http:// or https://, got {value.strip().rstrip('/')[:60]!r}"


def test_base_url_messages_show_at_most_60_characters() -> None:
    value = "ftp://" + "a" * 100
    err = misconfigured(V.base_url, value)
    assert err.message == f"base_url must start with http:// or https://, got {value[:60]!r}"
    value = "http://proxy/?" + "q" * 100
    err = misconfigured(V.base_url, value)
    assert err.message == f"base_url needs a host and no query or fragment, got {value[:60]!r}"
    value = "http://[::1" + "a" * 100
    err = misconfigured(V.base_url, value)
    assert err.message.endswith(f"): {value[:60]!r}")


@pytest.mark.parametrize(
    "value", ["http://proxy?x=1", "http://proxy/#top", "http://proxy/path?a", "http://proxy?", "http://proxy/#"]
)
def test_base_url_has_no_query_or_fragment(value: str) -> None:
    err = misconfigured(V.base_url, value)
    assert err.param == "base_url"
    assert err.message == f"base_url needs a host and no query or fragment, got {value.rstrip('/')!r}"


@pytest.mark.parametrize("value", ["http://admin:hunter2secret@proxy:4000", "https://token@proxy/litellm"])
def test_base_url_with_credentials_is_refused_without_echoing_them(value: str) -> None:
    err = misconfigured(V.base_url, value)
    assert err.param == "base_url"
    assert "hunter2secret" not in str(err) and "token@" not in str(err)
    assert err.message.startswith("base_url must not carry a user name or password")


def test_credentials_before_a_path_of_several_segments_are_refused() -> None:
    # the host part is the third "/" piece counted from the left, however long the path is
    err = misconfigured(V.base_url, "https://token@proxy/litellm/v1/x")
    assert err.message.startswith("base_url must not carry a user name or password")


def test_an_at_sign_in_the_path_is_not_credentials() -> None:
    assert V.base_url("http://proxy/team@x") == "http://proxy/team@x"
    assert V.base_url("http://proxy/a/team@x/b") == "http://proxy/a/team@x/b"


def test_base_url_httpx_refuses() -> None:
    value = "http://[::1"  # an unclosed IPv6 host: httpx cannot parse it
    with pytest.raises(httpx.InvalidURL):
        httpx.URL(value)
    err = misconfigured(V.base_url, value)
    assert err.param == "base_url"
    assert err.message.startswith("base_url is not a valid URL (")
    assert err.message.endswith(f"): {value!r}")
    assert err.__cause__ is None and err.__suppress_context__


def test_master_key() -> None:
    assert V.master_key("  sk-master  ") == "sk-master"
    for value in (None, "", " ", 5):
        err = misconfigured(V.master_key, value)
        assert err.param == "master_key"
        assert err.message == "No LiteLLM master key: pass master_key= or set LITELLM_MASTER_KEY"


# --- pass-through fields -----------------------------------------------------------------------------------------


def test_extra_fields_pass_json_through_and_check_key_and_durations() -> None:
    assert V.extra_fields({}) == {}
    assert V.extra_fields({"x": [1], "key": None}) == {"x": [1], "key": None}
    assert V.extra_fields({"key": "sk-12345678"}) == {"key": "sk-12345678"}
    assert V.extra_fields({"duration": "1h", "budget_duration": "daily"}) == {
        "duration": "1h",
        "budget_duration": "daily",
    }
    assert V.extra_fields({"duration": None}) == {"duration": None}
    err = refused(V.extra_fields, {"key": "not-a-key"})
    assert err.param == "key"
    err = refused(V.extra_fields, {"duration": "daily"})  # words are for budgets only
    assert err.param == "duration"
    err = refused(V.extra_fields, {"budget_duration": "1y"})
    assert err.param == "budget_duration"
    err = refused(V.extra_fields, {"x": object()})
    assert err.param == "extra"


# --- cache adapters ----------------------------------------------------------------------------------------------


class AsyncCache:
    async def get(self, key: str) -> Any:
        return None

    async def set(self, key: str, value: Any, ttl: float | None = None) -> None:
        return None

    async def delete(self, key: str) -> None:
        return None


class NoDelete:
    def get(self, key: str) -> Any:
        return None

    def set(self, key: str, value: Any, ttl: float | None = None) -> None:
        return None

    delete = None


def test_cache_adapter_accepts_a_cache_for_its_client() -> None:
    assert V.cache_adapter(None, allow_async=False) is None
    sync = InMemoryCache()
    assert V.cache_adapter(sync, allow_async=False) is sync
    assert V.cache_adapter(sync, allow_async=True) is sync
    a = AsyncCache()
    assert V.cache_adapter(a, allow_async=True) is a
    redis_like = RedisCache(object())
    assert V.cache_adapter(redis_like, allow_async=False) is redis_like


@pytest.mark.parametrize("value", [object(), NoDelete(), {"get": 1}])
def test_cache_adapter_needs_the_three_methods(value: Any) -> None:
    err = misconfigured(V.cache_adapter, value, allow_async=True)
    assert err.param == "cache"
    assert err.message == (f"cache must have get, set and delete methods (a CacheAdapter), got {type(value).__name__}")


@pytest.mark.parametrize("value", [AsyncCache(), AsyncRedisCache(object())])
def test_a_sync_client_refuses_an_async_cache(value: Any) -> None:
    err = misconfigured(V.cache_adapter, value, allow_async=False)
    assert err.param == "cache"
    assert err.message == (
        f"LiteLLMClient needs a synchronous cache; {type(value).__name__} is async: use it with "
        "AsyncLiteLLMClient (or its sync counterpart here, e.g. RedisCache instead of AsyncRedisCache)"
    )


def test_one_async_method_is_enough_to_refuse() -> None:
    class HalfAsync(InMemoryCache):
        async def delete(self, key: str) -> None:  # type: ignore[override]
            return None

    refused_cache = misconfigured(V.cache_adapter, HalfAsync(), allow_async=False)
    assert refused_cache.param == "cache"


@pytest.mark.parametrize("url", ["http://[::1", "http://exa mple.com", "https://", "http://h.test/?q=1"])
def test_a_malformed_base_url_is_a_configuration_error_at_construction(url: str) -> None:
    with pytest.raises(ConfigurationError) as caught:
        LiteLLMClient(url, "sk-master-aaaaaaaaaaaa")
    assert caught.value.param == "base_url"
