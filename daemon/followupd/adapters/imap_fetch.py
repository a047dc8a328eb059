"""What a header FETCH asks for and how its answer becomes our own values (no imapclient types)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

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
    a leaf starts with type and subtype; message/rfc822 carries its own structure at 8.
    """
    if not isinstance(structure, tuple | list) or not structure:
        return False
    head = structure[0]
    if isinstance(head, list | tuple):
        return any(has_calendar(part) for part in head)
    if len(structure) < 2:
        return False
    kind = (_text(head).lower(), _text(structure[1]).lower())
    if kind in CALENDAR_TYPES:
        return True
    if kind == ("message", "rfc822") and len(structure) > 8:
        return has_calendar(structure[8])
    return False


def _find(data: Mapping[bytes, Any], prefix: bytes) -> Any:
    for key, value in data.items():
        if key.upper().startswith(prefix):
            return value
    return None


def headers_from_fetch(
    uids: Iterable[int], response: Mapping[int, Mapping[bytes, Any]]
) -> Iterator[RawHeaders]:
    """Our RawHeaders for each requested UID the server answered for, in request order.

    A UID missing from the answer was expunged meanwhile and is skipped.
    """
    for uid in uids:
        data = response.get(uid)
        if data is None:
            continue
        header = _find(data, b"BODY[HEADER.FIELDS") or b""
        thrid = data.get(b"X-GM-THRID")
        yield RawHeaders(
            uid=uid,
            size=int(data.get(b"RFC822.SIZE") or 0),
            flags=tuple(_text(f) for f in data.get(b"FLAGS", ())),
            header_bytes=bytes(header),
            has_calendar=has_calendar(data.get(b"BODYSTRUCTURE")),
            gm_thrid=int(thrid) if thrid is not None else None,
        )


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
