"""The header-only first look reads header sections exactly as the stdlib parser would.

parse_envelope splits the fetched header section itself (header_pairs) instead of running
email's BytesHeaderParser. The reference below is the parser it replaced; for every header
block, generated or hostile, both must give the same pairs and the same Envelope.
"""

from __future__ import annotations

from email.parser import BytesHeaderParser
from email.policy import compat32

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from followupd.adapters.mailparse import parse_envelope
from followupd.adapters.mailparse_headers import header_pairs, read_headers
from followupd.errors import ParseError
from followupd.model import Envelope, FolderRole, MessageLocation

LOC = MessageLocation("work", "INBOX", 7, 42)
CALENDAR_TYPES = frozenset({"text/calendar", "application/ics"})

NAMES = [
    "Message-ID", "In-Reply-To", "References", "Subject", "From", "To", "Cc", "Reply-To",
    "Date", "List-Id", "List-Unsubscribe", "Auto-Submitted", "Precedence",
    "X-Followupd-Action", "Content-Type", "content-type", "FROM", "X-Other", "From ",
    "Bad Name", "", "X\u00e9",
]  # fmt: skip
VALUES = [
    "Jane Doe <jane@example.com>",
    '"Doe, Jane" <JANE@Example.com>, bob@example.org',
    "=?utf-8?q?J=C3=B6rg?= <j@example.de>",
    "=?iso-8859-1?b?SvZyZw==?= <j@example.de>",
    "<a@b.example> <c@d.example>",
    "Tue, 03 Dec 2024 14:30:00 -0500",
    "3 Dec 2024 14:30",
    "text/calendar; method=REQUEST",
    "TEXT/Calendar",
    "application/ics; name=invite.ics",
    "multipart/mixed; boundary=x",
    "text/",
    "auto-replied (vacation)",
    "bulk",
    "",
    " ",
    "undisclosed-recipients:;",
    "J\u00f6rg <j@example.de>",
]
ENDINGS = ["\r\n", "\n", "\r"]


def reference_pairs(data: bytes) -> list[tuple[str, str]]:
    """What the replaced code stored: BytesHeaderParser with policy compat32."""
    return list(BytesHeaderParser(policy=compat32).parsebytes(data).raw_items())


def reference_envelope(data: bytes, *, has_calendar: bool) -> Envelope:
    """parse_envelope as it was, built on the stdlib parser."""
    defects: list[str] = []
    try:
        msg = BytesHeaderParser(policy=compat32).parsebytes(data)
        fields = read_headers(msg.raw_items(), defects)
    except Exception as exc:
        raise ParseError(f"unreadable header section: {type(exc).__name__}") from None
    return Envelope(
        **fields,
        location=LOC,
        role=FolderRole.INBOX,
        size=len(data),
        flags=("\\Seen",),
        has_calendar=has_calendar or msg.get_content_type() in CALENDAR_TYPES,
        gm_thrid=None,
    )


def envelope(data: bytes, *, has_calendar: bool) -> Envelope:
    return parse_envelope(
        data,
        location=LOC,
        role=FolderRole.INBOX,
        size=len(data),
        flags=("\\Seen",),
        has_calendar=has_calendar,
        gm_thrid=None,
    )


def assert_same(data: bytes, has_calendar: bool = False) -> None:
    assert header_pairs(data) == reference_pairs(data)
    try:
        expected = reference_envelope(data, has_calendar=has_calendar)
    except ParseError as exc:
        with pytest.raises(ParseError) as caught:
            envelope(data, has_calendar=has_calendar)
        assert str(caught.value) == str(exc)
        return
    assert envelope(data, has_calendar=has_calendar) == expected


text = st.text(alphabet=st.characters(codec="utf-8", exclude_characters="\r\n"), max_size=30)
raw_value = st.one_of(st.sampled_from(VALUES), text)
header_line = st.builds(
    lambda name, gap, value: f"{name}:{gap}{value}",
    st.one_of(st.sampled_from(NAMES), text),
    st.sampled_from(["", " ", "  ", "\t"]),
    raw_value,
)
other_line = st.one_of(
    st.builds(lambda gap, value: gap + value, st.sampled_from([" ", "\t", "  "]), raw_value),
    st.builds(lambda value: "From " + value, raw_value),
    st.builds(lambda value: ":" + value, raw_value),
    st.just(""),
    text,
)
line = st.one_of(header_line, header_line, header_line, other_line)


