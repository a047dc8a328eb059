"""Applications on the command line: `merge`, `split` and `revive` persist and win."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from storykit import Person, Story
from storykit.letters import application

from followupd.testing import DovecotServer, MailUser

START = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)  # a Monday
PRIYA = Person("Priya Raman", "priya.raman@northwind-analytics.example")
KIM = Person("Kim Park", "kim.park@gmail.com")  # Northwind's hiring manager, from home
ATS = Person("Northwind Analytics", "no-reply@us.greenhouse-mail.io")


def test_merge_split_and_revive(
    tmp_path: Path, dovecot: DovecotServer, mail_user: MailUser
) -> None:
    story = Story(dovecot, mail_user, tmp_path, START)
    applied = application(story, PRIYA, "Data Engineer", "Northwind Analytics", story.day(-3))
    story.receive(
        ATS, "Thank you for applying to Northwind Analytics",
        "Hi Alex,\n\nWe received your application for the Data Engineer position at "
        "Northwind Analytics. Our team will review it.\n",
        story.day(-3, 10),
    )  # fmt: skip
    story.receive(
        KIM, "Hello",
        "Hi Alex,\n\nPriya passed me your application. Could we talk on the phone this week? "
        "What times work for you?\n\nKim\n",
        story.day(0, 8),
    )  # fmt: skip
    now = story.day(0, 10)
    story.step(now)
    rows = {r["company"] or "?": r for r in story.status(now)}
    northwind = rows["Northwind Analytics"]
    assert len(northwind["threads"]) == 2  # the user's application and the ATS, joined
    kim = next(r for r in rows.values() if r is not northwind)
    assert kim["waiting_on_you"]  # a person asked: a reply is planned for that thread

    merged = story.cli("merge", northwind["application"][:10], kim["application"][:10])
    assert merged.returncode == 0, merged.stderr
    assert "are now one" in merged.stdout
    (one,) = story.status(now)
    assert len(one["threads"]) == 3 and one["company"] == "Northwind Analytics"

    ats_thread = next(t for t in one["threads"] if t != northwind["threads"][0])
    split = story.cli("split", ats_thread[:10])
    assert split.returncode == 0, split.stderr
    assert len(story.status(now)) == 2  # the ATS thread alone; Kim stays merged
    assert story.cli("split", ats_thread[:10], "--undo").returncode == 0
    assert len(story.status(now)) == 1
    assert story.cli("merge", one["application"][:10], "--undo").returncode == 0
    assert len(story.status(now)) == 2
    assert applied.message_id  # the application the user sent opens the first one


def test_installed_mid_search_quiet_ones_wait_for_revive(
    tmp_path: Path, dovecot: DovecotServer, mail_user: MailUser
) -> None:
    story = Story(dovecot, mail_user, tmp_path, START)
    # Ten weeks ago: an interview, a thank-you the user wrote, then nothing.
    sent = application(story, PRIYA, "Data Engineer", "Northwind Analytics", story.day(-75))
    story.receive(
        PRIYA, "Re: Application: Data Engineer",
        "Hi Alex,\n\nThanks for your time today. We will let you know our decision by "
        "the end of next week.\n\nPriya Raman\nTalent Partner, Northwind Analytics\n",
        story.day(-70, 15), parent=sent,
    )  # fmt: skip
    first = story.day(0, 10)
    assert story.step(first) == []  # installed now: nothing for a search gone quiet
    (row,) = story.status(first)
    assert row["state"] == "moved_on" and row["probably_moved_on"] is True
    explained = story.explain(row["application"][:10], first)
    assert f"followupd revive {row['application'][:10]}" in explained

    revived = story.cli("revive", row["application"][:10])
    assert revived.returncode == 0, revived.stderr
    (row,) = story.status(first)
    assert row["probably_moved_on"] is False
    # Planned again like any other: the overdue status check, now (in working hours).
    assert row["next_action"]["kind"] == "status_check"
    (check,) = story.step(story.day(0, 10, 5))
    assert check.kind == "status_check" and check.to == (str(PRIYA),)
