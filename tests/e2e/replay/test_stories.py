"""What every replay story promises, checked on each of them (no mail server needed).

A story is only a fair test when its own ground truth is consistent: labels unique, parents
before children, every expected draft answering mail of its own employer and going to a
person, nothing but a decline's answer expected after an application closed, and every
address made up. The stories' own shapes are tested beside each story.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from itertools import combinations

import pytest

from replay import story, story_fresh, story_third, truth
from replay.plot import Inbound, Outbound, Plot, SendsDraft

# Real services whose relay addresses the stories borrow, so the mail looks as it does.
RELAY_DOMAINS = {
    "us.greenhouse-mail.io", "hire.lever.co", "myworkday.com", "smartrecruiters.com",
    "ashbyhq.com", "candidates.workablemail.com", "linkedin.com",
}  # fmt: skip

STORIES: dict[str, Callable[[], Plot]] = {
    "main": story.build,
    "fresh": story_fresh.build,
    "third": story_third.build,
}
INSTALLS = {"main": story.INSTALL, "fresh": story_fresh.INSTALL, "third": story_third.INSTALL}
_BUILT: dict[str, Plot] = {}


def built(name: str) -> Plot:
    """Each story built once per session (plain data, never changed by a test)."""
    if name not in _BUILT:
        _BUILT[name] = STORIES[name]()
    return _BUILT[name]


@pytest.fixture(params=sorted(STORIES))
def plot(request: pytest.FixtureRequest) -> Plot:
    return built(request.param)


def _domains(p: Plot) -> set[str]:
    out = {e.sender.email.rpartition("@")[2] for e in p.events() if isinstance(e, Inbound)}
    return {d for d in out if d.endswith(".example")}


def test_each_story_spans_the_same_fourteen_weeks(plot: Plot) -> None:
    events = plot.events()
    assert events[-1].at - events[0].at >= timedelta(weeks=14)
    assert events[0].at >= story.START and events[-1].at <= story.END
    assert all(e.employer for e in plot.expected())


def test_stories_share_no_employer_name_or_domain() -> None:
    for a, b in combinations(sorted(STORIES), 2):
        one, two = built(a), built(b)
        assert not set(one.employers) & set(two.employers), (a, b)
        names = {e.name for e in one.employers.values()}
        assert not {e.name for e in two.employers.values()} & names, (a, b)
        assert not _domains(one) & _domains(two), (a, b)
    assert len(set(INSTALLS.values())) == len(INSTALLS)
    assert all(story.START < at < story.END for at in INSTALLS.values())


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
        assert all(events[p].employer == x.employer for p in x.parents), x.id
        assert x.to.email.endswith(".example"), x.id
        assert "noreply" not in x.to.email and "no-reply" not in x.to.email, x.id
        assert x.why


def test_the_user_sends_a_draft_only_after_its_window(plot: Plot) -> None:
    for x in plot.expected():
        if x.send_at is not None:
            assert x.send_at > x.window.latest, x.id


def test_nothing_but_a_decline_answer_is_expected_after_an_application_closed(
    plot: Plot,
) -> None:
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
                relay = domain in RELAY_DOMAINS or domain.endswith(".bamboohr.com")
                assert domain.endswith(".example") or relay, person


def test_list_mail_is_marked_and_wants_nothing(plot: Plot) -> None:
    assert plot.lists.events and not plot.lists.expected
    assert all(e.bulk for e in plot.lists.events if isinstance(e, Inbound))


@pytest.mark.parametrize("name", sorted(STORIES))
def test_installed_truth_splits_every_draft_once(name: str) -> None:
    plot = built(name)
    kept, dropped = truth.installed(plot, INSTALLS[name])
    everything = {x.id for x in truth.from_start(plot)}
    assert {x.id for x in kept} | set(dropped) == everything
    assert not {x.id for x in kept} & set(dropped)
    for x in kept:
        if x.window.earliest < INSTALLS[name]:
            assert x.window.latest >= INSTALLS[name], x.id  # overdue, but still in time


def test_every_kind_is_expected(plot: Plot) -> None:
    assert {x.kind for x in truth.from_start(plot)} == {
        "invitation_reply", "confirmation_reply", "reply", "thank_you", "status_check",
        "followup", "rejection_reply",
    }  # fmt: skip
