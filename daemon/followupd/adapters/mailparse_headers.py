"""Header decoding for mailparse: ids, addresses, dates and text from raw header values.

Works on raw (name, value) pairs as the stdlib's compat32 parser stores them (8-bit bytes
arrive as surrogate escapes); `header_pairs` produces the same pairs from a header-only
fetch without that parser. Every decoding function recovers what it can and appends a
short description of anything it had to repair to `defects`; none of them raises.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterable
from datetime import UTC, datetime
from email.header import decode_header
from email.message import Message as EmailMessage
from email.utils import getaddresses, parsedate_to_datetime
from typing import TypedDict

from followupd.model import Address

MAX_HEADER_CHARS = 2_000  # a subject or display name longer than this is noise
MAX_RAW_HEADER_CHARS = 32_768  # RFC 2047 decoding is superlinear; a hostile header stops here
MAX_REFERENCES = 100  # RFC 5322 3.6.4 lets References grow; keep the root and the tail

# A message with none of these is not RFC 5322 mail at all.
IDENTITY_FIELDS: tuple[str, ...] = ("From", "To", "Subject", "Date", "Message-ID", "Sender")

_FOLDING = re.compile(r"\r?\n(?=[ \t])")
# email.feedparser.headerRE: what the stdlib parser accepts as a header or continuation line.
_HEADER_LINE = re.compile(r"From |[\041-\071\073-\176]*:|[\t ]")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
_BRACKETED_ID = re.compile(r"<([^<>\s]*)>")
_BARE_ID = re.compile(r"[^<>\s@]+@[^<>\s@]+")
_ID_CHARS = re.compile(r"[^<>\s\"(),;\\]+")
_EMAIL = re.compile(r"[^@\s<>()\[\],;:\"\\]+@[\w-]+(?:\.[\w-]+)*", re.UNICODE)
_SURROGATE = re.compile(r"[\udc80-\udcff]")
_ANY_SURROGATE = re.compile(r"[\ud800-\udfff]")
_SIMPLE_MAILBOX = re.compile(
    r'\s*(?:(?:"(?P<quoted>[^"\\]*)"|(?P<name>[^<>@",;:()\[\]\\]*?))\s*<(?P<addr>[^<>\s",]*)>'
    r'|(?P<bare>[^<>\s",;:()\[\]\\]+))?\s*(?:,|$)'
)

_DOUBLE_AT_ANGLE = re.compile(r"<[^<>]*@[^<>]*@[^<>]*>")


class HeaderFields(TypedDict):
    """Everything mailparse reads from the header section, decoded; keys are model fields."""

    message_id: str | None
    in_reply_to: str | None
    references: tuple[str, ...]
    subject: str
    from_: tuple[Address, ...]
    to: tuple[Address, ...]
    cc: tuple[Address, ...]
    reply_to: tuple[Address, ...]
    date: datetime | None
    list_id: str | None
    list_unsubscribe: bool
    auto_submitted: str | None
    precedence: str | None
    followupd_action: str | None


def header_pairs(data: bytes) -> list[tuple[str, str]]:
    """(name, raw value) pairs of a header section, exactly as BytesHeaderParser with policy
    compat32 stores them, without building its message object (the cost of a first sync).

    The same steps as email.feedparser: lines end at CRLF, CR or LF; the section ends at the
    first line that is neither a header nor a continuation; "From " lines (the mbox
    envelope), a continuation with nothing to continue and a line starting with ":" are
    dropped; a value keeps its folds, loses leading blanks and trailing line breaks.
    """
    text = data.decode("ascii", "surrogateescape")
    lines: list[str] = []
    for line in io.StringIO(text, newline="").readlines():
        if not _HEADER_LINE.match(line):
            break
        lines.append(line)
    pairs: list[tuple[str, str]] = []
    current: list[str] = []
    for line in lines:
        if line[0] in " \t":
            if current:
                current.append(line)
            continue
        if current:
            pairs.append(_source_pair(current))
            current = []
        if not line.startswith("From ") and line[0] != ":":
            current = [line]
    if current:
        pairs.append(_source_pair(current))
    return pairs


def _source_pair(lines: list[str]) -> tuple[str, str]:
    """email.policy.Compat32.header_source_parse: name and value of one header's lines."""
    name, value = lines[0].split(":", 1)
    value = value.lstrip(" \t") + "".join(lines[1:])
    return name, value.rstrip("\r\n")


def header_index(pairs: Iterable[tuple[str, str]], defects: list[str]) -> dict[str, list[str]]:
    """Lower-cased name -> every raw value as it came off the wire, unfolded (RFC 5322 2.2.3)."""
    index: dict[str, list[str]] = {}
    for key, raw in pairs:
        value = raw
        if len(value) > MAX_RAW_HEADER_CHARS:
            defects.append(f"{key[:40]} header longer than {MAX_RAW_HEADER_CHARS} characters cut")
            value = value[:MAX_RAW_HEADER_CHARS]
        index.setdefault(key.lower(), []).append(_FOLDING.sub("", value))
    return index


