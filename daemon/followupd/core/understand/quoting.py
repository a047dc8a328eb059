"""What the sender wrote themselves: quoted replies and signatures cut, forwards unwrapped.

A reply quoting an old rejection is not a rejection, so classification reads only the
sender's own words. For a forward the forwarded message is what matters, so it becomes the
content. Which lines count as quote headers, forward markers and sign-offs is language data.
"""

from __future__ import annotations

from dataclasses import dataclass

from followupd.core.understand.lexicon import Lexicon

# A sign-off further up than this many non-empty lines from the end is part of the body
# ("Thanks!" opening a paragraph), not the start of a signature.
_MAX_SIGNATURE_LINES = 12
# A note above a forward longer than this is the sender's own message, not a cover line.
_MAX_FORWARD_NOTE_LINES = 6
_HEADER_LOOKAHEAD = 6


@dataclass(frozen=True, slots=True)
class Content:
    """The sender's own text, the signature cut from it, and what was removed and why."""

    text: str
    signature: str
    forwarded: bool
    forwarded_header: tuple[str, ...]
    notes: tuple[str, ...]


def own_content(text: str, lexicon: Lexicon, *, subject: str = "") -> Content:
    """Split a plain-text body into the sender's own words and the signature."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    notes: list[str] = []
    forwarded = False
    header: tuple[str, ...] = ()
    fwd = _forward_start(lines, lexicon, is_forward=bool(lexicon.forward_prefix.match(subject)))
    if fwd is not None:
        marker, body_start, header = fwd
        note = [line for line in lines[:marker] if line.strip()]
        lines = lines[body_start:]
        forwarded = True
        notes.append(f"forwarded message unwrapped ({len(note)} line note above it ignored)")
    cut = _reply_start(lines, lexicon)
    if cut is not None:
        notes.append(f"quoted reply removed from line {cut + 1}")
        lines = lines[:cut]
    unquoted = [line for line in lines if not line.lstrip().startswith(">")]
    if len(unquoted) != len(lines):
        notes.append(f"{len(lines) - len(unquoted)} '>' quoted lines removed")
    unquoted = [line for line in unquoted if not lexicon.signature_noise.search(line)]
    body, signature = _split_signature(unquoted, lexicon)
    if signature:
        notes.append("signature removed")
    return Content(
        text="\n".join(body).strip(),
        signature="\n".join(signature).strip(),
        forwarded=forwarded,
        forwarded_header=header,
        notes=tuple(notes),
    )


def _forward_start(
    lines: list[str], lexicon: Lexicon, *, is_forward: bool
) -> tuple[int, int, tuple[str, ...]] | None:
    """(marker line, first body line, header lines) of a forwarded message, if this is one."""
    for index, line in enumerate(lines):
        quote_start = lexicon.reply_header.search(line) or _header_block_at(lines, index, lexicon)
        if not lexicon.forward_marker.search(line) and not (is_forward and quote_start):
            if quote_start:
                return None  # a reply quoting something comes first: not a forward
            continue
        note = [text for text in lines[:index] if text.strip() and not text.startswith(">")]
        if not is_forward and len(note) > _MAX_FORWARD_NOTE_LINES:
            return None
        end, header = _skip_header_block(lines, index + 1, lexicon)
        if lexicon.header_block_start.search(line):
            end, header = _skip_header_block(lines, index, lexicon)
        return index, end, header
    return None


def _skip_header_block(
    lines: list[str], start: int, lexicon: Lexicon
) -> tuple[int, tuple[str, ...]]:
    """Index after the "From: / Date: / Subject:" block beginning at or after `start`."""
    i = start
    while i < len(lines) and not lines[i].strip():
        i += 1
    header: list[str] = []
    while i < len(lines) and (
        lexicon.header_block_start.search(lines[i]) or lexicon.header_block_field.search(lines[i])
    ):
        header.append(lines[i].strip())
        i += 1
    return i, tuple(header)


def _header_block_at(lines: list[str], index: int, lexicon: Lexicon) -> bool:
    """True when an Outlook-style "From: ... Sent/Date: ..." block starts at `index`."""
    if not lexicon.header_block_start.search(lines[index]):
        return False
    following = lines[index + 1 : index + 1 + _HEADER_LOOKAHEAD]
    return sum(1 for line in following if lexicon.header_block_field.search(line)) >= 2


def _reply_start(lines: list[str], lexicon: Lexicon) -> int | None:
    """Index of the first line of a quoted earlier message ("On ... wrote:", Outlook block)."""
    for index, line in enumerate(lines):
        if lexicon.reply_header.search(line) or _header_block_at(lines, index, lexicon):
            return index
        # "On <date>, <name> <addr>" wrapped onto two lines before "wrote:"
        if index + 1 < len(lines):
            joined = f"{line.rstrip()} {lines[index + 1].strip()}"
            if lexicon.reply_header.search(joined) and not lexicon.reply_header.search(
                lines[index + 1]
            ):
                return index
    return None


def _split_signature(lines: list[str], lexicon: Lexicon) -> tuple[list[str], list[str]]:
    """(body, signature): cut at "-- " or at a sign-off near the end of the text."""
    for index, line in enumerate(lines):
        if line.rstrip() in ("--", "-- "):
            return lines[:index], lines[index + 1 :]
    content_rows = [i for i, line in enumerate(lines) if line.strip()]
    tail = content_rows[-_MAX_SIGNATURE_LINES:]
    for index in tail:
        if index == content_rows[0]:
            continue
        if lexicon.signoff.search(lines[index]):
            return lines[:index], lines[index:]
    return lines, []


def strip_subject(subject: str, lexicon: Lexicon) -> str:
    """The subject without reply/forward prefixes ("Re: Fwd: AW: ...")."""
    text = subject.strip()
    while True:
        stripped = lexicon.forward_prefix.sub("", lexicon.reply_prefix.sub("", text))
        if stripped == text:
            return text
        text = stripped.strip()
