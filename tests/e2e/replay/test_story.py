"""The story and its ground truth hold together (no mail server needed)."""

from __future__ import annotations

from datetime import date, time, timedelta
from email import policy
from email.parser import BytesParser

import pytest

from replay import clock, mailbox, truth
from replay.plot import Inbound, Plot
from replay.relays import as_html
from replay.story import END, INSTALL, START, build

RELAY_DOMAINS = {
    "us.greenhouse-mail.io", "hire.lever.co", "myworkday.com", "smartrecruiters.com",
    "ashbyhq.com", "candidates.workablemail.com", "linkedin.com",
}  # fmt: skip


@pytest.fixture(scope="module")
def plot() -> Plot:
    return build()


def test_a_search_of_forty_employers_over_fourteen_weeks(plot: Plot) -> None:
    events = plot.events()
    assert len(plot.employers) >= 40
    assert events[-1].at - events[0].at >= timedelta(weeks=14)
    assert events[0].at >= START and events[-1].at <= END
    assert all(e.employer for e in plot.expected())


def test_list_mail_is_marked_and_wants_nothing(plot: Plot) -> None:
    lists = [e for e in plot.lists.events if isinstance(e, Inbound)]
    assert len(lists) > 30
    assert all(e.bulk for e in lists)
    assert sum("List-Unsubscribe" in dict(e.headers) for e in lists) == len(lists) - 1
    assert any("List-Id" in dict(e.headers) for e in lists)
    assert not plot.lists.expected


def test_a_cancellation_and_a_reschedule_reuse_the_uid(plot: Plot) -> None:
    calendars = [e for e in plot.events() if isinstance(e, Inbound) and e.calendar]
    cancels = [e for e in calendars if "METHOD:CANCEL" in (e.calendar or "")]
    assert cancels and all(e.parent is None for e in cancels)
    moved = [e for e in calendars if "SEQUENCE:1" in (e.calendar or "") and e not in cancels]
    for event in [*cancels, *moved]:
        uid = next(ln for ln in (event.calendar or "").splitlines() if ln.startswith("UID:"))
        assert any(uid in (e.calendar or "") and e.at < event.at for e in calendars)
    assert moved


def test_messages_are_well_formed(plot: Plot) -> None:
    events = {e.label: e for e in plot.events()}
    booked = events["cobaltwick/booked"]
    assert isinstance(booked, Inbound)
    mail = mailbox.inbound(booked, None)
    msg = BytesParser(policy=policy.default).parsebytes(mail.raw)
    assert msg["Message-ID"] == mailbox.message_id("cobaltwick/booked", "cobaltwick.example")
    assert [p.get_content_type() for p in msg.walk()][-1] == "text/calendar"
    ack = events["orchidvale/ack"]
    assert isinstance(ack, Inbound) and ack.html_only
    only = BytesParser(policy=policy.default).parsebytes(mailbox.inbound(ack, None).raw)
    assert only.get_content_type() == "text/html"
    assert "<p" in as_html("a\n\nb", brand="X")


def test_policy_clock() -> None:
    friday = clock.t(1, 30, 16, 5)
    assert clock.next_morning(friday).earliest == clock.t(2, 2, 9, 0)
    assert clock.working(clock.t(1, 10, 9, 40)) == clock.t(1, 12, 9, 0)  # Saturday
    assert clock.working(clock.t(1, 13, 8, 0)) == clock.t(1, 13, 9, 0)
    assert clock.at_once(clock.t(1, 13, 11, 20)).earliest == clock.t(1, 13, 11, 20)
    assert clock.status_promised(date(2026, 3, 13)).earliest == clock.t(3, 17, 9, 30)
    late = clock.thank_you(clock.t(2, 10, 16, 45))
    assert (late.earliest, late.latest) == (clock.t(2, 10, 18, 45), clock.t(2, 11, 11, 0))
    assert clock.followup(clock.t(2, 20, 12, 10)).earliest == clock.t(3, 6, 9, 0)
    assert clock.t(4, 1, 10, 30).utcoffset() == timedelta(hours=2)  # CEST after 29 March
    assert clock.on(date(2026, 1, 5), time(9)).utcoffset() == timedelta(hours=1)


def test_installed_truth(plot: Plot) -> None:
    kept, dropped = truth.installed(plot, INSTALL)
    everything = {x.id for x in truth.from_start(plot)}
    assert {x.id for x in kept} | set(dropped) == everything
    assert not {x.id for x in kept} & set(dropped)
    overdue = [x for x in kept if x.window.earliest < INSTALL]
    assert {x.id for x in overdue} == {
        "kestrelby/rejection-reply", "quaymoor/status-check", "nettlefield/reply",
    }  # fmt: skip
    assert all(x.window.latest >= INSTALL for x in overdue)
    closed = {x.employer for x in kept if plot.employers[x.employer].closed_at()}
    for x in kept:
        if x.employer in closed and x.kind in {"status_check", "followup"}:
            closes = plot.employers[x.employer].closed_at()
            assert closes is not None and x.window.earliest < closes, x.id
