"""Hostile mail for property tests: generated and mutated MIME, from one set of building blocks.

Every builder takes a `Source` of choices, so the same code serves hypothesis (which shrinks
a failing message to a small one) and a seeded `random.Random` (for the sync test, which
needs a fixed, repeatable batch of messages rather than a search).

Bodies always carry MARKER, and headers never do: a log line containing MARKER leaked body
text. Messages are about recruiting often enough that the planner proposes drafts for them.
"""

from __future__ import annotations

import base64
import quopri
import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from typing import Protocol, TypeVar

from hypothesis import strategies as st

from followupd.model import FolderRole

T = TypeVar("T")

MARKER = "Zq7BodyMarker"  # in every body, never in a header
ME = "sam@example.org"
NOW = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)
ONE_ID = b"<hostile-0@acme.example>"
MAX_DEPTH = 4  # ordinary nesting; the "deep" shape goes far beyond it on purpose


class Source(Protocol):
    """Where a builder's choices come from."""

    def pick(self, options: Sequence[T]) -> T:
        """One of `options`."""
        ...

    def number(self, low: int, high: int) -> int:
        """An integer in [low, high]."""
        ...

    def junk(self, max_size: int) -> bytes:
        """Arbitrary bytes, at most `max_size` of them."""
        ...


@dataclass(frozen=True)
class DrawSource:
    """Choices drawn by hypothesis (inside @st.composite), so failures shrink."""

    draw: st.DrawFn

    def pick(self, options: Sequence[T]) -> T:
        return self.draw(st.sampled_from(options))

    def number(self, low: int, high: int) -> int:
        return self.draw(st.integers(low, high))

    def junk(self, max_size: int) -> bytes:
        return self.draw(st.binary(max_size=max_size))


@dataclass(frozen=True)
class RandomSource:
    """Choices from a seeded generator: the same seed, the same messages."""

    rng: random.Random

    def pick(self, options: Sequence[T]) -> T:
        return options[self.rng.randrange(len(options))]

    def number(self, low: int, high: int) -> int:
        return self.rng.randint(low, high)

    def junk(self, max_size: int) -> bytes:
        return self.rng.randbytes(self.rng.randint(0, max_size))


def seeded(seed: int) -> RandomSource:
    """A RandomSource for a fixed seed (reproducible junk, not a secret)."""
    return RandomSource(random.Random(seed))  # noqa: S311


# --- header material -------------------------------------------------------------------

# Fragments that break header decoders: RFC 2047 words broken in every way, encoded CR/LF
# and NUL (header injection through decoding), 8-bit bytes, Unicode line separators.
HEADER_FRAGMENTS: tuple[bytes, ...] = (
    b"Interview",
    b"Your application",
    b"Jane Roe",
    b"=?utf-8?q?J=C3=B6rg_M=C3=BCller?=",
    b"=?utf-8?b?SW50ZXJ2aWV3?=",
    b"=?utf-8?b?!!!not-base64?=",
    b"=?x-no-such-charset?q?abc=E4?=",
    b"=?utf-8?q?line=0D=0ABcc:_evil@attacker.example?=",
    b"=?utf-8?b?!!!not-base64?= =?utf-8?q?line=0D=0ABcc:_evil@attacker.example?=",
    b"=?utf-8?q?=3D=3Futf-8=3Fq=3Fx=3D0D=3D0ABcc:_evil@attacker.example=3F=3D?=",
    b"=?utf-8?q?nul=00byte?=",
    b"=?utf-8?q?sep=E2=80=A8rator?=",
    b"=?utf-8?q?nel=C2=85?=",
    b"=?utf-16?b?//5JAG4A?=",
    b"=?iso-2022-jp?b?GyRCJTUlJBsoQg==?=",
    b"=?utf-8?q?unterminated",
    b"=?=?=?",
    b"?=",
    b"=??q??=",
    b"=?utf-8*en?q?lang?=",
    b"\\ud800\\udfff",
    b"\xff\xfe\xfd",
    b"J\xf6rg",
    b"\xc3\xa9t\xc3\xa9",
    b"\xe2\x80\xa8",
    b"\x00",
    b"\x1b[31m",
    b"\x7f",
    b"\t",
    b'"',
    b"\\",
    b"<",
    b">",
    b",",
    b";",
    b":",
    b"@",
    b"(comment",
    b")",
    b"Re: RE: AW: Fwd:",
    b"\r\n",
    b"\r\n ",
    b"\n",
    b"\r",
)

