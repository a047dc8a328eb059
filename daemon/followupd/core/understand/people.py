"""Who is on the other side: the address to write to, recruiters, interviewers, company, role.

Best-effort and conservative: a no-reply or notifications address is never the contact, and
a company or role is only reported when a pattern or the sender clearly names one (that
reading is in `organisation`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from followupd.core.understand.lexicon import Lexicon
from followupd.core.understand.mailkind import is_bulk
from followupd.core.understand.organisation import (
    TRAILING,
    company_evidence,
    find_company,
    first_role,
    is_no_reply,
    letters_of,
    listed,
    looks_like_person,
    subject_names,
)
from followupd.core.understand.quoting import Content, strip_subject
from followupd.model import Address, Contact, FolderRole, Message

# is_no_reply lives with the organisation reading (both need it); it is part of this API too.
__all__ = [
    "People",
    "counterparts",
    "find_people",
    "is_no_reply",
    "reply_target",
    "sender_domains",
    "senders",
]

_HEADER_ADDRESS = re.compile(r"^\s*(?P<name>[^<@]*?)\s*<?(?P<email>[\w.+'-]+@[\w.-]+\w)>?")


@dataclass(frozen=True, slots=True)
class People:
    """Contacts (the reply target has role 'contact'), company and role, with evidence."""

    contacts: tuple[Contact, ...]
    company: str | None
    role: str | None
    evidence: tuple[str, ...]
    company_how: str = ""  # "from the signature", "guessed from the domain ..." (find_company)


def senders(msg: Message, content: Content, lexicon: Lexicon) -> tuple[Address, ...]:
    """Reply-To and From; for a forward, the forwarded message's From instead."""
    for line in content.forwarded_header:
        if lexicon.header_block_start.search(line):
            match = _HEADER_ADDRESS.search(lexicon.header_block_start.sub("", line, count=1))
            if match:
                name = (match.group("name") or "").strip().strip('"').strip()
                return (Address(name, match.group("email").lower()),)
    return (*msg.reply_to, *msg.from_)


def sender_domains(addresses: Sequence[Address]) -> list[str]:
    """Domains of the given addresses, in order, without repeats."""
    seen: list[str] = []
    for address in addresses:
        if address.domain and address.domain not in seen:
            seen.append(address.domain)
    return seen


def reply_target(
    addresses: Sequence[Address], lexicon: Lexicon, *, unattended: bool = False
) -> Address | None:
    """The first human among `addresses` (Reply-To before From); never a no-reply address.

    `unattended`: the message says nobody reads replies, or carries Auto-Submitted (RFC
    3834: a system wrote it); then only an address with a person's name on it is someone.
    """
    for address in addresses:
        if not address.email or is_no_reply(address, lexicon):
            continue
        if unattended and not looks_like_person(address.name, lexicon):
            continue
        if listed(address.domain, lexicon.ats_domains) and not looks_like_person(
            address.name, lexicon
        ):
            continue  # an ATS tenant mailbox ("acme@myworkday.com") reaches nobody
        if listed(address.domain, lexicon.job_board_domains):
            continue
        return address
    return None


def unattended(msg: Message, content: Content, lexicon: Lexicon) -> bool:
    """Whether the sender's mailbox reads no replies: a system wrote the message (Auto-Submitted
    other than "no", RFC 3834 section 5), it went out to a list (List-Id or List-Unsubscribe,
    RFC 2919 and 2369; Precedence bulk, list or junk), or its own words say replies are not
    read. A webinar's registration or a newsletter is answered by nobody."""
    if msg.role is FolderRole.SENT:
        return False
    generated = msg.auto_submitted is not None and msg.auto_submitted.lower() != "no"
    said = lexicon.unattended.search(content.text) or lexicon.unattended.search(content.signature)
    return generated or is_bulk(msg) or said is not None


def _signature_people(signature: str, lexicon: Lexicon) -> tuple[str | None, bool]:
    """(name, is_recruiter) from the first lines of a signature."""
    lines = [line.strip() for line in signature.split("\n") if line.strip()]
    if lines and lexicon.signoff.search(lines[0]):
        lines = lines[1:]
    name: str | None = None
    recruiter = False
    for line in lines[:3]:
        parts = [p.strip() for p in re.split(r"\s*[|,\u2013\u2014]\s*", line) if p.strip()]
        for part in parts:
            if name is None and looks_like_person(part, lexicon) and len(part.split()) >= 2:
                name = part
            elif lexicon.recruiter_titles.search(part):
                recruiter = True
    return name, recruiter


