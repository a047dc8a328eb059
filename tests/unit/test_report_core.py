"""The report's figures from application views at an injected moment: funnel, weeks, response
times, timeline marks, what waits on the user and what needs a look."""

from __future__ import annotations

from datetime import date, timedelta
from zoneinfo import ZoneInfo

import pytest
from reportfactory import NOW, PARTIES, Mailbox, action, at

from followupd.core.plan.evaluate import ApplicationView
from followupd.core.plan.planner import Plan
from followupd.core.report.build import applications, build_report
from followupd.core.report.facts import LedgerEntry, Outcome, facts_of
from followupd.core.report.funnel import funnel, summary_line, weekly
from followupd.core.report.responses import response_times
from followupd.core.report.timeline import MarkKind, timeline
from followupd.model import ActionKind, Contact, Interview, Label, Request, State
from followupd.reports import shown_state as status_shown_state

HOSTILE = "Interview </script><img src=x onerror=alert(1)>"
TOM = Contact("Tom Becker", "tom@acme.example", "interviewer")


def search() -> tuple[list[ApplicationView], list[LedgerEntry]]:
    """Six applications, one of each way a search goes, and the ledger's drafts."""
    acme = Mailbox("acme.example")
    acme.sent(at(0))
    acme.received(at(0, 9, 5), Label.ACKNOWLEDGMENT, person=False)
    acme.received(at(2, 10), Label.INVITATION, subject=HOSTILE)
    acme.received(at(2, 15), Label.OTHER)  # a second word from them: no wait ends here
    acme.sent(at(3), "Re: Interview")
    slot = Interview(at(7, 14), at(7, 15), "ics", 0, uid="acme-1", interviewers=(TOM,))
    acme.received(at(4), Label.CONFIRMATION, interview=slot)
    acme.sent(at(8, 17), "Thank you")
    acme.received(at(12), Label.REJECTION, person=False)
    asked = Request(None, "k", at(2, 10), ("your availability",))
    a = acme.view("a-acme", State.REJECTED, since=at(12), interviews=[slot], open_request=asked)

    bright = Mailbox("brightwave.example")
    bright.sent(at(7))
    bright.received(at(7, 9, 5), Label.ACKNOWLEDGMENT, person=False)
    sent_draft = bright.sent(at(14))  # the user sent our draft as it was
    b = bright.view("b-bright", State.SILENT, since=at(7), company="Brightwave")

    cobalt = Mailbox("cobalt.example", "Ola Berg")
    cobalt.received(at(14), Label.INVITATION)  # they reached out: no clock yet
    cobalt.sent(at(15))
    cobalt.received(at(15, 12), Label.OTHER)
    note = "2027-02-16 a person wrote and followupd cannot tell what it says: needs a look"
    question = Request(None, "q", at(15, 12), ("a call",))
    c = cobalt.view("c-cobalt", State.NEEDS_REVIEW, company="Cobalt", evidence=[note],
                    open_request=question)  # fmt: skip

    delta = Mailbox("delta.example")
    delta.received(at(20), Label.ACKNOWLEDGMENT, person=False)  # applied on their site
    delta.received(at(30), Label.OFFER)
    d = delta.view("d-delta", State.OFFER, since=at(30), company="Delta")

    echo = Mailbox("echo.example")
    echo.sent(at(6, 23, 30))  # Sunday night in UTC, Monday in Berlin
    e = echo.view("e-echo", State.SILENT, since=at(6), company="Echo", plan=Plan(moved_on=at(26)))

    other = Mailbox("cobalt.example", "Ola Berg")
    other.sent(at(16), "Application: Designer")
    planned = action("f-cobalt", ActionKind.FOLLOWUP, at(44), other.person)
    f = other.view("f-cobalt", State.AWAITING_REPLY, company="Cobalt", role="Designer",
                   plan=Plan(actions=(planned,)), promised_by=date(2027, 3, 12))  # fmt: skip

    ledger = [
        LedgerEntry("ty", "a-acme", ActionKind.THANK_YOU, "done", at(8, 15), at(8, 15), "<ty@x>"),
        LedgerEntry(
            "sc", "b-bright", ActionKind.STATUS_CHECK, "done", at(14), at(14), sent_draft.message_id
        ),
        LedgerEntry("ir", "c-cobalt", ActionKind.INVITATION_REPLY, "done", at(14, 9), at(14, 9)),
        LedgerEntry("fu", "e-echo", ActionKind.FOLLOWUP, "missed", at(20)),
        LedgerEntry(
            "st",
            "f-cobalt",
            ActionKind.STATUS_CHECK,
            "done",
            at(30),
            at(30),
            "<st@x>",
            ("ola@cobalt.example",),
        ),
        LedgerEntry("gone", "f-cobalt", ActionKind.FOLLOWUP, "cancelled", at(31)),
    ]
    return [a, b, c, d, e, f], ledger


