"""Score the drafts followupd made against the drafts a careful assistant makes. Pure.

A made draft matches an expected one when its kind is compatible (the same kind, or both in
the reply group {invitation_reply, confirmation_reply, reply}), it answers one of the
accepted parents (In-Reply-To) and its To holds the expected recipient. Each expected draft
takes at most one made draft: first the earliest one inside its window, else the earliest
one at all (then it is early or late). Figures:

- recall: expected drafts matched by a draft made inside their window, over all expected;
- precision: made drafts that match an expected one (what a job seeker keeps), over all made;
- early / late: matched drafts made before the earliest / after the latest moment;
- duplicates: extra drafts for one purpose: a second draft matching an expected draft that
  is already matched, or a draft with the same kind, parent and recipients as another;
- empty_to: drafts with no recipient;
- after_decline: drafts other than a rejection reply to an employer, made after that
  employer's decline, offer or the user's withdrawal arrived;
- kind_mismatches: matched drafts whose kind differs within the reply group.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from email.utils import getaddresses

REPLY_GROUP = frozenset({"invitation_reply", "confirmation_reply", "reply"})


def parse_action(header: str) -> tuple[str, dict[str, str]]:
    """`X-Followupd-Action`: the kind first, then `key=value` parts separated by ";".

    Both `thank_you; thread=abc` and `thank_you; application=abc` are read; a part without
    "=" is kept with an empty value.
    """
    kind, *parts = (part.strip() for part in header.split(";"))
    keys: dict[str, str] = {}
    for part in parts:
        if part:
            key, _, value = part.partition("=")
            keys[key.strip().lower()] = value.strip()
    return kind.lower(), keys


def addresses(values: Iterable[str]) -> tuple[str, ...]:
    """Bare lower-case addresses from header values such as `Name <a@b.example>`."""
    return tuple(addr.lower() for _, addr in getaddresses(list(values)) if addr)


def compatible(made: str, expected: str) -> bool:
    """Same kind, or both in the reply group."""
    return made == expected or (made in REPLY_GROUP and expected in REPLY_GROUP)


@dataclass(frozen=True, slots=True)
class Want:
    """An expected draft, its parents resolved to Message-IDs."""

    id: str
    employer: str
    kind: str
    parents: frozenset[str]
    to: str
    earliest: datetime
    latest: datetime


@dataclass(frozen=True, slots=True)
class Made:
    """A draft read back from Drafts, with the moment it was first seen there."""

    message_id: str
    kind: str
    in_reply_to: str | None
    to: tuple[str, ...]  # bare lower-case addresses
    first_seen: datetime
    keys: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Context:
    """What the scorer needs to know about the story to place a draft with an employer."""

    employer_of_message: Mapping[str, str]  # Message-ID -> employer key
    employer_of_address: Mapping[str, str]  # a person's address -> employer key
    closed_at: Mapping[str, datetime]  # employer key -> decline, offer or withdrawal


@dataclass(frozen=True, slots=True)
class Score:
    """The figures, and what lies behind them (ids) for a reviewer."""

    expected: int
    made: int
    recall: float
    precision: float
    early: int
    late: int
    duplicates: int
    empty_to: int
    after_decline: int
    kind_mismatches: int
    matches: Mapping[str, str]  # expected id -> Message-ID of its draft
    missed: tuple[str, ...]  # expected ids without a draft inside their window
    unmatched: tuple[str, ...]  # Message-IDs of drafts that match nothing (duplicates too)
    flagged: Mapping[str, tuple[str, ...]]  # figure name -> Message-IDs or expected ids


def employer_of(made: Made, context: Context) -> str | None:
    """The employer a draft is for: by the message it answers, else by a recipient."""
    if made.in_reply_to is not None and made.in_reply_to in context.employer_of_message:
        return context.employer_of_message[made.in_reply_to]
    for address in made.to:
        if address in context.employer_of_address:
            return context.employer_of_address[address]
    return None


def _fits(made: Made, want: Want) -> bool:
    return (
        compatible(made.kind, want.kind) and made.in_reply_to in want.parents and want.to in made.to
    )


def _assign(wants: Sequence[Want], drafts: Sequence[Made]) -> dict[str, Made]:
    """Expected id -> its draft: inside the window first, then any time, earliest first."""
    taken: set[str] = set()
    chosen: dict[str, Made] = {}
    ordered = sorted(drafts, key=lambda d: (d.first_seen, d.message_id))
    for in_window_only in (True, False):
        for want in sorted(wants, key=lambda w: (w.earliest, w.id)):
            if want.id in chosen:
                continue
            for draft in ordered:
                if draft.message_id in taken or not _fits(draft, want):
                    continue
                if in_window_only and not want.earliest <= draft.first_seen <= want.latest:
                    continue
                chosen[want.id] = draft
                taken.add(draft.message_id)
                break
    return chosen


def _duplicates(
    wants: Sequence[Want], drafts: Sequence[Made], chosen: Mapping[str, Made]
) -> set[str]:
    kept = {d.message_id for d in chosen.values()}
    extra: set[str] = set()
    groups: dict[tuple[str, str | None, frozenset[str]], list[Made]] = {}
    for draft in sorted(drafts, key=lambda d: (d.first_seen, d.message_id)):
        groups.setdefault((draft.kind, draft.in_reply_to, frozenset(draft.to)), []).append(draft)
    for group in groups.values():
        keep = next((d for d in group if d.message_id in kept), group[0])
        extra |= {d.message_id for d in group if d is not keep}
    by_id = {w.id: w for w in wants}
    for want_id in chosen:
        want = by_id[want_id]
        extra |= {d.message_id for d in drafts if d.message_id not in kept and _fits(d, want)}
    return extra


def score(wants: Sequence[Want], drafts: Sequence[Made], context: Context) -> Score:
    """Compare the drafts made with the expected ones."""
    if len({d.message_id for d in drafts}) != len(drafts):
        raise ValueError("two drafts with one Message-ID: read each draft once")
    chosen = _assign(wants, drafts)
    by_id = {w.id: w for w in wants}
    in_window = [
        i for i, d in chosen.items() if by_id[i].earliest <= d.first_seen <= by_id[i].latest
    ]
    early = [d.message_id for i, d in chosen.items() if d.first_seen < by_id[i].earliest]
    late = [d.message_id for i, d in chosen.items() if d.first_seen > by_id[i].latest]
    mismatched = [d.message_id for i, d in chosen.items() if d.kind != by_id[i].kind]
    dups = _duplicates(wants, drafts, chosen)
    kept = {d.message_id for d in chosen.values()}
    empty = [d.message_id for d in drafts if not d.to]
    after: list[str] = []
    for draft in drafts:
        employer = employer_of(draft, context)
        closed = context.closed_at.get(employer) if employer is not None else None
        if closed is not None and draft.first_seen > closed and draft.kind != "rejection_reply":
            after.append(draft.message_id)
    missed = tuple(w.id for w in wants if w.id not in in_window)
    return Score(
        expected=len(wants),
        made=len(drafts),
        recall=len(in_window) / len(wants) if wants else 1.0,
        precision=len(kept) / len(drafts) if drafts else 1.0,
        early=len(early),
        late=len(late),
        duplicates=len(dups),
        empty_to=len(empty),
        after_decline=len(after),
        kind_mismatches=len(mismatched),
        matches={i: d.message_id for i, d in chosen.items()},
        missed=missed,
        unmatched=tuple(d.message_id for d in drafts if d.message_id not in kept),
        flagged={
            "early": tuple(early), "late": tuple(late), "duplicates": tuple(sorted(dups)),
            "empty_to": tuple(empty), "after_decline": tuple(after),
            "kind_mismatches": tuple(mismatched), "missed": missed,
        },
    )  # fmt: skip
