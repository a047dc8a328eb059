"""Rendering for the synthetic mailbox: one MailSpec -> RFC 5322 bytes, deterministically.

Bodies are built by hand (CRLF, MIME boundaries, quoted-printable for non-ASCII text, base64
attachments of random bytes) rather than with email.message, which is several times slower
and would make building a 50,000-message mailbox the slowest part of the benchmark.
"""

from __future__ import annotations

import base64
import quopri
import random
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, timezone
from email.utils import format_datetime, formataddr

INBOX = "INBOX"
SENT = "Sent"
USER = ("Alex Morgan", "alex.morgan@mail.example")  # the identity bench configs use

WORDS = (  # noqa: SIM905 - a word list reads better as one string
    "the of and to a in is it you that he was for on are with as his they be at one have this "
    "from or had by word but what some we can out other were all there when up use your how "
    "said an each she which do their time if will way about many then them write would like "
    "so these her long make thing see him two has look more day could go come did number "
    "sound no most people my over know water than call first who may down side been now find "
    "any new work part take get place made live where after back little only round man year "
    "came show every good me give our under name very through just form sentence great think "
    "say help low line differ turn cause much mean before move right boy old too same tell "
    "does set three want air well also play small end put home read hand port large spell add "
    "even land here must big high such follow act why ask men change went light kind off need "
    "house picture try us again animal point mother world near build self earth father head "
    "stand own page should country found answer school grow study still learn plant cover "
    "food sun four between state keep eye never last let thought city tree cross farm hard "
    "start might story saw far sea draw left late run while press close night real life few "
    "north"
).split()


@dataclass(frozen=True, slots=True)
class MailSpec:
    """Everything needed to render one message; `seed` drives its body deterministically."""

    folder: str
    kind: str
    date: datetime
    message_id: str
    sender: tuple[str, str]
    to: tuple[tuple[str, str], ...]
    subject: str
    seed: int
    cc: tuple[tuple[str, str], ...] = ()
    in_reply_to: str | None = None
    references: tuple[str, ...] = ()
    reply_to: tuple[str, str] | None = None
    extra: tuple[tuple[str, str], ...] = field(default=())

    @property
    def recruiting(self) -> bool:
        """True for mail that belongs to a job application."""
        return self.kind.startswith("rec_")


_SENTENCES: list[str] = []


def _sentences() -> list[str]:
    """A fixed pool of filler sentences (built once; picking beats word-by-word generation)."""
    if not _SENTENCES:
        rng = random.Random(20240601)  # noqa: S311 - reproducible filler
        for _ in range(3000):
            words = rng.choices(WORDS, k=rng.randrange(6, 20))
            _SENTENCES.append(" ".join(words).capitalize() + rng.choice(".....?!"))
    return _SENTENCES


def _paragraphs(rng: random.Random, count: int, width: int = 72) -> list[str]:
    """`count` paragraphs of filler, wrapped at `width` columns."""
    pool = _sentences()
    out = []
    for _ in range(count):
        line, lines = "", []
        for sentence in rng.choices(pool, k=rng.randrange(2, 7)):
            for word in sentence.split():
                if line and len(line) + 1 + len(word) > width:
                    lines.append(line)
                    line = word
                else:
                    line = f"{line} {word}" if line else word
        lines.append(line)
        out.append("\r\n".join(lines))
    return out


def _addr(people: Sequence[tuple[str, str]]) -> str:
    return ", ".join(formataddr(p, charset="utf-8") for p in people)


def _zone(rng: random.Random) -> timezone:
    return timezone(timedelta(hours=rng.choice((-8, -5, -4, 0, 0, 1, 1, 2, 5.5))))


def _headers(spec: MailSpec, rng: random.Random) -> list[str]:
    lines = [
        f"Return-Path: <{spec.sender[1]}>",
        f"Received: from mx{rng.randrange(1, 9)}.mail.example"
        f" (mx.mail.example [192.0.2.{rng.randrange(1, 250)}])"
        f"\r\n\tby imap.mail.example with ESMTPS id {rng.getrandbits(48):012x}"
        f"\r\n\tfor <{USER[1]}>; {format_datetime(spec.date)}",
        f"From: {_addr([spec.sender])}",
        f"To: {_addr(spec.to)}",
    ]
    if spec.cc:
        lines.append(f"Cc: {_addr(spec.cc)}")
    if spec.reply_to:
        lines.append(f"Reply-To: {_addr([spec.reply_to])}")
    subject = spec.subject
    if not subject.isascii():
        subject = "=?utf-8?b?" + base64.b64encode(subject.encode()).decode() + "?="
    lines += [
        f"Subject: {subject}",
        f"Date: {format_datetime(spec.date.astimezone(_zone(rng)))}",
        f"Message-ID: {spec.message_id}",
    ]
    if spec.in_reply_to:
        lines.append(f"In-Reply-To: {spec.in_reply_to}")
        lines.append("References: " + "\r\n ".join(spec.references))
    lines += [f"{k}: {v}" for k, v in spec.extra if not k.startswith("X-")]
    lines.append("MIME-Version: 1.0")
    return lines


