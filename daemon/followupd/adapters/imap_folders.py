"""Which server folder plays which role: SPECIAL-USE first (RFC 6154), then common names."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Protocol

from followupd.errors import FolderError
from followupd.model import FolderRole


class FolderOverridesLike(Protocol):
    """The config's folder overrides: a name per role, None to discover it."""

    @property
    def inbox(self) -> str | None: ...
    @property
    def sent(self) -> str | None: ...
    @property
    def drafts(self) -> str | None: ...


@dataclass(frozen=True, slots=True)
class ListedFolder:
    """One LIST response line: decoded name and its attributes (e.g. '\\Sent', '\\Noselect')."""

    name: str
    flags: frozenset[str]
    delimiter: str | None = None

    @property
    def selectable(self) -> bool:
        """False for \\Noselect / \\NonExistent containers, which cannot hold mail."""
        lowered = {f.lower() for f in self.flags}
        return not lowered & {"\\noselect", "\\nonexistent"}


_SPECIAL_USE = {FolderRole.SENT: "\\sent", FolderRole.DRAFTS: "\\drafts"}

# Names seen at common providers and clients when no SPECIAL-USE attribute is offered,
# in order of preference; matched case-insensitively, with any hierarchy delimiter.
FALLBACK_NAMES: Mapping[FolderRole, tuple[str, ...]] = {
    FolderRole.SENT: (
        "Sent",
        "Sent Items",
        "Sent Messages",
        "Sent Mail",
        "[Gmail]/Sent Mail",
        "[Google Mail]/Sent Mail",
        "INBOX.Sent",
        "INBOX/Sent",
        "INBOX.Sent Items",
        "INBOX.Sent Messages",
        "Gesendet",
        "Gesendete Objekte",
        "Envoyés",
        "Elementos enviados",
    ),
    FolderRole.DRAFTS: (
        "Drafts",
        "Draft",
        "Draft Items",
        "[Gmail]/Drafts",
        "[Google Mail]/Drafts",
        "INBOX.Drafts",
        "INBOX/Drafts",
        "INBOX.Draft",
        "Entwürfe",
        "Brouillons",
        "Borradores",
    ),
}


def _normalised(name: str) -> str:
    return name.replace("/", ".").casefold()


def choose_folders(
    listed: Sequence[ListedFolder], overrides: FolderOverridesLike | None
) -> dict[FolderRole, str]:
    """Map each role to a folder; overrides win, then SPECIAL-USE, then fallback names.

    Raises FolderError naming every folder seen when a role has no folder: followupd never
    creates folders on the user's server.
    """
    by_name = {f.name: f for f in listed}
    chosen: dict[FolderRole, str] = {}
    problems: list[str] = []
    for role in FolderRole:
        wanted = getattr(overrides, role.value, None) if overrides is not None else None
        if wanted:
            if wanted in by_name or (role is FolderRole.INBOX and wanted.upper() == "INBOX"):
                chosen[role] = wanted
            else:
                problems.append(f"configured {role.value} folder {wanted!r} does not exist")
            continue
        found = _discover(role, listed)
        if found is None:
            problems.append(f"no {role.value} folder found")
        else:
            chosen[role] = found
    if problems:
        seen = ", ".join(repr(f.name) for f in listed) or "none"
        raise FolderError("; ".join(problems) + f" (folders on the server: {seen})")
    return chosen


def _discover(role: FolderRole, listed: Sequence[ListedFolder]) -> str | None:
    if role is FolderRole.INBOX:
        # RFC 3501 5.1: INBOX is case-insensitive and always exists for a mail account.
        return "INBOX"
    attribute = _SPECIAL_USE[role]
    for folder in listed:
        if folder.selectable and attribute in {f.lower() for f in folder.flags}:
            return folder.name
    selectable = {_normalised(f.name): f.name for f in listed if f.selectable}
    for candidate in FALLBACK_NAMES[role]:
        name = selectable.get(_normalised(candidate))
        if name is not None:
            return name
    return None
