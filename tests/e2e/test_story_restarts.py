"""Story 7: story 1 again, with the process killed at random points before every run.

Before each step of the Northwind story a `run --once` is started and killed: at steps
that draft, inside drafting at a random one of the crash points (and a random how-many-th
time); elsewhere, at random, from outside after a random delay, wherever it is (starting,
syncing, planning, writing the plan). Then the step's ordinary run goes ahead, as a
restart would. The drafts must be those of the undisturbed story, each made once.
"""

from __future__ import annotations

import os
import random
import signal
from datetime import UTC, datetime
from pathlib import Path

from crashpoint import MARKER, POINTS
from storykit import Story
from storykit.northwind import STEPS, check, play

from followupd.testing import DovecotServer, MailUser

START = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)
SEED = int(os.environ.get("FOLLOWUPD_CHAOS_SEED", "20261130"))


def test_sigkill_at_random_points_across_the_story_changes_nothing(
    tmp_path: Path, dovecot: DovecotServer, mail_user: MailUser
) -> None:
    rng = random.Random(SEED)  # noqa: S311 - a reproducible choice of kill points
    story = Story(dovecot, mail_user, tmp_path, START)
    drafting = {story.day(d, h, m): kinds for _, d, h, m, kinds in STEPS if kinds}
    kills: list[str] = []

    def chaos(now: datetime) -> None:
        if now in drafting:
            point = rng.choice(sorted(POINTS))
            hit = rng.randint(1, len(drafting[now]))
            done = story.crash_run(now, point, hit)
            assert f"{MARKER} {point} #{hit}" in done.stderr, (SEED, now, done.stderr)
        elif rng.random() < 0.5:
            delay = rng.uniform(0.05, 0.7)
            point = f"timer {delay:.2f}s"
            done = story.crash_run(now, delay=delay)
        else:
            return  # just the ordinary run: a restart since the last step
        assert done.returncode in (0, -signal.SIGKILL), (SEED, now, done.stderr)
        if done.returncode:
            kills.append(f"{now:%m-%d %H:%M} {point}")

    mails, made = play(story, chaos)
    check(story, mails, made)  # the very drafts of the undisturbed story, once each
    assert len(kills) >= 5, kills  # every drafting step died at least once
    assert story.appends() == 4, (SEED, kills)  # no APPEND was ever repeated
    [thread] = story.status(story.day(121))
    assert thread["state"] == "moved_on"
