"""Turn a rendering into an RFC 5322 message with the standard library's email package."""

from __future__ import annotations

import random
from datetime import UTC
from email import charset, policy
from email.header import Header
from email.message import Message
from email.mime.application import MIMEApplication
from email.mime.base import MIMEBase
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import format_datetime, formataddr

from . import ics, skins
from .render import Rendered


class _Policy(policy.Compat32):
    """compat32 with a fast path: a short ASCII header needs no folding machinery."""

    def _fold(self, name: str, value: object, sanitize: bool) -> str:
        short = isinstance(value, str) and len(name) + len(value) < 76
        if short and value.isascii() and "\n" not in value:  # type: ignore[union-attr]
            return f"{name}: {value}{self.linesep}"
        return str(super()._fold(name, value, sanitize))


# compat32 and the email.mime classes: the same RFC 5322 output as EmailMessage for what we
# build, several times faster (header objects of the default policy dominate otherwise).
POLICY = _Policy(linesep="\n")
_BASE64_STYLES = {"workday", "sf", "icims"}
_QP = charset.Charset("utf-8")
_QP.body_encoding = charset.QP
_QP.header_encoding = charset.QP
_B64 = charset.Charset("utf-8")
_B64.body_encoding = charset.BASE64


def _address(display: str, addr: str) -> str:
    return formataddr((display, addr), charset="utf-8")


def _header(value: str) -> str | Header:
    return value if value.isascii() else Header(value, _QP)


def _text(text: str, subtype: str, base64: bool = False) -> MIMEText:
    if text.isascii():
        part = MIMEText(text, subtype, "us-ascii")
    else:
        part = MIMEText(text, subtype, _B64 if base64 else _QP)
    del part["MIME-Version"]
    return part


def plain_text(r: Rendered) -> str:
    parts = [r.plain_body]
    if r.sig:
        parts.append(r.sig)
    if r.footer:
        rule = "-" * 40 if r.style.skin in ("card", "corporate", "alert", "newsletter") else ""
        parts.append((rule + "\n" if rule else "") + r.footer)
    text = "\n\n".join(parts)
    if r.quote:
        gap = "\n\n" if r.base.forward else "\n"
        text += "\n\n" + r.quote_head + gap + r.quote
    return skins.plain_links(text) + "\n"


def _html(r: Rendered, display: str) -> str:
    quote = "\n".join(
        line[2:] if line.startswith("> ") else ("" if line == ">" else line)
        for line in r.quote.split("\n")
    )
    org = display if r.style.skin != "card" else r.slots.get("frm_name") or r.slots["company"]
    return skins.render(
        r.style.skin,
        r.body,
        sig=r.sig,
        footer=r.footer,
        quote_head=r.quote_head,
        quote=quote,
        org=org,
    )


def _calendar(r: Rendered, rng: random.Random, method: str) -> str:
    assert r.start is not None and r.end is not None
    s = r.slots
    location = rng.choice((
        "Video call (link in description)",
        f"{s['company']}, {s['city']}",
        "Phone - we will call you",
        f"https://meet.{s['cdomain']}/j/{s['token'][:11]}",
    ))  # fmt: skip
    if r.base.event:
        summary = r.base.event.format_map(s)
        organizer = (s.get("frm_name") or s["rname"], s.get("frm_addr") or s["raddr"])
        description = summary
        location = rng.choice(("", "See details", s["city"]))
    else:
        summary = rng.choice((
            f"Interview: {s['me']} / {s['company']}",
            f"{s['role']} - interview with {s['rname']}",
            f"{s['company']} <> {s['first']}: {s['role']}",
        ))  # fmt: skip
        organizer = (s["rname"], s["raddr"])
        description = (
            f"Interview for the {s['role']} role at {s['company']}.\n"
            f"Questions? Contact {s['rname']} ({s['raddr']})."
        )
    return ics.calendar(
        method=method,
        uid=f"{s['token']}-{s['jobid']}@{s['cdomain']}",
        sequence=r.base.seq,
        start=r.start,
        end=r.end,
        stamp=r.sent,
        summary=summary,
        organizer=organizer,
        attendee=(s["me"], s["me_addr"]),
        location=location,
        description=description,
        utc=rng.random() < 0.35,
    )