def undo_8bit(value: str, defects: list[str], what: str) -> str:
    """Turn surrogate-escaped raw 8-bit header bytes into text: UTF-8, else Windows-1252."""
    if not _SURROGATE.search(value):
        return value
    data = value.encode("utf-8", "surrogateescape")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        defects.append(f"8-bit {what} header decoded as windows-1252")
        return data.decode("cp1252", "replace")


def no_surrogates(text: str, defects: list[str], what: str) -> str:
    """`text` with lone surrogates replaced by U+FFFD.

    UTF-7 can encode them, and decode_header hands back plain text as raw-unicode-escape,
    so a literal '\\ud800' becomes one; no UTF-8 encoder (SQLite, email) accepts them.
    """
    if not _ANY_SURROGATE.search(text):
        return text
    defects.append(f"unencodable surrogates in {what} replaced")
    return _ANY_SURROGATE.sub("\ufffd", text)


def decode_words(value: str, defects: list[str], what: str) -> str:
    """Decode RFC 2047 encoded words; an unknown charset decodes as UTF-8 with replacement."""
    value = undo_8bit(value, defects, what)
    if "=?" not in value:
        return value
    try:
        parts = decode_header(value)
    except Exception:  # email.errors.HeaderParseError and friends
        # One broken word must not leave the others encoded: decode them one by one.
        defects.append(f"undecodable encoded word in {what}")
        return no_surrogates(_decode_each(value, defects, what), defects, what)
    return no_surrogates(_joined(parts, defects, what), defects, what)


# RFC 2047 section 2: =?charset?encoding?encoded-text?=
_ENCODED_WORD = re.compile(r"=\?[^?\s]+\?[bBqQ]\?[^?\s]*\?=")


def _decode_each(value: str, defects: list[str], what: str) -> str:
    """Decode every encoded word on its own, keeping the raw text of those that fail."""

    def one(match: re.Match[str]) -> str:
        try:
            return _joined(decode_header(match.group(0)), defects, what)
        except Exception:  # this word alone is broken: show it as it came
            return match.group(0)

    return _ENCODED_WORD.sub(one, value)


def _joined(parts: list[tuple[bytes | str, str | None]], defects: list[str], what: str) -> str:
    """The text of decode_header's parts, an unknown charset read as UTF-8."""
    out: list[str] = []
    for chunk, charset in parts:
        if isinstance(chunk, str):
            out.append(chunk)
        elif charset is None:
            out.append(chunk.decode("raw-unicode-escape", "replace"))
        else:
            try:
                out.append(chunk.decode(charset, "replace"))
            except LookupError:
                defects.append(f"unknown charset {charset!r} in {what}")
                out.append(chunk.decode("utf-8", "replace"))
    return "".join(out)


def clean_text(value: str, defects: list[str], what: str) -> str:
    """A decoded, single-line, length-capped header text (subject, display name, list id)."""
    text = _CONTROL.sub("", decode_words(value, defects, what)).replace("\r", "").replace("\n", "")
    text = " ".join(text.split())
    if len(text) > MAX_HEADER_CHARS:
        defects.append(f"{what} longer than {MAX_HEADER_CHARS} characters cut")
        text = text[:MAX_HEADER_CHARS]
    return text


def normalise_msgid(value: str | None) -> str | None:
    """The first message id in `value` as '<id>', or None when there is none usable."""
    if value is None:
        return None
    ids = parse_id_list(value)
    return ids[0] if ids else None


def parse_id_list(value: str) -> tuple[str, ...]:
    """All message ids in a References/In-Reply-To value, tolerating junk between them.

    RFC 5322 3.6.4 wants '<left@right>'; real mail has bare ids, comments and phrases.
    Bracketed tokens are taken as they are; without brackets only 'x@y' words count.
    """
    value = _SURROGATE.sub("", value)
    found: list[str] = []
    if "<" in value:
        bracketed = _BRACKETED_ID.findall(value)
        found = [f"<{token}>" for token in bracketed if token and _ID_CHARS.fullmatch(token)]
    else:
        found = [f"<{token}>" for token in _BARE_ID.findall(value) if _ID_CHARS.fullmatch(token)]
    return tuple(dict.fromkeys(found))


def _cap_references(refs: tuple[str, ...], defects: list[str]) -> tuple[str, ...]:
    if len(refs) <= MAX_REFERENCES:
        return refs
    defects.append(f"References with {len(refs)} ids cut to {MAX_REFERENCES}")
    return (refs[0], *refs[-(MAX_REFERENCES - 1) :])


def parse_addresses(values: list[str], defects: list[str], what: str) -> tuple[Address, ...]:
    """Mailboxes from address header values: names decoded, emails lower-cased, bad ones dropped.

    Encoded words are decoded after splitting (RFC 2047 5), so a comma inside an encoded
    display name does not split the address.
    """
    if not values:
        return ()
    texts = [_CONTROL.sub("", undo_8bit(value, defects, what)) for value in values]
    pairs = _simple_pairs(texts)
    if pairs is None:
        try:
            pairs = full_pairs(texts, defects, what)
        except Exception:  # the stdlib parser can trip over pathological input
            defects.append(f"unparseable {what} header")
            return ()
    return mailboxes(pairs, defects, what)


