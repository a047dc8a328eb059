"""Raw message bytes -> model.Envelope / model.Message.

Bodies go through mail-parser (charset recovery, inline vs attachment rules); headers are
decoded by `mailparse_headers` for both the header-only first look and the full parse, so
the two always agree. Nothing from mail-parser or the email package leaves this module.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from email.message import Message as EmailMessage
from email.parser import BytesParser
from email.policy import compat32

import mailparser

from followupd.adapters.mailparse_headers import (
    clean_text,
    count_identity_fields,
    header_pairs,
    no_surrogates,
    read_headers,
)
from followupd.adapters.mailparse_html import html_to_text
from followupd.errors import ParseError
from followupd.model import Attachment, Envelope, FolderRole, Message, MessageLocation

log = logging.getLogger(__name__)
# mail-parser warns for every text/calendar part ("content not handled"): routine here.
logging.getLogger("mailparser").setLevel(logging.ERROR)

MAX_DEPTH = 30  # MIME nesting deeper than this is skipped; real mail stays under ~6
MAX_CALENDARS = 20
MAX_CALENDAR_CHARS = 200_000
MAX_HTML_CHARS = 1_000_000  # html.parser runs ~1 MB/s; real HTML mail is far smaller
_CALENDAR_TYPES = frozenset({"text/calendar", "application/ics"})
# mail-parser's own header diagnostics duplicate ours (or concern Received, unused here).
_HEADER_DEFECT_KEYS = frozenset({"address-headers", "date-headers", "received-headers"})
_MIME_HEADER_PREFIXES = ("content-", "mime-")


def parse_envelope(
    header_bytes: bytes,
    *,
    location: MessageLocation,
    role: FolderRole,
    size: int,
    flags: tuple[str, ...],
    has_calendar: bool,
    gm_thrid: int | None,
) -> Envelope:
    """The cheap first look, from a header-only fetch (BODY.PEEK[HEADER.FIELDS (...)])."""
    defects: list[str] = []
    try:
        pairs = header_pairs(bytes(header_bytes))
        fields = read_headers(pairs, defects)
    except Exception as exc:  # decoding of hostile values: quarantine, do not crash
        raise ParseError(f"unreadable header section: {type(exc).__name__}") from None
    _log_defects(location, defects)
    return Envelope(
        **fields,
        location=location,
        role=role,
        size=size,
        flags=tuple(flags),
        has_calendar=has_calendar or _content_type(pairs) in _CALENDAR_TYPES,
        gm_thrid=gm_thrid,
    )


def parse_message(
    raw: bytes,
    *,
    location: MessageLocation | None,
    role: FolderRole,
    flags: tuple[str, ...] = (),
    gm_thrid: int | None = None,
    truncated: bool = False,
    max_text_chars: int = 100_000,
    size: int | None = None,
) -> Message:
    """Parse a whole message; raises ParseError only for input that is not mail at all.

    `size` is the message's size on the server (RFC822.SIZE) when `raw` was fetched
    size-capped; it defaults to len(raw).
    """
    data = bytes(raw)
    if not data.strip():
        raise ParseError("empty message")
    defects: list[str] = []
    try:
        msg, body_parsed = _parse_tree(data, defects)
        if count_identity_fields(msg) == 0:
            raise ParseError("no From/To/Subject/Date/Message-ID header: not a mail message")
        fields = read_headers(msg.raw_items(), defects)
    except ParseError:
        raise
    except Exception as exc:  # library failure on hostile input: quarantine, do not crash
        raise ParseError(f"parser failure: {type(exc).__name__}") from None
    attachments: tuple[Attachment, ...] = ()
    calendars: tuple[str, ...] = ()
    plain: list[str] = []
    html: list[str] = []
    if body_parsed:
        # The headers are readable, so whatever the body does, this is still a Message.
        try:
            attachments, calendars = _parts(msg, defects)
        except Exception as exc:
            defects.append(f"MIME parts unreadable ({type(exc).__name__}); none kept")
        try:
            plain, html = _body_texts(msg, defects)
        except Exception as exc:
            defects.append(f"body text undecodable ({type(exc).__name__}); text left empty")

    text, html_only = _choose_text(plain, html, defects)
    if len(text) > max_text_chars:
        defects.append(f"text longer than {max_text_chars} characters cut")
        text = text[:max_text_chars]
        truncated = True
    _log_defects(location, defects)
    return Message(
        **fields,
        location=location,
        role=role,
        text=text,
        attachments=attachments,
        calendars=calendars,
        flags=tuple(flags),
        gm_thrid=gm_thrid,
        html_only=html_only,
        truncated=truncated,
        size=len(data) if size is None else size,
        defects=tuple(dict.fromkeys(defects)),
    )


def _parse_tree(data: bytes, defects: list[str]) -> tuple[EmailMessage, bool]:
    """The MIME tree (compat32, as mail-parser expects); headers only if nesting defeats it."""
    try:
        msg = BytesParser(policy=compat32).parsebytes(data)
    except RecursionError:  # the stdlib parser recurses once per multipart level
        defects.append("multipart nesting too deep to parse; body skipped")
        return BytesParser(policy=compat32).parsebytes(data, headersonly=True), False
    if _prune_deep_parts(msg):
        defects.append(f"multipart nested deeper than {MAX_DEPTH} levels; inner parts skipped")
    return msg, True


def _prune_deep_parts(msg: EmailMessage) -> bool:
    """Empty every container below MAX_DEPTH, so no later walk recurses without bound."""
    pruned = False
    stack: list[tuple[EmailMessage, int]] = [(msg, 0)]
    while stack:
        part, depth = stack.pop()
        children = part.get_payload()
        if not isinstance(children, list):
            continue
        if depth >= MAX_DEPTH:
            part.set_payload([])
            pruned = True
            continue
        stack.extend((child, depth + 1) for child in children if isinstance(child, EmailMessage))
    return pruned


def _body_texts(msg: EmailMessage, defects: list[str]) -> tuple[list[str], list[str]]:
    """The text/plain and text/html bodies as mail-parser decodes them, plus its defects.

    Headers are already decoded by read_headers; mail-parser would parse them all again
    (Received chains alone cost more than the body), so it sees only the MIME fields.
    """
    # One pass over the list: `del msg[name]` rescans every header per distinct name, which
    # made a 200 KB message of distinct X- headers cost 20 s.
    msg._headers = [  # type: ignore[attr-defined]
        (key, value)
        for key, value in msg.raw_items()
        if key.lower().startswith(_MIME_HEADER_PREFIXES)
    ]
    # A message attached as a file (RFC 2183 disposition) is not this message's text.
    for part in _walk(msg):
        if part.get_content_type() == "message/rfc822" and _is_attached(part):
            part.set_payload([])
    parsed = mailparser.MailParser(msg)
    for entry in parsed.defects:
        for key, items in entry.items():
            if key in _HEADER_DEFECT_KEYS:
                continue
            for item in items:
                defects.append(f"{key}: {str(item).split('. ')[0][:160]}")
    return list(parsed.text_plain), list(parsed.text_html)


def _choose_text(plain: list[str], html: list[str], defects: list[str]) -> tuple[str, bool]:
    """Prefer text/plain; fall back to HTML converted to text (then html_only is True)."""
    plain_text = _normalise("\n\n".join(part for part in plain if part.strip()), defects)
    if plain_text:
        return plain_text, False
    markup = "\n".join(html)
    if len(markup) > MAX_HTML_CHARS:
        defects.append(f"HTML body longer than {MAX_HTML_CHARS} characters cut")
        markup = markup[:MAX_HTML_CHARS]
    html_text = _normalise(html_to_text(markup), defects) if markup else ""
    return html_text, bool(html_text)


def _normalise(text: str, defects: list[str]) -> str:
    """One newline convention, no NULs or lone surrogates, no trailing blank space."""
    text = no_surrogates(text, defects, "body text")
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "").strip()


def _walk(msg: EmailMessage) -> Iterator[EmailMessage]:
    """Every part in document order, iteratively (depth is already capped by pruning)."""
    stack = [msg]
    while stack:
        part = stack.pop()
        yield part
        children = part.get_payload()
        if isinstance(children, list):
            stack.extend(reversed([c for c in children if isinstance(c, EmailMessage)]))


def _parts(msg: EmailMessage, defects: list[str]) -> tuple[tuple[Attachment, ...], tuple[str, ...]]:
    """Attachment metadata (never payloads) and the text of every calendar part (RFC 5545)."""
    attachments: list[Attachment] = []
    calendars: list[str] = []
    for part in _walk(msg):
        content_type = part.get_content_type()
        filename = _filename(part, defects)
        is_calendar = content_type in _CALENDAR_TYPES or filename.lower().endswith(".ics")
        if part.is_multipart():
            if content_type == "message/rfc822" and _is_attached(part):
                size = sum(_payload_size(leaf) for leaf in _walk(part) if not leaf.is_multipart())
                attachments.append(Attachment(filename or "message.eml", content_type, size))
            continue
        if is_calendar:
            if len(calendars) < MAX_CALENDARS:
                calendars.append(_calendar_text(part, defects))
            else:
                defects.append(f"more than {MAX_CALENDARS} calendar parts; rest ignored")
        if _is_attached(part) or part.get_content_maintype() != "text":
            attachments.append(Attachment(filename, content_type, _payload_size(part)))
    return tuple(attachments), tuple(calendars)


def _is_attached(part: EmailMessage) -> bool:
    """True for a part sent as a file: disposition attachment, or a file name given."""
    if (part.get_content_disposition() or "").lower() == "attachment":
        return True
    try:
        return bool(part.get_filename())
    except Exception:  # malformed RFC 2231 parameters still name a file
        return True


def _filename(part: EmailMessage, defects: list[str]) -> str:
    """The part's file name: RFC 2231 parameters, or RFC 2047 words some clients write."""
    try:
        name = part.get_filename()
    except Exception:  # malformed RFC 2231 continuations
        defects.append("unreadable attachment file name")
        return ""
    if not name:
        return ""
    return clean_text(str(name), defects, "attachment name")


