"""Pure helpers of the IMAP adapter: folder roles, BODYSTRUCTURE, APPENDUID, chunking, and
the raw header FETCH reader on response shapes recorded from Dovecot 2.3 and Gmail's."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from unittest import mock

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from imapclient.exceptions import ProtocolError

from followupd.adapters import imap_fetch
from followupd.adapters.imap_fetch import (
    HEADER_FIELDS,
    RawHeaders,
    appenduid,
    chunked,
    has_calendar,
    headers_from_raw,
)
from followupd.adapters.imap_folders import ListedFolder, choose_folders
from followupd.errors import FolderError
from followupd.model import FolderRole


@dataclass(frozen=True)
class Overrides:
    inbox: str | None = None
    sent: str | None = None
    drafts: str | None = None


def _folders(*rows: tuple[str, tuple[str, ...]]) -> list[ListedFolder]:
    return [ListedFolder(name, frozenset(flags), "/") for name, flags in rows]


def test_special_use_beats_names() -> None:
    listed = _folders(
        ("INBOX", ()),
        ("Sent", ()),
        ("Gesendete Elemente", ("\\HasNoChildren", "\\Sent")),
        ("Entwürfe", ("\\Drafts",)),
    )
    roles = choose_folders(listed, Overrides())
    assert roles[FolderRole.SENT] == "Gesendete Elemente"
    assert roles[FolderRole.DRAFTS] == "Entwürfe"


def test_gmail_style_names_and_noselect_parents() -> None:
    listed = _folders(
        ("INBOX", ()),
        ("[Gmail]", ("\\Noselect",)),
        ("[Gmail]/Sent Mail", ()),
        ("[Gmail]/Drafts", ()),
    )
    roles = choose_folders(listed, None)
    assert roles == {
        FolderRole.INBOX: "INBOX",
        FolderRole.SENT: "[Gmail]/Sent Mail",
        FolderRole.DRAFTS: "[Gmail]/Drafts",
    }


def test_dot_and_slash_hierarchies_match_case_insensitively() -> None:
    listed = _folders(("INBOX", ()), ("inbox/sent", ()), ("INBOX.Drafts", ()))
    roles = choose_folders(listed, Overrides())
    assert roles[FolderRole.SENT] == "inbox/sent"
    assert roles[FolderRole.DRAFTS] == "INBOX.Drafts"


def test_missing_roles_are_reported_together_with_what_exists() -> None:
    listed = _folders(("INBOX", ()), ("Archive", ()))
    with pytest.raises(FolderError) as caught:
        choose_folders(listed, Overrides(sent="Nope"))
    text = str(caught.value)
    assert "'Nope' does not exist" in text and "no drafts folder" in text
    assert "'Archive'" in text


def test_has_calendar_walks_nested_multiparts() -> None:
    plain = (b"text", b"plain", (b"charset", b"utf-8"), None, None, b"7bit", 10, 1)
    calendar = (b"TEXT", b"CALENDAR", (b"method", b"REQUEST"), None, None, b"7bit", 50, 2)
    ics = (b"application", b"ics", None, None, None, b"base64", 80)
    assert not has_calendar(plain)
    assert has_calendar(([plain, calendar], b"alternative"))
    assert has_calendar(([plain, ([plain, ics], b"mixed")], b"mixed"))
    assert not has_calendar(([plain, plain], b"mixed"))
    forwarded = (b"message", b"rfc822", None, None, None, b"7bit", 9, None, calendar, 3)
    assert has_calendar(forwarded)
    assert not has_calendar(None)
    # imapclient leaves a forwarded message's own structure raw: a multipart there starts
    # with its parts as tuples, not with a list of them.
    inner = (plain, calendar, b"alternative", (b"boundary", b"a"), None, None, None)
    assert has_calendar((b"message", b"rfc822", None, None, None, b"7bit", 9, None, inner, 3))
    inner_plain = (plain, plain, b"mixed", None, None, None, None)
    assert not has_calendar(
        (b"message", b"rfc822", None, None, None, b"7bit", 9, None, inner_plain)
    )


def test_appenduid_parsing() -> None:
    assert appenduid(b"[APPENDUID 1795496869 42] Append completed.") == (1795496869, 42)
    assert appenduid("[appenduid 7 9] ok") == (7, 9)
    assert appenduid(b"Append completed.") is None


def test_chunked_keeps_order_and_sizes() -> None:
    assert list(chunked([1, 2, 3, 4, 5], 2)) == [[1, 2], [3, 4], [5]]
    assert list(chunked([1, 2], 0)) == [[1], [2]]
    assert list(chunked([], 10)) == []


# --- the raw header FETCH reader --------------------------------------------------------

FIELDS = b"BODY[HEADER.FIELDS (" + " ".join(HEADER_FIELDS).upper().encode() + b")]"
HEAD = b"From: Recruiter <r@example.com>\r\nSubject: Invitation 2\r\n\r\n"
PLAIN = b'("text" "plain" ("charset" "utf-8") NIL NIL "7bit" 31 2 NIL NIL NIL NIL)'
CALENDAR = b'("text" "calendar" ("method" "REQUEST") NIL NIL "7bit" 43 2 NIL NIL NIL NIL)'
# Quoted file names with parentheses, escaped quotes and words that look like a part.
PDF = (
    b'("application" "pdf" ("name" "cv (final) \\"x\\".pdf") NIL NIL "base64" 4 NIL '
    b'("attachment" ("filename" "cv (\\"text\\" \\"calendar\\" (.pdf")) NIL NIL)'
)
NESTED = (
    b"((" + PLAIN + CALENDAR + b' "alternative" ("boundary" "a") NIL NIL NIL)'
    + PDF + b' "mixed" ("boundary" "m") NIL NIL NIL)'
)  # fmt: skip


def dovecot(seq: int, uid: int, items: bytes, structure: bytes, head: bytes = HEAD) -> list[object]:
    """One response as imaplib returns Dovecot's: BODYSTRUCTURE after the header literal."""
    first = b"%d (UID %d %s %s {%d}" % (seq, uid, items, FIELDS, len(head))
    return [(first, head), b" BODYSTRUCTURE " + structure + b")"]