EMAILS: tuple[bytes, ...] = (
    b"jane.roe@acme.example",
    b"Jane.Roe@ACME.EXAMPLE",
    b"jane+jobs@acme.example",
    b"talent@acme.greenhouse.io",
    b"no-reply@hire.lever.co",
    b"noreply@acme.example",
    b"donotreply@acme.example",
    b"notifications@acme.example",
    b"mailer-daemon@acme.example",
    b"reply-0123abcd4567@acme.example",
    ME.encode(),
    b'"quoted local"@acme.example',
    b"a@b",
    b"@no-local.example",
    b"no-at-sign",
    b"x@[127.0.0.1]",
    b"jane@acme.example\r\nBcc: evil@attacker.example",
    b"j\xc3\xb6rg@acme.example",
    b"jane@acme.example@other.example",
    b"",
)

DATES: tuple[bytes, ...] = (
    b"yesterday",
    b"Tue, 99 Foo 2024 25:61:00 +0000",
    b"Mon, 01 Jan 0000 00:00:00 +0000",
    b"Fri, 31 Dec 9999 23:59:59 -2359",
    b"Sat, 01 Jan 10000 00:00:00 +0000",
    b"Thu, 01 Jan 1970 00:00:00 +0000",
    b"Mon, 30 Feb 2026 10:00:00 +0000",
    b"30 Nov 2026 09:00 GMT",
    b"Mon, 30 Nov 2026 08:00:00 +9999",
    b"Mon, 30 Nov 2026 08:00:00 -0000 (unknown zone) (and more)",
    b"\xff\xfe date",
    b"",
    b"99999999999999999999",
)

MESSAGE_IDS: tuple[bytes, ...] = (
    b"<>",
    b"not an id",
    b"<two words@acme.example>",
    b"<a@b> <c@d>",
    b"bare@acme.example",
    b"<\xff\xfe@acme.example>",
    b"<unclosed@acme.example",
    b"<" + b"x" * 3000 + b"@acme.example>",
)

EXTRA_HEADERS: tuple[bytes, ...] = (
    b"Received: from mx.acme.example by mx.example.org; Mon, 30 Nov 2026 08:00:00 +0000",
    b"Auto-Submitted: auto-replied",
    b"Auto-Submitted: auto-generated (\xff)",
    b"Precedence: bulk",
    b"List-Id: <jobs.list.example>",
    b"List-Unsubscribe: <mailto:leave@list.example>",
    b"X-Mailer: =?utf-8?q?M=C3=A4iler?=",
    b"Content-Language: en",
    b"Importance: high",
    b"MIME-Version: 1.0 (produced by \xff)",
    b"MIME-Version: 99",
    b"X-Empty:",
    b": no name",
    b"Bad Header Name: value",
    b"X-Long: " + b"a" * 20_000,
    b"X-Folded: start\r\n\tcontinued\r\n  again",
    b"\x00\x01\x02: binary name",
    b'Content-Type: text/plain; charset="unterminated',
    b"Content-Transfer-Encoding: x-quantum",
)

# Our own text, in the shapes recruiting mail takes; each asks the planner for a draft.
RECRUITING_TEXTS: tuple[str, ...] = (
    "Hi Sam,\n\nThanks for applying for the Backend Engineer role at Acme. We would like to "
    "invite you to an interview with our team. Could you send a few times that suit you "
    "next week?\n\nBest regards,\nJane Roe\nRecruiter, Acme",
    "Dear Sam,\n\nThank you for your interest in the Data Analyst position at Acme. After "
    "careful consideration we have decided to move forward with other candidates. We wish "
    "you every success in your search.\n\nJane Roe\nTalent Team, Acme",
    "Hi Sam,\n\nYour interview for the Platform Engineer position is confirmed for Thursday "
    "3 December at 15:00 UTC (45 minutes). Please confirm that this time still works for "
    "you.\n\nJane",
    "Hi Sam,\n\nThank you for meeting the team on Tuesday. We are still interviewing and "
    "expect to make a decision by Friday 4 December. I will be in touch either way.\n\nJane",
    "Hi Sam,\n\nWe are delighted to offer you the position of Site Reliability Engineer. "
    "The written offer with salary and start date is attached.\n\nJane",
    "Hey, dinner on Saturday? Bring the board game.",
)


