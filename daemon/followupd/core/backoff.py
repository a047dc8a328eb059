"""Capped exponential backoff with jitter for reconnects (pure: the random source is injected)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol


class RandomSource(Protocol):
    """Anything with random() -> float in [0, 1): random.Random, or a fake in tests."""

    def random(self) -> float: ...


@dataclass(frozen=True, slots=True)
class BackoffPolicy:
    """Delays base * factor**attempt, capped at `cap`, scaled by a draw into [jitter, 1].

    jitter=0 is "full jitter" (spreads reconnecting clients best); the default 0.5 keeps at
    least half the delay so that a dead server is never hammered in a tight loop.
    """

    base: float = 1.0
    factor: float = 2.0
    cap: float = 300.0
    jitter: float = 0.5

    def __post_init__(self) -> None:
        if self.base <= 0 or self.cap < self.base or self.factor < 1:
            raise ValueError("backoff needs 0 < base <= cap and factor >= 1")
        if not 0.0 <= self.jitter <= 1.0:
            raise ValueError("backoff jitter must be within [0, 1]")

    def ceiling_for(self, attempt: int) -> float:
        """The un-jittered delay before retry number `attempt` (0 = first retry)."""
        if attempt < 0:
            raise ValueError("attempt must be >= 0")
        delay = self.base
        for _ in range(attempt):  # a loop, not pow: no float overflow for huge attempt counts
            delay *= self.factor
            if delay >= self.cap:
                return self.cap
        return min(delay, self.cap)

    def delay(self, attempt: int, draw: float) -> float:
        """The pause before retry `attempt` for a random `draw` in [0, 1)."""
        draw = min(max(draw, 0.0), 1.0)
        return self.ceiling_for(attempt) * (self.jitter + (1.0 - self.jitter) * draw)


class Backoff:
    """Counts consecutive failures: next_delay() grows with each, reset() after a success."""

    def __init__(
        self,
        rng: RandomSource,
        *,
        base: float = 1.0,
        factor: float = 2.0,
        cap: float = 300.0,
        jitter: float = 0.5,
    ) -> None:
        self.policy = BackoffPolicy(base=base, factor=factor, cap=cap, jitter=jitter)
        self._rng = rng
        self._attempt = 0

    @property
    def attempts(self) -> int:
        """Failures since the last reset()."""
        return self._attempt

    @property
    def ceiling(self) -> float:
        """The longest pause this backoff ever asks for (its cap)."""
        return self.policy.cap

    def next_delay(self) -> float:
        """The pause before the next retry; each call counts one more failure."""
        delay = self.policy.delay(self._attempt, self._rng.random())
        self._attempt += 1
        return delay

    def reset(self) -> None:
        """Start again from the shortest delay (call after a success)."""
        self._attempt = 0
