"""Messages of a job-search story: people, calendar invitations, RFC 5322 bytes."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime

FMT_ICS = "%Y%m%dT%H%M%SZ"


@dataclass(frozen=True, slots=True)
class Person:
    """Someone in the story: a display name and an address."""

    name: str
    email: str

    def __str__(self) -> str:
        return f"{self.name} <{self.email}>"

    @property
    def first(self) -> str:
        """The first name, as a greeting uses it."""
        return self.name.split()[0]


ME = Person("Alex Morgan", "alex.morgan@mail.example")


@dataclass(frozen=True, slots=True)
class Mail:
    """A message of the story: where it goes, when it is dated, and its threading headers."""

    folder: str
    when: datetime
    message_id: str
    subject: str
    references: tuple[str, ...]
    raw: bytes

    @property
    def thread_chain(self) -> tuple[str, ...]:
        """RFC 5322 3.6.4: what a reply to this message carries in References."""
        return (*self.references, self.message_id)


def ics(
    uid: str,
    start: datetime,
    minutes: int,
    organizer: Person,
    attendees: Sequence[Person],
    *,
    sequence: int = 0,
    method: str = "REQUEST",
    summary: str = "Interview",
) -> str:
    """An RFC 5545 calendar object with one VEVENT (CANCEL: the event is cancelled)."""
    end = start + timedelta(minutes=minutes)
    lines = [
        "BEGIN:VCALENDAR",
        "PRODID:-//Story ATS//Scheduling//EN",
        "VERSION:2.0",
        f"METHOD:{method}",
        "BEGIN:VEVENT",
        f"UID:{uid}",
        f"SEQUENCE:{sequence}",
        f"DTSTAMP:{start.astimezone(UTC).strftime(FMT_ICS)}",
        f"DTSTART:{start.astimezone(UTC).strftime(FMT_ICS)}",
        f"DTEND:{end.astimezone(UTC).strftime(FMT_ICS)}",
        f"SUMMARY:{summary}",
        f"ORGANIZER;CN={organizer.name}:mailto:{organizer.email}",
    ]
    lines += [f"ATTENDEE;CN={a.name};ROLE=REQ-PARTICIPANT:mailto:{a.email}" for a in attendees]
    if method == "CANCEL":
        lines.append("STATUS:CANCELLED")
    lines += ["END:VEVENT", "END:VCALENDAR", ""]
    return "\r\n".join(lines)


def build_message(
    *,
    sender: Person | str,
    to: Person | str,
    subject: str,
    body: str,
    when: datetime,
    message_id: str,
    in_reply_to: str | None,
    references: tuple[str, ...],
    reply_to: Person | None,
    headers: Mapping[str, str],
    calendar: str | None,
) -> bytes:
    """The bytes of one message."""
    msg = EmailMessage()
    msg["From"] = str(sender)
    msg["To"] = str(to)
    msg["Subject"] = subject
    msg["Date"] = format_datetime(when)
    msg["Message-ID"] = message_id
    if reply_to is not None:
        msg["Reply-To"] = str(reply_to)
    if in_reply_to is not None:
        msg["In-Reply-To"] = in_reply_to
    if references:
        msg["References"] = " ".join(references)
    for key, value in headers.items():
        msg[key] = value
    msg.set_content(body)
    if calendar is not None:
        method = "CANCEL" if "METHOD:CANCEL" in calendar else "REQUEST"
        msg.add_attachment(
            calendar.encode(),
            maintype="text",
            subtype="calendar",
            filename="invite.ics",
            params={"method": method},
        )
    return bytes(msg)
