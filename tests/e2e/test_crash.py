"""Exactly once across SIGKILL: the daemon process killed at each point of drafting, then restarted.

The child kills itself at the chosen point (tests/e2e/crashpoint.py wraps the real methods
in that process only), so each test hits its point every time. After the restart there is
exactly one draft per action in Drafts, the ledger says DONE with that draft's UID, and the
server saw exactly one APPEND per action. Each test runs against a server with UIDPLUS
and against one without it (the draft is then found by its Message-ID).
"""

from __future__ import annotations

import signal
from datetime import UTC, datetime, time, timedelta
from pathlib import Path
from time import monotonic, sleep

import pytest
from crashpoint import MARKER, POINTS
from storykit import Person, Story
from storykit.letters import Booking, application, confirmation, rejection

from followupd.adapters.store_actions import ActionStatus
from followupd.testing import DovecotServer

FRIDAY = datetime(2026, 12, 4, 9, 0, tzinfo=UTC)
KILLED = -signal.SIGKILL
APPENDED_BEFORE_DEATH = {"after-append": True, "before-done": True,
                         "after-intent": False, "before-append": False}  # fmt: skip
_FIRST = ("Jamie", "Robin", "Avery", "Casey", "Morgan", "Taylor")
_COMPANY = ("Acme", "Birch", "Cobalt", "Delta", "Ember")


@pytest.fixture(params=["uidplus", "no-uidplus"])
def server(request: pytest.FixtureRequest) -> DovecotServer:
    """The test Dovecot with UIDPLUS, and the minimal one without it."""
    name = "dovecot" if request.param == "uidplus" else "dovecot_minimal"
    found: DovecotServer = request.getfixturevalue(name)
    return found


def _rejections(story: Story, count: int) -> None:
    """`count` rejections from different companies, all on Friday afternoon."""
    for n in range(count):
        first, company = _FIRST[n % len(_FIRST)], f"{_COMPANY[n % len(_COMPANY)]} Works {n}"
        person = Person(f"{first} Lee", f"{first.lower()}.lee@works{n}.example")
        rejection(story, person, f"Platform Engineer {n}", company, story.day(0, 13, n))


def _assert_exactly_once(story: Story, count: int) -> None:
    """`count` drafts, one per action and thread, each recorded DONE with its UID."""
    drafts = story.drafts()
    ledger = story.ledger()
    assert len(drafts) == len(ledger) == count
    assert len({d.message_id for d in drafts}) == count
    assert len({d.application for d in drafts}) == count
    uid_of = {d.message_id: d.uid for d in drafts}
    for record in ledger:
        assert record.status is ActionStatus.DONE, record
        assert record.draft_message_id is not None
        assert record.draft_uid == uid_of[record.draft_message_id]
    assert story.appends() == count


@pytest.mark.parametrize("point", sorted(POINTS))
def test_one_draft_after_a_kill_at_each_point(
    point: str, server: DovecotServer, tmp_path: Path
) -> None:
    story = Story(server, server.add_user(), tmp_path, FRIDAY)
    _rejections(story, 1)
    monday = story.day(3, 9, 30)

    crashed = story.crash_run(monday, point)
    assert crashed.returncode == KILLED, crashed.stderr
    assert f"{MARKER} {point} #1" in crashed.stderr
    [record] = story.ledger()
    assert record.status is ActionStatus.APPENDING  # the intent survived the kill
    in_drafts = [d.message_id for d in story.drafts()]
    assert in_drafts == ([record.draft_message_id] if APPENDED_BEFORE_DEATH[point] else [])

    story.run(monday.replace(minute=45))  # the restart
    _assert_exactly_once(story, 1)


def test_killed_again_while_recovering(server: DovecotServer, tmp_path: Path) -> None:
    story = Story(server, server.add_user(), tmp_path, FRIDAY)
    _rejections(story, 1)
    monday = story.day(3, 9, 30)
    assert story.crash_run(monday, "after-append").returncode == KILLED
    # The restart finds the draft and dies before it can record DONE.
    again = story.crash_run(monday.replace(minute=40), "before-done")
    assert again.returncode == KILLED
    assert "draft.recovered" not in again.stderr
    assert len(story.drafts()) == 1
    story.run(monday.replace(minute=50))
    _assert_exactly_once(story, 1)


