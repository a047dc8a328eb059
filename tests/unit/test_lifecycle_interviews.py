"""Which interview a message speaks of: a cancellation by calendar UID, a reschedule in
words after a calendar invitation, and interview days counted in the user's zone."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from mailfactory import mail

from followupd.adapters.lexicon_files import load_senders
from followupd.core.plan.lifecycle import derive_state
from followupd.core.plan.threads import message_key
from followupd.model import (
    Application,
    ApplicationState,
    Classification,
    Contact,
    Interview,
    Label,
    Message,
    Thread,
)

BERLIN = ZoneInfo("Europe/Berlin")
NEW_YORK = ZoneInfo("America/New_York")
SLOT = datetime(2026, 11, 5, 14, tzinfo=BERLIN)
PANEL = (
    Contact("Ann Lead", "ann@acme.example", "interviewer"),
    Contact("Bob Dev", "bob@acme.example", "interviewer"),
)
FIRST = Interview(SLOT, SLOT + timedelta(hours=1), "ics", 0, uid="slot-1@ats", interviewers=PANEL)
SECOND = Interview(SLOT + timedelta(days=7), None, "ics", 0, uid="slot-2@ats")


def _c(label: Label, **extra: object) -> Classification:
    return Classification(label, 0.95, (str(label),), **extra)  # type: ignore[arg-type]


def _derive(items: list[tuple[Message, Classification]], now: datetime) -> ApplicationState:
    messages = tuple(m for m, _ in items)
    return derive_state(
        Application("a1", "co:acme", (Thread("t1", messages),), messages),
        {message_key(m): c for m, c in items},
        own_addresses=["sam@example.org"],
        senders=load_senders(),
        now=now,
    )


CONFIRM = (mail("conf@acme", "2026-11-02T09:00"), _c(Label.CONFIRMATION, interview=FIRST))
ROUND_TWO = (mail("r2@acme", "2026-11-06T09:00"), _c(Label.CONFIRMATION, interview=SECOND))


def test_cancelling_the_first_round_by_its_uid_keeps_the_second() -> None:
    gone = dataclasses.replace(FIRST, sequence=1, cancelled=True, interviewers=())
    cancel = (mail("cx@acme", "2026-11-03T09:00"), _c(Label.CANCELLATION, interview=gone))
    result = _derive([CONFIRM, ROUND_TWO, cancel], datetime(2026, 11, 3, 10, tzinfo=UTC))
    assert [i.uid for i in result.interviews] == ["slot-2@ats"]


def test_a_reschedule_in_words_keeps_the_interviewers_the_calendar_named() -> None:
    moved = Interview(SLOT + timedelta(days=1), None, "text")
    later = (mail("mv@acme", "2026-11-03T09:00"), _c(Label.RESCHEDULE, interview=moved))
    result = _derive([CONFIRM, later], datetime(2026, 11, 3, 10, tzinfo=UTC))
    assert result.interview is not None
    assert result.interview.start == moved.start
    assert result.interview.interviewers == PANEL


def test_an_evening_interview_and_the_next_mornings_are_two_in_the_users_zone() -> None:
    """19:00 on Tuesday and 10:00 on Wednesday in New York fall on one day in UTC; written
    in words (no calendar UID), they are still two interviews, one a day."""
    evening = Interview(datetime(2026, 11, 11, 0, tzinfo=UTC), None, "text")
    morning = Interview(datetime(2026, 11, 11, 15, tzinfo=UTC), None, "text")
    items = [
        (mail("e@acme", "2026-11-02T15:00"), _c(Label.CONFIRMATION, interview=evening)),
        (mail("m@acme", "2026-11-03T15:00"), _c(Label.CONFIRMATION, interview=morning)),
    ]
    result = _derive(items, datetime(2026, 11, 4, 9, tzinfo=NEW_YORK))
    assert [i.start for i in result.interviews] == [evening.start, morning.start]
