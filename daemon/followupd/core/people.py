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
from followupd.model import Address, Contact, FolderRole, Message

_PERSON = re.compile(r"^[A-Z][a-zA-Z'\u2019.-]+(?: [A-Z][a-zA-Z'\u2019.-]*){0,3}$")
_SUBJECT_SPLIT = re.compile(r"\s+[|/\u2013\u2014-]\s+|:\s+|\s+\|\s*")
_DISPLAY_AT = re.compile(r"^(?P<person>.+?)\s+(?:at|from|@)\s+(?P<company>.+)$", re.IGNORECASE)
_HEADER_ADDRESS = re.compile(r"^\s*(?P<name>[^<@]*?)\s*<?(?P<email>[\w.+'-]+@[\w.-]+\w)>?")
_TRAILING = re.compile(r"[\s,.;:!?'\"(-]+$")
_EDGE_SYMBOLS = re.compile(r"^[^\w(]+|[^\w).]+$")  # emoji, quotes, dashes around a name
_AND_CO = re.compile(r"&\s*Co\.?$")
_SIGNATURE_SPLIT = re.compile(r"\s*(?:[|,\u2013\u2014\u00b7\u2022@]|\s-\s|\bat\b)\s*")
_WHEN_TAIL = re.compile(r"\s+@\s+[^@]*\d[^@]*$")  # calendar subjects: "Title @ Mon Jun 2, 3pm"
_ROLE_AT = re.compile(r"^(?P<role>.+?)\s+(?:at|@|with)\s+(?P<company>[A-Z].*)$")


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
    if not _PERSON.match(name) or lexicon.team_words.search(name) or lexicon.org_words.search(name):
        return False
    return not any(word.lower() in lexicon.not_a_name for word in name.split())


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
    name = _EDGE_SYMBOLS.sub("", name.strip())
    name = lexicon.dangling.sub("", _TRAILING.sub("", name))
    if not _AND_CO.search(name):
        name = lexicon.legal_suffix.sub("", name)
    name = lexicon.leading_article.sub("", name)
    name = re.sub(rf"(?:(?:^|\s+)(?:{lexicon.team_words.pattern}))+$", "", name, flags=re.I)
    name = lexicon.dangling.sub("", _TRAILING.sub("", name)).strip()
    if not name or name.lower() in lexicon.not_a_name or len(name) > 60 or not name[0].isupper():
        return None
    if lexicon.reply_prefix.match(name + ":") or lexicon.forward_prefix.match(name + ":"):
        return None
    if lexicon.context.fullmatch(name.lower()) or lexicon.role_words.search(name):
        return None
    return name


def _letters(text: str) -> str:
    """Only the letters and digits, lower case, '&' read as 'and' (to compare with domains)."""
    return re.sub(r"[^a-z0-9]", "", text.lower().replace("&", "and"))


def _registrable_label(domain: str, lexicon: Lexicon) -> str | None:
    """The label that names the organisation: 'talent.acme.co.uk' -> 'acme'."""
    labels = domain.split(".")
    for suffix in lexicon.generic_suffixes:
        if domain.endswith("." + suffix):
            labels = domain[: -len(suffix) - 1].split(".")
            break
    else:
        labels = labels[:-1]
        country = len(domain.rsplit(".", 1)[-1]) == 2
        if country and len(labels) >= 2 and labels[-1] in lexicon.category_labels:
            labels = labels[:-1]  # a country's category level: tekfor.com.tr
    return labels[-1] if labels and labels[-1] else None


def company_from_domain(domain: str, lexicon: Lexicon, signature: str = "") -> str | None:
    """'talent.acme-robotics.example.com' -> 'Acme Robotics'; None for mail providers.

    A signature line or part spelling the same letters ("Acme Robotics" for acmerobotics,
    "Hiring Manager, Lumen Health" for lumenhealth) wins, since it has the spaces and
    capitals the domain lost.
    """
    if not domain or domain in lexicon.mail_providers:
        return None
    if _listed(domain, lexicon.job_board_domains) or _listed(domain, lexicon.bulk_domains):
        return None
    label = _registrable_label(domain, lexicon)
    if label is None:
        return None
    spelled = _signature_company(signature, lexicon, _letters(label))
    if spelled:
        return spelled
    return _clean_company(" ".join(part.capitalize() for part in label.split("-")), lexicon)


