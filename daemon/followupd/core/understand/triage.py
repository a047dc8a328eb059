"""Which messages deserve a full body fetch, decided from the header-only Envelope.

Liberal on recall (the classifier is the precise step later) yet cheap enough that a large
mailbox does not have every body fetched. Strong signals always win: a known thread, a
calendar part, an applicant-tracking or assessment sender, and an organisation the user
already corresponds with about a job (a decline under a new, plain subject comes from
there). A person the user has never written to who writes to them directly, from their
own mailbox or relayed by a job board under their own name, is read whatever the subject:
a recruiter's first message is often "Quick question". Only that first message: friends
and colleagues, and anyone the user writes to, are read when their subject or name says it
is about a job, which keeps the bodies fetched to the few that can matter. Bulk mail needs
one of the strong signals; otherwise recruiting vocabulary in the subject or a display name
decides.
"""

from __future__ import annotations

import re
from collections.abc import Container, Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime

from followupd.core.senders import SenderDirectory, SenderKind
from followupd.core.understand.lexicon import Lexicon
from followupd.core.understand.mailkind import is_bulk
from followupd.core.understand.organisation import looks_like_person
from followupd.model import Address, Envelope, FolderRole

_STRONG = frozenset(
    {"known-thread", "calendar", "ats-sender", "ats-recipient", "known-organisation"}
    | {"person-via-job-board", "person-via-relay"}
)
# A local part that reads like one person's name ("jane.doe", "j_doe", "jdoe2").
_PERSONAL_LOCAL = re.compile(r"^[a-z]+(?:[._-][a-z]+){1,2}\d{0,3}$")
# "Dana Wu via LinkedIn", "Dana Wu (via Indeed)": a job board relaying a person's message.
_VIA = re.compile(r"^(?P<name>.+?)\s+\(?via\s+\S.*$", re.IGNORECASE)


# Words and phrases that make a subject or display name worth a look (matched as whole
# words, case-insensitive). Regular-expression fragments: plurals and tenses in one entry.
RECRUITING_TERMS: tuple[str, ...] = (
    r"interview(?:s|ed|ing)?",
    r"(?:your )?application(?:s)?",
    r"applied",
    r"applying",
    r"candidacy",
    r"candidate(?:s)?",
    r"position(?:s)?",
    r"role(?:s)?",
    r"opportunit(?:y|ies)",
    r"offer(?:s)?",
    r"recruiter(?:s)?",
    r"recruiting",
    r"recruitment",
    r"talent",
    r"hiring",
    r"next steps?",
    r"phone screen(?:ing)?",
    r"screening call",
    r"on-?site",
    r"assessment(?:s)?",
    r"take-?home",
    r"coding (?:challenge|exercise|test)",
    r"technical (?:test|exercise|challenge)",
    r"vacanc(?:y|ies)",
    r"job offer",
    r"resume",
    r"r\u00e9sum\u00e9",
    r"cv",
    r"hiring manager",
    r"career(?:s)?",
    r"bewerbung",
    r"vorstellungsgespr\u00e4ch",
    r"candidature",
    r"entretien",
    # how human recruiters open or continue a conversation
    r"let'?s chat",
    r"chat about",
    r"following up",
    r"follow(?:ing)?-?up on",
    r"thank(?:s| you) from",
    r"great news",
    r"(?:an |quick )?update (?:on|from|regarding)",
    r"quick update",
    r"your interest",
    r"touch(?:ing)? base",
)

# Job titles: a subject naming one is about a job far more often than not.
JOB_TITLE_TERMS: tuple[str, ...] = (
    r"engineer(?:s|ing)?",
    r"developer",
    r"designer",
    r"analyst",
    r"scientist",
    r"manager",
    r"director",
    r"coordinator",
    r"specialist",
    r"consultant",
    r"architect",
    r"intern(?:ship)?",
    r"representative",
    r"account executive",
    r"administrator",
    r"accountant",
    r"researcher",
    r"technician",
)

# Job-board and newsletter subjects: these are ads for jobs, not an application.
JOB_ALERT_PHRASES: tuple[str, ...] = (
    "jobs you may like",
    "jobs you might like",
    "new jobs for you",
    "new jobs for",
    "jobs for you",
    "job alert",
    "job alerts",
    "jobs alert",
    "recommended jobs",
    "recommended for you",
    "job recommendations",
    "jobs matching",
    "jobs near you",
    "similar jobs",
    "top job picks",
    "jobs in your area",
    "weekly digest",
    "newsletter",
)

