"""The two replays (from the first mail; installed mid-search) and their reports."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from followupd.testing import DovecotServer
from replay import truth
from replay.plot import Expected, Inbound, Plot
from replay.runner import Replay, local, step_times
from replay.score import Score, employer_of, score
from replay.story import INSTALL, build


@dataclass(frozen=True, slots=True)
class Outcome:
    """One replay's figures and what lies behind them."""

    name: str
    score: Score
    expected: tuple[Expected, ...]
    dropped: dict[str, str]  # expected id -> why it is not expected in this replay
    seconds: float
    steps: int
    child_steps: int
    messages: int
    details: str


def from_first_mail(
    server: DovecotServer, base: Path, *, story: Callable[[], Plot] = build
) -> Outcome:
    """Replay 1: mail delivered as the clock reaches it, followupd running from day one.

    `story` builds the plot (the 44-employer story unless another one is named)."""
    plot = story()
    wants = truth.from_start(plot)
    replay = Replay.start(server, server.add_user(), base, plot, wants)
    moments = step_times(plot, wants)
    replay.run(moments, child_steps=(0, len(moments) // 2, -1))
    return _outcome("from the first mail", replay, wants, {})


def installed_mid_search(
    server: DovecotServer,
    base: Path,
    *,
    story: Callable[[], Plot] = build,
    install: datetime = INSTALL,
) -> Outcome:
    """Replay 2: ten weeks of mail at once, the first pass at the install moment, then on.

    `story` and `install`: another plot and its own install moment (default: the
    44-employer story, installed on Monday 16 March)."""
    plot = story()
    wants, dropped = truth.installed(plot, install)
    replay = Replay.start(server, server.add_user(), base, plot, wants)
    moments = step_times(plot, wants, start=install)
    replay.run(moments, child_steps=(0, -1))
    return _outcome("installed mid-search", replay, wants, dropped)


def _outcome(name: str, replay: Replay, wants: list[Expected], dropped: dict[str, str]) -> Outcome:
    result = score(replay.wants(wants), replay.made(), replay.context())
    return Outcome(
        name, result, tuple(wants), dropped, replay.seconds, replay.steps, replay.child_steps,
        len(replay.mails), explain(replay, wants, result),
    )  # fmt: skip


def explain(replay: Replay, wants: list[Expected], result: Score) -> str:
    """Every missed expected draft and every draft that matched nothing, one line each."""
    by_msgid = {d.made.message_id: d for d in replay.drafts}
    context = replay.context()
    lines = [f"missed ({len(result.missed)}):"]
    by_id = {w.id: w for w in wants}
    for want_id in result.missed:
        want = by_id[want_id]
        got = result.matches.get(want_id)
        note = f" (made {local(by_msgid[got].made.first_seen)})" if got else ""
        lines.append(
            f"  {want.id:<42} {want.kind:<18} to {want.to.email:<36} "
            f"{local(want.window.earliest)} .. {local(want.window.latest)}{note}"
        )
    lines.append(f"not matching any expected draft ({len(result.unmatched)}):")
    for msgid in result.unmatched:
        made = by_msgid[msgid].made
        employer = employer_of(made, context) or "?"
        lines.append(
            f"  {employer:<14} {made.kind:<18} to {','.join(made.to) or '(nobody)':<36} "
            f"{local(made.first_seen)} answers {replay.label_of(made.in_reply_to)}"
        )
    for figure in ("early", "duplicates", "empty_to", "after_decline", "kind_mismatches"):
        for msgid in result.flagged[figure]:
            made = by_msgid[msgid].made
            lines.append(
                f"{figure}: {made.kind} to {','.join(made.to) or '(nobody)'} at "
                f"{local(made.first_seen)} answering {replay.label_of(made.in_reply_to)}"
            )
    return "\n".join(lines)


COLUMNS = (
    "replay", "expected", "made", "recall", "precision", "early", "late", "duplicates",
    "empty_to", "after_decline", "kind_mismatches", "steps", "seconds",
)  # fmt: skip


def table(outcomes: list[Outcome]) -> str:
    """The figures as a small fixed-width table."""
    rows = [COLUMNS]
    for o in outcomes:
        s = o.score
        rows.append((
            o.name, str(s.expected), str(s.made), f"{s.recall:.2f}", f"{s.precision:.2f}",
            str(s.early), str(s.late), str(s.duplicates), str(s.empty_to), str(s.after_decline),
            str(s.kind_mismatches), f"{o.steps} ({o.child_steps} child)", f"{o.seconds:.1f}",
        ))  # fmt: skip
    widths = [max(len(r[i]) for r in rows) for i in range(len(COLUMNS))]
    return "\n".join("  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)) for r in rows)


def census(plot: Plot) -> str:
    """How big the story is: employers, messages, expected drafts by kind."""
    events = plot.events()
    inbound = sum(isinstance(e, Inbound) for e in events)
    kinds = Counter(x.kind for x in truth.from_start(plot))
    by_kind = ", ".join(f"{k} {n}" for k, n in sorted(kinds.items()))
    return (
        f"{len(plot.employers)} employers, {len(events)} messages ({inbound} received, "
        f"{len(events) - inbound} sent by the user), {sum(kinds.values())} expected drafts: "
        f"{by_kind}"
    )


def truth_listing(expected: list[Expected], dropped: dict[str, str] | None = None) -> str:
    """The ground truth, one line per draft with its rule; dropped ones with their reason."""
    lines = []
    for x in expected:
        lines.append(
            f"{x.id:<42} {x.kind:<18} to {x.to.email:<36} "
            f"{local(x.window.earliest)} .. {local(x.window.latest)}  # {x.why}"
        )
    for want_id, why in (dropped or {}).items():
        lines.append(f"{want_id:<42} not expected: {why}")
    return "\n".join(lines)
