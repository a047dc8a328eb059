"""What a header FETCH asks for and how its answer becomes our own values (no imapclient types)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from itertools import takewhile
from typing import Any

from imapclient.response_parser import parse_fetch_response

# The headers triage and threading need; fetched with BODY.PEEK so \Seen is never set
# (RFC 3501 6.4.5: BODY[...] implicitly sets \Seen, BODY.PEEK[...] does not).
HEADER_FIELDS = (
    "Message-ID",
    "In-Reply-To",
    "References",
    "Subject",
    "From",
    "To",
    "Cc",
    "Reply-To",
    "Date",
    "List-Id",
    "List-Unsubscribe",
    "Auto-Submitted",
    "Precedence",
    "X-Autoreply",
    "X-Autorespond",
    "X-Auto-Response-Suppress",
    "X-Followupd-Action",
    "Content-Type",
)
HEADER_ITEM = f"BODY.PEEK[HEADER.FIELDS ({' '.join(HEADER_FIELDS)})]"
CALENDAR_TYPES = frozenset({("text", "calendar"), ("application", "ics")})
_APPENDUID = re.compile(rb"\[APPENDUID (\d+) (\d+)\]", re.IGNORECASE)

# The raw FETCH reader (headers_from_raw) reads the usual response shape itself and hands
# anything else to imapclient's parser. A simple item: a name, then an atom or a flat list.
_NAME = rb"[A-Z][A-Z0-9.-]*"
_VALUE = rb'\([^()"{}]*\)|[^\s()"{}]+'
_ITEM = _NAME + rb" (?:" + _VALUE + rb")"
_ITEM_PARTS = re.compile(rb"(" + _NAME + rb") (" + _VALUE + rb")", re.IGNORECASE)
_HEADER_LITERAL = rb'BODY\[HEADER\.FIELDS \([^()"{}]*\)\] \{(\d+)\}'
# The text before the header literal: `seq (items [BODYSTRUCTURE (...)] BODY[...] {n}`.
_BEFORE_LITERAL = re.compile(
    rb"\d+ \(((?:" + _ITEM + rb" )*)(?:BODYSTRUCTURE (\(.*\)) )?" + _HEADER_LITERAL,
    re.IGNORECASE | re.DOTALL,
)
# The line after it: ` [items] [BODYSTRUCTURE (...)])` (Dovecot sends BODYSTRUCTURE here).
_AFTER_LITERAL = re.compile(
    rb"((?: " + _ITEM + rb")*)(?: BODYSTRUCTURE (\(.*\)))?\)", re.IGNORECASE | re.DOTALL
)
# `seq (items)` alone: an unsolicited update (RFC 3501 7.4.2), e.g. FLAGS set elsewhere.
_SIMPLE_ONLY = re.compile(rb"\d+ \(((?:" + _ITEM + rb"(?: " + _ITEM + rb")*)?)\)", re.IGNORECASE)
# An item we read that follows the structure inside the same line: only imapclient's parser
# can tell it from a quoted string, so such a response goes there.
_ITEM_AFTER_STRUCTURE = re.compile(rb"\) (?:UID|RFC822\.SIZE|FLAGS|X-GM-THRID) ", re.IGNORECASE)
# A leaf part of a calendar type (RFC 3501 7.4.2 body-type-1part): type, subtype, then
# parameters, id, description, encoding and a size. The size tells it apart from a
# parameter or language list and from a forwarded message's envelope (date, subject, ...).
_STRING = rb'"(?:[^"\\]|\\.)*"'
_NSTRING = rb"(?:NIL|" + _STRING + rb")"
_PARAMS = rb"(?:NIL|\((?:" + _STRING + rb"(?: " + _STRING + rb")*)?\))"
_CALENDAR_PART = re.compile(
    rb'\("(?:text" "calendar|application" "ics)" '
    + b" ".join([_PARAMS, _NSTRING, _NSTRING, _NSTRING])
    + rb" \d+",
    re.IGNORECASE,
)
_FLAG = re.compile(rb"\\?[!#$&'*+,./0-9:;<=>?@A-Z^_`a-z|~-]+")


@dataclass(frozen=True, slots=True)
class RawHeaders:
    """Selected headers of one message with its size, flags and calendar hint."""

    uid: int
    size: int
    flags: tuple[str, ...]
    header_bytes: bytes
    has_calendar: bool
    gm_thrid: int | None = None


@dataclass(frozen=True, slots=True)
class RawBody:
    """The first bytes of a message (all of it unless `truncated`)."""

    uid: int
    data: bytes
    truncated: bool


def chunked(items: Sequence[int], size: int) -> Iterator[list[int]]:
    """Consecutive slices of at most `size` items (size < 1 counts as 1)."""
    step = max(1, size)
    for start in range(0, len(items), step):
        yield list(items[start : start + step])


def _text(value: object) -> str:
    if isinstance(value, bytes):
        return value.decode("ascii", "replace")
    return str(value)


def has_calendar(structure: object) -> bool:
    """True when any MIME part of a BODYSTRUCTURE (RFC 3501 7.4.2) is text/calendar or .ics.

    imapclient gives nested tuples: a multipart's first element is the list of its parts;
    a leaf starts with type and subtype; message/rfc822 carries its own structure at 8,
    left raw, so a multipart there starts with its parts as tuples instead.
    """
    if not isinstance(structure, tuple | list) or not structure:
        return False
    head = structure[0]
    if isinstance(head, list):
        return any(has_calendar(part) for part in head)
    if isinstance(head, tuple):
        return any(has_calendar(part) for part in takewhile(_is_tuple, structure))
    if len(structure) < 2:
        return False
    kind = (_text(head).lower(), _text(structure[1]).lower())
    if kind in CALENDAR_TYPES:
        return True
    if kind == ("message", "rfc822") and len(structure) > 8:
        return has_calendar(structure[8])
    return False


def _is_tuple(value: object) -> bool:
    return isinstance(value, tuple)


def _find(data: Mapping[bytes, Any], prefix: bytes) -> Any:
    for key, value in data.items():
        if key.upper().startswith(prefix):
            return value
    return None


def headers_from_raw(data: Sequence[object]) -> list[RawHeaders]:
    """RawHeaders from a header UID FETCH's untagged responses as imaplib returns them.

    imaplib gives each response as zero or more (text, literal) tuples followed by one
    bytes line. The usual shapes are read here directly (see _fast_fields); any other,
    e.g. one with a literal inside BODYSTRUCTURE, goes through imapclient's parser.
    Responses without UID (unsolicited flag updates) are skipped; several responses for
    one UID merge, later items winning, as imapclient merges them. In order of first
    appearance.
    """
    merged: dict[int, dict[str, Any]] = {}
    for group in _responses(data):
        fast = _fast_fields(group)
        for uid, found in [fast] if fast is not None else _parsed_fields(group):
            if uid is not None:
                merged.setdefault(uid, {}).update(found)
    return [
        RawHeaders(
            uid=uid,
            size=found.get("size", 0),
            flags=found.get("flags", ()),
            header_bytes=found.get("header", b""),
            has_calendar=found.get("calendar", False),
            gm_thrid=found.get("thrid"),
        )
        for uid, found in merged.items()
    ]


_Fields = tuple[int | None, dict[str, Any]]


def _responses(data: Sequence[object]) -> Iterator[list[object]]:
    """imaplib's elements grouped per response: (text, literal) tuples, then one line."""
    group: list[object] = []
    for element in data:
        if element is None:  # imaplib's answer when there were no FETCH responses at all
            continue
        group.append(element)
        if not isinstance(element, tuple):
            yield group
            group = []
    if group:  # cut short: imapclient's parser says what is wrong with it
        yield group


