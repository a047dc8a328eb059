"""Threads -> applications: one employer process each, whatever subjects and senders say.

A real employer writes from a recruiter, a coordinator, an ATS no-reply address and a job
board, each under its own subject with no References between them. Threads are joined when
they share an employer key:
- the organisation's own domain (any subdomain: talent.acme.example is acme.example), unless
  the thread names another company than the domain spells (an agency writing for a client:
  then the client's name is the key, and the agency's domain is not);
- the company a thread names: written out in the mail, or read from a relay's mailbox or
  display name, so ATS and job-board relays map to the company they write for;
- the same calendar UID (an update or cancellation without References is the same interview);
- a person's own mailbox or a relay's named person ("Dana Wu via LinkedIn"), only when nothing
  else says who the other side is.
The user's own mail joins by its recipients in the same way. Each group is then split by role
when the mail names two different jobs (threads that name none join the job active most
recently before them), and by time where it fell silent for longer than APPLICATION_GAP.
The user's corrections come last: a thread marked separate stands alone, merged pairs join.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from followupd.core.plan.threads import message_key
from followupd.core.senders import RELAYS, SenderDirectory, SenderKind
from followupd.core.understand.organisation import company_is_guess, letters_of
from followupd.model import Address, Application, Classification, FolderRole, Label, Message, Thread

APPLICATION_GAP = timedelta(days=180)
_MIN_LETTERS = 3
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


@dataclass(frozen=True, slots=True)
class Grouping:
    """The user's corrections to grouping, by message key (stable as groups change)."""

    merged: tuple[tuple[str, str], ...] = ()  # two messages whose applications are one
    separate: frozenset[str] = frozenset()  # messages whose thread is an application alone


@dataclass(slots=True)
class _Facts:
    """What one thread says about who the other side is and which job it is about."""

    thread: Thread
    keys: set[str] = field(default_factory=set)
    names: set[str] = field(default_factory=set)  # name_prefixes of the company it names
    labels: set[str] = field(default_factory=set)  # labels of its organisations' domains
    role: str | None = None
    first: datetime = _EPOCH
    last: datetime = _EPOCH


def _is_outbound(msg: Message, own: Collection[str]) -> bool:
    sender = msg.sender.email.lower() if msg.sender else ""
    return msg.role is FolderRole.SENT or sender in own


def counterparts(msg: Message, own: Collection[str]) -> tuple[Address, ...]:
    """The other side of a message: its recipients when the user wrote it, else its senders."""
    if _is_outbound(msg, own):
        return tuple(a for a in (*msg.to, *msg.cc) if a.email.lower() not in own)
    return tuple(a for a in (*msg.reply_to, *msg.from_) if a.email.lower() not in own)


def organisations(
    addresses: Iterable[Address], senders: SenderDirectory, own: Collection[str]
) -> set[str]:
    """The organisations' own domains among the addresses mail was exchanged with (relays,
    mail providers and the user's own domains left out)."""
    mine = {senders.registrable(a.rpartition("@")[2]) for a in own if "@" in a}
    found = {
        senders.registrable(a.domain)
        for a in addresses
        if a.domain and senders.kind(a.domain) is SenderKind.ORGANISATION
    }
    return found - mine


def _brands(senders: SenderDirectory) -> frozenset[str]:
    """Letters of the relays' own names ('greenhouse', 'linkedin'): never an employer."""
    domains = (*senders.ats, *senders.job_boards, *senders.assessments)
    return frozenset(letters_of(d.split(".")[0]) for d in domains)


def _company(
    thread: Thread,
    classifications: Mapping[str, Classification],
    senders: SenderDirectory,
    brands: frozenset[str],
) -> str | None:
    """The company the thread names most (a relay's guess counts), as written."""
    votes: Counter[str] = Counter()
    written: dict[str, str] = {}
    for msg in thread.messages:
        c = classifications.get(message_key(msg))
        if c is None or not c.company or c.auto_reply:
            continue
        relayed = any(senders.is_relay(a.domain) for a in (*msg.from_, *msg.reply_to))
        if company_is_guess(c.evidence) and not relayed:
            continue  # a guess from the sender's own domain: the domain key says it already
        letters = letters_of(c.company)
        if len(letters) >= _MIN_LETTERS and letters not in brands:
            votes[letters] += 2 if c.label is not Label.OTHER else 1
            written.setdefault(letters, c.company)
    return written[votes.most_common(1)[0][0]] if votes else None


