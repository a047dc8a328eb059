"""Interview slots from text/calendar parts."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from followupd.core.dates import interview_from_calendars

BERLIN = ZoneInfo("Europe/Berlin")


def _cal(events: str, method: str = "REQUEST", extra: str = "") -> str:
    head = f"METHOD:{method}\r\n" if method else ""
    return (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n"
        f"{head}{extra}{events}END:VCALENDAR\r\n"
    )


def _event(lines: str, uid: str = "int-1@ats.example", sequence: int | None = 0) -> str:
    seq = f"SEQUENCE:{sequence}\r\n" if sequence is not None else ""
    return f"BEGIN:VEVENT\r\nUID:{uid}\r\n{seq}{lines}END:VEVENT\r\n"


def test_iana_tzid_with_dtend_attendees_and_organizer() -> None:
    ics = _cal(
        _event(
            "DTSTART;TZID=Europe/Berlin:20261105T140000\r\n"
            "DTEND;TZID=Europe/Berlin:20261105T150000\r\n"
            "ORGANIZER;CN=Jane Roe:mailto:Jane@Acme.example\r\n"
            'ATTENDEE;CN="Bob Smith";ROLE=REQ-PARTICIPANT:mailto:bob@acme.example\r\n'
            "ATTENDEE:mailto:me@example.org\r\n",
            sequence=0,
        )
    )
    result = interview_from_calendars([ics], default_tz=UTC)
    assert result.value is not None
    assert result.value.start == datetime(2026, 11, 5, 14, tzinfo=BERLIN)
    assert result.value.start.utcoffset() == timedelta(hours=1)
    assert result.value.end == datetime(2026, 11, 5, 15, tzinfo=BERLIN)
    assert result.value.source == "ics"
    assert result.value.uid == "int-1@ats.example"
    assert not result.value.cancelled
    people = [(c.name, c.email, c.role) for c in result.value.interviewers]
    assert people == [
        ("Jane Roe", "jane@acme.example", "organizer"),
        ("Bob Smith", "bob@acme.example", "interviewer"),
        ("", "me@example.org", "interviewer"),
    ]
    assert result.method == "ics"
    assert result.evidence[0].startswith("ics METHOD REQUEST SEQUENCE 0 sets 2026-11-05T14:00")


def test_duration_instead_of_dtend() -> None:
    ics = _cal(_event("DTSTART:20261105T130000Z\r\nDURATION:PT45M\r\n"))
    result = interview_from_calendars([ics], default_tz=BERLIN)
    assert result.value is not None
    assert result.value.start == datetime(2026, 11, 5, 13, tzinfo=UTC)
    assert result.value.end == datetime(2026, 11, 5, 13, 45, tzinfo=UTC)
    assert any("DURATION" in note for note in result.evidence)


def test_windows_tzid_without_vtimezone() -> None:
    ics = _cal(_event("DTSTART;TZID=Eastern Standard Time:20260710T100000\r\n"))
    result = interview_from_calendars([ics], default_tz=UTC)
    assert result.value is not None
    # July: New York is on daylight time, UTC-4.
    assert result.value.start.utcoffset() == timedelta(hours=-4)
    assert result.value.start.astimezone(UTC) == datetime(2026, 7, 10, 14, tzinfo=UTC)


def test_outlook_display_name_tzid_mapped_by_our_table() -> None:
    tzid = '"(UTC-08:00) Pacific Time (US & Canada)"'
    ics = _cal(_event(f"DTSTART;TZID={tzid}:20261203T090000\r\n"))
    result = interview_from_calendars([ics], default_tz=UTC)
    assert result.value is not None
    assert result.value.start.astimezone(UTC) == datetime(2026, 12, 3, 17, tzinfo=UTC)
    assert any("America/Los_Angeles" in note for note in result.evidence)


def test_unknown_tzid_with_offset_prefix_uses_fixed_offset() -> None:
    ics = _cal(_event('DTSTART;TZID="(UTC+05:30) Somewhere Odd":20261203T090000\r\n'))
    result = interview_from_calendars([ics], default_tz=UTC)
    assert result.value is not None
    assert result.value.start.utcoffset() == timedelta(hours=5, minutes=30)
    assert any("fixed offset" in note for note in result.evidence)


def test_unknown_tzid_falls_back_to_default_zone_and_says_so() -> None:
    ics = _cal(_event("DTSTART;TZID=Nowhere Standard:20261203T090000\r\n"))
    result = interview_from_calendars([ics], default_tz=BERLIN)
    assert result.value is not None
    assert result.value.start == datetime(2026, 12, 3, 9, tzinfo=BERLIN)
    assert any("unknown" in note for note in result.evidence)


def test_vtimezone_component_is_used() -> None:
    vtimezone = (
        "BEGIN:VTIMEZONE\r\nTZID:Custom Amsterdam\r\n"
        "BEGIN:STANDARD\r\nDTSTART:16010101T030000\r\nTZOFFSETFROM:+0200\r\n"
        "TZOFFSETTO:+0100\r\nRRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10\r\nEND:STANDARD\r\n"
        "BEGIN:DAYLIGHT\r\nDTSTART:16010101T020000\r\nTZOFFSETFROM:+0100\r\n"
        "TZOFFSETTO:+0200\r\nRRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3\r\nEND:DAYLIGHT\r\n"
        "END:VTIMEZONE\r\n"
    )
    # The Monday after the spring change: summer time, UTC+2.
    ics = _cal(_event('DTSTART;TZID="Custom Amsterdam":20260330T100000\r\n'), extra=vtimezone)
    result = interview_from_calendars([ics], default_tz=UTC)
    assert result.value is not None
    assert result.value.start.astimezone(UTC) == datetime(2026, 3, 30, 8, tzinfo=UTC)


def test_floating_time_uses_default_zone() -> None:
    ics = _cal(_event("DTSTART:20261203T090000\r\nDTEND:20261203T100000\r\n"))
    result = interview_from_calendars([ics], default_tz=BERLIN)
    assert result.value is not None
    assert result.value.start == datetime(2026, 12, 3, 9, tzinfo=BERLIN)
    assert any("floating" in note for note in result.evidence)


def test_all_day_event_is_not_an_interview_time() -> None:
    ics = _cal(_event("DTSTART;VALUE=DATE:20261203\r\n"))
    result = interview_from_calendars([ics], default_tz=BERLIN)
    assert result.value is None
    assert any("all-day" in note for note in result.evidence)


def test_cancel_method_marks_cancelled_with_sequence() -> None:
    ics = _cal(_event("DTSTART:20261203T090000Z\r\nSTATUS:CANCELLED\r\n", sequence=3), "CANCEL")
    result = interview_from_calendars([ics], default_tz=BERLIN)
    assert result.value is not None
    assert result.value.cancelled
    assert result.sequence == 3
    assert result.value.sequence == 3
    assert "cancels" in result.evidence[0]


def test_publish_and_missing_sequence() -> None:
    ics = _cal(_event("DTSTART:20261203T090000Z\r\n", sequence=None), "PUBLISH")
    result = interview_from_calendars([ics], default_tz=BERLIN)
    assert result.value is not None
    assert result.value.sequence == 0
    assert result.evidence[0].startswith("ics METHOD PUBLISH")


def test_several_events_first_by_start_wins() -> None:
    events = _event("DTSTART:20261210T090000Z\r\n", uid="b") + _event(
        "DTSTART:20261203T090000Z\r\n", uid="a"
    )
    result = interview_from_calendars([_cal(events)], default_tz=UTC)
    assert result.value is not None
    assert result.value.uid == "a"
    assert any("first by DTSTART" in note for note in result.evidence)


def test_broken_calendars_never_raise() -> None:
    broken = [
        "this is not a calendar",
        "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART:notadate\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
        "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART:2026",
        "",
    ]
    for raw in broken:
        result = interview_from_calendars([raw], default_tz=UTC)
        assert result.value is None
        assert result.evidence, raw


def test_no_calendars() -> None:
    result = interview_from_calendars([], default_tz=UTC)
    assert result.value is None
    assert result.evidence == ("no calendar parts",)


def test_good_part_survives_a_broken_one() -> None:
    good = _cal(_event("DTSTART:20261203T090000Z\r\n"))
    result = interview_from_calendars(["garbage", good], default_tz=UTC)
    assert result.value is not None
    assert any("unreadable" in note for note in result.evidence)
