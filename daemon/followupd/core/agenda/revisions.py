"""Each event's revision: SEQUENCE and DTSTAMP move when, and only when, the event changes.

The previous feed is the memory: an event whose content (its fingerprint) is the same keeps
its SEQUENCE and DTSTAMP, so a calendar app that fetches the feed again sees nothing new; a
changed one gets the next SEQUENCE (never below the employer's own) and `now` as DTSTAMP.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime

from followupd.core.agenda.feed import FeedEvent


@dataclass(frozen=True, slots=True)
class Revision:
    """What the previous feed said of one UID."""

    sequence: int
    fingerprint: str
    stamp: datetime


@dataclass(frozen=True, slots=True)
class Settled:
    """An event with its revision, ready to be written."""

    event: FeedEvent
    sequence: int
    stamp: datetime
    fingerprint: str


def settle(
    events: Sequence[FeedEvent], previous: Mapping[str, Revision], now: datetime
) -> tuple[Settled, ...]:
    """The revision of each event, given what the previous feed said (empty: a first feed)."""
    settled = []
    for event in events:
        mark = event.fingerprint()
        before = previous.get(event.uid)
        if before is None:
            settled.append(Settled(event, event.base_sequence, now, mark))
            continue
        same = before.fingerprint == mark
        sequence = max(before.sequence if same else before.sequence + 1, event.base_sequence)
        stamp = before.stamp if same and sequence == before.sequence else now
        settled.append(Settled(event, sequence, stamp, mark))
    return tuple(settled)