def name_prefixes(company: str) -> set[str]:
    """The letters of each leading run of a company's words: 'Vellumcraft Legal' ->
    {'vellumcraft', 'vellumcraftlegal'}; a domain label equal to one names that company
    (vellumcraft.example), one that only starts the same does not (meta and Metabase).
    After a whole first word the next may be cut short, as domains do: 'Sundial Payments'
    writes from sundialpay.example."""
    words = [w for w in (letters_of(w) for w in company.split()) if w]
    found = {"".join(words[: i + 1]) for i in range(len(words))}
    for i in range(1, len(words)):
        lead, word = "".join(words[:i]), words[i]
        found |= {lead + word[:cut] for cut in range(_MIN_LETTERS, len(word))}
    return found


def _spells(label: str, company: str) -> bool:
    """Whether a domain label and a company's letters name the same organisation."""
    short, long = sorted((letters_of(label), company), key=len)
    return len(short) >= _MIN_LETTERS and long.startswith(short)


def _role(thread: Thread, classifications: Mapping[str, Classification]) -> str | None:
    votes: Counter[str] = Counter()
    for msg in thread.messages:
        c = classifications.get(message_key(msg))
        if c is not None and c.role and not c.auto_reply:
            votes[" ".join(c.role.casefold().split())] += 2 if c.label is not Label.OTHER else 1
    return votes.most_common(1)[0][0] if votes else None


# Levels a recruiter may change without it being another job.
_LEVELS = frozenset({"senior", "junior", "lead", "staff", "principal", "sr", "jr", "ii", "iii"})
_ENDINGS = (("ings", ""), ("ing", ""), ("ers", "er"), ("s", ""))


def _stem(word: str) -> str:
    """'engineering' and 'engineers' are 'engineer'; short words stay as they are."""
    for ending, instead in _ENDINGS:
        if len(word) > len(ending) + 3 and word.endswith(ending):
            return word[: -len(ending)] + instead
    return word


def _role_words(role: str) -> set[str]:
    words = {letters_of(w) for w in role.split()} - {""}
    return {_stem(w) for w in words - _LEVELS}


def same_role(a: str, b: str) -> bool:
    """Two job titles for one job: one's words are all in the other ('Data Engineer' and
    'Senior Data Engineer', 'Data engineering'); the level (senior, staff...) and a word's
    ending do not tell two jobs apart, 'Backend' and 'Frontend' do."""
    wa, wb = _role_words(a), _role_words(b)
    return wa <= wb or wb <= wa


def _facts(
    thread: Thread,
    classifications: Mapping[str, Classification],
    senders: SenderDirectory,
    own: Collection[str],
    brands: frozenset[str],
) -> _Facts:
    dated = [m.date for m in thread.messages if m.date is not None]
    facts = _Facts(thread, first=min(dated, default=_EPOCH), last=max(dated, default=_EPOCH))
    facts.role = _role(thread, classifications)
    written = _company(thread, classifications, senders, brands)
    company = letters_of(written) if written else None
    if written and company:
        facts.keys.add("co:" + company)
        facts.names = name_prefixes(written)
    weak: set[str] = set()
    for msg in thread.messages:
        if msg.is_draft:
            continue
        c = classifications.get(message_key(msg))
        if c is not None and c.interview is not None and c.interview.uid:
            facts.keys.add("uid:" + c.interview.uid)
        for address in counterparts(msg, own):
            kind = senders.kind(address.domain) if address.domain else SenderKind.BULK
            if kind is SenderKind.ORGANISATION:
                domain = senders.registrable(address.domain)
                label = senders.organisation_label(address.domain) or ""
                if company is None or _spells(label, company):
                    facts.keys.add("org:" + domain)
                    facts.labels.add(letters_of(label))
            elif kind is SenderKind.MAIL_PROVIDER:
                weak.add("person:" + address.email.lower())
            elif kind in RELAYS and address.name and not senders.is_no_reply(address):
                name = letters_of(address.name)
                if len(name) >= _MIN_LETTERS and name not in brands:
                    weak.add(f"via:{senders.registrable(address.domain)}:{name}")
    if not any(k.startswith(("co:", "org:")) for k in facts.keys):
        facts.keys |= weak
    return facts


class _UnionFind:
    def __init__(self, size: int) -> None:
        self.parent = list(range(size))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def _by_role(members: list[_Facts]) -> list[list[_Facts]]:
    """Split one employer's threads by the jobs they name; unnamed ones join the latest job."""
    clusters: list[tuple[str, list[_Facts]]] = []
    for facts in members:
        if facts.role is None:
            continue
        home = next((c for c in clusters if same_role(c[0], facts.role)), None)
        if home is None:
            clusters.append((facts.role, [facts]))
        else:
            home[1].append(facts)
    if len(clusters) <= 1:
        return [members]
    for facts in members:
        if facts.role is not None:
            continue
        before = [
            (f.first, index)
            for index, (_, group) in enumerate(clusters)
            for f in group
            if f.first <= facts.first
        ]
        index = max(before)[1] if before else 0
        clusters[index][1].append(facts)
    return [sorted(group, key=lambda f: f.first) for _, group in clusters]


