"""Story 3: a rejection gets one gracious reply the next business morning, and nothing else
ever; a rejection from a no-reply address with nobody behind it gets none at all."""

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
    # From a no-reply address and nobody else: nobody to answer, so no draft at all.
    rejection(story, HARBOR, "Operations Engineer", "Harbor Logistics", story.day(0, 15))

    assert story.step(story.day(0, 14, 5)) == []  # Friday afternoon: not at once
    assert story.step(story.day(1, 10)) == []  # Saturday
    assert story.step(story.day(3, 8, 55)) == []  # Monday, before business hours
    monday = story.day(3, 9, 5)
    drafts = story.step(monday)
    assert [(d.kind, d.subject) for d in drafts] == [
        ("rejection_reply", "Re: Your application for QA Lead")
    ]
    (to_quarry,) = drafts
    assert to_quarry.to == (str(MORGAN),)
    assert to_quarry.sender == str(ME)
    assert to_quarry.in_reply_to == quarry.message_id
    assert to_quarry.references == (applied.message_id, quarry.message_id)
    assert to_quarry.date == monday
    assert to_quarry.body.startswith("Hi Morgan,\n\nThank you for letting me know")
    # No interview took place: the words say so (no colleagues' time, no interviews).
    for part in ("for considering my application", "a future application to Quarry & Co",
                 "considered for other roles"):  # fmt: skip
        assert part in to_quarry.body
    assert "colleagues" not in to_quarry.body and "interview" not in to_quarry.body
    assert to_quarry.body.endswith(SIGNATURE)

    rows = {row["company"]: row for row in story.status(monday)}
    assert rows["Harbor Logistics"]["state"] == "rejected"
    assert rows["Harbor Logistics"]["automated_sender"] is True
    assert rows["Quarry & Co"]["automated_sender"] is False  # the recruiter is in Reply-To

    for later in (story.day(4, 9, 30), story.day(17), story.day(120)):
        assert story.step(later) == [], later
    assert story.drafts() == [to_quarry]  # never drafted again
    ledger = story.ledger()
    assert [(r.kind, r.status) for r in ledger] == [("rejection_reply", "done")]
    assert story.appends() == 1
