"""Who is on the other side: the address to write to, recruiters, interviewers, company, role.

Best-effort and conservative: a no-reply or notifications address is never the contact, and
a company or role is only reported when a pattern or the sender clearly names one.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from followupd.core.lexicon import Lexicon
from followupd.core.quoting import Content, strip_subject
from followupd.model import Address, Contact, Message

_PERSON = re.compile(r"^[A-Z][a-zA-Z'\u2019.-]+(?: [A-Z][a-zA-Z'\u2019.-]*){0,3}$")
_SUBJECT_SPLIT = re.compile(r"\s+[|\u2013\u2014-]\s+|:\s+|\s+\|\s*")
_DISPLAY_AT = re.compile(r"^(?P<person>.+?)\s+(?:at|from|@)\s+(?P<company>.+)$", re.IGNORECASE)
_HEADER_ADDRESS = re.compile(r"^\s*(?P<name>[^<@]*?)\s*<?(?P<email>[\w.+'-]+@[\w.-]+\w)>?")
_TRAILING = re.compile(r"[\s,.;:!?'\"()-]+$")
_LEGAL = re.compile(r",?\s+(?:Inc|LLC|Ltd|GmbH|AG|SA|BV|Corp|Co|PLC|Limited)\.?$")
_NOT_A_NAME = frozenset(
    re.findall(
        r"\w+",
        """you your we our us the team hiring monday tuesday wednesday thursday friday saturday
        sunday january february march april may june july august september october november
        december zoom teams google microsoft meet webex interview application thanks thank hi
        hello dear regards best this that our recruiting talent careers jobs next today
        tomorrow i me them him her someone everyone invitation updated canceled cancelled
        accepted declined event update reminder new fwd re""",
    )
)


@dataclass(frozen=True, slots=True)
class People:
    """Contacts (the reply target has role 'contact'), company and role, with evidence."""

    contacts: tuple[Contact, ...]
    company: str | None
    role: str | None
    evidence: tuple[str, ...]


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


def _listed(domain: str, suffixes: Sequence[str]) -> bool:
    return any(domain == s or domain.endswith("." + s) for s in suffixes)


def is_no_reply(address: Address, lexicon: Lexicon) -> bool:
    """True for addresses nobody reads: no-reply, notifications, mailer-daemon, bounces."""
    local = address.email.partition("@")[0].split("+")[0].lower()
    return bool(lexicon.no_reply.search(local) or lexicon.no_reply.search(address.name.lower()))


def _looks_like_person(name: str, lexicon: Lexicon) -> bool:
    """A display name that is a person's ("Jane Doe"), not a team ("Acme Recruiting")."""
    name = name.strip()
    if not _PERSON.match(name) or lexicon.team_words.search(name):
        return False
    return not any(word.lower() in _NOT_A_NAME for word in name.split())


def reply_target(addresses: Sequence[Address], lexicon: Lexicon) -> Address | None:
    """The first human among `addresses` (Reply-To before From); never a no-reply address."""
    for address in addresses:
        if not address.email or is_no_reply(address, lexicon):
            continue
        if _listed(address.domain, lexicon.ats_domains) and not _looks_like_person(
            address.name, lexicon
        ):
            continue  # an ATS tenant mailbox ("acme@myworkday.com") reaches nobody
        if _listed(address.domain, lexicon.job_board_domains):
            continue
        return address
    return None


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
            if name is None and _looks_like_person(part, lexicon) and len(part.split()) >= 2:
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
                name = _TRAILING.sub("", raw.strip())
                if (
                    name
                    and _looks_like_person(name, lexicon)
                    and name != company
                    and name not in found
                ):
                    found.append(name)
    return found


def _clean_company(name: str, lexicon: Lexicon) -> str | None:
    """Trim legal suffixes, team words and punctuation; None when nothing name-like is left."""
    name = _TRAILING.sub("", name.strip())
    name = _LEGAL.sub("", name)
    name = re.sub(rf"(?:\s+(?:{lexicon.team_words.pattern}))+$", "", name, flags=re.IGNORECASE)
    name = _TRAILING.sub("", name).strip()
    if not name or name.lower() in _NOT_A_NAME or len(name) > 60:
        return None
    if lexicon.reply_prefix.match(name + ":") or lexicon.forward_prefix.match(name + ":"):
        return None
    if lexicon.context.fullmatch(name.lower()) or lexicon.role_words.search(name):
        return None
    return name


