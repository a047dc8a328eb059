"""Poison messages: damaged input yields a Message with defects; hopeless input a ParseError."""

from __future__ import annotations

import contextlib
import random
from email.parser import BytesParser

import mailparser
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from followupd.adapters.mailparse import MAX_DEPTH, parse_envelope, parse_message
from followupd.errors import ParseError
from followupd.model import FolderRole, Message, MessageLocation

LOC = MessageLocation("work", "INBOX", 3, 9)
HEAD = (
    b"From: Recruiter <r@acme.example>\r\nTo: sam@example.org\r\nSubject: Interview\r\n"
    b"Date: Tue, 03 Dec 2024 14:30:00 +0000\r\nMessage-ID: <ok@acme.example>\r\n"
)


def parse(raw: bytes) -> Message:
    return parse_message(raw, location=LOC, role=FolderRole.INBOX)


def nested(depth: int) -> bytes:
    """`depth` multipart/mixed levels around one text/plain part."""
    body = b"Content-Type: text/plain\r\n\r\ndeep text\r\n"
    for level in range(depth):
        boundary = b"b%d" % level
        body = (
            b"Content-Type: multipart/mixed; boundary=" + boundary + b"\r\n\r\n--" + boundary
            + b"\r\n" + body + b"\r\n--" + boundary + b"--\r\n"
        )  # fmt: skip
    return HEAD + b"MIME-Version: 1.0\r\n" + body


def test_unknown_body_charset_decodes_with_replacement() -> None:
    raw = HEAD + b"Content-Type: text/plain; charset=x-no-such-charset\r\n\r\nHallo J\xf6rg\r\n"
    msg = parse(raw)
    assert msg.text == "Hallo J\ufffdrg"
    assert any("x-no-such-charset" in d for d in msg.defects)


def test_unknown_header_charset_decodes_with_replacement() -> None:
    raw = HEAD.replace(b"Subject: Interview", b"Subject: =?x-klingon?q?Interview_=E4?=") + b"\r\nx"
    msg = parse(raw)
    assert msg.subject.startswith("Interview")
    assert "unknown charset 'x-klingon' in Subject" in msg.defects


def test_unknown_calendar_charset() -> None:
    raw = HEAD + b"Content-Type: text/calendar; charset=x-bogus\r\n\r\nBEGIN:VCALENDAR\r\n"
    msg = parse(raw)
    assert msg.calendars == ("BEGIN:VCALENDAR\r\n",)
    assert any("calendar part: unknown charset" in d for d in msg.defects)


@pytest.mark.parametrize("value", [b"<>", b"not an id", b"<two words@x>", b"\xff\xfe"])
def test_broken_message_id_becomes_none(value: bytes) -> None:
    raw = HEAD.replace(b"<ok@acme.example>", value) + b"\r\nbody"
    msg = parse(raw)
    assert msg.message_id is None
    assert "broken Message-ID ignored" in msg.defects
    assert msg.subject == "Interview"


@pytest.mark.parametrize(
    "value",
    [
        b"yesterday",
        b"Tue, 99 Foo 2024 25:61:00 +0000",
        b"Tue, 03 Dec 2024 14:30:00 +9999",
        b"Mon, 01 Jan 0000 00:00:00 +0000",
        b"\xff\xfe date",
    ],
)
def test_bad_date_is_none_never_raises(value: bytes) -> None:
    raw = HEAD.replace(b"Tue, 03 Dec 2024 14:30:00 +0000", value) + b"\r\nbody"
    msg = parse(raw)
    assert msg.date is None or msg.date.tzinfo is not None
    assert msg.message_id == "<ok@acme.example>"


def test_missing_date_is_none_without_defect() -> None:
    msg = parse(b"From: a@b.example\r\n\r\nbody")
    assert msg.date is None
    assert msg.defects == ()


def test_8bit_utf8_headers() -> None:
    raw = b"From: J\xc3\xb6rg <j@acme.example>\r\nSubject: Bewerbung f\xc3\xbcr Entwickler\r\n\r\nx"
    msg = parse(raw)
    assert msg.subject == "Bewerbung f\u00fcr Entwickler"
    assert msg.from_[0].name == "J\u00f6rg"


def test_8bit_latin1_headers() -> None:
    raw = b"From: J\xf6rg <j@acme.example>\r\nSubject: Bewerbung f\xfcr Entwickler\r\n\r\nx"
    msg = parse(raw)
    assert msg.subject == "Bewerbung f\u00fcr Entwickler"
    assert "8-bit Subject header decoded as windows-1252" in msg.defects


def test_nesting_beyond_cap_is_skipped_with_defect() -> None:
    msg = parse(nested(MAX_DEPTH + 10))
    assert msg.subject == "Interview"
    assert msg.text == ""
    assert f"multipart nested deeper than {MAX_DEPTH} levels; inner parts skipped" in msg.defects


