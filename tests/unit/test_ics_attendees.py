"""Who an .ics invitation invites: people are interviewers; rooms and groups are not."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from followupd.core.dates import interview_from_calendars

ICS = (
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\n"
    "UID:x-1@acme.example\r\nDTSTAMP:20261201T090000Z\r\nDTSTART:20261203T140000Z\r\n"
    "DTEND:20261203T150000Z\r\nSUMMARY:Interview\r\n"
    "ORGANIZER;CN=Priya Raman:mailto:priya@acme.example\r\n"
    "ATTENDEE;CN=Tom Becker;CUTYPE=INDIVIDUAL:mailto:tom@acme.example\r\n"
    "ATTENDEE;CN=Ann Lee:mailto:ann@acme.example\r\n"
    "ATTENDEE;CN=Room Fjord 4.12;CUTYPE=ROOM:mailto:c_1881@resource.calendar.google.com\r\n"
    "ATTENDEE;CN=Projector;CUTYPE=RESOURCE:mailto:projector@acme.example\r\n"
    "ATTENDEE;CN=Data Panel;CUTYPE=GROUP:mailto:data-panel@acme.example\r\n"
    "END:VEVENT\r\nEND:VCALENDAR\r\n"
)


def test_rooms_resources_and_groups_are_not_interviewers() -> None:
    found = interview_from_calendars([ICS], default_tz=ZoneInfo("UTC"))
    assert found.value is not None
    interviewers = [(c.email, c.role) for c in found.value.interviewers]
    assert interviewers == [
        ("priya@acme.example", "organizer"),
        ("tom@acme.example", "interviewer"),
        ("ann@acme.example", "interviewer"),
    ]
