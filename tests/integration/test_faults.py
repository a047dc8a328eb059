"""Network faults between followupd and a real Dovecot, injected by our own TCP proxy.

Each fault strikes at a chosen stage of the conversation (login, body FETCH, IDLE, APPEND)
of a running Watcher. The watcher must notice within its read timeout, retry with growing
back-off while the fault holds, and once it clears, end exactly where a clean run ends:
the same stored messages, thread states, ledger and Drafts, no duplicate, no flag changed.
The four stages of one fault run side by side (a user, a proxy and a watcher each), so a
blackhole costs its timeouts once, not four times.
"""

from __future__ import annotations

import logging
import random
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import pytest
from _faultkit import (
    STAGES,
    TIMEOUT,
    StageHooks,
    account_config,
    check_mailbox_untouched,
    check_outcome,
    deliver_late,
    outcome,
    records,
    reference,
    retry_delays,
    seed,
    wait_for_records,
    watching,
)

from faultproxy import BLACKHOLE, CLOSE, Fault, FaultProxy, cut_after, mixed_fault, throttle
from followupd.testing import DovecotServer

# Bytes let through from the server before the cut: inside the LOGIN reply (its capability
# list), inside the first body literal (every sample message is larger), inside the IDLE
# push of the late message, and after APPEND's "+" continuation but inside its tagged reply.
CUT_AT = {"login": 100, "fetch": 300, "idle": 20, "append": 40}
# A link that fails while LOGIN waits for its answer is currently logged as refused
# credentials (imapclient wraps the EOF in LoginError), so both events count as detection.
FAULT_EVENTS = ("watch.connection_lost",)  # a link cut during LOGIN is no refused password
SLOW = throttle(64)  # a TLS record of more than 128 bytes cannot arrive within TIMEOUT


@dataclass(frozen=True)
class Case:
    """One fault, at one stage; `hold`: failed reconnects to wait for before clearing it."""

    tag: str
    stage: str
    fault: Fault
    hold: int
    expect_recovered: bool | None = None  # a draft found in Drafts instead of appended again

    @property
    def thread(self) -> str:
        return f"watch-{self.tag}"

    def detection_bound(self) -> float:
        """Seconds from the fault to the logged detection.

        A silent link costs the read timeout, then the polite LOGOUT on it costs another;
        in IDLE the wait first runs to the end of its one-second slice.
        """
        silent = self.fault.kind in ("blackhole", "throttle")
        return (2 * TIMEOUT if silent else 0.0) + (1.0 if self.stage == "idle" else 0.0) + 1.5


def _cases(mode: str) -> list[Case]:
    faults: dict[str, Callable[[str], tuple[Fault, int]]] = {
        "close": lambda _stage: (CLOSE, 2),
        # A silent link costs timeouts, so reconnecting into it is tried at login only.
        "blackhole": lambda stage: (BLACKHOLE, int(stage == "login")),
        "throttle": lambda stage: (SLOW, int(stage == "login")),
        "cut": lambda stage: (cut_after(CUT_AT[stage], "down"), 2),
    }
    return [Case(f"{mode}-{stage}", stage, *faults[mode](stage)) for stage in STAGES]


def run_case(
    case: Case,
    server: DovecotServer,
    hooks: StageHooks,
    caplog: pytest.LogCaptureFixture,
    base: Path,
) -> None:
    """Seed a user, fault its watcher at the stage, clear, and compare with a clean run."""
    user = server.add_user()
    seed(server, user, late=case.stage != "idle")
    with FaultProxy(server.host, server.imaps_port) as proxy:
        config = account_config(base / case.tag, server, user, port=proxy.port)
        fired = hooks.arm(case.thread, case.stage, lambda: proxy.set(case.fault))
        with watching(config, case.tag) as running:
            assert fired.wait(30), f"{case.tag}: the watcher never reached {case.stage}"
            if case.stage == "idle":
                deliver_late(server, user)  # news that the faulty link must not lose
            lost = wait_for_records(caplog, FAULT_EVENTS, case.thread, 1 + case.hold)
            assert len(lost) >= 1 + case.hold, f"{case.tag}: fault not detected: {lost}"
            took = lost[0].created - hooks.fired[case.thread]
            assert took <= case.detection_bound(), f"{case.tag}: detected after {took:.1f}s"
            delays = retry_delays([r for r in lost if r.getMessage().startswith(FAULT_EVENTS[0])])
            assert delays == sorted(delays), f"{case.tag}: back-off did not grow: {delays}"
            proxy.pass_through()
            assert running.settled_after(time.monotonic()), f"{case.tag}: no pass after the fault"
            running.stop()
        if case.stage != "login":  # a login that never completed is no connection to count
            assert running.watcher.reconnects >= 1, case.tag
        assert proxy.accepted >= 2 + case.hold, case.tag  # the failed attempts came through
    if case.expect_recovered is not None:
        recovered = records(caplog, "draft.recovered", case.thread)
        assert bool(recovered) is case.expect_recovered, f"{case.tag}: recovered={recovered}"
    check_outcome(outcome(config, server, user), reference(server, late=case.stage == "idle"))
    check_mailbox_untouched(server, user)


