"""The daily digest: what followupd did and will do, as a plain-text mail to the user alone.

It lists drafts waiting in Drafts, actions coming up, applications that need a look, answers
that came from automated senders (nobody to write back to), applications that moved on and
actions that were missed. Only company, role, kind, time and reason appear:
never a message body. From and To are both the user's own address; `Auto-Submitted:
auto-generated` (RFC 3834) keeps vacation responders from answering it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime, tzinfo
from email import policy as email_policy
from email.headerregistry import Address as HeaderAddress
from email.message import EmailMessage
from email.utils import format_datetime

from followupd.config.types import Identity
from followupd.core.write.compose import draft_message_id
from followupd.errors import ComposeError
from followupd.model import DRAFT_KINDS

DIGEST_HEADER = "X-Followupd-Digest"
REASON_MAX_CHARS = 240

# Action kinds as a person says them (model.DRAFT_KINDS); other `what` values are shown with
# spaces for "_".
_KIND_NAMES = {str(k.kind): k.label for k in DRAFT_KINDS}
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")


@dataclass(frozen=True)
class DigestItem:
    """One line of the digest: an application, what about it, when, and why."""

    company: str
    role: str
    application_id: str
    what: str
    when: datetime | None
    reason: str


@dataclass(frozen=True)
class DigestInput:
    """Everything the digest reports, grouped by section."""

    waiting: tuple[DigestItem, ...] = ()
    coming: tuple[DigestItem, ...] = ()
    needs_look: tuple[DigestItem, ...] = ()
    automated: tuple[DigestItem, ...] = ()
    moved_on: tuple[DigestItem, ...] = ()
    missed: tuple[DigestItem, ...] = ()


# Section attribute -> (heading, word before the time, count in the subject: 1 and n).
_SECTIONS: tuple[tuple[str, str, str, tuple[str, str]], ...] = (
    (
        "waiting",
        "Drafts waiting in your Drafts folder",
        "drafted",
        ("draft waiting", "drafts waiting"),
    ),
    ("coming", "Coming up", "due", ("coming", "coming")),
    ("needs_look", "Applications that need a look", "since", ("to look at", "to look at")),
    (
        "automated",
        "Answers from automated senders (nobody to write back to)",
        "on",
        ("automated answer", "automated answers"),
    ),
    ("moved_on", "Applications that moved on", "since", ("moved on", "moved on")),
    ("missed", "Missed: too late to draft", "was due", ("missed", "missed")),
)


def digest_is_empty(data: DigestInput) -> bool:
    """True when there is nothing to report: then no digest is sent at all."""
    return not any(getattr(data, name) for name, *_ in _SECTIONS)


def digest_subject(data: DigestInput) -> str:
    """Like "followupd: 2 drafts waiting, 3 coming", naming only sections with something."""
    parts = []
    for name, _heading, _when, (one, many) in _SECTIONS:
        count = len(getattr(data, name))
        if count:
            parts.append(f"{count} {many if count > 1 else one}")
    return "followupd: " + ", ".join(parts)


def compose_digest(
    data: DigestInput,
    *,
    identity: Identity,
    to: str,
    now: datetime,
    zone: tzinfo,
    message_id_domain: str,
) -> EmailMessage:
    """The digest mail for `now`; ComposeError if it is empty or `to` is not the user's own."""
    if now.tzinfo is None:
        raise ComposeError("Date: a timezone-aware time is required")
    if digest_is_empty(data):
        raise ComposeError("the digest is empty: there is nothing to send")
    if not identity.email or to.strip().lower() not in identity.addresses:
        raise ComposeError("the digest only goes to the user's own address")
    for name, *_ in _SECTIONS:
        if any(i.when is not None and i.when.tzinfo is None for i in getattr(data, name)):
            raise ComposeError(f"digest {name}: a timezone-aware time is required")
    local_now = now.astimezone(zone)
    body = _body(data, identity, local_now, zone)
    msg = EmailMessage(policy=email_policy.SMTP)
    msg["From"] = _own_address(identity.name, identity.email)
    msg["To"] = _own_address(identity.name, to.strip().lower())
    msg["Subject"] = digest_subject(data)
    msg["Date"] = format_datetime(local_now)
    # Same day, same content: same Message-ID, so a resend after a crash is recognisable.
    key = f"digest:{now.astimezone(UTC):%Y-%m-%d}:{body}"
    msg["Message-ID"] = draft_message_id(key, message_id_domain)
    msg["Auto-Submitted"] = "auto-generated"
    msg[DIGEST_HEADER] = "1"
    msg.set_content(body)
    return msg


def _own_address(name: str, email: str) -> HeaderAddress:
    user, _, domain = email.rpartition("@")
    return HeaderAddress(display_name=_line(name), username=user, domain=domain)


def _line(text: str) -> str:
    """One tidy line: control characters and runs of whitespace become single spaces."""
    return " ".join(_CONTROL.sub(" ", text).split())


def _when(moment: datetime | None, now: datetime, zone: tzinfo) -> str:
    if moment is None:
        return ""
    local = moment.astimezone(zone)
    year = f" {local.year}" if local.year != now.year else ""
    return f"{local:%a} {local.day} {local:%b}{year} {local:%H:%M}"


def _item(item: DigestItem, when_word: str, now: datetime, zone: tzinfo) -> list[str]:
    who = ", ".join(p for p in (_line(item.company) or "(company unknown)", _line(item.role)) if p)
    what = _KIND_NAMES.get(item.what, _line(item.what.replace("_", " ")))
    when = _when(item.when, now, zone)
    lines = [f"  - {who}: {what}" + (f", {when_word} {when}" if when else "")]
    reason = _line(item.reason)
    if len(reason) > REASON_MAX_CHARS:
        reason = reason[: REASON_MAX_CHARS - 1].rstrip() + "…"
    if reason:
        lines.append(f"    why: {reason}")
    lines.append(f"    application: {_line(item.application_id)}")
    return lines


def _order(item: DigestItem) -> tuple[bool, float, str, str]:
    """Soonest first, undated last, then by company and application (times are aware)."""
    when = item.when.timestamp() if item.when is not None else 0.0
    return (item.when is None, when, item.company.lower(), item.application_id)


def _body(data: DigestInput, identity: Identity, now: datetime, zone: tzinfo) -> str:
    first = identity.name.split()[0] if identity.name.split() else ""
    zone_name = getattr(zone, "key", None) or now.tzname() or "your time zone"
    lines = [
        f"Hello {_line(first)}," if first else "Hello,",
        "",
        f"Your followupd summary for {now:%A} {now.day} {now:%B %Y} (times in {zone_name}).",
    ]
    for name, heading, when_word, _count in _SECTIONS:
        items: tuple[DigestItem, ...] = getattr(data, name)
        if not items:
            continue
        lines += ["", f"{heading} ({len(items)})"]
        for item in sorted(items, key=_order):
            lines += _item(item, when_word, now, zone)
    lines += [
        "",
        "-- ",
        "followupd sends this summary to you alone and sends no other mail:",
        "every draft waits in your Drafts folder until you send it yourself.",
        "`followupd explain APPLICATION` tells more about an application.",
        "To stop this mail, set enabled = false in [notify].",
    ]
    return "\n".join(lines) + "\n"
