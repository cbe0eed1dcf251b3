"""The running spend ledger's arithmetic (``_engine.ledger``): how an authoritative read reconciles the costs seen
since the previous one (a read that lags the proxy's batch write never makes the figure fall; the growth of the
spend confirms costs seen; so does time; a reset drops them), the figure made from a read or the client's seed,
and what one answer costs (the cost header; a stream's usage cost; its usage at the model's prices)."""

from __future__ import annotations

import pytest

from litellm_sdk import BudgetScope, LiveBudget, ModelInfo, ScopeBudget, Usage
from litellm_sdk._constants import SPEND_CHECKPOINTS, SPEND_SETTLE
from litellm_sdk._engine.ledger import Seed, compute, cost_of, settle


def figure(base: dict[str, object] | None, seen: float, *, seed: Seed | None = None) -> LiveBudget:
    return compute(base, seen=seen, unpriced=0.0, seed=seed, in_flight=0, shared=False)


def spent(base: dict[str, object] | None, seen: float) -> float | None:
    return figure(base, seen).spent


# --- reconciliation -----------------------------------------------------------------------------------------------


def test_a_first_read_confirms_the_costs_seen_as_far_as_the_spend_covers_them() -> None:
    # a new key: 0.3 seen, the proxy has written 0.1 of it so far
    base = settle(None, spent=0.1, max_budget=5.0, at=100.0, seen=0.3)
    assert base is not None and base["mark"] == pytest.approx(0.1)
    assert spent(base, 0.3) == pytest.approx(0.3)  # 0.1 written + 0.2 still unconfirmed


def test_a_read_that_lags_the_batch_write_never_makes_the_figure_fall() -> None:
    base = settle(None, spent=1.0, max_budget=5.0, at=100.0, seen=0.0)
    assert spent(base, 0.5) == 1.5  # two answers seen since: 0.5
    lagging = settle(base, spent=1.0, max_budget=5.0, at=101.0, seen=0.5)  # the proxy has not written them yet
    assert spent(lagging, 0.5) == 1.5
    caught_up = settle(lagging, spent=1.5, max_budget=5.0, at=103.0, seen=0.5)
    assert spent(caught_up, 0.5) == 1.5 and figure(caught_up, 0.5).unconfirmed == 0.0


def test_a_partial_write_confirms_that_much_and_the_rest_stays_added() -> None:
    base = settle(None, spent=1.0, max_budget=None, at=100.0, seen=0.0)
    partial = settle(base, spent=1.25, max_budget=None, at=102.0, seen=0.75)
    assert figure(partial, 0.75).confirmed == 1.25
    assert figure(partial, 0.75).unconfirmed == pytest.approx(0.5)
    assert spent(partial, 1.0) == pytest.approx(2.0)  # and a cost seen after the read is added on top


def test_spend_from_elsewhere_confirms_the_pending_costs_and_the_read_is_taken_whole() -> None:
    # the proxy's spend grew by more than this process saw: someone else spent too; the read is the figure
    base = settle(None, spent=1.0, max_budget=None, at=100.0, seen=0.0)
    grown = settle(base, spent=3.0, max_budget=None, at=102.0, seen=0.5)
    assert spent(grown, 0.5) == 3.0


def test_costs_seen_long_enough_before_a_read_are_taken_as_written_in_it() -> None:
    base = settle(None, spent=2.0, max_budget=None, at=100.0, seen=0.4)  # 0.4 seen before the first read: unknown
    assert spent(base, 0.4) == pytest.approx(2.0)  # a first read confirms what the spend covers (all of it here)
    # 0.6 more seen, the spend then read unchanged: too soon to tell
    soon = settle(base, spent=2.0, max_budget=None, at=110.0, seen=1.0)
    assert spent(soon, 1.0) == pytest.approx(2.6)
    # a read SPEND_SETTLE after the one that saw 1.0: the proxy has written all of it, whatever the growth says
    later = settle(soon, spent=2.6, max_budget=None, at=110.0 + SPEND_SETTLE, seen=1.0)
    assert spent(later, 1.0) == pytest.approx(2.6)
    stale = settle(soon, spent=2.0, max_budget=None, at=110.0 + SPEND_SETTLE, seen=1.0)
    assert spent(stale, 1.0) == pytest.approx(2.0)  # (costs the proxy never charged do not stay forever)