def run_side_by_side(
    cases: list[Case],
    server: DovecotServer,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
    base: Path,
) -> None:
    """Run every case in its own thread; report every failing case, not just the first."""
    caplog.set_level(logging.INFO)
    reference(server)  # computed once, before the cases race for them
    reference(server, late=True)
    hooks = StageHooks(monkeypatch)
    with ThreadPoolExecutor(len(cases)) as pool:
        futures = {c.tag: pool.submit(run_case, c, server, hooks, caplog, base) for c in cases}
    failures = {}
    for tag, future in futures.items():
        error = future.exception()
        if error is not None:
            failures[tag] = f"{type(error).__name__}: {error}"
    assert not failures, "\n".join(f"{tag}: {error}" for tag, error in failures.items())


@pytest.mark.dovecot
@pytest.mark.parametrize("mode", ["close", "blackhole", "throttle", "cut"])
def test_a_fault_at_each_stage_ends_like_a_clean_run(
    mode: str,
    dovecot: DovecotServer,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
    tmp_path: Path,
) -> None:
    run_side_by_side(_cases(mode), dovecot, monkeypatch, caplog, tmp_path)


@pytest.mark.dovecot
def test_an_append_cut_either_way_leaves_exactly_one_draft(
    dovecot: DovecotServer,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
    tmp_path: Path,
) -> None:
    cases = [
        # The server stored the draft, but its reply never came: found by Message-ID later.
        Case("reply-lost", "append", cut_after(CUT_AT["append"], "down"), 0, True),
        # The message itself was cut mid-literal: nothing stored, so it is appended again.
        Case("mid-literal", "append", cut_after(600, "up"), 0, False),
    ]
    run_side_by_side(cases, dovecot, monkeypatch, caplog, tmp_path)


def run_mix(seed_value: int, server: DovecotServer, base: Path) -> list[Fault]:
    """A watcher behind a proxy whose connections draw their faults from `seed_value`.

    Returns the faults the connections drew while the mix was on, in order.
    """
    user = server.add_user()
    seed(server, user)
    with FaultProxy(server.host, server.imaps_port) as proxy:
        proxy.random_mix(seed_value)
        config = account_config(base / f"mix{seed_value}", server, user, port=proxy.port)
        with watching(config, f"mix{seed_value}") as running:
            proxy.wait_for(lambda p: p.accepted >= 4, timeout=5)
            proxy.pass_through()
            assert running.settled_after(time.monotonic()), f"seed {seed_value}: no pass after"
            running.stop()
        drawn = [c.fault for c in proxy.connections if c.drawn]
    check_outcome(outcome(config, server, user), reference(server))
    check_mailbox_untouched(server, user)
    return drawn


@pytest.mark.dovecot
def test_seeded_random_mixes_of_faults_end_like_a_clean_run(
    dovecot: DovecotServer, caplog: pytest.LogCaptureFixture, tmp_path: Path
) -> None:
    caplog.set_level(logging.INFO)
    reference(dovecot)
    seeds = (3, 5, 8)
    with ThreadPoolExecutor(len(seeds)) as pool:
        drawn = dict(
            zip(seeds, pool.map(lambda s: run_mix(s, dovecot, tmp_path), seeds), strict=True)
        )
    for seed_value, faults in drawn.items():
        rng = random.Random(seed_value)  # noqa: S311 (the proxy's draw, repeated)
        assert faults == [mixed_fault(rng) for _ in faults], f"seed {seed_value} not repeatable"
        assert any(f.kind != "pass" for f in faults), f"seed {seed_value} drew no fault"