# --- header builders ---------------------------------------------------------------------


def hostile_text(src: Source, *, max_parts: int = 4) -> bytes:
    """A header value made of hostile fragments (never containing MARKER)."""
    return b"".join(src.pick(HEADER_FRAGMENTS) for _ in range(src.number(0, max_parts)))


def mailbox(src: Source) -> bytes:
    """One mailbox in one of the shapes real and broken mail use."""
    name, email = hostile_text(src, max_parts=3), src.pick(EMAILS)
    shape = src.number(0, 6)
    if shape == 0:
        return email
    if shape == 1:
        return b'"' + name + b'" <' + email + b">"
    if shape == 2:
        return b"undisclosed: " + email + b";"
    if shape == 3:
        return name + b" <" + email
    if shape == 4:
        return email + b" (" + name + b")"
    return name + b" <" + email + b">"


def address_list(src: Source) -> bytes:
    """One to three mailboxes, with a separator that is sometimes wrong."""
    sep = src.pick((b", ", b",", b";", b" ", b",\r\n "))
    return sep.join(mailbox(src) for _ in range(src.number(1, 3)))


def date_value(src: Source) -> bytes:
    """A Date header value: mostly plausible and recent, else one of the bogus ones."""
    if src.number(0, 2):
        return format_datetime(NOW - timedelta(minutes=src.number(0, 60 * 40))).encode()
    return src.pick(DATES)


def message_id(src: Source, own: bytes) -> bytes:
    """Mostly `own` (so messages thread), sometimes a broken id."""
    return own if src.number(0, 3) else src.pick(MESSAGE_IDS)


def references(src: Source, ids: Sequence[bytes]) -> bytes:
    """A References value: thread-mates' ids, junk between them, or thousands of them."""
    shape = src.number(0, 3)
    if shape == 0:
        return b" ".join(b"<ref-%d@acme.example>" % n for n in range(src.number(100, 3000)))
    chosen = [src.pick(ids) for _ in range(src.number(0, 3))]
    glue = src.pick((b" ", b"\r\n ", b" junk ", b",", b""))
    return glue.join(chosen)


def header_section(src: Source, own_id: bytes, ids: Sequence[bytes], *, sent: bool) -> list[bytes]:
    """Header lines: identity fields (each may be missing or duplicated), then extras."""
    me = b"Sam Seeker <" + ME.encode() + b">"
    lines: list[bytes] = []
    if src.number(0, 9):
        lines.append(b"From: " + (me if sent else address_list(src)))
    if src.number(0, 9):
        lines.append(b"To: " + (address_list(src) if sent else me))
    if not src.number(0, 4):
        lines.append(b"Cc: " + address_list(src))
    if not sent and src.number(0, 2):
        lines.append(b"Reply-To: " + address_list(src))
    if src.number(0, 9):
        lines.append(b"Subject: " + subject(src))
    if src.number(0, 9):
        lines.append(b"Date: " + date_value(src))
    if src.number(0, 9):
        lines.append(b"Message-ID: " + message_id(src, own_id))
    if ids and src.number(0, 2):
        lines.append(b"In-Reply-To: " + src.pick(ids))
    if ids and src.number(0, 1):
        lines.append(b"References: " + references(src, ids))
    lines.extend(src.pick(EXTRA_HEADERS) for _ in range(src.number(0, 4)))
    count = src.pick((0, 0, 0, 40, 3000))  # huge header counts
    lines.extend(b"X-Spam-Check-%d: passed" % n for n in range(count))
    if lines and not src.number(0, 5):
        lines.insert(src.number(0, len(lines)), lines[src.number(0, len(lines) - 1)])  # dup
    return lines


