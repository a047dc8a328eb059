"""The report and the calendar feed after a real search: six employers played against Dovecot.

The daemon's passes (`run --once`, [report] and [calendar] set) write both files; the
report is opened in headless Chromium, and the feed is read back by two parsers, before and
after an interview moves.
"""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import icalendar
import pytest
import vobject
from browserkit import chromium, funnel_numbers, open_page, screenshot
from storykit import Story
from storykit.search import HOSTILE, TOM, ZOOM, move_interview, setup

from conftest import cli_env
from followupd.testing import DovecotServer

START = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)  # a Monday
BEFORE_MOVE = START.replace(day=1, month=12, hour=16)  # day 1: the interview is booked
AFTER_MOVE = START.replace(day=2, month=12, hour=10, minute=30)  # day 2: it was moved
FINAL = START.replace(day=9, month=12, hour=10)  # a week on: the report under test


@dataclass(frozen=True)
class Played:
    """The story after its last run, with the files each pass wrote."""

    story: Story
    report: Path
    calendar: Path
    feed_before: bytes
    feed_after: bytes
    records: list[dict[str, Any]]
    hostile_subject: str


@pytest.fixture(scope="module")
def played(dovecot: DovecotServer, tmp_path_factory: pytest.TempPathFactory) -> Played:
    base = tmp_path_factory.mktemp("search")
    out = base / "published"
    out.mkdir()
    report, calendar = out / "report.html", out / "followupd.ics"
    settings = {"report": {"path": str(report)}, "calendar": {"path": str(calendar)}}
    story = Story(dovecot, dovecot.add_user(), base, START, settings=settings)
    search = setup(story)
    story.run(story.day(0, 9, 5))
    story.run(BEFORE_MOVE)
    before = calendar.read_bytes()
    move_interview(story, search, story.day(2, 10))
    story.run(AFTER_MOVE)
    after = calendar.read_bytes()
    story.run(FINAL)
    return Played(
        story, report, calendar, before, after, story.status(FINAL), search.hostile_subject
    )


def test_each_pass_writes_the_report_and_the_feed(played: Played) -> None:
    assert played.report.stat().st_mode & 0o777 == 0o600  # names and subjects: the user's own
    again = played.story.base / "again.html"
    done = played.story.cli("report", "--out", str(again), "--now", FINAL.isoformat())
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith(f"report: {again} (")
    # The same moment renders the same bytes: what the pass wrote is what `report` writes.
    assert again.read_bytes() == played.report.read_bytes()
    assert len(again.read_bytes()) < 200_000


