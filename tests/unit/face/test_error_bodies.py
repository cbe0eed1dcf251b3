"""What a proxy answer's body says, whatever its shape: LiteLLM's envelope, a plain string error, FastAPI's
validation detail, detail objects, problem documents, other JSON, plain text and HTML, dict reprs inside messages;
Retry-After as seconds or an HTTP date; headers found in any mapping; what looks like JSON."""

from __future__ import annotations

import email.utils
import json
import time
from typing import Any

import httpx
import pytest

from litellm_sdk import NotFoundError, ServerError, UnprocessableEntityError, error_from_response, raise_for_status
from litellm_sdk import _classify as CL
from litellm_sdk import _constants as C
from litellm_sdk._classify import retry_after_seconds

H = httpx.Headers()


def envelope(message: Any, type_: Any = None, param: Any = "None", status: int = 400) -> bytes:
    return json.dumps({"error": {"message": message, "type": type_, "param": param, "code": str(status)}}).encode()


def jbody(value: Any) -> bytes:
    return json.dumps(value).encode()


# --------------------------------------------------------------------------- body shapes


def test_envelope_message_none_strings_and_non_strings() -> None:
    assert error_from_response(400, H, envelope("None")).message == "HTTP 400"
    assert error_from_response(418, H, envelope("  ")).message == "HTTP 418"
    assert error_from_response(400, H, envelope("m", param="  ")).param is None
    assert error_from_response(400, H, envelope("m", param="")).param is None
    assert error_from_response(400, H, envelope(None)).message == "HTTP 400"  # json "null" is absent too
    assert error_from_response(400, H, envelope({"k": "v"})).message == '{"k": "v"}'
    assert error_from_response(400, H, envelope(" padded ")).message == "padded"
    e = error_from_response(400, H, envelope("m", type_="None", param="null"))
    assert (e.param, e.code) == (None, "bad_request")
    e = error_from_response(400, H, envelope("m", param="  models "))
    assert e.param == "models"


def test_error_as_string_and_its_type() -> None:
    e = error_from_response(400, H, jbody({"error": "{'error': 'Budget exceeded'}", "type": "budget_exceeded"}))
    assert (e.message, e.code, e.param) == ("Budget exceeded", "budget_exceeded", None)


def test_fastapi_validation_detail() -> None:
    detail = [
        {"loc": ["body", "models", 0], "msg": "not a string", "type": "x"},
        {"loc": ["query", "page"], "msg": "too small"},
        {"msg": "no loc"},
        "free text",
        {"loc": "body"},
        {"loc": ["body"], "msg": "root"},
    ]
    e = error_from_response(422, H, jbody({"detail": detail}))
    assert type(e) is UnprocessableEntityError
    assert e.code == "validation_error"
    assert e.message == "models.0: not a string; query.page: too small; no loc; free text; invalid"
    assert e.param == "models.0"
    e = error_from_response(422, H, jbody({"detail": [{"loc": ["query", "page"]}]}))
    assert e.param == "page"
    assert e.message == "query.page: invalid"
    e = error_from_response(422, H, jbody({"detail": [{"loc": ["body"]}, {"loc": ["path", "key"]}]}))
    assert e.param == "key"
    assert error_from_response(422, H, jbody({"detail": []})).message == "Validation failed"
    assert error_from_response(422, H, jbody({"detail": ["a", {"x": 1}]})).param is None
    six = [{"loc": ["body", f"f{i}"], "msg": "m"} for i in range(7)]
    assert error_from_response(422, H, jbody({"detail": six})).message.count(";") == 4


def test_detail_object_shapes() -> None:
    e = error_from_response(400, H, jbody({"detail": {"error": "key is blocked", "type": "None", "param": "key"}}))
    assert (e.code, e.message, e.param) == ("key_blocked", "key is blocked", "key")
    e = error_from_response(400, H, jbody({"detail": {"message": "plain words", "type": "budget_exceeded"}}))
    assert (e.code, e.message) == ("budget_exceeded", "plain words")
    e = error_from_response(400, H, jbody({"detail": {"other": 1}}))
    assert e.message == '{"other": 1}'
    e = error_from_response(400, H, jbody({"detail": {"error": {"nested": True}}}))
    assert e.message == '{"nested": true}'
    e = error_from_response(400, H, jbody({"detail": {"error": None, "message": "m"}}))
    assert e.message == "null"


