"""Bytes -> Envelope / Message: headers, addresses, dates, bodies, attachments, calendars."""

from __future__ import annotations

import base64
import logging
import string
from datetime import UTC, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from followupd.adapters.mailparse import parse_envelope, parse_message
from followupd.adapters.mailparse_headers import (
    _simple_pairs,
    full_pairs,
    mailboxes,
    normalise_msgid,
    parse_addresses,
    parse_id_list,
)
from followupd.adapters.mailparse_html import html_to_text
from followupd.model import Address, Attachment, Envelope, FolderRole, MessageLocation

LOC = MessageLocation("work", "INBOX", 7, 42)

HEAD = (
    b"From: =?utf-8?q?J=C3=B6rg_M=C3=BCller?= <Joerg.Mueller@Acme.EXAMPLE>\r\n"
    b'To: Sam Seeker <sam@example.org>, "Doe, Jane" <JANE@example.org>\r\n'
    b"Cc: hr@acme.example\r\n"
    b"Reply-To: Talent Team <talent@acme.example>\r\n"
    b"Subject: =?utf-8?b?SW50ZXJ2aWV3IGludml0YXRpb24g4oCTIEFjbWU=?=\r\n"
    b"Date: Tue, 03 Dec 2024 14:30:00 -0500\r\n"
    b"Message-ID: <inv-1@acme.example>\r\n"
    b"In-Reply-To: <app-1@example.org>\r\n"
    b"References: <root@example.org>\r\n <app-1@example.org>\r\n"
    b"MIME-Version: 1.0\r\n"
)

ICS = (
    "BEGIN:VCALENDAR\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:ev-1\r\n"
    "DTSTART:20241210T150000Z\r\nSUMMARY:Interview Caf\u00e9\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
)


def multipart_invite() -> bytes:
    """A realistic invitation: alternative text/html, inline calendar, a PDF, a forward."""
    ics_b64 = base64.b64encode(ICS.encode()).decode()
    body = f"""Content-Type: multipart/mixed; boundary="mix"

--mix
Content-Type: multipart/alternative; boundary="alt"

--alt
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Hi Sam,
we would like to invite you to an interview. =E2=80=93 J=C3=B6rg
--alt
Content-Type: text/html; charset=utf-8

<p>Hi Sam,</p><p>HTML version</p>
--alt
Content-Type: text/calendar; method=REQUEST; charset=utf-8
Content-Transfer-Encoding: base64

{ics_b64}
--alt--
--mix
Content-Type: application/pdf; name="job.pdf"
Content-Disposition: attachment; filename="=?utf-8?q?Stelle_J=C3=B6rg.pdf?="
Content-Transfer-Encoding: base64

JVBERi0xLjQKJcOkw7zDtsOfCg==
--mix
Content-Type: message/rfc822
Content-Disposition: attachment; filename="earlier.eml"

From: someone@acme.example
Subject: earlier
Content-Type: multipart/mixed; boundary="in"

--in
Content-Type: text/plain

older text
--in
Content-Type: application/ics; name="update.ics"
Content-Disposition: attachment; filename="update.ics"

BEGIN:VCALENDAR
METHOD:CANCEL
END:VCALENDAR
--in--
--mix--
"""
    return HEAD + body.replace("\n", "\r\n").encode()


def simple(headers: bytes, body: bytes = b"Hello\r\n") -> bytes:
    """A single-part message with the given header lines."""
    return headers + b"\r\n" + body


