"""The second story and its ground truth hold together (no mail server needed)."""

from __future__ import annotations

from datetime import timedelta
from email import policy
from email.parser import BytesParser

import pytest

from replay import mailbox, story, story_fresh, truth
from replay.plot import Inbound, Outbound, Plot

# Relays of real services that the second story borrows from the kit (Workday, Lever).
BORROWED_RELAYS = {"myworkday.com", "hire.lever.co"}


@pytest.fixture(scope="module")
def plot() -> Plot:
    return story_fresh.build()


def test_a_second_search_over_the_same_fourteen_weeks(plot: Plot) -> None:
    events = plot.events()
    assert len(plot.employers) >= 16
    assert events[-1].at - events[0].at >= timedelta(weeks=14)
    assert events[0].at >= story.START and events[-1].at <= story.END
    assert story_fresh.START == story.START and story_fresh.END == story.END
    assert story_fresh.INSTALL != story.INSTALL
    assert story.START < story_fresh.INSTALL < story.END


def test_the_shapes_it_promises_are_there(plot: Plot) -> None:
    inbound = [e for e in plot.events() if isinstance(e, Inbound)]
    assert any(dict(e.headers).get("Auto-Submitted") == "auto-replied" for e in inbound)
    assert any(e.closes == "offer" for e in inbound)
    withdrawals = [e for e in plot.events() if isinstance(e, Outbound) and e.closes]
    assert len(withdrawals) >= 2
    moved = [e for e in inbound if e.calendar and "SEQUENCE:1" in e.calendar]
    assert moved and all(e.parent is None for e in moved)
    personal = [e for e in inbound if e.sender.email.endswith("@webpost.example")]
    assert personal
    german = [e for e in inbound if "Viele Gr\u00fc\u00dfe" in e.text]
    assert german
    assert all(e.bulk for e in plot.lists.events if isinstance(e, Inbound))
    assert not plot.lists.expected


def test_quoted_replies_and_auto_headers_survive_the_mailbox(plot: Plot) -> None:
    events = {e.label: e for e in plot.events()}
    away = events["brackenfold/away"]
    assert isinstance(away, Inbound)
    msg = BytesParser(policy=policy.default).parsebytes(mailbox.inbound(away, None).raw)
    assert msg["Auto-Submitted"] == "auto-replied"
    decline = events["dunmarsh/decline"]
    assert isinstance(decline, Inbound)
    assert "wrote:\n> " in decline.text


def test_installed_truth(plot: Plot) -> None:
    kept, dropped = truth.installed(plot, story_fresh.INSTALL)
    everything = {x.id for x in truth.from_start(plot)}
    assert {x.id for x in kept} | set(dropped) == everything
    assert not {x.id for x in kept} & set(dropped)
    overdue = {x.id for x in kept if x.window.earliest < story_fresh.INSTALL}
    assert overdue == {
        "dunmarsh/rejection-reply", "kilnworth/status-check", "brackenfold/status-check",
    }  # fmt: skip
    assert "ottermoor/invitation-reply" in {x.id for x in kept}  # revived after abandonment
    assert truth.abandoned(plot.employers["mossgate"], story_fresh.INSTALL)
