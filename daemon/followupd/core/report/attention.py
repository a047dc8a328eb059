"""What waits on the user now, and what followupd is unsure about with the command that settles it.

A draft waits in Drafts from when it was made until the user sends it (a message in Sent
with its Message-ID) or writes anything else in the application after it: either way they
dealt with it. A question waits while the lifecycle keeps an `open_request`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from followupd.core.report.facts import AppFacts, LedgerEntry, Parties, dated
from followupd.model import CLOSED_STATES, ActionKind, State

# How much of an application id the commands name: as much as `status` shows.
SHORT_ID = 10


@dataclass(frozen=True, slots=True)
class WaitingDraft:
    """A draft of ours that sits in Drafts, not sent yet."""

    application_id: str
    employer: str
    kind: ActionKind
    drafted_at: datetime
    to: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class OpenQuestion:
    """Something a person on the employer's side asked and the user has not answered."""

    application_id: str
    employer: str
    asks: tuple[str, ...]
    at: datetime


@dataclass(frozen=True, slots=True)
class Unsure:
    """An application followupd could not read with confidence, why, and what settles it."""

    application_id: str
    employer: str
    role: str
    why: str
    commands: tuple[str, ...]


def _dealt_with(entry: LedgerEntry, facts: AppFacts, parties: Parties) -> bool:
    """Whether the user sent the draft, or wrote in the application after it was made."""
    made = entry.drafted_at or entry.due
    for at, msg in dated(facts.view):
        if entry.draft_message_id and msg.message_id == entry.draft_message_id:
            return True
        if parties.outbound(msg) and at > made:
            return True
    return False


def waiting_drafts(
    facts: Sequence[AppFacts], ledger: Sequence[LedgerEntry], parties: Parties
) -> tuple[WaitingDraft, ...]:
    """Drafts made and not yet dealt with, the oldest first."""
    by_id = {f.application_id: f for f in facts}
    found = [
        WaitingDraft(e.application_id, f.employer, e.kind, e.drafted_at or e.due, e.to)
        for e in ledger
        if e.status in {"appending", "done"}
        and (f := by_id.get(e.application_id)) is not None
        and not _dealt_with(e, f, parties)
    ]
    return tuple(sorted(found, key=lambda w: (w.drafted_at, w.application_id, w.kind)))


def open_questions(facts: Sequence[AppFacts]) -> tuple[OpenQuestion, ...]:
    """Questions asked and not answered, in open applications, the oldest first."""
    found = [
        OpenQuestion(f.application_id, f.employer, request.asks, request.at)
        for f in facts
        if (request := f.view.state.open_request) is not None and f.state not in CLOSED_STATES
    ]
    return tuple(sorted(found, key=lambda q: (q.at, q.application_id)))


def _why(facts: AppFacts) -> str:
    """The lifecycle's own note on what it could not decide (followupd's words, not the mail's)."""
    state = facts.view.state
    notes = [n for n in state.evidence if not n.startswith("state: ")]
    found = next(
        (n for n in reversed(notes) if "review" in n or "needs a look" in n),
        notes[-1] if notes else "no message decided where it stands",
    )
    if state.review and state.review not in found:
        found += f" (read as {state.review})"
    return found


def commands_for(facts: AppFacts, others: Sequence[AppFacts]) -> tuple[str, ...]:
    """The commands that look into an application and settle it.

    `merge` is offered with each other application of the same employer: the usual reason a
    thread reads oddly is that it belongs with another.
    """
    short = facts.application_id[:SHORT_ID]
    found = [f"followupd explain {short}", f"followupd ignore {short}"]
    name = facts.employer.casefold()
    found += [
        f"followupd merge {short} {other.application_id[:SHORT_ID]}"
        for other in others
        if other.application_id != facts.application_id and other.employer.casefold() == name
    ]
    return tuple(found)


def unsure(facts: Sequence[AppFacts]) -> tuple[Unsure, ...]:
    """Applications in needs_review, with why and the commands that settle them."""
    return tuple(
        Unsure(f.application_id, f.employer, f.role, _why(f), commands_for(f, facts))
        for f in sorted(facts, key=lambda f: (f.employer.casefold(), f.application_id))
        if f.state is State.NEEDS_REVIEW
    )