def test_full_message_fields() -> None:
    msg = parse_message(
        multipart_invite(),
        location=LOC,
        role=FolderRole.INBOX,
        flags=("\\Seen",),
        gm_thrid=99,
    )
    assert msg.location == LOC
    assert msg.role is FolderRole.INBOX
    assert msg.message_id == "<inv-1@acme.example>"
    assert msg.in_reply_to == "<app-1@example.org>"
    assert msg.references == ("<root@example.org>", "<app-1@example.org>")
    assert msg.subject == "Interview invitation \u2013 Acme"
    assert msg.from_ == (Address("J\u00f6rg M\u00fcller", "joerg.mueller@acme.example"),)
    assert msg.to == (
        Address("Sam Seeker", "sam@example.org"),
        Address("Doe, Jane", "jane@example.org"),
    )
    assert msg.cc == (Address("", "hr@acme.example"),)
    assert msg.reply_to == (Address("Talent Team", "talent@acme.example"),)
    assert msg.date == datetime(2024, 12, 3, 19, 30, tzinfo=UTC)
    assert msg.text.startswith(
        "Hi Sam,\nwe would like to invite you to an interview. \u2013 J\u00f6rg"
    )
    assert "HTML version" not in msg.text
    assert "older text" not in msg.text  # an attached message is not this message's words
    assert not msg.html_only
    assert msg.flags == ("\\Seen",)
    assert msg.gm_thrid == 99
    assert msg.size == len(multipart_invite())
    assert msg.defects == ()


def test_attachments_are_metadata_only() -> None:
    msg = parse_message(multipart_invite(), location=LOC, role=FolderRole.INBOX)
    names = [a.filename for a in msg.attachments]
    # The inline text/calendar is part of the body, not an attachment.
    assert names == ["Stelle J\u00f6rg.pdf", "earlier.eml", "update.ics"]
    pdf = next(a for a in msg.attachments if a.content_type == "application/pdf")
    assert pdf == Attachment("Stelle J\u00f6rg.pdf", "application/pdf", 19)
    eml = next(a for a in msg.attachments if a.content_type == "message/rfc822")
    assert eml.filename == "earlier.eml"
    assert eml.size > 0


def test_every_calendar_part_is_kept_decoded() -> None:
    msg = parse_message(multipart_invite(), location=LOC, role=FolderRole.INBOX)
    assert len(msg.calendars) == 2
    assert msg.calendars[0] == ICS
    assert "Caf\u00e9" in msg.calendars[0]
    assert "METHOD:CANCEL" in msg.calendars[1]  # inside an attached message


def test_html_only_mail_becomes_text() -> None:
    html = (
        b"<html><head><style>p {color: red}</style><script>track()</script></head>"
        b"<body><p>Dear Sam,</p><p>Thanks for applying &amp; we&#8217;d like to talk."
        b"<br>Best</p><ul><li>Mon</li><li>Tue</li></ul></body></html>"
    )
    raw = simple(HEAD + b"Content-Type: text/html; charset=utf-8\r\n", html)
    msg = parse_message(raw, location=LOC, role=FolderRole.INBOX)
    assert msg.html_only
    assert msg.text == (
        "Dear Sam,\n\nThanks for applying & we\u2019d like to talk.\nBest\n\n- Mon\n- Tue"
    )
    assert "track" not in msg.text
    assert "color" not in msg.text


def test_html_to_text_table_and_blank_lines() -> None:
    text = html_to_text("<table><tr><td>Role</td><td>Engineer</td></tr></table><div></div><p>x</p>")
    assert text == "Role Engineer\n\nx"


def test_list_and_automation_headers() -> None:
    raw = simple(
        b"From: Jobs <jobs-noreply@linkedin.example>\r\nSubject: Jobs for you\r\n"
        b"List-Id: LinkedIn Jobs <jobs.linkedin.example>\r\n"
        b"List-Unsubscribe: <https://unsubscribe.example/x>\r\n"
        b"Auto-Submitted: auto-generated (bulk)\r\nPrecedence: Bulk\r\n"
        b"X-Followupd-Action: thread-1/thank_you\r\n"
    )
    msg = parse_message(raw, location=None, role=FolderRole.INBOX)
    assert msg.list_id == "LinkedIn Jobs <jobs.linkedin.example>"
    assert msg.list_unsubscribe
    assert msg.auto_submitted == "auto-generated"
    assert msg.precedence == "bulk"
    assert msg.followupd_action == "thread-1/thank_you"
    assert msg.location is None


