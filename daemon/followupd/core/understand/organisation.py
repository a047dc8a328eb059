"""Which organisation and which job a message is about: company and role, with where found.

Best-effort and conservative, like the rest of the people reading: a company or role is only
reported when a pattern, the sender's display name, a signature or the address clearly names
one. Also the address predicates both need (no-reply mailboxes, persons' display names).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from followupd.core.senders import listed_as
from followupd.core.understand.lexicon import Lexicon
from followupd.core.understand.quoting import Content
from followupd.model import Address, FolderRole, Message

_PERSON = re.compile(r"^[A-Z][a-zA-Z'\u2019.-]+(?: [A-Z][a-zA-Z'\u2019.-]*){0,3}$")
_SUBJECT_SPLIT = re.compile(r"\s+[|/\u2013\u2014-]\s+|:\s+|\s+\|\s*")
_DISPLAY_AT = re.compile(r"^(?P<person>.+?)\s+(?:at|from|@)\s+(?P<company>.+)$", re.IGNORECASE)
TRAILING = re.compile(r"[\s,.;:!?'\"(-]+$")
_EDGE_SYMBOLS = re.compile(r"^[^\w(]+|[^\w).]+$")  # emoji, quotes, dashes around a name
_AND_CO = re.compile(r"&\s*Co\.?$")
_SIGNATURE_SPLIT = re.compile(r"\s*(?:[|,\u2013\u2014\u00b7\u2022@]|\s-\s|\bat\b)\s*")
# Calendar subjects: "Title @ Mon Jun 2, 3pm", also with the guest's address after it
# ("... 3pm - 4pm (UTC) (alex@mail.example)").
_WHEN_TAIL = re.compile(r"\s+@\s+[^@]*\d[^@]*?(?:\s*\([^()\s]+@[^()\s]+\))?\s*$")
# A run of capitalised words on one line ("Brightwave Robotics", "Marsh & Co").
_CAPITALISED_RUN = re.compile(
    r"[A-Z][\w&'\u2019-]*(?:[ \t]+(?:&[ \t]+|of[ \t]+)?[A-Z][\w&'\u2019-]*)*"
)
_POSSESSIVE = re.compile(r"['\u2019]s$")
_SPELLED_SCAN_CHARS = 20_000
_ROLE_AT = re.compile(r"^(?P<role>.+?)\s+(?:at|@|with)\s+(?P<company>[A-Z].*)$")


def listed(domain: str, suffixes: Sequence[str]) -> bool:
    """`domain` is one of `suffixes` or a subdomain of one."""
    return listed_as(domain, suffixes) is not None


def is_no_reply(address: Address, lexicon: Lexicon) -> bool:
    """True for addresses nobody reads: no-reply, notifications, mailer-daemon, bounces."""
    return lexicon.senders.is_no_reply(address)


def looks_like_person(name: str, lexicon: Lexicon) -> bool:
    """A display name that is a person's ("Jane Doe"), not a team ("Acme Recruiting")."""
    name = name.strip()
    if not _PERSON.match(name) or lexicon.team_words.search(name) or lexicon.org_words.search(name):
        return False
    return not any(word.lower() in lexicon.not_a_name for word in name.split())


def _clean_company(name: str, lexicon: Lexicon) -> str | None:
    """Trim legal suffixes, team words and punctuation; None when nothing name-like is left."""
    name = _EDGE_SYMBOLS.sub("", name.strip())
    name = lexicon.dangling.sub("", TRAILING.sub("", name))
    if not _AND_CO.search(name):
        name = lexicon.legal_suffix.sub("", name)
    name = lexicon.leading_article.sub("", name)
    name = re.sub(rf"(?:(?:^|\s+)(?:{lexicon.team_words.pattern}))+$", "", name, flags=re.I)
    name = lexicon.dangling.sub("", TRAILING.sub("", name)).strip()
    if not name or name.lower() in lexicon.not_a_name or len(name) > 60 or not name[0].isupper():
        return None
    if lexicon.reply_prefix.match(name + ":") or lexicon.forward_prefix.match(name + ":"):
        return None
    if lexicon.context.fullmatch(name.lower()) or lexicon.role_words.search(name):
        return None
    return name


def letters_of(text: str) -> str:
    """Only the letters and digits, lower case, '&' read as 'and' (to compare with domains)."""
    return re.sub(r"[^a-z0-9]", "", text.lower().replace("&", "and"))