def calm_header_section(
    src: Source, own_id: bytes, ids: Sequence[bytes], *, sent: bool
) -> list[bytes]:
    """Plausible headers, hostile only in display names and subject: mail the planner acts on."""
    me = b"Sam Seeker <" + ME.encode() + b">"
    people = [
        hostile_text(src, max_parts=2) + b" <" + src.pick(EMAILS[:10]) + b">"
        for _ in range(src.number(1, 2))
    ]
    them = b", ".join(people)
    lines = [
        b"From: " + (me if sent else them),
        b"To: " + (them if sent else me),
        b"Subject: " + subject(src),
        b"Date: " + format_datetime(NOW - timedelta(minutes=src.number(10, 60 * 30))).encode(),
        b"Message-ID: " + own_id,
    ]
    if not sent and src.number(0, 1):
        lines.append(b"Reply-To: " + mailbox(src))
    if ids:
        lines.append(b"In-Reply-To: " + ids[-1])
    return lines


def subject(src: Source) -> bytes:
    """A recruiting subject with hostile fragments around it."""
    base = src.pick((b"Interview invitation", b"Your application", b"Next steps", b"Re: Hello"))
    return hostile_text(src, max_parts=2) + base + hostile_text(src)


# --- bodies ------------------------------------------------------------------------------

CHARSETS: tuple[str, ...] = (
    "utf-8", "iso-8859-1", "windows-1252", "utf-16", "utf-7", "shift_jis", "koi8-r",
    "x-no-such-charset", "", "utf-8\"; junk=\"", "us-ascii",
)  # fmt: skip
ENCODINGS: tuple[str, ...] = (
    "7bit", "8bit", "binary", "quoted-printable", "base64", "x-uuencode", "bogus", "",
)  # fmt: skip
BODY_FRAGMENTS: tuple[str, ...] = (
    "", "\x00", "\x00\x00\x00", "\r", "\u2028", "\ufeff", "\udcff", "\U0001f600",
    "=?utf-8?q?not_a_header?=", "--boundary", "\r\n.\r\n", "From: injected@attacker.example\n",
    "x" * 5000, "y" * 30_000, "\n" * 300, "\u202e reversed", "Jörg", "\t\x0b\x0c",
)  # fmt: skip
HTML_FRAGMENTS: tuple[str, ...] = (
    "<p>", "</p>", "<div>" * 300, "<br/>", "<br", "<!--", "-->", "<![CDATA[", "]]>",
    "<!DOCTYPE html", "<?xml version='1.0'?>", "&#0;", "&#xD800;", "&#99999999999;", "&amp",
    "&", "&nbsp;" * 50, "<a href='javascript:alert(1)'>", "<img src=x onerror=alert(1)>",
    "<script>document.write('", "</script>", "<style>p{}</style", "<style>", "<title>",
    "<table><tr><td>", "</td></tr></table>", "<plaintext>", "<svg><![CDATA[x]]>",
    "<textarea>", "<noscript>", "<a title=\"", "</", "<", ">", "<li>" * 50, "\x00",
    "<template>", "</template>", "<p/>" * 100, "<h1 <h2>", "<![if !mso]>", "<!-->",
)  # fmt: skip
ICS_FRAGMENTS: tuple[str, ...] = (
    "DTSTART:garbage",
    "DTSTART;TZID=Nowhere/Zone:20261203T150000",
    "DTSTART;VALUE=DATE:20261203",
    "DTSTART:00000000T000000Z",
    "DTSTART:99991231T235959Z",
    "DTEND:20261201T000000Z",
    "DURATION:P-1D",
    "DURATION:PT99999999H",
    "DURATION:nonsense",
    "SEQUENCE:99999999999999999999999",
    "SEQUENCE:-1",
    "RRULE:FREQ=SECONDLY;COUNT=100000000",
    "RRULE:garbage",
    "METHOD:CANCEL",
    "STATUS:CANCELLED",
    "ORGANIZER;CN=No Reply:mailto:no-reply@hire.lever.co",
    'ATTENDEE;CN="Jane\\nBcc: evil@attacker.example":mailto:jane@acme.example',
    "ATTENDEE;CN=Jörg:mailto:j\r\n@acme.example",
    "ATTENDEE:mailto:",
    "ATTENDEE;CN=" + "A" * 3000 + ":mailto:long@acme.example",
    "BEGIN:VEVENT",
    "END:VEVENT",
    "BEGIN:VTIMEZONE",
    "BEGIN:VALARM",
    "END:VCALENDAR",
    " folded continuation",
    "X-JUNK;;;=:",
    "\x00",
    "BEGIN:VCALENDAR",
)


