"""Story 5: the calendar decides the thank-you: a reschedule (higher SEQUENCE) moves it, a
cancellation (METHOD:CANCEL) drops it."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from storykit import Mail, Person, Story
from storykit.letters import Booking, application, cancellation, confirmation, reschedule

from followupd.adapters.store_actions import ActionStatus
from followupd.testing import DovecotServer, MailUser

START = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)  # a Monday
RINA = Person("Rina Okafor", "rina.okafor@keelwater.example")
DEV = Person("Dev Malhotra", "dev.malhotra@keelwater.example")
ROLE = "Site Reliability Engineer"
COMPANY = "Keelwater Systems"
BOOKING = Booking("kw-42@keelwater.example", RINA, (DEV,), ROLE, COMPANY)


def _confirmed(story: Story) -> tuple[Mail, Mail]:
    """Apply, then an interview on Thursday 14:00 confirmed on Tuesday; nothing drafted yet."""
    applied = application(story, RINA, ROLE, COMPANY, story.day(-9))
    first = confirmation(story, BOOKING, story.day(3, 14), story.day(1, 10), parent=applied)
    assert story.step(story.day(1, 10, 30)) == []
    return applied, first


def _thank_you_due(story: Story, now: datetime) -> str | None:
    [thread] = story.status(now)
    action = thread["next_action"]
    return action["due"] if action and action["kind"] == "thank_you" else None


def test_a_reschedule_moves_the_thank_you(
    tmp_path: Path, dovecot: DovecotServer, mail_user: MailUser
) -> None:
    story = Story(dovecot, mail_user, tmp_path, START)
    applied, first = _confirmed(story)
    assert _thank_you_due(story, story.day(1, 10, 30)) == "2026-12-03T16:00:00+00:00"

    # Wednesday: the interview moves from Thursday 14:00 to Friday 11:00.
    moved = reschedule(story, BOOKING, story.day(4, 11), story.day(2, 10), parent=first, sequence=1)
    assert story.step(story.day(2, 10, 30)) == []
    assert _thank_you_due(story, story.day(2, 10, 30)) == "2026-12-04T13:00:00+00:00"
    assert story.step(story.day(3, 16, 5)) == []  # the old time means nothing now
    assert story.step(story.day(4, 12, 50)) == []  # the new interview ended 50 minutes ago
    [thanks] = story.step(story.day(4, 13, 5))

    assert thanks.kind == "thank_you"
    assert thanks.to == (str(DEV),)
    assert thanks.subject == "Re: Updated invitation: new time for your interview"
    assert thanks.in_reply_to == moved.message_id
    assert thanks.references == (applied.message_id, first.message_id, moved.message_id)
    assert f"talk with me on Friday about the {ROLE} role at {COMPANY}" in thanks.body
    assert story.step(story.day(5, 10)) == []
    assert story.drafts() == [thanks]
    ledger = [(r.kind, r.status, r.due) for r in story.ledger() if r.kind == "thank_you"]
    assert ledger == [
        ("thank_you", ActionStatus.CANCELLED, story.day(3, 16)),
        ("thank_you", ActionStatus.DONE, story.day(4, 13)),
    ]


def test_a_cancellation_drops_the_thank_you(
    tmp_path: Path, dovecot: DovecotServer, mail_user: MailUser
) -> None:
    story = Story(dovecot, mail_user, tmp_path, START)
    _, first = _confirmed(story)
    cancellation(story, BOOKING, story.day(3, 14), story.day(2, 10), parent=first, sequence=1)

    for later in (story.day(2, 10, 30), story.day(3, 16, 5), story.day(4, 10), story.day(14)):
        assert story.step(later) == [], later
    assert story.drafts() == []
    [thread] = story.status(story.day(14))
    assert thread["state"] == "invited"  # waiting for a new time
    assert thread["interview"] is None
    assert thread["next_action"] is None
    assert [(r.kind, r.status) for r in story.ledger()] == [("thank_you", ActionStatus.CANCELLED)]