@pytest.mark.parametrize(
    ("new_spent", "resets_at"),
    [(0.0, "2026-12-01T00:00:00+00:00"), (0.05, "2026-12-08T00:00:00+00:00")],
    ids=["spend-fell", "reset-time-moved"],
)
def test_a_reset_budget_drops_what_was_seen_before_the_read(new_spent: float, resets_at: str) -> None:
    base = settle(None, spent=4.0, max_budget=5.0, at=100.0, seen=0.0, resets_at="2026-12-01T00:00:00+00:00")
    reset = settle(base, spent=new_spent, max_budget=5.0, at=200.0, seen=0.7, resets_at=resets_at)
    assert spent(reset, 0.7) == new_spent
    assert spent(reset, 0.9) == pytest.approx(new_spent + 0.2)  # costs seen after the read count


def test_a_read_older_than_the_stored_one_is_not_taken() -> None:
    base = settle(None, spent=1.0, max_budget=None, at=200.0, seen=0.0)
    assert settle(base, spent=0.5, max_budget=None, at=150.0, seen=0.0) is None


def test_a_base_keeps_a_bounded_number_of_checkpoints() -> None:
    base = settle(None, spent=0.0, max_budget=None, at=0.0, seen=0.0)
    for i in range(1, 3 * SPEND_CHECKPOINTS):
        base = settle(base, spent=0.0, max_budget=None, at=float(i), seen=float(i))
    assert base is not None and len(base["checks"]) == SPEND_CHECKPOINTS  # type: ignore[arg-type]


def test_the_unpriced_count_starts_again_at_each_read() -> None:
    base = settle(None, spent=0.0, max_budget=None, at=0.0, seen=0.0, unpriced=3.0)
    assert compute(base, seen=0.0, unpriced=5.0, seed=None, in_flight=2, shared=True).unpriced == 2


# --- the figure ---------------------------------------------------------------------------------------------------


def test_without_a_read_the_figure_starts_from_the_clients_key_info() -> None:
    seeded = figure(None, 0.25, seed=Seed(spent=1.0, max=2.0))
    assert (seeded.spent, seeded.confirmed, seeded.unconfirmed, seeded.read_at) == (1.25, 1.0, 0.25, None)
    assert seeded.remaining == 0.75 and not seeded.exhausted and seeded.estimate
    bare = figure(None, 0.25)
    assert bare.spent is None and bare.remaining is None and bare.unconfirmed == 0.25
    assert "unknown" in bare.bound


def test_a_lost_counter_never_gives_a_negative_unconfirmed_part() -> None:
    base = settle(None, spent=1.0, max_budget=2.0, at=0.0, seen=0.5)
    assert figure(base, 0.0).unconfirmed == 0.0 and figure(base, 0.0).spent == 1.0


def test_the_bound_names_what_the_figure_cannot_see() -> None:
    budget = LiveBudget(spent=1.5, max_budget=1.5, confirmed=1.0, unconfirmed=0.5, in_flight=2, unpriced=1)
    assert budget.exhausted and budget.remaining == 0.0
    assert "at least 1 " in budget.bound and "2 call(s) in flight" in budget.bound
    assert "1 answer(s) without a known cost" in budget.bound and "other processes" in budget.bound
    assert "outside this SDK" in LiveBudget(spent=0.0, shared=True).bound
    assert LiveBudget.from_dict(budget.to_dict()) == budget


# --- what one answer costs ----------------------------------------------------------------------------------------