def test_report_open_hands_the_file_to_the_browser(played: Played, tmp_path: Path) -> None:
    seen, opener, page = tmp_path / "opened", tmp_path / "browser.sh", tmp_path / "r.html"
    opener.write_text(f'#!/bin/sh\nprintf %s "$1" > {seen}\n')
    opener.chmod(0o755)
    done = subprocess.run(
        played.story.argv("report", "--out", str(page), "--open", "--now", FINAL.isoformat()),
        env={**cli_env(tmp_path / "home"), "BROWSER": f"{opener} %s"},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert seen.read_text() == page.as_uri()


def _events(feed: bytes) -> dict[str, Any]:
    calendar = icalendar.Calendar.from_ical(feed)
    return {str(e["UID"]): e for e in calendar.walk("VEVENT")}


def test_a_moved_interview_changes_its_event_and_what_follows_from_it(played: Played) -> None:
    before, after = _events(played.feed_before), _events(played.feed_after)
    interviews = [uid for uid, e in after.items() if "interview" in e.get("CATEGORIES").cats]
    [uid] = interviews
    moved, was = after[uid], before[uid]
    assert moved.decoded("DTSTART") == START.replace(day=4, month=12, hour=11)
    assert was.decoded("DTSTART") == START.replace(day=3, month=12, hour=14)
    assert int(moved["SEQUENCE"]) > int(was["SEQUENCE"])
    attendees = moved.get("ATTENDEE")
    attendees = attendees if isinstance(attendees, list) else [attendees]
    assert [(str(a), str(a.params["CN"])) for a in attendees] == [(f"mailto:{TOM.email}", TOM.name)]
    assert str(moved["ORGANIZER"]) == "mailto:priya.raman@northwind-analytics.example"
    assert f"Join: {ZOOM}" in str(moved["DESCRIPTION"])
    assert "Meeting ID: 987 6543 2100" in str(moved["DESCRIPTION"])
    assert str(moved["LOCATION"]) == ZOOM
    # The thank-you for that interview is one event that moves with it; nothing else changed.
    changed = {u for u in before.keys() & after.keys() if before[u].to_ical() != after[u].to_ical()}
    assert before.keys() == after.keys()
    thanks = {u for u in changed if "thank-you" in str(after[u]["SUMMARY"])}
    assert changed == {uid} | thanks and len(thanks) == 1
    [thank_you] = thanks
    assert after[thank_you].decoded("DTSTART") == START.replace(day=4, month=12, hour=13)
    assert int(after[thank_you]["SEQUENCE"]) == int(before[thank_you]["SEQUENCE"]) + 1


def test_the_feed_reads_the_same_in_a_second_parser(played: Played) -> None:
    ours = _events(played.feed_after)
    theirs = {str(e.uid.value): e for e in vobject.readOne(played.feed_after.decode()).vevent_list}
    assert theirs.keys() == ours.keys()
    for uid, event in theirs.items():
        assert int(event.sequence.value) == int(ours[uid]["SEQUENCE"])
        assert event.dtstart.value == ours[uid].decoded("DTSTART")
        assert event.summary.value == str(ours[uid]["SUMMARY"])
    kinds = sorted(str(e["CATEGORIES"].cats[0]) for e in ours.values())
    assert kinds.count("interview") == 1 and kinds.count("decision") == 1


def test_the_funnel_matches_status(played: Played) -> None:
    records = played.records
    states = [r["state"] for r in records]
    page = played.report.read_text()
    expected = {
        "applied": len(records),
        "offer": states.count("offer"),
        "declined": states.count("rejected"),
        "silent": states.count("silent"),
        "moved on": states.count("moved_on") + states.count("withdrawn"),
    }
    assert expected == {"applied": 6, "offer": 1, "declined": 1, "silent": 1, "moved on": 0}
    for stage in expected:
        assert f'<tr data-stage="{stage}">' in page
    assert states.count("needs_review") == 1
    assert HOSTILE not in page


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    """Debian's headless Chromium through chromedriver; nothing is downloaded."""
    with chromium(tmp_path_factory.mktemp("chromium")) as driver:
        yield driver


def test_the_page_in_a_browser(played: Played, browser: Any, tmp_path: Path) -> None:
    loaded = open_page(browser, played.report)
    assert loaded.console_errors == []
    assert loaded.requests == [played.report.as_uri()]  # the page itself, nothing else
    numbers = funnel_numbers(browser)
    records, states = played.records, [r["state"] for r in played.records]
    assert numbers["applied"] == len(records)
    assert numbers["offer"] == states.count("offer")
    assert numbers["declined"] == states.count("rejected")
    assert numbers["silent"] == states.count("silent")
    assert numbers["moved on"] == states.count("moved_on") + states.count("withdrawn")
    assert numbers["interviewed"] >= sum(r["interview"] is not None for r in records)
    rows = browser.execute_script(
        "return [...document.querySelectorAll('#timeline-table tr[data-application]')]"
        ".map(r => r.dataset.application)"
    )
    assert sorted(rows) == sorted(r["application"] for r in records)
    labels = browser.execute_script(
        "return document.querySelectorAll('#chart-timeline .axis.y text').length"
    )
    assert labels == len(records)
    # The hostile subject is text in a tooltip, never markup.
    assert browser.execute_script("return document.images.length") == 0
    assert browser.execute_script("return document.querySelectorAll('[onerror]').length") == 0
    titles = browser.execute_script(
        "return [...document.querySelectorAll('#chart-timeline title')].map(t => t.textContent)"
    )
    assert any(played.hostile_subject in t for t in titles)
    shot = screenshot(browser, tmp_path / "report.png")
    assert shot.read_bytes().startswith(b"\x89PNG\r\n\x1a\n")
    keep = played.story.base / "report.png"  # beside the story, for a reviewer to open
    shutil.copyfile(shot, keep)
