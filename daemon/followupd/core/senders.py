"""Who sent a message, independent of what it says: one directory read by every part of core.

Triage (is the body worth fetching), threading and grouping (which organisation is the other
side), the people and organisation reading (whom to answer) and classification (an ATS
backs a recruiting reading, a job board is bulk) all ask this directory, built from the
package's data file `data/senders.toml` by the shell.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

from followupd.model import Address


class SenderKind(enum.StrEnum):
    """What kind of sender a domain belongs to."""

    ATS = "ats"  # an applicant-tracking system writing for an employer
    JOB_BOARD = "job_board"  # a job board or professional network relaying or advertising
    ASSESSMENT = "assessment"  # a test or video-interview platform writing for an employer
    BULK = "bulk"  # newsletters, marketing and shop mail
    MAIL_PROVIDER = "mail_provider"  # a person's own mailbox (gmail.com ...)
    CALENDAR_RESOURCE = "calendar_resource"  # rooms and equipment, never a person
    ORGANISATION = "organisation"  # everything else: an organisation's own domain


# Relays write on an employer's behalf: the employer is the company they name, not them.
RELAYS = frozenset({SenderKind.ATS, SenderKind.JOB_BOARD, SenderKind.ASSESSMENT})


def listed_as(domain: str, suffixes: Iterable[str]) -> str | None:
    """The entry of `suffixes` that `domain` equals or is a subdomain of."""
    for suffix in suffixes:
        if domain == suffix or domain.endswith("." + suffix):
            return suffix
    return None


@dataclass(frozen=True, slots=True)
class SenderDirectory:
    """Known sender domains by kind, and the address patterns nobody reads."""

    ats: tuple[str, ...]
    job_boards: tuple[str, ...]
    assessments: tuple[str, ...]
    bulk: tuple[str, ...]
    mail_providers: frozenset[str]
    calendar_resources: tuple[str, ...]
    scheduling_links: tuple[str, ...]
    generic_suffixes: frozenset[str]
    category_labels: frozenset[str]
    no_reply: re.Pattern[str]
    group_address: re.Pattern[str]
    role_mailbox: re.Pattern[str]
    # Every listed domain with its kind, for a lookup per label instead of a scan per list
    # (triage asks for every header of a first sync: tens of thousands of times).
    by_suffix: Mapping[str, SenderKind] = field(default_factory=dict)

    def kind(self, domain: str) -> SenderKind:
        """The kind of sender `domain` (or the domain it is a subdomain of) belongs to; the
        most specific listed suffix wins."""
        labels = domain.lower().rstrip(".").split(".")
        for start in range(len(labels)):
            kind = self.by_suffix.get(".".join(labels[start:]))
            if kind is not None:
                return kind
        return SenderKind.ORGANISATION

    def registrable(self, domain: str) -> str:
        """The organisation's own domain: 'talent.acme.co.uk' -> 'acme.co.uk'."""
        labels = domain.lower().rstrip(".").split(".")
        for size in (3, 4):  # a generic suffix of two or three labels, plus the name
            if len(labels) >= size and ".".join(labels[1 - size :]) in self.generic_suffixes:
                return ".".join(labels[-size:])
        if len(labels) >= 3 and len(labels[-1]) == 2 and labels[-2] in self.category_labels:
            return ".".join(labels[-3:])  # a country's category level: tekfor.com.tr
        return ".".join(labels[-2:])

    def organisation_label(self, domain: str) -> str | None:
        """The label that names the organisation: 'talent.acme.co.uk' -> 'acme'."""
        label = self.registrable(domain).split(".")[0]
        return label or None

    def is_no_reply(self, address: Address) -> bool:
        """True for addresses nobody reads: no-reply, notifications, bounces, by local part
        or display name (a Reply-To "No Reply <replies@...>" reaches nobody either)."""
        local = address.email.partition("@")[0].split("+")[0].lower()
        return bool(self.no_reply.search(local) or self.no_reply.search(address.name.lower()))

    def is_group_or_resource(self, address: Address) -> bool:
        """A calendar resource (room) or a group list (a panel), never one person."""
        if self.kind(address.domain) is SenderKind.CALENDAR_RESOURCE:
            return True
        local = address.email.partition("@")[0].split("+")[0].lower()
        return bool(self.group_address.fullmatch(local))

    def is_role_mailbox(self, address: Address) -> bool:
        """A shared mailbox (info@, support@, orders@): an organisation, not one person."""
        local = address.email.partition("@")[0].split("+")[0].lower()
        return bool(self.role_mailbox.fullmatch(local))

    def is_relay(self, domain: str) -> bool:
        """An ATS, job board or assessment platform writing for someone else."""
        return self.kind(domain) in RELAYS


def _lower(values: Sequence[Any]) -> tuple[str, ...]:
    return tuple(str(v).lower() for v in values)


def _alternation(patterns: Sequence[Any], *, whole: bool) -> re.Pattern[str]:
    body = "|".join(f"(?:{p})" for p in patterns)
    return re.compile(f"^(?:{body})$" if whole else body, re.IGNORECASE)


def _by_suffix(data: Mapping[str, Any]) -> dict[str, SenderKind]:
    """Listed domain -> kind; where a domain is listed twice the first kind below wins."""
    found: dict[str, SenderKind] = {}
    for key, kind in (
        ("mail_providers", SenderKind.MAIL_PROVIDER),
        ("calendar_resources", SenderKind.CALENDAR_RESOURCE),
        ("ats", SenderKind.ATS),
        ("assessments", SenderKind.ASSESSMENT),
        ("job_boards", SenderKind.JOB_BOARD),
        ("bulk", SenderKind.BULK),
    ):
        for domain in _lower(data[key]):
            found.setdefault(domain, kind)
    return found


def directory_from_mapping(data: Mapping[str, Any]) -> SenderDirectory:
    """Build the directory from the parsed data file; KeyError/ValueError on a malformed one."""
    return SenderDirectory(
        by_suffix=MappingProxyType(_by_suffix(data)),
        ats=_lower(data["ats"]),
        job_boards=_lower(data["job_boards"]),
        assessments=_lower(data["assessments"]),
        bulk=_lower(data["bulk"]),
        mail_providers=frozenset(_lower(data["mail_providers"])),
        calendar_resources=_lower(data["calendar_resources"]),
        scheduling_links=_lower(data["scheduling_links"]),
        generic_suffixes=frozenset(_lower(data["generic_suffixes"])),
        category_labels=frozenset(_lower(data["category_labels"])),
        no_reply=_alternation(data["no_reply"], whole=False),
        group_address=_alternation(data["group_addresses"], whole=True),
        role_mailbox=_alternation(data["role_mailboxes"], whole=True),
    )