def _signature_company(signature: str, lexicon: Lexicon, letters: str = "") -> str | None:
    """A company named in the signature: the part spelling `letters` (the sender's domain),
    else one written after a title or team ("Talent Team, Quarry & Co")."""
    lines = [line.strip() for line in signature.split("\n") if line.strip()][:8]
    after_title: str | None = None
    title_above = False
    for line in lines:
        if lexicon.signoff.search(line):
            continue
        parts = [p for p in _SIGNATURE_SPLIT.split(line) if p and p.strip()]
        for index, part in enumerate(parts):
            name = _clean_company(part, lexicon)
            if name is None or len(name.split()) > 5:
                continue
            if len(letters) >= 3 and _letters(name).startswith(letters):
                return name
            titled = (
                title_above if index == 0 else any(_is_title(p, lexicon) for p in parts[:index])
            )
            if after_title is None and titled and not _is_title(part, lexicon):
                after_title = name
        title_above = bool(parts) and _is_title(parts[-1], lexicon)
    return after_title


def _is_title(part: str, lexicon: Lexicon) -> bool:
    """A job title or team in a signature line ("HR Specialist", "Talent Team")."""
    return bool(
        lexicon.recruiter_titles.search(part)
        or lexicon.role_words.search(part)
        or lexicon.team_words.fullmatch(part.strip())
    )


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
    """'Jane at Acme' / 'Acme Recruiting' / 'Acme via Greenhouse' -> 'Acme'.

    From an ATS or a no-reply mailbox a display name that is no person's is the employer's
    ("Kestrel <no-reply@hire.lever.co>"), unless it is the ATS product itself.
    """
    name = address.name.strip()
    if not name:
        return None
    match = _DISPLAY_AT.match(name)
    if match:
        return _clean_company(match.group("company"), lexicon)
    if lexicon.team_words.search(name) and not is_no_reply(Address(name, ""), lexicon):
        return _clean_company(name, lexicon)
    automated = _listed(address.domain, lexicon.ats_domains) or is_no_reply(address, lexicon)
    if not automated or is_no_reply(Address(name, ""), lexicon):
        return None
    tenant = _ats_tenant(address, lexicon)
    named = tenant is not None and _letters(name).startswith(_letters(tenant))
    products = {_letters(a.split(".")[0]) for a in lexicon.ats_domains}
    person = _looks_like_person(name, lexicon) and len(name.split()) > 1
    if (named or not person) and _letters(name) not in products:
        return _clean_company(name, lexicon)
    return None


def _clean_role(text: str, lexicon: Lexicon, *, strict: bool) -> str | None:
    """A job title without requisition numbers, parentheses and trailing 'role'; None if
    it does not look like one (`strict`: it must contain a role word, not just a title noun)."""
    role = lexicon.dangling.sub("", _TRAILING.sub("", lexicon.role_noise.sub("", text)))
    role = lexicon.leading_article.sub("", role.strip())
    words = role.split()
    if not words or len(words) > 8 or not words[0][:1].isupper():
        return None
    if lexicon.role_words.search(role) or (not strict and lexicon.title_words.search(role)):
        return role
    return None


def _from_subject(
    subject: str, lexicon: Lexicon, exclude: frozenset[str] = frozenset()
) -> tuple[str | None, str | None]:
    """(company, role) from subject templates, "Role at Company" and "Role | Company" splits.

    `exclude` holds the letters of names that are not the company (the user's own).
    """
    company: str | None = None
    role: str | None = None
    subject = _WHEN_TAIL.sub("", subject)
    for pattern in lexicon.company_subject:
        match = pattern.search(subject)
        if match and (company := _clean_company(match.group("company"), lexicon)):
            break
    split = [p.strip() for p in _SUBJECT_SPLIT.split(subject) if p.strip()]
    parts = [p for p in split if _letters(p) not in exclude and not _says_a_label(p, lexicon)]
    for part in parts:
        at = _ROLE_AT.match(part)
        if at and (
            found := _clean_role(_lead_in_cut(at.group("role"), lexicon), lexicon, strict=False)
        ):
            role = role or found
            company = company or _clean_company(at.group("company"), lexicon)
    if len(split) >= 2:
        for part in parts:
            words = part.split()
            generic = bool(lexicon.context.search(part.lower()))
            if role is None and lexicon.role_words.search(part) and 2 <= len(words) <= 8:
                role = _clean_role(_lead_in_cut(part, lexicon), lexicon, strict=True)
                if role:
                    continue
            capitalised = all(w[:1].isupper() for w in words)
            if company is None and len(words) <= 4 and capitalised and not generic:
                company = _clean_company(part, lexicon)
    elif role is None and split:
        # One phrase ("Site Reliability Engineer interview", "Following up on Data Analyst"):
        # a role only when what is left is written as a title.
        found = _clean_role(_lead_in_cut(split[0], lexicon), lexicon, strict=True)
        if found and all(w[:1].isupper() or w in lexicon.title_joiners for w in found.split()):
            role = found
    return company, role