def _fast_fields(group: Sequence[object]) -> _Fields | None:
    """(uid, fields) of a response in one of the usual shapes; None means "ask imapclient".

    Usual: one line of simple items (an update), or the header literal with simple items
    and a BODYSTRUCTURE free of literals around it. Items are read only outside the
    structure, whose quoted strings (file names) could look like anything.
    """
    if len(group) == 1 and isinstance(group[0], bytes):
        simple = _SIMPLE_ONLY.fullmatch(group[0])
        return _simple_fields(simple.group(1)) if simple else None
    if len(group) != 2 or not isinstance(group[0], tuple) or not isinstance(group[1], bytes):
        return None
    text, literal = group[0]
    if not isinstance(text, bytes) or not isinstance(literal, bytes):
        return None
    before = _BEFORE_LITERAL.fullmatch(text)
    after = _AFTER_LITERAL.fullmatch(group[1])
    if before is None or after is None or len(literal) != int(before.group(3)):
        return None
    structures = [s for s in (before.group(2), after.group(2)) if s is not None]
    if len(structures) != 1 or _ITEM_AFTER_STRUCTURE.search(structures[0]):
        return None
    fields = _simple_fields(before.group(1) + after.group(1))
    if fields is None or fields[0] is None or not {"size", "flags"} <= fields[1].keys():
        return None
    fields[1]["header"] = literal
    fields[1]["calendar"] = _CALENDAR_PART.search(structures[0]) is not None
    return fields