PRICED = ModelInfo(id="m", name="m", input_cost_per_token=0.001, output_cost_per_token=0.002)


def usage(prompt: int | None, completion: int | None, **raw: object) -> Usage:
    return Usage(prompt_tokens=prompt, completion_tokens=completion, raw=raw)


def test_a_whole_answers_cost_is_litellms_cost_header() -> None:
    assert cost_of(0.048, usage(8, 20), PRICED) == 0.048
    assert cost_of(-1.0, None, None) == 0.0


def test_a_streams_cost_is_its_usage_cost_else_its_usage_at_the_models_prices() -> None:
    # a stream's cost header comes with its head, before the answer: 0.0 there, never taken
    assert cost_of(0.0, usage(8, 20, cost=0.05), PRICED, streamed=True) == 0.05
    assert cost_of(0.0, usage(8, 20), PRICED, streamed=True) == pytest.approx(8 * 0.001 + 20 * 0.002)
    assert cost_of(None, usage(8, 20), PRICED) == pytest.approx(0.048)  # a whole answer without the header


@pytest.mark.parametrize(
    ("answer_usage", "model"),
    [
        (None, PRICED),
        (usage(8, 20), None),
        (usage(8, 20), ModelInfo(id="m", name="m", input_cost_per_token=0.001)),
        (usage(None, None), PRICED),
    ],
    ids=["no-usage", "model-unknown", "no-output-price", "no-token-counts"],
)
def test_a_cost_that_cannot_be_told_is_none(answer_usage: Usage | None, model: ModelInfo | None) -> None:
    assert cost_of(None, answer_usage, model, streamed=True) is None


# --- every budget the key's calls count against -------------------------------------------------------------------


def scopes() -> tuple[ScopeBudget, ...]:
    return (
        ScopeBudget(scope=BudgetScope.KEY, id="tok", max=10.0, spent=1.0),
        ScopeBudget(scope=BudgetScope.TEAM, id="team-a", max=2.0, spent=1.5),
        ScopeBudget(scope=BudgetScope.KEY_MODEL, id="plain-chat", max=0.4, spent=0.0),
        ScopeBudget(scope=BudgetScope.ORGANIZATION, id="org", known=False, max=None, spent=None),
    )


def test_the_costs_not_yet_confirmed_count_against_every_budget_of_the_key() -> None:
    live = figure(None, 0.25, seed=Seed(spent=1.0, max=10.0, budgets=scopes()))
    spends = {b.scope: b.spent for b in live.budgets}
    assert spends == {"key": 1.25, "team": 1.75, "key_model": 0.25, "organization": None}  # unreadable: untouched
    assert live.effective is not None and live.effective.scope == "team"  # 0.25 left, where the key has 8.75
    assert live.effective_remaining == 0.25 and live.remaining == 8.75
    chosen = live.effective_for("plain-chat")  # the per-model budget counts for calls to its model
    assert chosen is not None and (chosen.scope, chosen.remaining) == ("key_model", pytest.approx(0.15))
    assert LiveBudget.from_dict(live.to_dict()).budgets == live.budgets


def test_a_read_keeps_the_budgets_it_found_and_the_figure_adds_to_them() -> None:
    base = settle(None, spent=1.0, max_budget=10.0, at=0.0, seen=0.0, scopes=[b.to_dict() for b in scopes()])
    live = figure(base, 0.75, seed=Seed(spent=0.0, max=None))  # a read wins over the client's info
    assert live.effective is not None and (live.effective.scope, live.effective.remaining) == ("team", 0.0)
    assert live.effective.exhausted and live.effective_remaining == 0.0  # the team is over its cap: refused


def test_without_budgets_the_effective_remaining_is_the_keys() -> None:
    assert figure(None, 0.5, seed=Seed(spent=1.0, max=2.0)).effective_remaining == 0.5
    assert figure(None, 0.5, seed=Seed(spent=1.0, max=None)).effective_remaining is None