def _registrable_label(domain: str, lexicon: Lexicon) -> str | None:
    """The label that names the organisation: 'talent.acme.co.uk' -> 'acme'."""
    return lexicon.senders.organisation_label(domain)


def company_from_domain(domain: str, lexicon: Lexicon, signature: str = "") -> str | None:
    """'talent.acme-robotics.example.com' -> 'Acme Robotics'; None for mail providers.

    A signature line or part spelling the same letters ("Acme Robotics" for acmerobotics,
    "Hiring Manager, Lumen Health" for lumenhealth) wins, since it has the spaces and
    capitals the domain lost.
    """
    if not domain or domain in lexicon.mail_providers:
        return None
    if listed(domain, lexicon.job_board_domains) or listed(domain, lexicon.bulk_domains):
        return None
    label = _registrable_label(domain, lexicon)
    if label is None:
        return None
    spelled = _signature_company(signature, lexicon, letters_of(label))
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
            if len(letters) >= 3 and letters_of(name).startswith(letters):
                return name
            titled = (
                title_above if index == 0 else any(_is_title(p, lexicon) for p in parts[:index])
            )
            if after_title is None and titled and not _is_title(part, lexicon):
                after_title = name
        title_above = bool(parts) and _is_title(parts[-1], lexicon)
    return after_title


def _spelled_out(text: str, lexicon: Lexicon, letters: str) -> str | None:
    """The longest name written in `text` that starts with the domain's `letters`
    ("Brightwave Robotics" for brightwave.example), its own words only."""
    if len(letters) < 3:
        return None
    best: str | None = None
    for run in _CAPITALISED_RUN.finditer(text):
        words = [_POSSESSIVE.sub("", word) for word in run.group(0).split()]
        for start, word in enumerate(words):
            first = letters_of(word)
            if not first or not (letters.startswith(first) or first.startswith(letters)):
                continue
            for end in range(len(words), start, -1):
                name = _clean_company(" ".join(words[start:end]), lexicon)
                if name and letters_of(name).startswith(letters) and len(name) > len(best or ""):
                    best = name
                    break
            break
    return best


def _is_title(part: str, lexicon: Lexicon) -> bool:
    """A job title or team in a signature line ("HR Specialist", "Talent Team")."""
    return bool(
        lexicon.recruiter_titles.search(part)
        or lexicon.role_words.search(part)
        or lexicon.team_words.fullmatch(part.strip())
    )


# Subdomains an ATS uses for its own mail, not a customer's name (us.greenhouse-mail.io,
# candidates.workablemail.com).
_GENERIC_TENANTS = frozenset(
    {"us", "eu", "uk", "ca", "au", "mail", "mails", "app", "apps", "hire", "jobs", "email"}
    | {"talent", "candidates", "candidate", "careers", "career", "apply", "recruiting"}
    | {"notifications", "notify", "no-reply", "noreply", "em", "mg", "send", "system", "www"}
)


def _ats_tenant(address: Address, lexicon: Lexicon) -> str | None:
    """Company from an ATS address: 'acme@myworkday.com' or 'jobs@acme.bamboohr.com'."""
    for ats in lexicon.ats_domains:
        if address.domain.endswith("." + ats):
            sub = address.domain[: -len(ats) - 1].split(".")[0]
            if sub and sub not in _GENERIC_TENANTS:
                return sub.replace("-", " ").title()
        if address.domain == ats:
            local = address.email.partition("@")[0]
            if re.fullmatch(r"[a-z][a-z0-9]{2,30}", local) and not is_no_reply(address, lexicon):
                return local.title()
    return None


