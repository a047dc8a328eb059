"""The calendar feed's events: stable UIDs, joining details from the booking mail, revisions
that move only with the event, and the feed read back by two parsers."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar
import vobject
from reportfactory import NOW, Mailbox, action, at

from followupd.calendar_feed import previous_revisions, render_feed
from followupd.core.agenda.feed import feed_events
from followupd.core.agenda.joining import Joining, joining_details, meeting_link
from followupd.core.agenda.revisions import Revision, settle
from followupd.core.plan.evaluate import ApplicationView
from followupd.core.plan.planner import Plan
from followupd.model import ActionKind, Contact, FolderRole, Interview, Label, Message, State

UTC = ZoneInfo("UTC")
HOUR = timedelta(hours=1)
PRIYA = Contact("Priya Raman", "priya@acme.example", "organizer")
TOM = Contact("Tom Becker", "tom@acme.example", "interviewer")
ICS = (
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//EN\r\nBEGIN:VEVENT\r\nUID:acme-7\r\n"
    "DTSTART:20270208T140000Z\r\nDTEND:20270208T150000Z\r\nDTSTAMP:20270201T090000Z\r\n"
    "LOCATION:Room 4\\, 12 Harbour Street\r\nDESCRIPTION:Passcode: 424242\r\n"
    "X-GOOGLE-CONFERENCE:https://meet.google.com/abc-defg-hij\r\nEND:VEVENT\r\n"
    "END:VCALENDAR\r\n"
)


def _acme(start_day: int, *, sequence: int = 0, text: str = "") -> ApplicationView:
    """Acme with one interview (from their .ics, UID acme-7) and a thank-you planned after it."""
    box = Mailbox("acme.example", "Priya Raman")
    box.sent(at(0))
    slot = Interview(at(start_day, 14), None, "ics", sequence, uid="acme-7",
                     interviewers=(PRIYA, TOM))  # fmt: skip
    booked = box.received(at(1), Label.CONFIRMATION, interview=slot)
    box.messages[-1] = replace(booked, text=text, calendars=(ICS,))
    thanks = action("a", ActionKind.THANK_YOU, at(start_day, 16), box.person)
    plan = Plan(actions=(thanks,))
    return box.view("a-acme", State.SCHEDULED, interviews=[slot], plan=plan,
                    promised_by=date(2027, 2, 20))  # fmt: skip


def _by_category(views: list[ApplicationView]) -> dict[str, list[object]]:
    found: dict[str, list[object]] = {}
    for event in feed_events(views, zone=UTC, interview_length=HOUR):
        found.setdefault(event.category, []).append(event)
    return found


def test_an_interview_event_with_its_people_and_how_to_join() -> None:
    text = "Join us on Zoom: https://acme.zoom.us/j/123456?pwd=x.\nMeeting ID: 123 456\n"
    events = feed_events([_acme(7, text=text)], zone=UTC, interview_length=HOUR)
    assert [e.category for e in events] == ["interview", "draft", "decision"]
    interview = events[0]
    assert interview.summary == "Interview: Analyst at Acme"
    assert (interview.start, interview.end) == (at(7, 14), at(7, 15))  # default length
    assert interview.organizer == PRIYA and interview.attendees == (TOM,)
    assert interview.busy and interview.base_sequence == 0
    # The calendar part first (its conference link and place), the text's access lines too.
    assert interview.url == "https://meet.google.com/abc-defg-hij"
    assert interview.location == "Room 4, 12 Harbour Street"
    assert interview.description.splitlines() == [
        "Interview for Analyst at Acme.",
        "With: Tom Becker <tom@acme.example>",
        "Organised by: Priya Raman <priya@acme.example>",
        "Join: https://meet.google.com/abc-defg-hij",
        "Where: Room 4, 12 Harbour Street",
        "Passcode: 424242",
        "Meeting ID: 123 456",
        "followupd explain a-acme",
    ]


def test_uids_stay_when_an_interview_and_its_thank_you_move() -> None:
    before = feed_events([_acme(7)], zone=UTC, interview_length=HOUR)
    after = feed_events([_acme(9, sequence=1)], zone=UTC, interview_length=HOUR)
    assert [e.uid for e in before] == [e.uid for e in after]
    assert [e.fingerprint() == f.fingerprint() for e, f in zip(before, after, strict=True)] == [
        False, False, True,  # the interview and its thank-you moved; the decision date did not
    ]  # fmt: skip
    assert after[0].base_sequence == 1
    assert all(e.uid.endswith("@followupd.invalid") for e in before)


def test_decision_dates_only_while_the_application_is_open() -> None:
    open_ = _acme(7)
    closed = replace(open_, state=replace(open_.state, state=State.REJECTED))
    assert "decision" in _by_category([open_])
    assert "decision" not in _by_category([closed])
    quiet = replace(open_, state=replace(open_.state, state=State.NOT_RECRUITING))
    assert feed_events([quiet], zone=UTC, interview_length=HOUR) == ()


def test_two_rounds_to_one_person_are_two_events() -> None:
    view = _acme(7)
    person = view.app.messages[-1].from_[0]
    again = action("a", ActionKind.FOLLOWUP, at(30), person)
    later = action("a", ActionKind.FOLLOWUP, at(44), person)
    twice = replace(view, plan=Plan(actions=(again, later)))
    drafts = _by_category([twice])["draft"]
    assert len({e.uid for e in drafts}) == 2  # type: ignore[attr-defined]


def test_meeting_links_are_only_those_of_meeting_services() -> None:
    assert meeting_link("see https://example.com/x and https://teams.microsoft.com/l/meet/1.") == (
        "https://teams.microsoft.com/l/meet/1"
    )
    assert meeting_link("http://zoom.us/j/1 is not https") is None
    assert meeting_link("https://zoom.us.evil.example/j/1") is None
    garbage = ("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART:nonsense",)
    broken = Message(None, FolderRole.INBOX, None, None, (), "s", (), (), (), (), NOW, "",
                     calendars=garbage)  # fmt: skip
    slot = Interview(at(7, 14), None, "ics", uid="x")
    assert joining_details(slot, [broken]) == Joining()
    assert not Joining()


def test_revisions_move_only_with_the_event() -> None:
    first = feed_events([_acme(7)], zone=UTC, interview_length=HOUR)
    settled = settle(first, {}, NOW)
    assert [(s.sequence, s.stamp) for s in settled] == [(0, NOW)] * 3
    memory = {s.event.uid: Revision(s.sequence, s.fingerprint, s.stamp) for s in settled}
    later = NOW + timedelta(days=1)
    again = settle(first, memory, later)
    assert [(s.sequence, s.stamp) for s in again] == [(0, NOW)] * 3  # nothing changed
    moved = settle(feed_events([_acme(9, sequence=1)], zone=UTC, interview_length=HOUR),
                   memory, later)  # fmt: skip
    assert [(s.sequence, s.stamp) for s in moved] == [(1, later), (1, later), (0, NOW)]
    employer_ahead = {u: replace(r, sequence=0) for u, r in memory.items()}
    jumped = settle(feed_events([_acme(9, sequence=5)], zone=UTC, interview_length=HOUR),
                    employer_ahead, later)  # fmt: skip
    assert jumped[0].sequence == 5  # never below the employer's own SEQUENCE


def test_the_feed_reads_back_in_two_parsers_and_remembers_itself(tmp_path: Path) -> None:
    events = feed_events([_acme(7)], zone=UTC, interview_length=HOUR)
    settled = settle(events, {}, NOW)
    feed = render_feed(settled)
    calendar = icalendar.Calendar.from_ical(feed)
    assert str(calendar["X-WR-CALNAME"]) == "Job search (followupd)"
    assert "METHOD" not in calendar  # a published feed, not an invitation
    ours = list(calendar.walk("VEVENT"))
    assert [str(e["UID"]) for e in ours] == [e.uid for e in events]
    interview = ours[0]
    assert interview.decoded("DTSTART") == at(7, 14)
    assert str(interview["ORGANIZER"]) == "mailto:priya@acme.example"
    assert str(interview["ATTENDEE"].params["CN"]) == "Tom Becker"
    assert str(interview["TRANSP"]) == "OPAQUE" and str(ours[1]["TRANSP"]) == "TRANSPARENT"
    assert ours[2].decoded("DTSTART") == date(2027, 2, 20)  # all day
    theirs = vobject.readOne(feed.decode()).vevent_list
    assert [e.uid.value for e in theirs] == [e.uid for e in events]
    assert theirs[0].dtstart.value == at(7, 14)
    assert theirs[0].location.value == "Room 4, 12 Harbour Street"
    assert [a.params["CN"][0] for a in theirs[0].attendee_list] == ["Tom Becker"]
    assert theirs[2].dtstart.value == date(2027, 2, 20)

    path = tmp_path / "feed.ics"
    path.write_bytes(feed)
    assert previous_revisions(path) == {
        s.event.uid: Revision(s.sequence, s.fingerprint, s.stamp) for s in settled
    }
    assert previous_revisions(tmp_path / "absent.ics") == {}
    path.write_bytes(b"BEGIN:VCALENDAR\r\nnot a calendar at all")
    assert previous_revisions(path) == {}