def _lines(src: Source, pool: Sequence[str], most: int) -> list[str]:
    return [src.pick(pool) for _ in range(src.number(0, most))]


def plain_text(src: Source) -> str:
    """Recruiting prose with MARKER and hostile fragments mixed in."""
    parts = [src.pick(RECRUITING_TEXTS), MARKER, *_lines(src, BODY_FRAGMENTS, 3)]
    if src.number(0, 1):
        parts.insert(src.number(0, len(parts)), src.pick(RECRUITING_TEXTS))
    return "\n".join(parts)


def html_text(src: Source) -> str:
    """A nasty HTML body whose visible text still holds recruiting prose and MARKER."""
    chunks = _lines(src, HTML_FRAGMENTS, 8)
    chunks.insert(src.number(0, len(chunks)), f"<p>{src.pick(RECRUITING_TEXTS)} {MARKER}</p>")
    return "".join(chunks)


def ics_text(src: Source) -> str:
    """A calendar: a plausible invitation near NOW, then damaged line by line."""
    start = NOW + timedelta(hours=src.number(-200, 200))
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "METHOD:REQUEST",
        "BEGIN:VEVENT",
        f"UID:ev-{src.number(0, 3)}@acme.example",
        f"DTSTART:{start:%Y%m%dT%H%M%SZ}",
        f"DTEND:{start + timedelta(minutes=src.number(-60, 120)):%Y%m%dT%H%M%SZ}",
        f"SEQUENCE:{src.number(0, 3)}",
        "SUMMARY:Interview",
        f"DESCRIPTION:{MARKER}",
        "ORGANIZER;CN=Jane Roe:mailto:jane.roe@acme.example",
        "ATTENDEE;CN=Lee Park:mailto:lee.park@acme.example",
        "END:VEVENT",
        "END:VCALENDAR",
    ]
    for _ in range(src.number(0, 4)):
        action = src.number(0, 2)
        where = src.number(0, len(lines) - 1)
        if action == 0:
            del lines[where]
        else:
            lines.insert(where, src.pick(ICS_FRAGMENTS))
    if not src.number(0, 9):
        lines = lines * src.number(2, 400)  # many events, or a very long calendar
    return src.pick(("\r\n", "\n")).join(lines)


def encode_body(src: Source, text: str) -> tuple[bytes, bytes, bytes]:
    """(charset param, transfer-encoding header value, encoded payload), sometimes damaged."""
    charset = src.pick(CHARSETS)
    try:
        data = text.encode(charset or "us-ascii", "surrogateescape")
    except (LookupError, UnicodeEncodeError):
        data = text.encode("utf-8", "surrogatepass")
    cte = src.pick(ENCODINGS)
    if cte == "base64":
        data = base64.encodebytes(data)
        if not src.number(0, 3):
            data = data[: src.number(0, len(data))] + src.pick((b"!!!", b"=", b"====", b""))
    elif cte == "quoted-printable":
        data = quopri.encodestring(data)
        if not src.number(0, 3):
            data += src.pick((b"=ZZ", b"=", b"=\r\n", b"=0"))
    charset_bytes = charset.encode("utf-8", "surrogateescape")
    return charset_bytes, cte.encode(), data


@dataclass(frozen=True)
class Part:
    """A MIME entity: its header lines and its body bytes."""

    headers: list[bytes]
    body: bytes

    def render(self) -> bytes:
        """Header lines, a blank line, the body (CRLF throughout)."""
        return b"\r\n".join(self.headers) + b"\r\n\r\n" + self.body