def test_milestones_of_an_application() -> None:
    views, _ = search()
    acme, bright, _, delta, echo, _ = (facts_of(v, PARTIES) for v in views)
    assert acme.applied_at == at(0)
    assert acme.answered_at == at(2, 10)  # not the acknowledgment five minutes in
    assert acme.interviewed_at == at(4)  # booked then; held on day 7
    assert (acme.outcome, acme.outcome_at) == (Outcome.DECLINED, at(12))
    assert bright.answered_at is None and bright.outcome is Outcome.SILENT
    assert delta.answered_at == at(30)
    assert (echo.state, echo.outcome, echo.outcome_at) == (State.MOVED_ON, Outcome.MOVED_ON, at(26))
    for view in views:  # the report and `status` agree on what to call each application
        assert facts_of(view, PARTIES).state is status_shown_state(view)


def test_the_funnel_counts_and_shares() -> None:
    views, _ = search()
    result = funnel(applications(views, PARTIES))
    assert [(s.stage, s.count) for s in result.stages] == [
        ("applied", 6), ("answered", 3), ("interviewed", 1), ("offer", 1), ("declined", 1),
        ("silent", 1), ("moved on", 1),
    ]  # fmt: skip
    assert result.count("answered") == 3 and result.stages[1].share == 0.5
    assert result.in_progress == 2
    assert summary_line(result) == (
        "6 applications: 3 answered (50%), 1 interviewed (17%), 1 offer, 1 declined, 1 silent, "
        "1 moved on; 2 in progress"
    )
    assert summary_line(funnel([])) == "No applications yet."
    with pytest.raises(KeyError):
        result.count("hired")


def test_weeks_are_counted_in_the_users_zone_until_now() -> None:
    views, _ = search()
    facts = applications(views, PARTIES)
    berlin = weekly(facts, now=NOW, zone=ZoneInfo("Europe/Berlin"))
    utc = weekly(facts, now=NOW, zone=ZoneInfo("UTC"))
    assert [w.start for w in berlin][:2] == [date(2027, 2, 1), date(2027, 2, 8)]
    assert berlin[-1].start == date(2027, 3, 8)  # now's week, though nothing happened in it
    assert berlin[0].new["applied"] == 1 and utc[0].new["applied"] == 2  # Echo's Sunday night
    assert berlin[-1].total == {"applied": 6, "answered": 3, "interviewed": 1, "offer": 1,
                                "declined": 1, "moved on": 1}  # fmt: skip
    earlier = weekly(facts, now=at(10), zone=ZoneInfo("UTC"))
    assert earlier[-1].total["declined"] == 0  # the rejection of day 12 is still to come
    assert weekly([], now=NOW, zone=ZoneInfo("UTC")) == ()