def _text_leaf(text: str, subtype: str = "plain") -> str:
    """A text part; non-ASCII goes quoted-printable as most clients send it."""
    if text.isascii():
        head = f"Content-Type: text/{subtype}; charset=us-ascii\r\nContent-Transfer-Encoding: 7bit"
        return f"{head}\r\n\r\n{text}\r\n"
    body = quopri.encodestring(text.encode("utf-8")).decode("ascii").replace("\n", "\r\n")
    head = (
        f"Content-Type: text/{subtype}; charset=utf-8\r\n"
        "Content-Transfer-Encoding: quoted-printable"
    )
    return f"{head}\r\n\r\n{body}\r\n"


def _b64_leaf(content_type: str, filename: str, data: bytes, *, inline: bool = False) -> str:
    body = base64.encodebytes(data).decode("ascii").replace("\n", "\r\n")
    disposition = "inline" if inline else "attachment"
    return (
        f'Content-Type: {content_type}; name="{filename}"\r\nContent-Transfer-Encoding: base64\r\n'
        f'Content-Disposition: {disposition}; filename="{filename}"\r\n\r\n{body}'
    )


def _multipart(subtype: str, parts: Sequence[str], rng: random.Random) -> str:
    boundary = f"=_{rng.getrandbits(64):016x}"
    inner = "".join(f"--{boundary}\r\n{p}\r\n" for p in parts)
    return (
        f'Content-Type: multipart/{subtype}; boundary="{boundary}"\r\n\r\n{inner}--{boundary}--\r\n'
    )


def _html(paragraphs: Sequence[str], title: str, *, footer: str = "") -> str:
    cells = "".join(
        '<tr><td style="padding:12px 24px;font-family:Helvetica,Arial,sans-serif;font-size:15px;'
        f'line-height:22px;color:#333333">\r\n{p}\r\n</td></tr>\r\n'
        for p in paragraphs
    )
    return (
        '<!DOCTYPE html>\r\n<html><head><meta charset="utf-8"><title>'
        f"{title}</title></head>\r\n"
        '<body style="margin:0;background:#f4f4f4"><table role="presentation" width="100%" '
        'cellpadding="0" cellspacing="0" border="0" style="max-width:640px;margin:auto">\r\n'
        f'<tr><td style="padding:24px;font-size:22px;font-weight:bold">{title}</td></tr>\r\n'
        f'{cells}<tr><td style="padding:24px;font-size:11px;color:#999999">{footer}</td></tr>\r\n'
        "</table></body></html>"
    )


def _pdf(rng: random.Random, low: int, high: int) -> bytes:
    return b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n" + rng.randbytes(rng.randrange(low, high))


def _jpeg(rng: random.Random, low: int, high: int) -> bytes:
    return b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + rng.randbytes(rng.randrange(low, high))


def _quote(spec: MailSpec, rng: random.Random) -> str:
    if not spec.in_reply_to:
        return ""
    quoted = "\r\n".join(f"> {line}" for p in _paragraphs(rng, 2) for line in p.split("\r\n"))
    return f"\r\n\r\nOn {format_datetime(spec.date)}, someone wrote:\r\n{quoted}"


def _ics(spec: MailSpec, rng: random.Random) -> str:
    start = (spec.date + timedelta(days=rng.randrange(2, 10))).replace(minute=0, second=0)
    stamp = "%Y%m%dT%H%M%SZ"
    extra = dict(spec.extra)
    return "\r\n".join(
        [
            "BEGIN:VCALENDAR",
            "PRODID:-//Bench//Calendar//EN",
            "VERSION:2.0",
            "METHOD:REQUEST",
            "BEGIN:VEVENT",
            f"UID:{spec.message_id.strip('<>')}",
            f"DTSTAMP:{spec.date.astimezone(UTC).strftime(stamp)}",
            f"DTSTART:{start.astimezone(UTC).strftime(stamp)}",
            f"DTEND:{(start + timedelta(minutes=45)).astimezone(UTC).strftime(stamp)}",
            f"SUMMARY:Interview: {extra.get('X-Role', 'role')} ({extra.get('X-Company', '')})",
            f"ORGANIZER;CN={spec.sender[0]}:mailto:{spec.sender[1]}",
            f"ATTENDEE;CN={USER[0]};RSVP=TRUE:mailto:{USER[1]}",
            "LOCATION:Video call",
            "END:VEVENT",
            "END:VCALENDAR",
            "",
        ]
    )


