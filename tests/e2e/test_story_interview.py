"""Story 1: invitation, interview, promised date, silence, follow-ups, moved on."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from storykit import Story
from storykit.northwind import COMPANY, check, play

from followupd.testing import DovecotServer, MailUser

START = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)  # a Monday


def test_from_invitation_to_moved_on(
    tmp_path: Path, dovecot: DovecotServer, mail_user: MailUser
) -> None:
    story = Story(dovecot, mail_user, tmp_path, START)
    mails, made = play(story)
    check(story, mails, made)
    assert story.drafts() == []  # the user sent every one of them

    [thread] = story.status(story.day(121))
    assert thread["company"] == COMPANY
    assert thread["state"] == "moved_on"
    assert thread["next_action"] is None
    assert thread["interview"] == {
        "start": "2026-12-03T14:00:00+00:00",
        "end": "2026-12-03T15:00:00+00:00",
    }
    assert thread["reply_expected_by"] == "2026-12-11"