def _from_display(address: Address, lexicon: Lexicon, text: str = "") -> str | None:
    """'Jane at Acme' / 'Acme Recruiting' / 'Acme via Greenhouse' -> 'Acme'.

    From an ATS or a no-reply mailbox a display name that is no person's is the employer's
    ("Kestrel <no-reply@hire.lever.co>"), unless it is the ATS product itself; one that
    reads like a person's ("Vellumcraft Legal") is the employer's when the mail writes it
    too (its signature "Vellumcraft Legal People & Culture").
    """
    name = address.name.strip()
    if not name:
        return None
    match = _DISPLAY_AT.match(name)
    if match:
        return _clean_company(match.group("company"), lexicon)
    if lexicon.team_words.search(name) and not is_no_reply(Address(name, ""), lexicon):
        return _clean_company(name, lexicon)
    automated = listed(address.domain, lexicon.ats_domains) or is_no_reply(address, lexicon)
    if not automated or is_no_reply(Address(name, ""), lexicon):
        return None
    tenant = _ats_tenant(address, lexicon)
    named = tenant is not None and letters_of(name).startswith(letters_of(tenant))
    products = {letters_of(a.split(".")[0]) for a in lexicon.ats_domains}
    person = looks_like_person(name, lexicon) and len(name.split()) > 1
    if person and text and _written_in(name, text) and not is_no_reply(address, lexicon):
        person = True  # a person's own mailbox at an ATS, signing their own name
    elif person and text and _written_in(name, text):
        person = False  # a no-reply mailbox writes no name of a person: the employer's
    if (named or not person) and letters_of(name) not in products:
        return _clean_company(name, lexicon)
    return None


def _clean_role(text: str, lexicon: Lexicon, *, strict: bool) -> str | None:
    """A job title without requisition numbers, parentheses and trailing 'role'; None if
    it does not look like one (`strict`: it must contain a role word, not just a title noun)."""
    role = lexicon.dangling.sub("", TRAILING.sub("", lexicon.role_noise.sub("", text)))
    role = lexicon.leading_article.sub("", role.strip())
    words = role.split()
    if not words or len(words) > 8 or not words[0][:1].isupper():
        return None
    if lexicon.role_words.search(role) or (not strict and lexicon.title_words.search(role)):
        return role
    return None


@dataclass(frozen=True, slots=True)
class SubjectNames:
    """Company and role a subject names; `clear` when the company came from a template
    ("Thank you for applying to X", "Role at X") rather than a capitalised part."""

    company: str | None
    role: str | None
    clear: bool = False


def subject_names(
    subject: str, lexicon: Lexicon, exclude: frozenset[str] = frozenset()
) -> SubjectNames:
    """Company and role from subject templates, "Role at Company" and "Role | Company" splits.

    `exclude` holds the letters of names that are not the company (the user's own).
    """
    company: str | None = None
    role: str | None = None
    clear = False
    subject = _WHEN_TAIL.sub("", subject)
    for pattern in lexicon.company_subject:
        match = pattern.search(subject)
        if match and (company := _clean_company(match.group("company"), lexicon)):
            clear = True
            break
    split = [p.strip() for p in _SUBJECT_SPLIT.split(subject) if p.strip()]
    parts = [p for p in split if letters_of(p) not in exclude and not _says_a_label(p, lexicon)]
    for part in parts:
        at = _ROLE_AT.match(part)
        if at and (
            found := _clean_role(_lead_in_cut(at.group("role"), lexicon), lexicon, strict=False)
        ):
            role = role or found
            if company is None and (company := _clean_company(at.group("company"), lexicon)):
                clear = True
    if len(split) >= 2:
        split_company: str | None = None
        for part in parts:
            words = part.split()
            generic = bool(lexicon.context.search(part.lower()))
            if role is None and lexicon.role_words.search(part) and 2 <= len(words) <= 8:
                role = _clean_role(_lead_in_cut(part, lexicon), lexicon, strict=True)
                if role:
                    continue
            capitalised = all(w[:1].isupper() for w in words)
            if split_company is None and len(words) <= 4 and capitalised and not generic:
                split_company = _clean_company(part, lexicon)
        if company is None and split_company is not None:
            # "Senior Data Engineer | Globex": beside a job title the other part names the
            # employer; alone ("Update | Onsite Day") a capitalised part is only a hint.
            company, clear = split_company, role is not None
    elif role is None and split:
        # One phrase ("Site Reliability Engineer interview", "Following up on Data Analyst"):
        # a role only when what is left is written as a title.
        found = _clean_role(_lead_in_cut(split[0], lexicon), lexicon, strict=True)
        if found and all(w[:1].isupper() or w in lexicon.title_joiners for w in found.split()):
            role = found
    return SubjectNames(company, role, clear)


def _says_a_label(part: str, lexicon: Lexicon) -> bool:
    """A subject part that is only a status ("Rescheduled", "Interview confirmed").

    A part that also names a job ("Next steps for Head of Data at Northwind") is kept: the
    words outside the status hold a job title.
    """
    lowered = part.lower()
    for cue in lexicon.subjects:
        match = cue.pattern.search(lowered)
        if match is None:
            continue
        if len(lowered) != len(part):  # case folding changed the length: positions unknown
            return True
        rest = f"{part[: match.start()]} {part[match.end() :]}"
        if not lexicon.role_words.search(rest):
            return True
    return False


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