def test_nesting_within_cap_is_read() -> None:
    msg = parse(nested(MAX_DEPTH - 2))
    assert msg.text == "deep text"
    assert msg.defects == ()


def test_nesting_that_defeats_the_parser_keeps_headers() -> None:
    msg = parse(nested(2000))
    assert msg.message_id == "<ok@acme.example>"
    assert "multipart nesting too deep to parse; body skipped" in msg.defects


def test_ten_megabyte_single_line_body() -> None:
    msg = parse(HEAD + b"\r\n" + b"A" * 10_000_000 + b"\r\n")
    assert len(msg.text) == 100_000
    assert msg.truncated


def test_ten_megabyte_header_line() -> None:
    raw = b"From: a@b.example\r\nSubject: " + b"=?utf-8?q?abc?= " * 600_000 + b"\r\n\r\nbody"
    msg = parse(raw)
    assert len(msg.subject) == 2000
    assert msg.text == "body"


def test_huge_html_line_is_capped() -> None:
    raw = HEAD + b"Content-Type: text/html\r\n\r\n" + b"<p>x</p>" * 1_250_000
    msg = parse(raw)
    assert msg.html_only
    assert len(msg.text) == 100_000


@pytest.mark.parametrize("raw", [b"", b"   \r\n\r\n  ", b"\x00" * 64])
def test_empty_input_is_parse_error(raw: bytes) -> None:
    with pytest.raises(ParseError):
        parse(raw)


def test_non_mime_garbage_is_parse_error() -> None:
    garbage = random.Random(7).randbytes(20_000)  # noqa: S311 - reproducible junk, not a secret
    with pytest.raises(ParseError, match="not a mail message"):
        parse(garbage)


def test_body_without_headers_is_parse_error() -> None:
    with pytest.raises(ParseError):
        parse(b"Just some text pasted into a file.\nNo headers at all.\n")


@pytest.mark.parametrize(
    "body",
    [
        # broken base64
        b"Content-Type: text/plain\r\nContent-Transfer-Encoding: base64\r\n\r\n!!!not base64",
        # multipart without a boundary parameter
        b"Content-Type: multipart/mixed\r\n\r\n--x\r\nContent-Type: text/plain\r\n\r\nhi\r\n",
        # boundary never closed, fetch cut mid-part
        b"Content-Type: multipart/mixed; boundary=z\r\n\r\n--z\r\nContent-Type: text/pl",
        # malformed RFC 2231 file name
        b"Content-Type: application/pdf; name*0*=bogus''%ZZ; name*1=x\r\n"
        b"Content-Disposition: attachment; filename*=utf-8''%E2%28\r\n\r\nxx",
        # nonsense content type and transfer encoding
        b"Content-Type: ???/!!!\r\nContent-Transfer-Encoding: x-quantum\r\n\r\nhi",
        # header without a separating blank line followed by binary
        b"\x00\x01\x02 binary\xff",
    ],
)
def test_damaged_bodies_still_give_a_message(body: bytes) -> None:
    msg = parse(HEAD + body)
    assert msg.message_id == "<ok@acme.example>"
    assert msg.subject == "Interview"


def test_truncated_fetch_flag_is_kept() -> None:
    raw = nested(3)[:-40]
    msg = parse_message(raw, location=LOC, role=FolderRole.INBOX, truncated=True)
    assert msg.truncated


def test_envelope_of_garbage_headers_is_empty_not_error() -> None:
    env = parse_envelope(
        b"\xff\xfe\x00 nonsense\r\n\r\n",
        location=LOC,
        role=FolderRole.INBOX,
        size=10,
        flags=(),
        has_calendar=False,
        gm_thrid=None,
    )
    assert env.message_id is None
    assert env.from_ == ()
    assert env.subject == ""


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=2000))
def test_arbitrary_bytes_only_ever_raise_parse_error(data: bytes) -> None:
    with contextlib.suppress(ParseError):
        parse(data)
    try:
        parse(HEAD + data)
    except ParseError:  # a head plus any tail is still mail
        pytest.fail("a message with valid headers was rejected")


def test_body_decoder_failure_keeps_the_headers(monkeypatch: pytest.MonkeyPatch) -> None:
    def explode(_msg: object) -> object:
        raise IndexError("library bug")

    monkeypatch.setattr(mailparser, "MailParser", explode)
    msg = parse(HEAD + b"\r\nbody")
    assert msg.message_id == "<ok@acme.example>"
    assert msg.text == ""
    assert "body text undecodable (IndexError); text left empty" in msg.defects


def test_stdlib_parser_failure_is_parse_error(monkeypatch: pytest.MonkeyPatch) -> None:
    def explode(self: object, data: bytes, headersonly: bool = False) -> object:
        raise ValueError("library bug")

    monkeypatch.setattr(BytesParser, "parsebytes", explode)
    with pytest.raises(ParseError, match="parser failure: ValueError"):
        parse(HEAD + b"\r\nbody")
