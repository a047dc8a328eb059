"""Pure helpers of the IMAP adapter: folder roles, BODYSTRUCTURE, APPENDUID, chunking."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from followupd.adapters.imap_fetch import appenduid, chunked, has_calendar
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


def test_appenduid_parsing() -> None:
    assert appenduid(b"[APPENDUID 1795496869 42] Append completed.") == (1795496869, 42)
    assert appenduid("[appenduid 7 9] ok") == (7, 9)
    assert appenduid(b"Append completed.") is None


def test_chunked_keeps_order_and_sizes() -> None:
    assert list(chunked([1, 2, 3, 4, 5], 2)) == [[1, 2], [3, 4], [5]]
    assert list(chunked([1, 2], 0)) == [[1], [2]]
    assert list(chunked([], 10)) == []
