"""One timeline row per application: each message, interview and draft as a mark, its state
at the end, and the next draft planned.

A mark's text is a subject, a label or a kind of draft: never a message body.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from followupd.core.report.facts import (
    AppFacts,
    LedgerEntry,
    Parties,
    classification,
    dated,
    state_words,
)
from followupd.model import KIND_INFO, ActionKind, Label


class MarkKind(enum.StrEnum):
    """What a mark on the timeline stands for (each kind has its own colour)."""

    YOU = "you wrote"
    PERSON = "they wrote"
    AUTOMATED = "automated"
    REJECTION = "rejection"
    OFFER = "offer"
    INTERVIEW = "interview"
    DRAFT = "draft made"
    PLANNED = "draft planned"
    MISSED = "draft missed"


@dataclass(frozen=True, slots=True)
class Mark:
    """One moment on an application's row."""

    at: datetime
    kind: MarkKind
    text: str


@dataclass(frozen=True, slots=True)
class TimelineRow:
    """An application's row: its marks oldest first, its state now and its next draft."""

    application_id: str
    employer: str
    role: str
    state: str
    marks: tuple[Mark, ...]
    next_draft: Mark | None

    @property
    def first(self) -> datetime | None:
        """The earliest mark's moment."""
        return self.marks[0].at if self.marks else None


def draft_words(kind: ActionKind) -> str:
    """A draft kind as a person says it ("thank-you note")."""
    info = KIND_INFO.get(kind)
    return info.label if info is not None else str(kind)


def _message_marks(facts: AppFacts, parties: Parties) -> list[Mark]:
    view = facts.view
    marks: list[Mark] = []
    for at, msg in dated(view):
        c = classification(view, msg)
        subject = msg.subject or "(no subject)"
        if parties.outbound(msg):
            marks.append(Mark(at, MarkKind.YOU, subject))
            continue
        label = c.label if c is not None else Label.OTHER
        if label is Label.REJECTION:
            kind = MarkKind.REJECTION
        elif label is Label.OFFER:
            kind = MarkKind.OFFER
        elif c is not None and parties.answer(msg, c) and parties.from_person(c):
            kind = MarkKind.PERSON
        else:
            kind = MarkKind.AUTOMATED
        text = subject if label is Label.OTHER else f"{label.replace('_', ' ')}: {subject}"
        marks.append(Mark(at, kind, text))
    return marks


def _interview_marks(facts: AppFacts) -> list[Mark]:
    marks = []
    for interview in facts.view.state.interviews:
        if interview.cancelled:
            continue
        people = [p for p in interview.interviewers if p.role != "organizer"]
        names = ", ".join(p.name or p.email for p in people)
        text = f"interview with {names}" if names else "interview"
        marks.append(Mark(interview.start, MarkKind.INTERVIEW, text))
    return marks


def _ledger_marks(entries: Sequence[LedgerEntry]) -> list[Mark]:
    marks = []
    for entry in entries:
        words = draft_words(entry.kind)
        if entry.drafted:
            marks.append(Mark(entry.drafted_at or entry.due, MarkKind.DRAFT, words))
        elif entry.status == "missed":
            marks.append(Mark(entry.due, MarkKind.MISSED, f"{words} (missed)"))
    return marks


def row_of(facts: AppFacts, ledger: Sequence[LedgerEntry], parties: Parties) -> TimelineRow:
    """The timeline row of one application; `ledger` holds its rows (others are ignored)."""
    view = facts.view
    own = [e for e in ledger if e.application_id == view.app.id]
    planned = sorted(view.plan.actions, key=lambda a: (a.due, a.key))
    upcoming = [Mark(a.due, MarkKind.PLANNED, draft_words(a.kind)) for a in planned]
    marks = _message_marks(facts, parties) + _interview_marks(facts) + _ledger_marks(own)
    marks += upcoming
    marks.sort(key=lambda m: (m.at, list(MarkKind).index(m.kind), m.text))
    return TimelineRow(
        application_id=view.app.id,
        employer=facts.employer,
        role=facts.role,
        state=state_words(view),
        marks=tuple(marks),
        next_draft=upcoming[0] if upcoming else None,
    )


def timeline(
    facts: Sequence[AppFacts], ledger: Sequence[LedgerEntry], parties: Parties
) -> tuple[TimelineRow, ...]:
    """Every application's row, the earliest first."""
    by_app: dict[str, list[LedgerEntry]] = {}
    for entry in ledger:
        by_app.setdefault(entry.application_id, []).append(entry)
    rows = [row_of(f, by_app.get(f.application_id, []), parties) for f in facts]
    dated_rows = sorted((r for r in rows if r.first), key=lambda r: (r.first, r.application_id))
    return (*dated_rows, *(r for r in rows if r.first is None))