def build(r: Rendered, seed: int, k: int) -> Message:
    rng = random.Random(f"{seed}:{r.base.gid}:{k}:mime")  # noqa: S311 - a corpus, not a secret
    s, style = r.slots, r.style
    display = s.get("frm_name") or style.display.format_map(s)
    addr = s.get("frm_addr") or style.addr.format_map(s)

    plain = plain_text(r)
    mime = r.mime
    if r.base.ics and mime == "html":
        mime = "alt"
    b64 = style.tag in _BASE64_STYLES and rng.random() < 0.5
    body: Message
    if mime == "html":
        body = _text(_html(r, display), "html", b64)
    elif mime == "alt":
        body = MIMEMultipart("alternative", _subparts=[
            _text(plain, "plain"), _text(_html(r, display), "html", b64)
        ])  # fmt: skip
    else:
        body = _text(plain, "plain")
    if r.base.ics:
        cal = _calendar(r, rng, r.base.ics)
        layout = rng.choice(("inline", "inline+file", "file"))
        if layout.startswith("inline"):
            inline = _text(cal.replace("\r\n", "\n"), "calendar")
            inline.set_param("method", r.base.ics)
            if body.get_content_type() != "multipart/alternative":
                body = MIMEMultipart("alternative", _subparts=[body])
            body.attach(inline)
        if layout.endswith("file"):
            attached: MIMEBase
            if rng.random() < 0.5:
                attached = MIMEApplication(cal.encode(), "ics")
            else:
                attached = MIMEApplication(cal.encode(), "octet-stream")
                attached.replace_header("Content-Type", "text/calendar")
                attached.set_param("method", r.base.ics)
                attached.set_param("charset", "utf-8")
            attached.add_header("Content-Disposition", "attachment", filename="invite.ics")
            body = MIMEMultipart("mixed", _subparts=[body, attached])
    if r.base.attach:
        pdf = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
        pdf += rng.randbytes(600) + b"\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n"
        doc = MIMEApplication(pdf, "pdf")
        doc.add_header("Content-Disposition", "attachment", filename=r.base.attach.format_map(s))
        if body.get_content_type() == "multipart/mixed":
            body.attach(doc)
        else:
            body = MIMEMultipart("mixed", _subparts=[body, doc])
    for part in body.walk():
        if part is not body and "MIME-Version" in part:
            del part["MIME-Version"]
        if part.is_multipart():
            part.set_boundary(f"===============_{rng.getrandbits(64):016x}==")

    # The envelope headers first, in the order mail clients write them, then the MIME ones.
    mime_headers = [(name, value) for name, value in body.items() if name != "MIME-Version"]
    for name, _ in mime_headers:
        del body[name]
    del body["MIME-Version"]
    body["From"] = _address(display, addr)
    body["To"] = _address(s["me"], s["me_addr"])
    sent = r.sent
    same_day = sent.astimezone(UTC).date() == sent.date()
    if not style.person and r.utc_ok and same_day and rng.random() < 0.5:
        sent = sent.astimezone(UTC)
    body["Date"] = format_datetime(sent)
    body["Subject"] = _header(r.subject)
    domain = addr.split("@")[1]
    body["Message-ID"] = f"<{rng.getrandbits(80):020x}.{rng.randrange(10**6)}@{domain}>"
    if r.refs:
        body["In-Reply-To"] = r.refs[-1]
        body["References"] = " ".join(r.refs)
    if style.reply_to and not r.base.frm:
        body["Reply-To"] = _address(s["rname"], style.reply_to.format_map(s))
    site = domain.split(".", 1)[1] if domain.count(".") > 1 else domain
    if style.bulk:
        body["List-Id"] = _header(f"{display} <{s['token'][:8]}.list.{site}>")
        body["List-Unsubscribe"] = (
            f"<https://{site}/unsubscribe/{s['token']}>, <mailto:unsubscribe@{site}?subject=stop>"
        )
        if style.bulk == "bulk":
            body["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click"
            body["Precedence"] = "bulk"
        else:
            body["Precedence"] = "list"
    auto = r.base.auto or style.auto
    if auto:
        body["Auto-Submitted"] = auto
        if auto == "auto-replied":
            body["X-Auto-Response-Suppress"] = "All"
    body["MIME-Version"] = "1.0"
    for name, value in mime_headers:
        body[name] = value
    return body