def test_problem_documents_and_other_json() -> None:
    e = error_from_response(404, H, jbody({"title": "Not Found", "detail": "no such key", "status": 404}))
    assert (e.message, e.code, type(e)) == ("Not Found: no such key", "not_found", NotFoundError)
    e = error_from_response(400, H, jbody({"type": "about:blank", "status": 400}))
    assert e.message == "HTTP 400"
    e = error_from_response(400, H, jbody({"type": "about:blank", "status": 400, "title": "Bad"}))
    assert e.message == "Bad"
    e = error_from_response(400, H, jbody({"detail": "{'error': 'key is blocked'}"}))
    assert (e.message, e.code) == ("key is blocked", "key_blocked")
    e = error_from_response(400, H, jbody({"message": "Budget exceeded", "type": "None"}))
    assert (e.message, e.code) == ("Budget exceeded", "budget_exceeded")
    e = error_from_response(400, H, jbody({"message": "m", "type": "expired_key"}))
    assert e.code == "expired_key"
    e = error_from_response(400, H, jbody({"message": 5, "other": "x"}))
    assert e.message == 'HTTP 400: {"message": 5, "other": "x"}'
    e = error_from_response(500, H, jbody({"type": "budget_exceeded"}))
    assert e.message.startswith("HTTP 500: ")
    assert e.code == "server_error"  # a bare type outside an envelope names no reason
    e = error_from_response(400, H, jbody([1, 2]))
    assert e.message == "HTTP 400: [1, 2]"
    assert e.body == [1, 2]
    e = error_from_response(400, H, jbody("just a string"))
    assert e.message == "HTTP 400: just a string"
    e = error_from_response(400, H, jbody(None))
    assert e.message == "HTTP 400 with an empty body"
    e = error_from_response(502, H, b"")
    assert (e.message, e.body) == ("HTTP 502 with an empty body", None)
    e = error_from_response(400, H, jbody(3))
    assert e.message == "HTTP 400: 3"


def test_plain_text_and_html_bodies() -> None:
    e = error_from_response(502, H, b"<html>\n<head><title>502</title></head>\n<body>Bad   gateway</body></html>")
    assert e.message == "HTTP 502: 502 Bad gateway"
    assert e.body == "<html>\n<head><title>502</title></head>\n<body>Bad   gateway</body></html>"
    assert error_from_response(502, H, b"<p></p>").message == "HTTP 502: (no text)"
    long = b"w" * 5000
    e = error_from_response(500, H, long)
    assert e.message == "HTTP 500: " + "w" * C.ERROR_BODY_SNIPPET
    assert e.body == "w" * (C.ERROR_BODY_SNIPPET * 4)
    e = error_from_response(500, H, b"\xff\xfe broken")
    assert e.body == "\ufffd\ufffd broken"
    e = error_from_response(500, H, b'{"error": broken')
    assert e.body == '{"error": broken'
    deep = b"[" * 50_000 + b"]" * 50_000
    e = error_from_response(500, H, deep)
    assert isinstance(e.body, str)
    big = jbody({"error": {"message": "x" * (C.MAX_ERROR_BODY_BYTES + 10)}})
    e = error_from_response(400, H, big)
    assert isinstance(e.body, str)
    assert len(e.body) == C.ERROR_BODY_SNIPPET * 4
    exact = b'{"error": "' + b"y" * (C.MAX_ERROR_BODY_BYTES - 13) + b'"}'
    assert len(exact) == C.MAX_ERROR_BODY_BYTES
    assert isinstance(error_from_response(400, H, exact).body, dict)