def _names(text: str, lexicon: Lexicon, company: str | None) -> list[str]:
    """Interviewer names from "you'll be meeting with X and Y" style sentences."""
    found: list[str] = []
    for pattern in lexicon.meeting_with:
        for match in pattern.finditer(text):
            for raw in re.split(r",\s*(?:and\s+)?|\s+and\s+|\s*&\s*", match.group("names")):
                name = TRAILING.sub("", raw.strip())
                if (
                    name
                    and looks_like_person(name, lexicon)
                    and name != company
                    and name not in found
                ):
                    found.append(name)
    return found


def _own_names(msg: Message) -> frozenset[str]:
    """Letters of the user's own display names (recipients of received mail, sender of ours)."""
    own = msg.from_ if msg.role is FolderRole.SENT else (*msg.to, *msg.cc)
    return frozenset(letters_of(a.name) for a in own if a.name)


def _persons(msg: Message, interviewers: Sequence[Contact], lexicon: Lexicon) -> frozenset[str]:
    """Letters of every person's name the message carries: its addresses' display names
    that read as a person's, and the calendar's attendees."""
    addresses = (*msg.from_, *msg.to, *msg.cc, *msg.reply_to)
    names = [a.name for a in addresses if a.name and looks_like_person(a.name, lexicon)]
    names += [p.name for p in interviewers if p.name]
    return frozenset(letters for n in names if (letters := letters_of(n)))


def _persons_name(address: Address, lexicon: Lexicon) -> bool:
    """A display name that names the person who reads the mailbox, so a draft can greet them
    by it: not a team's ("Massive Dynamic <hr@...>", or a name spelling the domain)."""
    if not looks_like_person(address.name, lexicon) or lexicon.senders.is_role_mailbox(address):
        return False
    label = lexicon.senders.organisation_label(address.domain) or ""
    name = letters_of(address.name)
    return not (len(label) >= 3 and (name.startswith(label) or label.startswith(name)))


def counterparts(msg: Message, content: Content, lexicon: Lexicon) -> tuple[Address, ...]:
    """Who is on the other side: the senders of received mail, the recipients of our own."""
    if msg.role is FolderRole.SENT:
        return (*msg.to, *msg.cc)
    return senders(msg, content, lexicon)


def find_people(
    msg: Message, content: Content, lexicon: Lexicon, *, interviewers: Sequence[Contact] = ()
) -> People:
    """Contacts, company and role named by one message (best effort)."""
    evidence: list[str] = []
    subject = strip_subject(msg.subject, lexicon)
    people = counterparts(msg, content, lexicon)
    in_subject = subject_names(subject, lexicon, _own_names(msg))
    role = in_subject.role
    persons = _persons(msg, interviewers, lexicon)
    company, how = find_company(msg, content, lexicon, people, in_subject, persons=persons)
    if company:
        evidence.append(company_evidence(company, how))
    # The quoted conversation is about the same application: it may name the role.
    in_text = first_role((content.text, subject, msg.text), lexicon, company)
    if role is None or (in_text and in_text.startswith(role)):
        role = in_text or role  # the text may spell out what the subject cut short

    contacts: list[Contact] = []
    # A forward is answered to the person who forwarded it, never to an address quoted in
    # the forwarded header (a client's manager the recruiter passed the decision on from).
    own = (*msg.to, *msg.cc) if msg.role is FolderRole.SENT else (*msg.reply_to, *msg.from_)
    target = reply_target(own, lexicon, unattended=unattended(msg, content, lexicon))
    sig_name, sig_recruiter = _signature_people(content.signature, lexicon)
    if content.forwarded:
        sig_name, sig_recruiter = None, False  # the signature is the forwarded writer's
    if target is not None:
        name = target.name if _persons_name(target, lexicon) else ""
        contacts.append(Contact(name or (sig_name or ""), target.email, "contact"))
        evidence.append(f"reply to {target.email}")
    else:
        evidence.append("no human address to reply to")
    known = {c.name for c in contacts if c.name}
    if sig_name and sig_recruiter and sig_name not in known:
        sender = msg.sender
        email = sender.email if sender and sender.name == sig_name and target else ""
        contacts.append(Contact(sig_name, email, "recruiter"))
        known.add(sig_name)
    for person in interviewers:
        if person.email and any(c.email == person.email for c in contacts if c.role != "contact"):
            continue
        if not (person.email and is_no_reply(Address(person.name, person.email), lexicon)):
            contacts.append(Contact(person.name, person.email, "interviewer"))
            known.add(person.name)
    for name in _names(content.text, lexicon, company):
        if name not in known:
            contacts.append(Contact(name, "", "interviewer"))
            known.add(name)
    return People(tuple(contacts), company, role, tuple(evidence), how if company else "")