_TERMS = re.compile(
    r"\b(" + "|".join((*RECRUITING_TERMS, *JOB_TITLE_TERMS)) + r")\b", re.IGNORECASE
)


@dataclass(frozen=True, slots=True)
class Triage:
    """Whether to fetch the body, and a human-readable reason ("subject: interview")."""

    needed: bool
    reason: str

    @property
    def strong(self) -> bool:
        """Fetched for a sure sign of a job search (an ATS, a calendar part, a conversation
        or organisation already known, a person relayed by a job board): that organisation's
        later mail is read whatever its subject. Words in a subject, or a stranger writing,
        are not that sure."""
        return self.needed and self.reason.split(" ", 1)[0].split(":", 1)[0] in _STRONG

    @property
    def stranger(self) -> bool:
        """Fetched only because someone new wrote to the user: whether their conversation
        matters is the classifier's to say, so it is not followed as a known thread yet."""
        return self.needed and self.reason == "person-to-you"


def body_needed(
    env: Envelope,
    *,
    known_ids: Container[str],
    own_addresses: Container[str],
    lexicon: Lexicon,
    known_orgs: Container[str] = frozenset(),
    correspondents: Mapping[str, datetime] | None = None,
    senders_seen: Container[str] = frozenset(),
) -> Triage:
    """Decide from headers alone whether the full message can matter to followupd.

    `own_addresses` holds the user's lower-cased addresses; `known_ids` the message ids of
    stored messages and everything they reference; `known_orgs` the registrable domains of
    organisations the user already corresponds with about a job; `correspondents` when the
    user first wrote to each address (mail from someone the user had already written to is
    a friend's or a colleague's, not a stranger's first message); `senders_seen` the
    addresses that wrote to the user before this message (only a first message is read by
    the person rule alone).
    """
    senders = lexicon.senders
    if env.followupd_action is not None:
        return Triage(False, "own-draft")
    if _in_known_thread(env, known_ids):
        return Triage(True, "known-thread")
    if env.has_calendar:
        return Triage(True, "calendar")
    sent = env.role is FolderRole.SENT
    counterparts = (*env.to, *env.cc) if sent else (*env.from_, *env.reply_to)
    ats = _ats_domain(counterparts, senders)
    if ats is not None:
        return Triage(True, f"ats-sender {ats}" if not sent else f"ats-recipient {ats}")
    org = _known_org(counterparts, senders, known_orgs, own_addresses)
    if org is not None:
        return Triage(True, f"known-organisation {org}")
    relayed = None if sent else _relayed_person(env, lexicon, own_addresses)
    if relayed is not None and relayed[1]:
        return Triage(True, f"person-via-job-board {relayed[0]}")
    if is_bulk(env):
        return Triage(False, "bulk-no-strong-signal")
    if relayed is not None:
        return Triage(True, f"person-via-relay {relayed[0]}")
    if sent and not any(a.email not in own_addresses for a in (*env.to, *env.cc)):
        return Triage(False, "sent-only-to-self")
    # Only inbound: a user's reply quoting an alert's subject may start a real thread.
    alert = None if sent else _job_alert(env.subject)
    if alert is not None:
        return Triage(False, f"job-alert: {alert}")
    known = correspondents or {}
    if not sent and _person_to_you(env, lexicon, own_addresses, known, senders_seen):
        return Triage(True, "person-to-you")
    return _vocabulary(env.subject, counterparts, sent=sent)


def _in_known_thread(env: Envelope, known_ids: Container[str]) -> bool:
    ids = (env.message_id, env.in_reply_to, *env.references)
    return any(i is not None and i in known_ids for i in ids)


def _ats_domain(addresses: Iterable[Address], senders: SenderDirectory) -> str | None:
    """The ATS or assessment domain one of `addresses` belongs to (or a subdomain of)."""
    for address in addresses:
        kind = senders.kind(address.domain) if address.domain else None
        if kind in (SenderKind.ATS, SenderKind.ASSESSMENT):
            suffixes = senders.ats if kind is SenderKind.ATS else senders.assessments
            return next(
                s for s in suffixes if address.domain == s or address.domain.endswith("." + s)
            )
    return None