@contextmanager
def imapclient_parser_forbidden() -> Iterator[None]:
    """Prove a response was read by the fast reader, not by imapclient's parser."""
    with mock.patch.object(imap_fetch, "parse_fetch_response", side_effect=AssertionError):
        yield


def through_imapclient(data: list[object]) -> list[RawHeaders]:
    """The same data read by imapclient's parser only: the reference for the fast reader."""
    with mock.patch.object(imap_fetch, "_fast_fields", return_value=None):
        return headers_from_raw(data)


def test_raw_plain_message_recorded_from_dovecot() -> None:
    data = dovecot(1, 7, b"RFC822.SIZE 268 FLAGS (\\Seen)", PLAIN)
    with imapclient_parser_forbidden():
        found = headers_from_raw(data)
    assert found == [RawHeaders(7, 268, ("\\Seen",), HEAD, False, None)]
    assert found == through_imapclient(data)


def test_raw_draft_and_keyword_flags() -> None:
    flags = b"FLAGS (\\Answered \\Draft \\Recent $Forwarded NonJunk)"
    data = dovecot(2, 2, b"RFC822.SIZE 333 " + flags, b"(" + PLAIN + CALENDAR + b' "mixed")')
    with imapclient_parser_forbidden():
        (found,) = headers_from_raw(data)
    assert found.flags == ("\\Answered", "\\Draft", "\\Recent", "$Forwarded", "NonJunk")
    assert found.has_calendar and found.size == 333


def test_raw_calendar_nested_in_mixed_and_alternative() -> None:
    data = dovecot(3, 3, b"RFC822.SIZE 450 FLAGS ()", NESTED)
    with imapclient_parser_forbidden():
        (found,) = headers_from_raw(data)
    assert found.has_calendar and found.flags == ()
    assert [found] == through_imapclient(data)


