"""A lost state directory never doubles a draft: Drafts is searched for its Message-ID."""

from __future__ import annotations

import shutil
from datetime import UTC, datetime
from pathlib import Path

from storykit import Person, Story
from storykit.letters import rejection

from followupd.testing import DovecotServer, MailUser

FRIDAY = datetime(2026, 12, 4, 9, 0, tzinfo=UTC)
DANA = Person("Dana Wu", "dana.wu@birch.example")


def test_the_ledger_lost_the_draft_is_found_not_appended_again(
    tmp_path: Path, dovecot: DovecotServer, mail_user: MailUser
) -> None:
    story = Story(dovecot, mail_user, tmp_path, FRIDAY)
    rejection(story, DANA, "Platform Engineer", "Birch Works", story.day(0, 13))
    monday = story.day(3, 9, 30)
    (made,) = story.step(monday)
    assert made.kind == "rejection_reply" and story.appends() == 1
    shutil.rmtree(story.state_dir)  # a restore from an old backup, a wiped disk...
    assert story.step(monday) == []  # planned again, found in Drafts by its Message-ID
    assert story.appends() == 1 and len(story.drafts()) == 1
    (record,) = story.ledger()
    assert record.status == "done" and record.draft_uid == made.uid