def test_dict_repr_messages_are_unwrapped() -> None:
    def msg(m: str) -> str:
        return error_from_response(400, H, envelope(m)).message

    assert msg("{'error': 'inner text'}") == "inner text"
    assert msg("{'message': 'inner'}") == "inner"
    assert msg("{'detail': 'inner'}") == "inner"
    assert msg("{'msg': 'inner'}") == "inner"
    assert msg("{'error': None, 'message': 'second'}") == "second"
    assert msg("{'error': {'message': 'deep'}}") == '{"message": "deep"}'
    assert msg("{'error': \"{'error': 'twice'}\"}") == "twice"
    assert msg('{"error": "json inner", "x": true}') == "json inner"
    assert msg("{'other': 'x'}") == "{'other': 'x'}"
    assert msg("{not python}") == "{not python}"
    assert msg("{1, 2}") == "{1, 2}"
    assert msg("  {'error': 'padded'}  ") == "padded"
    assert msg("{'error': 'x'") == "{'error': 'x'"
    assert msg("'error': 'x'}") == "'error': 'x'}"
    huge = "{'error': '" + "z" * 20_000 + "'}"
    assert msg(huge) == huge


def test_a_message_that_is_not_text_is_shown_as_capped_json() -> None:
    e = error_from_response(400, H, jbody({"error": {"message": ["a" * 1000]}}))
    assert e.message == ('["' + "a" * 1000)[: C.ERROR_BODY_SNIPPET]
    assert error_from_response(400, H, jbody({"detail": ["s"]})).message == "s"  # text stays text
    assert error_from_response(400, H, jbody({"detail": {"error": {"a": 1}}})).message == '{"a": 1}'
    assert error_from_response(400, H, b'{"error": {"message": NaN}}').message == "NaN"
    # values no JSON body can hold (a cycle, a module): only the mapper's own fallback sees them
    cyclic: list[Any] = []
    cyclic.append(cyclic)
    assert CL._stringify(cyclic) == "[[...]]"
    assert CL._stringify({"t": time}).startswith('{"t": "<module')


# --------------------------------------------------------------------------- Retry-After


def test_retry_after_forms() -> None:
    assert retry_after_seconds({"retry-after-ms": "1500"}) == 1.5
    assert retry_after_seconds({"Retry-After-Ms": "250", "retry-after": "9"}) == 0.25
    assert retry_after_seconds({"retry-after-ms": "-5"}) == 0.0
    assert retry_after_seconds({"retry-after-ms": "soon", "retry-after": "3"}) == 3.0
    assert retry_after_seconds({"retry-after-ms": "", "retry-after": "4"}) == 4.0
    assert retry_after_seconds({"retry-after": "-3"}) == 0.0
    assert retry_after_seconds({"retry-after": "2.5"}) == 2.5
    assert retry_after_seconds({"retry-after": ""}, "try again in 3s") == 3.0
    assert retry_after_seconds({}, "Please TRY AGAIN IN 4 s.") == 4.0
    assert retry_after_seconds({}, "try again later") is None
    assert retry_after_seconds({}) is None
    assert retry_after_seconds({"retry-after": "garbage"}, "try again in 2s") == 2.0
    assert retry_after_seconds({"retry-after": "garbage"}) is None


def test_retry_after_as_an_http_date() -> None:
    future = email.utils.formatdate(time.time() + 30, usegmt=True)
    got = retry_after_seconds({"retry-after": future})
    assert got is not None and 27.0 < got <= 30.0
    past = email.utils.formatdate(time.time() - 30, usegmt=True)
    assert retry_after_seconds({"retry-after": past}) == 0.0
    assert retry_after_seconds({"retry-after": "Wed, 21 Oct 2015 07:28:00 GMT"}) == 0.0
    assert retry_after_seconds({"retry-after": "not a date"}) is None


def test_headers_are_found_case_insensitively_in_any_mapping() -> None:
    def request_id(headers: Any) -> str | None:
        return error_from_response(500, headers, b"").request_id

    assert request_id({"X-Request-Id": "a"}) == "a"
    assert request_id({"x-request-id": "b"}) == "b"
    assert request_id({"other": "c"}) is None
    assert request_id(httpx.Headers({"X-Request-Id": "d"})) == "d"
    assert request_id({"X-LiteLLM-Call-Id": "call-9"}) == "call-9"
    assert request_id({"x-request-id": "r", "X-LiteLLM-Call-Id": "call-9"}) == "call-9"  # LiteLLM's own id first