def test_raw_quoted_strings_with_parentheses_fool_nothing() -> None:
    # The file name reads `("text" "calendar" (` once unescaped; only a real part counts.
    structure = b"(" + PLAIN + PDF + b' "mixed" ("boundary" "m") NIL NIL NIL)'
    data = dovecot(4, 4, b"RFC822.SIZE 450 FLAGS (\\Seen)", structure)
    with imapclient_parser_forbidden():
        (found,) = headers_from_raw(data)
    assert not found.has_calendar
    # A parameter list and a forwarded message's envelope may hold the same words.
    params = b'("text" "plain" ("text" "calendar") NIL NIL "7bit" 3 1 NIL NIL NIL NIL)'
    envelope = b'("text" "calendar" NIL NIL NIL NIL NIL NIL NIL NIL)'
    forwarded = b'("message" "rfc822" NIL NIL NIL "7bit" 9 ' + envelope + b" " + PLAIN + b" 3)"
    for odd in (params, forwarded):
        data = dovecot(5, 5, b"RFC822.SIZE 10 FLAGS ()", odd)
        assert headers_from_raw(data) == through_imapclient(data)
        assert not headers_from_raw(data)[0].has_calendar


def test_raw_forwarded_invitation_is_a_calendar() -> None:
    structure = (
        b"(" + PLAIN + b'("message" "rfc822" NIL NIL NIL "7bit" 450 (NIL "fwd" NIL NIL NIL '
        b"NIL NIL NIL NIL NIL) " + NESTED + b' 25 NIL NIL NIL NIL) "mixed" NIL NIL NIL NIL)'
    )  # fmt: skip
    data = dovecot(6, 6, b"RFC822.SIZE 638 FLAGS ()", structure)
    assert headers_from_raw(data)[0].has_calendar
    assert headers_from_raw(data) == through_imapclient(data)


def test_raw_bodystructure_literal_goes_to_imapclient() -> None:
    # Recorded: Dovecot sends 8-bit file names as literals, which splits the response.
    first = b"4 (UID 4 RFC822.SIZE 295 FLAGS (\\Recent) %s {%d}" % (FIELDS, len(HEAD))
    data: list[object] = [
        (first, HEAD),
        (
            b' BODYSTRUCTURE (("text" "plain" ("charset" "us-ascii") NIL NIL "7bit" 2 0 NIL NIL'
            b' NIL NIL)("application" "ics" ("name" {23}',
            b"Einladung Gespr\xc3\xa4ch.ics",
        ),
        (b') NIL NIL "7bit" 15 NIL ("attachment" ("filename" {13}', b"Gespr\xc3\xa4ch.ics"),
        b')) NIL NIL) "mixed" ("boundary" "m") NIL NIL NIL))',
    ]
    assert headers_from_raw(data) == [RawHeaders(4, 295, ("\\Recent",), HEAD, True, None)]


def test_raw_gmail_thread_id_before_or_after_the_structure() -> None:
    before = dovecot(1, 5, b"RFC822.SIZE 10 FLAGS () X-GM-THRID 1278455344230334865", PLAIN)
    with imapclient_parser_forbidden():
        assert headers_from_raw(before)[0].gm_thrid == 1278455344230334865
    # Items after BODYSTRUCTURE in the same line cannot be told from a quoted string by a
    # pattern: imapclient reads those.
    after = dovecot(1, 5, b"RFC822.SIZE 10 FLAGS ()", PLAIN + b" X-GM-THRID 99")
    assert headers_from_raw(after)[0].gm_thrid == 99
    modseq = dovecot(1, 5, b"RFC822.SIZE 10 FLAGS () MODSEQ (12)", PLAIN + b" MODSEQ (12)")
    with imapclient_parser_forbidden():
        fast = headers_from_raw(modseq)
    assert fast == through_imapclient(modseq)


def test_raw_structure_before_the_header_literal() -> None:
    first = b"1 (UID 9 RFC822.SIZE 50 FLAGS (\\Seen) BODYSTRUCTURE %s %s {%d}" % (
        CALENDAR, FIELDS, len(HEAD))  # fmt: skip
    data: list[object] = [(first, HEAD), b" X-GM-THRID 4)"]
    with imapclient_parser_forbidden():
        found = headers_from_raw(data)
    assert found == [RawHeaders(9, 50, ("\\Seen",), HEAD, True, 4)]
    assert found == through_imapclient(data)


def test_raw_unsolicited_fetches() -> None:
    data = [
        b"3 (FLAGS (\\Seen))",  # another message changed elsewhere: no UID, skipped
        *dovecot(1, 10, b"RFC822.SIZE 20 FLAGS ()", PLAIN),
        b"1 (UID 10 FLAGS (\\Seen \\Flagged) MODSEQ (8))",  # later news for the same UID
        b"2 (UID 11 FLAGS (\\Seen))",  # a UID not asked for: the session drops it
    ]
    with imapclient_parser_forbidden():
        found = headers_from_raw(data)
    assert found == [
        RawHeaders(10, 20, ("\\Seen", "\\Flagged"), HEAD, False, None),
        RawHeaders(11, 0, ("\\Seen",), b"", False, None),
    ]
    assert found == through_imapclient(data)