def test_kills_during_a_burst_of_thirty_due_drafts(server: DovecotServer, tmp_path: Path) -> None:
    story = Story(server, server.add_user(), tmp_path, FRIDAY)
    _rejections(story, 30)
    monday = story.day(3, 9, 30)

    first = story.crash_run(monday, "after-append", hit=11)
    assert first.returncode == KILLED
    assert len(story.drafts()) == 11
    statuses = [r.status for r in story.ledger()]
    assert statuses.count(ActionStatus.DONE) == 10
    assert statuses.count(ActionStatus.APPENDING) == 1
    assert statuses.count(ActionStatus.PENDING) == 19

    # The restart settles the 11th from Drafts without appending, appends six more, then dies.
    second = story.crash_run(monday.replace(minute=35), "before-append", hit=7)
    assert second.returncode == KILLED
    assert "draft.recovered" in second.stderr
    assert len(story.drafts()) == 17

    story.run(monday.replace(minute=40))
    _assert_exactly_once(story, 30)
    assert {d.kind for d in story.drafts()} == {"rejection_reply"}


def test_the_watching_daemon_killed_mid_burst_then_restarted(
    server: DovecotServer, tmp_path: Path
) -> None:
    # The real clock: rejections from two days ago are due now in an always-open week.
    always = {"workdays": ["mon", "tue", "wed", "thu", "fri", "sat", "sun"],
              "business_start": time(0, 0), "business_end": time(23, 59)}  # fmt: skip
    start = datetime.now(UTC) - timedelta(days=2)
    story = Story(server, server.add_user(), tmp_path, start, settings={"schedule": always})
    _rejections(story, 8)
    story.deliver_until(datetime.now(UTC))

    with story.daemon(point="after-append", hit=4) as first:
        _, err = first.communicate(timeout=30)
    assert first.returncode == KILLED, err
    assert len(story.drafts()) == 4

    with story.daemon() as second:
        deadline = monotonic() + 30
        while len(story.drafts()) < 8 and monotonic() < deadline:
            sleep(0.1)
        second.send_signal(signal.SIGTERM)
        _, err = second.communicate(timeout=15)
    assert second.returncode == 0, err
    assert "draft.recovered" in err
    _assert_exactly_once(story, 8)


def test_a_reply_that_arrives_while_an_intent_is_unfinished_wins(
    dovecot: DovecotServer, tmp_path: Path
) -> None:
    story = Story(dovecot, dovecot.add_user(), tmp_path, FRIDAY - timedelta(days=4))
    jordan = Person("Jordan Lee", "jordan.lee@brightwave.example")
    booking = Booking("bw-9@brightwave.example", jordan, (jordan,), "QA Lead", "Brightwave")
    applied = application(story, jordan, "QA Lead", "Brightwave", story.day(-12))
    confirmation(story, booking, story.day(3, 14), story.day(1, 11), parent=applied)
    [thanks] = story.step(story.day(3, 16, 5))
    sent = story.send_draft(thanks, story.day(3, 16, 30))
    # The status check falls due a week after the interview; the pass dies after the intent.
    crashed = story.crash_run(story.day(10, 9, 45), "after-intent")
    assert crashed.returncode == KILLED
    story.receive(
        jordan,
        "Re: Interview confirmed: QA Lead",
        "Hi Alex,\n\nThanks for your note, the team enjoyed meeting you. No decision has been "
        "made yet: we are still interviewing and will let you know by December 18.\n\nJordan\n",
        story.day(10, 10),
        parent=sent,
    )
    assert story.step(story.day(10, 10, 5)) == []  # asking for news they just gave: no
    checks = [(r.status, r.status_reason) for r in story.ledger() if r.kind == "status_check"]
    assert checks == [
        (ActionStatus.CANCELLED, "no longer planned; never appended"),
        (ActionStatus.PENDING, None),  # the next one, after the new promise
    ]
