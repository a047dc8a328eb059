"""The second story and its ground truth hold together (no mail server needed)."""

from __future__ import annotations

from collections import Counter
from datetime import datetime, timedelta
from email import policy
from email.parser import BytesParser

import pytest

from replay import mailbox, story, story_fresh, truth
from replay.plot import Inbound, Outbound, Plot, SendsDraft

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


def test_it_shares_nothing_with_the_first_story(plot: Plot) -> None:
    first = story.build()
    assert not set(plot.employers) & set(first.employers)
    names = {e.name for e in first.employers.values()}
    assert not {e.name for e in plot.employers.values()} & names

    def domains(p: Plot) -> set[str]:
        out = set()
        for event in p.events():
            if isinstance(event, Inbound):
                out.add(event.sender.email.rpartition("@")[2])
        return {d for d in out if d.endswith(".example")}

    assert not domains(plot) & domains(first)


def test_labels_are_unique_and_parents_come_first(plot: Plot) -> None:
    seen: dict[str, datetime] = {}
    expected = {x.id: x for x in plot.expected()}
    for event in plot.events():
        assert event.label not in seen, event.label
        parent = None if isinstance(event, SendsDraft) else event.parent
        if parent is not None:
            assert seen[parent] <= event.at, event.label
        if isinstance(event, SendsDraft):
            assert expected[event.expect].parents[0] in seen
        seen[event.label] = event.at


def test_every_expected_draft_answers_mail_of_its_employer(plot: Plot) -> None:
    events = {e.label: e for e in plot.events()}
    for x in plot.expected():
        first = events[x.parents[0]]
        assert isinstance(first, Inbound), x.id
        assert first.employer == x.employer
        assert first.at <= x.window.earliest, x.id
        assert x.to.email.endswith(".example"), x.id
        assert "noreply" not in x.to.email and "no-reply" not in x.to.email, x.id
        assert all(events[p].employer == x.employer for p in x.parents), x.id
        assert x.why


def test_the_user_sends_a_draft_only_after_its_window(plot: Plot) -> None:
    for x in plot.expected():
        if x.send_at is not None:
            assert x.send_at > x.window.latest, x.id


def test_nothing_is_expected_after_an_application_closed(plot: Plot) -> None:
    for x in plot.expected():
        closed = plot.employers[x.employer].closed_at()
        if closed is not None and x.kind != "rejection_reply":
            assert x.window.earliest < closed, x.id


def test_addresses_are_made_up(plot: Plot) -> None:
    for event in plot.events():
        people = [event.sender, event.reply_to] if isinstance(event, Inbound) else []
        people += [event.to] if isinstance(event, Outbound) else []
        for person in people:
            if person is not None:
                domain = person.email.rpartition("@")[2]
                assert domain.endswith(".example") or domain in BORROWED_RELAYS, person


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


def test_every_kind_is_expected(plot: Plot) -> None:
    kinds = Counter(x.kind for x in truth.from_start(plot))
    assert set(kinds) == {
        "invitation_reply", "confirmation_reply", "reply", "thank_you", "status_check",
        "followup", "rejection_reply",
    }  # fmt: skip