def _simple_fields(items: bytes) -> _Fields | None:
    """UID, RFC822.SIZE, FLAGS and X-GM-THRID out of simple items; None when one looks odd."""
    uid: int | None = None
    found: dict[str, Any] = {}
    for name, value in _ITEM_PARTS.findall(items):
        word = name.upper()
        if word == b"FLAGS":
            flags = value[1:-1].split() if value[:1] == b"(" else None
            if flags is None or not all(_FLAG.fullmatch(f) and f != b"NIL" for f in flags):
                return None  # imapclient reads NIL and some specials differently
            found["flags"] = tuple(flag.decode("ascii") for flag in flags)
            continue
        key = {b"UID": "uid", b"RFC822.SIZE": "size", b"X-GM-THRID": "thrid"}.get(word)
        if key is None:
            continue  # MODSEQ and the like: not used here
        if not value.isdigit():
            return None
        if key == "uid":
            uid = int(value)
        else:
            found[key] = int(value)
    return uid, found


def _parsed_fields(group: list[object]) -> Iterator[_Fields]:
    """(uid, fields) of a response as imapclient's own parser reads it (the slow way)."""
    for data in parse_fetch_response(group, True, False).values():
        uid = data.get(b"UID")
        found: dict[str, Any] = {}
        if b"RFC822.SIZE" in data:
            found["size"] = int(data[b"RFC822.SIZE"] or 0)
        if b"FLAGS" in data:
            found["flags"] = tuple(_text(f) for f in data[b"FLAGS"])
        for key, value in data.items():
            if key.upper().startswith(b"BODY[HEADER.FIELDS"):
                found["header"] = bytes(value or b"")
                break
        if b"BODYSTRUCTURE" in data:
            found["calendar"] = has_calendar(data[b"BODYSTRUCTURE"])
        if b"X-GM-THRID" in data:
            thrid = data[b"X-GM-THRID"]
            found["thrid"] = int(thrid) if thrid is not None else None
        yield (int(uid) if uid is not None else None), found


def bodies_from_fetch(
    uids: Iterable[int], response: Mapping[int, Mapping[bytes, Any]], max_bytes: int
) -> Iterator[RawBody]:
    """Our RawBody for each requested UID the server answered for, in request order."""
    for uid in uids:
        data = response.get(uid)
        if data is None:
            continue
        body = _find(data, b"BODY[") or b""
        size = int(data.get(b"RFC822.SIZE") or len(body))
        yield RawBody(uid=uid, data=bytes(body), truncated=size > max_bytes)


def appenduid(response: object) -> tuple[int, int] | None:
    """(uidvalidity, uid) from an APPEND's tagged OK text, RFC 4315 `[APPENDUID v u]`."""
    raw = response if isinstance(response, bytes) else _text(response).encode()
    match = _APPENDUID.search(raw)
    return (int(match.group(1)), int(match.group(2))) if match else None
