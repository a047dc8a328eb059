"""The long story: Northwind Analytics invites, interviews, promises a decision, then goes silent.

The etiquette followupd keeps: a thank-you, a status check once the promised date has
passed, one purposeful follow-up, and then nothing more: the application has moved on.

The user applies, is invited (no time yet), sends the reply followupd drafted, receives
an interview confirmation with an .ics invite and a promised decision date, and then never
hears back. The user sends every draft followupd makes, as they would. `play` walks the
story's clock step by step (optionally doing something before each run, such as killing a
daemon at a random point) and returns the drafts each step made; `check` asserts them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from storykit.mail import ME, Mail, Person, ics
from storykit.story import Draft, Story

PRIYA = Person("Priya Raman", "priya.raman@northwind-analytics.example")
TOM = Person("Tom Becker", "tom.becker@northwind-analytics.example")
ROLE = "Data Platform Engineer"
COMPANY = "Northwind Analytics"
SIGNATURE = "Best regards,\nAlex Morgan\n+1 555 0100\n"

# (label, days after the start, hour, minute, kinds drafted by this run)
STEPS: tuple[tuple[str, int, int, int, tuple[str, ...]], ...] = (
    ("invite, before business hours", 0, 8, 50, ()),
    ("invite, business hours", 0, 9, 5, ("invitation_reply",)),
    ("during the interview", 3, 14, 30, ()),
    ("after the end, within the hour", 3, 15, 50, ()),
    ("an hour after the end", 3, 16, 5, ("thank_you",)),
    ("promised date + 1 business day", 14, 9, 45, ()),
    ("promised date + 2 business days, 09:20", 15, 9, 20, ()),
    ("promised date + 2 business days, 09:35", 15, 9, 35, ("status_check",)),
    ("14 days later, 09:35", 29, 9, 35, ("followup",)),
    ("28 days later: no second follow-up", 43, 9, 35, ()),
    ("21 days after the follow-up: moved on", 50, 10, 30, ()),
    ("months later", 120, 10, 0, ()),
)
SEND_AFTER = timedelta(minutes=25)  # the user sends each draft this long after it appeared


@dataclass(frozen=True, slots=True)
class Northwind:
    """The inbound and outbound messages the story's drafts answer."""

    apply: Mail
    invite: Mail
    confirmation: Mail


def setup(story: Story) -> tuple[Mail, Mail]:
    """Queue the application and the invitation."""
    apply = story.send(
        PRIYA,
        f"Application: {ROLE}",
        f"Hi Priya,\n\nI have applied for the {ROLE} role at {COMPANY} and attached my CV. "
        "I would be glad to talk about it.\n\nBest regards,\nAlex Morgan\n",
        story.day(-10, 9),
        parent=None,
    )
    invite = story.receive(
        PRIYA,
        f"Re: Application: {ROLE}",
        "Hi Alex,\n\nThanks for applying. We liked your background and would like to invite "
        f"you to a first interview with our team for the {ROLE} role. Could you share a few "
        "times that suit you next week?\n\nKind regards,\nPriya Raman\n"
        f"Talent Partner, {COMPANY}\n",
        story.day(0, 8, 40),
        parent=apply,
    )
    return apply, invite


def confirm(story: Story, reply: Mail) -> Mail:
    """The confirmation with the .ics invite, answering the user's reply."""
    start = story.day(3, 14)
    confirmation = story.receive(
        PRIYA,
        f"Interview confirmed: {ROLE}",
        f"Hi Alex,\n\nYour interview for the {ROLE} position is confirmed for Thursday, "
        "December 3 at 14:00 UTC (60 minutes). You will meet Tom Becker, our engineering "
        "manager. A calendar invitation is attached. We will let you know our decision by "
        f"December 11.\n\nKind regards,\nPriya Raman\nTalent Partner, {COMPANY}\n",
        story.day(1, 15),
        parent=reply,
        calendar=ics(
            "nw-interview-1@northwind-analytics.example",
            start,
            60,
            PRIYA,
            [TOM],
            summary=f"Interview: {ROLE}",
        ),
    )
    return confirmation


Hook = Callable[[datetime], None]


def play(story: Story, before_run: Hook | None = None) -> tuple[Northwind, dict[str, list[Draft]]]:
    """Walk every step; the user sends each new draft. Returns the mails and drafts by step."""
    apply, invite = setup(story)
    confirmation: Mail | None = None
    made: dict[str, list[Draft]] = {}
    for label, days, hour, minute, _ in STEPS:
        now = story.day(days, hour, minute)
        if before_run is not None:
            before_run(now)
        fresh = story.step(now)
        made[label] = fresh
        for draft in fresh:
            sent = story.send_draft(draft, now + SEND_AFTER)
            if draft.kind == "invitation_reply":
                confirmation = confirm(story, sent)  # the reply fixed a time
    assert confirmation is not None, "the invitation reply was never drafted"
    return Northwind(apply, invite, confirmation), made


def _body_has(draft: Draft, *parts: str) -> None:
    for part in parts:
        assert part in draft.body, f"{draft.kind}: {part!r} not in body:\n{draft.body}"


def check(story: Story, mails: Northwind, made: dict[str, list[Draft]]) -> None:
    """Exactly the expected drafts, step by step: kind, recipients, threading, body."""
    assert {label: [d.kind for d in drafts] for label, drafts in made.items()} == {
        label: list(kinds) for label, _, _, _, kinds in STEPS
    }
    every = [d for drafts in made.values() for d in drafts]
    assert len({d.message_id for d in every}) == len(every) == 4
    assert len({d.application for d in every}) == 1
    for label, days, hour, minute, _ in STEPS:
        for draft in made[label]:
            assert draft.date == story.day(days, hour, minute)  # Date: the moment of drafting
            assert draft.sender == str(ME)
            assert draft.cc == ()
            assert draft.flags == {"\\Draft", "\\Seen"}
            assert draft.body.endswith(SIGNATURE)
    reply, thanks, status, *followups = every
    assert reply.to == (str(PRIYA),)
    assert reply.subject == f"Re: Application: {ROLE}"
    assert reply.in_reply_to == mails.invite.message_id
    assert reply.references == (mails.apply.message_id, mails.invite.message_id)
    _body_has(reply, "Hi Priya,", f"interview for the {ROLE} position at {COMPANY}")
    later = (thanks, status, *followups)
    for draft in later:  # all answer the confirmation, the last message from Northwind
        assert draft.subject == f"Re: Interview confirmed: {ROLE}"
        assert draft.in_reply_to == mails.confirmation.message_id
        assert draft.references == mails.confirmation.thread_chain
        assert draft.references[-2] == reply.message_id  # the sent reply keeps its id
    assert thanks.to == (str(TOM),)  # the interviewer from the calendar, not the organizer
    _body_has(
        thanks,
        "Hi Tom,",
        f"talk with me on Thursday about the {ROLE} role at {COMPANY}",
        "I have run data platforms at scale for six years.",
    )
    assert status.to == (str(PRIYA),)
    _body_has(status, "Hi Priya,", f"the {ROLE} role at {COMPANY}", "Is there any news")
    assert len(followups) == 1
    for draft in followups:
        assert draft.to == (str(PRIYA),)
        _body_has(draft, "Hi Priya,", f"the {ROLE} position at {COMPANY}", "[Why you are")