def full_pairs(texts: list[str], defects: list[str], what: str) -> list[tuple[str, str]]:
    """getaddresses, minus what it makes up: an angle-addr with two '@' ('<a@@b@c>') is no
    address (RFC 5322 3.4.1), but the library splits it and returns a piece ('b@c') as one.
    Such an angle-addr is dropped before parsing, as the fast path drops it."""
    cleaned = []
    for text in texts:
        kept = _DOUBLE_AT_ANGLE.sub("<>", text)
        if kept != text:
            defects.append(f"invalid address dropped from {what}")
        cleaned.append(kept)
    return getaddresses(cleaned)


def mailboxes(pairs: list[tuple[str, str]], defects: list[str], what: str) -> tuple[Address, ...]:
    """(display name, addr-spec) pairs -> Addresses: decoded, lower-cased, checked, unique."""
    out: list[Address] = []
    seen: set[str] = set()
    for name, addr in pairs:
        email = addr.strip().lower()
        if not email:
            continue
        if not _EMAIL.fullmatch(email):
            defects.append(f"invalid address dropped from {what}")
            continue
        if email in seen:
            continue
        seen.add(email)
        out.append(Address(name=clean_text(name, defects, what), email=email))
    return tuple(out)


def _simple_pairs(texts: list[str]) -> list[tuple[str, str]] | None:
    """Fast path for common lists ('Name <a@b>, "Doe, J" <c@d>, e@f'); None means use the
    full parser: comments, groups, routes and escapes (RFC 5322 3.4) go to getaddresses,
    which is exact but several times slower.
    """
    pairs: list[tuple[str, str]] = []
    for text in texts:
        pos, end = 0, len(text)
        while pos < end:
            match = _SIMPLE_MAILBOX.match(text, pos)
            if match is None or match.end() == pos:
                return None
            pos = match.end()
            name = match["quoted"] if match["quoted"] is not None else (match["name"] or "")
            addr = match["addr"] if match["addr"] is not None else match["bare"]
            if addr is not None or name:
                pairs.append((name, addr or ""))
    return pairs


def parse_date(value: str | None, defects: list[str]) -> datetime | None:
    """The Date header as an aware UTC datetime; None (with a defect) when unreadable."""
    if value is None or not value.strip():
        return None
    try:
        when = parsedate_to_datetime(_SURROGATE.sub("", value).strip())
    except (TypeError, ValueError, IndexError, OverflowError):
        defects.append("unreadable Date header")
        return None
    if when.tzinfo is None:  # RFC 5322 3.3: "-0000" means the zone is unknown; UTC it is
        when = when.replace(tzinfo=UTC)
    try:
        return when.astimezone(UTC)
    except (ValueError, OverflowError):
        defects.append("Date header out of range")
        return None


def _token(value: str | None) -> str | None:
    """A lower-cased keyword header value (Auto-Submitted, Precedence) without comments."""
    if value is None:
        return None
    word = _SURROGATE.sub("", value).split(";")[0].split("(")[0].strip().lower()
    return word or None


def count_identity_fields(msg: EmailMessage) -> int:
    """How many of IDENTITY_FIELDS the message has; zero means it is not mail at all."""
    return sum(1 for field in IDENTITY_FIELDS if field in msg)


def read_headers(pairs: Iterable[tuple[str, str]], defects: list[str]) -> HeaderFields:
    """Decode the header fields followupd uses from raw (name, value) pairs (full or
    header-only message: `Message.raw_items()` or `header_pairs`)."""
    index = header_index(pairs, defects)

    def first(name: str) -> str | None:
        values = index.get(name.lower())
        return values[0] if values else None

    message_id_raw = first("Message-ID")
    message_id = normalise_msgid(message_id_raw)
    if message_id_raw is not None and message_id is None:
        defects.append("broken Message-ID ignored")
    in_reply_to = normalise_msgid(first("In-Reply-To"))
    references = _cap_references(parse_id_list(" ".join(index.get("references", []))), defects)
    subject_raw = first("Subject")
    list_id_raw = first("List-Id")
    action_raw = first("X-Followupd-Action")
    return HeaderFields(
        message_id=message_id,
        in_reply_to=in_reply_to,
        references=references,
        subject=clean_text(subject_raw, defects, "Subject") if subject_raw else "",
        from_=parse_addresses(index.get("from", []), defects, "From"),
        to=parse_addresses(index.get("to", []), defects, "To"),
        cc=parse_addresses(index.get("cc", []), defects, "Cc"),
        reply_to=parse_addresses(index.get("reply-to", []), defects, "Reply-To"),
        date=parse_date(first("Date"), defects),
        list_id=(clean_text(list_id_raw, defects, "List-Id") or None) if list_id_raw else None,
        list_unsubscribe="list-unsubscribe" in index,
        auto_submitted=_token(first("Auto-Submitted")),
        precedence=_token(first("Precedence")),
        followupd_action=(clean_text(action_raw, defects, "X-Followupd-Action") or None)
        if action_raw
        else None,
    )
