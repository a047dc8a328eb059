"""Messages -> conversations: References/In-Reply-To, X-GM-THRID, then subject + organisation.

Grouping is a union-find over three kinds of evidence, strongest first:
1. RFC 5322 3.6.4 Message-ID / In-Reply-To / References; parents we never saw still link
   their children (they are nodes without a message), and broken ids are cleaned or dropped.
2. Gmail's X-GM-THRID, when the server offers it.
3. Fallback: the same normalised subject and the same counterpart organisation, only for
   messages less than FALLBACK_WINDOW apart (chained: each message to the previous one in
   its group), so an unrelated mail months later starts a new thread.
Threads of one employer are joined into applications by `core.plan.applications`.

There is no incremental `attach`: rebuilding is linear and takes about 0.1 s for 10,000
messages, so callers rebuild from the stored messages instead of patching an index.
"""

from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from datetime import UTC, datetime, timedelta
from itertools import pairwise

from followupd.core.senders import RELAYS, SenderDirectory, SenderKind
from followupd.core.understand.subjects import normalize_subject
from followupd.model import FolderRole, Message, Thread

FALLBACK_WINDOW = timedelta(days=60)

_ID_TOKEN = re.compile(r"<([^<>\s]+)>")
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


def normalize_id(raw: str | None) -> str | None:
    """The addr-spec inside a msg-id ('<a@b>' -> 'a@b'), lower-cased; None if unusable."""
    if not raw:
        return None
    tokens = _ID_TOKEN.findall(raw)
    if tokens:
        return str(tokens[0]).lower()
    bare = raw.strip()
    if "@" in bare and not any(ch.isspace() for ch in bare) and "<" not in bare:
        return bare.lower()
    return None


def _ids(values: Iterable[str]) -> list[str]:
    found: list[str] = []
    for value in values:
        tokens = _ID_TOKEN.findall(value)
        if tokens:
            found.extend(t.lower() for t in tokens)
        elif single := normalize_id(value):
            found.append(single)
    return found


def message_key(msg: Message) -> str:
    """The key of a message in the store, classification maps and indexes.

    The key the store gave it (`Message.key`; a Message-ID shared by two different messages
    gets a suffix there, so neither is lost); else its Message-ID; else a hash of sender,
    date, subject and the start of the text, which stays the same across folders and resyncs.
    """
    if msg.key:
        return msg.key
    if msg.message_id and msg.message_id.strip():
        return msg.message_id.strip()
    senders = ",".join(a.email for a in msg.from_)
    when = msg.date.isoformat() if msg.date else ""
    material = "\x1f".join((senders, when, msg.subject, msg.text[:200]))
    return "sha256:" + hashlib.sha256(material.encode("utf-8", "surrogatepass")).hexdigest()


def latest_real_message(thread: Thread) -> Message | None:
    """The newest message that is not a draft (ours or \\Draft-flagged); None if none."""
    real = [m for m in thread.messages if not m.is_draft]
    dated = [m for m in real if m.date is not None]
    if dated:
        return max(dated, key=lambda m: m.date or _EPOCH)
    return real[-1] if real else None


def _org_keys(msg: Message, senders: SenderDirectory) -> set[str]:
    """Who the other party is: their organisation's domain, a relay's named sender, a person."""
    keys: set[str] = set()
    others = (*msg.to, *msg.cc) if msg.role is FolderRole.SENT else (*msg.from_, *msg.reply_to)
    for address in others:
        domain = address.domain
        if not domain:
            continue
        kind = senders.kind(domain)
        if kind is SenderKind.MAIL_PROVIDER:
            keys.add("person:" + address.email.lower())
        elif kind in RELAYS:
            if address.name:
                keys.add(f"via:{senders.registrable(domain)}:{address.name.casefold()}")
        else:
            keys.add("org:" + senders.registrable(domain))
    return keys


class _UnionFind:
    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, node: str) -> str:
        parent = self.parent.setdefault(node, node)
        root = node
        while parent != root:
            root, parent = parent, self.parent[parent]
        while node != root:  # path compression
            self.parent[node], node = root, self.parent[node]
        return root

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def _when(msg: Message) -> datetime:
    return msg.date or _EPOCH


def _chain(groups: Mapping[object, list[tuple[datetime, str, str]]], uf: _UnionFind) -> None:
    """Join each message to the previous one of its group if close enough in time."""
    for members in groups.values():
        members.sort()
        for (prev_at, prev_key, prev_role), (at, key, role) in pairwise(members):
            if at - prev_at > FALLBACK_WINDOW:
                continue
            if prev_role and role and prev_role != role:
                continue  # same sender and subject, but another position ("Your application")
            uf.union(prev_key, key)


def root_id_of(
    message_id: str | None, in_reply_to: str | None, references: Sequence[str], key: str
) -> str:
    """The conversation a message says it starts or continues: its first reference, else
    what it replies to, else itself (its Message-ID, or its key without one)."""
    refs = _ids(references)
    if refs:
        return refs[0]
    return normalize_id(in_reply_to) or normalize_id(message_id) or key


def _root_id(msg: Message) -> str:
    return root_id_of(msg.message_id, msg.in_reply_to, msg.references, message_key(msg))


def build_threads(
    messages: Sequence[Message],
    *,
    senders: SenderDirectory,
    roles: Mapping[str, str] | None = None,
) -> list[Thread]:
    """Group messages into threads, oldest message first, threads by their first message.

    `roles` maps message keys to the job the classifier read in them: two messages with the
    same subject from the same sender that name different jobs are two conversations.
    """
    roles = roles or {}
    unique: dict[str, Message] = {}
    for msg in messages:
        key = message_key(msg)
        kept = unique.get(key)
        if kept is None or (kept.is_draft and not msg.is_draft):
            unique[key] = msg  # the same message in INBOX and Sent counts once
    uf = _UnionFind()
    by_thrid: dict[int, str] = {}
    by_subject: dict[object, list[tuple[datetime, str, str]]] = defaultdict(list)
    for key, msg in unique.items():
        node = "m:" + key
        uf.find(node)
        own = normalize_id(msg.message_id)
        if own:
            uf.union(node, "id:" + own)
        parents = _ids(msg.references)
        reply_to = normalize_id(msg.in_reply_to)
        if reply_to:
            parents.append(reply_to)
        for parent in parents:
            if parent != own:
                uf.union(node, "id:" + parent)
        if msg.gm_thrid is not None:
            uf.union(node, by_thrid.setdefault(msg.gm_thrid, node))
        if msg.date is None:
            continue
        subject = normalize_subject(msg.subject)
        if len(subject) >= 3:
            role = " ".join((roles.get(key) or "").casefold().split())
            for org in _org_keys(msg, senders):
                by_subject[(subject, org)].append((msg.date, node, role))
    _chain(by_subject, uf)
    components: dict[str, list[Message]] = defaultdict(list)
    for key, msg in unique.items():
        components[uf.find("m:" + key)].append(msg)
    threads: list[Thread] = []
    for members in components.values():
        members.sort(key=lambda m: (_when(m), message_key(m)))
        digest = hashlib.sha256(_root_id(members[0]).encode()).hexdigest()[:16]
        threads.append(Thread(id=digest, messages=tuple(members)))
    threads.sort(key=lambda t: (_when(t.messages[0]), t.id))
    return threads