def _says_a_label(part: str, lexicon: Lexicon) -> bool:
    """A subject part that is a status word ("Rescheduled", "Interview confirmed")."""
    lowered = part.lower()
    return any(cue.pattern.search(lowered) for cue in lexicon.subjects)


def _lead_in_cut(text: str, lexicon: Lexicon) -> str:
    """'Next steps for Backend Engineer' -> 'Backend Engineer', 'Head of Design' kept: the
    longest tail written as a title that does not open with a word like 'Interview'."""
    words = lexicon.role_noise.sub("", text).split()
    starts = [0] + [i + 1 for i, w in enumerate(words) if w[:1].islower()]
    for start in starts:
        tail = words[start:]
        if (
            tail
            and tail[0][:1].isupper()
            and all(w[:1].isupper() or w[:1].isdigit() or w in lexicon.title_joiners for w in tail)
            and not lexicon.context.fullmatch(tail[0].lower())
            and _clean_role(" ".join(tail), lexicon, strict=True)
        ):
            return " ".join(tail)
    return text


def _first_role(texts: Sequence[str], lexicon: Lexicon, company: str | None) -> str | None:
    """The first job title a role pattern finds that is not the company's name."""
    for text in texts:
        for pattern in lexicon.role_text:
            for match in pattern.finditer(text):
                role = _clean_role(match.group("role"), lexicon, strict=False)
                if role and (company is None or _letters(role) != _letters(company)):
                    return role
    return None


def _own_names(msg: Message) -> frozenset[str]:
    """Letters of the user's own display names (recipients of received mail, sender of ours)."""
    own = msg.from_ if msg.role is FolderRole.SENT else (*msg.to, *msg.cc)
    return frozenset(_letters(a.name) for a in own if a.name)


def counterparts(msg: Message, content: Content, lexicon: Lexicon) -> tuple[Address, ...]:
    """Who is on the other side: the senders of received mail, the recipients of our own."""
    if msg.role is FolderRole.SENT:
        return (*msg.to, *msg.cc)
    return senders(msg, content, lexicon)


def _company(
    msg: Message, content: Content, lexicon: Lexicon, people: Sequence[Address], subject: str | None
) -> tuple[str | None, str]:
    """The company and where it was found: subject, text, display name, signature, address."""
    if subject:
        return subject, "the subject"
    for pattern in lexicon.company_body:
        match = pattern.search(content.text) or pattern.search(content.signature)
        if match and (company := _clean_company(match.group("company"), lexicon)):
            return company, "the text"
    for address in people:
        if company := _from_display(address, lexicon):
            return company, "the sender's display name"
    own = [a.domain for a in people if not _listed(a.domain, lexicon.ats_domains)]
    labels = [_registrable_label(d, lexicon) or "" for d in own if d not in lexicon.mail_providers]
    # Our own signature names nobody else's company.
    if msg.role is not FolderRole.SENT and (
        company := _signature_company(content.signature, lexicon, _letters(next(iter(labels), "")))
    ):
        return company, "the signature"
    for address in people:
        if company := _ats_tenant(address, lexicon):
            return company, "the sender's ATS address"
    for domain in own:
        if company := company_from_domain(domain, lexicon):
            return company, f"the domain {domain}"
    return None, ""


def find_people(
    msg: Message, content: Content, lexicon: Lexicon, *, interviewers: Sequence[Contact] = ()
) -> People:
    """Contacts, company and role named by one message (best effort)."""
    evidence: list[str] = []
    subject = strip_subject(msg.subject, lexicon)
    people = counterparts(msg, content, lexicon)
    in_subject, role = _from_subject(subject, lexicon, _own_names(msg))
    company, source = _company(msg, content, lexicon, people, in_subject)
    if company:
        evidence.append(f"company '{company}' from {source}")
    # The quoted conversation is about the same application: it may name the role.
    in_text = _first_role((content.text, subject, msg.text), lexicon, company)
    if role is None or (in_text and in_text.startswith(role)):
        role = in_text or role  # the text may spell out what the subject cut short

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