def _body(spec: MailSpec, rng: random.Random) -> str:
    """The MIME body (Content-Type header onward) for the spec's kind."""
    kind = spec.kind
    greet = f"Hi {spec.to[0][0].split()[0] if spec.to and spec.to[0][0] else 'there'},"
    sign = f"\r\n\r\nBest,\r\n{spec.sender[0].split()[0] if spec.sender[0] else ''}"
    if kind in ("personal", "work", "rec_reply"):
        text = greet + "\r\n\r\n" + "\r\n\r\n".join(_paragraphs(rng, rng.randrange(1, 4)))
        text += sign + _quote(spec, rng)
        roll = rng.random()
        if kind == "personal" and roll < 0.05:
            photos = [
                _b64_leaf(
                    "image/jpeg", f"IMG_{rng.randrange(1000, 9999)}.jpg", _jpeg(rng, 15_000, 60_000)
                )
                for _ in range(rng.randrange(1, 3))
            ]
            return _multipart("mixed", [_text_leaf(text), *photos], rng)
        if kind == "work" and roll < 0.12:
            doc = _b64_leaf("application/pdf", "notes.pdf", _pdf(rng, 6_000, 30_000))
            return _multipart("mixed", [_text_leaf(text), doc], rng)
        if roll < 0.4:  # clients that send HTML too
            html = "<div>" + "<br><br>".join(text.split("\r\n\r\n")) + "</div>"
            return _multipart("alternative", [_text_leaf(text), _text_leaf(html, "html")], rng)
        return _text_leaf(text)
    if kind in ("newsletter", "notification", "job_alert", "rec_ack", "rec_reject"):
        count = {
            "newsletter": rng.randrange(4, 12),
            "notification": rng.randrange(1, 3),
            "job_alert": rng.randrange(3, 8),
        }.get(kind, 2)
        paras = _paragraphs(rng, count)
        if kind == "rec_ack":
            paras.insert(
                0,
                f"Thank you for applying. We received your application and our team "
                f"will review it. {spec.subject}.",
            )
        if kind == "rec_reject":
            paras.insert(
                0,
                "Thank you for your interest. After careful consideration we have "
                "decided to move forward with other candidates for this position.",
            )
        text = "\r\n\r\n".join(paras)
        html = _html(
            [p.replace("\r\n", " ") for p in paras],
            spec.subject,
            footer="You receive this because you subscribed. Unsubscribe any time.",
        )
        return _multipart("alternative", [_text_leaf(text), _text_leaf(html, "html")], rng)
    if kind == "receipt":
        paras = _paragraphs(rng, 2)
        html = _html(paras, spec.subject)
        alt = _multipart(
            "alternative", [_text_leaf("\r\n\r\n".join(paras)), _text_leaf(html, "html")], rng
        )
        invoice = _b64_leaf("application/pdf", "invoice.pdf", _pdf(rng, 3_000, 14_000))
        return _multipart("mixed", [alt, invoice], rng)
    if kind == "rec_application":
        text = greet + f"\r\n\r\nI would like to apply for the role ({spec.subject[13:]}). "
        text += "My CV is attached.\r\n\r\n" + "\r\n\r\n".join(_paragraphs(rng, 2)) + sign
        cv = _b64_leaf("application/pdf", "Alex_Morgan_CV.pdf", _pdf(rng, 20_000, 45_000))
        return _multipart("mixed", [_text_leaf(text), cv], rng)
    if kind in ("rec_invite", "rec_outreach"):
        lead = (
            "we would love to invite you to an interview. Could you share a few times that "
            "work for you next week?"
            if kind == "rec_invite"
            else "I came across your profile and think you would be a great fit for a role we "
            "are hiring for."
        )
        text = f"{greet}\r\n\r\nThanks for your interest: {lead}\r\n\r\n"
        return _text_leaf(text + "\r\n\r\n".join(_paragraphs(rng, 2)) + sign)
    if kind == "rec_confirm":
        text = (
            f"{greet}\r\n\r\nGreat, the interview is confirmed. The invitation is attached.{sign}"
        )
        text += _quote(spec, rng)
        ics = _ics(spec, rng)
        cal = f"Content-Type: text/calendar; charset=utf-8; method=REQUEST\r\n\r\n{ics}"
        invite = _b64_leaf("application/ics", "invite.ics", ics.encode())
        return _multipart(
            "mixed", [_multipart("alternative", [_text_leaf(text), cal], rng), invite], rng
        )
    raise ValueError(f"unknown kind {kind!r}")


def _bulk_headers(spec: MailSpec, rng: random.Random) -> list[str]:
    if spec.kind in ("newsletter", "job_alert"):
        domain = spec.sender[1].rpartition("@")[2]
        out = [
            f"List-Unsubscribe: <https://{domain}/u/{rng.getrandbits(40):010x}>",
            "List-Unsubscribe-Post: List-Unsubscribe=One-Click",
        ]
        return [*out, "Precedence: bulk"] if rng.random() < 0.4 else out
    if spec.kind in ("notification", "receipt", "rec_ack", "rec_reject"):
        return ["Auto-Submitted: auto-generated"]
    return []


def render(spec: MailSpec) -> bytes:
    """The message as RFC 5322 bytes with CRLF line ends."""
    rng = random.Random(spec.seed)  # noqa: S311 - reproducible test data
    head = "\r\n".join([*_headers(spec, rng), *_bulk_headers(spec, rng)])
    return f"{head}\r\n{_body(spec, rng)}".encode()