@st.composite
def header_blocks(draw: st.DrawFn) -> bytes:
    """Header sections as servers return them, and as hostile ones might."""
    lines = draw(st.lists(line, max_size=14))
    out = ""
    for item in lines:
        out += item + draw(st.sampled_from(ENDINGS))
    if draw(st.booleans()):
        out += "\r\n"  # the blank line a HEADER.FIELDS answer ends with
    unterminated = draw(st.booleans())
    if lines and unterminated:
        out = out.rstrip("\r\n")  # no trailing line break at all
    encoding = draw(st.sampled_from(["utf-8", "latin-1", "cp1252"]))
    return out.encode(encoding, "replace")


@settings(max_examples=600, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(header_blocks(), st.booleans())
def test_generated_header_blocks_read_as_the_stdlib_reads_them(data: bytes, flag: bool) -> None:
    assert_same(data, flag)


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=300))
def test_arbitrary_bytes_read_as_the_stdlib_reads_them(data: bytes) -> None:
    assert_same(data)


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"\r\n",
        b"Subject: hi\r\n\r\n",
        b"Subject: hi",  # no line break at all
        b"Subject:\r\n\r\n",  # empty value
        b"Subject: a\r\n  folded\r\n\tagain\r\nTo: x@y.example\r\n\r\n",
        b"To: a@b.example\r\nTo: c@d.example\r\n\r\n",  # duplicate header
        b"Subject: caf\xc3\xa9 \xe9\r\nFrom: J\xf6rg <j@example.de>\r\n\r\n",  # 8-bit
        b" leading continuation\r\nSubject: x\r\n\r\n",
        b"From someone@example.com Tue Dec  3 14:30:00 2024\r\nSubject: mbox\r\n\r\n",
        b"Subject: x\r\nFrom somebody\r\nTo: a@b.example\r\n\r\n",  # misplaced envelope line
        b"Subject: x\r\nFrom the last line",  # "From " at the end ends the section
        b": no name\r\nSubject: x\r\n\r\n",
        b"Subject: x\r\nnot a header\r\nTo: a@b.example\r\n\r\n",
        b"Subject: x\rTo: a@b.example\r\r\n",  # bare CR line ends
        b"Subject: x\r\n\r\nTo: after the blank line\r\n",
        b"Content-Type: text/calendar; method=REQUEST\r\n\r\n",
        b"Content-Type: Text/Calendar;\r\n method=REQUEST\r\n\r\n",
        b"Content-Type: text/\r\n calendar\r\n\r\n",  # folded inside the type: not calendar
        b'Content-Type: application/ics; name="\xe9.ics"\r\n\r\n',
        b"Content-Type: text/plain\r\nContent-Type: text/calendar\r\n\r\n",  # first counts
        b"X-\xe9: broken name\r\nSubject: x\r\n\r\n",
    ],
)
def test_recorded_and_hostile_shapes(data: bytes) -> None:
    assert_same(data)
    assert_same(data, True)


def test_folded_and_duplicate_headers_decode_as_before() -> None:
    data = (
        b"From: Jane Doe\r\n <jane@example.com>\r\n"
        b"To: a@b.example\r\nTo: c@d.example\r\n"
        b"Subject: =?utf-8?q?Interview_?=\r\n =?utf-8?q?invitation?=\r\n"
        b"References: <r1@x.example>\r\n\t<r2@x.example>\r\n"
        b"Content-Type: text/calendar; method=REQUEST\r\n\r\n"
    )
    env = envelope(data, has_calendar=False)
    assert [a.email for a in env.from_] == ["jane@example.com"]
    assert [a.email for a in env.to] == ["a@b.example", "c@d.example"]
    assert env.subject == "Interview invitation"
    assert env.references == ("<r1@x.example>", "<r2@x.example>")
    assert env.has_calendar
    assert_same(data)