def test_absent_optional_headers() -> None:
    msg = parse_message(simple(b"From: a@b.example\r\n"), location=None, role=FolderRole.SENT)
    assert msg.message_id is None
    assert msg.in_reply_to is None
    assert msg.references == ()
    assert msg.subject == ""
    assert msg.date is None
    assert msg.list_id is None
    assert not msg.list_unsubscribe
    assert msg.auto_submitted is None
    assert msg.precedence is None
    assert msg.text == "Hello"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("<abc@example.com>", "<abc@example.com>"),
        ("  <abc@example.com> (comment)", "<abc@example.com>"),
        ("abc@example.com", "<abc@example.com>"),
        ("<local-only>", "<local-only>"),
        ("<>", None),
        ("no id here", None),
        ("<has space@example.com>", None),
        ("", None),
    ],
)
def test_message_id_normalisation(value: str, expected: str | None) -> None:
    assert normalise_msgid(value) == expected


def test_references_tolerate_junk() -> None:
    value = '<a@x> garbage <broken <b@x> <a@x> "quoted" <> <c@x>'
    assert parse_id_list(value) == ("<a@x>", "<b@x>", "<c@x>")
    assert parse_id_list("a@x b@x") == ("<a@x>", "<b@x>")


def test_invalid_addresses_dropped_and_recorded() -> None:
    raw = simple(
        b"From: Good <GOOD@Example.ORG>\r\n"
        b"To: not an address, <also bad>, ok@example.org, ok@example.org\r\n"
        b"Subject: x\r\n"
    )
    msg = parse_message(raw, location=None, role=FolderRole.INBOX)
    assert msg.from_ == (Address("Good", "good@example.org"),)
    assert msg.to == (Address("", "ok@example.org"),)
    assert "invalid address dropped from To" in msg.defects


def test_encoded_name_with_comma_stays_one_address() -> None:
    raw = simple(b"From: =?utf-8?q?Doe=2C_J=C3=A4ne?= <jane@example.org>\r\n")
    msg = parse_message(raw, location=None, role=FolderRole.INBOX)
    assert msg.from_ == (Address("Doe, J\u00e4ne", "jane@example.org"),)


def test_date_without_zone_is_utc() -> None:
    raw = simple(b"From: a@b.example\r\nDate: Tue, 03 Dec 2024 14:30:00 -0000\r\n")
    msg = parse_message(raw, location=None, role=FolderRole.INBOX)
    assert msg.date == datetime(2024, 12, 3, 14, 30, tzinfo=UTC)


def test_text_cap_marks_truncated() -> None:
    raw = simple(b"From: a@b.example\r\n", b"word " * 1000)
    msg = parse_message(raw, location=None, role=FolderRole.INBOX, max_text_chars=100)
    assert len(msg.text) == 100
    assert msg.truncated
    assert "text longer than 100 characters cut" in msg.defects


def test_truncated_fetch_and_server_size_are_kept() -> None:
    raw = multipart_invite()[:900]
    msg = parse_message(raw, location=LOC, role=FolderRole.INBOX, truncated=True, size=123_456)
    assert msg.truncated
    assert msg.size == 123_456
    assert msg.message_id == "<inv-1@acme.example>"


def test_envelope_from_header_fetch() -> None:
    header = HEAD + b"List-Unsubscribe: <mailto:u@x.example>\r\n\r\n"
    env = parse_envelope(
        header,
        location=LOC,
        role=FolderRole.SENT,
        size=5000,
        flags=("\\Seen",),
        has_calendar=False,
        gm_thrid=5,
    )
    full = parse_message(multipart_invite(), location=LOC, role=FolderRole.SENT)
    for name in ("message_id", "in_reply_to", "references", "subject", "from_", "to", "cc"):
        assert getattr(env, name) == getattr(full, name), name
    assert env.reply_to == full.reply_to
    assert env.date == full.date
    assert env.list_unsubscribe
    assert env.size == 5000
    assert env.flags == ("\\Seen",)
    assert env.gm_thrid == 5
    assert env.location == LOC
    assert env.role is FolderRole.SENT
    assert not env.has_calendar


def header_look(header: bytes, *, calendar_flag: bool = False) -> Envelope:
    """parse_envelope of a header-only fetch answer (the blank line is added here)."""
    return parse_envelope(
        header + b"\r\n",
        location=LOC,
        role=FolderRole.INBOX,
        size=1,
        flags=(),
        has_calendar=calendar_flag,
        gm_thrid=None,
    )


