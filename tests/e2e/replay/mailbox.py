"""The story's events as RFC 5322 messages, and the Drafts folder read back.

Message-IDs are derived from labels, so both replays (and every run) deliver the same
messages with the same ids; only the user's sent drafts carry followupd's own ids.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from email.utils import format_datetime, parsedate_to_datetime

from storykit.mail import ME, Mail, Person

from followupd.testing import DovecotServer, MailUser
from replay.plot import Expected, Inbound, Outbound, SendsDraft
from replay.score import Made, addresses, compatible, parse_action


def message_id(label: str, domain: str) -> str:
    """A stable Message-ID for a story label."""
    digest = hashlib.sha256(label.encode()).hexdigest()
    return f"<{digest[:10]}.{digest[10:22]}@{domain}>"


def _domain(address: str) -> str:
    return address.rpartition("@")[2]


def build(
    *,
    sender: Person,
    to: Person,
    subject: str,
    text: str,
    when: datetime,
    msgid: str,
    parent: Mail | None,
    reply_to: Person | None = None,
    html: str | None = None,
    html_only: bool = False,
    calendar: str | None = None,
    headers: Mapping[str, str] | None = None,
    references: tuple[str, ...] | None = None,
    in_reply_to: str | None = None,
) -> bytes:
    """One message: plain text, optionally an HTML alternative (or HTML only) and an .ics."""
    msg = EmailMessage()
    msg["From"] = str(sender)
    msg["To"] = str(to)
    msg["Subject"] = subject
    msg["Date"] = format_datetime(when)
    msg["Message-ID"] = msgid
    if reply_to is not None:
        msg["Reply-To"] = str(reply_to)
    chain = parent.thread_chain if parent is not None else (references or ())
    irt = parent.message_id if parent is not None else in_reply_to
    if irt is not None:
        msg["In-Reply-To"] = irt
    if chain:
        msg["References"] = " ".join(chain)
    for key, value in (headers or {}).items():
        msg[key] = value
    if html_only and html is not None:
        msg.set_content(html, subtype="html")
    else:
        msg.set_content(text)
        if html is not None:
            msg.add_alternative(html, subtype="html")
    if calendar is not None:
        method = "CANCEL" if "METHOD:CANCEL" in calendar else "REQUEST"
        msg.add_attachment(
            calendar.encode(), maintype="text", subtype="calendar", filename="invite.ics",
            params={"method": method},
        )  # fmt: skip
    return bytes(msg)


def inbound(event: Inbound, parent: Mail | None) -> Mail:
    """An employer's message as it lands in INBOX."""
    msgid = message_id(event.label, _domain(event.sender.email))
    raw = build(
        sender=event.sender, to=ME, subject=event.subject, text=event.text, when=event.at,
        msgid=msgid, parent=parent, reply_to=event.reply_to, html=event.html,
        html_only=event.html_only, calendar=event.calendar, headers=dict(event.headers),
    )  # fmt: skip
    refs = parent.thread_chain if parent is not None else ()
    return Mail("INBOX", event.at, msgid, event.subject, refs, raw)


def outbound(event: Outbound, parent: Mail | None) -> Mail:
    """A message the user wrote, as it lands in Sent."""
    msgid = message_id(event.label, _domain(ME.email))
    raw = build(
        sender=ME, to=event.to, subject=event.subject, text=event.text, when=event.at,
        msgid=msgid, parent=parent,
    )  # fmt: skip
    refs = parent.thread_chain if parent is not None else ()
    return Mail("Sent", event.at, msgid, event.subject, refs, raw)


def reply_subject(subject: str) -> str:
    """`Re:` once."""
    return subject if subject.lower().startswith("re:") else f"Re: {subject}"


@dataclass(frozen=True, slots=True)
class DraftCopy:
    """A draft of ours as the user's client sees it (what sending it needs)."""

    uid: int
    made: Made
    subject: str
    body: str
    references: tuple[str, ...]
    date: datetime | None


def own_answer(event: SendsDraft, want: Expected, parent: Mail) -> Mail:
    """The user's own message where followupd made no draft: same recipient and parent."""
    subject = reply_subject(parent.subject)
    msgid = message_id(event.label, _domain(ME.email))
    raw = build(
        sender=ME, to=want.to, subject=subject, text=event.text, when=event.at, msgid=msgid,
        parent=parent,
    )  # fmt: skip
    return Mail("Sent", event.at, msgid, subject, parent.thread_chain, raw)


def sent_draft(draft: DraftCopy, want: Expected, when: datetime) -> Mail:
    """Our draft sent as it is: it keeps its Message-ID and threading (as clients do)."""
    raw = build(
        sender=ME, to=want.to, subject=draft.subject, text=draft.body, when=when,
        msgid=draft.made.message_id, parent=None, references=draft.references,
        in_reply_to=draft.made.in_reply_to,
    )  # fmt: skip
    return Mail("Sent", when, draft.made.message_id, draft.subject, draft.references, raw)


def answers(draft: DraftCopy, want: Expected, parents: frozenset[str]) -> bool:
    """The draft serves this expected purpose (compatible kind, parent and recipient)."""
    made = draft.made
    return (
        compatible(made.kind, want.kind)
        and made.in_reply_to in parents
        and want.to.email.lower() in made.to
    )


def read_drafts(
    server: DovecotServer, user: MailUser, after_uid: int, seen: datetime
) -> list[DraftCopy]:
    """Drafts with a UID above `after_uid`, read with doveadm (no IMAP session of ours)."""
    out = server.doveadm(
        "-f", "json", "fetch", "-u", user.username, "uid text", "mailbox", "Drafts",
        "uid", f"{after_uid + 1}:*",
    ).stdout  # fmt: skip
    rows = json.loads(out) if out.strip() else []
    copies = [_copy(row, seen) for row in rows if int(row["uid"]) > after_uid]
    return sorted(copies, key=lambda c: c.uid)


def _copy(row: Mapping[str, str], seen: datetime) -> DraftCopy:
    msg = BytesParser(policy=policy.default).parsebytes(row["text"].encode("utf-8"))
    assert isinstance(msg, EmailMessage)
    kind, keys = parse_action(str(msg.get("X-Followupd-Action", "")))
    part = msg.get_body(("plain",))
    body = part.get_content() if isinstance(part, EmailMessage) else ""
    irt = msg.get("In-Reply-To")
    date = msg.get("Date")
    made = Made(
        message_id=str(msg.get("Message-ID", f"<uid-{row['uid']}@drafts>")).strip(),
        kind=kind,
        in_reply_to=str(irt).strip() if irt is not None else None,
        to=addresses(str(v) for v in msg.get_all("To", [])),
        first_seen=seen,
        keys=keys,
    )
    return DraftCopy(
        uid=int(row["uid"]),
        made=made,
        subject=str(msg.get("Subject", "")).strip(),
        body=body,
        references=tuple(str(msg.get("References", "")).split()),
        date=parsedate_to_datetime(str(date)) if date is not None else None,
    )