def _payload_size(part: EmailMessage) -> int:
    """Decoded size of a leaf part in bytes."""
    payload = part.get_payload(decode=True)
    return len(payload) if isinstance(payload, bytes) else 0


def _calendar_text(part: EmailMessage, defects: list[str]) -> str:
    """A calendar part decoded from its transfer encoding and charset (default UTF-8)."""
    payload = part.get_payload(decode=True)
    data = payload if isinstance(payload, bytes) else b""
    charset = part.get_content_charset() or "utf-8"
    try:
        text = data.decode(charset, "replace")
    except LookupError:
        defects.append(f"calendar part: unknown charset {charset[:40]!r} decoded as utf-8")
        text = data.decode("utf-8", "replace")
    text = no_surrogates(text, defects, "calendar part")
    if len(text) > MAX_CALENDAR_CHARS:
        defects.append(f"calendar part longer than {MAX_CALENDAR_CHARS} characters cut")
        text = text[:MAX_CALENDAR_CHARS]
    return text


def _content_type(pairs: list[tuple[str, str]]) -> str:
    """The content type the stdlib reads from the first Content-Type (RFC 2045 5.2 default)."""
    for name, value in pairs:
        if name.lower() == "content-type":
            holder = EmailMessage(policy=compat32)  # its rules for odd or 8-bit values
            holder.set_raw(name, value)
            return holder.get_content_type()
    return "text/plain"


def _log_defects(location: MessageLocation | None, defects: list[str]) -> None:
    """One debug line per defect; defects name headers and charsets, never content."""
    if not defects or not log.isEnabledFor(logging.DEBUG):
        return
    folder = location.folder if location else "-"
    uid = location.uid if location else "-"
    for defect in dict.fromkeys(defects):
        log.debug("mailparse.defect folder=%s uid=%s defect=%s", folder, uid, defect)