def text_part(src: Source, subtype: str, text: str) -> Part:
    """A text/* leaf in some charset and transfer encoding."""
    charset, cte, data = encode_body(src, text)
    headers = [b"Content-Type: text/" + subtype.encode() + b"; charset=" + charset]
    if cte:
        headers.append(b"Content-Transfer-Encoding: " + cte)
    if subtype == "calendar":
        headers[0] += src.pick((b"; method=REQUEST", b"; method=CANCEL", b""))
    if not src.number(0, 5):
        headers.append(b"Content-Disposition: " + src.pick(DISPOSITIONS))
    return Part(headers, data)


DISPOSITIONS: tuple[bytes, ...] = (
    b'attachment; filename="cv.pdf"',
    b"attachment; filename*=utf-8''%E2%28%ZZ",
    b"inline; filename*0*=bogus''%ZZ; filename*1=x",
    b'attachment; filename="=?utf-8?q?Stelle_J=C3=B6rg.ics?="',
    b"inline",
    b"attachment",
    b"\xff\xfe",
)


def leaf(src: Source, depth: int) -> Part:
    """One non-multipart entity: plain, HTML, calendar, a binary file, or a nested message."""
    kind = src.number(0, 5)
    if kind == 0:
        return text_part(src, "plain", plain_text(src))
    if kind == 1:
        return text_part(src, "html", html_text(src))
    if kind == 2:
        return text_part(src, src.pick(("calendar", "calendar", "x-vcalendar")), ics_text(src))
    if kind == 3:
        kind_header = src.pick((b"application/pdf", b"application/ics", b"image/png", b"???/!!!"))
        return Part(
            [b"Content-Type: " + kind_header, b"Content-Disposition: " + src.pick(DISPOSITIONS)],
            base64.encodebytes(src.junk(600)) if src.number(0, 1) else src.junk(600),
        )
    if kind == 4 and depth < MAX_DEPTH:
        inner = message(src, b"<inner@acme.example>", (), sent=False, depth=depth + 1)
        headers = [b"Content-Type: message/rfc822"]
        if src.number(0, 1):
            headers.append(b'Content-Disposition: attachment; filename="fwd.eml"')
        return Part(headers, inner)
    return text_part(src, "plain", plain_text(src))


def multipart(src: Source, depth: int) -> Part:
    """A multipart entity whose boundaries are right, wrong, missing or colliding."""
    subtype = src.pick((b"mixed", b"alternative", b"related", b"report", b"signed", b"digest"))
    boundary = src.pick((b"b%d" % depth, b"", b"a b", b"=_" * 100, b"--", b"b0", b"\xff"))
    quoted = src.pick((b'"' + boundary + b'"', boundary))
    header = b"Content-Type: multipart/" + subtype + b"; boundary=" + quoted
    if not src.number(0, 9):
        header = b"Content-Type: multipart/" + subtype  # no boundary parameter at all
    children = [body_entity(src, depth + 1) for _ in range(src.number(0, 3))]
    delimiter = b"--" + (boundary if src.number(0, 5) else src.pick((b"other", b"b", b"")))
    body = src.pick((b"", b"preamble " + MARKER.encode() + b"\r\n"))
    for child in children:
        body += delimiter + b"\r\n" + child.render() + b"\r\n"
    if src.number(0, 3):
        body += delimiter + b"--\r\n"  # the close delimiter, sometimes forgotten
    body += src.pick((b"", b"epilogue\r\n", b"--" + boundary + b"--\r\n--junk\r\n"))
    return Part([header], body)


def body_entity(src: Source, depth: int) -> Part:
    """A leaf or a multipart, shallow; once in a while a nesting far beyond MAX_DEPTH."""
    if depth < MAX_DEPTH and src.number(0, 2) == 0:
        return multipart(src, depth)
    if depth == 0 and not src.number(0, 14):
        return deep_nesting(src.pick((35, 120)), leaf(src, MAX_DEPTH))
    return leaf(src, depth)


def deep_nesting(levels: int, inner: Part) -> Part:
    """`levels` multipart/mixed wrappers around `inner`."""
    part = inner
    for level in range(levels):
        boundary = b"n%d" % level
        body = b"--" + boundary + b"\r\n" + part.render() + b"\r\n--" + boundary + b"--\r\n"
        part = Part([b"Content-Type: multipart/mixed; boundary=" + boundary], body)
    return part


