"""Stories 2 and 4: the other side answers, or the user writes first; the plan follows."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from storykit import Mail, Person, Story
from storykit.letters import Booking, application, confirmation

from followupd.adapters.store_actions import ActionStatus
from followupd.testing import DovecotServer, MailUser

START = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)  # a Monday; the interview is on Thursday
JORDAN = Person("Jordan Lee", "jordan.lee@brightwave.example")
SAM = Person("Sam Ortiz", "sam.ortiz@brightwave.example")
LENA = Person("Lena Fischer", "lena.fischer@brightwave.example")
ROLE = "Senior Backend Engineer"
COMPANY = "Brightwave Robotics"


def _interviewed(story: Story, interviewers: tuple[Person, ...]) -> tuple[Mail, list[Mail]]:
    """Apply, get an interview on Thursday 14:00-15:00, receive and send the thank-yous."""
    applied = application(story, JORDAN, ROLE, COMPANY, story.day(-12))
    booking = Booking("bw-1@brightwave.example", JORDAN, interviewers, ROLE, COMPANY)
    confirmed = confirmation(story, booking, story.day(3, 14), story.day(1, 11), parent=applied)
    thanks = story.step(story.day(3, 16, 5))
    assert sorted(d.to for d in thanks) == sorted((str(p),) for p in interviewers)
    for draft in thanks:
        assert draft.kind == "thank_you"
        assert draft.in_reply_to == confirmed.message_id
        assert draft.references == (applied.message_id, confirmed.message_id)
        assert draft.subject == f"Re: Interview confirmed: {ROLE}"
    sent = [story.send_draft(d, story.day(3, 16, 30)) for d in thanks]
    return confirmed, sent


def _next_action(story: Story, now: datetime) -> dict[str, str]:
    [thread] = story.status(now)
    action: dict[str, str] = thread["next_action"]
    return action


def test_employer_reply_cancels_the_pending_status_check(
    tmp_path: Path, dovecot: DovecotServer, mail_user: MailUser
) -> None:
    story = Story(dovecot, mail_user, tmp_path, START)
    _, sent = _interviewed(story, (SAM, LENA))
    story.run(story.day(4, 10))
    planned = _next_action(story, story.day(4, 10))
    assert planned["kind"] == "status_check"
    assert planned["due"] == "2026-12-10T09:30:00+00:00"  # no promise: 7 days after the end

    story.receive(
        JORDAN,
        f"Re: Interview confirmed: {ROLE}",
        "Hi Alex,\n\nThanks for your note, the team enjoyed meeting you. No decision has been "
        "made yet: we are still interviewing and will let you know by December 18.\n\n"
        "Best,\nJordan\n",
        story.day(8, 11),
        parent=sent[0],
    )
    assert story.step(story.day(8, 11, 30)) == []
    assert story.step(story.day(10, 9, 45)) == []  # when the old one was due

    checks = [r for r in story.ledger() if r.kind == "status_check"]
    assert [r.status for r in checks] == [ActionStatus.CANCELLED, ActionStatus.PENDING]
    assert checks[0].due == story.day(10, 9, 30)
    assert checks[1].due == story.day(22, 9, 30)  # Friday the 18th + 2 business days
    explained = story.explain("Brightwave", story.day(10, 10))
    assert "status_check       cancelled  due 2026-12-10 09:30" in explained
    assert "status_check       pending    due 2026-12-22 09:30" in explained


def test_an_offer_cancels_everything_pending(
    tmp_path: Path, dovecot: DovecotServer, mail_user: MailUser
) -> None:
    story = Story(dovecot, mail_user, tmp_path, START)
    _, sent = _interviewed(story, (SAM,))
    story.receive(
        JORDAN,
        f"Offer: {ROLE}",
        f"Hi Alex,\n\nI am delighted to offer you the {ROLE} position at {COMPANY}. "
        "Your offer letter with the compensation details is attached; please review "
        "it and let me know if you have any questions.\n\nCongratulations,\nJordan\n",
        story.day(7, 15),
        parent=sent[0],
    )
    for later in (story.day(7, 15, 30), story.day(10, 10), story.day(30, 10), story.day(60, 10)):
        assert story.step(later) == [], later
    [thread] = story.status(story.day(60, 10))
    assert thread["state"] == "offer"
    assert thread["next_action"] is None
    kinds = {(r.kind, r.status) for r in story.ledger()}
    assert kinds == {("thank_you", ActionStatus.DONE), ("status_check", ActionStatus.CANCELLED)}


def test_the_users_own_message_is_their_status_check_and_restarts_the_clock(
    tmp_path: Path, dovecot: DovecotServer, mail_user: MailUser
) -> None:
    """A note the user writes after the interview is their check-in: followupd does not ask
    for news days later, and the one follow-up comes 14 days after the user's note."""
    story = Story(dovecot, mail_user, tmp_path, START)
    confirmed, sent = _interviewed(story, (SAM,))
    story.send(
        JORDAN,
        f"Re: Interview confirmed: {ROLE}",
        "Hi Jordan,\n\nA short note: the write-up on queue back-pressure I mentioned in the "
        "interview is now published. Happy to walk the team through it.\n\nBest,\nAlex\n",
        story.day(8, 10),  # Tuesday, before the status check would fall due on Thursday
        parent=sent[0],
    )
    assert story.step(story.day(10, 9, 45)) == []
    planned = _next_action(story, story.day(10, 9, 45))
    assert planned["kind"] == "followup"
    assert planned["due"] == "2026-12-22T09:30:00+00:00"  # 14 days after the user's note
    assert "after the last one (2026-12-08)" in planned["reason"]

    assert story.step(story.day(15, 9, 35)) == []  # no status check: the user wrote one
    assert story.step(story.day(22, 9, 20)) == []
    [followup] = story.step(story.day(22, 9, 35))
    assert followup.kind == "followup"
    assert followup.to == (str(JORDAN),)
    assert followup.subject == f"Re: Interview confirmed: {ROLE}"
    assert followup.in_reply_to == confirmed.message_id
    assert followup.references == confirmed.thread_chain
    assert f"about the {ROLE} position at {COMPANY}" in followup.body
