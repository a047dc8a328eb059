"""The plot of a job search as data: who writes what when, and which drafts are right.

Messages and the user's acts are events on one timeline. The user's messages are written in
their own client (`Outbound`) or are a draft of ours that they send (`SendsDraft`: the draft
for an expected purpose when followupd made one, else the user's own words, sent at the same
moment, so the rest of the plot is the same whatever followupd did). Parents are named by
label; a label is unique in the whole story ("employer/name").

Next to the messages, each employer's arc records the drafts a careful assistant makes
(`Expected`, with the rule that asks for it) and the facts the "installed mid-search" rule
needs: interview starts and promised decision dates.
"""

from __future__ import annotations

import textwrap
from dataclasses import dataclass, field
from datetime import date, datetime

from storykit.mail import Person

from replay.clock import Window

KINDS = frozenset(
    {
        "invitation_reply",
        "confirmation_reply",
        "reply",
        "thank_you",
        "status_check",
        "followup",
        "rejection_reply",
    }
)


def txt(body: str) -> str:
    """A message body written indented in the source: dedented, first newline dropped."""
    return textwrap.dedent(body).lstrip("\n")


@dataclass(frozen=True, slots=True)
class Inbound:
    """A message to the user, delivered to INBOX when the clock reaches `at`."""

    label: str
    employer: str
    at: datetime
    sender: Person
    subject: str
    text: str
    parent: str | None = None
    reply_to: Person | None = None
    html: str | None = None  # an HTML alternative (or the only body with html_only)
    html_only: bool = False
    calendar: str | None = None
    headers: tuple[tuple[str, str], ...] = ()
    closes: str | None = None  # "decline" or "offer": the application is over
    bulk: bool = False  # job alerts and newsletters: no step is scheduled for them


@dataclass(frozen=True, slots=True)
class Outbound:
    """A message the user wrote in their own client, in Sent at `at`."""

    label: str
    employer: str
    at: datetime
    to: Person
    subject: str
    text: str
    parent: str | None = None
    closes: str | None = None  # "withdrawal"


@dataclass(frozen=True, slots=True)
class SendsDraft:
    """At `at` the user sends what answers expected draft `expect`: ours if it is in Drafts,
    else their own message with `text` (same recipient, same parent)."""

    label: str
    employer: str
    at: datetime
    expect: str
    text: str


Event = Inbound | Outbound | SendsDraft


@dataclass(frozen=True, slots=True)
class Expected:
    """One draft a careful assistant makes: its purpose, recipient, parent and window."""

    id: str
    employer: str
    kind: str
    parents: tuple[str, ...]  # labels; the first is the message it answers, others accepted
    to: Person
    window: Window
    why: str
    send_at: datetime | None = None


@dataclass
class Employer:
    """One employer's arc: its events, its expected drafts and its dated facts."""

    key: str
    name: str
    events: list[Event] = field(default_factory=list)
    expected: list[Expected] = field(default_factory=list)
    interviews: list[datetime] = field(default_factory=list)
    promised: list[date] = field(default_factory=list)

    def _label(self, name: str) -> str:
        return f"{self.key}/{name}"

    def receive(
        self,
        name: str,
        at: datetime,
        sender: Person,
        subject: str,
        text: str,
        *,
        parent: Event | None = None,
        reply_to: Person | None = None,
        html: str | None = None,
        html_only: bool = False,
        calendar: str | None = None,
        headers: dict[str, str] | None = None,
        closes: str | None = None,
        bulk: bool = False,
    ) -> Inbound:
        """A message from the employer's side (a person, an ATS, a job board...)."""
        event = Inbound(
            self._label(name), self.key, at, sender, subject, text,
            parent=parent.label if parent is not None else None, reply_to=reply_to,
            html=html, html_only=html_only, calendar=calendar,
            headers=tuple((headers or {}).items()), closes=closes, bulk=bulk,
        )  # fmt: skip
        self.events.append(event)
        return event

    def send(
        self,
        name: str,
        at: datetime,
        to: Person,
        subject: str,
        text: str,
        *,
        parent: Event | None = None,
        closes: str | None = None,
    ) -> Outbound:
        """A message the user writes themselves."""
        event = Outbound(
            self._label(name), self.key, at, to, subject, text,
            parent=parent.label if parent is not None else None, closes=closes,
        )  # fmt: skip
        self.events.append(event)
        return event

    def expect(  # noqa: PLR0917 (read like a sentence: who, what, when, why)
        self,
        name: str,
        kind: str,
        parent: Event,
        to: Person,
        window: Window,
        why: str,
        *,
        also: tuple[Event, ...] = (),
        send_at: datetime | None = None,
    ) -> Expected:
        """A draft that should appear (`send_at`: the user sends it then; see `expect_sent`)."""
        if kind not in KINDS:
            raise ValueError(f"unknown kind {kind!r}")
        expected = Expected(
            self._label(name), self.key, kind, (parent.label, *(e.label for e in also)),
            to, window, why, send_at,
        )  # fmt: skip
        self.expected.append(expected)
        return expected

    def expect_sent(  # noqa: PLR0917
        self,
        name: str,
        kind: str,
        parent: Event,
        to: Person,
        window: Window,
        why: str,
        *,
        send_at: datetime,
        text: str,
        also: tuple[Event, ...] = (),
    ) -> SendsDraft:
        """A draft that should appear and that the user sends at `send_at` (their own `text`
        when followupd did not make it); returns the sent message for later replies."""
        expected = self.expect(name, kind, parent, to, window, why, also=also, send_at=send_at)
        sent = SendsDraft(f"{expected.id}.sent", self.key, send_at, expected.id, text)
        self.events.append(sent)
        return sent

    def closed_at(self) -> datetime | None:
        """When the employer's decline or offer, or the user's withdrawal, arrived."""
        closing = [e.at for e in self.events if not isinstance(e, SendsDraft) and e.closes]
        return min(closing, default=None)

    def interview(self, start: datetime) -> None:
        """Record that an interview takes place at `start` (for the install-time rule)."""
        self.interviews.append(start)

    def promise(self, day: date) -> None:
        """Record a promised decision date (for the install-time rule)."""
        self.promised.append(day)


@dataclass
class Plot:
    """The whole story: employers in order, each with its arc, and the list mail (job alerts
    and newsletters, which belong to no employer)."""

    employers: dict[str, Employer] = field(default_factory=dict)
    lists: Employer = field(default_factory=lambda: Employer("lists", "Job alerts and news"))

    def employer(self, key: str, name: str) -> Employer:
        """A new employer's arc."""
        if key in self.employers:
            raise ValueError(f"employer {key!r} twice")
        self.employers[key] = Employer(key, name)
        return self.employers[key]

    def events(self) -> list[Event]:
        """Every event of the story in time order (stable for equal times)."""
        arcs = [*self.employers.values(), self.lists]
        every = [e for emp in arcs for e in emp.events]
        return sorted(every, key=lambda e: e.at)

    def expected(self) -> list[Expected]:
        """Every expected draft, in order of its earliest moment."""
        every = [x for emp in self.employers.values() for x in emp.expected]
        return sorted(every, key=lambda x: (x.window.earliest, x.id))
