"""Capped exponential backoff with an injected random source."""

from __future__ import annotations

import random

import pytest
from hypothesis import given
from hypothesis import strategies as st

from followupd.core.backoff import Backoff, BackoffPolicy


class FixedDraw:
    """A random source that always returns the same draw."""

    def __init__(self, draw: float) -> None:
        self.draw = draw

    def random(self) -> float:
        return self.draw


def test_ceiling_doubles_then_caps() -> None:
    policy = BackoffPolicy(base=1, factor=2, cap=30)
    assert [policy.ceiling_for(n) for n in range(7)] == [1, 2, 4, 8, 16, 30, 30]


def test_huge_attempt_counts_stay_at_the_cap() -> None:
    assert BackoffPolicy(base=0.5, cap=60).ceiling_for(10_000) == 60


def test_full_jitter_scales_by_the_draw() -> None:
    policy = BackoffPolicy(base=2, factor=2, cap=100, jitter=0.0)
    assert policy.delay(3, 0.0) == 0.0
    assert policy.delay(3, 0.5) == 8.0


def test_jitter_floor_keeps_a_minimum_pause() -> None:
    policy = BackoffPolicy(base=10, cap=10, jitter=0.5)
    assert policy.delay(0, 0.0) == 5.0
    assert policy.delay(0, 0.999) == pytest.approx(9.995)


def test_next_delay_grows_until_reset() -> None:
    backoff = Backoff(FixedDraw(0.999999), base=1, factor=2, cap=8, jitter=0.0)
    delays = [round(backoff.next_delay()) for _ in range(6)]
    assert delays == [1, 2, 4, 8, 8, 8]
    assert backoff.attempts == 6
    backoff.reset()
    assert backoff.attempts == 0
    assert round(backoff.next_delay()) == 1


def test_ceiling_is_the_cap() -> None:
    assert Backoff(FixedDraw(0.0), cap=120).ceiling == 120


def test_same_seed_same_delays() -> None:
    first = Backoff(random.Random(7))  # noqa: S311 - jitter, not cryptography
    second = Backoff(random.Random(7))  # noqa: S311 - jitter, not cryptography
    assert [first.next_delay() for _ in range(10)] == [second.next_delay() for _ in range(10)]


@pytest.mark.parametrize(
    "kwargs",
    [{"base": 0}, {"base": 5, "cap": 1}, {"factor": 0.5}, {"jitter": 1.5}, {"jitter": -0.1}],
)
def test_invalid_settings_are_refused(kwargs: dict[str, float]) -> None:
    with pytest.raises(ValueError):
        BackoffPolicy(**kwargs)


def test_negative_attempt_is_refused() -> None:
    with pytest.raises(ValueError):
        BackoffPolicy().ceiling_for(-1)


@given(
    attempt=st.integers(min_value=0, max_value=200),
    draw=st.floats(min_value=0.0, max_value=1.0, exclude_max=True),
    jitter=st.floats(min_value=0.0, max_value=1.0),
)
def test_delay_is_within_floor_and_cap(attempt: int, draw: float, jitter: float) -> None:
    policy = BackoffPolicy(base=1, factor=2, cap=120, jitter=jitter)
    delay = policy.delay(attempt, draw)
    ceiling = policy.ceiling_for(attempt)
    assert jitter * ceiling - 1e-9 <= delay <= ceiling <= 120


@given(attempt=st.integers(min_value=0, max_value=100))
def test_ceiling_never_decreases(attempt: int) -> None:
    policy = BackoffPolicy(base=0.25, factor=3, cap=900)
    assert policy.ceiling_for(attempt) <= policy.ceiling_for(attempt + 1)
