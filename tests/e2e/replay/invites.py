"""Calendar invitations (RFC 5545/5546) as employers' schedulers send them."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from storykit.mail import ME, Person, ics


def invite(
    uid: str,
    start: datetime,
    minutes: int,
    organizer: Person,
    interviewers: Sequence[Person],
    *,
    summary: str,
    sequence: int = 0,
    method: str = "REQUEST",
) -> str:
    """One VEVENT: the interviewers and the candidate as attendees, the organizer apart.

    The organizer is an interviewer only when listed among `interviewers` too.
    """
    return ics(
        uid, start, minutes, organizer, [*interviewers, ME],
        sequence=sequence, method=method, summary=summary,
    )  # fmt: skip