def test_response_times_run_from_the_application_or_the_users_last_message() -> None:
    views, _ = search()
    times = response_times(applications(views, PARTIES), PARTIES, NOW)
    waits = [(w.application_id, w.since, w.answered, w.from_you) for w in times.waits]
    assert waits == [
        ("a-acme", at(0), at(2, 10), True),
        ("a-acme", at(3), at(4), True),
        ("a-acme", at(8, 17), at(12), True),
        ("c-cobalt", at(15), at(15, 12), True),
        ("d-delta", at(20), at(30), False),  # since the acknowledgment of a web application
    ]
    assert [e.employer for e in times.employers] == ["Cobalt", "Acme", "Delta"]
    acme = times.employers[1]
    assert (acme.count, acme.median, acme.low, acme.high) == (
        3, timedelta(days=2, hours=1), timedelta(days=1), timedelta(days=3, hours=16),
    )  # fmt: skip
    assert acme.low < acme.q1 < acme.median < acme.q3 < acme.high
    assert times.median == timedelta(days=2, hours=1)
    never = [(u.application_id, u.since, u.state) for u in times.never]
    assert never == [
        ("e-echo", at(6, 23, 30), "moved on"),
        ("b-bright", at(7), "silent"),
        ("f-cobalt", at(16), "awaiting reply"),
    ]
    assert times.never[0].waited == NOW - at(6, 23, 30)


def test_a_timeline_row_per_application_with_every_mark() -> None:
    views, ledger = search()
    rows = timeline(applications(views, PARTIES), ledger, PARTIES)
    assert [r.application_id for r in rows] == [
        "a-acme", "e-echo", "b-bright", "c-cobalt", "f-cobalt", "d-delta",
    ]  # fmt: skip
    acme = rows[0]
    assert [(m.at, m.kind) for m in acme.marks] == [
        (at(0), MarkKind.YOU),
        (at(0, 9, 5), MarkKind.AUTOMATED),
        (at(2, 10), MarkKind.PERSON),
        (at(2, 15), MarkKind.PERSON),
        (at(3), MarkKind.YOU),
        (at(4), MarkKind.PERSON),
        (at(7, 14), MarkKind.INTERVIEW),
        (at(8, 15), MarkKind.DRAFT),
        (at(8, 17), MarkKind.YOU),
        (at(12), MarkKind.REJECTION),
    ]
    texts = [m.text for m in acme.marks]
    assert texts[2] == f"invitation: {HOSTILE}"  # a subject, as it is: the page escapes it
    assert texts[6] == "interview with Tom Becker"
    assert texts[7] == "thank-you note"
    assert (acme.employer, acme.role, acme.state, acme.next_draft) == (
        "Acme",
        "Analyst",
        "rejected",
        None,
    )
    echo = rows[1]
    assert [(m.kind, m.text) for m in echo.marks][-1] == (MarkKind.MISSED, "follow-up (missed)")
    assert echo.state == "moved on"
    designer = rows[4]
    assert designer.next_draft is not None
    assert (designer.next_draft.at, designer.next_draft.kind) == (at(44), MarkKind.PLANNED)
    assert MarkKind.OFFER in {m.kind for m in rows[5].marks}


def test_what_waits_on_the_user_and_what_needs_a_look() -> None:
    views, ledger = search()
    report = build_report(views, ledger, parties=PARTIES, now=NOW, zone=ZoneInfo("UTC"))
    # Acme's thank-you and Cobalt's reply were followed by the user's own mail; Brightwave's
    # draft was sent as it was (its Message-ID is in Sent); the status check to Cobalt waits.
    assert [(w.application_id, w.kind, w.to) for w in report.waiting] == [
        ("f-cobalt", ActionKind.STATUS_CHECK, ("ola@cobalt.example",))
    ]
    assert [(q.employer, q.asks) for q in report.questions] == [("Cobalt", ("a call",))]
    [unsure] = report.unsure
    assert unsure.why.endswith("cannot tell what it says: needs a look")
    assert unsure.commands == (
        "followupd explain c-cobalt",
        "followupd ignore c-cobalt",
        "followupd merge c-cobalt f-cobalt",  # the other application of the same employer
    )
    assert report.now == NOW and report.funnel.applied == 6 and len(report.timeline) == 6
