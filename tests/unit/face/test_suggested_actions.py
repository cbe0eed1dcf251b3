"""Each error class says what to do about it: its own ``suggested_action``, never its parent's generic one, and
every reason code LiteLLM sends has a sentence of its own."""

from __future__ import annotations

import pytest

from litellm_sdk import errors

CLASSES = sorted(
    (
        getattr(errors, name)
        for name in errors.__all__
        if isinstance(getattr(errors, name), type) and issubclass(getattr(errors, name), errors.LiteLLMError)
    ),
    key=lambda cls: cls.__name__,
)  # BudgetScope, the one class of the module that is no error, holds the scope names
#: The two classes that are only ever bases (a status error is always made as one of its subclasses or, for a status
#: the SDK has no class for, with the generic sentence).
GENERIC = {"LiteLLMError", "APIStatusError"}


@pytest.mark.parametrize("cls", [c for c in CLASSES if c.__name__ not in GENERIC], ids=lambda c: c.__name__)
def test_each_error_class_keeps_its_own_suggested_action(cls: type[errors.LiteLLMError]) -> None:
    action = cls("something failed").suggested_action
    parent = next(base for base in cls.__mro__[1:] if issubclass(base, errors.LiteLLMError))
    assert action != parent("something failed").suggested_action
    assert action != errors.LiteLLMError("x").suggested_action
    assert action.endswith(".") and action[0].isupper()


def test_no_two_error_classes_share_a_suggested_action() -> None:
    actions = [c("x").suggested_action for c in CLASSES if c.__name__ not in GENERIC]
    assert len(actions) == len(set(actions))


def test_a_callers_own_suggested_action_wins_over_the_class_default() -> None:
    assert errors.RateLimitError("x", suggested_action="Wait a minute.").suggested_action == "Wait a minute."