def message(
    src: Source,
    own_id: bytes,
    ids: Sequence[bytes],
    *,
    sent: bool,
    depth: int = 0,
    calm: bool = False,
) -> bytes:
    """A whole message: hostile headers, a MIME body, and a line-ending convention.

    A calm message has plausible headers and one text part (still in any charset and
    transfer encoding); the rest is hostile throughout.
    """
    if calm:
        kind = src.pick(("plain", "plain", "html", "calendar"))
        text = {"plain": plain_text, "html": html_text, "calendar": ics_text}[kind](src)
        entity = text_part(src, kind, text)
        headers = calm_header_section(src, own_id, ids, sent=sent)
    else:
        entity = body_entity(src, depth)
        headers = header_section(src, own_id, ids, sent=sent)
    if src.number(0, 1):
        headers.append(b"MIME-Version: 1.0")
    raw = b"\r\n".join([*headers, *entity.headers]) + b"\r\n\r\n" + entity.body
    if calm:
        return raw
    eol = src.pick((b"\r\n", b"\r\n", b"\n", b"\r"))
    if eol != b"\r\n":
        raw = raw.replace(b"\r\n", eol)
    if not src.number(0, 9):
        raw = raw.replace(b"\r\n\r\n", b"\r\n", 1)  # no blank line between header and body
    return raw


# --- mutation ----------------------------------------------------------------------------

INSERTIONS: tuple[bytes, ...] = (
    b"\x00", b"\r", b"\n", b"\r\n", b"\r\n\r\n", b"\xff", b"--", b"--b0--", b"=?", b"?=",
    b"Content-Type: multipart/mixed; boundary=zz\r\n", b"\r\nFrom: x@y\r\n", b"=\r\n",
    b"\x80" * 64, b":", b"<", b"A" * 70_000,
)  # fmt: skip


def mutate(src: Source, raw: bytes) -> bytes:
    """Up to three byte-level edits: flip, insert, delete, duplicate, or truncate."""
    data = bytearray(raw)
    for _ in range(src.number(0, 3)):
        if not data:
            break
        where = src.number(0, len(data) - 1)
        edit = src.number(0, 4)
        if edit == 0:
            data[where] ^= 1 << src.number(0, 7)
        elif edit == 1:
            data[where:where] = src.pick(INSERTIONS)
        elif edit == 2:
            del data[where : where + src.number(1, 200)]
        elif edit == 3:
            data[where:where] = data[where : where + src.number(1, 400)]
        else:
            del data[max(where, 1) :]
    return bytes(data)


@dataclass(frozen=True)
class RawMail:
    """One generated message and the folder it is read from."""

    role: FolderRole
    raw: bytes


def mailbox_of(src: Source, size: int) -> list[RawMail]:
    """`size` hostile messages that refer to each other, some of them sent by the user."""
    ids = [b"<hostile-%d@acme.example>" % n for n in range(size)]
    mails: list[RawMail] = []
    for n in range(size):
        sent = n > 0 and not src.number(0, 3)
        calm = not src.number(0, 2)
        raw = message(src, ids[n], ids[:n], sent=sent, calm=calm)
        if not calm and src.number(0, 1):
            raw = mutate(src, raw)
        mails.append(RawMail(FolderRole.SENT if sent else FolderRole.INBOX, raw))
    return mails


def composite(build: Callable[[Source], T]) -> st.SearchStrategy[T]:
    """A hypothesis strategy from a builder, its choices drawn (and shrunk) by hypothesis."""

    @st.composite
    def strategy(draw: st.DrawFn) -> T:
        return build(DrawSource(draw))

    return strategy()


def hostile_messages() -> st.SearchStrategy[bytes]:
    """Single generated-then-mutated messages."""
    return composite(lambda src: mutate(src, message(src, ONE_ID, (), sent=False)))


def hostile_mailboxes() -> st.SearchStrategy[list[RawMail]]:
    """One to three hostile messages that may thread together."""
    return composite(lambda src: mailbox_of(src, src.number(1, 3)))