def test_raw_empty_and_broken_answers() -> None:
    assert headers_from_raw([None]) == []
    assert headers_from_raw([]) == []
    cut = [(b"1 (UID 1 RFC822.SIZE 2 FLAGS () %s {2}" % FIELDS, b"\r\n")]
    with pytest.raises(ProtocolError):
        headers_from_raw(cut)
    odd = dovecot(1, 1, b"RFC822.SIZE 2 FLAGS (NIL \\Seen)", PLAIN)  # imapclient: None
    assert headers_from_raw(odd)[0].flags == ("None", "\\Seen")


# Generated structures: every response the fast reader accepts must read exactly as
# imapclient's parser reads it.
WORDS = ["text", "calendar", "application", "ics", "plain", "(", ")", '"', "\\", "a b", "NIL"]
ascii_text = st.text(st.characters(min_codepoint=32, max_codepoint=126), max_size=8)


def _quoted(text: str) -> bytes:
    return b'"' + text.replace("\\", "\\\\").replace('"', '\\"').encode() + b'"'


def _listed(items: list[bytes]) -> bytes:
    return b"(" + b" ".join(items) + b")"


def _leaf(kind: bytes, sub: bytes, fields: list[bytes], ext: bytes) -> bytes:
    """A single part: type, subtype, parameters, id, description, encoding, size (lines)."""
    lines = [b"3"] if kind.lower() == b'"text"' else []
    return _listed([kind, sub, *fields, b'"7bit"', b"12", *lines, ext])


def _multipart(parts: list[bytes], sub: bytes) -> bytes:
    return b"(" + b"".join(parts) + b" " + sub + b" NIL NIL NIL NIL)"


def _forwarded(date: bytes, subject: bytes, body: bytes) -> bytes:
    envelope = _listed([date, subject] + [b"NIL"] * 8)
    return _listed(
        [b'"message" "rfc822" NIL NIL NIL "7bit" 9', envelope, body, b"2 NIL NIL NIL NIL"]
    )


string = st.one_of(st.sampled_from(WORDS), ascii_text).map(_quoted)
nstring = st.one_of(st.just(b"NIL"), string)
params = st.one_of(st.just(b"NIL"), st.lists(string, min_size=2, max_size=4).map(_listed))
disposition = st.one_of(st.just(b"NIL"), st.builds(lambda k, p: _listed([k, p]), string, params))
language = st.one_of(nstring, st.lists(string, min_size=1, max_size=3).map(_listed))
extension = st.builds(lambda d, lang: b"NIL " + d + b" " + lang + b" NIL", disposition, language)
mime = st.sampled_from(["text", "TEXT", "application", "image"]).map(_quoted)
subtype = st.sampled_from(["plain", "calendar", "Calendar", "ics", "pdf", "mixed"]).map(_quoted)
leaf = st.builds(_leaf, mime, subtype, st.tuples(params, nstring, nstring).map(list), extension)
structure = st.recursive(
    leaf,
    lambda inner: st.one_of(
        st.builds(_multipart, st.lists(inner, min_size=1, max_size=3), subtype),
        st.builds(_forwarded, nstring, nstring, inner),
    ),
    max_leaves=6,
)
flag = st.sampled_from(["\\Seen", "\\Draft", "$Forwarded", "Junk", "0123", "42", "NIL", "%x", "a]"])


@settings(max_examples=300, deadline=None)
@given(structure, st.lists(flag, max_size=4), st.integers(1, 10**6), st.booleans())
def test_raw_reader_agrees_with_imapclient(
    body: bytes, flags: list[str], uid: int, gm: bool
) -> None:
    items = b"RFC822.SIZE %d FLAGS (%s)" % (uid * 3, " ".join(flags).encode())
    if gm:
        items += b" X-GM-THRID %d" % (uid * 7)
    data = dovecot(1, uid, items, body)
    assert headers_from_raw(data) == through_imapclient(data)