def test_looks_like_json() -> None:
    for yes in (b"{}", b"[1]", b'"s"', b"null", b"true", b"false", b"   \n {", b" " * 60 + b"[]"):
        assert CL.looks_like_json(yes), yes
    for no in (b"", b"<html>", b"nul", b"tru", b"fals", b"1", b"x{", b" " * 64 + b"{}"):
        assert not CL.looks_like_json(no), no


def test_a_response_without_content_has_an_empty_body() -> None:
    class StatusOnly:
        status_code = 500

    with pytest.raises(ServerError) as info:
        raise_for_status(StatusOnly())
    assert info.value.message == "HTTP 500 with an empty body"


def test_an_exact_header_name_is_found_before_the_case_insensitive_scan() -> None:
    headers = {"X-Request-Id": "scan", "x-request-id": "exact"}
    assert error_from_response(500, headers, b"").request_id == "exact"
    assert retry_after_seconds({"Retry-After": "9", "retry-after": "2"}) == 2.0


def test_a_detail_object_gives_its_message_not_its_whole_text() -> None:
    detail = {"message": "plain words", "type": "None", "extra": "y" * 400}
    e = error_from_response(400, H, jbody({"detail": detail}))
    assert e.message == "plain words"


def test_dict_repr_messages_up_to_20000_characters_are_unwrapped() -> None:
    inner = "z" * (20_000 - len("{'error': ''}"))
    exact = "{'error': '" + inner + "'}"
    assert len(exact) == 20_000
    assert error_from_response(400, H, envelope(exact)).message == exact
    shorter = "{'error': '" + inner[1:] + "'}"
    assert error_from_response(400, H, envelope(shorter)).message == inner[1:]


def test_json_literals_followed_by_more_text_look_like_json() -> None:
    for text in (b"null\n", b"true ", b"false\n", b"null,", b"false]"):
        assert CL.looks_like_json(text), text


def test_fastapi_validation_detail_list() -> None:
    body = json.dumps(
        {"detail": [{"loc": ["body", "max_budget"], "msg": "Input should be a valid number", "type": "float_parsing"}]}
    )
    err = error_from_response(422, H, body.encode())
    assert isinstance(err, UnprocessableEntityError)
    assert err.param == "max_budget"
    assert "max_budget: Input should be a valid number" in err.message


def test_detail_dict_with_error() -> None:
    err = error_from_response(400, H, b'{"detail": {"error": "Invalid team id"}}')
    assert err.message == "Invalid team id"
    assert err.code == "bad_request"


def test_problem_document() -> None:
    body = {"type": "about:blank", "title": "Not Found", "status": 404, "detail": "No such key"}
    err = error_from_response(
        404, httpx.Headers({"content-type": "application/problem+json"}), json.dumps(body).encode()
    )
    assert isinstance(err, NotFoundError)
    assert err.message == "Not Found: No such key"


def test_html_body_becomes_short_text() -> None:
    html = b"<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1>" + b"x" * 5000
    err = error_from_response(502, H, html)
    assert isinstance(err, ServerError)
    assert err.message.startswith("HTTP 502: 502 Bad Gateway")
    assert len(err.message) < 400


def test_empty_body() -> None:
    err = error_from_response(500, H, b"")
    assert err.message == "HTTP 500 with an empty body"
    assert err.body is None


def test_retry_after_sources() -> None:
    assert retry_after_seconds(httpx.Headers({"retry-after-ms": "1500", "retry-after": "9"})) == 1.5
    assert retry_after_seconds(httpx.Headers({"retry-after": "Wed, 21 Oct 2015 07:28:00 GMT"})) == 0.0
    assert retry_after_seconds(H, "No deployments available. Try again in 12 seconds") == 12.0
    assert retry_after_seconds(H, "") is None
