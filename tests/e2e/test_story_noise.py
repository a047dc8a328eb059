"""Story 6: job alerts, newsletters and an acknowledgment never lead to a draft."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from storykit import Person, Story
from storykit.letters import acknowledgment, application, job_alert, newsletter

from followupd.testing import DovecotServer, MailUser

START = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)  # a Monday


def test_alerts_newsletters_and_an_acknowledgment_draft_nothing(
    tmp_path: Path, dovecot: DovecotServer, mail_user: MailUser
) -> None:
    story = Story(dovecot, mail_user, tmp_path, START)
    careers = Person("Harbor Logistics Careers", "careers@harborlogistics.example")
    application(story, careers, "Operations Engineer", "Harbor Logistics", story.day(-1, 20))
    acknowledgment(story, "Harbor Logistics", "Operations Engineer", story.day(-1, 20, 5))
    for week in range(4):
        job_alert(story, "Backend Engineer", story.day(7 * week, 7))
        newsletter(story, story.day(7 * week + 2, 8))

    for now in (story.day(0, 9, 30), story.day(8, 10), story.day(22, 10), story.day(60, 10)):
        assert story.step(now) == [], now
    assert story.drafts() == []
    assert story.ledger() == []
    threads = story.status(story.day(60, 10))
    assert [t["company"] for t in threads] == ["Harbor Logistics"]  # alerts are not listed
    assert threads[0]["next_action"] is None
    assert story.appends() == 0