def _by_gap(members: list[_Facts]) -> list[list[_Facts]]:
    """Split where the employer and the user were both silent for APPLICATION_GAP."""
    groups: list[list[_Facts]] = []
    last = _EPOCH
    for facts in sorted(members, key=lambda f: f.first):
        if not groups or facts.first - last > APPLICATION_GAP:
            groups.append([])
        groups[-1].append(facts)
        last = max(last, facts.last)
    return groups


def _application(threads: Sequence[Thread], employer: str) -> Application:
    ordered = sorted(threads, key=lambda t: (_first(t), t.id))
    messages = sorted(
        (m for t in ordered for m in t.messages), key=lambda m: (m.date or _EPOCH, message_key(m))
    )
    digest = hashlib.sha256(message_key(messages[0]).encode()).hexdigest()[:16]
    return Application(digest, employer, tuple(ordered), tuple(messages))


def _first(thread: Thread) -> datetime:
    return min((m.date for m in thread.messages if m.date is not None), default=_EPOCH)


def _employer(facts: Sequence[_Facts]) -> str:
    """The strongest key the group shares, for display and logs."""
    keys = Counter(k for f in facts for k in f.keys)
    for prefix in ("co:", "org:", "via:", "person:", "uid:"):
        found = [k for k, _ in keys.most_common() if k.startswith(prefix)]
        if found:
            return found[0]
    return "thread:" + facts[0].thread.id


def group_applications(
    threads: Sequence[Thread],
    classifications: Mapping[str, Classification],
    *,
    senders: SenderDirectory,
    own_addresses: Collection[str],
    grouping: Grouping | None = None,
) -> list[Application]:
    """Join threads into applications; every thread is in exactly one, oldest first."""
    fixes = grouping or Grouping()
    own = {a.lower() for a in own_addresses}
    brands = _brands(senders)
    facts = [_facts(t, classifications, senders, own, brands) for t in threads]
    alone = {
        i
        for i, f in enumerate(facts)
        if any(message_key(m) in fixes.separate for m in f.thread.messages)
    }
    uf = _UnionFind(len(facts))
    holder: dict[str, int] = {}
    for index, f in enumerate(facts):
        if index in alone:
            continue
        for key in sorted(f.keys):
            uf.union(index, holder.setdefault(key, index))
    _join_names_to_domains(facts, alone, uf)
    components: dict[int, list[_Facts]] = {}
    for index, f in enumerate(facts):
        components.setdefault(uf.find(index), []).append(f)
    groups = [
        g for members in components.values() for part in _by_role(members) for g in _by_gap(part)
    ]
    groups = _merged(groups, fixes)
    apps = [_application([f.thread for f in g], _employer(g)) for g in groups]
    apps.sort(key=lambda a: (a.messages[0].date or _EPOCH, a.id))
    return apps


def _join_names_to_domains(facts: Sequence[_Facts], alone: set[int], uf: _UnionFind) -> None:
    """An ATS thread says 'Vellumcraft Legal', the recruiter writes from vellumcraft.example:
    one employer. Join a thread naming a company with the threads of a domain whose label
    is that name's first word or words."""
    naming: dict[str, list[int]] = {}
    for index, f in enumerate(facts):
        if index not in alone:
            for prefix in f.names:
                naming.setdefault(prefix, []).append(index)
    for index, f in enumerate(facts):
        if index in alone:
            continue
        for label in f.labels:
            if len(label) < _MIN_LETTERS:
                continue
            for other in naming.get(label, ()):
                uf.union(index, other)


def _merged(groups: list[list[_Facts]], fixes: Grouping) -> list[list[_Facts]]:
    """Join the groups the user said are one application."""
    if not fixes.merged:
        return groups
    where: dict[str, int] = {
        message_key(m): index
        for index, g in enumerate(groups)
        for f in g
        for m in f.thread.messages
    }
    uf = _UnionFind(len(groups))
    for a, b in fixes.merged:
        if a in where and b in where:
            uf.union(where[a], where[b])
    joined: dict[int, list[_Facts]] = {}
    for index, g in enumerate(groups):
        joined.setdefault(uf.find(index), []).extend(g)
    return list(joined.values())