def test_envelope_calendar_from_flag_or_content_type() -> None:
    assert header_look(b"From: a@b.example\r\n", calendar_flag=True).has_calendar
    calendar = b"From: a@b.example\r\nContent-Type: text/calendar; method=REQUEST\r\n"
    assert header_look(calendar).has_calendar
    assert not header_look(b"From: a@b.example\r\nContent-Type: text/plain\r\n").has_calendar


def test_envelope_and_full_parse_agree_on_awkward_headers() -> None:
    head = (
        b"From: J\xc3\xb6rg <j@acme.example>\r\n"  # raw UTF-8, not an encoded word
        b"To: a@b.example\r\nTo: c@d.example\r\n"  # the same header twice
        b"Subject: =?utf-8?q?Interview?=\r\n =?utf-8?q?_at_Acme?=\r\n"
        b"Date: Tue, 03 Dec 2024 14:30:00 -0500\n"  # a bare LF line end
        b"Message-ID:\r\n <x@acme.example>\r\n"  # the value only on the continuation
        b'Content-Type: TEXT/Calendar;\r\n method=REQUEST; name="Gespr\xe4ch.ics"\r\n'
    )
    env = header_look(head)
    full = parse_message(
        head + b"\r\nBEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n", location=LOC, role=FolderRole.INBOX
    )
    for name in ("message_id", "subject", "from_", "to", "date", "references"):
        assert getattr(env, name) == getattr(full, name), name
    assert env.subject == "Interview at Acme"
    assert env.message_id == "<x@acme.example>"
    assert [a.email for a in env.to] == ["a@b.example", "c@d.example"]
    assert env.from_[0].name == "J\u00f6rg"
    assert env.has_calendar  # from the Content-Type alone


def test_defects_logged_without_content(caplog: pytest.LogCaptureFixture) -> None:
    raw = simple(
        b"From: a@b.example\r\nDate: yesterday-ish\r\nSubject: secret subject\r\n",
        b"secret body\r\n",
    )
    with caplog.at_level(logging.DEBUG, logger="followupd.adapters.mailparse"):
        msg = parse_message(raw, location=LOC, role=FolderRole.INBOX)
    assert msg.date is None
    assert "unreadable Date header" in msg.defects
    lines = [r.getMessage() for r in caplog.records]
    assert "mailparse.defect folder=INBOX uid=42 defect=unreadable Date header" in lines
    assert not any("secret" in line for line in lines)


@settings(max_examples=300, deadline=None, derandomize=True)
@given(
    st.lists(
        st.tuples(
            st.text(alphabet=string.ascii_letters + " .'-=?@<>,\"():;\\", max_size=12),
            st.text(alphabet=string.ascii_lowercase + "@.-<>", min_size=0, max_size=12),
            st.booleans(),
        ),
        max_size=4,
    )
)
def test_address_fast_path_agrees_with_stdlib(items: list[tuple[str, str, bool]]) -> None:
    text = ", ".join(
        (f'"{name}" <{addr}>' if quoted else f"{name} <{addr}>") if name else addr
        for name, addr, quoted in items
    )
    fast = _simple_pairs([text])
    if fast is not None:
        slow = full_pairs([text], [], "To")
        assert mailboxes(fast, [], "To") == mailboxes(slow, [], "To")


def test_an_angle_addr_with_two_at_signs_is_no_address_on_either_path() -> None:
    # Found by the property above: the library turned '<a@@a@a>' into 'a@a'.
    for text in ("= <a@@a@a>", '"" <a@@b@c>, ok@d.example', "x <a@@b@c>, (c) ok@d.example"):
        defects: list[str] = []
        found = parse_addresses([text], defects, "To")
        assert [a.email for a in found] == (["ok@d.example"] if "ok@" in text else [])
        assert "invalid address dropped from To" in defects


def test_one_broken_encoded_word_leaves_the_others_decoded() -> None:
    from followupd.adapters.mailparse_headers import decode_words

    defects: list[str] = []
    text = decode_words(
        "=?utf-8?b?!!!not-base64?= =?utf-8?q?M=C3=BCller?= and =?iso-8859-1?q?caf=E9?=",
        defects,
        "subject",
    )
    assert text == "=?utf-8?b?!!!not-base64?= Müller and café"
    assert defects == ["undecodable encoded word in subject"]