def company_from_domain(domain: str, lexicon: Lexicon, signature: str = "") -> str | None:
    """'talent.acme-robotics.example.com' -> 'Acme Robotics'; None for mail providers.

    A signature line spelling the same letters ("Acme Robotics" for acmerobotics) wins,
    since it has the spaces and capitals the domain lost.
    """
    if not domain or domain in lexicon.mail_providers:
        return None
    if _listed(domain, lexicon.job_board_domains) or _listed(domain, lexicon.bulk_domains):
        return None
    labels = domain.split(".")
    for suffix in lexicon.generic_suffixes:
        if domain.endswith("." + suffix):
            labels = domain[: -len(suffix) - 1].split(".")
            break
    else:
        labels = labels[:-1]
    if not labels or not labels[-1]:
        return None
    letters = re.sub(r"[^a-z0-9]", "", labels[-1])
    for raw in signature.split("\n"):
        line = _LEGAL.sub("", raw.strip())
        if line[:1].isupper() and re.sub(r"[^a-z0-9]", "", line.lower()) == letters:
            return line
    return " ".join(part.capitalize() for part in labels[-1].split("-"))


def _ats_tenant(address: Address, lexicon: Lexicon) -> str | None:
    """Company from an ATS address: 'acme@myworkday.com' or 'jobs@acme.bamboohr.com'."""
    for ats in lexicon.ats_domains:
        if address.domain.endswith("." + ats):
            sub = address.domain[: -len(ats) - 1].split(".")[0]
            if sub and sub not in ("us", "eu", "mail", "app", "hire", "jobs", "email", "talent"):
                return sub.replace("-", " ").title()
        if address.domain == ats:
            local = address.email.partition("@")[0]
            if re.fullmatch(r"[a-z][a-z0-9]{2,30}", local) and not is_no_reply(address, lexicon):
                return local.title()
    return None


def _from_display(address: Address, lexicon: Lexicon) -> str | None:
    """'Jane at Acme' / 'Acme Recruiting' / 'Acme via Greenhouse' -> 'Acme'."""
    name = address.name.strip()
    if not name:
        return None
    match = _DISPLAY_AT.match(name)
    if match:
        return _clean_company(match.group("company"), lexicon)
    if lexicon.team_words.search(name) and not is_no_reply(Address(name, ""), lexicon):
        return _clean_company(name, lexicon)
    return None


def _from_subject(subject: str, lexicon: Lexicon) -> tuple[str | None, str | None]:
    """(company, role) from subject templates and "Role | Company" splits."""
    company: str | None = None
    role: str | None = None
    for pattern in lexicon.company_subject:
        match = pattern.search(subject)
        if match and (company := _clean_company(match.group("company"), lexicon)):
            break
    parts = [p.strip() for p in _SUBJECT_SPLIT.split(subject) if p.strip()]
    if len(parts) >= 2:
        for part in parts:
            words = part.split()
            generic = bool(lexicon.context.search(part.lower()))
            if role is None and lexicon.role_words.search(part) and 2 <= len(words) <= 8:
                role = _TRAILING.sub("", part)
                continue
            capitalised = all(w[:1].isupper() for w in words)
            if company is None and len(words) <= 4 and capitalised and not generic:
                company = _clean_company(part, lexicon)
    return company, role


def _first_role(texts: Sequence[str], lexicon: Lexicon) -> str | None:
    for text in texts:
        for pattern in lexicon.role_text:
            for match in pattern.finditer(text):
                candidate = _TRAILING.sub("", match.group("role"))
                if lexicon.role_words.search(candidate) and len(candidate.split()) <= 8:
                    return candidate
    return None


def find_people(
    msg: Message, content: Content, lexicon: Lexicon, *, interviewers: Sequence[Contact] = ()
) -> People:
    """Contacts, company and role named by one message (best effort)."""
    evidence: list[str] = []
    subject = strip_subject(msg.subject, lexicon)
    company, role = _from_subject(subject, lexicon)
    if company:
        evidence.append(f"company '{company}' from the subject")
    if company is None:
        for pattern in lexicon.company_body:
            match = pattern.search(content.text) or pattern.search(content.signature)
            if match and (company := _clean_company(match.group("company"), lexicon)):
                evidence.append(f"company '{company}' from the text")
                break
    people = senders(msg, content, lexicon)
    for source, finder in (("display name", _from_display), ("ATS address", _ats_tenant)):
        for address in people:
            if company is None and (company := finder(address, lexicon)):
                evidence.append(f"company '{company}' from the sender's {source}")
    if company is None:
        for address in people:
            if not _listed(address.domain, lexicon.ats_domains) and (
                company := company_from_domain(address.domain, lexicon, content.signature)
            ):
                evidence.append(f"company '{company}' from the domain {address.domain}")
                break
    role = role or _first_role((content.text, subject), lexicon)

    contacts: list[Contact] = []
    target = reply_target(people, lexicon)
    sig_name, sig_recruiter = _signature_people(content.signature, lexicon)
    if target is not None:
        contacts.append(Contact(target.name or (sig_name or ""), target.email, "contact"))
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
    return People(tuple(contacts), company, role, tuple(evidence))
