"""The warm-path memo of key_info_from_record: the same model objects give the same features, other models
never get a stale answer, and a full memo starts over instead of growing."""

from __future__ import annotations

import pytest

from litellm_sdk._manage import records as _records
from litellm_sdk._memo import IdentityMemo
from litellm_sdk.types import ModelInfo

RECORD = {"key": "sk-abcdefgh1234", "token": "t" * 64, "models": ["a", "b"]}


def _model(model_id: str, *, vision: bool = False, served: bool = True) -> ModelInfo:
    return ModelInfo(
        id=model_id, name=model_id, mode="chat", providers=("openai",) if served else (), supports_vision=vision
    )


def test_other_models_with_the_same_count_get_their_own_features() -> None:
    plain = (_model("a"), _model("b"))
    seeing = (_model("a"), _model("b", vision=True))
    first = _records.key_info_from_record("sk-abcdefgh1234", RECORD, plain)
    second = _records.key_info_from_record("sk-abcdefgh1234", RECORD, seeing)
    again = _records.key_info_from_record("sk-abcdefgh1234", RECORD, plain)
    assert not first.features.vision
    assert second.features.vision
    assert again.features == first.features and not again.features.vision
    assert again.models == plain


def test_unservable_models_stay_out_on_the_memoised_path() -> None:
    models = (_model("a"), _model("b", vision=True, served=False))
    for _ in range(2):
        info = _records.key_info_from_record("sk-abcdefgh1234", RECORD, models)
        assert info.model_ids == ("a",)
        assert not info.features.vision
        assert info.unavailable_models == ("b",)


def test_a_full_memo_is_cleared_not_grown(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_records, "_FEATURES_MEMO", IdentityMemo(3))
    kept = [(_model(f"m{i}"),) for i in range(7)]
    for models in kept:
        _records.key_info_from_record("sk-abcdefgh1234", RECORD, models)
        assert len(_records._FEATURES_MEMO) <= 3
    assert _records.key_info_from_record("sk-abcdefgh1234", RECORD, kept[0]).model_ids == ("m0",)


def test_the_same_models_for_another_model_list_get_their_own_unavailable_names() -> None:
    models = (_model("a"), _model("b"))
    first = _records.key_info_from_record("sk-abcdefgh1234", {**RECORD, "models": ["a", "b"]}, models)
    other = _records.key_info_from_record("sk-abcdefgh1234", {**RECORD, "models": ["a", "b", "gone"]}, models)
    again = _records.key_info_from_record("sk-abcdefgh1234", {**RECORD, "models": ["a", "b"]}, models)
    assert first.unavailable_models == () and again.unavailable_models == ()
    assert other.unavailable_models == ("gone",)
    assert other.allowed_models == ("a", "b", "gone")