def _known_org(
    addresses: Iterable[Address],
    senders: SenderDirectory,
    known_orgs: Container[str],
    own: Container[str],
) -> str | None:
    """The organisation of one of `addresses`, if the user already corresponds with it."""
    for address in addresses:
        if not address.domain or address.email in own:
            continue
        if senders.kind(address.domain) is not SenderKind.ORGANISATION:
            continue
        domain = senders.registrable(address.domain)
        if domain in known_orgs:
            return domain
    return None


def _relayed_person(
    env: Envelope, lexicon: Lexicon, own: Container[str]
) -> tuple[str, bool] | None:
    """A service relaying a person's own message, and whether it is a listed job board (its
    mail is read even with bulk headers): "Dana Wu via LinkedIn" from a listed board; from any
    other sender the same "via" name, or a no-reply address with a named person of another
    organisation in Reply-To (RFC 5322 3.6.2: answers go to her)."""
    senders = lexicon.senders
    for address in (*env.from_, *env.reply_to):
        kind = senders.kind(address.domain) if address.domain else None
        if kind is SenderKind.JOB_BOARD and _via_person(address, lexicon):
            return senders.registrable(address.domain), True
    sender = env.from_[0] if env.from_ else None
    if sender is None or not sender.domain or sender.email in own:
        return None
    relay = senders.registrable(sender.domain)
    if _via_person(sender, lexicon):
        return relay, False
    if not senders.is_no_reply(sender):
        return None
    for person in env.reply_to:
        if not person.domain or person.email in own or senders.is_no_reply(person):
            continue
        elsewhere = senders.registrable(person.domain) != relay
        organisation = senders.kind(person.domain) is SenderKind.ORGANISATION
        if elsewhere and organisation and looks_like_person(person.name, lexicon):
            return relay, False
    return None


def _via_person(address: Address, lexicon: Lexicon) -> bool:
    """A display name "Dana Wu via Somewhere" (or "(via ...)") around a person's name."""
    via = _VIA.match(address.name.strip())
    return via is not None and looks_like_person(via.group("name"), lexicon)


def _person_to_you(
    env: Envelope,
    lexicon: Lexicon,
    own: Container[str],
    correspondents: Mapping[str, datetime],
    seen: Container[str],
) -> bool:
    """A person the user does not write to yet wrote to them directly (a recruiter's first
    message): not automated, addressed to the user, from a person's own mailbox."""
    senders = lexicon.senders
    if (env.auto_submitted or "no").lower() != "no":
        return False
    if not any(a.email in own for a in (*env.to, *env.cc)):
        return False  # Bcc'd to a list, or to someone else: not a message to the user
    mine = {senders.registrable(a.domain) for a in (*env.to, *env.cc) if a.email in own}
    for address in env.from_[:1]:
        if address.domain and senders.registrable(address.domain) in mine:
            return False  # a colleague or a neighbour on the user's own domain
        first = correspondents.get(address.email)
        if first is not None and (env.date is None or first < env.date):
            return False  # someone the user already wrote to: read by subject and name
        if address.email in seen:
            return False  # not their first message: a stranger's first one was read
        kind = senders.kind(address.domain) if address.domain else None
        if kind not in (SenderKind.ORGANISATION, SenderKind.MAIL_PROVIDER):
            return False
        if senders.is_no_reply(address) or senders.is_role_mailbox(address):
            return False
        local = address.email.partition("@")[0].lower()
        name = address.name.strip()
        named = looks_like_person(name, lexicon) and len(name.split()) >= 2
        return named or (not name and bool(_PERSONAL_LOCAL.match(local)))
    return False


def _job_alert(subject: str) -> str | None:
    lowered = subject.lower()
    return next((phrase for phrase in JOB_ALERT_PHRASES if phrase in lowered), None)


def _vocabulary(subject: str, counterparts: Iterable[Address], *, sent: bool) -> Triage:
    """Needed when the subject or a counterpart's display name uses recruiting words."""
    found = _TERMS.search(subject)
    if found:
        return Triage(True, f"subject: {found.group(1).lower()}")
    for address in counterparts:
        found = _TERMS.search(address.name)
        if found:
            who = "recipient-name" if sent else "sender-name"
            return Triage(True, f"{who}: {found.group(1).lower()}")
    return Triage(False, "sent-no-signal" if sent else "no-signal")
