"""Story 3: a rejection gets one gracious reply the next business morning, and nothing else ever."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from storykit import ME, Person, Story
from storykit.letters import application, rejection

from followupd.testing import DovecotServer, MailUser

START = datetime(2026, 12, 4, 9, 0, tzinfo=UTC)  # a Friday
ATS = Person("Quarry & Co Talent", "no-reply@hire.lever.co")
MORGAN = Person("Morgan Blake", "morgan.blake@quarryco.example")
HARBOR = Person("Harbor Logistics Careers", "no-reply@harborlogistics.example")
SIGNATURE = "Best regards,\nAlex Morgan\n+1 555 0100\n"


def test_one_gracious_reply_next_business_morning_then_nothing(
    tmp_path: Path, dovecot: DovecotServer, mail_user: MailUser
) -> None:
    story = Story(dovecot, mail_user, tmp_path, START)
    applied = application(story, MORGAN, "QA Lead", "Quarry & Co", story.day(-14))
    # From a no-reply ATS address, with the recruiter in Reply-To.
    quarry = rejection(
        story, ATS, "QA Lead", "Quarry & Co", story.day(0, 14), parent=applied, reply_to=MORGAN
    )
    # From a no-reply address and nobody else: the draft has no To and says so.
    harbor = rejection(story, HARBOR, "Operations Engineer", "Harbor Logistics", story.day(0, 15))

    assert story.step(story.day(0, 14, 5)) == []  # Friday afternoon: not at once
    assert story.step(story.day(1, 10)) == []  # Saturday
    assert story.step(story.day(3, 8, 55)) == []  # Monday, before business hours
    monday = story.day(3, 9, 5)
    drafts = story.step(monday)
    assert [d.kind for d in drafts] == ["rejection_reply", "rejection_reply"]
    by_subject = {d.subject: d for d in drafts}
    assert set(by_subject) == {"Re: Your application for QA Lead",
                               "Re: Your application for Operations Engineer"}  # fmt: skip

    to_quarry = by_subject["Re: Your application for QA Lead"]
    assert to_quarry.to == (str(MORGAN),)
    assert to_quarry.sender == str(ME)
    assert to_quarry.in_reply_to == quarry.message_id
    assert to_quarry.references == (applied.message_id, quarry.message_id)
    assert to_quarry.date == monday
    assert to_quarry.body.startswith("Hi Morgan,\n\nThank you for letting me know")
    for part in ("I valued getting to know Quarry & Co", "any feedback", "happy to be considered"):
        assert part in to_quarry.body
    assert to_quarry.body.endswith(SIGNATURE)

    to_harbor = by_subject["Re: Your application for Operations Engineer"]
    assert to_harbor.to == ()
    assert to_harbor.in_reply_to == harbor.message_id
    assert to_harbor.references == (harbor.message_id,)
    assert to_harbor.body.startswith("[followupd: the employer wrote from a no-reply address")
    assert "Hi there," in to_harbor.body
    assert to_harbor.thread != to_quarry.thread

    story.delete_draft(to_harbor)  # not worth answering a no-reply address: deleted unsent
    for later in (story.day(4, 9, 30), story.day(17), story.day(120)):
        assert story.step(later) == [], later
    assert story.drafts() == [to_quarry]  # neither drafted again
    ledger = story.ledger()
    assert [(r.kind, r.status) for r in ledger] == [("rejection_reply", "done")] * 2
    assert {r.draft_message_id for r in ledger} == {d.message_id for d in drafts}
    assert story.appends() == 2