def first_role(texts: Sequence[str], lexicon: Lexicon, company: str | None) -> str | None:
    """The first job title a role pattern finds that is not the company's name."""
    for text in texts:
        for pattern in lexicon.role_text:
            for match in pattern.finditer(text):
                role = _clean_role(match.group("role"), lexicon, strict=False)
                if role and (company is None or letters_of(role) != letters_of(company)):
                    return role
    return None


_GUESSED = "guessed from"


def company_evidence(company: str, how: str) -> str:
    """The evidence line for a company and how it was read (see `find_company`)."""
    return f"company '{company}' {how}"


def company_is_guess(evidence: Sequence[str]) -> bool:
    """Whether the company in a classification's evidence was only guessed from an address.

    A name derived from a domain or an ATS mailbox ("Brightwave" from brightwave.example)
    has lost its spaces and its second word: a thread that had the name written out
    ("Brightwave Robotics") should keep that one.
    """
    return any(line.startswith("company '") and f"' {_GUESSED} " in line for line in evidence)


def company_from_subject_only(evidence: Sequence[str]) -> bool:
    """Whether the company in a classification's evidence came from the subject alone (a part
    beside a job title, "Lead Data Engineer - Frankfurt"), which the text never wrote out."""
    return any(
        line.startswith("company '") and line.endswith("' from the subject") for line in evidence
    )


def _written_in(name: str, text: str) -> bool:
    """Whether `name` is written in `text` as a word of its own (case as written)."""
    return re.search(rf"(?<![\w&]){re.escape(name)}(?![\w&])", text) is not None


def find_company(
    msg: Message,
    content: Content,
    lexicon: Lexicon,
    people: Sequence[Address],
    subject: SubjectNames | None,
    *,
    persons: frozenset[str] = frozenset(),
) -> tuple[str | None, str]:
    """The company and how it was read ("from ..."), else guessed ("guessed from ...").

    What the mail itself writes comes first: a pattern in the text, the sender's display
    name, the signature, then a subject template ("Thank you for applying to X"). A name
    that only a subject's capitalised part gives ("Update | Onsite Day") is used only when
    the text writes it too; otherwise the ATS mailbox or the domain is the guess. A name
    that is one of the message's people (`persons`, as `letters_of`) is never the company:
    "interview with Eero Salminen" names the interviewer.
    """

    def firm(name: str | None) -> str | None:
        return name if name and letters_of(name) not in persons else None

    for pattern in lexicon.company_body:
        match = pattern.search(content.text) or pattern.search(content.signature)
        if match and (company := firm(_clean_company(match.group("company"), lexicon))):
            return company, "from the text"
    for address in people:
        if company := _from_display(address, lexicon, msg.text):
            return company, "from the sender's display name"
    own = [a.domain for a in people if not listed(a.domain, lexicon.ats_domains)]
    labels = [_registrable_label(d, lexicon) or "" for d in own if d not in lexicon.mail_providers]
    # Our own signature names nobody else's company.
    domain_letters = letters_of(next(iter(labels), ""))
    if msg.role is not FolderRole.SENT and (
        company := _signature_company(content.signature, lexicon, domain_letters)
    ):
        return company, "from the signature"
    if subject is not None and firm(subject.company) and subject.clear:
        return subject.company, "from the subject"
    # The quoted conversation may write out the name the domain only hints at; written as
    # the domain alone ("Brightwave") it may still be short for more, so it stays a guess.
    if msg.role is not FolderRole.SENT and (
        company := firm(_spelled_out(msg.text[:_SPELLED_SCAN_CHARS], lexicon, domain_letters))
    ):
        if letters_of(company) != domain_letters:
            return company, "from the text"
        return company, f"{_GUESSED} the domain, as the text writes it"
    named = firm(subject.company) if subject is not None else None
    if named and _written_in(named, msg.text):
        return named, "from the subject, as the text writes it"
    for address in people:
        if company := _ats_tenant(address, lexicon):
            return company, f"{_GUESSED} the sender's ATS address"
    for domain in own:
        if company := company_from_domain(domain, lexicon):
            return company, f"{_GUESSED} the domain {domain}"
    return None, ""
